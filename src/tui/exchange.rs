//! The exchange with the coordinator, as screens: an organizer exports a bundle (a file
//! path prompt and a summary of what goes in), a coordinator imports one (the same
//! summary the command line prints). All the work is `exchange::bundle`'s, run as a job.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::input::TextField;
use super::jobs::JobDone;
use super::session::{Cx, Flash, Nav, ViewCx};
use crate::exchange::bundle::{self, ExportOptions, ExportSummary, ImportOptions, ImportReport};
use crate::model::Campaign;
use crate::vault::fsutil;

/// A path typed by a person: `~/` is their home folder.
fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(path), |d| d.home_dir().join(rest)),
        None => PathBuf::from(path),
    }
}

/// A neutral default file name: nothing in it names the campaign, in case the stick
/// is looked at.
fn default_bundle_path(today: &str) -> String {
    format!("~/fieldsign-{today}.age")
}

/// Organizer: write a bundle for the coordinator.
pub struct Export {
    campaign: Campaign,
    all: bool,
    path: TextField,
    /// The bundle built for the current choice, and what it holds (`None` while built).
    built: Option<Result<(Vec<u8>, ExportSummary), String>>,
    /// The file exists: Enter again replaces it.
    confirm_replace: bool,
    written: Option<PathBuf>,
    /// This vault coordinates the campaign: there is no coordinator to send it to; the
    /// bundle is a backup or goes to another of the coordinator's vaults.
    coordinator: bool,
}

impl Export {
    pub fn new(cx: &mut Cx, campaign: Campaign) -> Self {
        let mut export = Self {
            coordinator: cx.vault.coordinates(&campaign),
            campaign,
            all: false,
            path: TextField::with_value(&default_bundle_path(&cx.vault.time().today())),
            built: None,
            confirm_replace: false,
            written: None,
        };
        export.build(cx);
        export
    }

    /// Builds (seals and signs) the bundle off the UI thread; the summary comes back.
    fn build(&mut self, cx: &mut Cx) {
        self.built = None;
        let vault = Arc::clone(cx.vault);
        let campaign = self.campaign.clone();
        let options = ExportOptions {
            all: self.all,
            armor: false,
        };
        cx.jobs.spawn(move |_| JobDone::Exported {
            campaign: campaign.id,
            result: bundle::export(&vault, &campaign, options).map_err(|e| e.to_string()),
        });
    }

    pub fn built(&mut self, result: Result<(Vec<u8>, ExportSummary), String>) {
        self.built = Some(result);
    }

    pub fn campaign(&self) -> crate::model::CampaignId {
        self.campaign.id
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        match key.code {
            KeyCode::Esc => return Nav::Pop,
            KeyCode::Char('a') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.all = !self.all;
                self.build(cx);
            }
            KeyCode::Enter => self.write(cx),
            _ => {
                if self.path.handle_key(key) {
                    self.confirm_replace = false;
                }
            }
        }
        Nav::Stay
    }

    fn write(&mut self, cx: &mut Cx) {
        let Some(Ok((bytes, summary))) = &self.built else {
            return;
        };
        let path = expand_home(self.path.value().trim());
        if path.as_os_str().is_empty() {
            *cx.flash = Some(Flash::warn(
                "Type where to write the bundle, e.g. on the USB stick.",
            ));
            return;
        }
        if path.exists() && !self.confirm_replace {
            self.confirm_replace = true;
            *cx.flash = Some(Flash::warn(format!(
                "{} exists. Enter again replaces it; or change the name.",
                path.display()
            )));
            return;
        }
        match fsutil::write_atomic(&path, bytes) {
            Ok(()) => {
                let next = if self.coordinator {
                    "It is encrypted to this campaign's coordinator keys: keep it as a backup, or import it into another of your coordinator vaults."
                } else {
                    "Send it to your coordinator by any means."
                };
                *cx.flash = Some(Flash::ok(format!(
                    "✓ Wrote {} ({}). {next}",
                    path.display(),
                    count(summary.ops, "operation")
                )));
                self.written = Some(path);
                self.confirm_replace = false;
            }
            Err(e) => {
                *cx.flash = Some(Flash::error(format!(
                    "Could not write {}: {e}. Nothing was written; check the folder and the free space.",
                    path.display()
                )));
            }
        }
    }

    pub fn handle_paste(&mut self, text: &str, _cx: &mut Cx) -> Nav {
        self.path.paste(text);
        Nav::Stay
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        let mut lines = vec![
            Line::styled(
                if self.coordinator {
                    format!(
                        "Export a bundle of \"{}\" (you coordinate it: for a backup or another coordinator vault)",
                        crate::model::text::Shown(&self.campaign.title)
                    )
                } else {
                    format!(
                        "Export a bundle of \"{}\" for your coordinator",
                        crate::model::text::Shown(&self.campaign.title)
                    )
                },
                theme.heading(),
            ),
            Line::default(),
        ];
        match &self.built {
            None => lines.push(Line::styled(
                format!("{} sealing and signing the bundle…", v.spinner),
                theme.dim(),
            )),
            Some(Err(e)) => lines.push(Line::styled(format!("✗ {e}"), theme.error())),
            Some(Ok((_, s))) => {
                let scope = if self.all {
                    "everything this laptop holds"
                } else {
                    "everything the coordinator has not acknowledged yet"
                };
                lines.push(Line::raw(format!(
                    "What goes in: {} ({}, {}, {})",
                    count(s.ops, "operation"),
                    count(s.adds, "new line"),
                    count(s.amends, "amendment"),
                    count(s.voids, "void")
                )));
                lines.push(Line::raw(format!(
                    "and {}: {scope}.",
                    count(s.events, "event")
                )));
                lines.push(Line::raw(format!(
                    "Encrypted to {}, signed by this device; {} bytes.",
                    count(s.recipients, "coordinator recipient"),
                    s.bytes
                )));
                if s.ops == 0 {
                    lines.push(Line::styled(
                        "The coordinator already acknowledged everything: this bundle carries no lines.",
                        theme.warn(),
                    ));
                }
            }
        }
        lines.push(Line::default());
        let path_row = u16::try_from(lines.len()).unwrap_or(0);
        lines.push(Line::styled("File: ", theme.focus_label()));
        lines.push(Line::styled(
            if self.all {
                "Ctrl-A: only what is not acknowledged (now: everything)"
            } else {
                "Ctrl-A: everything held (now: only what is not acknowledged)"
            },
            theme.dim(),
        ));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        let y = area.y + path_row;
        (y < area.bottom()).then(|| {
            self.path.render(
                Rect::new(area.x + 6, y, area.width.saturating_sub(6).min(60), 1),
                buf,
                theme.input(),
                false,
            )
        })
    }

    pub fn title(&self) -> String {
        "export bundle".into()
    }
    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("Enter", "write file"),
            ("Ctrl-A", "all / new"),
            ("Esc", "back"),
        ]
    }
    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("type", "where to write the bundle (~ is your home folder)"),
            ("Enter", "write it (asks before replacing a file)"),
            (
                "Ctrl-A",
                "everything held, or only what is not acknowledged",
            ),
            ("Esc", "back"),
        ]
    }
    pub fn text_focus(&self) -> bool {
        true
    }
    pub fn unsaved(&self) -> Option<String> {
        None
    }
    pub fn resumed(&mut self, _cx: &mut Cx) {}
}

/// Coordinator: import a bundle file from an organizer.
#[derive(Default)]
pub struct Import {
    path: TextField,
    running: bool,
    /// What the last import did, in the command line's words.
    report: Option<Result<Vec<String>, String>>,
}

impl Import {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        if self.running {
            return Nav::Stay;
        }
        match key.code {
            KeyCode::Esc => return Nav::Pop,
            KeyCode::Enter => {
                let path = expand_home(self.path.value().trim());
                // The TUI has no --max-size: a larger bundle goes through the CLI.
                let bytes = match crate::input::read_limited(&path, crate::input::Limit::BUNDLE) {
                    Ok(bytes) => bytes,
                    Err(e) => {
                        // The CLI cannot open the vault while this holds it: say so.
                        self.report = Some(Err(format!(
                            "{e} (a larger file: quit fieldsign, then `fieldsign import bundle --max-size …`)"
                        )));
                        return Nav::Stay;
                    }
                };
                self.running = true;
                self.report = None;
                let vault = Arc::clone(cx.vault);
                cx.jobs.spawn(move |_| JobDone::Imported {
                    // A receipt picked here is imported as one: the command the bundle
                    // error would name cannot run while this session holds the vault.
                    result: match bundle::import(&vault, &bytes, ImportOptions::default()) {
                        Err(e) if e.is_receipt() => {
                            crate::exchange::receipt::import(&vault, &bytes)
                                .map(|r| vec![receipt_summary(&path, &r)])
                                .map_err(|e| e.to_string())
                        }
                        other => other.map(|r| summary(&path, &r)).map_err(|e| e.to_string()),
                    },
                });
            }
            _ => {
                self.path.handle_key(key);
            }
        }
        Nav::Stay
    }

    /// The import finished: show what it did. Records and counts held for browsing
    /// are stale now, so they are dropped and read again when needed.
    pub fn imported(&mut self, result: Result<Vec<String>, String>) {
        self.running = false;
        self.report = Some(result);
    }

    pub fn handle_paste(&mut self, text: &str, _cx: &mut Cx) -> Nav {
        self.path.paste(text);
        Nav::Stay
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        let mut lines = vec![
            Line::styled("Import a bundle from an organizer", theme.heading()),
            Line::raw("It is decrypted, its signature checked, then merged in one step;"),
            Line::raw("a damaged, altered or replayed bundle changes nothing."),
            Line::default(),
        ];
        let path_row = u16::try_from(lines.len()).unwrap_or(0);
        lines.push(Line::styled("File: ", theme.focus_label()));
        lines.push(Line::default());
        match &self.report {
            _ if self.running => lines.push(Line::styled(
                format!("{} checking and merging…", v.spinner),
                theme.dim(),
            )),
            None => {}
            Some(Ok(report)) => {
                lines.extend(report.iter().map(|l| Line::styled(l.clone(), theme.ok())));
            }
            Some(Err(e)) => {
                lines.push(Line::styled(format!("✗ Refused: {e}"), theme.error()));
                lines.push(Line::styled("Nothing was changed.", theme.dim()));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        let y = area.y + path_row;
        (y < area.bottom() && !self.running).then(|| {
            self.path.render(
                Rect::new(area.x + 6, y, area.width.saturating_sub(6).min(60), 1),
                buf,
                theme.input(),
                false,
            )
        })
    }

    pub fn title(&self) -> String {
        "import bundle".into()
    }
    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        vec![("Enter", "import"), ("Esc", "back")]
    }
    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("type", "the bundle file's path (~ is your home folder)"),
            ("Enter", "verify and import it"),
            ("Esc", "back"),
        ]
    }
    pub fn text_focus(&self) -> bool {
        true
    }
    pub fn unsaved(&self) -> Option<String> {
        None
    }
    pub fn resumed(&mut self, _cx: &mut Cx) {}
}

/// The same lines `fieldsign import bundle` prints.
fn summary(file: &std::path::Path, r: &ImportReport) -> Vec<String> {
    let mut out = Vec::new();
    if r.newly_pinned {
        out.push(format!(
            "Pinned new device {} with fingerprint {}: check it with the organizer in person or by phone.",
            r.device, r.fingerprint
        ));
    }
    if r.replay {
        out.push(format!(
            "{}: already imported (replay): all {} operations were known; nothing changed.",
            file.display(),
            r.already_known
        ));
    } else {
        out.push(format!(
            "{}: imported into \"{}\" from device {} ({}): {}, {}, {}, {}, {} already known, 0 conflicts.",
            file.display(),
            r.campaign_title,
            r.device,
            r.fingerprint,
            crate::plural::s(r.new_records, "new record"),
            crate::plural::s(r.amendments, "amendment"),
            crate::plural::s(r.voids, "void"),
            crate::plural::s(r.new_events, "new event"),
            r.already_known
        ));
    }
    // The campaign title came from a campaign file: shown, never obeyed.
    out.into_iter()
        .map(|line| crate::model::text::display(&line).into_owned())
        .collect()
}

/// "1 new line", "2 new lines".
/// What importing a receipt did, as `fieldsign import receipt` says it, but with the
/// next step inside the TUI.
fn receipt_summary(file: &std::path::Path, r: &crate::exchange::receipt::ReceiptReport) -> String {
    format!(
        "{}: receipt from the coordinator of \"{}\": {} newly acknowledged; {} still to send. Delivered records can now be purged from this laptop (quit, then `fieldsign purge --acknowledged`).",
        file.display(),
        crate::model::text::Shown(&r.campaign_title),
        crate::plural::s(
            usize::try_from(r.newly_acknowledged).unwrap_or(usize::MAX),
            "operation"
        ),
        r.unacknowledged
    )
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

//! The exchange with the coordinator, as screens: an organizer exports a bundle (a file
//! path prompt and a summary of what goes in), a coordinator imports one (the same
//! summary the command line prints). All the work is `exchange::bundle`'s, run as a job.
//!
//! Neither direction holds a bundle in memory: the export's summary comes from sealing
//! it into nothing (the same stream, so the byte count is the file's but for age's
//! random header padding: "about"), and Enter seals it again, straight into the file;
//! the import reads the file as a stream, twice.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::input::TextField;
use super::keys::{Binding, Key};
use super::paths::{self, expand_home};
use super::routes::To;
use super::screen::{Cx, Flash, Payload, Route, Screen, ViewCx};
use crate::exchange::bundle::BundleError;
use crate::exchange::bundle::{self, ExportOptions, ExportSummary, ImportOptions, ImportReport};
use crate::exchange::receipt::{ReceiptError, ReceiptReport};
use crate::model::{Campaign, CampaignId};
use crate::vault::VaultError;
use crate::vault::atomic_file::AtomicFile;

/// Tab in a path field: completes it, and says what else fits when several names do.
fn complete_path(field: &mut TextField, cx: &mut Cx) {
    let completion = paths::complete(field.value());
    field.set(&completion.text);
    if let Some(note) = paths::completion_note(&completion) {
        *cx.flash = Some(Flash::info(note));
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
    /// What the bundle for the current choice holds (`None` while it is counted).
    built: Option<Result<ExportSummary, String>>,
    /// A bundle is being written to this file (Enter waits for it).
    writing: Option<PathBuf>,
    /// The file exists: Enter again replaces it.
    confirm_replace: bool,
    written: Option<PathBuf>,
    /// This vault coordinates the campaign: there is no coordinator to send it to; the
    /// bundle is a backup or goes to another of the coordinator's vaults.
    coordinator: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportAction {
    Write,
    All,
    Complete,
    Back,
}

const EXPORT_KEYS: &[Binding<ExportAction>] = &[
    Binding::typing(tx!("key-type"), tx!("key-export-path-help")),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        ExportAction::Write,
        tx!("key-write-help"),
    )
    .footer(0, tx!("key-write-file")),
    Binding::new(
        &[Key::Ctrl('a')],
        "Ctrl-A",
        ExportAction::All,
        tx!("key-all-new-help"),
    )
    .footer(1, tx!("key-all-new")),
    paths::complete_key(ExportAction::Complete),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        ExportAction::Back,
        tx!("key-back"),
    )
    .footer(2, tx!("key-back")),
];

/// What a bundle sealed off the UI thread (into nothing) holds, or why it could not be
/// built.
struct Built {
    campaign: CampaignId,
    all: bool,
    result: Result<ExportSummary, BundleError>,
}

/// A bundle written off the UI thread, or why not (nothing was left at the path then).
struct Written {
    path: PathBuf,
    result: Result<ExportSummary, String>,
}

/// Seals the bundle straight into a new file at `path` (replacing what is there: the
/// screen asked first), which appears only once complete and synced, and notes when (in
/// the job, so that it is noted even if the person left the screen meanwhile).
fn write_bundle(
    vault: &crate::vault::Vault,
    campaign: &Campaign,
    options: ExportOptions,
    path: &std::path::Path,
    stop: &std::sync::atomic::AtomicBool,
) -> Result<ExportSummary, String> {
    let mut file = AtomicFile::create(path, true).map_err(|e| e.to_string())?;
    match bundle::export_until(vault, campaign, options, &mut file, stop) {
        Ok((_, summary)) => {
            file.commit().map_err(|e| e.to_string())?;
            vault
                .note_bundle_written(campaign.id)
                .map_err(|e| format!("Wrote {}, but could not note when: {e}", path.display()))?;
            Ok(summary)
        }
        // A failed write says what failed (a full disk, say), naming the file; the
        // partial file goes with `file`.
        Err(e) => Err(file.write_failure().map_or_else(
            || {
                format!(
                    "Could not write {}: {e}. Check the folder and the free space.",
                    path.display()
                )
            },
            |w| w.to_string(),
        )),
    }
}

impl Export {
    pub fn open(cx: &mut Cx, campaign: Campaign) -> Result<Self, VaultError> {
        let mut export = Self {
            coordinator: cx.vault.coordinates(&campaign),
            campaign,
            all: false,
            path: TextField::with_value(&default_bundle_path(&cx.vault.time().today())),
            built: None,
            writing: None,
            confirm_replace: false,
            written: None,
        };
        export.build(cx);
        Ok(export)
    }

    /// Seals and signs the bundle off the UI thread, into nothing: the summary comes
    /// back (a lock stops it).
    fn build(&mut self, cx: &mut Cx) {
        self.built = None;
        let vault = Arc::clone(cx.vault);
        let campaign = self.campaign.clone();
        let all = self.all;
        let options = ExportOptions { all, armor: false };
        cx.jobs.spawn(move |stop| Built {
            campaign: campaign.id,
            all,
            result: bundle::export_until(&vault, &campaign, options, std::io::sink(), stop)
                .map(|(_, summary)| summary),
        });
    }

    fn write(&mut self, cx: &mut Cx) {
        if self.writing.is_some() || !matches!(self.built, Some(Ok(_))) {
            return;
        }
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
        // Written as it is sealed, off the UI thread: the result comes back to `written`.
        self.writing = Some(path.clone());
        self.confirm_replace = false;
        let vault = Arc::clone(cx.vault);
        let campaign = self.campaign.clone();
        let options = ExportOptions {
            all: self.all,
            armor: false,
        };
        cx.jobs.spawn(move |stop| Written {
            result: write_bundle(&vault, &campaign, options, &path, stop),
            path,
        });
    }

    /// A write job came back.
    fn written(&mut self, done: Written, cx: &mut Cx) {
        self.writing = None;
        let path = done.path;
        match done.result {
            Ok(summary) => {
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
            Err(e) => *cx.flash = Some(Flash::error(e)),
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
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
        // The file rows come first: the summary below wraps to any height.
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
        lines.push(Line::default());
        if let Some(path) = &self.writing {
            lines.push(Line::styled(
                format!("{} writing {}…", v.spinner, path.display()),
                theme.dim(),
            ));
        }
        match &self.built {
            None => lines.push(Line::styled(
                format!("{} sealing and signing the bundle…", v.spinner),
                theme.dim(),
            )),
            Some(Err(e)) => lines.push(Line::styled(format!("✗ {e}"), theme.error())),
            Some(Ok(s)) => {
                // The campaign title came from a campaign file: shown, never obeyed.
                lines.push(Line::raw(
                    crate::model::text::display(&format!(
                        "What goes in: {s}; about {} bytes.",
                        s.bytes
                    ))
                    .into_owned(),
                ));
                if let Some(note) = s.nothing_new() {
                    lines.push(Line::styled(note, theme.warn()));
                }
            }
        }
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
}

impl Screen<Cx<'_>> for Export {
    type Action = ExportAction;

    fn title(&self) -> String {
        "export bundle".into()
    }

    fn keymap(&self) -> &'static [Binding<ExportAction>] {
        EXPORT_KEYS
    }

    fn act(&mut self, action: ExportAction, _key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            ExportAction::Back => return Route::Back,
            ExportAction::All => {
                self.all = !self.all;
                self.build(cx);
            }
            ExportAction::Write => self.write(cx),
            ExportAction::Complete => {
                complete_path(&mut self.path, cx);
                self.confirm_replace = false;
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        if self.path.handle_key(key) {
            self.confirm_replace = false;
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        self.path.paste(text);
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        let done = match done.downcast::<Written>() {
            Ok(written) => {
                self.written(*written, cx);
                return Route::Stay;
            }
            Err(other) => other,
        };
        // A bundle built for an earlier Ctrl-A choice is not the one shown.
        if let Ok(built) = done.downcast::<Built>()
            && built.campaign == self.campaign.id
            && built.all == self.all
        {
            self.built = Some(built.result.map_err(|e| super::hints::describe(&e)));
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn text_focus(&self) -> bool {
        true
    }
}

/// Coordinator: import a bundle file from an organizer. Organizer: import the
/// coordinator's receipt, then purge what it acknowledges.
#[derive(Default)]
pub struct Import {
    path: TextField,
    running: bool,
    /// What the last import did, in the command line's words.
    report: Option<Result<Vec<String>, String>>,
    /// The campaign of the receipt just imported: its delivered records can be purged.
    purgeable: Option<Campaign>,
}

/// What importing `file` did, or why it changed nothing.
struct Imported {
    file: PathBuf,
    result: Result<Exchanged, ExchangeRefused>,
}

/// What a file picked on the import screen turned out to be, once imported.
enum Exchanged {
    Bundle(ImportReport),
    Receipt(ReceiptReport),
}

/// Why a file picked on the import screen changed nothing.
#[derive(Debug, thiserror::Error)]
enum ExchangeRefused {
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(transparent)]
    Receipt(#[from] ReceiptError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportAction {
    Import,
    Complete,
    Purge,
    Back,
}

const TYPE_PATH: Binding<ImportAction> =
    Binding::typing(tx!("key-type"), tx!("key-import-path-help"));
const IMPORT: Binding<ImportAction> =
    Binding::enter(ImportAction::Import, tx!("key-import-it-help")).footer(0, tx!("key-import"));
const COMPLETE: Binding<ImportAction> = paths::complete_key(ImportAction::Complete);
const BACK: Binding<ImportAction> =
    Binding::esc(ImportAction::Back, tx!("key-back")).footer(2, tx!("key-back"));

const IMPORT_KEYS: &[Binding<ImportAction>] = &[TYPE_PATH, IMPORT, COMPLETE, BACK];

/// After a receipt: the same keys, and the purge it allows.
const RECEIPT_KEYS: &[Binding<ImportAction>] = &[
    TYPE_PATH,
    IMPORT,
    Binding::new(
        &[Key::Ctrl('d')],
        "Ctrl-D",
        ImportAction::Purge,
        tx!("key-purge-delivered-help"),
    )
    .footer(1, tx!("key-purge-delivered")),
    COMPLETE,
    BACK,
];

impl Import {
    pub fn open(_cx: &mut Cx) -> Result<Self, VaultError> {
        Ok(Self::default())
    }

    fn start(&mut self, cx: &mut Cx) {
        {
            {
                let path = expand_home(self.path.value().trim());
                // The TUI has no --max-size: a larger bundle goes through the CLI, once
                // this has let go of the vault (the hint says so). The size is checked
                // here, before the job starts, for that message.
                let limit = crate::input::Limit::BUNDLE;
                if let Err(e) = crate::input::open_limited(&path, limit) {
                    self.report = Some(Err(super::hints::describe(&e)));
                    return;
                }
                self.running = true;
                self.report = None;
                self.purgeable = None;
                let vault = Arc::clone(cx.vault);
                let file = path.clone();
                cx.jobs.spawn(move |_| Imported {
                    // A receipt picked here is imported as one: the command the bundle
                    // error would name cannot run while this session holds the vault.
                    result: match bundle::import_from(
                        &vault,
                        bundle::Source::File { path: &file, limit },
                        ImportOptions::default(),
                    ) {
                        Err(e) if e.is_receipt() => {
                            crate::input::read_limited(&file, crate::input::Limit::RECEIPT)
                                .map_err(|e| ExchangeRefused::Bundle(e.into()))
                                .and_then(|bytes| {
                                    crate::exchange::receipt::import(&vault, &bytes)
                                        .map(Exchanged::Receipt)
                                        .map_err(ExchangeRefused::from)
                                })
                        }
                        other => other.map(Exchanged::Bundle).map_err(ExchangeRefused::from),
                    },
                    file: path,
                });
            }
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
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
}

impl Screen<Cx<'_>> for Import {
    type Action = ImportAction;

    fn title(&self) -> String {
        "import bundle".into()
    }

    fn keymap(&self) -> &'static [Binding<ImportAction>] {
        if self.purgeable.is_some() {
            RECEIPT_KEYS
        } else {
            IMPORT_KEYS
        }
    }

    fn act(&mut self, action: ImportAction, _key: KeyEvent, cx: &mut Cx) -> Route {
        if self.running {
            return Route::Stay;
        }
        match action {
            ImportAction::Back => return Route::Back,
            ImportAction::Import => self.start(cx),
            ImportAction::Complete => complete_path(&mut self.path, cx),
            ImportAction::Purge => {
                if let Some(campaign) = self.purgeable.clone() {
                    return Route::Open(To::Purge { campaign });
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        if !self.running {
            self.path.handle_key(key);
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        self.path.paste(text);
        Route::Stay
    }

    /// The import finished: show what it did. Records and counts held for browsing
    /// are stale now, so they are dropped and read again when needed.
    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        let Ok(imported) = done.downcast::<Imported>() else {
            return Route::Stay;
        };
        self.running = false;
        let file = imported.file;
        let done = match imported.result {
            Ok(Exchanged::Bundle(report)) => Ok((summary(&file, &report), None)),
            Ok(Exchanged::Receipt(report)) => Ok((
                receipt_summary(&file, &report),
                Some(report.receipt.campaign),
            )),
            Err(ExchangeRefused::Bundle(e)) => Err(super::hints::describe(&e)),
            Err(ExchangeRefused::Receipt(e)) => Err(super::hints::describe(&e)),
        };
        match done {
            Ok((lines, receipt)) => {
                *cx.rows = super::rows::RowSet::default();
                cx.counts.clear();
                self.purgeable = receipt
                    .and_then(|id| cx.vault.campaign(id).ok().flatten())
                    .filter(|c| !cx.vault.coordinates(c));
                self.report = Some(Ok(lines));
            }
            Err(e) => self.report = Some(Err(e)),
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn text_focus(&self) -> bool {
        true
    }
}

/// The lines `fieldsign import bundle` prints (the wording is `ImportSummary`'s).
fn summary(file: &std::path::Path, r: &ImportReport) -> Vec<String> {
    shown_lines(&r.summary(file).to_string())
}

/// What importing a receipt did, as `fieldsign import receipt` says it, but with the
/// next step inside the TUI.
fn receipt_summary(file: &std::path::Path, r: &ReceiptReport) -> Vec<String> {
    let mut text = format!(
        "{}: {r} Delivered records can now be purged from this laptop: Ctrl-D (it asks first).",
        file.display()
    );
    if let Some(warning) = r.ignored_warning() {
        text = format!("{text}\n{warning}");
    }
    shown_lines(&text)
}

/// Lines of a summary, with any text from a campaign file shown, never obeyed.
fn shown_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| crate::model::text::display(line).into_owned())
        .collect()
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

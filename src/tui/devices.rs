//! The coordinator's devices of a campaign: every device that typed its records or sent
//! bundles for it, with its fingerprint, first and last bundle, operations, records and
//! whether it is revoked. From here a device is revoked (after a confirmation that
//! shows its whole fingerprint) and a receipt is written for it (a file prompt with Tab
//! completion, then the summary `fieldsign receipt` prints). The rows are the
//! [`CampaignReport`]'s devices, the numbers `fieldsign report` shows; writing the
//! receipt runs as a job.

use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr as _;

use super::input::TextField;
use super::keys::{Binding, Key};
use super::paths::{self, expand_home};
use super::screen::{Cx, Flash, Payload, Route, Screen, ViewCx};
use crate::i18n::t;
use crate::model::text::Shown;
use crate::model::{Campaign, UnixTime};
use crate::report::{self, CampaignReport, DeviceActivity};
use crate::vault::{KnownDevice, VaultError};

pub struct Devices {
    campaign: Campaign,
    report: CampaignReport,
    selected: usize,
    mode: Mode,
    /// What the last receipt or revocation did, shown under the table.
    done: Option<Result<String, String>>,
}

enum Mode {
    List,
    /// "Revoke this device?", with the fingerprint in full.
    ConfirmRevoke(String),
    /// The receipt's file prompt for the device of this fingerprint.
    Receipt {
        fingerprint: String,
        path: TextField,
        /// The file exists: Enter again replaces it.
        confirm_replace: bool,
        hint: Option<String>,
    },
    /// A receipt is being sealed and written.
    Writing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Revoke,
    Receipt,
    Back,
    ConfirmRevoke,
    KeepDevice,
    Write,
    Complete,
    CancelPrompt,
}

const LIST_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Up), Key::Plain(KeyCode::Char('k'))],
        "↑ ↓",
        Action::Up,
        tx!("key-move-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Down)],
        "↓",
        Action::Down,
        super::keys::Text::None,
    )
    .hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::Char('w'))],
        "w",
        Action::Receipt,
        tx!("key-receipt-help"),
    )
    .footer(0, tx!("key-receipt")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('R'))],
        "R",
        Action::Revoke,
        tx!("key-revoke-help"),
    )
    .footer(1, tx!("key-revoke")),
    Binding::esc(Action::Back, tx!("key-back")).footer(2, tx!("key-back")),
];

const CONFIRM_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Char('y'))],
        "y",
        Action::ConfirmRevoke,
        tx!("key-revoke-help"),
    )
    .footer(0, tx!("key-revoke")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('n')), Key::Plain(KeyCode::Esc)],
        "n / Esc",
        Action::KeepDevice,
        tx!("key-keep-help"),
    )
    .footer(1, tx!("key-keep")),
];

const RECEIPT_KEYS: &[Binding<Action>] = &[
    Binding::typing(tx!("key-type"), tx!("key-receipt-path-help")),
    Binding::enter(Action::Write, tx!("key-write-help")).footer(0, tx!("key-write-file")),
    super::prompt::complete(Action::Complete),
    super::prompt::cancel(Action::CancelPrompt),
];

/// What the receipt job hands back.
struct Written {
    result: Result<String, String>,
}

impl Devices {
    pub fn open(cx: &mut Cx, campaign: Campaign) -> Result<Self, VaultError> {
        let report = report::campaign_report(cx.vault, &campaign)?;
        Ok(Self {
            campaign,
            report,
            selected: 0,
            mode: Mode::List,
            done: None,
        })
    }

    fn recount(&mut self, cx: &mut Cx) {
        match report::campaign_report(cx.vault, &self.campaign) {
            Ok(report) => {
                self.report = report;
                self.selected = self
                    .selected
                    .min(self.report.devices.len().saturating_sub(1));
            }
            Err(e) => *cx.flash = Some(Flash::error(crate::explain::describe(&e))),
        }
    }

    /// The chosen device's fingerprint, when it has one (a device pinned from its
    /// bundle); else says why nothing can be done with it.
    fn chosen_fingerprint(&self, cx: &mut Cx) -> Option<String> {
        let device = self.report.devices.get(self.selected)?;
        if let Some(f) = &device.fingerprint {
            Some(f.clone())
        } else {
            *cx.flash = Some(Flash::info(t!("devices-not-pinned-help")));
            None
        }
    }

    fn start_receipt(&mut self, cx: &mut Cx) {
        let Mode::Receipt {
            fingerprint,
            path,
            confirm_replace,
            ..
        } = &mut self.mode
        else {
            return;
        };
        let file = expand_home(path.value().trim());
        if file.as_os_str().is_empty() {
            *cx.flash = Some(Flash::warn(t!("devices-receipt-file-needed")));
            return;
        }
        if file.exists() && !*confirm_replace {
            *confirm_replace = true;
            *cx.flash = Some(Flash::warn(t!(
                "devices-receipt-exists",
                file = file.display().to_string()
            )));
            return;
        }
        let replace = *confirm_replace;
        let fingerprint = fingerprint.clone();
        let vault = Arc::clone(cx.vault);
        let campaign = self.campaign.clone();
        self.mode = Mode::Writing;
        cx.jobs.spawn(move |_| Written {
            result: write_receipt(&vault, &campaign, &fingerprint, &file, replace),
        });
    }
}

/// Seals a receipt for the device of `fingerprint` and writes it to `file` (a new
/// file, or replacing one only when `replace`); the summary `fieldsign receipt` prints.
fn write_receipt(
    vault: &crate::vault::Vault,
    campaign: &Campaign,
    fingerprint: &str,
    file: &std::path::Path,
    replace: bool,
) -> Result<String, String> {
    let device: KnownDevice = vault
        .find_device(fingerprint)
        .map_err(|e| crate::explain::describe(&e))?;
    let (bytes, receipt) = crate::exchange::receipt::write(vault, campaign, &device)
        .map_err(|e| crate::explain::describe(&e))?;
    crate::vault::atomic_file::write_file(file, &bytes, replace)
        .map_err(|e| crate::explain::describe(&e))?;
    Ok(crate::explain::ReceiptWritten {
        file,
        acknowledged: receipt.held.count(),
        device: &device,
        title: &campaign.title,
    }
    .to_string())
}

impl Screen<Cx<'_>> for Devices {
    type Action = Action;

    fn title(&self) -> String {
        format!("{} · {}", t!("title-devices"), Shown(&self.campaign.title))
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        match self.mode {
            Mode::List => LIST_KEYS,
            Mode::ConfirmRevoke(_) => CONFIRM_KEYS,
            Mode::Receipt { .. } => RECEIPT_KEYS,
            Mode::Writing => &[],
        }
    }

    fn act(&mut self, action: Action, _key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            Action::Back => return Route::Back,
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected =
                    (self.selected + 1).min(self.report.devices.len().saturating_sub(1));
            }
            Action::Revoke => {
                if let Some(fingerprint) = self.chosen_fingerprint(cx) {
                    let revoked = self
                        .report
                        .devices
                        .get(self.selected)
                        .is_some_and(|d| d.revoked.is_some());
                    if revoked {
                        *cx.flash = Some(Flash::info(t!("devices-already-revoked")));
                    } else {
                        // A new question: the last answer's line no longer applies.
                        self.done = None;
                        self.mode = Mode::ConfirmRevoke(fingerprint);
                    }
                }
            }
            Action::ConfirmRevoke => {
                if let Mode::ConfirmRevoke(fingerprint) = &self.mode {
                    self.done = Some(match cx.vault.revoke_device(fingerprint) {
                        Ok(device) => Ok(t!(
                            "device-revoked",
                            device = device.device.to_string(),
                            fingerprint = device.fingerprint.as_str()
                        )),
                        Err(e) => Err(crate::explain::describe(&e)),
                    });
                    self.mode = Mode::List;
                    self.recount(cx);
                }
            }
            Action::KeepDevice => {
                self.mode = Mode::List;
                *cx.flash = None;
            }
            Action::Receipt => {
                if let Some(fingerprint) = self.chosen_fingerprint(cx) {
                    let name = format!(
                        "~/fieldsign-receipt-{}-{}.age",
                        fingerprint.get(..8).unwrap_or(&fingerprint),
                        cx.vault.time().today()
                    );
                    self.done = None;
                    self.mode = Mode::Receipt {
                        fingerprint,
                        path: TextField::with_value(&name),
                        confirm_replace: false,
                        hint: None,
                    };
                }
            }
            Action::Write => self.start_receipt(cx),
            Action::Complete => {
                if let Mode::Receipt {
                    path,
                    confirm_replace,
                    hint,
                    ..
                } = &mut self.mode
                {
                    let completion = paths::complete(path.value());
                    path.set(&completion.text);
                    *confirm_replace = false;
                    *hint = paths::completion_note(&completion);
                }
            }
            Action::CancelPrompt => self.mode = Mode::List,
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        if let Mode::Receipt {
            path,
            confirm_replace,
            hint,
            ..
        } = &mut self.mode
            && path.handle_key(key)
        {
            *confirm_replace = false;
            *hint = None;
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        if let Mode::Receipt {
            path,
            confirm_replace,
            ..
        } = &mut self.mode
        {
            path.paste(text);
            *confirm_replace = false;
        }
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        if let Ok(written) = done.downcast::<Written>() {
            if matches!(self.mode, Mode::Writing) {
                self.mode = Mode::List;
            }
            self.done = Some(written.result);
            self.recount(cx);
        }
        Route::Stay
    }

    fn text_focus(&self) -> bool {
        matches!(self.mode, Mode::Receipt { .. })
    }

    fn resumed(&mut self, cx: &mut Cx) {
        self.recount(cx);
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        // The table and the chosen device above; the question, the prompt or what was
        // done in a fixed part below, so the file field's row is known.
        let [top, bottom] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(BOTTOM)]).areas(area);
        self.draw_table(top, buf, theme);
        self.draw_bottom(bottom, buf, v)
    }
}

/// Rows below the table: a question or prompt of up to four rows, then what was done.
const BOTTOM: u16 = 8;

impl Devices {
    fn draw_table(&self, area: Rect, buf: &mut Buffer, theme: super::theme::Theme) {
        let mut lines = vec![
            Line::styled(
                t!(
                    "devices-heading",
                    title = Shown(&self.campaign.title).to_string()
                ),
                theme.heading(),
            ),
            Line::default(),
        ];
        let devices = &self.report.devices;
        if devices.is_empty() {
            lines.push(Line::styled(t!("device-none"), theme.dim()));
        } else {
            let columns = Columns::fit(usize::from(area.width));
            lines.push(Line::styled(columns.header(), theme.label()));
            // Rows that fit above the chosen device's two lines.
            let room = usize::from(area.height).saturating_sub(3 + 3).max(1);
            let first = self.selected.saturating_sub(room.saturating_sub(1));
            for (i, device) in devices.iter().enumerate().skip(first).take(room) {
                let row = columns.row(device, i == self.selected);
                let style = if i == self.selected {
                    theme.selected()
                } else if device.revoked.is_some() {
                    theme.dim()
                } else {
                    ratatui::style::Style::default()
                };
                lines.push(Line::styled(row, style));
            }
            lines.push(Line::default());
            if let Some(device) = devices.get(self.selected) {
                lines.push(Line::styled(detail(device), theme.dim()));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    }

    fn draw_bottom(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let [ask, done] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(area);
        let mut cursor = None;
        match &self.mode {
            Mode::List => {}
            Mode::ConfirmRevoke(fingerprint) => Paragraph::new(vec![Line::styled(
                t!("devices-revoke-ask", fingerprint = fingerprint.as_str()),
                theme.warn(),
            )])
            .wrap(Wrap { trim: false })
            .render(ask, buf),
            Mode::Receipt {
                fingerprint,
                path,
                hint,
                ..
            } => {
                let label = t!("devices-receipt-file");
                buf.set_string(ask.x, ask.y, &label, theme.focus_label());
                let x = ask.x + u16::try_from(label.width() + 1).unwrap_or(0);
                cursor = Some(path.render(
                    Rect::new(x, ask.y, ask.right().saturating_sub(x).min(60), 1),
                    buf,
                    theme.input(),
                    false,
                ));
                Paragraph::new(vec![
                    Line::styled(hint.clone().unwrap_or_default(), theme.dim()),
                    Line::styled(
                        t!("devices-receipt-for", fingerprint = fingerprint.as_str()),
                        theme.label(),
                    ),
                ])
                .wrap(Wrap { trim: false })
                .render(Rect::new(ask.x, ask.y + 1, ask.width, ask.height - 1), buf);
            }
            Mode::Writing => Line::styled(
                format!("{} {}", v.spinner, t!("devices-receipt-writing")),
                theme.dim(),
            )
            .render(ask, buf),
        }
        let line = match &self.done {
            _ if matches!(self.mode, Mode::Writing) => None,
            None => None,
            Some(Ok(text)) => Some(Line::styled(format!("✓ {text}"), theme.ok())),
            Some(Err(e)) => {
                // Library errors are clauses without a full stop; the message adds a
                // sentence after the error, so the error must end as one.
                let error = if e.ends_with(['.', '!', '?', '।']) {
                    e.clone()
                } else {
                    format!("{e}.")
                };
                Some(Line::styled(
                    format!(
                        "✗ {}",
                        t!("devices-nothing-changed", error = error.as_str())
                    ),
                    theme.error(),
                ))
            }
        };
        if let Some(line) = line {
            // Summaries and errors may quote a campaign title: shown, never obeyed.
            let style = line.style;
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            Paragraph::new(Line::styled(
                crate::model::text::display(&text).into_owned(),
                style,
            ))
            .wrap(Wrap { trim: false })
            .render(done, buf);
        }
        cursor
    }
}

/// The table's columns for a width: the fingerprint gets what the numbers leave.
struct Columns {
    fingerprint: usize,
}

/// Widths of the fixed columns: first bundle, last bundle, ops, records, revoked.
const DATE: usize = 10;
const OPS: usize = 7;
const RECORDS: usize = 8;
const REVOKED: usize = 10;

impl Columns {
    fn fit(width: usize) -> Self {
        // The marker column, then a space before each of the five columns after the fingerprint.
        let fixed = 2 + 2 * DATE + OPS + RECORDS + REVOKED + 5;
        Self {
            fingerprint: width.saturating_sub(fixed).clamp(12, 32),
        }
    }

    fn header(&self) -> String {
        format!(
            "  {:<fw$} {:<DATE$} {:<DATE$} {:>OPS$} {:>RECORDS$} {:<REVOKED$}",
            t!("devices-col-fingerprint"),
            t!("devices-col-first"),
            t!("devices-col-last"),
            t!("devices-col-ops"),
            t!("devices-col-records"),
            t!("devices-col-revoked"),
            fw = self.fingerprint,
        )
    }

    fn row(&self, d: &DeviceActivity, selected: bool) -> String {
        let fingerprint = match &d.fingerprint {
            Some(f) => super::truncate(f, self.fingerprint),
            None => super::truncate(&t!("devices-not-pinned"), self.fingerprint),
        };
        format!(
            "{} {:<fw$} {:<DATE$} {:<DATE$} {:>OPS$} {:>RECORDS$} {:<REVOKED$}",
            if selected { "▶" } else { " " },
            fingerprint,
            date(d.first_bundle),
            date(d.last_bundle),
            d.ops,
            d.signatures,
            d.revoked.map_or_else(|| "—".to_owned(), |t| date(Some(t))),
            fw = self.fingerprint,
        )
    }
}

fn date(t: Option<UnixTime>) -> String {
    t.map_or_else(
        || "—".to_owned(),
        |t| super::time_text(t).chars().take(DATE).collect(),
    )
}

/// The chosen device in full: id, fingerprint, bundles, the times to the minute.
fn detail(d: &DeviceActivity) -> String {
    let when = |t: Option<UnixTime>| t.map_or_else(|| "—".to_owned(), super::time_text);
    t!(
        "devices-detail",
        device = d.device.to_string(),
        fingerprint = d
            .fingerprint
            .clone()
            .unwrap_or_else(|| t!("devices-not-pinned")),
        first = when(d.first_bundle),
        last = when(d.last_bundle)
    )
}

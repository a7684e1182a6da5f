//! One record: its paper origin and values; amend it, void it with a reason, or read its
//! history (every operation, oldest first).

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::form::Form;
use super::input::TextField;
use super::keys::{Binding, Key};
use super::screen::{Cx, Flash, Payload, Route, Screen, ViewCx};
use unicode_width::UnicodeWidthStr;

use crate::i18n::t;
use crate::model::{Campaign, DecisionKind, Event, Record, RecordId, Status};
use crate::sync::{Op, OpBody};
use crate::vault::{HistoryEntry, VaultError};

enum Mode {
    View,
    Amend(Form),
    Void(TextField),
}

pub struct RecordView {
    record: Record,
    campaign: Campaign,
    event_name: String,
    mode: Mode,
    /// `None`: not asked for; `Some(None)`: being read.
    #[allow(clippy::option_option)] // exactly the three states the screen has
    history: Option<Option<Vec<HistoryEntry>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Amend,
    Void,
    History,
    Back,
    Save,
    Field,
    Cancel,
}

const VIEW_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[
            Key::Plain(KeyCode::Char('a')),
            Key::Plain(KeyCode::Char('e')),
        ],
        "a",
        Action::Amend,
        tx!("key-amend-help"),
    )
    .footer(0, tx!("key-amend")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('v'))],
        "v",
        Action::Void,
        tx!("key-void-help"),
    )
    .footer(1, tx!("key-void")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('h'))],
        "h",
        Action::History,
        tx!("key-history-help"),
    )
    .footer(2, tx!("key-history")),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        Action::Back,
        tx!("key-back-list-help"),
    )
    .footer(3, tx!("key-back")),
];

const AMEND_KEYS: &[Binding<Action>] = &[
    Binding::enter(Action::Save, tx!("key-save-amendment-help")).footer(0, tx!("key-save")),
    Binding::next_field(Action::Field).footer(1, tx!("key-next-field")),
    Binding::esc(Action::Cancel, tx!("key-cancel-nothing-help")).footer(2, tx!("key-cancel")),
];

const VOID_KEYS: &[Binding<Action>] = &[
    Binding::enter(Action::Save, tx!("key-void-reason-help")).footer(0, tx!("key-void")),
    Binding::esc(Action::Cancel, tx!("key-cancel-nothing-help")).footer(1, tx!("key-cancel")),
];

/// A record's history, read off the UI thread (`Ok(None)`: stopped).
struct HistoryRead {
    record: RecordId,
    result: Result<Option<Vec<HistoryEntry>>, VaultError>,
}

impl RecordView {
    #[allow(clippy::needless_pass_by_value)] // a route's fields are moved in
    pub fn open(
        cx: &mut Cx,
        id: RecordId,
        campaign: Campaign,
        events: Vec<Event>,
    ) -> Result<Self, VaultError> {
        let record = cx
            .vault
            .record(id)?
            .ok_or_else(|| VaultError::UnknownRecord(id.to_string()))?;
        let event_name = record
            .origin
            .as_ref()
            .and_then(|o| events.iter().find(|e| e.id == o.event))
            .map(|e| crate::model::text::display(&e.name).into_owned())
            .unwrap_or_default();
        Ok(Self {
            record,
            campaign,
            event_name,
            mode: Mode::View,
            history: None,
        })
    }

    fn start_amend(&mut self, cx: &mut Cx) {
        // Its values are gone from this vault: a form would only refuse at Enter,
        // and the keys typed meanwhile would land in it.
        if self.refuse_if_purged(cx) {
            return;
        }
        self.mode = Mode::Amend(Form::with_values(
            &self.campaign.fields,
            &self.record.values(),
        ));
    }

    fn refuse_if_purged(&self, cx: &mut Cx) -> bool {
        if self.record.purged {
            *cx.flash = Some(Flash::warn(t!("record-purged-refused")));
        }
        self.record.purged
    }

    fn toggle_history(&mut self, cx: &mut Cx) {
        if self.history.is_some() {
            self.history = None;
            return;
        }
        self.history = Some(None);
        let vault = std::sync::Arc::clone(cx.vault);
        let record = self.record.id;
        cx.jobs.spawn(move |stop| HistoryRead {
            record,
            result: vault.history(record, || stop.load(std::sync::atomic::Ordering::Relaxed)),
        });
    }

    fn save_amendment(&mut self, cx: &mut Cx) {
        let Mode::Amend(form) = &mut self.mode else {
            return;
        };
        let before = self.record.values();
        let changed: BTreeMap<String, String> = form
            .fields
            .iter()
            .filter(|f| {
                before.get(&f.spec.key).map_or("", String::as_str) != f.input.value().trim()
            })
            .map(|f| (f.spec.key.clone(), f.input.value().to_owned()))
            .collect();
        if changed.is_empty() {
            *cx.flash = Some(Flash::info(t!("record-nothing-changed")));
            self.mode = Mode::View;
            return;
        }
        match cx.vault.amend(self.record.id, &changed) {
            Ok(record) => {
                cx.rows.upsert(&record);
                self.record = record;
                self.history = None;
                self.mode = Mode::View;
                *cx.flash = Some(Flash::ok(t!(
                    "record-amended-tui",
                    fields = changed.keys().cloned().collect::<Vec<_>>().join(", ")
                )));
            }
            Err(VaultError::Invalid(errors)) => {
                form.apply_errors(&errors);
                *cx.flash = Some(Flash::error(t!("record-fix-marked")));
            }
            Err(e) => {
                *cx.flash = Some(Flash::error(t!(
                    "record-not-saved",
                    error = super::hints::describe(&e)
                )));
            }
        }
    }

    fn save_void(&mut self, cx: &mut Cx) {
        let Mode::Void(reason) = &self.mode else {
            return;
        };
        if reason.is_empty() {
            *cx.flash = Some(Flash::warn(t!("record-void-why")));
            return;
        }
        match cx.vault.void(self.record.id, reason.value()) {
            Ok(()) => {
                if let Ok(Some(record)) = cx.vault.record(self.record.id) {
                    cx.rows.upsert(&record);
                    self.record = record;
                }
                self.history = None;
                self.mode = Mode::View;
                *cx.flash = Some(Flash::ok(t!("record-voided-tui")));
            }
            Err(e) => {
                *cx.flash = Some(Flash::error(t!(
                    "record-not-voided",
                    error = super::hints::describe(&e)
                )));
            }
        }
    }

    #[allow(clippy::too_many_lines)] // top to bottom, as the screen reads
    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        let row = |n: u16| Rect::new(area.x, area.y + n, area.width, 1);
        let r = &self.record;
        let (place, entered) = match &r.origin {
            Some(o) => (
                format!(
                    "{} · {}",
                    self.event_name,
                    t!(
                        "entry-sheet-line",
                        sheet = o.sheet.to_string(),
                        line = o.line.to_string()
                    )
                ),
                t!(
                    "record-typed",
                    time = super::time_text(o.entered_at),
                    device = o.entered_by.to_string()
                ),
            ),
            None => (t!("record-no-origin"), String::new()),
        };
        let status_style = match r.status() {
            Status::Valid => theme.ok(),
            Status::Illegible => theme.warn(),
            Status::Void => theme.error(),
            Status::Purged => theme.dim(),
        };
        let mut header = vec![
            Span::styled(place, theme.heading()),
            Span::raw("  "),
            Span::styled(status_word(r.status()).to_uppercase(), status_style),
        ];
        // A purged illegible or void line keeps its status (it is not counted as
        // "purged", which means delivered signatures); say that its values are gone.
        if r.purged && r.status() != Status::Purged {
            header.push(Span::styled(
                format!(" · {}", t!("record-values-purged")),
                theme.dim(),
            ));
        }
        Line::from(header).render(row(0), buf);
        Line::styled(
            t!(
                "record-entered-id",
                entered = entered,
                id = r.id.to_string()
            ),
            theme.dim(),
        )
        .render(row(1), buf);
        let mut y = 3;
        let mut cursor = None;
        let fields = u16::try_from(self.campaign.fields.len()).unwrap_or(0);
        match &self.mode {
            Mode::Amend(form) => {
                Line::styled(t!("record-amend-heading"), theme.warn()).render(row(2), buf);
                cursor = form.render(
                    Rect::new(
                        area.x,
                        area.y + 3,
                        area.width,
                        fields.min(area.height.saturating_sub(3)),
                    ),
                    buf,
                    theme,
                    true,
                );
            }
            _ => {
                for spec in &self.campaign.fields {
                    if y >= area.height {
                        break;
                    }
                    let value = r.value(&spec.key).unwrap_or("");
                    let shown = if v.privacy && !value.is_empty() {
                        super::privacy_mask(value)
                    } else {
                        crate::model::text::display(value).into_owned()
                    };
                    let label = super::form::label(spec);
                    let pad = " ".repeat(16usize.saturating_sub(label.width()));
                    Line::from(vec![
                        Span::styled(format!("  {label}{pad}"), theme.dim()),
                        Span::raw(shown),
                    ])
                    .render(row(y), buf);
                    y += 1;
                }
            }
        }
        y = 3 + fields + 1;
        if let Some(void) = r.void_reason()
            && y < area.height
        {
            let reason = if v.privacy {
                "•••••".to_owned()
            } else {
                crate::model::text::display(&void).into_owned()
            };
            Line::styled(t!("record-voided-because", reason = reason), theme.error())
                .render(row(y), buf);
            y += 1;
        }
        if let Mode::Void(reason) = &self.mode
            && y + 1 < area.height
        {
            let why = format!("{} ", t!("record-void-prompt"));
            buf.set_string(area.x, area.y + y, &why, theme.focus_label());
            let at = u16::try_from(why.width()).unwrap_or(13);
            cursor = Some(reason.render(
                Rect::new(
                    area.x + at,
                    area.y + y,
                    area.width.saturating_sub(at).min(50),
                    1,
                ),
                buf,
                theme.input(),
                false,
            ));
            Line::styled(t!("record-void-keys"), theme.dim()).render(row(y + 1), buf);
            y += 2;
        }
        match &self.history {
            Some(None) if y < area.height => {
                Line::styled(
                    format!("{} {}", v.spinner, t!("record-reading-history")),
                    theme.dim(),
                )
                .render(row(y), buf);
            }
            None | Some(None) => {}
            Some(Some(ops)) => {
                if y < area.height {
                    Line::styled(t!("record-history"), theme.heading()).render(row(y), buf);
                    y += 1;
                }
                for entry in ops {
                    if y >= area.height {
                        break;
                    }
                    let text = match entry {
                        HistoryEntry::Op(op) => history_line(op, &self.campaign, v.privacy),
                        HistoryEntry::Purged(_) => {
                            format!("  {}", t!("record-history-purged"))
                        }
                    };
                    Line::raw(text).render(row(y), buf);
                    y += 1;
                }
            }
        }
        cursor
    }
}

impl Screen<Cx<'_>> for RecordView {
    type Action = Action;

    fn title(&self) -> String {
        t!("title-record")
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        match self.mode {
            Mode::View => VIEW_KEYS,
            Mode::Amend(_) => AMEND_KEYS,
            Mode::Void(_) => VOID_KEYS,
        }
    }

    fn act(&mut self, action: Action, key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            Action::Back => return Route::Back,
            Action::Amend => self.start_amend(cx),
            Action::Void => {
                if !self.refuse_if_purged(cx) && self.record.status() != Status::Void {
                    self.mode = Mode::Void(TextField::default());
                }
            }
            Action::History => self.toggle_history(cx),
            Action::Save => match self.mode {
                Mode::Amend(_) => self.save_amendment(cx),
                Mode::Void(_) => self.save_void(cx),
                Mode::View => {}
            },
            Action::Cancel => self.mode = Mode::View,
            Action::Field => {
                if let Mode::Amend(form) = &mut self.mode {
                    form.handle_key(key);
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        match &mut self.mode {
            Mode::Amend(form) => {
                form.handle_key(key);
            }
            Mode::Void(reason) => {
                reason.handle_key(key);
            }
            Mode::View => {}
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        match &mut self.mode {
            Mode::Amend(form) => {
                form.paste(text);
            }
            Mode::Void(reason) => reason.paste(text),
            Mode::View => {}
        }
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        if let Ok(read) = done.downcast::<HistoryRead>()
            && read.record == self.record.id
        {
            match read.result {
                Ok(ops) => self.history = ops.map(Some),
                Err(e) => {
                    self.history = None;
                    *cx.flash = Some(Flash::error(super::hints::describe(&e)));
                }
            }
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn text_focus(&self) -> bool {
        !matches!(self.mode, Mode::View)
    }

    fn unsaved(&self) -> Option<String> {
        match self.mode {
            Mode::View => None,
            Mode::Amend(_) => Some(t!("record-unsaved-amend")),
            Mode::Void(_) => Some(t!("record-unsaved-void")),
        }
    }
}

/// A record's status as a word of the person's language (shown upper-case).
fn status_word(status: Status) -> String {
    match status {
        Status::Valid => t!("record-status-valid"),
        Status::Illegible => t!("record-status-illegible"),
        Status::Void => t!("record-status-void"),
        Status::Purged => t!("record-status-purged"),
    }
}

/// One operation as a line: values in the campaign's field order, each with its label
/// (a key the schema does not know comes last, by key).
fn history_line(op: &Op, campaign: &Campaign, privacy: bool) -> String {
    let show = |v: &str| {
        if privacy {
            super::privacy_mask(v)
        } else {
            crate::model::text::display(v).into_owned()
        }
    };
    let ordered = |fields: &BTreeMap<String, String>| -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = campaign
            .fields
            .iter()
            .filter_map(|f| {
                fields.get(&f.key).map(|v| {
                    (
                        super::form::label(f).trim_end_matches(" *").to_owned(),
                        v.clone(),
                    )
                })
            })
            .collect();
        out.extend(
            fields
                .iter()
                .filter(|(k, _)| !campaign.fields.iter().any(|f| &f.key == *k))
                .map(|(k, v)| (crate::model::text::display(k).into_owned(), v.clone())),
        );
        out
    };
    let what = match &op.body {
        OpBody::Add {
            sheet,
            line,
            fields,
            ..
        } => t!(
            "history-added",
            sheet = sheet.to_string(),
            line = line.to_string(),
            values = ordered(fields)
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(label, v)| format!("{label} {}", show(v)))
                .collect::<Vec<_>>()
                .join(" · ")
        ),
        OpBody::Amend { fields } => t!(
            "history-amended",
            values = ordered(fields)
                .iter()
                .map(|(label, v)| if v.is_empty() {
                    t!("history-cleared", field = label.as_str())
                } else {
                    format!("{label} = {}", show(v))
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        OpBody::Void { reason } => t!("history-voided", reason = show(reason)),
        OpBody::Decide {
            verdict, records, ..
        } => {
            let others = records
                .iter()
                .filter(|r| **r != op.record)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            match verdict {
                DecisionKind::Same { keep } if *keep == op.record => {
                    t!("history-decided-kept", others = others)
                }
                DecisionKind::Same { keep } => {
                    t!("history-decided-duplicate", keep = keep.to_string())
                }
                DecisionKind::Different => t!("history-decided-different", others = others),
                DecisionKind::Verified { keep } if *keep == op.record => {
                    t!("history-verified-kept", others = others)
                }
                DecisionKind::Verified { keep } => {
                    t!("history-verified-entry", keep = keep.to_string())
                }
            }
        }
        OpBody::Undo { .. } => t!("history-undone"),
    };
    format!("  {}  {what}", super::time_text(op.at))
}

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
        "amend: change values (the old ones stay in the history)",
    )
    .footer(0, "amend"),
    Binding::new(
        &[Key::Plain(KeyCode::Char('v'))],
        "v",
        Action::Void,
        "void with a reason: the record stops counting",
    )
    .footer(1, "void"),
    Binding::new(
        &[Key::Plain(KeyCode::Char('h'))],
        "h",
        Action::History,
        "show or hide the history of changes",
    )
    .footer(2, "history"),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "back to the list",
    )
    .footer(3, "back"),
];

const AMEND_KEYS: &[Binding<Action>] = &[
    Binding::enter(
        Action::Save,
        "save the amendment (the old values stay in the history)",
    )
    .footer(0, "save"),
    Binding::next_field(Action::Field).footer(1, "next field"),
    Binding::esc(Action::Cancel, "cancel: nothing changes").footer(2, "cancel"),
];

const VOID_KEYS: &[Binding<Action>] = &[
    Binding::enter(
        Action::Save,
        "void it with the reason typed (it stops counting; its history stays)",
    )
    .footer(0, "void"),
    Binding::esc(Action::Cancel, "cancel: nothing changes").footer(1, "cancel"),
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
            *cx.flash = Some(Flash::warn(
                "This record was delivered to the coordinator and purged from this vault: it cannot be changed here. Ask the coordinator to amend or void it.",
            ));
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
            *cx.flash = Some(Flash::info("Nothing changed."));
            self.mode = Mode::View;
            return;
        }
        match cx.vault.amend(self.record.id, &changed) {
            Ok(record) => {
                cx.rows.upsert(&record);
                self.record = record;
                self.history = None;
                self.mode = Mode::View;
                *cx.flash = Some(Flash::ok(format!(
                    "✓ Amended ({}). The old values stay in the history.",
                    changed.keys().cloned().collect::<Vec<_>>().join(", ")
                )));
            }
            Err(VaultError::Invalid(errors)) => {
                form.apply_errors(&errors);
                *cx.flash = Some(Flash::error("Not saved: fix the fields marked ✗."));
            }
            Err(e) => *cx.flash = Some(Flash::error(format!("Not saved: {e}"))),
        }
    }

    fn save_void(&mut self, cx: &mut Cx) {
        let Mode::Void(reason) = &self.mode else {
            return;
        };
        if reason.is_empty() {
            *cx.flash = Some(Flash::warn(
                "Say why, e.g. \"duplicate of sheet 3 line 4\", then Enter.",
            ));
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
                *cx.flash = Some(Flash::ok(
                    "✓ Voided: it no longer counts. Its history stays.",
                ));
            }
            Err(e) => *cx.flash = Some(Flash::error(format!("Not voided: {e}"))),
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
                format!("{} · sheet {} line {}", self.event_name, o.sheet, o.line),
                format!(
                    "typed {} by device {}",
                    super::time_text(o.entered_at),
                    o.entered_by
                ),
            ),
            None => ("(its paper line has not arrived yet)".into(), String::new()),
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
            Span::styled(r.status().as_str().to_uppercase(), status_style),
        ];
        // A purged illegible or void line keeps its status (it is not counted as
        // "purged", which means delivered signatures); say that its values are gone.
        if r.purged && r.status() != Status::Purged {
            header.push(Span::styled(" · values purged here", theme.dim()));
        }
        Line::from(header).render(row(0), buf);
        Line::styled(format!("{entered} · id {}", r.id), theme.dim()).render(row(1), buf);
        let mut y = 3;
        let mut cursor = None;
        let fields = u16::try_from(self.campaign.fields.len()).unwrap_or(0);
        match &self.mode {
            Mode::Amend(form) => {
                Line::styled(
                    "Amend: change the values, Enter saves, Esc cancels",
                    theme.warn(),
                )
                .render(row(2), buf);
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
                    Line::from(vec![
                        Span::styled(format!("  {:<16}", super::form::label(spec)), theme.dim()),
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
            Line::styled(format!("Voided: {reason}"), theme.error()).render(row(y), buf);
            y += 1;
        }
        if let Mode::Void(reason) = &self.mode
            && y + 1 < area.height
        {
            buf.set_string(area.x, area.y + y, "Why void it? ", theme.focus_label());
            cursor = Some(reason.render(
                Rect::new(
                    area.x + 13,
                    area.y + y,
                    area.width.saturating_sub(13).min(50),
                    1,
                ),
                buf,
                theme.input(),
                false,
            ));
            Line::styled(
                "Enter voids (it stops counting; history stays) · Esc cancels",
                theme.dim(),
            )
            .render(row(y + 1), buf);
            y += 2;
        }
        match &self.history {
            Some(None) if y < area.height => {
                Line::styled(format!("{} reading the history…", v.spinner), theme.dim())
                    .render(row(y), buf);
            }
            None | Some(None) => {}
            Some(Some(ops)) => {
                if y < area.height {
                    Line::styled("History, oldest first", theme.heading()).render(row(y), buf);
                    y += 1;
                }
                for entry in ops {
                    if y >= area.height {
                        break;
                    }
                    let text = match entry {
                        HistoryEntry::Op(op) => history_line(op, &self.campaign, v.privacy),
                        HistoryEntry::Purged(_) => {
                            "  delivered to the coordinator; its values were purged here".to_owned()
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
        "record".into()
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
                    *cx.flash = Some(Flash::error(e.to_string()));
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
            Mode::Amend(_) => Some("An amendment is typed but not saved.".into()),
            Mode::Void(_) => Some("A void is typed but not saved.".into()),
        }
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
        } => format!(
            "added sheet {sheet} line {line}: {}",
            ordered(fields)
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(label, v)| format!("{label} {}", show(v)))
                .collect::<Vec<_>>()
                .join(" · ")
        ),
        OpBody::Amend { fields } => format!(
            "amended {}",
            ordered(fields)
                .iter()
                .map(|(label, v)| if v.is_empty() {
                    format!("{label} cleared")
                } else {
                    format!("{label} = {}", show(v))
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        OpBody::Void { reason } => format!("voided: {}", show(reason)),
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
                    format!("decided the same signer as {others}; this one kept")
                }
                DecisionKind::Same { keep } => format!("decided a duplicate of {keep}"),
                DecisionKind::Different => format!("decided a different person from {others}"),
            }
        }
        OpBody::Undo { .. } => "a decision undone".to_owned(),
    };
    format!("  {}  {what}", super::time_text(op.at))
}

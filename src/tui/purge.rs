//! Purge, the organizer's last step after a receipt: remove from this laptop the
//! personal data of every record the coordinator acknowledged. The screen first says
//! exactly how many records lose their values and that it cannot be undone; only `y`
//! purges. The purge itself rewrites the database, so it needs the vault to itself:
//! the screen asks the app for it ([`Effect::PurgeAcknowledged`]), which runs it on a
//! thread while the screens wait, and gets the result back as a job result.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::keys::{Binding, Key};
use super::screen::{Cx, Effect, Flash, Payload, Route, Screen, ViewCx};
use crate::model::Campaign;
use crate::model::text::Shown;
use crate::vault::{PurgeReport, VaultError};

enum State {
    /// What a purge would remove now.
    Asking(PurgeReport),
    Purging,
    Done(PurgeReport),
    Failed(String),
}

pub struct Purge {
    campaign: Campaign,
    state: State,
}

/// What the app hands back after purging for this screen. A purge that fails does not
/// come back here: it closes the vault, and the unlock screen says why.
pub enum Purged {
    Done(PurgeReport),
    /// Another part of fieldsign was still reading the vault: nothing was purged.
    VaultBusy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Purge,
    Back,
}

const ASK_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Char('y'))],
        "y",
        Action::Purge,
        tx!("key-purge-now-help"),
    )
    .footer(0, tx!("key-purge-now")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('n')), Key::Plain(KeyCode::Esc)],
        "n / Esc",
        Action::Back,
        tx!("key-keep-help"),
    )
    .footer(1, tx!("key-keep")),
];

const BACK_KEYS: &[Binding<Action>] = &[Binding::new(
    &[Key::Plain(KeyCode::Esc), Key::Plain(KeyCode::Enter)],
    "Esc",
    Action::Back,
    tx!("key-back"),
)
.footer(0, tx!("key-back"))];

impl Purge {
    pub fn open(cx: &mut Cx, campaign: Campaign) -> Result<Self, VaultError> {
        let preview = cx.vault.purge_preview(Some(campaign.id))?;
        Ok(Self {
            campaign,
            state: State::Asking(preview),
        })
    }

    fn nothing_to_purge(&self) -> bool {
        matches!(&self.state, State::Asking(r) if r.records == 0)
    }
}

/// "12 records (10 signatures, 1 illegible line and 1 void line)".
fn what_goes(r: &PurgeReport) -> String {
    let mut parts = vec![crate::plural::s(r.valid, "signature")];
    if r.illegible > 0 {
        parts.push(crate::plural::s(r.illegible, "illegible line"));
    }
    if r.void > 0 {
        parts.push(crate::plural::s(r.void, "void line"));
    }
    format!(
        "{} ({})",
        crate::plural::s(r.records, "record"),
        crate::plural::list(&parts)
    )
}

impl Screen<Cx<'_>> for Purge {
    type Action = Action;

    fn title(&self) -> String {
        "purge delivered records".into()
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        match self.state {
            State::Asking(_) if !self.nothing_to_purge() => ASK_KEYS,
            State::Purging => &[],
            _ => BACK_KEYS,
        }
    }

    fn act(&mut self, action: Action, _key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            Action::Back => Route::Back,
            Action::Purge => {
                self.state = State::Purging;
                *cx.effect = Some(Effect::PurgeAcknowledged(self.campaign.id));
                Route::Stay
            }
        }
    }

    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        if let Ok(purged) = done.downcast::<Purged>() {
            match *purged {
                Purged::Done(report) => {
                    *cx.flash = Some(Flash::ok(format!("✓ {report}")));
                    self.state = State::Done(report);
                }
                Purged::VaultBusy => {
                    self.state = State::Failed(crate::i18n::t!("purge-vault-busy"));
                }
            }
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        let mut lines = vec![
            Line::styled(
                format!(
                    "Purge what the coordinator of \"{}\" acknowledged",
                    Shown(&self.campaign.title)
                ),
                theme.heading(),
            ),
            Line::default(),
        ];
        match &self.state {
            State::Asking(r) if r.records == 0 => {
                lines.push(Line::raw(
                    "Nothing to purge: no record is acknowledged in full yet.",
                ));
                if r.waiting > 0 {
                    lines.push(Line::raw(format!(
                        "{} for the coordinator's next receipt.",
                        crate::plural::count(r.waiting, "record waits", "records wait")
                    )));
                }
            }
            State::Asking(r) => {
                lines.push(Line::styled(
                    format!(
                        "{} will lose their personal data on this laptop: every field value and void reason.",
                        what_goes(r)
                    ),
                    theme.warn(),
                ));
                lines.push(Line::raw(
                    "They stay counted, with their event, sheet and line; the coordinator keeps the values.",
                ));
                if r.waiting > 0 {
                    lines.push(Line::raw(format!(
                        "{} whole: not all of their changes are acknowledged yet.",
                        crate::plural::count(r.waiting, "record stays", "records stay")
                    )));
                }
                lines.push(Line::default());
                lines.push(Line::styled(
                    "This cannot be undone. Purge now? y purges, n or Esc keeps everything.",
                    theme.error(),
                ));
            }
            State::Purging => lines.push(Line::styled(
                format!("{} purging and rewriting the database…", v.spinner),
                theme.dim(),
            )),
            State::Done(r) => lines.push(Line::styled(format!("✓ {r}"), theme.ok())),
            State::Failed(e) => {
                lines.push(Line::styled(format!("✗ Not purged: {e}"), theme.error()));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        None
    }
}

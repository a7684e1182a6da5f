//! The unlock screen: the passphrase, typed into wiped memory; the KDF runs off the UI
//! thread with a spinner; a wrong passphrase says so and the person tries again.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::input::SecretField;
use super::keys::{Binding, Key};
use super::screen::{Gate, Opened, Payload, Route, Screen, ViewCx};
use crate::i18n::t;
use crate::vault::{DirLock, UnlockFailed, Vault};

pub struct Unlock {
    /// Held from before the passphrase is asked, so a second instance is refused at once.
    /// `None` while an attempt runs (the job has it) or if it could not be kept.
    lock: Option<DirLock>,
    passphrase: SecretField,
    busy: bool,
    error: Option<String>,
    /// Why the vault is locked, when it was unlocked before (Ctrl-L, idle).
    note: Option<String>,
    /// The last session is still being closed (its lock comes back as [`Relocked`]).
    relocking: bool,
    /// Enter was pressed while relocking: unlock as soon as the lock is back.
    pending: bool,
}

/// The job closing the last session has finished: here is the vault's lock back
/// (`None` if it could not be kept).
pub struct Relocked(pub Option<DirLock>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Unlock,
}

const KEYS: &[Binding<Action>] = &[Binding::new(
    &[Key::Plain(KeyCode::Enter)],
    "Enter",
    Action::Unlock,
    tx!("key-unlock-help"),
)
.footer(0, tx!("key-unlock"))];

impl Unlock {
    /// The first unlock of a run: `lock` is the vault's, taken before anything is asked.
    pub fn new(lock: DirLock) -> Self {
        Self::with(Some(lock), None)
    }

    /// After a lock: the session is being closed on a thread, whose [`Relocked`]
    /// result brings the vault's lock back to this screen.
    pub fn relocking(note: String) -> Self {
        let mut unlock = Self::with(None, Some(note));
        unlock.relocking = true;
        unlock
    }

    /// After the session ended without its lock (a purge that failed): the next
    /// attempt takes the lock again.
    pub fn after_failure(note: String) -> Self {
        Self::with(None, Some(note))
    }

    fn with(lock: Option<DirLock>, note: Option<String>) -> Self {
        Self {
            lock,
            passphrase: SecretField::default(),
            busy: false,
            error: None,
            note,
            relocking: false,
            pending: false,
        }
    }

    /// Starts unlocking with a passphrase given on start (`--passphrase-stdin`).
    pub fn submit_given(&mut self, passphrase: &str, cx: &mut Gate) {
        self.passphrase.paste(passphrase);
        self.submit(cx);
    }

    /// Starts an unlock attempt with what was typed.
    fn submit(&mut self, cx: &mut Gate) {
        if self.passphrase.is_empty() {
            self.error = Some(t!("unlock-empty"));
            return;
        }
        if self.relocking {
            self.pending = true;
            self.busy = true;
            return;
        }
        let lock = match self.lock.take() {
            Some(lock) => lock,
            None => match DirLock::acquire(cx.vault_dir) {
                Ok(lock) => lock,
                Err(e) => {
                    self.error = Some(super::hints::describe(&e));
                    return;
                }
            },
        };
        let passphrase = self.passphrase.take();
        self.busy = true;
        self.error = None;
        cx.jobs.spawn(move |_| Vault::try_unlock(lock, &passphrase));
    }

    /// An attempt failed: keep the lock and say what to do.
    fn failed(&mut self, failed: UnlockFailed) {
        self.busy = false;
        self.error = Some(if failed.wrong_passphrase() {
            t!("unlock-wrong")
        } else {
            super::hints::describe(&failed.error)
        });
        self.lock = failed.lock;
    }
}

impl Screen<Gate<'_>> for Unlock {
    type Action = Action;

    fn title(&self) -> String {
        t!("title-locked")
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        KEYS
    }

    fn act(&mut self, Action::Unlock: Action, _key: KeyEvent, cx: &mut Gate) -> Route {
        if !self.busy {
            self.submit(cx);
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Gate) -> Route {
        if !self.busy && self.passphrase.handle_key(key) {
            self.error = None;
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Gate) -> Route {
        self.passphrase.paste(text);
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Gate) -> Route {
        let done = match done.downcast::<Relocked>() {
            Ok(relocked) => {
                self.lock = relocked.0;
                self.relocking = false;
                if std::mem::take(&mut self.pending) {
                    self.busy = false;
                    self.submit(cx);
                }
                return Route::Stay;
            }
            Err(other) => other,
        };
        if let Ok(result) = done.downcast::<Result<Vault, UnlockFailed>>() {
            match *result {
                Ok(vault) => {
                    *cx.opened = Some(Opened {
                        vault,
                        created: false,
                    });
                }
                Err(failed) => self.failed(failed),
            }
        }
        Route::Stay
    }

    fn text_focus(&self) -> bool {
        true
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let (theme, spinner, dir) = (v.theme, v.spinner, v.vault_dir);

        let body = area.centered_horizontally(ratatui::layout::Constraint::Max(72));
        let mut lines = vec![
            Line::default(),
            Line::styled(t!("unlock-heading"), theme.heading()),
            Line::default(),
        ];
        if let Some(note) = &self.note {
            lines.push(Line::styled(note.clone(), theme.warn()));
            lines.push(Line::default());
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", t!("unlock-vault")), theme.dim()),
            Span::raw(dir.display().to_string()),
        ]));
        lines.push(Line::default());
        let prompt_row = u16::try_from(lines.len()).unwrap_or(0);
        let prompt = format!("{} ", t!("unlock-passphrase"));
        // The field starts after the longest of the label and 12 columns (English's).
        let field_x = u16::try_from(prompt.width().max(12)).unwrap_or(12);
        lines.push(Line::from(Span::styled(prompt, theme.focus_label())));
        lines.push(Line::default());
        if self.busy {
            lines.push(Line::styled(
                format!("{spinner} {}", t!("unlock-busy")),
                theme.warn(),
            ));
        } else if let Some(error) = &self.error {
            // In the rows left, cut after a whole word with "…" if it needs more.
            let used = Paragraph::new(lines.clone())
                .wrap(Wrap { trim: false })
                .line_count(body.width);
            let left = usize::from(body.height).saturating_sub(used);
            lines.extend(
                super::fit::rows(&format!("✗ {error}"), usize::from(body.width), left)
                    .into_iter()
                    .map(|row| Line::styled(row, theme.error())),
            );
        } else {
            lines.push(Line::styled(t!("unlock-hint"), theme.dim()));
        }
        let lines: Vec<Line> = lines.into_iter().map(super::mirrored_line).collect();
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        let y = body.y + prompt_row;
        if y >= body.bottom() {
            return None;
        }
        let width = body.width.saturating_sub(field_x).min(40);
        // Right to left, the field is left of its label.
        let x = if crate::i18n::language().is_rtl() {
            body.right().saturating_sub(field_x + width)
        } else {
            body.x + field_x
        };
        let field = Rect::new(x, y, width, 1);
        let at = self.passphrase.render(field, buf, theme.input());
        (!self.busy).then_some(at)
    }
}

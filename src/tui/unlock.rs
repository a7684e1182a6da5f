//! The unlock screen: the passphrase, typed into wiped memory; the KDF runs off the UI
//! thread with a spinner; a wrong passphrase says so and the person tries again.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::input::SecretField;
use super::jobs::{JobDone, Jobs};
use super::theme::Theme;
use crate::vault::{DirLock, UnlockFailed, Vault};

pub struct Unlock {
    /// Held from before the passphrase is asked, so a second instance is refused at once.
    /// `None` while an attempt runs (the job has it) or if it could not be kept.
    pub lock: Option<DirLock>,
    pub passphrase: SecretField,
    pub busy: bool,
    pub error: Option<String>,
    /// Why the vault is locked, when it was unlocked before (Ctrl-L, idle).
    pub note: Option<String>,
    /// The last session is still being closed (its lock comes back with `relocked`).
    pub relocking: bool,
    /// Enter was pressed while relocking: unlock as soon as the lock is back.
    pending: bool,
}

impl Unlock {
    pub fn new(lock: Option<DirLock>, note: Option<String>) -> Self {
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

    /// The closed session's lock is back: go on with an unlock that was waiting for it.
    pub fn relocked(&mut self, lock: Option<DirLock>, jobs: &mut Jobs, dir: &Path) {
        self.lock = lock;
        self.relocking = false;
        if std::mem::take(&mut self.pending) {
            self.busy = false;
            self.submit(jobs, dir);
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, jobs: &mut Jobs, dir: &Path) {
        if self.busy {
            return;
        }
        if key.code == KeyCode::Enter {
            self.submit(jobs, dir);
        } else if self.passphrase.handle_key(key) {
            self.error = None;
        }
    }

    /// Starts an unlock attempt with what was typed.
    pub fn submit(&mut self, jobs: &mut Jobs, dir: &Path) {
        if self.passphrase.is_empty() {
            self.error = Some("Type the vault's passphrase, then press Enter.".into());
            return;
        }
        if self.relocking {
            self.pending = true;
            self.busy = true;
            return;
        }
        let lock = match self.lock.take() {
            Some(lock) => lock,
            None => match DirLock::acquire(dir) {
                Ok(lock) => lock,
                Err(e) => {
                    self.error = Some(e.to_string());
                    return;
                }
            },
        };
        let passphrase = self.passphrase.take();
        self.busy = true;
        self.error = None;
        jobs.spawn(move |_| JobDone::Unlocked(Vault::try_unlock(lock, &passphrase)));
    }

    /// An attempt failed: keep the lock and say what to do.
    pub fn failed(&mut self, failed: UnlockFailed) {
        self.busy = false;
        self.error = Some(if failed.wrong_passphrase() {
            "Wrong passphrase. Try again (it is case-sensitive: check Caps Lock and the keyboard layout).".into()
        } else {
            failed.error.to_string()
        });
        self.lock = failed.lock;
    }

    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: Theme,
        spinner: &str,
        dir: &Path,
    ) -> Option<Position> {
        let body = area.centered_horizontally(ratatui::layout::Constraint::Max(72));
        let mut lines = vec![
            Line::default(),
            Line::styled("The vault is locked.", theme.heading()),
            Line::default(),
        ];
        if let Some(note) = &self.note {
            lines.push(Line::styled(note.clone(), theme.warn()));
            lines.push(Line::default());
        }
        lines.push(Line::from(vec![
            Span::styled("Vault: ", theme.dim()),
            Span::raw(dir.display().to_string()),
        ]));
        lines.push(Line::default());
        let prompt_row = u16::try_from(lines.len()).unwrap_or(0);
        lines.push(Line::from(Span::styled(
            "Passphrase: ",
            theme.focus_label(),
        )));
        lines.push(Line::default());
        if self.busy {
            lines.push(Line::styled(
                format!("{spinner} Unlocking… (this takes a second or two on purpose)"),
                theme.warn(),
            ));
        } else if let Some(error) = &self.error {
            lines.push(Line::styled(format!("✗ {error}"), theme.error()));
        } else {
            lines.push(Line::styled(
                "Type the passphrase and press Enter.",
                theme.dim(),
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        let y = body.y + prompt_row;
        if y >= body.bottom() {
            return None;
        }
        let field = Rect::new(body.x + 12, y, body.width.saturating_sub(12).min(40), 1);
        let at = self.passphrase.render(field, buf, theme.input());
        (!self.busy).then_some(at)
    }
}

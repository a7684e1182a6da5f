//! The one protocol every screen follows, the locked ones (first-run wizard, unlock)
//! included.
//!
//! A screen file implements [`Screen`]: a title, a table of key bindings per mode (from
//! which the handling, the footer and the F1 help are all derived), what each action
//! does, a view that only draws, and optionally what to do with the result of a job it
//! started. A screen never builds another: it returns a [`Route`] naming where to go
//! (`routes.rs` turns that into a screen). Job results come back to the screen that
//! started the job, as the value its job returned.
//!
//! `C` is what a screen may use while handling input: [`Cx`] for the screens of an
//! unlocked vault, [`Gate`] for the two that run before there is one.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::jobs::Spawner;
use super::keys::{self, Binding, Shown};
use super::routes::To;
use super::rows::RowSet;
use super::theme::Theme;
use crate::model::{CampaignId, EventId};
use crate::vault::Vault;

/// Where to go after a key, a paste or a finished job.
#[allow(clippy::large_enum_variant)] // one at a time, returned and followed at once
pub enum Route {
    Stay,
    /// Close this screen (Esc); the one under it comes back.
    Back,
    /// Open a screen on top of this one.
    Open(To),
}

/// What a finished job hands back to the screen that started it: the value the job
/// returned (the screen knows its type).
pub type Payload = Box<dyn Any + Send>;

/// A screen, as its file writes it.
pub trait Screen<C> {
    /// What its keys do; one enum per screen.
    type Action: Copy + 'static;

    fn title(&self) -> String;

    /// The bindings of the mode the screen is in now.
    fn keymap(&self) -> &'static [Binding<Self::Action>];

    /// Runs an action of the keymap (`key` is the key that chose it: a form it is
    /// passed on to needs it).
    fn act(&mut self, action: Self::Action, key: KeyEvent, cx: &mut C) -> Route;

    /// A key the keymap does not bind: typing into the focused field, if there is one.
    fn typed(&mut self, _key: KeyEvent, _cx: &mut C) -> Route {
        Route::Stay
    }

    fn paste(&mut self, _text: &str, _cx: &mut C) -> Route {
        Route::Stay
    }

    /// Draws the screen; returns where the terminal cursor goes.
    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position>;

    /// A job this screen started has finished with `done`.
    fn on_job(&mut self, _done: Payload, _cx: &mut C) -> Route {
        Route::Stay
    }

    /// Whether a text field has focus (so `?` is typed, not help).
    fn text_focus(&self) -> bool {
        false
    }

    /// Something typed but not saved, that quitting would lose.
    fn unsaved(&self) -> Option<String> {
        None
    }

    /// This screen is on top again (the one above it closed).
    fn resumed(&mut self, _cx: &mut C) {}

    /// Where to come back to after a lock, if this screen is worth coming back to.
    fn resume_point(&self) -> Option<Resume> {
        None
    }
}

/// A screen as the stack holds it: the keymap's actions are the screen's business.
pub trait AnyScreen<C> {
    fn title(&self) -> String;
    fn keys(&self) -> Vec<Shown>;
    fn handle_key(&mut self, key: KeyEvent, cx: &mut C) -> Route;
    fn handle_paste(&mut self, text: &str, cx: &mut C) -> Route;
    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position>;
    fn on_job(&mut self, done: Payload, cx: &mut C) -> Route;
    fn text_focus(&self) -> bool;
    fn unsaved(&self) -> Option<String>;
    fn resumed(&mut self, cx: &mut C);
    fn resume_point(&self) -> Option<Resume>;
}

impl<C, S: Screen<C>> AnyScreen<C> for S {
    fn title(&self) -> String {
        Screen::title(self)
    }
    fn keys(&self) -> Vec<Shown> {
        keys::shown(self.keymap())
    }
    fn handle_key(&mut self, key: KeyEvent, cx: &mut C) -> Route {
        match keys::action(self.keymap(), key) {
            Some(action) => self.act(action, key, cx),
            None => self.typed(key, cx),
        }
    }
    fn handle_paste(&mut self, text: &str, cx: &mut C) -> Route {
        self.paste(text, cx)
    }
    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        Screen::view(self, area, buf, v)
    }
    fn on_job(&mut self, done: Payload, cx: &mut C) -> Route {
        Screen::on_job(self, done, cx)
    }
    fn text_focus(&self) -> bool {
        Screen::text_focus(self)
    }
    fn unsaved(&self) -> Option<String> {
        Screen::unsaved(self)
    }
    fn resumed(&mut self, cx: &mut C) {
        Screen::resumed(self, cx);
    }
    fn resume_point(&self) -> Option<Resume> {
        Screen::resume_point(self)
    }
}

/// Every status message goes through the display filter: an error may quote a
/// campaign title or an event name from outside.
fn shown(text: String) -> String {
    match crate::model::text::display(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    }
}

/// A message for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub kind: FlashKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    Info,
    Ok,
    Warn,
    Error,
}

impl Flash {
    pub fn info(text: impl Into<String>) -> Self {
        Self::new(FlashKind::Info, text.into())
    }
    pub fn ok(text: impl Into<String>) -> Self {
        Self::new(FlashKind::Ok, text.into())
    }
    pub fn warn(text: impl Into<String>) -> Self {
        Self::new(FlashKind::Warn, text.into())
    }
    pub fn error(text: impl Into<String>) -> Self {
        Self::new(FlashKind::Error, text.into())
    }
    fn new(kind: FlashKind, text: String) -> Self {
        Self {
            kind,
            text: shown(text),
        }
    }
}

/// What a screen of an unlocked vault may use while handling input.
pub struct Cx<'a> {
    pub vault: &'a Arc<Vault>,
    /// Starts jobs whose results come back to this screen.
    pub jobs: Spawner<'a>,
    pub flash: &'a mut Option<Flash>,
    pub rows: &'a mut RowSet,
    /// Lines printed on each event's paper sheets, as the organizer set them.
    pub paper_lines: &'a mut HashMap<EventId, u32>,
    /// Lines per event, per campaign: counted once, then kept up to date by saves here.
    pub counts: &'a mut HashMap<CampaignId, BTreeMap<EventId, usize>>,
    /// Work only the app can do (it needs the vault to itself); its result comes back
    /// to this screen as a job result.
    pub effect: &'a mut Option<Effect>,
}

/// What a screen asks of the app beyond the vault's shared methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Purge the records of a campaign the coordinator acknowledged; the result comes
    /// back as [`super::purge::Purged`].
    PurgeAcknowledged(CampaignId),
}

/// What a screen may read while drawing.
pub struct ViewCx<'a> {
    pub theme: Theme,
    pub privacy: bool,
    pub spinner: &'static str,
    pub rows: &'a RowSet,
    pub loading_rows: bool,
    pub paper_lines: &'a HashMap<EventId, u32>,
    pub vault_dir: &'a Path,
}

/// Where sheet entry was when the vault locked, to go straight back after unlocking.
/// Ids and numbers only: nothing a signer wrote.
#[derive(Debug, Clone, Copy)]
pub struct Resume {
    pub campaign: CampaignId,
    pub event: EventId,
    pub sheet: u32,
    /// Blind second entry (double entry).
    pub blind: bool,
}

/// What the wizard and the unlock screen may use: there is no vault yet.
pub struct Gate<'a> {
    pub jobs: Spawner<'a>,
    pub vault_dir: &'a Path,
    /// The scrypt work factor for a vault the wizard creates.
    pub work_factor: u8,
    /// Set when a vault is open (unlocked or created): the app opens its session.
    pub opened: &'a mut Option<Opened>,
}

/// A vault the locked phase has opened.
pub struct Opened {
    pub vault: Vault,
    /// Just created by the wizard: step 2 (join or create a campaign) comes next.
    pub created: bool,
}

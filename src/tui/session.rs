//! An unlocked session: the vault, the stack of screens (Esc pops), and what the
//! screens share (the records held for browsing, paper sheet sizes, privacy mode).
//!
//! Each screen lives in its own file and has the same small surface: `handle_key`
//! (update, returning where to go next), `render` (view; draws state only) and the
//! texts for the footer and the help overlay.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::browse::Browse;
use super::entry::Entry;
use super::exchange::{Export, Import};
use super::home::Home;
use super::jobs::Jobs;
use super::record::RecordView;
use super::rows::RowSet;
use super::theme::Theme;
use super::wizard::Setup;
use crate::model::{CampaignId, EventId};
use crate::vault::Vault;

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
        Self {
            kind: FlashKind::Info,
            text: shown(text.into()),
        }
    }
    pub fn ok(text: impl Into<String>) -> Self {
        Self {
            kind: FlashKind::Ok,
            text: shown(text.into()),
        }
    }
    pub fn warn(text: impl Into<String>) -> Self {
        Self {
            kind: FlashKind::Warn,
            text: shown(text.into()),
        }
    }
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: FlashKind::Error,
            text: shown(text.into()),
        }
    }
}

/// Where to go after a key.
pub enum Nav {
    Stay,
    Push(Screen),
    Pop,
    Replace(Screen),
}

/// What a screen may use while handling a key.
pub struct Cx<'a> {
    pub vault: &'a Arc<Vault>,
    pub jobs: &'a mut Jobs,
    pub flash: &'a mut Option<Flash>,
    pub rows: &'a mut RowSet,
    /// Lines printed on each event's paper sheets, as the organizer set them.
    pub paper_lines: &'a mut HashMap<EventId, u32>,
    /// Lines per event, per campaign: counted once, then kept up to date by saves here.
    pub counts: &'a mut HashMap<CampaignId, BTreeMap<EventId, usize>>,
}

/// What a screen may read while drawing.
pub struct ViewCx<'a> {
    pub theme: Theme,
    pub privacy: bool,
    pub spinner: &'static str,
    pub rows: &'a RowSet,
    pub loading_rows: bool,
    pub paper_lines: &'a HashMap<EventId, u32>,
}

pub enum Screen {
    Setup(Setup),
    Home(Home),
    Entry(Entry),
    Browse(Browse),
    Record(RecordView),
    Export(Export),
    Import(Import),
}

/// Calls the same method on whichever screen this is.
macro_rules! each {
    ($self:expr, $s:ident => $body:expr) => {
        match $self {
            Screen::Setup($s) => $body,
            Screen::Home($s) => $body,
            Screen::Entry($s) => $body,
            Screen::Browse($s) => $body,
            Screen::Record($s) => $body,
            Screen::Export($s) => $body,
            Screen::Import($s) => $body,
        }
    };
}

impl Screen {
    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        each!(self, s => s.handle_key(key, cx))
    }
    pub fn handle_paste(&mut self, text: &str, cx: &mut Cx) -> Nav {
        each!(self, s => s.handle_paste(text, cx))
    }
    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        each!(self, s => s.render(area, buf, v))
    }
    pub fn title(&self) -> String {
        each!(self, s => s.title())
    }
    /// The few keys that matter now.
    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        each!(self, s => s.footer())
    }
    /// Every key of this screen, for the help overlay.
    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        each!(self, s => s.help())
    }
    /// Whether a text field has focus (so `?` is typed, not help).
    pub fn text_focus(&self) -> bool {
        each!(self, s => s.text_focus())
    }
    /// Something typed but not saved, that quitting would lose.
    pub fn unsaved(&self) -> Option<String> {
        each!(self, s => s.unsaved())
    }
    /// Called when this screen comes back on top (after Esc from a screen above it).
    pub fn resumed(&mut self, cx: &mut Cx) {
        each!(self, s => s.resumed(cx));
    }
}

/// An unlocked vault and the screens open on it.
pub struct Session {
    pub vault: Arc<Vault>,
    pub stack: Vec<Screen>,
    pub rows: RowSet,
    pub paper_lines: HashMap<EventId, u32>,
    pub counts: HashMap<CampaignId, BTreeMap<EventId, usize>>,
    pub privacy: bool,
}

/// Where sheet entry was when the vault locked, to go straight back after unlocking.
/// Ids and numbers only: nothing a signer wrote.
#[derive(Debug, Clone, Copy)]
pub struct Resume {
    pub campaign: CampaignId,
    pub event: EventId,
    pub sheet: u32,
}

impl Session {
    pub fn new(vault: Vault) -> Self {
        Self {
            vault: Arc::new(vault),
            stack: Vec::new(),
            rows: RowSet::default(),
            paper_lines: HashMap::new(),
            counts: HashMap::new(),
            privacy: false,
        }
    }

    pub fn top(&self) -> Option<&Screen> {
        self.stack.last()
    }

    pub fn resume_point(&self) -> Option<Resume> {
        self.stack.iter().rev().find_map(|s| match s {
            Screen::Entry(e) => Some(e.resume()),
            _ => None,
        })
    }

    /// Hands a key to the top screen and follows where it leads.
    pub fn handle_key(&mut self, key: KeyEvent, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        let Some(mut screen) = self.stack.pop() else {
            return;
        };
        let before = flash.clone();
        let nav = self.with_cx(jobs, flash, |cx| screen.handle_key(key, cx));
        // A message about the screen being left would be stale on the next one.
        if !matches!(nav, Nav::Stay) && *flash == before {
            *flash = None;
        }
        self.navigate(screen, nav, jobs, flash);
    }

    pub fn handle_paste(&mut self, text: &str, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        let Some(mut screen) = self.stack.pop() else {
            return;
        };
        let nav = self.with_cx(jobs, flash, |cx| screen.handle_paste(text, cx));
        self.navigate(screen, nav, jobs, flash);
    }

    fn navigate(&mut self, screen: Screen, nav: Nav, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        match nav {
            Nav::Stay => self.stack.push(screen),
            Nav::Push(next) => {
                self.stack.push(screen);
                self.stack.push(next);
            }
            Nav::Replace(next) => self.stack.push(next),
            Nav::Pop => {
                if self.stack.is_empty() {
                    // The last screen stays: Esc on Home does nothing.
                    self.stack.push(screen);
                    return;
                }
                drop(screen);
                self.resume_top(jobs, flash);
            }
        }
    }

    /// Lets the top screen refresh what may have changed under it.
    pub fn resume_top(&mut self, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        if let Some(mut top) = self.stack.pop() {
            self.with_cx(jobs, flash, |cx| top.resumed(cx));
            self.stack.push(top);
        }
    }

    /// Runs `f` with a context for building a screen.
    pub fn with_cx<T>(
        &mut self,
        jobs: &mut Jobs,
        flash: &mut Option<Flash>,
        f: impl FnOnce(&mut Cx) -> T,
    ) -> T {
        let mut cx = Cx {
            vault: &self.vault,
            jobs,
            flash,
            rows: &mut self.rows,
            paper_lines: &mut self.paper_lines,
            counts: &mut self.counts,
        };
        f(&mut cx)
    }
}

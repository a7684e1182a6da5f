//! An unlocked session: the vault, the stack of screens (Esc closes the top one), and
//! what the screens share (the records held for browsing, paper sheet sizes, privacy
//! mode). The session follows the routes screens return and hands each finished job to
//! the screen that started it; it knows no screen by type.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crossterm::event::KeyEvent;

use super::jobs::{JobDone, Jobs, Owner};
use super::routes::{Stacked, To};
use super::rows::RowSet;
use super::screen::{Cx, Effect, Flash, Payload, Resume, Route};
use crate::model::{CampaignId, EventId};
use crate::vault::Vault;

/// An unlocked vault and the screens open on it.
pub struct Session {
    pub vault: Arc<Vault>,
    /// Bottom (home) to top (what is shown), each with the owner its jobs report to.
    stack: Vec<(Owner, Stacked)>,
    pub rows: RowSet,
    pub paper_lines: HashMap<EventId, u32>,
    pub counts: HashMap<CampaignId, BTreeMap<EventId, usize>>,
    pub privacy: bool,
    /// What the top screen asked of the app, and which screen asked.
    pub effect: Option<(Owner, Effect)>,
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
            effect: None,
        }
    }

    pub fn top(&self) -> Option<&Stacked> {
        self.stack.last().map(|(_, s)| s)
    }

    /// The screens, bottom first.
    pub fn screens(&self) -> impl DoubleEndedIterator<Item = &Stacked> {
        self.stack.iter().map(|(_, s)| s)
    }

    pub fn resume_point(&self) -> Option<Resume> {
        self.screens().rev().find_map(|s| s.resume_point())
    }

    /// Opens the screen `to` names on top; says why in the status line if it cannot.
    pub fn open(&mut self, to: To, jobs: &mut Jobs, flash: &mut Option<Flash>) -> bool {
        let owner = jobs.new_owner();
        match self.with_cx(owner, jobs, flash, |cx| to.open(cx)) {
            Ok(screen) => {
                self.stack.push((owner, screen));
                true
            }
            Err(e) => {
                *flash = Some(Flash::error(e.to_string()));
                false
            }
        }
    }

    /// Hands a key to the top screen and follows where it leads.
    pub fn handle_key(&mut self, key: KeyEvent, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        let before = flash.clone();
        let route = self.on_top(jobs, flash, |screen, cx| screen.handle_key(key, cx));
        // A message about the screen being left would be stale on the next one.
        if !matches!(route, Route::Stay) && *flash == before {
            *flash = None;
        }
        self.follow(route, jobs, flash);
    }

    pub fn handle_paste(&mut self, text: &str, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        let route = self.on_top(jobs, flash, |screen, cx| screen.handle_paste(text, cx));
        self.follow(route, jobs, flash);
    }

    /// Hands a finished job to the screen that started it, if it is still open.
    pub fn deliver(&mut self, done: JobDone, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        self.deliver_to(done.to, done.result, jobs, flash);
    }

    pub fn deliver_to(
        &mut self,
        owner: Owner,
        result: Payload,
        jobs: &mut Jobs,
        flash: &mut Option<Flash>,
    ) {
        let Some(at) = self.stack.iter().position(|(o, _)| *o == owner) else {
            return;
        };
        let (owner, mut screen) = self.stack.remove(at);
        let route = self.with_cx(owner, jobs, flash, |cx| screen.on_job(result, cx));
        self.stack.insert(at, (owner, screen));
        // Only the screen on top may move the person elsewhere.
        if at + 1 == self.stack.len() {
            self.follow(route, jobs, flash);
        }
    }

    /// Runs `f` on the top screen with its context.
    fn on_top(
        &mut self,
        jobs: &mut Jobs,
        flash: &mut Option<Flash>,
        f: impl FnOnce(&mut Stacked, &mut Cx) -> Route,
    ) -> Route {
        let Some((owner, mut screen)) = self.stack.pop() else {
            return Route::Stay;
        };
        let route = self.with_cx(owner, jobs, flash, |cx| f(&mut screen, cx));
        self.stack.push((owner, screen));
        route
    }

    fn follow(&mut self, route: Route, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        match route {
            Route::Stay => {}
            Route::Open(to) => {
                self.open(to, jobs, flash);
            }
            Route::Back => {
                // The last screen stays: Esc on home does nothing.
                if self.stack.len() > 1 {
                    self.stack.pop();
                    self.resume_top(jobs, flash);
                }
            }
        }
    }

    /// Lets the top screen refresh what may have changed under it.
    pub fn resume_top(&mut self, jobs: &mut Jobs, flash: &mut Option<Flash>) {
        self.on_top(jobs, flash, |screen, cx| {
            screen.resumed(cx);
            Route::Stay
        });
    }

    /// Runs `f` with the context of the screen `owner`.
    fn with_cx<T>(
        &mut self,
        owner: Owner,
        jobs: &mut Jobs,
        flash: &mut Option<Flash>,
        f: impl FnOnce(&mut Cx) -> T,
    ) -> T {
        let mut effect = None;
        let out = {
            let mut cx = Cx {
                vault: &self.vault,
                jobs: jobs.for_owner(owner),
                flash,
                rows: &mut self.rows,
                paper_lines: &mut self.paper_lines,
                counts: &mut self.counts,
                effect: &mut effect,
            };
            f(&mut cx)
        };
        if let Some(effect) = effect {
            self.effect = Some((owner, effect));
        }
        out
    }

    /// Takes the screens apart for a lock: what is left to drop on a thread.
    pub fn into_parts(self) -> (Arc<Vault>, Vec<(Owner, Stacked)>, RowSet) {
        (self.vault, self.stack, self.rows)
    }

    /// Hands the vault to work that needs it alone (a purge, on its thread); the
    /// screens wait in [`Parked`] until it comes back.
    pub fn park(self) -> (Arc<Vault>, Parked) {
        let Self {
            vault,
            stack,
            rows,
            paper_lines,
            counts,
            privacy,
            effect: _,
        } = self;
        let parked = Parked {
            stack,
            rows,
            paper_lines,
            counts,
            privacy,
        };
        (vault, parked)
    }
}

/// A session whose vault is away: its screens are drawn but get no keys.
pub struct Parked {
    stack: Vec<(Owner, Stacked)>,
    pub rows: RowSet,
    pub paper_lines: HashMap<EventId, u32>,
    pub counts: HashMap<CampaignId, BTreeMap<EventId, usize>>,
    pub privacy: bool,
}

impl Parked {
    /// The session again, with `vault` (the same one, or what a purge made of it).
    pub fn resume(self, vault: Arc<Vault>) -> Session {
        Session {
            vault,
            stack: self.stack,
            rows: self.rows,
            paper_lines: self.paper_lines,
            counts: self.counts,
            privacy: self.privacy,
            effect: None,
        }
    }

    pub fn top(&self) -> Option<&Stacked> {
        self.stack.last().map(|(_, s)| s)
    }

    pub fn resume_point(&self) -> Option<Resume> {
        self.stack.iter().rev().find_map(|(_, s)| s.resume_point())
    }
}

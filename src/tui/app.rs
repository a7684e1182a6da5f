//! The application state and its one `update`: every key, paste, tick, finished job and
//! signal becomes a [`Msg`]; `update` changes the state (calling the vault for quick
//! writes, starting jobs for slow work); the view (`view.rs`) only draws it.
//!
//! The keys that work everywhere live here: Ctrl-Q / Ctrl-C quit (asking first only if
//! something is half typed), Ctrl-L locks at once, F1 (or `?` outside text fields) shows
//! help, Ctrl-P toggles privacy mode. After `lock_after` without a key the vault locks.

use std::cell::Cell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::Position;

use super::jobs::{JobDone, Jobs, Owner};
use super::keys::{self, Global, QuitAnswer};
use super::purge::Purged;
use super::routes::To;
use super::screen::{AnyScreen, Effect, Flash, Gate, Opened, Resume};
use super::session::{Parked, Session};
use super::theme::Theme;
use super::unlock::{Relocked, Unlock};
use super::wizard::Wizard;
use crate::clock::Clock;
use crate::i18n::t;
use crate::model::{CampaignId, EventId};
use crate::vault::{DEFAULT_WORK_FACTOR, DirLock, Vault, VaultError};

/// The default idle time before the vault locks itself.
pub const DEFAULT_LOCK_AFTER: Duration = Duration::from_secs(300);

/// The smallest window the screens fit in (columns, rows); below it the TUI says so
/// and ignores keys but quit and lock.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// Where `fieldsign enter` opens after unlocking.
#[derive(Debug, Clone)]
pub struct StartAt {
    pub campaign: String,
    pub event: String,
    pub sheet: Option<u32>,
    /// `enter --second-entry`: blind second entry.
    pub second_entry: bool,
}

/// How the TUI was started.
#[derive(Debug, Clone)]
pub struct Options {
    pub vault_dir: PathBuf,
    /// `None`: never lock by itself.
    pub lock_after: Option<Duration>,
    pub start: Option<StartAt>,
    /// The scrypt work factor for a vault the wizard creates (18 unless testing).
    pub kdf_work_factor: u8,
    pub theme: Theme,
    /// Where idle time and today's date come from (a fixed clock in tests).
    pub clock: Clock,
}

impl Options {
    pub fn new(vault_dir: PathBuf) -> Self {
        Self {
            vault_dir,
            lock_after: Some(DEFAULT_LOCK_AFTER),
            start: None,
            kdf_work_factor: DEFAULT_WORK_FACTOR,
            theme: Theme::from_env(),
            clock: Clock::system(),
        }
    }
}

#[allow(clippy::large_enum_variant)] // one message at a time; boxing buys nothing
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    /// Time passes: the spinner turns, the idle lock is checked.
    Tick(Instant),
    Resize,
    Job(JobDone),
    /// SIGTERM, SIGHUP or SIGINT: leave now, restoring the terminal.
    Terminate,
}

pub enum Phase {
    /// No vault yet: the first-run wizard.
    Wizard(Wizard),
    Unlock(Unlock),
    Open(Session),
    /// A purge has the vault on its thread; the screens wait (drawn, spinner turning)
    /// and only quit and lock are heard.
    Purging(Purging),
}

/// The session while a purge runs, and what was asked meanwhile.
pub struct Purging {
    parked: Parked,
    /// The screen that asked for the purge: its result goes there.
    owner: Owner,
}

impl Purging {
    pub fn parked(&self) -> &Parked {
        &self.parked
    }
}

/// A purge's thread has finished: the vault it made, or why it stopped (the vault is
/// closed then).
struct PurgeDone(Result<(Vault, crate::vault::PurgeReport), VaultError>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Quit although something is half typed? Holds what would be lost.
    ConfirmQuit(String),
}

pub struct App {
    pub opts: Options,
    pub phase: Phase,
    pub overlay: Option<Overlay>,
    pub flash: Option<Flash>,
    pub jobs: Jobs,
    pub quit: bool,
    /// A signal ended the session (exit status 1, not 0).
    pub terminated: bool,
    last_input: Instant,
    spin: usize,
    resume: Option<Resume>,
    /// What a lock keeps for the next unlock: privacy mode and the lines per paper
    /// sheet (settings, not signer data).
    kept: Option<(bool, HashMap<EventId, u32>)>,
    /// The next frame starts from a cleared terminal (after a lock: not one cell of
    /// what was shown may stay, whatever the terminal made of it).
    pub clear_screen: Cell<bool>,
    /// The window's size at the last draw (columns, rows).
    pub size: Cell<(u16, u16)>,
    /// Locked while a purge ran: its screens, dropped (and the vault's lock handed to
    /// the unlock screen) when the purge's thread ends.
    locked_purge: Option<Parked>,
    /// Quit (or a signal) came while a purge ran: leave once it is done. A purge is not
    /// stopped halfway; the rewrite it is in finishes first.
    quit_after_purge: bool,
    /// Where the terminal cursor goes; set while drawing.
    pub cursor: Cell<Option<Position>>,
    /// The help overlay's first row shown, and how many rows do not fit below it at
    /// the top (set while drawing): a long translation scrolls rather than being cut.
    pub help_scroll: Cell<(u16, u16)>,
}

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

impl App {
    /// Takes the vault's lock (refusing at once if another process holds it) and starts
    /// at the unlock screen, or at the wizard when there is no vault. With `passphrase`,
    /// the first unlock starts by itself.
    pub fn start(opts: Options, passphrase: Option<SecretString>) -> Result<Self, VaultError> {
        let phase = match DirLock::acquire(&opts.vault_dir) {
            Ok(lock) => Phase::Unlock(Unlock::new(lock)),
            Err(VaultError::NoVault(_)) => Phase::Wizard(Wizard::default()),
            Err(e) => return Err(e),
        };
        let last_input = opts.clock.instant();
        let mut app = Self {
            opts,
            phase,
            overlay: None,
            flash: None,
            jobs: Jobs::default(),
            quit: false,
            terminated: false,
            last_input,
            spin: 0,
            resume: None,
            kept: None,
            clear_screen: Cell::new(false),
            size: Cell::new((80, 24)),
            locked_purge: None,
            quit_after_purge: false,
            cursor: Cell::new(None),
            help_scroll: Cell::new((0, 0)),
        };
        if let Some(pass) = passphrase {
            app.with_gate(|screen, cx| {
                if let Some(unlock) = screen {
                    unlock.submit_given(age::secrecy::ExposeSecret::expose_secret(&pass), cx);
                }
            });
        }
        Ok(app)
    }

    /// Whether a purge's thread holds the vault (shown, or behind the lock screen).
    fn purge_running(&self) -> bool {
        matches!(self.phase, Phase::Purging(_)) || self.locked_purge.is_some()
    }

    /// Whether the window is smaller than the screens need.
    pub fn too_small(&self) -> bool {
        let (w, h) = self.size.get();
        w < MIN_SIZE.0 || h < MIN_SIZE.1
    }

    pub fn spinner(&self) -> &'static str {
        SPINNER[self.spin % SPINNER.len()]
    }

    pub fn session(&self) -> Option<&Session> {
        match &self.phase {
            Phase::Open(s) => Some(s),
            _ => None,
        }
    }

    /// Whether a key typed now would go into a text field.
    fn text_focus(&self) -> bool {
        match &self.phase {
            Phase::Open(s) => s.top().is_some_and(|t| t.text_focus()),
            _ => true,
        }
    }

    /// The screen of the locked phase (wizard or unlock), if that is the phase.
    pub fn gate_screen(&self) -> Option<&dyn for<'a> AnyScreen<Gate<'a>>> {
        match &self.phase {
            Phase::Wizard(w) => Some(w),
            Phase::Unlock(u) => Some(u),
            Phase::Open(_) | Phase::Purging(_) => None,
        }
    }

    /// Runs `f` on the locked phase's screen with its context (the unlock screen is
    /// also handed as itself, for a passphrase given on start); opens the session if
    /// the screen opened a vault.
    fn with_gate<T>(&mut self, f: impl FnOnce(Option<&mut Unlock>, &mut Gate) -> T) -> Option<T> {
        let mut opened: Option<Opened> = None;
        let out = {
            let mut cx = Gate {
                jobs: self.jobs.for_owner(Owner::GATE),
                vault_dir: &self.opts.vault_dir,
                work_factor: self.opts.kdf_work_factor,
                opened: &mut opened,
            };
            match &mut self.phase {
                Phase::Unlock(u) => f(Some(u), &mut cx),
                Phase::Wizard(_) => f(None, &mut cx),
                Phase::Open(_) | Phase::Purging(_) => return None,
            }
        };
        if let Some(opened) = opened {
            self.open(opened.vault, opened.created);
        }
        Some(out)
    }

    /// Like [`Self::with_gate`], for whichever screen the locked phase shows.
    fn on_gate<T>(&mut self, f: impl FnOnce(&mut dyn for<'a> AnyScreen<Gate<'a>>, &mut Gate) -> T) {
        let mut opened: Option<Opened> = None;
        {
            let mut cx = Gate {
                jobs: self.jobs.for_owner(Owner::GATE),
                vault_dir: &self.opts.vault_dir,
                work_factor: self.opts.kdf_work_factor,
                opened: &mut opened,
            };
            match &mut self.phase {
                Phase::Unlock(u) => {
                    f(u, &mut cx);
                }
                Phase::Wizard(w) => {
                    f(w, &mut cx);
                }
                Phase::Open(_) | Phase::Purging(_) => return,
            }
        }
        if let Some(opened) = opened {
            self.open(opened.vault, opened.created);
        }
    }

    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Key(key) if key.kind == KeyEventKind::Press => {
                self.last_input = self.opts.clock.instant();
                self.on_key(key);
            }
            Msg::Key(_) | Msg::Resize => {}
            Msg::Paste(text) => {
                self.last_input = self.opts.clock.instant();
                self.on_paste(&text);
            }
            Msg::Tick(now) => {
                if self.jobs.busy() {
                    self.spin = self.spin.wrapping_add(1);
                }
                let idle = now.saturating_duration_since(self.last_input);
                if matches!(self.phase, Phase::Open(_))
                    && self.opts.lock_after.is_some_and(|after| idle >= after)
                {
                    let limit = self.opts.lock_after.map_or_else(String::new, idle_limit);
                    self.lock(t!("lock-idle", limit = limit));
                }
            }
            Msg::Job(done) => self.on_job(done),
            Msg::Terminate => {
                self.terminated = true;
                if self.purge_running() {
                    self.quit_after_purge = true;
                } else {
                    self.quit = true;
                }
            }
        }
    }

    fn on_key(&mut self, key: KeyEvent) {
        let open = matches!(self.phase, Phase::Open(_));
        let global = keys::action(keys::GLOBAL, key);
        if matches!(self.phase, Phase::Purging(_)) {
            match global {
                Some(Global::Quit) => self.request_quit(),
                Some(Global::Lock) => self.lock_while_purging(t!("lock-key")),
                // The screens wait for the vault; a key for them would be lost.
                _ => {}
            }
            return;
        }
        match global {
            Some(Global::Quit) => return self.request_quit(),
            Some(Global::Lock) => {
                if open {
                    self.lock(t!("lock-key"));
                }
                return;
            }
            _ => {}
        }
        // Keys typed into a form one cannot see would land in it unseen.
        if self.too_small() {
            return;
        }
        match &self.overlay {
            Some(Overlay::ConfirmQuit(_)) => {
                match keys::action(keys::CONFIRM_QUIT, key) {
                    Some(QuitAnswer::Quit) => self.quit = true,
                    Some(QuitAnswer::Back) => self.overlay = None,
                    None => {}
                }
                return;
            }
            Some(Overlay::Help) => {
                let (at, hidden) = self.help_scroll.get();
                let page = self.size.get().1.saturating_sub(6).max(1);
                let at = match keys::action(keys::HELP_SCROLL, key) {
                    Some(keys::HelpKey::Close) => {
                        self.overlay = None;
                        0
                    }
                    Some(keys::HelpKey::Up) => at.saturating_sub(1),
                    Some(keys::HelpKey::Down) => at.saturating_add(1).min(hidden),
                    Some(keys::HelpKey::PageUp) => at.saturating_sub(page),
                    Some(keys::HelpKey::PageDown) => at.saturating_add(page).min(hidden),
                    None => at,
                };
                self.help_scroll.set((at, hidden));
                return;
            }
            None => {}
        }
        match global {
            // `?` is a character in a text field.
            Some(Global::Help) if key.code == KeyCode::F(1) || !self.text_focus() => {
                self.overlay = Some(Overlay::Help);
                self.help_scroll.set((0, 0));
                return;
            }
            Some(Global::Privacy) if open => return self.toggle_privacy(),
            _ => {}
        }
        match &mut self.phase {
            Phase::Open(session) => {
                session.handle_key(key, &mut self.jobs, &mut self.flash);
                self.run_effect();
            }
            _ => self.on_gate(|screen, cx| {
                screen.handle_key(key, cx);
            }),
        }
    }

    fn toggle_privacy(&mut self) {
        if let Phase::Open(session) = &mut self.phase {
            session.privacy = !session.privacy;
            self.flash = Some(Flash::info(if session.privacy {
                t!("privacy-on")
            } else {
                t!("privacy-off")
            }));
        }
    }

    fn on_paste(&mut self, text: &str) {
        if self.overlay.is_some() || self.too_small() {
            return;
        }
        match &mut self.phase {
            Phase::Open(session) => session.handle_paste(text, &mut self.jobs, &mut self.flash),
            _ => self.on_gate(|screen, cx| {
                screen.handle_paste(text, cx);
            }),
        }
    }

    fn request_quit(&mut self) {
        if self.purge_running() {
            self.quit_after_purge = true;
            self.flash = Some(Flash::info(t!("purge-quit-after")));
            return;
        }
        let unsaved = match &self.phase {
            Phase::Open(s) => s.screens().rev().find_map(|screen| screen.unsaved()),
            _ => None,
        };
        match unsaved {
            Some(what) if self.overlay.is_none() => self.overlay = Some(Overlay::ConfirmQuit(what)),
            _ => self.quit = true,
        }
    }

    /// Locks now: stops jobs that read the vault, drops the keys, the records held for
    /// browsing and every screen (with anything half typed), keeps the vault's lock.
    pub fn lock(&mut self, note: String) {
        let phase = std::mem::replace(&mut self.phase, Phase::Wizard(Wizard::default()));
        let Phase::Open(session) = phase else {
            self.phase = phase;
            return;
        };
        self.resume = session.resume_point().or(self.resume);
        self.kept = Some((session.privacy, session.paper_lines.clone()));
        self.jobs.stop_all();
        self.clear_screen.set(true);
        self.overlay = None;
        self.flash = None;
        self.phase = Phase::Unlock(Unlock::relocking(note));
        // Freeing every record held for browsing and closing the database take a moment
        // with 100k records: the screen clears first, and this finishes on a thread.
        let dir = self.opts.vault_dir.clone();
        self.jobs.spawn(Owner::GATE, move |_| {
            let (vault, stack, rows) = session.into_parts();
            drop(stack);
            drop(rows);
            let lock = match std::sync::Arc::try_unwrap(vault) {
                Ok(vault) => Some(vault.into_lock()),
                Err(shared) => {
                    drop(shared);
                    DirLock::acquire(&dir).ok()
                }
            };
            Relocked(lock)
        });
    }

    /// Locks while a purge has the vault: the screen clears and the unlock screen shows
    /// at once; the purge finishes on its thread (it is not stopped halfway), then its
    /// vault is closed and the lock handed to the unlock screen ([`Self::purge_done`]).
    fn lock_while_purging(&mut self, note: String) {
        let phase = std::mem::replace(&mut self.phase, Phase::Unlock(Unlock::relocking(note)));
        let Phase::Purging(purging) = phase else {
            self.phase = phase;
            return;
        };
        self.resume = purging.parked.resume_point().or(self.resume);
        self.kept = Some((purging.parked.privacy, purging.parked.paper_lines.clone()));
        self.locked_purge = Some(purging.parked);
        self.clear_screen.set(true);
        self.overlay = None;
        self.flash = None;
    }

    fn on_job(&mut self, done: JobDone) {
        if done.result.is::<PurgeDone>() {
            if let Ok(purged) = done.result.downcast::<PurgeDone>() {
                self.purge_done(purged.0);
            }
            return;
        }
        match &mut self.phase {
            Phase::Open(session) => {
                session.deliver(done, &mut self.jobs, &mut self.flash);
                self.run_effect();
            }
            _ if done.to == Owner::GATE => self.on_gate(|screen, cx| {
                screen.on_job(done.result, cx);
            }),
            _ => {}
        }
    }

    /// Does what a screen asked of the app, and gives it the result.
    fn run_effect(&mut self) {
        let Phase::Open(session) = &mut self.phase else {
            return;
        };
        let Some((owner, effect)) = session.effect.take() else {
            return;
        };
        match effect {
            Effect::PurgeAcknowledged(campaign) => self.purge(owner, campaign),
        }
    }

    /// Purges what the coordinator acknowledged, on a thread: the purge rewrites the
    /// database, which takes a while with many records, and the screen keeps turning
    /// meanwhile. It needs the vault to itself, so the jobs reading it are stopped first
    /// (what they were reading is read again when needed) and the screens wait
    /// ([`Phase::Purging`]) until [`Self::purge_done`].
    fn purge(&mut self, owner: Owner, campaign: CampaignId) {
        self.jobs.stop_all();
        let phase = std::mem::replace(&mut self.phase, Phase::Wizard(Wizard::default()));
        let Phase::Open(session) = phase else {
            self.phase = phase;
            return;
        };
        let (vault, parked) = session.park();
        match std::sync::Arc::try_unwrap(vault) {
            Err(shared) => {
                self.phase = Phase::Open(parked.resume(shared));
                if let Phase::Open(session) = &mut self.phase {
                    session.deliver_to(
                        owner,
                        Box::new(Purged::VaultBusy),
                        &mut self.jobs,
                        &mut self.flash,
                    );
                }
            }
            Ok(vault) => {
                let clock = self.opts.clock.clone();
                self.jobs.spawn(owner, move |_| {
                    PurgeDone(vault.purge_acknowledged(Some(campaign)).map(
                        |(mut vault, report)| {
                            vault.set_time(clock);
                            (vault, report)
                        },
                    ))
                });
                self.phase = Phase::Purging(Purging { parked, owner });
            }
        }
    }

    /// The purge's thread has finished: the screens get the new vault (what was held
    /// for browsing and counting is stale, so it is dropped) and the purge screen its
    /// report. If the vault was locked meanwhile, the unlock screen gets its lock.
    fn purge_done(&mut self, result: Result<(Vault, crate::vault::PurgeReport), VaultError>) {
        self.quit |= std::mem::take(&mut self.quit_after_purge);
        if let Some(parked) = self.locked_purge.take() {
            drop(parked);
            let lock = match result {
                Ok((vault, _)) => Some(vault.into_lock()),
                Err(e) => {
                    self.flash = Some(Flash::error(purge_stopped(&e)));
                    None
                }
            };
            self.on_gate(|screen, cx| {
                screen.on_job(Box::new(Relocked(lock)), cx);
            });
            return;
        }
        let phase = std::mem::replace(&mut self.phase, Phase::Wizard(Wizard::default()));
        let Phase::Purging(purging) = phase else {
            self.phase = phase;
            return;
        };
        match result {
            Ok((vault, report)) => {
                let mut session = purging.parked.resume(std::sync::Arc::new(vault));
                session.rows = super::rows::RowSet::default();
                session.counts.clear();
                self.phase = Phase::Open(session);
                if let Phase::Open(session) = &mut self.phase {
                    session.deliver_to(
                        purging.owner,
                        Box::new(Purged::Done(report)),
                        &mut self.jobs,
                        &mut self.flash,
                    );
                }
            }
            Err(e) => {
                // The vault is closed: what was purged (or not) is on disk, and the
                // next unlock finishes a rewrite that was under way.
                self.resume = purging.parked.resume_point().or(self.resume);
                self.clear_screen.set(true);
                self.overlay = None;
                self.flash = None;
                self.phase = Phase::Unlock(Unlock::after_failure(purge_stopped(&e)));
            }
        }
    }

    /// The vault is open: home, then (after `enter`, or after a lock) sheet entry.
    fn open(&mut self, mut vault: Vault, created: bool) {
        vault.set_time(self.opts.clock.clone());
        super::language::apply_kept(&vault);
        let converted = vault.conversion_note();
        let mut session = Session::new(vault);
        if let Some((privacy, paper_lines)) = self.kept.take() {
            session.privacy = privacy;
            session.paper_lines = paper_lines;
        }
        self.flash = converted.map(Flash::info);
        let entry = if created {
            None
        } else if let Some(start) = self.opts.start.take() {
            self.entry_route(&session, &start)
        } else {
            self.resume.take().and_then(|r| resumed_entry(&session, r))
        };
        let select = match &entry {
            Some(To::Entry { event, .. }) => Some(event.id),
            _ => None,
        };
        session.open(To::Home { select }, &mut self.jobs, &mut self.flash);
        if created {
            session.open(To::Setup {}, &mut self.jobs, &mut self.flash);
        } else if let Some(entry) = entry {
            session.open(entry, &mut self.jobs, &mut self.flash);
        }
        self.last_input = self.opts.clock.instant();
        self.phase = Phase::Open(session);
    }

    /// Sheet entry as `fieldsign enter` named it, or why not in the status line.
    fn entry_route(&mut self, session: &Session, start: &StartAt) -> Option<To> {
        let found = session
            .vault
            .resolve_campaign(Some(&start.campaign))
            .and_then(|campaign| {
                let event = session.vault.resolve_event(&campaign, &start.event)?;
                Ok((campaign, event))
            });
        match found {
            Ok((campaign, event)) => Some(To::Entry {
                campaign,
                event,
                sheet: start.sheet,
                blind: start.second_entry,
            }),
            Err(e) => {
                self.flash = Some(Flash::error(e.to_string()));
                None
            }
        }
    }

    /// Whether the event loop should wake up soon without input (spinner, idle lock).
    pub fn tick_interval(&self) -> Duration {
        if self.jobs.busy() {
            Duration::from_millis(100)
        } else {
            Duration::from_millis(500)
        }
    }
}

/// Why a purge stopped, and what to do (the vault is closed then).
fn purge_stopped(error: &VaultError) -> String {
    t!("purge-stopped", error = super::hints::describe(error))
}

/// The idle limit as a person set it: "5 s", "1 min", "2 min 30 s".
fn idle_limit(limit: Duration) -> String {
    let secs = limit.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => t!("duration-seconds", seconds = s),
        (m, 0) => t!("duration-minutes", minutes = m),
        (m, s) => t!("duration-minutes-seconds", minutes = m, seconds = s),
    }
}

/// Sheet entry where it was when the vault locked (if its event is still there).
fn resumed_entry(session: &Session, resume: Resume) -> Option<To> {
    let campaign = session.vault.campaign(resume.campaign).ok().flatten()?;
    let event = session.vault.event(resume.event).ok().flatten()?;
    Some(To::Entry {
        campaign,
        event,
        sheet: Some(resume.sheet),
        blind: resume.blind,
    })
}

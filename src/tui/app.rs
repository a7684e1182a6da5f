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
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Position;

use super::entry::Entry;
use super::home::Home;
use super::jobs::{JobDone, Jobs};
use super::rows::RowSet;
use super::session::{Flash, Resume, Screen, Session};
use super::theme::Theme;
use super::unlock::Unlock;
use super::wizard::{Setup, Wizard};
use crate::clock::Clock;
use crate::model::EventId;
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
}

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
    /// Where the terminal cursor goes; set while drawing.
    pub cursor: Cell<Option<Position>>,
}

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

impl App {
    /// Takes the vault's lock (refusing at once if another process holds it) and starts
    /// at the unlock screen, or at the wizard when there is no vault. With `passphrase`,
    /// the first unlock starts by itself.
    pub fn start(opts: Options, passphrase: Option<SecretString>) -> Result<Self, VaultError> {
        let phase = match DirLock::acquire(&opts.vault_dir) {
            Ok(lock) => Phase::Unlock(Unlock::new(Some(lock), None)),
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
            cursor: Cell::new(None),
        };
        if let (Some(pass), Phase::Unlock(unlock)) = (passphrase, &mut app.phase) {
            unlock
                .passphrase
                .paste(age::secrecy::ExposeSecret::expose_secret(&pass));
            unlock.submit(&mut app.jobs, &app.opts.vault_dir);
        }
        Ok(app)
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
            Phase::Open(s) => s.top().is_some_and(Screen::text_focus),
            _ => true,
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
                    self.lock(format!(
                        "Locked by itself after {limit} without a key press. Unlock to go on where you were."
                    ));
                }
            }
            Msg::Job(done) => self.on_job(done),
            Msg::Terminate => {
                self.terminated = true;
                self.quit = true;
            }
        }
    }

    fn on_key(&mut self, key: KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && matches!(key.code, KeyCode::Char('q' | 'c')) {
            self.request_quit();
            return;
        }
        if ctrl && key.code == KeyCode::Char('l') {
            if matches!(self.phase, Phase::Open(_)) {
                self.lock("Locked (Ctrl-L). Unlock to go on where you were.".into());
            }
            return;
        }
        // Keys typed into a form one cannot see would land in it unseen.
        if self.too_small() {
            return;
        }
        match &self.overlay {
            Some(Overlay::ConfirmQuit(_)) => {
                match key.code {
                    KeyCode::Char('y' | 'Y') => self.quit = true,
                    KeyCode::Char('n' | 'N') | KeyCode::Esc => self.overlay = None,
                    _ => {}
                }
                return;
            }
            Some(Overlay::Help) => {
                if matches!(
                    key.code,
                    KeyCode::Esc | KeyCode::F(1) | KeyCode::Char('?' | 'q')
                ) {
                    self.overlay = None;
                }
                return;
            }
            None => {}
        }
        if key.code == KeyCode::F(1) || (key.code == KeyCode::Char('?') && !self.text_focus()) {
            self.overlay = Some(Overlay::Help);
            return;
        }
        let dir = self.opts.vault_dir.clone();
        match &mut self.phase {
            Phase::Wizard(w) => w.handle_key(key, &mut self.jobs, &dir, self.opts.kdf_work_factor),
            Phase::Unlock(u) => u.handle_key(key, &mut self.jobs, &dir),
            Phase::Open(session) => {
                if ctrl && key.code == KeyCode::Char('p') {
                    session.privacy = !session.privacy;
                    self.flash = Some(Flash::info(if session.privacy {
                        "Privacy mode on: earlier entries' personal fields are hidden. Ctrl-P shows them."
                    } else {
                        "Privacy mode off."
                    }));
                    return;
                }
                session.handle_key(key, &mut self.jobs, &mut self.flash);
            }
        }
    }

    fn on_paste(&mut self, text: &str) {
        if self.overlay.is_some() || self.too_small() {
            return;
        }
        match &mut self.phase {
            Phase::Wizard(w) => {
                if w.focus == 0 {
                    w.first.paste(text);
                } else {
                    w.second.paste(text);
                }
            }
            Phase::Unlock(u) => u.passphrase.paste(text),
            Phase::Open(session) => session.handle_paste(text, &mut self.jobs, &mut self.flash),
        }
    }

    fn request_quit(&mut self) {
        let unsaved = match &self.phase {
            Phase::Open(s) => s.stack.iter().rev().find_map(Screen::unsaved),
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
        let mut unlock = Unlock::new(None, Some(note));
        unlock.relocking = true;
        self.phase = Phase::Unlock(unlock);
        // Freeing every record held for browsing and closing the database take a moment
        // with 100k records: the screen clears first, and this finishes on a thread.
        let dir = self.opts.vault_dir.clone();
        self.jobs.spawn(move |_| {
            let Session {
                vault, stack, rows, ..
            } = session;
            drop(stack);
            drop(rows);
            let lock = match std::sync::Arc::try_unwrap(vault) {
                Ok(vault) => Some(vault.into_lock()),
                Err(shared) => {
                    drop(shared);
                    DirLock::acquire(&dir).ok()
                }
            };
            JobDone::Relocked(lock)
        });
    }

    fn on_job(&mut self, done: JobDone) {
        match done {
            JobDone::Unlocked(Ok(vault)) | JobDone::Created(Ok(vault)) => {
                let created = matches!(self.phase, Phase::Wizard(_));
                self.open(vault, created);
            }
            JobDone::Relocked(lock) => {
                if let Phase::Unlock(u) = &mut self.phase {
                    u.relocked(lock, &mut self.jobs, &self.opts.vault_dir);
                }
            }
            JobDone::Unlocked(Err(failed)) => {
                if let Phase::Unlock(u) = &mut self.phase {
                    u.failed(failed);
                }
            }
            JobDone::Created(Err(e)) => {
                if let Phase::Wizard(w) = &mut self.phase {
                    w.failed(&e);
                }
            }
            JobDone::Rows { campaign, result } => {
                let Phase::Open(session) = &mut self.phase else {
                    return;
                };
                match result {
                    Ok(Some(rows)) => {
                        session.rows = RowSet::new(campaign, rows);
                        for screen in &mut session.stack {
                            if let Screen::Browse(b) = screen
                                && b.campaign() == campaign
                            {
                                b.refresh(&session.rows);
                            }
                        }
                    }
                    Ok(None) => {}
                    Err(e) => self.flash = Some(Flash::error(e.to_string())),
                }
            }
            JobDone::Exported { campaign, result } => {
                if let Phase::Open(session) = &mut self.phase
                    && let Some(Screen::Export(e)) = session.stack.last_mut()
                    && e.campaign() == campaign
                {
                    e.built(result);
                }
            }
            JobDone::Imported { result } => {
                let Phase::Open(session) = &mut self.phase else {
                    return;
                };
                if result.is_ok() {
                    // What was held for browsing and counting is stale now.
                    session.rows = RowSet::default();
                    session.counts.clear();
                }
                if let Some(Screen::Import(i)) = session.stack.last_mut() {
                    i.imported(result);
                }
            }
            JobDone::History { record, result } => {
                let Phase::Open(session) = &mut self.phase else {
                    return;
                };
                match result {
                    Ok(ops) => {
                        if let Some(Screen::Record(r)) = session.stack.last_mut()
                            && r.id() == record
                        {
                            r.history_loaded(ops);
                        }
                    }
                    Err(e) => self.flash = Some(Flash::error(e.to_string())),
                }
            }
        }
    }

    /// The vault is open: home, then (after `enter`, or after a lock) sheet entry.
    fn open(&mut self, mut vault: Vault, created: bool) {
        vault.set_time(self.opts.clock.clone());
        let converted = vault.conversion_note();
        let mut session = Session::new(vault);
        if let Some((privacy, paper_lines)) = self.kept.take() {
            session.privacy = privacy;
            session.paper_lines = paper_lines;
        }
        self.flash = converted.map(super::session::Flash::info);
        let home = session.with_cx(&mut self.jobs, &mut self.flash, Home::new);
        session.stack.push(Screen::Home(home));
        if created {
            session.stack.push(Screen::Setup(Setup::default()));
        } else if let Some(start) = self.opts.start.take() {
            self.open_entry(&mut session, &start);
        } else if let Some(resume) = self.resume.take() {
            let entry = session.with_cx(&mut self.jobs, &mut self.flash, |cx| {
                let campaign = cx.vault.campaign(resume.campaign).ok().flatten()?;
                let event = cx.vault.event(resume.event).ok().flatten()?;
                Entry::new(cx, campaign, event, Some(resume.sheet)).ok()
            });
            if let Some(entry) = entry {
                session.stack.push(Screen::Entry(entry));
            }
        }
        if let Some(resume) = session.resume_point()
            && let Some(Screen::Home(home)) = session.stack.first_mut()
        {
            home.select_event(resume.event);
        }
        self.last_input = self.opts.clock.instant();
        self.phase = Phase::Open(session);
    }

    fn open_entry(&mut self, session: &mut Session, start: &StartAt) {
        let result = session.with_cx(&mut self.jobs, &mut self.flash, |cx| {
            let campaign = cx.vault.resolve_campaign(Some(&start.campaign))?;
            let event = cx.vault.resolve_event(&campaign, &start.event)?;
            Entry::new(cx, campaign, event, start.sheet)
        });
        match result {
            Ok(entry) => session.stack.push(Screen::Entry(entry)),
            Err(e) => self.flash = Some(Flash::error(e.to_string())),
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

/// The idle limit as a person set it: "5 s", "1 min", "2 min 30 s".
fn idle_limit(limit: Duration) -> String {
    let secs = limit.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

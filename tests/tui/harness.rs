//! Drives the real TUI state and update loop on ratatui's `TestBackend` with key scripts,
//! against a real vault in a temporary folder.

#![allow(dead_code)] // each test binary uses a different subset

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fieldsign::clock::Clock;
use fieldsign::model::{Campaign, Event};
use fieldsign::tui::test_support::{Phase, event_loop};
use fieldsign::tui::{App, Msg, Options, Theme};
use fieldsign::vault::{CampaignDraft, Vault};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

pub const PASSPHRASE: &str = "correct horse battery staple";

/// The moment every test starts at: 2026-11-28 12:00 UTC, the date of the test event.
/// Tests never read the system's clock or calendar; they hand this one in and step it.
pub const T0: i64 = 1_795_867_200;

/// A clock standing at [`T0`] until a test advances it.
pub fn clock() -> Clock {
    Clock::fixed(T0)
}

pub struct Tui {
    pub root: TempDir,
    pub app: App,
    pub term: Terminal<TestBackend>,
}

/// A vault with one campaign ("Free them") and one event ("Vigil"), locked.
pub fn vault_with_event() -> (TempDir, Campaign, Event) {
    let root = tempfile::tempdir().expect("temp dir");
    let mut vault = Vault::create(
        &root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
        10,
    )
    .expect("create vault");
    vault.set_time(clock());
    let (campaign, _) = vault
        .create_campaign(CampaignDraft {
            title: "Free them".into(),
            ..CampaignDraft::default()
        })
        .expect("campaign");
    let event = vault
        .create_event(&campaign, "Vigil", "Athens", "2026-11-28")
        .expect("event");
    (root, campaign, event)
}

pub fn options(root: &TempDir) -> Options {
    let mut opts = Options::new(root.path().join("vault"));
    opts.kdf_work_factor = 10;
    opts.theme = Theme { color: false };
    opts.clock = clock();
    opts
}

impl Tui {
    pub fn start(root: TempDir, opts: Options, width: u16, height: u16) -> Self {
        let app = App::start(opts, None).expect("start app");
        let term = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        Self { root, app, term }
    }

    /// A vault with a campaign and an event, unlocked through the unlock screen.
    pub fn unlocked() -> Self {
        let (root, _, _) = vault_with_event();
        let opts = options(&root);
        let mut tui = Self::start(root, opts, 80, 24);
        tui.keys(PASSPHRASE);
        tui.keys("<enter>");
        assert!(matches!(tui.app.phase, Phase::Open(_)), "unlocked");
        tui
    }

    /// Sends a key script: literal text, with `<enter>`, `<tab>`, `<s-tab>`, `<esc>`,
    /// `<bs>`, `<up>`, `<down>`, `<space>`, `<f1>`, `<c-x>` (Ctrl+letter) for named keys.
    /// Waits for every job the keys start, as a person waits for the spinner.
    pub fn keys(&mut self, script: &str) {
        let mut rest = script;
        while let Some(c) = rest.chars().next() {
            if c == '<'
                && let Some(end) = rest.find('>')
            {
                let name = &rest[1..end];
                self.key(named(name));
                rest = &rest[end + 1..];
                continue;
            }
            self.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            rest = &rest[c.len_utf8()..];
        }
    }

    pub fn key(&mut self, key: KeyEvent) {
        self.app.update(Msg::Key(key));
        self.settle();
    }

    /// Processes finished jobs until none is running.
    pub fn settle(&mut self) {
        while self.app.jobs.busy() {
            match self.app.jobs.wait_next(Duration::from_secs(30)) {
                Some(done) => self.app.update(Msg::Job(done)),
                None => panic!("a job did not finish"),
            }
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&mut self) -> String {
        event_loop::draw(&mut self.term, &self.app).expect("draw");
        let buffer = self.term.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..buffer.area.width {
                // A wide character covers the next cell too; that cell is not text.
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol();
                skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
                line.push_str(symbol);
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.term.backend_mut().resize(width, height);
        self.app.update(Msg::Resize);
    }

    pub fn vault_dir(&self) -> std::path::PathBuf {
        self.root.path().join("vault")
    }
}

fn named(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "enter" => plain(KeyCode::Enter),
        "tab" => plain(KeyCode::Tab),
        "s-tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "esc" => plain(KeyCode::Esc),
        "bs" => plain(KeyCode::Backspace),
        "up" => plain(KeyCode::Up),
        "down" => plain(KeyCode::Down),
        "left" => plain(KeyCode::Left),
        "space" => plain(KeyCode::Char(' ')),
        "f1" => plain(KeyCode::F(1)),
        "f2" => plain(KeyCode::F(2)),
        "lt" => plain(KeyCode::Char('<')),
        other => match other.strip_prefix("c-") {
            Some(letter) => KeyEvent::new(
                KeyCode::Char(letter.chars().next().expect("a letter")),
                KeyModifiers::CONTROL,
            ),
            None => panic!("unknown key <{other}>"),
        },
    }
}

/// Snapshot settings that hide what changes between runs: ids, dates, times, paths.
pub fn redacted() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"\b[a-z2-7]{16}\b", "[id]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "[time]");
    settings.add_filter(r"\b\d{4}-\d{2}-\d{2}\b", "[date]");
    settings.add_filter(r"/tmp/\.tmp[A-Za-z0-9]+/vault", "[vault]");
    settings.add_filter(r"/[^ ]*/\.tmp[A-Za-z0-9]+/vault", "[vault]");
    settings.add_filter(r"/[^ ]*\.tmp[A-Za-z0-9]+", "[tmp]");
    settings.add_filter(r"\b[0-9a-f]{32}\b", "[fingerprint]");
    settings.add_filter(r"\b\d+ bytes\b", "[n] bytes");
    settings
}

pub fn plain(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn enter() -> KeyEvent {
    KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
}

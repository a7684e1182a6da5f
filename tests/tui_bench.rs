//! Keystroke-to-frame time of the TUI with 100k records in the vault: the real update
//! loop and a full frame drawn on ratatui's `TestBackend` (80×24), timed per key.
//! Not a test (it asserts nothing about time) and not in CI; run it with
//!
//! ```sh
//! cargo test --release --test tui_bench -- --ignored --nocapture
//! ```
//!
//! `FIELDSIGN_BENCH_RECORDS` changes the number of records (default 100000).
//! The figures go into docs/performance.md ("TUI").

#[path = "tui/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fieldsign::model::LineKind;
use fieldsign::tui::Msg;
use fieldsign::tui::test_support::event_loop;
use fieldsign::vault::{NewLine, Vault};
use harness::{PASSPHRASE, Tui, options, vault_with_event};

const NAMES: [&str; 6] = [
    "Олена Шевченко",
    "Σωκράτης Παπαδόπουλος",
    "अमित शर्मा",
    "محمد علي",
    "Zoë Ørsted",
    "José Núñez",
];

/// Milliseconds of each timed step, summarized.
struct Timings(Vec<Duration>);

#[allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)] // percentiles of a few hundred samples
impl Timings {
    fn report(mut self, what: &str) {
        self.0.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let n = self.0.len();
        let pick = |q: f64| self.0[((n as f64 - 1.0) * q).round() as usize];
        println!(
            "| {what} | {n} | {:.2} | {:.2} | {:.2} |",
            ms(pick(0.5)),
            ms(pick(0.99)),
            ms(self.0[n - 1])
        );
    }
}

/// Times one key: update (with any vault work it does) and drawing a full frame.
fn timed_key(tui: &mut Tui, key: KeyEvent) -> Duration {
    let start = Instant::now();
    tui.app.update(Msg::Key(key));
    event_loop::draw(&mut tui.term, &tui.app).expect("draw");
    start.elapsed()
}

fn char_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[allow(
    clippy::too_many_lines,
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)] // a benchmark script, top to bottom
#[test]
#[ignore = "benchmark: 100k records; run by hand (see the file's doc)"]
fn keystroke_to_frame_with_100k_records() {
    let count: u32 = std::env::var("FIELDSIGN_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let (root, campaign, event) = vault_with_event();
    let fill = Instant::now();
    {
        let vault =
            Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
        let per_sheet = 20;
        let mut batch = Vec::new();
        for i in 0..count {
            let name = format!("{} {i}", NAMES[i as usize % NAMES.len()]);
            batch.push(NewLine {
                event: Some(event.id),
                sheet: i / per_sheet + 1,
                line: i % per_sheet + 1,
                kind: LineKind::Signature,
                fields: BTreeMap::from([
                    ("name".to_owned(), name),
                    ("email".to_owned(), format!("signer{i}@example.org")),
                    ("city".to_owned(), "Αθήνα".to_owned()),
                ]),
            });
            if batch.len() == 1000 {
                vault
                    .add_many(&campaign, std::mem::take(&mut batch))
                    .expect("add");
            }
        }
        if !batch.is_empty() {
            vault.add_many(&campaign, batch).expect("add");
        }
    }
    println!(
        "filled {count} records in {:.1} s",
        fill.elapsed().as_secs_f64()
    );
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");

    println!("| step | keys | median ms | p99 ms | max ms |");
    println!("| --- | --- | --- | --- | --- |");
    // Home → sheet entry (reads the last sheet's tally and last line).
    let open_entry = timed_key(&mut tui, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    Timings(vec![open_entry]).report("open sheet entry (home → entry)");

    // Typing a name: each key edits, validates and probes for duplicates.
    let mut typing = Vec::new();
    let mut saves = Vec::new();
    for round in 0..20 {
        for c in format!("Ζωή Καρρά {round}").chars() {
            typing.push(timed_key(&mut tui, char_key(c)));
        }
        typing.push(timed_key(
            &mut tui,
            KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
        ));
        for c in format!("zoe{round}@example.org").chars() {
            typing.push(timed_key(&mut tui, char_key(c)));
        }
        saves.push(timed_key(
            &mut tui,
            KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
        ));
    }
    Timings(typing).report("type in sheet entry (per key)");
    Timings(saves).report("Enter: durable save + next line");

    // Browse: reading every record into memory runs off the UI thread.
    let start = Instant::now();
    tui.app.update(Msg::Key(KeyEvent::new(
        KeyCode::Char('b'),
        KeyModifiers::CONTROL,
    )));
    event_loop::draw(&mut tui.term, &tui.app).expect("draw");
    let first_frame = start.elapsed();
    tui.settle();
    let loaded = start.elapsed();
    Timings(vec![first_frame]).report("open browse: first frame (records still loading)");
    Timings(vec![loaded]).report("open browse: all records in memory (background job)");
    let mut search = Vec::new();
    for _ in 0..5 {
        for c in "ολενα 4".chars() {
            search.push(timed_key(&mut tui, char_key(c)));
        }
        for _ in 0..7 {
            search.push(timed_key(
                &mut tui,
                KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
            ));
        }
    }
    Timings(search).report("search as you type over all records (per key)");
    let mut scroll = Vec::new();
    for _ in 0..200 {
        scroll.push(timed_key(
            &mut tui,
            KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
        ));
    }
    for _ in 0..200 {
        scroll.push(timed_key(
            &mut tui,
            KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
        ));
    }
    Timings(scroll).report("scroll the list (PgDn / ↓)");
    let mut sort = Vec::new();
    for _ in 0..6 {
        sort.push(timed_key(
            &mut tui,
            KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL),
        ));
    }
    Timings(sort).report("re-sort (Ctrl-O)");
    let back = timed_key(&mut tui, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    let home = timed_key(&mut tui, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    Timings(vec![back]).report("Esc back to entry");
    Timings(vec![home]).report("Esc back to home (line counts kept up to date)");

    // The coordinator's dashboard: from the counts the vault keeps, not the records.
    let dashboard = timed_key(&mut tui, char_key('d'));
    assert!(
        tui.screen().contains(&format!("{} signatures", count + 20)),
        "the dashboard did not open:\n{}",
        tui.screen()
    );
    let mut recount = Vec::new();
    for _ in 0..3 {
        recount.push(timed_key(&mut tui, char_key('r')));
    }
    Timings(vec![dashboard]).report("d: the dashboard opened from home (counted, drawn)");
    Timings(recount).report("r on the dashboard: counted again and drawn");
    timed_key(&mut tui, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));

    let start = Instant::now();
    let lock = timed_key(
        &mut tui,
        KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL),
    );
    tui.settle();
    let closed = start.elapsed();
    Timings(vec![lock]).report("Ctrl-L panic lock: unlock screen drawn");
    Timings(vec![closed]).report("Ctrl-L: records freed, keys wiped, database closed");
}

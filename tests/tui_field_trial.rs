//! The field trial's findings (issue 11), each replayed through the door the person used:
//! key scripts on the real TUI (`TestBackend`, tests/tui/harness.rs) against a real vault,
//! on a clock the test holds (never the system's clock or calendar).

#[path = "tui/harness.rs"]
mod harness;

use std::time::Duration;

use fieldsign::tui::test_support::Phase;
use fieldsign::tui::{Msg, StartAt};
use fieldsign::vault::{ListFilter, Vault};
use harness::{PASSPHRASE, Tui, options, vault_with_event};

/// Bug 11: the inline event's date is the clock's today, not the calendar's: a year on
/// the clock, a year on the date, and the snapshot tests stay green on any day.
#[test]
fn the_new_event_form_proposes_the_clocks_date() {
    let mut tui = Tui::unlocked();
    tui.keys("n");
    assert!(tui.screen().contains("2026-11-28"), "{}", tui.screen());
    tui.keys("<esc>");
    tui.app
        .opts
        .clock
        .advance(Duration::from_secs(365 * 86_400));
    tui.keys("n");
    let screen = tui.screen();
    assert!(screen.contains("2027-11-28"), "{screen}");
}

/// Bug 3: the idle lock names the limit that was set, in seconds when under a minute.
#[test]
fn the_idle_lock_message_states_the_real_limit() {
    for (limit, said) in [(5, "5 s"), (60, "1 min"), (150, "2 min 30 s")] {
        let (root, _, _) = vault_with_event();
        let mut opts = options(&root);
        opts.lock_after = Some(Duration::from_secs(limit));
        let mut tui = Tui::start(root, opts, 80, 24);
        tui.keys(PASSPHRASE);
        tui.keys("<enter>");
        let clock = tui.app.opts.clock.clone();
        clock.advance(Duration::from_secs(limit - 1));
        tui.app.update(Msg::Tick(clock.instant()));
        assert!(
            matches!(tui.app.phase, Phase::Open(_)),
            "not yet at {limit}"
        );
        clock.advance(Duration::from_secs(1));
        tui.app.update(Msg::Tick(clock.instant()));
        assert!(
            matches!(tui.app.phase, Phase::Unlock(_)),
            "locked at {limit}"
        );
        let screen = tui.screen();
        assert!(
            screen.contains(&format!("Locked by itself after {said} without")),
            "{screen}"
        );
    }
}

/// The status line's message, checked to be on the screen (its start: a long one wraps).
fn status(tui: &mut Tui) -> String {
    let text = tui
        .app
        .flash
        .as_ref()
        .map(|f| f.text.clone())
        .unwrap_or_default();
    let screen = tui.screen();
    let start: String = text.chars().take(40).collect();
    assert!(
        screen.contains(&start),
        "{start:?} not on the screen:\n{screen}"
    );
    text
}

/// The vault's records as (sheet, line, name), read after the TUI let go of it.
fn stored(tui: Tui) -> Vec<(u32, u32, String)> {
    let dir = tui.vault_dir();
    let Tui { root, app, .. } = tui;
    drop(app);
    let vault = Vault::open(&dir, &PASSPHRASE.to_owned().into()).expect("open");
    let campaign = vault.resolve_campaign(None).expect("campaign");
    let out = vault
        .records(
            campaign.id,
            ListFilter {
                event: None,
                include_void: true,
            },
        )
        .expect("records")
        .into_iter()
        .map(|r| {
            let o = r.origin.clone().expect("origin");
            (o.sheet, o.line, r.value("name").unwrap_or("").to_owned())
        })
        .collect();
    drop(root);
    out
}

/// Bug 5: Ctrl-T back to a typed line, then Enter: a warning first, Enter again saves a
/// second entry, Esc goes back; a line beyond the sheet's lines warns too.
#[test]
fn a_paper_line_typed_twice_or_beyond_the_sheet_warns_before_saving() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>Олена<enter>Σωκράτης<enter>");
    // Sheet setup: next line 1 again.
    tui.keys("<c-t><s-tab><c-u>1<enter>");
    tui.keys("Zoë<enter>");
    assert_eq!(
        status(&mut tui),
        "Sheet 1 line 1 is already typed: Enter again saves a second entry, Esc goes back."
    );
    tui.keys("<esc>");
    assert!(
        status(&mut tui).starts_with("Not saved."),
        "{}",
        tui.screen()
    );
    tui.keys("<enter>");
    assert!(status(&mut tui).contains("already typed"));
    tui.keys("<enter>");
    assert!(status(&mut tui).starts_with("✓ Saved sheet 1 line 1"));
    // Ctrl-X on a typed line asks too, and only Ctrl-X again confirms it.
    tui.keys("<c-t><s-tab><c-u>2<enter><c-x>");
    assert!(status(&mut tui).contains("Ctrl-X again saves a second entry"));
    tui.keys("<c-x>");
    assert!(status(&mut tui).contains("as illegible"));
    // Two lines per paper sheet; line 3 is beyond it.
    tui.keys("<c-t><s-tab><c-u>3<tab><c-u>2<enter>Ada<enter>");
    assert_eq!(
        status(&mut tui),
        "Line 3 is beyond the 2 lines of a paper sheet: Enter again saves it, Esc goes back (Ctrl-T changes the sheet's setup)."
    );
    tui.keys("<enter>");
    assert!(status(&mut tui).starts_with("✓ Saved sheet 1 line 3"));
    // Two records of one line come in id order (random): compare sorted.
    let mut records = stored(tui);
    records.sort();
    assert_eq!(
        records,
        [
            (1, 1, "Zoë".to_owned()),
            (1, 1, "Олена".to_owned()),
            (1, 2, String::new()),
            (1, 2, "Σωκράτης".to_owned()),
            (1, 3, "Ada".to_owned()),
        ]
    );
}

/// A vault with two events, "Vigil" (2026-11-28) and "Rally" (2026-11-29), locked.
fn two_events() -> tempfile::TempDir {
    let (root, campaign, _) = vault_with_event();
    let mut vault =
        Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
    vault.set_time(harness::clock());
    vault
        .create_event(&campaign, "Rally", "Λάρισα", "2026-11-29")
        .expect("event");
    root
}

/// Bug 8: Esc from sheet entry comes back to home with the event that was typed still
/// chosen, so Enter reopens that one; also when sheet entry was opened by `enter`.
#[test]
fn esc_from_sheet_entry_keeps_the_event_chosen_on_home() {
    let root = two_events();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><down><enter>");
    assert!(
        tui.screen().contains("Free them › Rally"),
        "{}",
        tui.screen()
    );
    tui.keys("<esc><enter>");
    assert!(
        tui.screen().contains("Free them › Rally"),
        "{}",
        tui.screen()
    );

    let root = two_events();
    let mut opts = options(&root);
    opts.start = Some(StartAt {
        campaign: "Free them".into(),
        event: "Rally".into(),
        sheet: None,
        second_entry: false,
    });
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(
        tui.screen().contains("Free them › Rally"),
        "{}",
        tui.screen()
    );
    tui.keys("<esc>");
    assert!(tui.screen().contains("▸   Rally"), "{}", tui.screen());
    tui.keys("<enter>");
    assert!(
        tui.screen().contains("Free them › Rally"),
        "{}",
        tui.screen()
    );
}

/// Bug 10: a lock keeps privacy mode and the lines per sheet; the lines per sheet are
/// stored with the event, so they also hold after quitting and starting again.
#[test]
fn a_lock_and_a_restart_keep_privacy_mode_and_lines_per_sheet() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter><c-t><c-u>12<enter>Олена<enter><c-p>");
    assert!(tui.screen().contains("1 of 12 lines typed"));
    assert!(tui.screen().contains("(privacy mode)"));
    tui.keys("<c-l>");
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    let screen = tui.screen();
    assert!(screen.contains("1 of 12 lines typed"), "{screen}");
    assert!(screen.contains("(privacy mode)"), "{screen}");
    assert!(!screen.contains("Олена"), "{screen}");

    // Quit and start again: the event remembers its sheets' size.
    let Tui { root, app, .. } = tui;
    drop(app);
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><enter>");
    let screen = tui.screen();
    assert!(screen.contains("1 of 12 lines typed"), "{screen}");
}

/// A copy of the checked-in organizer vault (after a receipt and a purge).
fn purged_fixture() -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("temp dir");
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/organizer");
    let to = root.path().join("vault");
    let mut stack = vec![(from, to)];
    while let Some((from, to)) = stack.pop() {
        std::fs::create_dir_all(&to).expect("mkdir");
        for entry in std::fs::read_dir(&from).expect("read fixture") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                stack.push((entry.path(), target));
            } else {
                std::fs::copy(entry.path(), target).expect("copy");
            }
        }
    }
    root
}

/// Bug 9: `a` on a purged record does not open the amend form (so the next key does
/// not land in it) and says why; `v` neither.
#[test]
fn amend_on_a_purged_record_says_why_and_opens_nothing() {
    let root = purged_fixture();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys("fixture passphrase v1<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)), "{}", tui.screen());
    tui.keys("b<enter>");
    let record = tui.screen();
    assert!(record.contains("sheet 1 line 1"), "{record}");
    assert!(record.contains("PURGED"), "{record}");
    tui.keys("a");
    assert!(
        status(&mut tui).starts_with("This record was delivered to the coordinator and purged"),
        "{}",
        tui.screen()
    );
    tui.keys("v");
    let screen = tui.screen();
    assert_eq!(
        screen.lines().filter(|l| l.contains("Reason")).count(),
        0,
        "{screen}"
    );
    assert!(
        screen.contains("a amend  v void"),
        "still the record view: {screen}"
    );
}

/// At 40×12 the screens do not fit: the TUI says what it needs, and typing lands
/// nowhere; quit and lock still work.
#[test]
fn a_window_too_small_says_so_and_ignores_keys_but_lock_and_quit() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    tui.resize(40, 12);
    let small = tui.screen();
    assert!(
        small.contains("Window too small (40×12; needs 60×16)"),
        "{small}"
    );
    tui.keys("Ada Lovelace<enter>");
    tui.resize(80, 24);
    let screen = tui.screen();
    assert!(!screen.contains("Ada"), "keys landed in the form: {screen}");
    assert!(
        screen.contains("Nothing saved on this sheet yet"),
        "{screen}"
    );
    tui.resize(40, 12);
    tui.screen();
    tui.keys("<c-l>");
    assert!(
        matches!(tui.app.phase, Phase::Unlock(_)),
        "Ctrl-L still locks"
    );
    tui.keys("<c-q>");
    assert!(tui.app.quit, "Ctrl-Q still quits");
}

/// A choice field shows its options while it has focus, also once typing has begun.
#[test]
fn a_choice_field_shows_its_options_while_focused() {
    let root = tempfile::tempdir().expect("temp dir");
    let vault = Vault::create(
        &root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
        10,
    )
    .expect("vault");
    let (campaign, _) = vault
        .create_campaign(fieldsign::vault::CampaignDraft {
            title: "Free them".into(),
            fields: vec!["team:choice=North|South".parse().expect("spec")],
            ..fieldsign::vault::CampaignDraft::default()
        })
        .expect("campaign");
    vault
        .create_event(&campaign, "Vigil", "", "2026-11-28")
        .expect("event");
    drop(vault);
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 100, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><enter><s-tab>");
    let screen = tui.screen();
    assert!(screen.contains("one of: North, South"), "{screen}");
    tui.keys("No");
    let screen = tui.screen();
    assert!(screen.contains("one of: North, South"), "{screen}");
}

/// On a coordinator's vault `x` does not speak of "your coordinator".
#[test]
fn export_on_a_coordinators_vault_says_what_the_bundle_is_for() {
    let mut tui = Tui::unlocked();
    tui.keys("x");
    let screen = tui.screen();
    assert!(screen.contains("you coordinate it"), "{screen}");
    assert!(!screen.contains("for your coordinator"), "{screen}");
}

/// Home shows this device's fingerprint (`identity show` cannot run while the TUI holds
/// the vault).
#[test]
fn home_shows_this_devices_fingerprint() {
    let tui = Tui::unlocked();
    let dir = tui.vault_dir();
    let mut tui = tui;
    let screen = tui.screen();
    let Tui { root, app, .. } = tui;
    drop(app);
    let vault = Vault::open(&dir, &PASSPHRASE.to_owned().into()).expect("open");
    assert!(
        screen.contains(&format!("This device: {}", vault.fingerprint())),
        "{screen}"
    );
    drop(root);
}

#[path = "common/mod.rs"]
mod common;

/// `i` on home imports the coordinator's receipt too: no CLI command to run while the
/// TUI holds the vault.
#[test]
fn a_receipt_imports_from_home_in_the_tui() {
    let x = common::Exchange::new();
    x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Olena")]);
    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        common::s(&bundle),
    ]);
    x.coord.ok(&["import", "bundle", common::s(&bundle)]);
    let fp = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let receipt = x.org.path("r.age");
    x.coord
        .ok(&["receipt", "--device", &fp, "--out", common::s(&receipt)]);
    let mut opts = fieldsign::tui::Options::new(x.org.vault.clone());
    opts.theme = fieldsign::tui::Theme { color: false };
    opts.clock = harness::clock();
    let mut tui = Tui::start(tempfile::tempdir().unwrap(), opts, 100, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>i");
    tui.keys(common::s(&receipt));
    tui.keys("<enter>");
    let screen = tui.screen();
    assert!(
        screen.contains("receipt from the coordinator of"),
        "{screen}"
    );
    assert!(screen.contains("1 operation newly"), "{screen}");
}

/// Issue 11: TUI messages told the person to run commands that cannot run while the TUI
/// holds the vault. Inside the TUI an error says what to do here (a key), or, when only
/// the command line can do it, to quit first.
#[test]
fn import_refusals_say_what_to_do_inside_the_tui() {
    let x = common::Exchange::new();
    x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Olena")]);
    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        common::s(&bundle),
    ]);
    let mut opts = fieldsign::tui::Options::new(x.org.vault.clone());
    opts.theme = fieldsign::tui::Theme { color: false };
    opts.clock = harness::clock();
    let mut tui = Tui::start(tempfile::tempdir().unwrap(), opts, 100, 30);
    tui.keys(PASSPHRASE);
    // A campaign file picked on the import screen: join it from home.
    tui.keys("<enter>i");
    tui.keys(common::s(&x.coord.path("campaign.fieldsign")));
    tui.keys("<enter>");
    // As read: the rows joined (the message wraps).
    let screen = tui
        .screen()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        screen.contains("join the campaign with it instead (on home, j joins a campaign file)"),
        "{screen}"
    );
    // The organizer's own bundle is for the coordinator: another identity is the
    // command line's, after quitting.
    tui.keys("<esc>i");
    tui.keys(common::s(&bundle));
    tui.keys("<enter>");
    let screen = tui
        .screen()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains("not encrypted to this vault"), "{screen}");
    assert!(
        screen.contains("to open it with another identity file, quit, then run"),
        "{screen}"
    );
    assert!(screen.contains("Nothing was changed."), "{screen}");
}

/// Issue 11: "File prompts have no Tab completion of paths." On the import screen (and
/// home's join prompt, which uses the same completion), Tab completes the file name
/// typed so far, and says which names fit when several do.
#[test]
fn tab_completes_a_file_path_typed_on_the_import_screen() {
    let mut tui = Tui::unlocked();
    let dir = tui.root.path().join("usb stick");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("receipt-olena.age"), b"x").unwrap();
    std::fs::write(dir.join("bundle-ana.age"), b"x").unwrap();
    std::fs::write(dir.join("bundle-bo.age"), b"x").unwrap();
    let typed = format!("{}/rec", dir.display());
    tui.keys("i");
    tui.keys(&typed);
    tui.keys("<tab>");
    let screen = tui.screen();
    let whole = format!("{}/receipt-olena.age", dir.display());
    assert!(screen.contains(&whole), "{screen}");
    // Two names fit: completed as far as they agree, and both named.
    tui.keys("<c-u>");
    tui.keys(&format!("{}/b", dir.display()));
    tui.keys("<tab>");
    let screen = tui.screen();
    assert!(
        screen.contains(&format!("{}/bundle-", dir.display())),
        "{screen}"
    );
    assert!(
        screen.contains("2 names fit: bundle-ana.age, bundle-bo.age"),
        "{screen}"
    );
}

/// Bug 11: no test may depend on the wall clock or the calendar. Every test that starts
/// the TUI in-process hands it a fixed clock (`Options::clock`; `Options::new` alone is
/// the system's), and no test asks for the system clock by name. (Tests that run the
/// binary assert no dates; `crash.rs` reads the time only as a random seed.)
#[test]
fn every_tui_test_hands_the_app_a_fixed_clock() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for sub in [dir.clone(), dir.join("tui")] {
        for entry in std::fs::read_dir(&sub).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 30, "found only {} test files", files.len());
    // Spelled in pieces, so this file's own needles are not found in it.
    let (start, open, clock, system) = (
        concat!("Options", "::new("),
        concat!("OpenOptions", "::new("),
        concat!(".clock", " = "),
        concat!("Clock::", "system"),
    );
    let mut findings = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let name = file.strip_prefix(&dir).unwrap().display().to_string();
        let started = code.matches(start).count() - code.matches(open).count();
        let clocked = code.matches(clock).count();
        if started > clocked {
            findings.push(format!(
                "{name}: {started} TUI Options::new, {clocked} with a clock"
            ));
        }
        if code.contains(system) {
            findings.push(format!("{name}: asks for the system clock"));
        }
    }
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

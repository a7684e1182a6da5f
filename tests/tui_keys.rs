//! Every screen's footer and F1 help come from its key table, and every key they list
//! does something: for each screen (and mode, and overlay) the footer is drawn from the
//! table, the help lists each binding, and each key of each binding, pressed on a fresh
//! copy of that screen, changes what the person sees (the screen, the cursor, the
//! phase, or quits). A key no table lists changes nothing.

mod common;
#[path = "tui/harness.rs"]
mod harness;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fieldsign::model::LineKind;
use fieldsign::tui::Msg;
use fieldsign::tui::test_support::keys::{self, Key, Shown};
use fieldsign::tui::test_support::{Overlay, Phase};
use fieldsign::vault::{NewLine, Vault};
use harness::{PASSPHRASE, Tui, options, vault_with_event};

/// What a person can see: the screen, where the cursor is, which phase, whether the
/// app is quitting.
fn seen(tui: &mut Tui) -> (String, Option<(u16, u16)>, &'static str, bool) {
    let screen = tui.screen();
    let cursor = tui.app.cursor.get().map(|p| (p.x, p.y));
    let phase = match tui.app.phase {
        Phase::Wizard(_) => "wizard",
        Phase::Unlock(_) => "unlock",
        Phase::Open(_) => "open",
        Phase::Purging(_) => "purging",
    };
    (screen, cursor, phase, tui.app.quit)
}

/// The keys the person is offered now: the overlay's, or the screen's.
fn offered(tui: &Tui) -> Vec<Shown> {
    match &tui.app.overlay {
        Some(Overlay::ConfirmQuit(_)) => keys::shown(keys::CONFIRM_QUIT),
        Some(Overlay::Help) => keys::shown(keys::HELP_OVERLAY),
        None => match tui.app.gate_screen() {
            Some(gate) => gate.keys(),
            None => tui
                .app
                .session()
                .and_then(|s| s.top())
                .map(|top| top.keys())
                .unwrap_or_default(),
        },
    }
}

/// A copy of a vault with three lines typed on sheet 1 of the event (made once: each
/// key gets a fresh copy).
fn vault_with_lines() -> tempfile::TempDir {
    static TEMPLATE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(make_vault_with_lines);
    let root = tempfile::tempdir().unwrap();
    copy_dir(template.path(), root.path());
    root
}

fn make_vault_with_lines() -> tempfile::TempDir {
    let (root, campaign, event) = vault_with_event();
    let vault = Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).unwrap();
    for (line, name) in [(1, "Olena"), (2, "José"), (3, "अमित")] {
        vault
            .add(
                &campaign,
                NewLine {
                    event: Some(event.id),
                    sheet: 1,
                    line,
                    kind: LineKind::Signature,
                    fields: [("name".to_owned(), name.to_owned())].into(),
                },
            )
            .unwrap();
    }
    root
}

fn unlocked_with(root: tempfile::TempDir, script: &str) -> Tui {
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 100, 30);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    tui.keys(script);
    tui
}

/// An organizer's folder (`vault/` and the coordinator's receipt `r.age`) after
/// delivering two lines, made once for the whole test binary.
fn delivered_folder() -> &'static std::path::Path {
    static FOLDER: std::sync::OnceLock<(common::Exchange, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    let (x, _) = FOLDER.get_or_init(common::Exchange::delivered);
    x.org.root.path()
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Each state a screen can be in, and how to get there.
fn states() -> Vec<(&'static str, Box<dyn Fn() -> Tui>)> {
    let at = |script: &'static str| -> Box<dyn Fn() -> Tui> {
        Box::new(move || unlocked_with(vault_with_lines(), script))
    };
    let mut states: Vec<(&'static str, Box<dyn Fn() -> Tui>)> = vec![
        (
            "wizard",
            Box::new(|| {
                let root = tempfile::tempdir().unwrap();
                let opts = options(&root);
                Tui::start(root, opts, 100, 30)
            }),
        ),
        (
            "setup",
            Box::new(|| {
                let root = tempfile::tempdir().unwrap();
                let opts = options(&root);
                let mut tui = Tui::start(root, opts, 100, 30);
                tui.keys("a long passphrase<enter>a long passphrase<enter>");
                tui
            }),
        ),
        (
            "unlock",
            Box::new(|| {
                let root = vault_with_lines();
                let opts = options(&root);
                Tui::start(root, opts, 100, 30)
            }),
        ),
        ("home", at("")),
        ("home: join prompt", at("j")),
        ("home: create prompt", at("c")),
        ("home: new event", at("n")),
        ("help overlay", at("<f1>")),
        ("sheet entry", at("<enter>")),
        ("sheet entry: setup", at("<enter><c-t>")),
        ("sheet entry: blind second entry", at("v")),
        ("sheet entry: blind, setup", at("v<c-t>")),
        ("quit dialog", at("<enter>Ada<c-q>")),
        ("browse", at("b<down>")),
        ("record", at("b<enter>")),
        ("record: amend", at("b<enter>a")),
        ("record: void", at("b<enter>v")),
        ("import", at("i")),
        ("petition text", at("t")),
        ("sheet entry: petition text", at("<enter>Ada<f2>")),
    ];
    for (name, script) in [("import: after a receipt", "i"), ("purge: asking", "i")] {
        states.push((
            name,
            Box::new(move || {
                // A copy of one delivered organizer's folder: the exchange through the
                // CLI is the slow part, and each key gets a fresh vault.
                let root = tempfile::tempdir().unwrap();
                copy_dir(delivered_folder(), root.path());
                let receipt = root.path().join("r.age");
                let mut opts = fieldsign::tui::Options::new(root.path().join("vault"));
                opts.theme = fieldsign::tui::Theme { color: false };
                opts.clock = harness::clock();
                let mut tui = Tui::start(root, opts, 100, 30);
                tui.keys(PASSPHRASE);
                tui.keys("<enter>");
                tui.keys(script);
                tui.keys(common::s(&receipt));
                tui.keys("<enter>");
                if name.starts_with("purge") {
                    tui.keys("<c-d>");
                }
                tui
            }),
        ));
    }
    states.push((
        "export",
        Box::new(|| {
            let root = vault_with_lines();
            let out = root.path().join("out.age");
            let mut tui = unlocked_with(root, "x<c-u>");
            tui.keys(out.to_str().unwrap());
            tui
        }),
    ));
    states
}

/// The rendered footer (last row) holds the table's footer entries in order, as many
/// as fit.
fn check_footer(name: &str, screen: &str, offered: &[Shown]) {
    let footer = screen.lines().last().unwrap_or("");
    let mut rest = footer;
    for keys::FooterEntry { key, words, .. } in keys::footer(offered) {
        let entry = format!("{key} {words}");
        match rest.find(&entry) {
            Some(at) => rest = &rest[at + entry.len()..],
            None => {
                assert!(
                    footer.len() + entry.len() + 3 > 100,
                    "{name}: the footer lacks \"{entry}\" although it fits:\n{footer}"
                );
                break;
            }
        }
    }
}

#[test]
fn every_screens_footer_and_help_come_from_its_table_and_every_key_listed_acts() {
    for (name, build) in states() {
        let mut tui = build();
        let offered = offered(&tui);
        assert!(!offered.is_empty(), "{name}: no keys offered");
        let (screen, ..) = seen(&mut tui);
        check_footer(name, &screen, &offered);

        // The help lists every binding of the screen (under an overlay there is none).
        if tui.app.overlay.is_none() {
            let mut help = build();
            help.key(KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE));
            let shown = help.screen();
            for (label, what) in keys::help(&offered) {
                let start: String = what.chars().take(24).collect();
                assert!(
                    shown.contains(label.as_str()) && shown.contains(&start),
                    "{name}: help lacks {label} \"{what}\":\n{shown}"
                );
            }
        }

        // Each key does something a person can see.
        for binding in &offered {
            for key in binding.keys {
                let event = match key {
                    Key::Typing => KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE),
                    other => other.event().unwrap(),
                };
                let mut fresh = build();
                let before = seen(&mut fresh);
                fresh.key(event);
                let after = seen(&mut fresh);
                assert_ne!(
                    before, after,
                    "{name}: {} ({key:?}) listed as \"{}\" did nothing:\n{}",
                    binding.label, binding.help, before.0
                );
            }
        }

        // A key no table lists changes nothing.
        let mut fresh = build();
        let before = seen(&mut fresh);
        fresh.key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
        assert_eq!(before, seen(&mut fresh), "{name}: F12 is bound nowhere");
    }
}

#[test]
fn the_global_keys_do_what_the_help_says() {
    let mut tui = unlocked_with(vault_with_lines(), "");
    tui.key(harness::ctrl('p'));
    assert!(tui.screen().contains("PRIVACY ON"));
    tui.keys("?");
    assert_eq!(tui.app.overlay, Some(Overlay::Help));
    tui.keys("<esc><enter>?");
    assert_eq!(tui.app.overlay, None, "? is typed in sheet entry");
    tui.key(harness::ctrl('l'));
    assert!(matches!(tui.app.phase, Phase::Unlock(_)));
    tui.key(harness::ctrl('q'));
    assert!(tui.app.quit);
}

#[test]
fn the_quit_dialog_offers_only_what_it_answers_to() {
    let mut tui = unlocked_with(vault_with_lines(), "<enter>Ada<c-q>");
    let screen = tui.screen();
    let footer = screen.lines().last().unwrap();
    assert!(!footer.contains("Enter"), "{footer}");
    tui.key(harness::enter());
    assert!(matches!(tui.app.overlay, Some(Overlay::ConfirmQuit(_))));
    assert!(!tui.app.quit);
    tui.app.update(Msg::Key(harness::plain('y')));
    assert!(tui.app.quit);
}

//! Blind second entry in the TUI (issue 15), driven by key scripts through the real
//! update loop on ratatui's `TestBackend`: a sheet typed before is typed again without
//! the first entry ever on screen; a line that agrees is verified at once; a line that
//! differs is not saved at the first Enter: the differing fields are named (never the
//! first entry's values) and cleared, and the typist types them again from the paper;
//! a line that still differs is saved and left for resolution.

#[path = "tui/harness.rs"]
mod harness;

use fieldsign::model::{Campaign, Event, LineKind, PaperLine, paper};
use fieldsign::tui::StartAt;
use fieldsign::tui::test_support::Phase;
use fieldsign::vault::{ListFilter, NewLine, Vault};
use harness::{PASSPHRASE, Tui, options, redacted, vault_with_event};

macro_rules! snap {
    ($name:expr, $tui:expr) => {{
        let screen = $tui.screen();
        redacted().bind(|| insta::assert_snapshot!($name, screen));
    }};
}

/// What the first entry of sheet 1 holds; none of it may ever be on screen while the
/// sheet is typed blind.
const FIRST: [&str; 4] = ["Олена Шевченко", "José Lima", "Porto", "Ada"];

/// A vault whose event has sheet 1 typed once: Олена (with an email), José in Porto,
/// an illegible line, Ada.
fn typed_once() -> (tempfile::TempDir, Campaign, Event) {
    let (root, campaign, event) = vault_with_event();
    let vault = Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).unwrap();
    let lines: [(u32, LineKind, &[(&str, &str)]); 4] = [
        (
            1,
            LineKind::Signature,
            &[("name", FIRST[0]), ("email", "olena@example.org")],
        ),
        (
            2,
            LineKind::Signature,
            &[("name", FIRST[1]), ("city", FIRST[2])],
        ),
        (3, LineKind::Illegible, &[]),
        (4, LineKind::Signature, &[("name", FIRST[3])]),
    ];
    for (line, kind, fields) in lines {
        vault
            .add(
                &campaign,
                NewLine {
                    event: Some(event.id),
                    sheet: 1,
                    line,
                    kind,
                    fields: fields
                        .iter()
                        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                        .collect(),
                },
            )
            .unwrap();
    }
    (root, campaign, event)
}

fn unlock(tui: &mut Tui) {
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)), "unlocked");
}

/// The entries of sheet 1 line `line` the open TUI's vault holds.
fn entries(tui: &Tui, campaign: &Campaign, event: &Event, line: u32) -> usize {
    let vault = &tui.app.session().expect("open").vault;
    vault
        .line_entries(
            campaign.id,
            PaperLine {
                event: event.id,
                sheet: 1,
                line,
            },
        )
        .unwrap()
        .len()
}

/// Fails if a value of the first entry is on screen.
fn assert_blind(tui: &mut Tui, skip: &[&str]) -> String {
    let screen = tui.screen();
    for value in FIRST.iter().filter(|v| !skip.contains(v)) {
        assert!(
            !screen.contains(value),
            "{value} of the first entry is on screen:\n{screen}"
        );
    }
    screen
}

#[test]
fn home_v_types_a_sheet_again_blind_and_sends_a_differing_line_back_to_the_paper() {
    let (root, campaign, event) = typed_once();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    unlock(&mut tui);
    tui.keys("v");
    let screen = assert_blind(&mut tui, &[]);
    assert!(screen.contains("second entry, blind"), "{screen}");
    assert!(screen.contains("Line 1"), "{screen}");
    assert!(screen.contains("4 lines typed · 0 typed again"), "{screen}");
    assert!(
        !screen.contains("Ctrl-B"),
        "no browsing: it would show the first entry"
    );
    snap!("entry_blind_start", tui);

    // Line 1 agrees (the email's domain in capitals is the same after normalization).
    tui.keys("Олена Шевченко<tab>olena@EXAMPLE.ORG<enter>");
    let screen = assert_blind(&mut tui, &[]);
    assert!(
        screen.contains("Saved sheet 1 line 1: it agrees with the first entry, verified"),
        "{screen}"
    );
    assert!(screen.contains("Line 2"), "{screen}");
    assert_eq!(entries(&tui, &campaign, &event, 1), 2);

    // Line 2 differs in the name: not saved, the name named and cleared, the city kept.
    tui.keys("Jose Lima<tab><tab><tab>Porto<enter>");
    let screen = assert_blind(&mut tui, &[FIRST[2]]);
    assert!(
        screen.contains("Line 2 NOT saved yet: it differs from the first entry in Name"),
        "{screen}"
    );
    assert!(
        !screen.contains("Jose Lima"),
        "the differing field is cleared"
    );
    assert_eq!(entries(&tui, &campaign, &event, 2), 1, "nothing saved");
    snap!("entry_blind_differs", tui);
    // Read from the paper again, right this time: it agrees, verified.
    tui.keys("José Lima<enter>");
    let screen = tui.screen();
    assert!(
        screen.contains("Saved sheet 1 line 2: it agrees with the first entry"),
        "{screen}"
    );
    assert_eq!(entries(&tui, &campaign, &event, 2), 2);

    // Line 3 is illegible on the first entry: a signature typed there is sent back.
    tui.keys("Somebody<enter>");
    let screen = assert_blind(&mut tui, &[]);
    assert!(
        screen.contains("differs from the first entry in whether the paper"),
        "{screen}"
    );
    assert_eq!(entries(&tui, &campaign, &event, 3), 1);
    tui.keys("<c-r><c-x>");
    assert!(tui.screen().contains("as illegible: it agrees"));

    // Line 4 differs, and still differs after the paper was read again (the first
    // entry was the wrong one): saved, left for resolution.
    tui.keys("Ada Lovelace<enter>");
    assert!(
        tui.screen()
            .contains("differs from the first entry in Name")
    );
    assert_eq!(entries(&tui, &campaign, &event, 4), 1);
    tui.keys("Ada Lovelace<enter>");
    let screen = assert_blind(&mut tui, &[]);
    assert!(
        screen.contains("Every typed line of sheet 1 has a second entry now"),
        "{screen}"
    );
    assert!(
        screen.contains("Last saved: sheet 1 line 4  differs in Name: left for resolution"),
        "{screen}"
    );
    assert!(screen.contains("4 lines typed · 4 typed again"), "{screen}");
    snap!("entry_blind_done", tui);

    // What the vault holds: three lines verified, one left for resolution.
    let dir = tui.vault_dir();
    let Tui { root, app, .. } = tui;
    drop(app);
    let vault = Vault::open(&dir, &PASSPHRASE.to_owned().into()).unwrap();
    let records = vault
        .records(
            campaign.id,
            ListFilter {
                event: None,
                include_void: true,
            },
        )
        .unwrap();
    let compared = paper::compare(&records);
    assert_eq!(compared.typed_once, 0);
    let agreed: Vec<u32> = compared.agreed.iter().map(|l| l.line).collect();
    assert_eq!(agreed, [1, 2, 3]);
    assert!(compared.agreed.iter().all(|l| l.kept.is_some()), "verified");
    assert_eq!(compared.differ.len(), 1);
    assert_eq!(
        (compared.differ[0].line, compared.differ[0].fields.clone()),
        (4, vec!["name".to_owned()])
    );
    drop(root);
}

#[test]
fn enter_second_entry_starts_blind_and_comes_back_blind_after_a_lock() {
    let (root, campaign, event) = typed_once();
    let mut opts = options(&root);
    opts.start = Some(StartAt {
        campaign: "Free them".into(),
        event: "Vigil".into(),
        sheet: None,
        second_entry: true,
    });
    let mut tui = Tui::start(root, opts, 80, 24);
    unlock(&mut tui);
    let screen = assert_blind(&mut tui, &[]);
    assert!(
        screen.contains("Second entry of sheet 1, from line 1"),
        "{screen}"
    );
    // Ctrl-B (browse) is not a key of blind entry: it changes nothing.
    let before = tui.screen();
    tui.keys("<c-b>");
    assert_eq!(tui.screen(), before);
    // The first line agrees; then a panic lock and unlock: still blind, on line 2.
    tui.keys("Олена Шевченко<tab>olena@example.org<enter>");
    tui.keys("<c-l>");
    unlock(&mut tui);
    let screen = assert_blind(&mut tui, &[]);
    assert!(screen.contains("second entry, blind"), "{screen}");
    assert!(screen.contains("Line 2"), "{screen}");
    // A line with no first entry here cannot be a second entry; nothing is saved.
    tui.keys("<c-t><tab><tab><bs>9<enter>Zoë<enter>");
    let screen = tui.screen();
    assert!(
        screen.contains("Line 9 NOT saved") && screen.contains("no first entry"),
        "{screen}"
    );
    assert_eq!(entries(&tui, &campaign, &event, 9), 0);
}

#[test]
fn blind_entry_never_flags_the_lines_own_first_entry_as_a_duplicate() {
    let (root, _, _) = typed_once();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    unlock(&mut tui);
    // Sheet entry (not blind) flags the signer of line 1 as a likely duplicate...
    tui.keys("<enter><c-t><tab><tab><bs>9<enter>Олена Шевченко<tab>olena@example.org");
    assert!(tui.screen().contains("Likely duplicate of sheet 1 line 1"));
    tui.keys("<c-r><esc>");
    // ...blind entry of line 1 does not: it would tell the typist the name agrees.
    tui.keys("v");
    tui.keys("Олена Шевченко<tab>olena@example.org");
    let screen = tui.screen();
    assert!(screen.contains("Line 1"), "{screen}");
    assert!(!screen.contains("Likely duplicate"), "{screen}");
}

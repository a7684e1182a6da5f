//! Issue 11: errors were cut mid-word at 80×24 ("errors are cut mid-word"). A message
//! in the status line, the first-run wizard, the unlock screen or a prompt wraps at
//! spaces into the rows it has; one that needs more ends after a whole word with "…".

#[path = "tui/harness.rs"]
mod harness;

use fieldsign::tui::test_support::Phase;
use fieldsign::tui::{Options, StartAt};
use fieldsign::vault::{CampaignDraft, Vault};
use harness::{PASSPHRASE, Tui, options};

/// Checks the rows of a message as drawn: each row ends after a whole word of `message`
/// (or is full: a word wider than a row is broken where the row ends), and, unless the
/// whole message is there, the last row ends with "…".
fn assert_cut_cleanly(rows: &[String], message: &str, width: usize) {
    assert!(!rows.is_empty(), "the message is not on the screen");
    let words: Vec<&str> = message
        .trim_start_matches("✗ ")
        .split_whitespace()
        .collect();
    let shown = rows
        .iter()
        .map(|r| r.trim().trim_start_matches("✗ ").trim_end_matches('…'))
        .collect::<Vec<_>>()
        .join(" ");
    let whole = shown.split_whitespace().collect::<Vec<_>>() == words;
    for (i, row) in rows.iter().enumerate() {
        let last_row = i + 1 == rows.len();
        let text = row.trim_end();
        if last_row && !whole {
            assert!(text.ends_with('…'), "cut without …: {row:?}\n{rows:#?}");
            continue;
        }
        let last_word = text.split_whitespace().last().unwrap_or_default();
        let full = unicode_width::UnicodeWidthStr::width(row.as_str()) >= width - 1;
        assert!(
            words.contains(&last_word) || full,
            "row {i} ends in the middle of a word: {row:?}\n{rows:#?}"
        );
    }
}

/// The rows of the screen from the one containing `start` to the first that is empty
/// or holds `stop`.
fn rows_from(screen: &str, start: &str, stop: &str) -> Vec<String> {
    screen
        .lines()
        .skip_while(|l| !l.contains(start))
        .take_while(|l| !l.trim().is_empty() && !l.contains(stop))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_long_status_message_wraps_at_spaces_and_ends_with_an_ellipsis() {
    // `fieldsign enter --event embassy` with nine events that all contain the word: the
    // status line lists them all, far more than three rows hold.
    let root = tempfile::tempdir().unwrap();
    let mut vault = Vault::create(
        &root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
        10,
    )
    .unwrap();
    vault.set_time(harness::clock());
    let (campaign, _) = vault
        .create_campaign(CampaignDraft {
            title: "Free them".into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    for n in 1..=9 {
        vault
            .create_event(
                &campaign,
                &format!("Vigil at the embassy, gate number {n}"),
                "Athens",
                "2026-11-28",
            )
            .unwrap();
    }
    drop(vault);
    let mut opts: Options = options(&root);
    opts.start = Some(StartAt {
        campaign: "Free them".into(),
        event: "embassy".into(),
        sheet: None,
        second_entry: false,
    });
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)));
    let message = tui.app.flash.clone().expect("a status message").text;
    assert!(message.len() > 3 * 80, "{message}");
    let screen = tui.screen();
    let lines: Vec<&str> = screen.lines().collect();
    // The status rows are the three above the footer.
    let status: Vec<String> = lines[lines.len() - 4..lines.len() - 1]
        .iter()
        .map(|l| (*l).to_owned())
        .collect();
    assert!(status[0].contains("matches several events"), "{screen}");
    assert_cut_cleanly(&status, &message, 80);
    // The home list is still there above it.
    assert!(screen.contains("Campaigns and events"), "{screen}");
}

#[test]
fn the_wizards_error_wraps_in_the_rows_left_and_ends_with_an_ellipsis() {
    // The wizard starts (no vault yet); meanwhile another program creates one there, so
    // the wizard's create is refused with a message that quotes the (long) vault path:
    // more than the rows left at 80×24 hold.
    let root = tempfile::tempdir().unwrap();
    let mut dir = root.path().to_path_buf();
    for n in 0..8 {
        dir = dir.join(format!("folder {n} of a vault path with spaces in it"));
    }
    let mut opts = options(&root);
    opts.vault_dir = dir.clone();
    let mut tui = Tui::start(root, opts, 80, 24);
    assert!(matches!(tui.app.phase, Phase::Wizard(_)));
    drop(Vault::create(&dir, &PASSPHRASE.to_owned().into(), 10).unwrap());
    tui.keys("correct horse battery staple<tab>correct horse battery staple<enter>");
    let message = format!("✗ {}", fieldsign::vault::VaultError::AlreadyExists(dir));
    let screen = tui.screen();
    let rows = rows_from(&screen, "✗", "Enter next");
    assert!(rows.len() >= 2, "{screen}");
    assert_cut_cleanly(&rows, &message, 76);
    assert!(rows.last().unwrap().trim_end().ends_with('…'), "{screen}");
}

/// The refusal of a file that is not a campaign file, as the prompt shows it.
const NOT_A_CAMPAIGN: &str = "✗ this is not a fieldsign campaign file; ask the coordinator for the campaign file they created";

#[test]
fn a_prompts_error_wraps_under_it_in_whole_words() {
    // Home's `j` prompt with a file that is not a campaign file: the refusal is longer
    // than one row (at 70 columns its one row was cut inside a word).
    for width in [80, 70] {
        let (root, _, _) = harness::vault_with_event();
        let not_a_campaign = root.path().join("notes.txt");
        std::fs::write(&not_a_campaign, "shopping list: bread, milk, stamps\n").unwrap();
        let opts = options(&root);
        let mut tui = Tui::start(root, opts, width, 24);
        tui.keys(PASSPHRASE);
        tui.keys("<enter>j");
        tui.keys(not_a_campaign.to_str().unwrap());
        tui.keys("<enter>");
        let screen = tui.screen();
        let rows = rows_from(&screen, "✗", "Enter confirm");
        assert_eq!(rows.len(), 2, "{screen}");
        let drawn = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
        assert_eq!(drawn, NOT_A_CAMPAIGN, "{screen}");
        assert_cut_cleanly(&rows, NOT_A_CAMPAIGN, usize::from(width) - 2);
    }
}

#[test]
fn the_setup_prompt_has_rows_for_its_error_too() {
    // Step 2 of the first run (join or create a campaign), at 80×24.
    let root = tempfile::tempdir().unwrap();
    let not_a_campaign = root.path().join("notes.txt");
    std::fs::write(&not_a_campaign, "shopping list\n").unwrap();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys("correct horse battery staple<tab>correct horse battery staple<enter>j");
    tui.keys(not_a_campaign.to_str().unwrap());
    tui.keys("<enter>");
    let screen = tui.screen();
    let rows = rows_from(&screen, "✗", "Enter confirm");
    let drawn = rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ");
    assert_eq!(drawn, NOT_A_CAMPAIGN, "{screen}");
}

//! The campaign's petition texts in the TUI: from home (`t`) and from sheet entry (F2,
//! where Esc comes back to the half-typed line), one language at a time.

#[path = "tui/harness.rs"]
mod harness;

use fieldsign::vault::{CampaignDraft, Vault};
use harness::{PASSPHRASE, Tui, options};

fn vault_with_texts() -> tempfile::TempDir {
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
            texts: [
                (
                    "en".to_owned(),
                    "We ask for the release of all prisoners.".to_owned(),
                ),
                (
                    "uk".to_owned(),
                    "Ми просимо звільнити всіх полонених.".to_owned(),
                ),
            ]
            .into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    vault
        .create_event(&campaign, "Vigil", "Athens", "2026-11-28")
        .unwrap();
    root
}

#[test]
fn the_petition_texts_are_shown_one_language_at_a_time() {
    let root = vault_with_texts();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>t");
    let first = tui.screen();
    assert!(first.contains("petition text"), "{first}");
    assert!(first.contains("(1 of 2: "), "{first}");
    tui.keys("<tab>");
    let second = tui.screen();
    let english = "We ask for the release of all prisoners.";
    let ukrainian = "Ми просимо звільнити всіх полонених.";
    assert!(
        (first.contains(english) && second.contains(ukrainian))
            || (first.contains(ukrainian) && second.contains(english)),
        "{first}\n{second}"
    );
    tui.keys("<esc>");
    assert!(tui.screen().contains("Campaigns and events"));
}

#[test]
fn f2_in_sheet_entry_shows_the_text_and_esc_comes_back_to_the_line() {
    let root = vault_with_texts();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><enter>Ada<f2>");
    assert!(tui.screen().contains("prisoners") || tui.screen().contains("полонених"));
    tui.keys("<esc>");
    let entry = tui.screen();
    assert!(
        entry.contains("sheet entry") && entry.contains("Ada"),
        "{entry}"
    );
}

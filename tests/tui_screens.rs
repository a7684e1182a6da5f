//! Every screen of the TUI, driven by key scripts through the real update loop on
//! ratatui's `TestBackend`, against a real vault; snapshots at 80×24 (ids and times
//! redacted), plus checks of what the vault holds afterwards.

#[path = "tui/harness.rs"]
mod harness;

use std::time::Duration;

use fieldsign::model::{LineKind, Status};
use fieldsign::tui::test_support::{Overlay, Phase};
use fieldsign::tui::{App, Msg};
use fieldsign::vault::{DirLock, ListFilter, Vault, VaultError};
use harness::{PASSPHRASE, Tui, options, redacted, vault_with_event};

macro_rules! snap {
    ($name:expr, $tui:expr) => {{
        let screen = $tui.screen();
        redacted().bind(|| insta::assert_snapshot!($name, screen));
    }};
}

/// The records of the vault, opened after the TUI has let go of it.
fn stored(tui: Tui) -> Vec<(u32, u32, Status, String)> {
    let dir = tui.vault_dir();
    let Tui { root, app, .. } = tui;
    drop(app);
    let vault = Vault::open(&dir, &PASSPHRASE.to_owned().into()).expect("open");
    let campaign = vault.resolve_campaign(None).expect("campaign");
    vault
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
            (
                o.sheet,
                o.line,
                r.status(),
                r.value("name").unwrap_or("").to_owned(),
            )
        })
        .collect::<Vec<_>>()
        .into_iter()
        .inspect(|_| {
            let _ = &root;
        })
        .collect()
}

#[test]
fn unlock_screen_says_when_the_passphrase_is_wrong_and_lets_you_retry() {
    let (root, _, _) = vault_with_event();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    snap!("unlock", tui);
    tui.keys("not it<enter>");
    assert!(matches!(tui.app.phase, Phase::Unlock(_)));
    snap!("unlock_wrong_passphrase", tui);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)));
    snap!("home", tui);
}

#[test]
fn a_second_instance_is_refused_before_the_passphrase_is_asked() {
    let (root, _, _) = vault_with_event();
    let first = App::start(options(&root), None).expect("first");
    assert!(matches!(
        App::start(options(&root), None),
        Err(VaultError::InUse(_))
    ));
    drop(first);
}

#[test]
fn wizard_creates_a_vault_then_a_local_campaign() {
    let root = tempfile::tempdir().unwrap();
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    assert!(matches!(tui.app.phase, Phase::Wizard(_)));
    snap!("wizard", tui);
    tui.keys("short<enter>");
    snap!("wizard_too_short", tui);
    tui.keys("<bs><bs><bs><bs><bs>three little words<tab>three little word<enter>");
    snap!("wizard_mismatch", tui);
    tui.keys("three little words<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)), "vault created");
    snap!("wizard_step_2", tui);
    tui.keys("cFree them all<enter>");
    snap!("wizard_done_home", tui);
    assert!(tui.vault_dir().join("key.age").exists());
}

#[test]
fn home_creates_an_event_inline() {
    let mut tui = Tui::unlocked();
    tui.keys("n");
    snap!("home_new_event", tui);
    tui.keys("Rally<tab>Λάρισα<enter>");
    snap!("home_event_created", tui);
}

#[test]
fn sheet_entry_saves_lines_in_three_scripts_with_validation_duplicates_and_illegible() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    snap!("entry_empty", tui);
    tui.keys("Олена Шевченко<tab>olena@");
    snap!("entry_validation", tui);
    tui.keys("example.org<tab><tab>Київ<tab>ua<tab><tab><space><enter>");
    snap!("entry_saved", tui);
    tui.keys("Σωκράτης Παπαδόπουλος<enter>अमित शर्मा<enter>");
    tui.keys("<c-x>");
    // The same signer again: flagged before saving, saved only on a second Enter.
    tui.keys("олена шевченко<tab>olena@example.org");
    snap!("entry_duplicate", tui);
    tui.keys("<enter>");
    snap!("entry_duplicate_confirm", tui);
    tui.keys("<enter><c-p>");
    snap!("entry_privacy", tui);
    tui.keys("<c-p><c-t>20<enter>");
    snap!("entry_tally", tui);
    tui.keys("<c-n>");
    tui.keys("Zoë Ørsted<enter>");
    snap!("entry_next_sheet", tui);
    assert_eq!(
        stored(tui),
        [
            (1, 1, Status::Valid, "Олена Шевченко".to_owned()),
            (1, 2, Status::Valid, "Σωκράτης Παπαδόπουλος".to_owned()),
            (1, 3, Status::Valid, "अमित शर्मा".to_owned()),
            (1, 4, Status::Illegible, String::new()),
            (1, 5, Status::Valid, "олена шевченко".to_owned()),
            (2, 1, Status::Valid, "Zoë Ørsted".to_owned()),
        ]
    );
}

#[test]
fn an_invalid_line_is_not_saved_and_says_why() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter><tab>not-an-email<enter>");
    snap!("entry_refused", tui);
    assert!(stored(tui).is_empty());
}

#[test]
fn browse_searches_sorts_and_opens_a_record_to_amend_void_and_see_history() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>Олена Шевченко<enter>Σωκράτης Παπαδόπουλος<enter>José Núñez<enter>");
    tui.keys("<c-b>");
    snap!("browse", tui);
    tui.keys("nunez");
    snap!("browse_search", tui);
    tui.keys("<esc><c-o>");
    snap!("browse_newest_first", tui);
    tui.keys("<c-o><c-o><down><enter>");
    snap!("record", tui);
    tui.keys("a<tab><tab><tab>Αθήνα<enter>");
    snap!("record_amended", tui);
    tui.keys("v");
    snap!("record_void_prompt", tui);
    tui.keys("duplicate of sheet 1 line 1<enter>h");
    snap!("record_history", tui);
    tui.keys("<esc>");
    snap!("browse_after_void", tui);
    let records = stored(tui);
    assert_eq!(records[1].2, Status::Void);
}

#[test]
fn history_of_a_record_on_a_purged_vault_shows_it_purged_not_damaged() {
    let (root, campaign, event) = vault_with_event();
    {
        let vault =
            Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
        let line = |n: u32, name: &str| fieldsign::vault::NewLine {
            event: Some(event.id),
            sheet: 1,
            line: n,
            fields: [("name".to_owned(), name.to_owned())].into(),
            ..fieldsign::vault::NewLine::default()
        };
        vault
            .add(&campaign, line(1, "Олена Шевченко"))
            .expect("add");
        // A receipt acknowledging everything held, then `purge --acknowledged`.
        let held = vault.held_vector().expect("held");
        vault
            .record_acknowledgement(campaign.id, &held)
            .expect("ack");
        let (vault, _) = vault.purge_acknowledged(None).expect("purge");
        vault
            .add(&campaign, line(2, "José Núñez"))
            .expect("add after purge");
    }
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><c-b><enter>h");
    let purged = tui.screen();
    tui.keys("<esc><down><enter>h");
    let typed_after = tui.screen();
    for screen in [&purged, &typed_after] {
        assert!(screen.contains("History, oldest first"), "{screen}");
        assert!(!screen.contains("integrity"), "{screen}");
    }
    assert!(purged.contains("its values were purged here"), "{purged}");
    assert!(
        typed_after.contains("added sheet 1 line 2"),
        "{typed_after}"
    );
}

#[test]
fn browse_and_record_count_a_purged_illegible_line_as_illegible() {
    let (root, campaign, event) = vault_with_event();
    {
        let vault =
            Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
        let line = |n: u32, name: &str, kind| fieldsign::vault::NewLine {
            event: Some(event.id),
            sheet: 1,
            line: n,
            kind,
            fields: [("name".to_owned(), name.to_owned())].into(),
        };
        vault
            .add(&campaign, line(1, "Олена Шевченко", LineKind::Signature))
            .expect("add");
        vault
            .add(&campaign, line(2, "Ἀλέξ", LineKind::Illegible))
            .expect("add illegible");
        let held = vault.held_vector().expect("held");
        vault
            .record_acknowledgement(campaign.id, &held)
            .expect("ack");
        let (_vault, report) = vault.purge_acknowledged(None).expect("purge");
        assert_eq!((report.valid, report.illegible), (1, 1));
    }
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter><c-b>");
    let browse = tui.screen();
    assert!(
        browse.contains("purged") && browse.contains("illegible"),
        "{browse}"
    );
    assert!(!browse.contains("Ἀλέξ"), "{browse}");
    tui.keys("<down><enter>");
    let record = tui.screen();
    assert!(
        record.contains("ILLEGIBLE · values purged here"),
        "{record}"
    );
}

#[test]
fn help_overlay_lists_the_keys_of_the_screen() {
    let mut tui = Tui::unlocked();
    tui.keys("?");
    snap!("help_home", tui);
    tui.keys("<esc><enter><f1>");
    snap!("help_entry", tui);
}

#[test]
fn quit_asks_only_when_a_line_is_half_typed() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>Ada<c-q>");
    assert!(!tui.app.quit);
    assert!(matches!(tui.app.overlay, Some(Overlay::ConfirmQuit(_))));
    snap!("confirm_quit", tui);
    tui.keys("n<c-r><c-q>");
    assert!(tui.app.quit, "nothing typed: quits at once");
}

#[test]
fn panic_lock_drops_the_keys_keeps_the_lock_and_comes_back_to_the_same_sheet() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter><c-t><tab><c-u>3<enter>Олена<enter>Half typ");
    tui.keys("<c-l>");
    assert!(matches!(tui.app.phase, Phase::Unlock(_)));
    snap!("locked", tui);
    // Still ours: another process cannot take the vault while it is locked.
    assert!(matches!(
        DirLock::acquire(&tui.vault_dir()),
        Err(VaultError::InUse(_))
    ));
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    snap!("relocked_back_at_sheet", tui);
    assert_eq!(stored(tui), [(3, 1, Status::Valid, "Олена".to_owned())]);
}

#[test]
fn idle_time_locks_the_vault() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    let clock = tui.app.opts.clock.clone();
    clock.advance(Duration::from_secs(60));
    tui.app.update(Msg::Tick(clock.instant()));
    assert!(matches!(tui.app.phase, Phase::Open(_)), "not yet");
    clock.advance(Duration::from_secs(240));
    tui.app.update(Msg::Tick(clock.instant()));
    assert!(matches!(tui.app.phase, Phase::Unlock(_)));
    snap!("idle_locked", tui);
}

#[test]
fn screens_survive_resizing() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>Олена<enter>");
    tui.resize(120, 30);
    snap!("entry_120x30", tui);
    tui.resize(40, 12);
    let small = tui.screen();
    assert!(small.contains("Sheet 1"), "{small}");
}

#[test]
fn a_passphrase_typed_while_the_last_session_closes_still_unlocks() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    // No waiting between the keys: the closing session's lock comes back afterwards.
    for key in std::iter::once(harness::ctrl('l'))
        .chain(PASSPHRASE.chars().map(harness::plain))
        .chain(std::iter::once(harness::enter()))
    {
        tui.app.update(Msg::Key(key));
    }
    tui.settle();
    assert!(matches!(tui.app.phase, Phase::Open(_)));
    assert!(tui.screen().contains("Sheet 1"));
}

#[test]
fn organizer_exports_a_bundle_that_the_coordinator_imports_in_the_tui() {
    use fieldsign::model::LineKind;
    use fieldsign::vault::{CampaignDraft, NewLine};

    // The coordinator's vault, with its campaign file.
    let root = tempfile::tempdir().unwrap();
    let mut coordinator = Vault::create(
        &root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
        10,
    )
    .expect("coordinator vault");
    coordinator.set_time(harness::clock());
    let (_, file) = coordinator
        .create_campaign(CampaignDraft {
            title: "Free them".into(),
            ..CampaignDraft::default()
        })
        .expect("campaign");
    drop(coordinator);
    // An organizer's vault: joins, types two lines in the TUI, exports from the TUI.
    let organizer_root = tempfile::tempdir().unwrap();
    {
        let mut organizer = Vault::create(
            &organizer_root.path().join("vault"),
            &PASSPHRASE.to_owned().into(),
            10,
        )
        .expect("organizer vault");
        organizer.set_time(harness::clock());
        let campaign = organizer.join_campaign(&file).expect("join");
        let event = organizer
            .create_event(&campaign, "Vigil", "Athens", "2026-11-28")
            .expect("event");
        organizer
            .add(
                &campaign,
                NewLine {
                    event: Some(event.id),
                    sheet: 1,
                    line: 1,
                    kind: LineKind::Signature,
                    fields: [("name".to_owned(), "Олена Шевченко".to_owned())].into(),
                },
            )
            .expect("add");
    }
    let bundle_path = root.path().join("olena.age");
    let opts = options(&organizer_root);
    let mut tui = Tui::start(organizer_root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>x");
    snap!("export", tui);
    tui.keys("<c-u>");
    tui.keys(bundle_path.to_str().unwrap());
    tui.keys("<enter>");
    snap!("export_written", tui);
    assert!(bundle_path.exists());
    drop(tui);

    // The coordinator imports it in the TUI and sees the command line's summary.
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>i");
    tui.keys(bundle_path.to_str().unwrap());
    tui.keys("<enter>");
    snap!("import_done", tui);
    tui.keys("<enter>");
    snap!("import_replay", tui);
    tui.keys("<esc>");
    assert!(
        tui.screen().contains("1 line"),
        "home counts the imported line"
    );
    assert_eq!(
        stored(tui),
        [(1, 1, Status::Valid, "Олена Шевченко".to_owned())]
    );
}

//! The organizer's side of the exchange inside the TUI: home says where a campaign
//! stands (valid / void / illegible, what is not yet sent, the last bundle), and after
//! importing the coordinator's receipt the organizer purges what it acknowledged,
//! after a confirmation that says how many records lose their personal data and that
//! it cannot be undone.

mod common;
#[path = "tui/harness.rs"]
mod harness;

use harness::{PASSPHRASE, Tui};

fn organizer_tui(x: &common::Exchange) -> Tui {
    let mut opts = fieldsign::tui::Options::new(x.org.vault.clone());
    opts.theme = fieldsign::tui::Theme { color: false };
    opts.clock = harness::clock();
    let mut tui = Tui::start(tempfile::tempdir().unwrap(), opts, 110, 30);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    tui
}

#[test]
fn home_shows_counts_what_is_not_yet_sent_and_the_last_bundle() {
    let x = common::Exchange::new();
    x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Olena")]);
    let second = x.org.add(&x.campaign, &x.event, 1, 2, &[("name", "José")]);
    x.org.ok(&["void", &second, "--reason", "twice"]);
    {
        let mut tui = organizer_tui(&x);
        let home = tui.screen();
        assert!(
            home.contains(
                "1 valid · 1 void · 0 illegible · 3 changes not yet sent · no bundle written yet"
            ),
            "{home}"
        );
    }
    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        common::s(&bundle),
    ]);
    let mut tui = organizer_tui(&x);
    let home = tui.screen();
    // Written, but not acknowledged: still not sent as far as anyone knows.
    assert!(
        home.contains("3 changes not yet sent · last bundle 20"),
        "{home}"
    );
}

#[test]
fn after_a_receipt_the_organizer_purges_in_the_tui_after_a_plain_confirmation() {
    let (x, receipt) = common::Exchange::delivered();
    let mut tui = organizer_tui(&x);
    tui.keys("i");
    tui.keys(common::s(&receipt));
    tui.keys("<enter>");
    let imported = tui.screen();
    assert!(imported.contains("Ctrl-D purge delivered"), "{imported}");
    assert!(!imported.contains("quit, then"), "{imported}");

    tui.keys("<c-d>");
    let ask = tui.screen();
    assert!(
        ask.contains("2 records (2 signatures) will lose their personal data on this laptop"),
        "{ask}"
    );
    assert!(ask.contains("This cannot be undone."), "{ask}");
    assert!(ask.contains("y purge, cannot be undone"), "{ask}");

    // n keeps everything.
    tui.keys("n<esc><esc>b");
    assert!(tui.screen().contains("Olena"), "{}", tui.screen());
    tui.keys("<esc>i");
    tui.keys(common::s(&receipt));
    tui.keys("<enter><c-d>y");
    let done = tui.screen();
    assert!(done.contains("✓ 2 delivered and purged"), "{done}");
    tui.keys("<esc><esc><esc>b");
    let browse = tui.screen();
    assert!(browse.contains("purged"), "{browse}");
    assert!(
        !browse.contains("Olena") && !browse.contains("José"),
        "{browse}"
    );
    tui.keys("<esc>");
    let home = tui.screen();
    assert!(home.contains("2 delivered and purged"), "{home}");
    assert!(home.contains("0 changes not yet sent"), "{home}");
}

/// The purge rewrites the database on a thread: the key that starts it returns at once,
/// the screen keeps turning ("purging…"), keys meant for the screens are ignored rather
/// than lost in a form, and quitting waits for the rewrite instead of cutting it off.
#[test]
fn the_purge_runs_off_the_ui_thread_and_quitting_waits_for_it() {
    use fieldsign::tui::Msg;
    use fieldsign::tui::test_support::Phase;
    let (x, receipt) = common::Exchange::delivered();
    let mut tui = organizer_tui(&x);
    tui.keys("i");
    tui.keys(common::s(&receipt));
    tui.keys("<enter><c-d>");
    // `y` without waiting for jobs, as the event loop hands it over.
    tui.app.update(Msg::Key(harness::plain('y')));
    assert!(
        matches!(tui.app.phase, Phase::Purging(_)),
        "the purge is on its thread, the screens wait"
    );
    let waiting = tui.screen();
    assert!(
        waiting.contains("purging and rewriting the database"),
        "{waiting}"
    );
    // The footer offers only what is heard now: quit and lock.
    let footer = waiting.lines().last().unwrap_or_default();
    assert!(
        footer.contains("Ctrl-L") && footer.contains("Ctrl-Q") && !footer.contains("F1"),
        "{footer}"
    );
    // A key for a screen changes nothing; Ctrl-Q says it waits for the purge.
    tui.app.update(Msg::Key(harness::plain('b')));
    tui.app.update(Msg::Key(harness::ctrl('q')));
    assert!(!tui.app.quit, "quitting waits for the purge");
    let told = tui.screen();
    assert!(
        told.contains("fieldsign quits as soon as it is done"),
        "{told}"
    );
    tui.settle();
    assert!(tui.app.quit, "quits once the purge is done");
    assert!(matches!(tui.app.phase, Phase::Open(_)));
    assert!(
        tui.screen().contains("✓ 2 delivered and purged"),
        "{}",
        tui.screen()
    );
}

/// Ctrl-L while the purge runs locks at once (the screen clears, the unlock screen
/// shows); the purge finishes behind it, and unlocking finds it done.
#[test]
fn a_lock_during_the_purge_is_at_once_and_the_purge_still_finishes() {
    use fieldsign::tui::Msg;
    use fieldsign::tui::test_support::Phase;
    let (x, receipt) = common::Exchange::delivered();
    let mut tui = organizer_tui(&x);
    tui.keys("i");
    tui.keys(common::s(&receipt));
    tui.keys("<enter><c-d>");
    tui.app.update(Msg::Key(harness::plain('y')));
    assert!(matches!(tui.app.phase, Phase::Purging(_)));
    tui.app.update(Msg::Key(harness::ctrl('l')));
    assert!(matches!(tui.app.phase, Phase::Unlock(_)), "locked at once");
    let locked = tui.screen();
    assert!(locked.contains("Locked (Ctrl-L)"), "{locked}");
    assert!(!locked.contains("purging"), "{locked}");
    tui.settle();
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)), "{}", tui.screen());
    tui.keys("b");
    let browse = tui.screen();
    assert!(browse.contains("purged"), "{browse}");
    assert!(!browse.contains("Olena"), "{browse}");
}

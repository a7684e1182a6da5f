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

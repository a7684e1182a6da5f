//! The field trial's findings (issue 11), each replayed through the door the person used:
//! key scripts on the real TUI (`TestBackend`, tests/tui/harness.rs) against a real vault,
//! on a clock the test holds (never the system's clock or calendar).

#[path = "tui/harness.rs"]
mod harness;

use std::time::Duration;

use fieldsign::tui::Msg;
use fieldsign::tui::app::Phase;
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

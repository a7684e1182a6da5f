//! The duplicate warning during sheet entry uses the duplicate matcher: a signer typed
//! with an initial, or in another script, is flagged by a shared email; a relative
//! sharing the email is not.

#[path = "tui/harness.rs"]
mod harness;

use harness::Tui;

#[test]
fn an_initial_with_the_same_email_is_flagged_and_a_relative_is_not() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    tui.keys("Olena Shevchenko<tab>olena@example.org<enter>");
    tui.keys("O. Shevchenko<tab>OLENA@example.org");
    let screen = tui.screen();
    assert!(
        screen.contains("Likely duplicate of sheet 1 line 1"),
        "{screen}"
    );
    tui.keys("<enter><enter>");
    // Another first name under the same surname and email: a relative, not flagged.
    tui.keys("Petro Shevchenko<tab>olena@example.org");
    let screen = tui.screen();
    assert!(!screen.contains("Likely duplicate"), "{screen}");
}

#[test]
fn the_same_signer_in_another_script_is_flagged() {
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    tui.keys("Олена Шевченко<tab>olena@example.org<enter>");
    tui.keys("Shevchenko Olena<tab>olena@example.org");
    let screen = tui.screen();
    assert!(
        screen.contains("Likely duplicate of sheet 1 line 1"),
        "{screen}"
    );
}

//! The coordinator's desk in the TUI, driven by key scripts on `TestBackend`: the
//! dashboard of a campaign with two organizers' devices, three events in three
//! countries on three days, at 80×24 and larger, without colour.

#[path = "tui/harness.rs"]
mod harness;

use fieldsign::exchange::bundle::{self, ExportOptions, ImportOptions};
use fieldsign::model::{Campaign, LineKind};
use fieldsign::tui::test_support::Phase;
use fieldsign::vault::{CampaignDraft, NewLine, Vault};
use harness::{PASSPHRASE, T0, Tui, options, redacted};
use tempfile::TempDir;

const DAY: i64 = 86_400;

macro_rules! snap {
    ($name:expr, $tui:expr) => {{
        let screen = $tui.screen();
        redacted().bind(|| insta::assert_snapshot!($name, screen));
    }};
}

fn vault_at(root: &TempDir, at: i64) -> Vault {
    let mut vault = Vault::create(
        &root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
        10,
    )
    .expect("vault");
    vault.set_time(fieldsign::clock::Clock::fixed(at));
    vault
}

/// An organizer that joins `file`, types `lines` (country, postcode) at an event, and
/// returns its bundle.
fn organizer(file: &[u8], event: (&str, &str), lines: &[(&str, &str)]) -> Vec<u8> {
    let root = tempfile::tempdir().expect("temp dir");
    let vault = vault_at(&root, T0);
    let campaign = vault.join_campaign(file).expect("join");
    let event = vault
        .create_event(&campaign, event.0, "", event.1)
        .expect("event");
    let lines = (1..)
        .zip(lines)
        .map(|(line, (country, postcode))| NewLine {
            event: Some(event.id),
            sheet: 1,
            line,
            kind: LineKind::Signature,
            fields: [
                ("name".to_owned(), format!("Signer {line}")),
                ("country".to_owned(), (*country).to_owned()),
                ("postcode".to_owned(), (*postcode).to_owned()),
            ]
            .into(),
        })
        .collect();
    vault.add_many(&campaign, lines).expect("add");
    bundle::export(&vault, &campaign, ExportOptions::default())
        .expect("export")
        .0
}

fn import(root: &TempDir, at: i64, bytes: &[u8]) {
    let vault = Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into())
        .map(|mut v| {
            v.set_time(fieldsign::clock::Clock::fixed(at));
            v
        })
        .expect("open");
    bundle::import(
        &vault,
        bytes,
        ImportOptions {
            identities: Vec::new(),
            require_known_devices: false,
            progress: None,
        },
    )
    .expect("import");
}

/// The coordinator's vault: campaign "Free them all", goal 40; a Kyiv and a Warsaw
/// organizer whose bundles arrived ten days and one day before "now" (T0 + 10 days).
fn desk() -> (TempDir, Campaign) {
    let root = tempfile::tempdir().expect("temp dir");
    let (campaign, file) = {
        let vault = vault_at(&root, T0);
        vault
            .create_campaign(CampaignDraft {
                title: "Free them all".into(),
                goal: Some(40),
                ..CampaignDraft::default()
            })
            .expect("campaign")
    };
    let kyiv = organizer(
        &file,
        ("Vigil Kyiv", "2026-11-20"),
        &[
            ("UA", "01001"),
            ("UA", "01002"),
            ("UA", "01003"),
            ("PL", "00-950"),
        ],
    );
    let warsaw = organizer(
        &file,
        ("Rally Warsaw", "2026-11-22"),
        &[
            ("PL", "00-950"),
            ("PL", "00-951"),
            ("DE", "10115"),
            ("PL", "00-952"),
            ("PL", "00-953"),
        ],
    );
    import(&root, T0, &kyiv);
    import(&root, T0 + 9 * DAY, &warsaw);
    (root, campaign)
}

fn start(root: TempDir, width: u16, height: u16) -> Tui {
    let mut opts = options(&root);
    opts.clock = fieldsign::clock::Clock::fixed(T0 + 10 * DAY);
    let mut tui = Tui::start(root, opts, width, height);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(matches!(tui.app.phase, Phase::Open(_)), "unlocked");
    tui
}

#[test]
fn dashboard_at_80x24_shows_goal_days_bars_and_the_silent_device() {
    let (root, _) = desk();
    let mut tui = start(root, 80, 24);
    tui.keys("d");
    let screen = tui.screen();
    snap!("dashboard", tui);
    assert!(screen.contains("9 signatures of 40"), "{screen}");
    assert!(screen.contains("22% of the goal"), "{screen}");
    for label in [
        "Vigil Kyiv",
        "Rally Warsaw",
        "PL",
        "UA",
        "DE",
        "11-20",
        "11-22",
    ] {
        assert!(screen.contains(label), "no {label}:\n{screen}");
    }
    // The Kyiv device sent its bundle ten days ago: silent. Warsaw's came yesterday.
    assert!(screen.contains("10 days ago  silent"), "{screen}");
    assert!(screen.contains("yesterday"), "{screen}");
    // No signer's value on the dashboard.
    assert!(!screen.contains("Signer"), "{screen}");
    assert!(!screen.contains("01001"), "{screen}");
    tui.keys("<esc>");
    assert!(tui.screen().contains("Free them all"), "back home");
}

#[test]
fn dashboard_uses_a_larger_terminal_and_counts_again() {
    let (root, _) = desk();
    let mut tui = start(root, 120, 36);
    tui.keys("d");
    snap!("dashboard_120x36", tui);
    tui.keys("r");
    let screen = tui.screen();
    assert!(screen.contains("Counted again"), "{screen}");
    assert!(screen.contains("9 signatures of 40"), "{screen}");
}

#[test]
fn an_organizers_campaign_has_no_dashboard() {
    let coordinator = tempfile::tempdir().expect("temp dir");
    let (_, file) = vault_at(&coordinator, T0)
        .create_campaign(CampaignDraft {
            title: "Free them all".into(),
            ..CampaignDraft::default()
        })
        .expect("campaign");
    let root = tempfile::tempdir().expect("temp dir");
    vault_at(&root, T0).join_campaign(&file).expect("join");
    let mut tui = start(root, 80, 24);
    tui.keys("d");
    let screen = tui.screen();
    assert!(screen.contains("the coordinator's"), "{screen}");
    assert!(!screen.contains("Per event"), "{screen}");
}

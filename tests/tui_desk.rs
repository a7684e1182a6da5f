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
use std::os::unix::fs::PermissionsExt as _;
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
    organizer_in(&tempfile::tempdir().expect("temp dir"), file, event, lines)
}

/// [`organizer`] with its vault in `root`, kept for what comes back (a receipt).
fn organizer_in(
    root: &TempDir,
    file: &[u8],
    event: (&str, &str),
    lines: &[(&str, &str)],
) -> Vec<u8> {
    let vault = vault_at(root, T0);
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
    let (root, campaign, _) = desk_keeping_kyiv();
    (root, campaign)
}

/// [`desk`], and the Kyiv organizer's vault.
fn desk_keeping_kyiv() -> (TempDir, Campaign, TempDir) {
    let root = tempfile::tempdir().expect("temp dir");
    let kyiv_root = tempfile::tempdir().expect("temp dir");
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
    let kyiv = organizer_in(
        &kyiv_root,
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
    (root, campaign, kyiv_root)
}

fn start(root: TempDir, width: u16, height: u16) -> Tui {
    let opts = options(&root);
    unlock(Tui::start(root, with_now(opts), width, height))
}

/// [`start`] on the vault in `root`, which the caller keeps.
fn start_in(root: &TempDir, width: u16, height: u16) -> Tui {
    let opts = with_now(options(root));
    let other = tempfile::tempdir().expect("temp dir");
    unlock(Tui::start(other, opts, width, height))
}

fn with_now(mut opts: fieldsign::tui::Options) -> fieldsign::tui::Options {
    opts.clock = fieldsign::clock::Clock::fixed(T0 + 10 * DAY);
    opts
}

fn unlock(mut tui: Tui) -> Tui {
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

/// [`redacted`], and fingerprints cut to fit a narrow table.
fn devices_redacted() -> insta::Settings {
    let mut settings = redacted();
    settings.add_filter(r"\b[0-9a-f]{8,31}…", "[fp]…");
    settings.add_filter(r"receipt-[0-9a-f]{8}-", "receipt-[fp]-");
    settings
}

macro_rules! snap_devices {
    ($name:expr, $tui:expr) => {{
        let screen = $tui.screen();
        devices_redacted().bind(|| insta::assert_snapshot!($name, screen));
    }};
}

fn fingerprints(root: &std::path::Path) -> Vec<(String, Option<i64>)> {
    let vault = Vault::open(&root.join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
    vault
        .known_devices()
        .expect("devices")
        .into_iter()
        .map(|d| (d.fingerprint, d.revoked))
        .collect()
}

#[test]
fn devices_at_80x24_from_home_and_from_the_dashboard() {
    let (root, _) = desk();
    let mut tui = start(root, 80, 24);
    tui.keys("D");
    let screen = tui.screen();
    snap_devices!("devices", tui);
    for label in ["FINGERPRINT", "LAST BUNDLE", "OPS", "RECORDS", "REVOKED"] {
        assert!(screen.contains(label), "no {label}:\n{screen}");
    }
    // Two organizers' devices with their 4 and 5 records; this vault's own has none.
    assert!(screen.contains("      4 —"), "{screen}");
    assert!(screen.contains("      5 —"), "{screen}");
    assert!(!screen.contains("Signer"), "{screen}");
    tui.keys("<esc>d");
    assert!(tui.screen().contains("Per event"), "the dashboard");
    tui.keys("D");
    assert!(
        tui.screen().contains("FINGERPRINT"),
        "devices from the dashboard"
    );
    tui.keys("<esc>");
    assert!(tui.screen().contains("Per event"), "back to the dashboard");
}

#[test]
fn devices_use_a_larger_terminal() {
    let (root, _) = desk();
    let devices = fingerprints(root.path());
    assert_eq!(devices.len(), 2);
    let mut tui = start(root, 120, 36);
    tui.keys("D");
    snap_devices!("devices_120x36", tui);
    let screen = tui.screen();
    // At 120 columns every fingerprint shows whole.
    for (fingerprint, _) in devices {
        assert!(screen.contains(&fingerprint), "{fingerprint}:\n{screen}");
    }
}

#[test]
fn revoking_a_device_asks_with_its_fingerprint_and_n_changes_nothing() {
    let (root, _) = desk();
    let vault_root = root.path().to_owned();
    let devices = fingerprints(&vault_root);
    // The vault's folder outlives the TUI, to be read once it has closed the vault.
    let mut tui = start_in(&root, 80, 24);
    tui.keys("DR");
    let screen = tui.screen();
    snap_devices!("devices_revoke_ask", tui);
    // The first row is the most recent bundle's device: Warsaw's.
    let chosen = screen
        .lines()
        .find(|l| l.contains("Revoke the device with fingerprint"))
        .expect("the question");
    let (fingerprint, _) = devices
        .iter()
        .find(|(f, _)| chosen.contains(f.as_str()))
        .expect("the whole fingerprint in the question");
    tui.keys("n");
    assert!(
        !tui.screen().contains("Revoke the device"),
        "{}",
        tui.screen()
    );
    tui.keys("R");
    assert!(
        tui.screen().contains("Revoke the device"),
        "{}",
        tui.screen()
    );
    tui.keys("<esc>");
    assert!(
        !tui.screen().contains("Revoke the device"),
        "{}",
        tui.screen()
    );
    assert!(tui.screen().contains("      5 —"), "{}", tui.screen());
    tui.keys("Ry");
    let screen = tui.screen();
    assert!(screen.contains("Revoked device"), "{screen}");
    // Its row says so; asking again says it is revoked already.
    assert!(!screen.contains("      5 —"), "{screen}");
    assert!(screen.contains("      4 —"), "{screen}");
    tui.keys("R");
    assert!(tui.screen().contains("revoked already"), "{}", tui.screen());
    // Closed, the vault holds the revocation, of that device only: the n and Esc above
    // wrote nothing.
    drop(tui);
    let after = fingerprints(&vault_root);
    let revoked: Vec<_> = after.iter().filter(|(_, r)| r.is_some()).collect();
    assert_eq!(revoked.len(), 1, "one device revoked");
    assert_eq!(&revoked[0].0, fingerprint, "the one asked about");
}

#[test]
fn a_device_without_a_bundle_cannot_be_revoked_or_sent_a_receipt() {
    let (root, campaign) = desk();
    {
        // The coordinator types a line too: its own device has sent no bundle here.
        let vault =
            Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
        let event = vault
            .create_event(&campaign, "Office", "", "2026-11-25")
            .expect("event");
        vault
            .add_many(
                &campaign,
                vec![NewLine {
                    event: Some(event.id),
                    sheet: 1,
                    line: 1,
                    kind: LineKind::Signature,
                    fields: [("name".to_owned(), "Signer 1".to_owned())].into(),
                }],
            )
            .expect("add");
    }
    let mut tui = start(root, 80, 24);
    tui.keys("D");
    assert!(tui.screen().contains("(no bundle)"), "{}", tui.screen());
    tui.keys("D<down><down>R");
    let screen = tui.screen();
    assert!(screen.contains("has sent no bundle here"), "{screen}");
    assert!(!screen.contains("Revoke the device"), "{screen}");
    tui.keys("w");
    assert!(
        !tui.screen().contains("Receipt for the device"),
        "{}",
        tui.screen()
    );
}

#[test]
fn a_receipt_written_on_the_devices_screen_is_imported_by_the_organizer() {
    let (root, _, kyiv_root) = desk_keeping_kyiv();
    let out = root.path().join("kyiv-receipt.age");
    let mut tui = start(root, 80, 24);
    // The second row is Kyiv's device: its bundle came ten days ago.
    tui.keys("D<down>w");
    let screen = tui.screen();
    snap_devices!("devices_receipt_prompt", tui);
    assert!(screen.contains("Receipt for the device"), "{screen}");
    tui.keys("<c-u>");
    tui.keys(out.to_str().expect("utf-8 path"));
    tui.keys("<enter>");
    let screen = tui.screen();
    assert!(screen.contains("acknowledges 4 operations"), "{screen}");
    assert!(screen.contains("Send it back to the organizer"), "{screen}");
    let bytes = std::fs::read(&out).expect("the receipt was written");
    let mode = std::fs::metadata(&out).expect("stat").permissions().mode();
    assert_eq!(mode & 0o077, 0, "only its owner reads it: {mode:o}");
    // A second write to the same name asks first, and changes nothing until confirmed.
    tui.keys("w<c-u>");
    tui.keys(out.to_str().expect("utf-8 path"));
    tui.keys("<enter>");
    assert!(
        tui.screen().contains("exists. Enter again replaces it"),
        "{}",
        tui.screen()
    );
    assert_eq!(std::fs::read(&out).expect("read"), bytes, "unchanged");
    tui.keys("<esc>");
    // The organizer imports it.
    let kyiv = Vault::open(
        &kyiv_root.path().join("vault"),
        &PASSPHRASE.to_owned().into(),
    )
    .expect("open the organizer's vault");
    let report = fieldsign::exchange::receipt::import(&kyiv, &bytes).expect("import the receipt");
    assert_eq!(report.newly_acknowledged, 4);
    assert_eq!(report.unacknowledged, 0);
}

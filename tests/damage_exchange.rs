//! Every byte of a bundle and of a receipt flipped, and every truncation: refused, no
//! panic, the store exactly as before; then the genuine file is accepted (so the test
//! can tell). Exhaustive, through the library functions `import bundle` and
//! `import receipt` call; `tests/bundles.rs` and `tests/receipts.rs` run samples through
//! the CLI. Also every byte of the decrypted bundle and receipt plaintexts, whose
//! signatures must catch what the encryption no longer can.

mod common;

use common::s;

use age::secrecy::SecretString;
use common::TestVault;
use fieldsign::exchange::bundle::{self, ImportOptions};
use fieldsign::exchange::receipt;
use fieldsign::model::{CampaignId, Record};
use fieldsign::sync;
use fieldsign::vault::{KnownDevice, ListFilter, Vault};

fn open(t: &TestVault) -> Vault {
    Vault::open(
        &t.vault,
        &SecretString::from("correct horse battery staple".to_owned()),
    )
    .expect("open the vault")
}

/// Everything an import could change, for before/after comparison.
fn state(vault: &Vault, campaign: CampaignId) -> (Vec<Record>, Vec<KnownDevice>, String) {
    let filter = ListFilter {
        include_void: true,
        ..ListFilter::default()
    };
    (
        vault.records(campaign, filter).unwrap(),
        vault.known_devices().unwrap(),
        format!("{:?}", vault.acknowledged(campaign).unwrap()),
    )
}

/// Every single-byte flip and every truncation of `good`.
fn damaged_versions(good: &[u8]) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    let flips = (0..good.len()).map(move |i| {
        let mut bad = good.to_vec();
        bad[i] ^= 0x01;
        (format!("byte {i} flipped"), bad)
    });
    let cuts =
        (0..good.len()).map(move |len| (format!("cut to {len} bytes"), good[..len].to_vec()));
    flips.chain(cuts)
}

struct Exchange {
    coord: TestVault,
    org: TestVault,
    campaign: String,
    event: String,
}

impl Exchange {
    /// A coordinator and an organizer; the organizer has sent one bundle already (so
    /// the device is pinned) and typed two more lines since.
    fn new() -> Self {
        let common::Exchange {
            coord,
            org,
            campaign,
            event,
        } = common::Exchange::new();
        let x = Self {
            coord,
            org,
            campaign,
            event,
        };
        x.org
            .add(&x.campaign, &x.event, 1, 1, &[("name", "Людмила Перша")]);
        let first = x.export("first.age");
        x.coord.ok(&["import", "bundle", s(&first)]);
        x.org
            .add(&x.campaign, &x.event, 1, 2, &[("name", "Ζωή Δεύτερη")]);
        x.org
            .add(&x.campaign, &x.event, 1, 3, &[("name", "سلمى الثالثة")]);
        x
    }

    fn export(&self, name: &str) -> std::path::PathBuf {
        let out = self.org.path(name);
        self.org.ok(&[
            "export",
            "bundle",
            "--campaign",
            &self.campaign,
            "--out",
            s(&out),
        ]);
        out
    }
}

#[test]
fn every_damaged_bundle_is_refused_and_changes_nothing() {
    let x = Exchange::new();
    let good = std::fs::read(x.export("second.age")).unwrap();
    let coord = open(&x.coord);
    let campaign: CampaignId = x.campaign.parse().unwrap();
    let before = state(&coord, campaign);
    for (what, bad) in damaged_versions(&good) {
        let result = bundle::import(&coord, &bad, ImportOptions::default());
        assert!(result.is_err(), "{what}: a damaged bundle was accepted");
        let message = result.err().unwrap().to_string();
        assert!(
            !message.contains("Ζωή") && !message.contains("سلمى"),
            "{what}: {message}"
        );
    }
    assert_eq!(
        state(&coord, campaign),
        before,
        "a damaged bundle changed the store"
    );
    let report = bundle::import(&coord, &good, ImportOptions::default()).unwrap();
    assert_eq!(report.new_records, 2, "the genuine bundle imports");
}

#[test]
fn every_damaged_bundle_plaintext_is_refused() {
    let x = Exchange::new();
    let sealed = std::fs::read(x.export("second.age")).unwrap();
    let coord = open(&x.coord);
    let plaintext = bundle::open_file(&coord, &sealed, Vec::new()).unwrap();
    assert!(sync::bundle::decode(&plaintext).is_ok());
    for (what, bad) in damaged_versions(&plaintext) {
        assert!(
            sync::bundle::decode(&bad).is_err(),
            "{what}: a damaged bundle plaintext was accepted"
        );
    }
}

#[test]
fn every_damaged_receipt_is_refused_and_changes_nothing() {
    let x = Exchange::new();
    let fingerprint = x.org.ok(&["identity", "show", "--format", "json"]);
    let fingerprint: serde_json::Value = serde_json::from_str(&fingerprint).unwrap();
    let out = x.coord.path("receipt.age");
    x.coord.ok(&[
        "receipt",
        "--device",
        fingerprint["signing_key"].as_str().unwrap(),
        "--out",
        s(&out),
    ]);
    let good = std::fs::read(&out).unwrap();
    let org = open(&x.org);
    let campaign: CampaignId = x.campaign.parse().unwrap();
    let before = state(&org, campaign);
    for (what, bad) in damaged_versions(&good) {
        assert!(
            receipt::import(&org, &bad).is_err(),
            "{what}: a damaged receipt was accepted"
        );
    }
    assert_eq!(
        state(&org, campaign),
        before,
        "a damaged receipt changed the store"
    );
    let plaintext = bundle::open_file(&org, &good, Vec::new()).unwrap();
    assert!(sync::receipt::decode(&plaintext).is_ok());
    for (what, bad) in damaged_versions(&plaintext) {
        assert!(
            sync::receipt::decode(&bad).is_err(),
            "{what}: a damaged receipt plaintext was accepted"
        );
    }
    receipt::import(&org, &good).expect("the genuine receipt imports");
    assert_ne!(
        state(&org, campaign).2,
        before.2,
        "the receipt acknowledged something"
    );
}

//! The vault through its library API: all-or-nothing batches, the op log's sequence
//! across re-opening, events of other campaigns, storage keys free of personal data,
//! and a bundle export that can be stopped.

use std::collections::BTreeMap;

use age::secrecy::SecretString;
use fieldsign::model::{Campaign, Event, LineKind};
use fieldsign::vault::{
    AddError, CampaignDraft, LineError, ListFilter, NewLine, Tree, Vault, store::Store,
};

fn passphrase() -> SecretString {
    SecretString::from("test passphrase".to_owned())
}

fn setup(dir: &std::path::Path) -> (Vault, Campaign, Event) {
    let vault = Vault::create(dir, &passphrase(), 10).unwrap();
    let (campaign, _file) = vault
        .create_campaign(CampaignDraft {
            title: "Free them".into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    let event = vault
        .create_event(&campaign, "Vigil", "", "2026-11-28")
        .unwrap();
    (vault, campaign, event)
}

fn line(event: &Event, n: u32, fields: &[(&str, &str)]) -> NewLine {
    NewLine {
        event: Some(event.id),
        sheet: 1,
        line: n,
        kind: LineKind::Signature,
        fields: fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    }
}

#[test]
fn add_many_saves_all_or_nothing_and_reports_every_bad_line() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, campaign, event) = setup(&dir.path().join("v"));
    let lines = vec![
        line(&event, 1, &[("name", "Good")]),
        line(&event, 2, &[("email", "not-an-email")]),
        line(&event, 3, &[("name", "Also good")]),
        NewLine {
            event: None,
            ..line(&event, 4, &[("name", "No event")])
        },
    ];
    let AddError::Lines(problems) = vault.add_many(&campaign, lines).unwrap_err() else {
        panic!("refused lines are bad input, not a storage failure");
    };
    let indexes: Vec<usize> = problems.iter().map(|(i, _)| *i).collect();
    assert_eq!(indexes, [1, 3]);
    assert!(matches!(problems[0].1, LineError::Invalid(_)));
    assert_eq!(vault.record_count(), 0, "nothing saved");

    let ids = vault
        .add_many(
            &campaign,
            vec![
                line(&event, 1, &[("name", "Good")]),
                line(&event, 2, &[("name", "Fine")]),
            ],
        )
        .unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(
        vault
            .records(campaign.id, ListFilter::default())
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn an_event_of_another_campaign_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, campaign, _event) = setup(&dir.path().join("v"));
    let (other, _) = vault
        .create_campaign(CampaignDraft {
            title: "Other".into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    let foreign = vault.create_event(&other, "Elsewhere", "", "").unwrap();
    let err = vault
        .add(&campaign, line(&foreign, 1, &[("name", "Ana")]))
        .unwrap_err();
    assert!(
        matches!(err, AddError::Lines(ref lines) if matches!(lines[..], [(0, LineError::UnknownEvent(_))])),
        "{err}"
    );
    assert_eq!(vault.record_count(), 0);
}

#[test]
fn the_op_log_continues_its_sequence_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v");
    let (vault, campaign, event) = setup(&path);
    let first = vault
        .add(&campaign, line(&event, 1, &[("name", "Ana")]))
        .unwrap();
    vault
        .amend(
            first,
            &BTreeMap::from([("city".to_owned(), "Porto".to_owned())]),
        )
        .unwrap();
    let device = vault.device_id();
    drop(vault);
    let vault = Vault::open(&path, &passphrase()).unwrap();
    let second = vault
        .add(&campaign, line(&event, 2, &[("name", "Rui")]))
        .unwrap();
    vault.void(second, "test").unwrap();
    drop(vault);

    let store = Store::open(&path.join("db")).unwrap();
    let keys: Vec<Vec<u8>> = store
        .scan_prefix(Tree::Ops, device.as_bytes())
        .map(|e| e.unwrap().0.to_vec())
        .collect();
    let seqs: Vec<u64> = keys
        .iter()
        .map(|k| u64::from_be_bytes(k[10..18].try_into().unwrap()))
        .collect();
    assert_eq!(seqs, [1, 2, 3, 4], "gap-free and never reused");
}

#[test]
fn likely_duplicates_match_folded_names() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, campaign, event) = setup(&dir.path().join("v"));
    let id = vault
        .add(
            &campaign,
            line(
                &event,
                1,
                &[("name", "José Núñez"), ("email", "jose@example.org")],
            ),
        )
        .unwrap();
    let probe = BTreeMap::from([
        ("name".to_owned(), "  jose  NUNEZ ".to_owned()),
        ("email".to_owned(), "jose@EXAMPLE.org".to_owned()),
    ]);
    assert_eq!(vault.likely_duplicates(&campaign, &probe).unwrap(), [id]);
    vault.void(id, "").unwrap();
    assert!(
        vault
            .likely_duplicates(&campaign, &probe)
            .unwrap()
            .is_empty(),
        "void records are not duplicates"
    );
}

#[test]
fn storage_keys_hold_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v");
    let (vault, campaign, event) = setup(&path);
    let values = [
        ("name", "Олена Шевченко"),
        ("email", "olena@example.org"),
        ("postcode", "01001"),
    ];
    vault.add(&campaign, line(&event, 1, &values)).unwrap();
    drop(vault);
    let store = Store::open(&path.join("db")).unwrap();
    let mut keys = 0;
    for tree in Tree::ALL {
        for entry in store.scan_prefix(tree, b"") {
            let (key, _) = entry.unwrap();
            keys += 1;
            for (_, value) in values {
                for needle in [value.to_owned(), value.to_lowercase(), value.to_uppercase()] {
                    assert!(
                        !key.windows(needle.len()).any(|w| w == needle.as_bytes()),
                        "a {} key holds a value",
                        tree.name()
                    );
                }
            }
        }
    }
    assert!(
        keys >= 6,
        "campaign, event, op, record, by_event, dupes, clock: {keys}"
    );
}

#[test]
fn an_export_streams_into_any_writer_and_a_stopped_one_writes_nothing() {
    use std::sync::atomic::AtomicBool;

    use fieldsign::exchange::bundle::{self, BundleError, ExportOptions};

    let dir = tempfile::tempdir().unwrap();
    let (vault, campaign, event) = setup(&dir.path().join("v"));
    for n in 1..=3 {
        vault
            .add(&campaign, line(&event, n, &[("name", "Олена Шевченко")]))
            .unwrap();
    }
    let options = ExportOptions::default();
    // What the TUI shows before writing comes from sealing into nothing: the same
    // stream, so the file's size but for the random padding stanza age puts in every
    // header (at most a few hundred bytes).
    let (bytes, summary) = bundle::export_until(
        &vault,
        &campaign,
        options,
        Vec::new(),
        &AtomicBool::new(false),
    )
    .unwrap();
    let (_, counted) = bundle::export_until(
        &vault,
        &campaign,
        options,
        std::io::sink(),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!((summary.ops, summary.bytes), (3, bytes.len()));
    assert!(
        counted.bytes.abs_diff(bytes.len()) < 512,
        "{} vs {}",
        counted.bytes,
        bytes.len()
    );
    // A lock sets the stop flag: the export ends before writing a byte.
    let err = bundle::export_until(
        &vault,
        &campaign,
        options,
        Vec::new(),
        &AtomicBool::new(true),
    )
    .unwrap_err();
    assert!(matches!(err, BundleError::Stopped), "{err}");
    assert!(err.to_string().contains("no bundle was written"));
}

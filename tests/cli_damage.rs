//! A stored value whose ciphertext fails to open: damaged on disk, or moved to another
//! record's key. The CLI must name the record and never show any content.
//!
//! sled's files are not simple to edit in place, so the damage is written through the
//! storage boundary (`fieldsign::vault::store::Store`) while no fieldsign runs, exactly
//! as a bit flip on disk that sled's own checks missed would present itself.

mod common;

use common::TestVault;
use fieldsign::model::RecordId;
use fieldsign::vault::{Tree, WriteSet, store::Store};

fn with_store(t: &TestVault, f: impl FnOnce(&Store)) {
    let store = Store::open(&t.vault.join("db")).expect("open the vault's database");
    f(&store);
}

#[test]
fn a_record_that_fails_to_open_is_named_never_shown() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let good = t.add(
        &campaign,
        &event,
        1,
        1,
        &[("name", "Ана Јовановић"), ("email", "ana@example.rs")],
    );
    let bad = t.add(
        &campaign,
        &event,
        1,
        2,
        &[("name", "Мирослав Илић"), ("email", "miro@example.rs")],
    );
    let bad_id: RecordId = bad.parse().unwrap();

    with_store(&t, |store| {
        let mut sealed = store
            .get(Tree::Records, bad_id.as_bytes())
            .unwrap()
            .unwrap()
            .to_vec();
        let middle = sealed.len() / 2;
        sealed[middle] ^= 0x40;
        let mut writes = WriteSet::default();
        writes.insert(Tree::Records, bad_id.as_bytes().to_vec(), sealed);
        store.commit(&writes).unwrap();
    });

    let secrets = [
        "Ана",
        "Јовановић",
        "Мирослав",
        "Илић",
        "ana@example.rs",
        "miro@example.rs",
    ];
    for args in [
        &["list"][..],
        &["list", "--format", "json", "--all"],
        &["amend", &bad, "--field", "city=Niš"],
        &["void", &bad],
    ] {
        let err = t.fails_cleanly(args, &secrets);
        assert!(
            err.contains(&format!(
                "a stored record ({bad}) failed its integrity check"
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("backup"), "says what to do: {err}");
    }
    // The undamaged record is still reachable by id.
    t.ok(&["amend", &good, "--field", "city=Beograd"]);
}

#[test]
fn a_sealed_value_moved_to_another_record_fails_to_open() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let a = t.add(&campaign, &event, 1, 1, &[("name", "Nour Haddad")]);
    let b = t.add(&campaign, &event, 1, 2, &[("name", "Karim Haddad")]);
    let (a_id, b_id): (RecordId, RecordId) = (a.parse().unwrap(), b.parse().unwrap());
    with_store(&t, |store| {
        // Swap in A's valid ciphertext under B's key: the associated data binds the key.
        let sealed_a = store
            .get(Tree::Records, a_id.as_bytes())
            .unwrap()
            .unwrap()
            .to_vec();
        let mut writes = WriteSet::default();
        writes.insert(Tree::Records, b_id.as_bytes().to_vec(), sealed_a);
        store.commit(&writes).unwrap();
    });
    let err = t.fails_cleanly(&["list"], &["Nour", "Karim", "Haddad"]);
    assert!(err.contains(&format!("a stored record ({b})")), "{err}");
}

#[test]
fn a_damaged_campaign_is_named() {
    let t = TestVault::new();
    let (campaign, _event) = t.campaign_and_event();
    let id: fieldsign::model::CampaignId = campaign.parse().unwrap();
    with_store(&t, |store| {
        let mut sealed = store
            .get(Tree::Campaigns, id.as_bytes())
            .unwrap()
            .unwrap()
            .to_vec();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        let mut writes = WriteSet::default();
        writes.insert(Tree::Campaigns, id.as_bytes().to_vec(), sealed);
        store.commit(&writes).unwrap();
    });
    let err = t.fails_cleanly(&["campaign", "list"], &["Free them"]);
    assert!(
        err.contains(&format!("a stored campaign ({campaign})")),
        "{err}"
    );
}

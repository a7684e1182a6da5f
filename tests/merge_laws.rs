//! The merge laws, through real vaults and real bundles: importing the same bundles in
//! any order, any number of times, in any grouping, gives the same records (idempotent,
//! commutative, associative). A vault that imported bundles does not relay their
//! operations (format 2: a bundle speaks only for its signer), only the events.

use std::collections::BTreeMap;

use age::secrecy::SecretString;
use fieldsign::exchange::bundle::{self, ExportOptions, ImportOptions};
use fieldsign::model::{Campaign, EventId, Record, RecordId};
use fieldsign::vault::{CampaignDraft, ListFilter, NewLine, Vault};
use proptest::prelude::*;

/// One step of an organizer's work.
#[derive(Debug, Clone)]
enum Step {
    Add(usize),
    Amend(usize, usize, String),
    Void(usize, usize),
    /// Export a bundle; `true`: only what was not in its previous bundle.
    Export(usize, bool),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        3 => (0usize..2).prop_map(Step::Add),
        2 => (0usize..2, 0usize..8, "[a-d]{1,3}").prop_map(|(o, r, v)| Step::Amend(o, r, v)),
        1 => (0usize..2, 0usize..8).prop_map(|(o, r)| Step::Void(o, r)),
        2 => (0usize..2, any::<bool>()).prop_map(|(o, inc)| Step::Export(o, inc)),
    ];
    prop::collection::vec(step, 1..14)
}

struct World {
    _dir: tempfile::TempDir,
    campaign: Campaign,
    organizers: Vec<(Vault, EventId, Vec<RecordId>)>,
    importers: Vec<Vault>,
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let pass = SecretString::from("merge laws".to_owned());
    let make = |name: &str| Vault::create(&dir.path().join(name), &pass, 10).unwrap();
    let coordinator = make("coordinator");
    let organizers: Vec<Vault> = (0..2).map(|i| make(&format!("org{i}"))).collect();
    let importers: Vec<Vault> = (0..4).map(|i| make(&format!("imp{i}"))).collect();
    let recipients = organizers
        .iter()
        .chain(&importers)
        .map(|v| v.recipient().unwrap())
        .collect();
    let (campaign, file) = coordinator
        .create_campaign(CampaignDraft {
            title: "Laws".into(),
            recipients,
            ..CampaignDraft::default()
        })
        .unwrap();
    for v in organizers.iter().chain(&importers) {
        v.join_campaign(&file).unwrap();
    }
    let organizers = organizers
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let event = v
                .create_event(&campaign, &format!("event {i}"), "", "")
                .unwrap()
                .id;
            (v, event, Vec::new())
        })
        .collect();
    World {
        _dir: dir,
        campaign,
        organizers,
        importers,
    }
}

fn records(vault: &Vault, campaign: &Campaign) -> Vec<Record> {
    vault
        .records(
            campaign.id,
            ListFilter {
                event: None,
                include_void: true,
            },
        )
        .unwrap()
}

fn import(vault: &Vault, bytes: &[u8]) {
    bundle::import(vault, bytes, ImportOptions::default()).unwrap();
}

/// Runs the steps; returns every bundle made, in order.
fn run(world: &mut World, steps: &[Step]) -> Vec<Vec<u8>> {
    let campaign = world.campaign.clone();
    let mut bundles = Vec::new();
    let mut lines = [0u32; 2];
    let mut exported: BTreeMap<usize, fieldsign::sync::VersionVector> = BTreeMap::new();
    let all_steps = steps
        .iter()
        .cloned()
        .chain([Step::Export(0, false), Step::Export(1, false)]);
    for step in all_steps {
        match step {
            Step::Add(o) => {
                let (vault, event, ids) = &mut world.organizers[o];
                lines[o] += 1;
                let line = NewLine {
                    event: Some(*event),
                    sheet: 1,
                    line: lines[o],
                    fields: [("name".to_owned(), format!("Name {o} {}", lines[o]))].into(),
                    ..NewLine::default()
                };
                ids.push(vault.add(&campaign, line).unwrap());
            }
            Step::Amend(o, r, value) => {
                let (vault, _, ids) = &world.organizers[o];
                if let Some(id) = ids.get(r % ids.len().max(1)) {
                    vault
                        .amend(*id, &[("city".to_owned(), value)].into())
                        .unwrap();
                }
            }
            Step::Void(o, r) => {
                let (vault, _, ids) = &world.organizers[o];
                if let Some(id) = ids.get(r % ids.len().max(1)) {
                    vault.void(*id, "dup").unwrap();
                }
            }
            Step::Export(o, incremental) => {
                let (vault, _, _) = &world.organizers[o];
                // "Incremental": pretend the coordinator acknowledged the last bundle.
                if incremental && let Some(previous) = exported.get(&o) {
                    vault.record_acknowledgement(campaign.id, previous).unwrap();
                }
                let (bytes, summary) =
                    bundle::export(vault, &campaign, ExportOptions::default()).unwrap();
                exported.entry(o).or_default().union(&summary.ranges);
                bundles.push(bytes);
            }
        }
    }
    bundles
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn import_order_repetition_and_relaying_do_not_matter(steps in steps(), seed in any::<u64>()) {
        let mut world = world();
        let bundles = run(&mut world, &steps);
        let campaign = world.campaign.clone();
        let [forward, shuffled, relay, late] = &world.importers[..] else { unreachable!() };

        for b in &bundles {
            import(forward, b);
        }
        // Another order, each bundle twice.
        let mut order: Vec<usize> = (0..bundles.len()).chain(0..bundles.len()).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            order.swap(i, usize::try_from(state % (i as u64 + 1)).unwrap());
        }
        for &i in &order {
            import(shuffled, &bundles[i]);
        }
        // (second half, backwards) then (first half): associativity. A vault that
        // imported the first half exports none of those operations, only the events.
        let half = bundles.len() / 2;
        for b in &bundles[..half] {
            import(relay, b);
        }
        let (relayed, summary) = bundle::export(relay, &campaign, ExportOptions { all: true, armor: false }).unwrap();
        prop_assert_eq!(summary.ops, 0);
        for b in bundles[half..].iter().rev() {
            import(late, b);
        }
        import(late, &relayed);
        for b in &bundles[..half] {
            import(late, b);
        }

        let expected = records(forward, &campaign);
        // Everything the organizers typed arrived.
        let mut typed: Vec<Record> = world.organizers.iter().flat_map(|(v, _, _)| records(v, &campaign)).collect();
        typed.sort_by_key(|r| r.id);
        let mut got = expected.clone();
        got.sort_by_key(|r| r.id);
        prop_assert_eq!(&got, &typed);
        prop_assert_eq!(&records(shuffled, &campaign), &expected);
        prop_assert_eq!(&records(late, &campaign), &expected);
        prop_assert_eq!(forward.held_vector().unwrap(), late.held_vector().unwrap());
    }
}

//! The fold: visible record state as a deterministic function of a set of operations.
//!
//! [`apply`] is a join: each field keeps the value with the greatest [`Stamp`], a void
//! keeps the latest reason, the `add` sets the origin, and decisions and their undos
//! are two growing sets (`model::decision`). Because a join is commutative,
//! associative and idempotent, applying operations in any order, any number of times,
//! gives the same record; that is what makes bundle import order-independent.

use std::collections::BTreeMap;

use super::{Op, OpBody};
use crate::model::{Decision, Origin, Record, RecordId, Stamped};

/// Folds `op` into `record` (which must be the record `op.record`).
pub fn apply(record: &mut Record, op: &Op) {
    debug_assert_eq!(record.id, op.record);
    let stamp = op.stamp();
    let set_fields = |record: &mut Record, fields: &BTreeMap<String, String>| {
        for (key, value) in fields {
            let newer = record.fields.get(key).is_none_or(|old| old.stamp < stamp);
            if newer {
                record.fields.insert(
                    key.clone(),
                    Stamped {
                        value: value.clone(),
                        stamp,
                    },
                );
            }
        }
    };
    match &op.body {
        OpBody::Add {
            event,
            sheet,
            line,
            line_kind,
            fields,
        } => {
            if record.origin.as_ref().is_none_or(|o| o.stamp < stamp) {
                record.origin = Some(Origin {
                    event: *event,
                    sheet: *sheet,
                    line: *line,
                    kind: *line_kind,
                    entered_at: op.at,
                    entered_by: op.replica,
                    stamp,
                });
            }
            set_fields(record, fields);
        }
        OpBody::Amend { fields } => set_fields(record, fields),
        OpBody::Void { reason } => {
            if record.void.as_ref().is_none_or(|v| v.stamp < stamp) {
                record.void = Some(Stamped {
                    value: reason.clone(),
                    stamp,
                });
            }
        }
        OpBody::Decide {
            decision,
            verdict,
            records,
        } => record.decisions.decide(
            *decision,
            Decision {
                kind: *verdict,
                records: records.clone(),
                stamp,
            },
        ),
        OpBody::Undo { decision } => record.decisions.undo(*decision),
    }
    // A purged record stays empty whatever arrives: the join with "nothing" is nothing.
    if record.purged {
        record.purge();
    }
}

/// Folds a set of operations into records, from scratch.
pub fn fold<'a>(ops: impl IntoIterator<Item = &'a Op>) -> BTreeMap<RecordId, Record> {
    let mut records = BTreeMap::new();
    for op in ops {
        let record = records
            .entry(op.record)
            .or_insert_with(|| Record::new(op.record, op.campaign));
        apply(record, op);
    }
    records
}

#[cfg(test)]
#[allow(clippy::cast_possible_truncation)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{CampaignId, DecisionId, DecisionKind, DeviceId, EventId, LineKind, Status};

    /// Adds, amends and voids of two records, and decisions about them (from a pool of
    /// two decision ids, so the same decision arrives more than once and its undo may
    /// come first).
    fn arb_ops() -> impl Strategy<Value = Vec<Op>> {
        let replicas = [DeviceId::random(), DeviceId::random(), DeviceId::random()];
        let mut records = [RecordId::random(), RecordId::random()];
        records.sort();
        let decisions = [DecisionId::random(), DecisionId::random()];
        let campaign = CampaignId::random();
        let event = EventId::random();
        prop::collection::vec(
            (
                0usize..3,
                0usize..2,
                0u8..7,
                1u64..20,
                "[a-c]{0,2}",
                0usize..3,
            ),
            0..24,
        )
        .prop_map(move |raw| {
            raw.into_iter()
                .enumerate()
                .map(|(i, (r, rec, kind, lamport, value, field))| {
                    let fields: BTreeMap<String, String> =
                        [(["name", "email", "city"][field].to_owned(), value.clone())].into();
                    let body = match kind {
                        0 => OpBody::Add {
                            event,
                            sheet: 1,
                            line: 1,
                            line_kind: LineKind::Signature,
                            fields,
                        },
                        1 => OpBody::Amend { fields },
                        2 => OpBody::Void { reason: value },
                        3..=5 => OpBody::Decide {
                            decision: decisions[field % 2],
                            verdict: match kind {
                                3 => DecisionKind::Same {
                                    keep: records[field % 2],
                                },
                                // A resolution of the two records' paper line,
                                // keeping either.
                                4 => DecisionKind::Verified {
                                    keep: records[field % 2],
                                },
                                _ => DecisionKind::Different,
                            },
                            records: records.to_vec(),
                        },
                        _ => OpBody::Undo {
                            decision: decisions[field % 2],
                        },
                    };
                    Op {
                        replica: replicas[r],
                        seq: i as u64 + 1,
                        lamport,
                        campaign,
                        record: records[rec],
                        at: 0,
                        body,
                    }
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn fold_ignores_order_and_repetition(ops in arb_ops(), seed in any::<u64>()) {
            let forward = fold(&ops);
            let mut shuffled = ops.clone();
            // A deterministic shuffle driven by the seed.
            let mut state = seed | 1;
            for i in (1..shuffled.len()).rev() {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17;
                shuffled.swap(i, usize::try_from(state % (i as u64 + 1)).unwrap_or(0));
            }
            let doubled: Vec<&Op> = shuffled.iter().chain(ops.iter()).collect();
            prop_assert_eq!(&forward, &fold(&shuffled));
            prop_assert_eq!(&forward, &fold(doubled));
            for record in forward.values() {
                // Whatever was decided, in whatever order: never its own duplicate,
                // and a record another is a duplicate of is one the decision named.
                prop_assert_ne!(record.duplicate_of(), Some(record.id));
                if let Some(keep) = record.duplicate_of() {
                    prop_assert!(record.decisions.about(keep).is_some());
                    prop_assert_eq!(record.status(), Status::Void);
                }
                // A paper line's verification keeps one entry: this one counts,
                // verified, or it is another's verification and does not.
                prop_assert_ne!(record.entry_of(), Some(record.id));
                if record.entry_of().is_some() {
                    prop_assert!(!record.verified());
                    prop_assert_eq!(record.status(), Status::Void);
                }
            }
        }

        #[test]
        fn merge_of_halves_equals_fold_of_union(ops in arb_ops(), split in 0usize..24) {
            let split = split.min(ops.len());
            let (a, b) = ops.split_at(split);
            let mut merged = fold(a);
            for op in b {
                let record = merged.entry(op.record).or_insert_with(|| Record::new(op.record, op.campaign));
                apply(record, op);
            }
            prop_assert_eq!(merged, fold(&ops));
        }
    }

    #[test]
    fn void_and_last_writer_wins() {
        let (a, b) = (DeviceId::random(), DeviceId::random());
        let id = RecordId::random();
        let campaign = CampaignId::random();
        let op = |replica, lamport, body| Op {
            replica,
            seq: lamport,
            lamport,
            campaign,
            record: id,
            at: 0,
            body,
        };
        let ops = [
            op(
                a,
                1,
                OpBody::Add {
                    event: EventId::random(),
                    sheet: 3,
                    line: 7,
                    line_kind: LineKind::Signature,
                    fields: [("name".into(), "Ana".into())].into(),
                },
            ),
            op(
                b,
                2,
                OpBody::Amend {
                    fields: [("name".into(), "Anna".into())].into(),
                },
            ),
            op(
                a,
                2,
                OpBody::Amend {
                    fields: [("name".into(), "Ann".into())].into(),
                },
            ),
        ];
        let record = &fold(&ops)[&id];
        // Equal Lamport clocks: the greater device id wins, on every replica.
        let winner = if a > b { "Ann" } else { "Anna" };
        assert_eq!(record.value("name"), Some(winner));
        assert_eq!(record.status(), Status::Valid);
        let voided = fold(ops.iter().chain([&op(
            b,
            3,
            OpBody::Void {
                reason: "dup".into(),
            },
        )]));
        assert_eq!(voided[&id].status(), Status::Void);
        assert_eq!(
            voided[&id].origin.as_ref().map(|o| (o.sheet, o.line)),
            Some((3, 7))
        );
    }
}

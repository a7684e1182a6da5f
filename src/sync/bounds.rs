//! Bounds on every number a bundle brings from outside: sequence numbers, Lamport
//! clocks, sheet and line numbers, and times. Pure functions over what a bundle says
//! and what the importing vault already knows; the import refuses the whole bundle at
//! the first broken bound, naming it (see docs/bundle-format.md, "Bounds").
//!
//! Why: the vault's counters advance from imported numbers (its Lamport clock becomes
//! the greatest one seen), so a signed `lamport = u64::MAX` would wrap the next local
//! change and silently lose every later amendment; a far-future time makes a report
//! span billions of days. Every bound is far above anything a real device produces and
//! far below where arithmetic could overflow.

use crate::model::{
    DecisionKind, DeviceId, Event, MAX_DECISION_RECORDS, MAX_LINE, MAX_SHEET, UnixTime,
};
use crate::sync::vector::RangeSet;
use crate::sync::{Op, OpBody};

/// The greatest sequence number or Lamport time accepted: 2^53 − 1, the largest integer
/// every JSON reader (`jq` included) holds exactly, and 2^11 times below `u64::MAX`.
pub const MAX_COUNTER: u64 = (1 << 53) - 1;
/// The longest run of numbers a replica may skip, before its first bundle or between
/// what the importer holds and what a bundle brings. A device numbers its operations of
/// every campaign in one sequence, so the coordinator of one campaign sees gaps as long
/// as the work done for the others; ten million lines is beyond any laptop.
pub const MAX_SEQ_GAP: u64 = 10_000_000;
/// How far an operation's Lamport time may be ahead of the importer's clock: a device's
/// clock is at most the greatest time it saw plus one per operation it made.
pub const MAX_LAMPORT_LEAP: u64 = 10_000_000;
/// How far in the future (by the importer's clock) a time may be: a laptop whose clock
/// is off by months still delivers, one set years ahead is refused.
pub const MAX_FUTURE_SECS: UnixTime = 400 * 86_400;

/// A number in a bundle broke a bound. Names the operation (`replica#seq`) or event and
/// the bound, never a value a signer typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BoundError {
    #[error("device {replica}'s sequence numbers reach {last}, above the limit of {MAX_COUNTER}")]
    SeqTooHigh { replica: DeviceId, last: u64 },
    #[error(
        "device {replica}'s operations skip {gap} sequence numbers after #{after}, more than the {MAX_SEQ_GAP} allowed"
    )]
    SeqGap {
        replica: DeviceId,
        after: u64,
        gap: u64,
    },
    #[error(
        "operation {replica}#{seq} has Lamport time {lamport}, more than {MAX_LAMPORT_LEAP} ahead of this vault's clock ({clock})"
    )]
    LamportLeap {
        replica: DeviceId,
        seq: u64,
        lamport: u64,
        clock: u64,
    },
    #[error(
        "operation {replica}#{seq} has sheet {sheet} line {line}; sheets go from 1 to {MAX_SHEET} and lines from 1 to {MAX_LINE}"
    )]
    Paper {
        replica: DeviceId,
        seq: u64,
        sheet: u32,
        line: u32,
    },
    #[error(
        "operation {replica}#{seq} is a decision that does not name 2 to {MAX_DECISION_RECORDS} different records, sorted, including its own record and the one it keeps"
    )]
    Decision { replica: DeviceId, seq: u64 },
    #[error(
        "{what} has time {time}, outside the plausible window (1970 to {MAX_FUTURE_SECS} seconds after this computer's clock)"
    )]
    Time { what: String, time: UnixTime },
}

/// What the importer knows that incoming numbers are measured against.
#[derive(Debug, Clone, Copy)]
pub struct Clocks {
    /// The importing vault's Lamport clock.
    pub lamport: u64,
    /// The importing computer's time.
    pub now: UnixTime,
}

/// Checks the seqs a bundle carries for `replica` against those the importer holds:
/// none above [`MAX_COUNTER`], and no run of missing numbers longer than
/// [`MAX_SEQ_GAP`] in what the two hold together (counting from 1).
pub fn check_seqs(
    replica: DeviceId,
    carried: &RangeSet,
    held: &RangeSet,
) -> Result<(), BoundError> {
    if let Some(last) = carried.last()
        && last > MAX_COUNTER
    {
        return Err(BoundError::SeqTooHigh { replica, last });
    }
    let mut together = held.clone();
    together.union(carried);
    let mut after = 0u64;
    for &[start, end] in together.ranges() {
        // start > after always (ranges are sorted, disjoint, from 1).
        let gap = start - after - 1;
        if gap > MAX_SEQ_GAP {
            return Err(BoundError::SeqGap {
                replica,
                after,
                gap,
            });
        }
        after = end;
    }
    Ok(())
}

/// Checks one operation's Lamport time, paper position and time.
pub fn check_op(op: &Op, clocks: Clocks) -> Result<(), BoundError> {
    let ceiling = clocks
        .lamport
        .saturating_add(MAX_LAMPORT_LEAP)
        .min(MAX_COUNTER);
    if op.lamport > ceiling {
        return Err(BoundError::LamportLeap {
            replica: op.replica,
            seq: op.seq,
            lamport: op.lamport,
            clock: clocks.lamport,
        });
    }
    if let OpBody::Add { sheet, line, .. } = op.body
        && !((1..=MAX_SHEET).contains(&sheet) && (1..=MAX_LINE).contains(&line))
    {
        return Err(BoundError::Paper {
            replica: op.replica,
            seq: op.seq,
            sheet,
            line,
        });
    }
    if let OpBody::Decide {
        verdict, records, ..
    } = &op.body
        && !decision_is_well_formed(op, *verdict, records)
    {
        return Err(BoundError::Decision {
            replica: op.replica,
            seq: op.seq,
        });
    }
    check_time(op.at, clocks.now, || {
        format!("operation {}#{}", op.replica, op.seq)
    })
}

/// What every decision fieldsign writes looks like: 2 to [`MAX_DECISION_RECORDS`]
/// records in ascending order (so no repeats, and every copy of the decision says the
/// same), among them the operation's own record and the one a "same" or "verified"
/// decision keeps.
/// Whether the records exist is not asked: a decision may arrive before the records it
/// names, as an amendment may (docs/threat-model.md).
fn decision_is_well_formed(
    op: &Op,
    verdict: DecisionKind,
    records: &[crate::model::RecordId],
) -> bool {
    let kept = match verdict {
        DecisionKind::Same { keep } | DecisionKind::Verified { keep } => records.contains(&keep),
        DecisionKind::Different => true,
    };
    (2..=MAX_DECISION_RECORDS).contains(&records.len())
        && records.windows(2).all(|w| w[0] < w[1])
        && records.contains(&op.record)
        && kept
}

/// Checks an event's creation time.
pub fn check_event(event: &Event, clocks: Clocks) -> Result<(), BoundError> {
    check_time(event.created_at, clocks.now, || {
        format!("event {}", event.id)
    })
}

/// A time from outside: from the epoch (a laptop whose clock battery died reads 1970)
/// to [`MAX_FUTURE_SECS`] after `now`.
pub fn check_time(
    time: UnixTime,
    now: UnixTime,
    what: impl FnOnce() -> String,
) -> Result<(), BoundError> {
    if (0..=now.saturating_add(MAX_FUTURE_SECS)).contains(&time) {
        Ok(())
    } else {
        Err(BoundError::Time { what: what(), time })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{CampaignId, EventId, LineKind, RecordId};

    const NOW: UnixTime = 1_800_000_000;

    fn op(seq: u64, lamport: u64, sheet: u32, line: u32, at: UnixTime) -> Op {
        Op {
            replica: DeviceId::random(),
            seq,
            lamport,
            campaign: CampaignId::random(),
            record: RecordId::random(),
            at,
            body: OpBody::Add {
                event: EventId::random(),
                sheet,
                line,
                line_kind: LineKind::Signature,
                fields: std::collections::BTreeMap::new(),
            },
        }
    }

    fn set(ranges: &[[u64; 2]]) -> RangeSet {
        let mut s = RangeSet::default();
        for [a, b] in ranges {
            s.insert_range(*a, *b);
        }
        s
    }

    #[test]
    fn seqs_contiguous_or_within_the_gap() {
        let r = DeviceId::random();
        let ok = |carried: &[[u64; 2]], held: &[[u64; 2]]| check_seqs(r, &set(carried), &set(held));
        assert!(ok(&[[1, 10]], &[]).is_ok());
        assert!(ok(&[[11, 20]], &[[1, 10]]).is_ok());
        assert!(ok(&[[1, 5], [5 + MAX_SEQ_GAP + 1, 5 + MAX_SEQ_GAP + 2]], &[]).is_ok());
        assert!(matches!(
            ok(&[[1, 5], [5 + MAX_SEQ_GAP + 2, 5 + MAX_SEQ_GAP + 2]], &[]),
            Err(BoundError::SeqGap { after: 5, .. })
        ));
        assert!(matches!(
            ok(&[[MAX_SEQ_GAP + 2, MAX_SEQ_GAP + 2]], &[]),
            Err(BoundError::SeqGap { after: 0, .. })
        ));
        assert!(matches!(
            ok(&[[u64::MAX, u64::MAX]], &[[1, 3]]),
            Err(BoundError::SeqTooHigh { last: u64::MAX, .. })
        ));
    }

    #[test]
    fn lamport_paper_and_time() {
        let clocks = Clocks {
            lamport: 50,
            now: NOW,
        };
        assert!(check_op(&op(1, 50 + MAX_LAMPORT_LEAP, 1, 1, NOW), clocks).is_ok());
        assert!(check_op(&op(1, 51 + MAX_LAMPORT_LEAP, 1, 1, NOW), clocks).is_err());
        assert!(check_op(&op(1, u64::MAX, 1, 1, NOW), clocks).is_err());
        for (sheet, line) in [
            (0, 1),
            (1, 0),
            (MAX_SHEET + 1, 1),
            (1, MAX_LINE + 1),
            (u32::MAX, u32::MAX),
        ] {
            assert!(matches!(
                check_op(&op(1, 1, sheet, line, NOW), clocks),
                Err(BoundError::Paper { .. })
            ));
        }
        assert!(check_op(&op(1, 1, MAX_SHEET, MAX_LINE, 0), clocks).is_ok());
        for at in [-1, i64::MIN, i64::MAX, NOW + MAX_FUTURE_SECS + 1] {
            assert!(matches!(
                check_op(&op(1, 1, 1, 1, at), clocks),
                Err(BoundError::Time { .. })
            ));
        }
        // A clock already near the top never overflows the ceiling.
        let high = Clocks {
            lamport: u64::MAX,
            now: i64::MAX,
        };
        assert!(check_op(&op(1, MAX_COUNTER, 1, 1, i64::MAX), high).is_ok());
        assert!(check_op(&op(1, MAX_COUNTER + 1, 1, 1, 0), high).is_err());
    }

    #[test]
    fn decisions_name_a_sorted_set_holding_their_record_and_keep() {
        use crate::model::{DecisionId, DecisionKind};
        let clocks = Clocks {
            lamport: 0,
            now: NOW,
        };
        let mut ids: Vec<RecordId> = (0..3).map(|_| RecordId::random()).collect();
        ids.sort();
        let decide = |record: RecordId, verdict: DecisionKind, records: Vec<RecordId>| Op {
            record,
            body: OpBody::Decide {
                decision: DecisionId::random(),
                verdict,
                records,
            },
            ..op(1, 1, 1, 1, NOW)
        };
        let same = |keep| DecisionKind::Same { keep };
        let ok = decide(ids[0], same(ids[1]), ids.clone());
        assert!(check_op(&ok, clocks).is_ok());
        assert!(
            check_op(
                &decide(ids[2], DecisionKind::Different, ids[1..].to_vec()),
                clocks
            )
            .is_ok()
        );
        for bad in [
            decide(ids[0], DecisionKind::Different, vec![ids[0]]),
            decide(ids[0], DecisionKind::Different, vec![ids[0], ids[0]]),
            decide(ids[0], DecisionKind::Different, vec![ids[1], ids[0]]),
            decide(ids[0], DecisionKind::Different, ids[1..].to_vec()),
            decide(ids[1], same(ids[0]), ids[1..].to_vec()),
            decide(
                ids[0],
                DecisionKind::Different,
                vec![ids[0]; MAX_DECISION_RECORDS + 1],
            ),
        ] {
            assert!(
                matches!(check_op(&bad, clocks), Err(BoundError::Decision { .. })),
                "{bad:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn extreme_numbers_are_refused_exactly_when_out_of_bounds(
            seq in prop_oneof![Just(0u64), Just(1), Just(u64::MAX), Just(MAX_COUNTER), Just(MAX_COUNTER + 1), any::<u64>()],
            lamport in prop_oneof![Just(0u64), Just(u64::MAX), Just(MAX_COUNTER), any::<u64>()],
            clock in prop_oneof![Just(0u64), Just(u64::MAX), any::<u64>()],
            sheet in prop_oneof![Just(0u32), Just(1), Just(u32::MAX), Just(MAX_SHEET), any::<u32>()],
            line in prop_oneof![Just(0u32), Just(1), Just(u32::MAX), Just(MAX_LINE), any::<u32>()],
            at in prop_oneof![Just(0i64), Just(i64::MIN), Just(i64::MAX), any::<i64>()],
            now in prop_oneof![Just(0i64), Just(i64::MAX), Just(NOW)],
        ) {
            let o = op(seq.max(1), lamport, sheet, line, at);
            let result = check_op(&o, Clocks { lamport: clock, now });
            let lamport_ok = lamport <= clock.saturating_add(MAX_LAMPORT_LEAP).min(MAX_COUNTER);
            let paper_ok = (1..=MAX_SHEET).contains(&sheet) && (1..=MAX_LINE).contains(&line);
            let time_ok = at >= 0 && at <= now.saturating_add(MAX_FUTURE_SECS);
            prop_assert_eq!(result.is_ok(), lamport_ok && paper_ok && time_ok);
            let mut carried = RangeSet::default();
            carried.insert(seq.max(1));
            let seqs = check_seqs(o.replica, &carried, &RangeSet::default());
            prop_assert_eq!(seqs.is_ok(), seq.max(1) <= MAX_SEQ_GAP + 1);
        }
    }
}

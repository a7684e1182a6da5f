//! Who may say what in a bundle, and within which bounds: the checks an import makes
//! between "the signature is valid" and "merge". Pure over the header, the operations
//! and what the importing vault already knows ([`Gate`]); `exchange::bundle::admit`
//! gathers those facts from the vault and runs the gate over a whole bundle.
//!
//! The rules (docs/threat-model.md, "A device that speaks for others"):
//! 1. A bundle carries only its signer's own operations (`replica == device`). A
//!    device's signature vouches for what that device typed, nothing else, so relayed
//!    operations are refused, whatever the bundle's version. Revocation of a device
//!    therefore holds on every route: its operations can only come in its own bundles.
//! 2. A device may add only new records, and amend or void only records it typed
//!    itself. The campaign's coordinator device (the one holding the key that signed
//!    the campaign file) may amend or void any record of the campaign. A change to a
//!    record the importer does not hold yet cannot be checked and is let through, so
//!    that import order never matters.
//! 3. Only the coordinator device decides about signers: a decision about records
//!    (same signer, different people) and any undo are refused from any other device,
//!    whoever typed the records. An organizer may verify a paper line (double entry,
//!    `DecisionKind::Verified`) with its own entries: the operation on the entry it
//!    keeps only marks that entry verified, and the operation on every other entry
//!    (which stops counting) must be on a record the organizer typed.
//! 4. Every number is within the bounds of [`crate::sync::bounds`].

use std::collections::HashSet;

use super::format::Header;
use crate::model::{DecisionKind, DeviceId, Event, RecordId};
use crate::sync::bounds::{self, BoundError, Clocks};
use crate::sync::vector::RangeSet;
use crate::sync::{Op, OpBody};

/// A signed bundle breaks a rule of who may say what. Names devices and operation
/// numbers, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuthorityError {
    #[error(
        "this bundle is signed by device {signer} but carries operations of other devices ({others}); a device may only send its own operations, so nothing was imported. Each device must export its own bundle (with an up-to-date fieldsign)"
    )]
    Relayed { signer: DeviceId, others: String },
    #[error(
        "operation {signer}#{seq} {action} a record that device {signer} did not type; only the campaign's coordinator may change other devices' records, so nothing was imported. Ask the organizer what happened before importing anything more from that device"
    )]
    NotTheAuthor {
        signer: DeviceId,
        seq: u64,
        action: &'static str,
    },
    #[error(
        "operation {signer}#{seq} is a decision about duplicates, and only the campaign's coordinator decides those, so nothing was imported. Ask the organizer what happened before importing anything more from that device"
    )]
    NotTheCoordinator { signer: DeviceId, seq: u64 },
    #[error(
        "the bundle's creation time is not a plausible RFC 3339 time; fieldsign never writes such a header, nothing was imported"
    )]
    CreatedAt,
    #[error(
        "this bundle breaks a bound: {0}. fieldsign never writes such numbers, so the bundle was made by hand or by a damaged vault; nothing was imported, ask the organizer (by phone) before importing more from that device"
    )]
    Bound(#[from] BoundError),
}

/// Who typed a record, as the importing vault knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// The vault does not hold the record.
    Absent,
    /// The vault holds it, typed by this device (`None`: its `add` is not held yet).
    Typed(Option<DeviceId>),
}

/// The checks for one bundle, fed its events and operations one at a time (so a
/// streaming import can call it batch by batch). Remembers which records the bundle
/// itself added, so the bundle may amend them.
pub struct Gate {
    signer: DeviceId,
    coordinator: bool,
    clocks: Clocks,
    added_here: HashSet<RecordId>,
}

impl Gate {
    /// Checks the header: only the signer's replica, sequence numbers within bounds of
    /// what the importer already `held` from it, a plausible creation time.
    pub fn new(
        header: &Header,
        coordinator: bool,
        held: &RangeSet,
        clocks: Clocks,
    ) -> Result<Self, AuthorityError> {
        let others: Vec<String> = header
            .ranges
            .iter()
            .filter(|(replica, seqs)| *replica != header.device && !seqs.is_empty())
            .map(|(replica, _)| replica.to_string())
            .collect();
        if !others.is_empty() {
            return Err(AuthorityError::Relayed {
                signer: header.device,
                others: others.join(", "),
            });
        }
        let carried = header
            .ranges
            .get(header.device)
            .cloned()
            .unwrap_or_default();
        bounds::check_seqs(header.device, &carried, held)?;
        let created = time::OffsetDateTime::parse(
            &header.created_at,
            &time::format_description::well_known::Rfc3339,
        )
        .map_err(|_| AuthorityError::CreatedAt)?;
        bounds::check_time(created.unix_timestamp(), clocks.now, || {
            "the bundle's header".to_owned()
        })?;
        Ok(Self {
            signer: header.device,
            coordinator,
            clocks,
            added_here: HashSet::new(),
        })
    }

    pub fn event(&self, event: &Event) -> Result<(), AuthorityError> {
        Ok(bounds::check_event(event, self.clocks)?)
    }

    /// Checks one operation; `author` says who typed its record, as the vault knows it.
    pub fn op(&mut self, op: &Op, author: Author) -> Result<(), AuthorityError> {
        // The header's ranges were checked, and decode made sure they list exactly the
        // operations inside; this keeps the gate sound on its own.
        if op.replica != self.signer {
            return Err(AuthorityError::Relayed {
                signer: self.signer,
                others: op.replica.to_string(),
            });
        }
        bounds::check_op(op, self.clocks)?;
        let (signer, seq) = (self.signer, op.seq);
        let author = if self.added_here.contains(&op.record) {
            Author::Typed(Some(signer))
        } else {
            author
        };
        if op.body.is_decision() {
            if self.coordinator {
                return Ok(());
            }
            // A verification of a paper line by an organizer: the kept entry is only
            // marked verified, whoever typed it; another entry stops counting, so it
            // must be the organizer's own (or not held yet, taken on the signer's word
            // like any change that arrives before its record).
            return match (&op.body, author) {
                (
                    OpBody::Decide {
                        verdict: DecisionKind::Verified { keep },
                        ..
                    },
                    _,
                ) if *keep == op.record => Ok(()),
                (
                    OpBody::Decide {
                        verdict: DecisionKind::Verified { .. },
                        ..
                    },
                    Author::Absent | Author::Typed(None),
                ) => Ok(()),
                (
                    OpBody::Decide {
                        verdict: DecisionKind::Verified { .. },
                        ..
                    },
                    Author::Typed(Some(typist)),
                ) if typist == signer => Ok(()),
                (
                    OpBody::Decide {
                        verdict: DecisionKind::Verified { .. },
                        ..
                    },
                    Author::Typed(Some(_)),
                ) => Err(AuthorityError::NotTheAuthor {
                    signer,
                    seq,
                    action: "verifies away",
                }),
                // Whatever the record, and whether it is held: a decision about
                // signers, and any undo, is the coordinator's alone.
                _ => Err(AuthorityError::NotTheCoordinator { signer, seq }),
            };
        }
        match (&op.body, author) {
            // A new record, the signer's own add sent again, or the add of a record
            // whose changes arrived first (it has no paper origin to take over).
            (OpBody::Add { .. }, Author::Absent | Author::Typed(None)) => {
                self.added_here.insert(op.record);
                Ok(())
            }
            (OpBody::Add { .. }, Author::Typed(Some(typist))) if typist == signer => {
                self.added_here.insert(op.record);
                Ok(())
            }
            // Record ids are random and never reused: an add over another device's
            // record would take over its paper origin.
            (OpBody::Add { .. }, Author::Typed(Some(_))) => Err(AuthorityError::NotTheAuthor {
                signer,
                seq,
                action: "adds again",
            }),
            (_, _) if self.coordinator => Ok(()),
            // A change that arrives before its record's add (bundles imported out of
            // order, or a coordinator vault restored from an older backup) cannot be
            // checked yet. Refusing it would make import order matter and could block a
            // device's every later bundle; it is taken on the signer's word, which is
            // the residual risk docs/threat-model.md states.
            (_, Author::Absent | Author::Typed(None)) => Ok(()),
            (_, Author::Typed(Some(typist))) if typist == signer => Ok(()),
            (body, Author::Typed(Some(_))) => Err(AuthorityError::NotTheAuthor {
                signer,
                seq,
                action: action(body),
            }),
        }
    }
}

fn action(body: &OpBody) -> &'static str {
    match body {
        OpBody::Add { .. } => "adds",
        OpBody::Amend { .. } => "amends",
        OpBody::Void { .. } => "voids",
        OpBody::Decide { .. } => "decides about",
        OpBody::Undo { .. } => "undoes a decision about",
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::{CampaignId, EventId, LineKind};
    use crate::sync::vector::VersionVector;

    fn header(device: DeviceId, ops: &[&Op]) -> Header {
        let mut ranges = VersionVector::default();
        for op in ops {
            ranges.insert(op.replica, op.seq);
        }
        Header {
            format: super::super::FORMAT.into(),
            version: super::super::VERSION,
            campaign: CampaignId::random(),
            device,
            device_recipient: String::new(),
            signing_key: String::new(),
            recipients: vec![],
            created_at: "2026-11-28T20:53:21Z".into(),
            ranges,
            events: 0,
            ops: ops.len(),
        }
    }

    fn op(replica: DeviceId, seq: u64, record: RecordId, body: OpBody) -> Op {
        Op {
            replica,
            seq,
            lamport: seq,
            campaign: CampaignId::random(),
            record,
            at: 1_795_899_198,
            body,
        }
    }

    fn add() -> OpBody {
        OpBody::Add {
            event: EventId::random(),
            sheet: 1,
            line: 1,
            line_kind: LineKind::Signature,
            fields: BTreeMap::new(),
        }
    }

    fn void() -> OpBody {
        OpBody::Void { reason: "x".into() }
    }

    const CLOCKS: Clocks = Clocks {
        lamport: 0,
        now: 1_800_000_000,
    };

    #[test]
    fn relays_are_refused() {
        let (a, b) = (DeviceId::random(), DeviceId::random());
        let own = op(a, 1, RecordId::random(), add());
        let relayed = op(b, 3, RecordId::random(), void());
        let h = header(a, &[&own, &relayed]);
        let err = Gate::new(&h, false, &RangeSet::default(), CLOCKS).err();
        assert!(
            matches!(&err, Some(AuthorityError::Relayed { signer, others }) if *signer == a && *others == b.to_string()),
            "{err:?}"
        );
        // Even a coordinator's bundle may not speak for another device.
        assert!(Gate::new(&h, true, &RangeSet::default(), CLOCKS).is_err());
        let mut gate = Gate::new(&header(a, &[&own]), false, &RangeSet::default(), CLOCKS).unwrap();
        assert!(gate.op(&relayed, Author::Absent).is_err());
    }

    #[test]
    fn only_the_typist_or_the_coordinator_changes_a_record() {
        let (a, b) = (DeviceId::random(), DeviceId::random());
        let (mine, theirs) = (RecordId::random(), RecordId::random());
        let h = header(a, &[]);
        let mut gate = Gate::new(&h, false, &RangeSet::default(), CLOCKS).unwrap();
        // Its own new record, then changes to it in the same bundle.
        gate.op(&op(a, 1, mine, add()), Author::Absent).unwrap();
        gate.op(&op(a, 2, mine, void()), Author::Absent).unwrap();
        // Its own record already held; its own add sent again.
        let old = RecordId::random();
        gate.op(&op(a, 3, old, void()), Author::Typed(Some(a)))
            .unwrap();
        gate.op(&op(a, 4, old, add()), Author::Typed(Some(a)))
            .unwrap();
        // Someone else's record: neither changed nor taken over.
        for body in [
            void(),
            OpBody::Amend {
                fields: BTreeMap::new(),
            },
            add(),
        ] {
            assert!(matches!(
                gate.op(&op(a, 5, theirs, body), Author::Typed(Some(b))),
                Err(AuthorityError::NotTheAuthor { .. })
            ));
        }
        // A record not held yet (its add comes in a later bundle): let through.
        gate.op(&op(a, 5, RecordId::random(), void()), Author::Absent)
            .unwrap();
        // The coordinator may change any record, but not add over one.
        let mut coord = Gate::new(&h, true, &RangeSet::default(), CLOCKS).unwrap();
        coord
            .op(&op(a, 1, theirs, void()), Author::Typed(Some(b)))
            .unwrap();
        coord
            .op(&op(a, 2, RecordId::random(), void()), Author::Absent)
            .unwrap();
        assert!(
            coord
                .op(&op(a, 3, theirs, add()), Author::Typed(Some(b)))
                .is_err()
        );
    }

    #[test]
    fn only_the_coordinator_decides() {
        use crate::model::{DecisionId, DecisionKind};
        let a = DeviceId::random();
        let mut records = [RecordId::random(), RecordId::random()];
        records.sort();
        let decision = DecisionId::random();
        let bodies = [
            OpBody::Decide {
                decision,
                verdict: DecisionKind::Same { keep: records[1] },
                records: records.to_vec(),
            },
            OpBody::Undo { decision },
        ];
        for (i, body) in bodies.into_iter().enumerate() {
            let o = op(a, i as u64 + 1, records[0], body);
            // Not even about records the signer typed itself.
            for author in [Author::Absent, Author::Typed(Some(a))] {
                let mut organizer =
                    Gate::new(&header(a, &[]), false, &RangeSet::default(), CLOCKS).unwrap();
                assert!(matches!(
                    organizer.op(&o, author),
                    Err(AuthorityError::NotTheCoordinator { .. })
                ));
                let mut coordinator =
                    Gate::new(&header(a, &[]), true, &RangeSet::default(), CLOCKS).unwrap();
                coordinator.op(&o, author).unwrap();
            }
        }
    }

    #[test]
    fn an_organizer_verifies_with_its_own_entries_only() {
        use crate::model::DecisionId;
        let (a, b) = (DeviceId::random(), DeviceId::random());
        let (first, second) = (RecordId::random(), RecordId::random());
        let mut records = vec![first, second];
        records.sort();
        let verify = |keep| OpBody::Decide {
            decision: DecisionId::random(),
            verdict: DecisionKind::Verified { keep },
            records: records.clone(),
        };
        let gate = || Gate::new(&header(a, &[]), false, &RangeSet::default(), CLOCKS).unwrap();
        // `first` typed by b, `second` by a: a keeps b's entry and verifies its own away.
        gate()
            .op(&op(a, 1, first, verify(first)), Author::Typed(Some(b)))
            .unwrap();
        gate()
            .op(&op(a, 1, second, verify(first)), Author::Typed(Some(a)))
            .unwrap();
        // It may not make b's entry stop counting.
        assert!(matches!(
            gate().op(&op(a, 1, first, verify(second)), Author::Typed(Some(b))),
            Err(AuthorityError::NotTheAuthor { .. })
        ));
        // Nor undo anything.
        assert!(matches!(
            gate().op(
                &op(
                    a,
                    1,
                    first,
                    OpBody::Undo {
                        decision: DecisionId::random()
                    }
                ),
                Author::Typed(Some(a))
            ),
            Err(AuthorityError::NotTheCoordinator { .. })
        ));
    }

    #[test]
    fn header_bounds() {
        let a = DeviceId::random();
        let far = op(a, u64::MAX, RecordId::random(), add());
        assert!(matches!(
            Gate::new(&header(a, &[&far]), false, &RangeSet::default(), CLOCKS).err(),
            Some(AuthorityError::Bound(BoundError::SeqTooHigh { .. }))
        ));
        let mut h = header(a, &[]);
        for bad in ["yesterday", "9999-01-01T00:00:00Z", "1960-01-01T00:00:00Z"] {
            h.created_at = bad.into();
            assert!(
                Gate::new(&h, false, &RangeSet::default(), CLOCKS).is_err(),
                "{bad}"
            );
        }
    }
}

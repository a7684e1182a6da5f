//! A coordinator's decisions about sets of records: "these are the same signer, keep
//! this one", "these are different people". One mechanism for every kind of judgement
//! a person makes about several records at once (the duplicate review now; double
//! entry's "these entries are one paper line, checked" is [`DecisionKind::Verified`]).
//!
//! A decision is made once, with a fresh [`DecisionId`], and copied into the fold of
//! every record it names (one operation per record, see `sync::op`), so each record
//! carries everything needed to know its own state: no second index, nothing to
//! rebuild. An undo names the decision; the two sets only grow, so folding decisions
//! and undos in any order, any number of times, gives the same state. An undone
//! decision stays undone; deciding again makes a new decision.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{DecisionId, RecordId, Stamp};

/// The most records one decision may name: a group of duplicates is a handful of
/// lines; a larger set is not a review a person made (bounds every bundle too).
pub const MAX_DECISION_RECORDS: usize = 64;

/// What was decided about a set of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// One signer typed several times: `keep` counts, the others are duplicates of it.
    Same { keep: RecordId },
    /// Different people: never proposed as duplicates of each other again.
    Different,
    /// Entries of one paper line (double entry, `model::paper`): `keep` is the
    /// signature, checked against a second entry or the paper; the others are kept as
    /// its verification and do not count. Made by a second entry that agrees or by a
    /// resolution.
    Verified { keep: RecordId },
}

impl DecisionKind {
    /// A decision of the duplicate review (same signer, different people), as opposed
    /// to a paper line's verification.
    pub fn is_about_signers(self) -> bool {
        matches!(self, Self::Same { .. } | Self::Different)
    }
}

/// One decision as a record holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub kind: DecisionKind,
    /// Every record it names, sorted, without repeats.
    pub records: Vec<RecordId>,
    pub stamp: Stamp,
}

/// The decisions that name one record, and the undos that name any of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decisions {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    made: BTreeMap<DecisionId, Decision>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    undone: BTreeSet<DecisionId>,
}

impl Decisions {
    pub fn is_empty(&self) -> bool {
        self.made.is_empty() && self.undone.is_empty()
    }

    /// Folds in a decision. Two different contents under one id (never written by
    /// fieldsign) resolve to the greater stamp on every replica, so the fold stays a join.
    pub fn decide(&mut self, id: DecisionId, decision: Decision) {
        let newer = self
            .made
            .get(&id)
            .is_none_or(|old| old.stamp < decision.stamp);
        if newer {
            self.made.insert(id, decision);
        }
    }

    /// Folds in an undo (which may arrive before its decision).
    pub fn undo(&mut self, id: DecisionId) {
        self.undone.insert(id);
    }

    /// The decisions in force (made and not undone), oldest first.
    pub fn active(&self) -> impl Iterator<Item = (DecisionId, &Decision)> {
        let mut active: Vec<(DecisionId, &Decision)> = self
            .made
            .iter()
            .filter(|(id, _)| !self.undone.contains(id))
            .map(|(id, d)| (*id, d))
            .collect();
        active.sort_by_key(|(_, d)| d.stamp);
        active.into_iter()
    }

    /// The latest duplicate-review decision in force that names `other` too: what was
    /// last decided about the signers of the pair (this record, `other`).
    pub fn about(&self, other: RecordId) -> Option<(DecisionId, &Decision)> {
        self.active()
            .filter(|(_, d)| d.kind.is_about_signers() && d.records.contains(&other))
            .last()
    }

    /// The entry the latest verification in force keeps, if one names this record.
    fn verified_keep(&self) -> Option<RecordId> {
        self.active()
            .filter_map(|(_, d)| match d.kind {
                DecisionKind::Verified { keep } => Some(keep),
                _ => None,
            })
            .last()
    }

    /// The entry of the same paper line that `this` record is kept as the
    /// verification of, if the latest verification naming it keeps another.
    pub fn entry_of(&self, this: RecordId) -> Option<RecordId> {
        self.verified_keep().filter(|&keep| keep != this)
    }

    /// Whether the latest verification naming `this` record keeps it.
    pub fn verified(&self, this: RecordId) -> bool {
        self.verified_keep() == Some(this)
    }

    /// The record that `this` record is a duplicate of, if a decision in force says
    /// so: the latest "same signer" decision keeping another record, unless a later
    /// decision about that pair says otherwise.
    pub fn duplicate_of(&self, this: RecordId) -> Option<RecordId> {
        self.active()
            .filter_map(|(_, d)| match d.kind {
                DecisionKind::Same { keep } if keep != this => Some(keep),
                _ => None,
            })
            .filter(|&keep| {
                self.about(keep).is_some_and(
                    |(_, d)| matches!(d.kind, DecisionKind::Same { keep: k } if k != this),
                )
            })
            .last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DeviceId;

    fn stamp(lamport: u64) -> Stamp {
        Stamp {
            lamport,
            replica: DeviceId::from_slice(&[1; 10]).unwrap_or_else(DeviceId::random),
            seq: lamport,
        }
    }

    fn decision(kind: DecisionKind, records: &[RecordId], lamport: u64) -> Decision {
        let mut records = records.to_vec();
        records.sort();
        Decision {
            kind,
            records,
            stamp: stamp(lamport),
        }
    }

    #[test]
    fn same_makes_the_others_duplicates_and_undo_restores_them() {
        let (a, b) = (RecordId::random(), RecordId::random());
        let id = DecisionId::random();
        let mut on_b = Decisions::default();
        on_b.decide(id, decision(DecisionKind::Same { keep: a }, &[a, b], 1));
        assert_eq!(on_b.duplicate_of(b), Some(a));
        assert_eq!(
            on_b.duplicate_of(a),
            None,
            "the kept record is nobody's duplicate"
        );
        on_b.undo(id);
        assert_eq!(on_b.duplicate_of(b), None);
        assert!(on_b.about(a).is_none());
    }

    #[test]
    fn a_later_decision_about_the_pair_wins() {
        let (a, b, c) = (RecordId::random(), RecordId::random(), RecordId::random());
        let mut on_b = Decisions::default();
        on_b.decide(
            DecisionId::random(),
            decision(DecisionKind::Same { keep: a }, &[a, b], 1),
        );
        // A decision about another pair does not change this one.
        on_b.decide(
            DecisionId::random(),
            decision(DecisionKind::Different, &[b, c], 2),
        );
        assert_eq!(on_b.duplicate_of(b), Some(a));
        // A later "different" about (a, b) does.
        on_b.decide(
            DecisionId::random(),
            decision(DecisionKind::Different, &[a, b], 3),
        );
        assert_eq!(on_b.duplicate_of(b), None);
    }

    #[test]
    fn the_latest_verification_keeps_one_entry_and_leaves_the_review_alone() {
        let (a, b) = (RecordId::random(), RecordId::random());
        let mut on_a = Decisions::default();
        let first = DecisionId::random();
        on_a.decide(
            first,
            decision(DecisionKind::Verified { keep: a }, &[a, b], 1),
        );
        assert!(on_a.verified(a));
        assert_eq!(on_a.entry_of(a), None);
        assert_eq!(on_a.entry_of(b), Some(a));
        assert!(
            on_a.about(b).is_none(),
            "a verification is not a duplicate review"
        );
        assert_eq!(on_a.duplicate_of(b), None);
        // Resolved again, keeping the other entry: the later one holds.
        on_a.decide(
            DecisionId::random(),
            decision(DecisionKind::Verified { keep: b }, &[a, b], 2),
        );
        assert!(!on_a.verified(a));
        assert_eq!(on_a.entry_of(a), Some(b));
        assert!(on_a.verified(b));
    }

    #[test]
    fn an_undo_before_its_decision_still_holds() {
        let (a, b) = (RecordId::random(), RecordId::random());
        let id = DecisionId::random();
        let mut early = Decisions::default();
        early.undo(id);
        early.decide(id, decision(DecisionKind::Different, &[a, b], 1));
        let mut late = Decisions::default();
        late.decide(id, decision(DecisionKind::Different, &[a, b], 1));
        late.undo(id);
        assert_eq!(early, late);
        assert!(early.about(b).is_none());
    }
}

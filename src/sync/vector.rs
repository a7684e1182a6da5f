//! Version vectors: which operations a vault holds, as contiguous `seq` ranges per replica.
//!
//! A bundle's header lists the ranges it carries, a receipt the ranges its coordinator
//! holds. Ranges are inclusive, sorted, disjoint and never adjacent (`[1,3],[4,5]` is
//! always stored as `[1,5]`), so two equal sets always serialize to the same JSON.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::DeviceId;

/// A set of sequence numbers as sorted, disjoint, non-adjacent inclusive ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<[u64; 2]>", into = "Vec<[u64; 2]>")]
pub struct RangeSet(Vec<[u64; 2]>);

impl RangeSet {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The ranges, lowest first.
    pub fn ranges(&self) -> &[[u64; 2]] {
        &self.0
    }

    /// How many sequence numbers the set holds (saturating: `[1, u64::MAX]` holds one
    /// more number than a u64 can count, and a signed file may claim it).
    pub fn count(&self) -> u64 {
        self.0
            .iter()
            .map(|[a, b]| (b - a).saturating_add(1))
            .fold(0, u64::saturating_add)
    }

    /// The greatest number in the set, if any.
    pub fn last(&self) -> Option<u64> {
        self.0.last().map(|[_, b]| *b)
    }

    pub fn contains(&self, seq: u64) -> bool {
        let i = self.0.partition_point(|[_, end]| *end < seq);
        self.0.get(i).is_some_and(|[start, _]| *start <= seq)
    }

    pub fn insert(&mut self, seq: u64) {
        self.insert_range(seq, seq);
    }

    /// Adds `start..=end`, merging with overlapping or adjacent ranges.
    pub fn insert_range(&mut self, mut start: u64, mut end: u64) {
        if start > end {
            return;
        }
        // The first range that could touch `start` (ends at or after start - 1).
        let first = self.0.partition_point(|[_, e]| e.saturating_add(1) < start);
        let mut last = first;
        while last < self.0.len() && self.0[last][0] <= end.saturating_add(1) {
            start = start.min(self.0[last][0]);
            end = end.max(self.0[last][1]);
            last += 1;
        }
        self.0.splice(first..last, [[start, end]]);
    }

    pub fn union(&mut self, other: &RangeSet) {
        for [a, b] in &other.0 {
            self.insert_range(*a, *b);
        }
    }

    /// The numbers in `self` that are not in `other`.
    #[must_use]
    pub fn difference(&self, other: &RangeSet) -> RangeSet {
        let mut out = Vec::new();
        for &[mut a, b] in &self.0 {
            // Whether the rest of [a, b] is covered; not `a = b + 1`, which cannot
            // be represented when b is u64::MAX.
            let mut covered = false;
            for &[c, d] in &other.0 {
                if d < a || c > b {
                    continue;
                }
                if c > a {
                    out.push([a, c - 1]);
                }
                if d >= b {
                    covered = true;
                    break;
                }
                a = d + 1;
            }
            if !covered {
                out.push([a, b]);
            }
        }
        RangeSet(out)
    }
}

impl RangeSet {
    /// The numbers in both sets.
    #[must_use]
    pub fn intersection(&self, other: &RangeSet) -> RangeSet {
        self.difference(&self.difference(other))
    }
}

impl From<RangeSet> for Vec<[u64; 2]> {
    fn from(set: RangeSet) -> Self {
        set.0
    }
}

impl TryFrom<Vec<[u64; 2]>> for RangeSet {
    type Error = &'static str;

    /// Accepts only the canonical form, so a file cannot describe one set two ways.
    fn try_from(ranges: Vec<[u64; 2]>) -> Result<Self, Self::Error> {
        let canonical = ranges.iter().all(|[a, b]| a <= b && *a >= 1)
            && ranges
                .windows(2)
                .all(|w| w[0][1].saturating_add(1) < w[1][0]);
        if canonical {
            Ok(RangeSet(ranges))
        } else {
            Err("ranges must be sorted, disjoint, non-adjacent [start, end] pairs from 1")
        }
    }
}

/// What a vault holds (or a bundle carries, or a receipt acknowledges), per replica.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VersionVector(BTreeMap<DeviceId, RangeSet>);

impl VersionVector {
    pub fn is_empty(&self) -> bool {
        self.0.values().all(RangeSet::is_empty)
    }

    pub fn get(&self, replica: DeviceId) -> Option<&RangeSet> {
        self.0.get(&replica)
    }

    pub fn contains(&self, replica: DeviceId, seq: u64) -> bool {
        self.0.get(&replica).is_some_and(|r| r.contains(seq))
    }

    pub fn insert(&mut self, replica: DeviceId, seq: u64) {
        self.0.entry(replica).or_default().insert(seq);
    }

    pub fn set(&mut self, replica: DeviceId, ranges: RangeSet) {
        if ranges.is_empty() {
            self.0.remove(&replica);
        } else {
            self.0.insert(replica, ranges);
        }
    }

    pub fn union(&mut self, other: &VersionVector) {
        for (replica, ranges) in &other.0 {
            self.0.entry(*replica).or_default().union(ranges);
        }
    }

    /// Per replica, the numbers in `self` that `other` lacks.
    #[must_use]
    pub fn difference(&self, other: &VersionVector) -> VersionVector {
        let mut out = VersionVector::default();
        for (replica, ranges) in &self.0 {
            let rest = match other.0.get(replica) {
                Some(theirs) => ranges.difference(theirs),
                None => ranges.clone(),
            };
            out.set(*replica, rest);
        }
        out
    }

    /// Only the replicas in `keep`.
    #[must_use]
    pub fn restricted_to(&self, keep: impl Fn(DeviceId) -> bool) -> VersionVector {
        VersionVector(
            self.0
                .iter()
                .filter(|(r, _)| keep(**r))
                .map(|(r, s)| (*r, s.clone()))
                .collect(),
        )
    }

    pub fn iter(&self) -> impl Iterator<Item = (DeviceId, &RangeSet)> {
        self.0.iter().map(|(r, s)| (*r, s))
    }

    /// How many operations the vector covers in all (saturating).
    pub fn count(&self) -> u64 {
        self.0
            .values()
            .map(RangeSet::count)
            .fold(0, u64::saturating_add)
    }

    /// `replica:1-10,12-15 replica:…`: for signed statements and for people.
    pub fn describe(&self) -> String {
        self.0
            .iter()
            .filter(|(_, s)| !s.is_empty())
            .map(|(replica, set)| {
                let ranges: Vec<String> = set
                    .ranges()
                    .iter()
                    .map(|[a, b]| {
                        if a == b {
                            a.to_string()
                        } else {
                            format!("{a}-{b}")
                        }
                    })
                    .collect();
                format!("{replica}:{}", ranges.join(","))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;

    fn from_set(seqs: &BTreeSet<u64>) -> RangeSet {
        let mut set = RangeSet::default();
        for s in seqs {
            set.insert(*s);
        }
        set
    }

    proptest! {
        #[test]
        fn ranges_behave_like_sets(a in prop::collection::btree_set(1u64..60, 0..40), b in prop::collection::btree_set(1u64..60, 0..40)) {
            let (ra, rb) = (from_set(&a), from_set(&b));
            for s in 0..62 {
                prop_assert_eq!(ra.contains(s), a.contains(&s));
            }
            let mut union = ra.clone();
            union.union(&rb);
            prop_assert_eq!(&union, &from_set(&a.union(&b).copied().collect()));
            prop_assert_eq!(ra.difference(&rb), from_set(&a.difference(&b).copied().collect()));
            prop_assert_eq!(ra.intersection(&rb), from_set(&a.intersection(&b).copied().collect()));
            prop_assert_eq!(ra.count(), a.len() as u64);
            let json = serde_json::to_string(&union).unwrap();
            prop_assert_eq!(serde_json::from_str::<RangeSet>(&json).unwrap(), union);
        }
    }

    #[test]
    fn extreme_numbers_neither_panic_nor_wrap() {
        let mut all = RangeSet::default();
        all.insert_range(1, u64::MAX);
        assert_eq!(all.count(), u64::MAX);
        assert!(all.contains(u64::MAX) && !all.contains(0));
        let mut v = VersionVector::default();
        v.set(DeviceId::random(), all.clone());
        v.set(DeviceId::random(), all.clone());
        assert_eq!(v.count(), u64::MAX, "saturates instead of wrapping");
        let mut top = RangeSet::default();
        top.insert(u64::MAX);
        assert_eq!(all.difference(&top).last(), Some(u64::MAX - 1));
        assert_eq!(all.intersection(&top), top);
        assert_eq!(top.difference(&all), RangeSet::default());
    }

    #[test]
    fn refuses_non_canonical_ranges() {
        assert!(serde_json::from_str::<RangeSet>("[[1,3],[4,5]]").is_err());
        assert!(serde_json::from_str::<RangeSet>("[[3,1]]").is_err());
        assert!(serde_json::from_str::<RangeSet>("[[0,1]]").is_err());
        assert!(serde_json::from_str::<RangeSet>("[[1,3],[5,5]]").is_ok());
    }
}

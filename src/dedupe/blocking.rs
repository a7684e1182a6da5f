//! Blocking: the few pairs worth scoring. Each record gets a handful of keys — its
//! email, its phone, and for its name every (initial of one word, start of another)
//! both in the romanized spelling and as consonant skeletons — and only records sharing
//! a key are compared. So `O. Shevchenko`, `Shevchenko Olena` and `Olena Shevhenko` all
//! meet `Olena Shevchenko` under `o|shev`, and the cost grows with the records, not
//! with their square.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::prepare::Prepared;

/// A block larger than this is split by city, and what is still larger is skipped: a
/// key that thousands of records share (a very common name) says little, and comparing
/// all its pairs would cost more than the rest together.
pub const MAX_BLOCK: usize = 400;
/// Name words beyond these are not keyed (they still count when scoring).
const KEYED_WORDS: usize = 4;

/// The blocking keys of one record, as hashes.
pub fn keys(record: &Prepared) -> Vec<u64> {
    let mut keys = Vec::with_capacity(12);
    if let Some((local, domain)) = &record.email {
        keys.push(hash(&("e", local, domain)));
    }
    if let Some(phone) = &record.phone {
        keys.push(hash(&("p", phone)));
    }
    if let Some(name) = &record.name {
        name_keys(&name.words, "n", 4, &mut keys);
        name_keys(&name.skeletons, "s", 3, &mut keys);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Keys `initial of word i | first `len` letters of word j` for each pair of words (and
/// the word itself for a one-word name).
fn name_keys(words: &[String], tag: &str, len: usize, keys: &mut Vec<u64>) {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty())
        .take(KEYED_WORDS)
        .collect();
    if let [only] = words.as_slice() {
        keys.push(hash(&(tag, *only)));
        return;
    }
    for (i, x) in words.iter().enumerate() {
        for (j, y) in words.iter().enumerate() {
            if i != j && y.len() > 1 {
                let initial = &x[..1];
                let start = &y[..y.len().min(len)];
                keys.push(hash(&(tag, initial, start)));
            }
        }
    }
}

fn hash(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// The candidate pairs among `records` (indexes, `a < b`, each pair once).
pub fn candidate_pairs(records: &[Prepared]) -> Vec<(u32, u32)> {
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(records.len() * 8);
    for (i, record) in records.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        keyed.extend(keys(record).into_iter().map(|k| (k, i)));
    }
    keyed.sort_unstable();
    let mut pairs = Vec::new();
    for block in keyed.chunk_by(|a, b| a.0 == b.0) {
        if block.len() <= MAX_BLOCK {
            push_pairs(block.iter().map(|&(_, i)| i), &mut pairs);
        } else {
            split_by_city(block, records, &mut pairs);
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// An oversized block, compared only within each city.
fn split_by_city(block: &[(u64, u32)], records: &[Prepared], pairs: &mut Vec<(u32, u32)>) {
    let mut by_city: Vec<(u64, u32)> = block
        .iter()
        .filter_map(|&(_, i)| Some((hash(records[i as usize].city.as_ref()?), i)))
        .collect();
    by_city.sort_unstable();
    for sub in by_city.chunk_by(|a, b| a.0 == b.0) {
        if sub.len() <= MAX_BLOCK {
            push_pairs(sub.iter().map(|&(_, i)| i), pairs);
        }
    }
}

fn push_pairs(members: impl Iterator<Item = u32> + Clone, pairs: &mut Vec<(u32, u32)>) {
    let members: Vec<u32> = members.collect();
    for (n, &a) in members.iter().enumerate() {
        for &b in &members[n + 1..] {
            pairs.push((a.min(b), a.max(b)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn named(name: &str) -> Prepared {
        Prepared::from_lookup(|role| (role == Role::Name).then_some(name))
    }

    #[test]
    fn variants_of_a_name_share_a_block() {
        let base = keys(&named("Olena Shevchenko"));
        for variant in [
            "O. Shevchenko",
            "Shevchenko Olena",
            "Olena Shevhenko",
            "Олена Шевченко",
            "OLENA  SHEVCHENKO",
        ] {
            let k = keys(&named(variant));
            assert!(k.iter().any(|x| base.contains(x)), "{variant}");
        }
        assert!(!keys(&named("Ana Lima")).iter().any(|x| base.contains(x)));
    }

    #[test]
    fn pairs_are_ordered_and_unique() {
        let records: Vec<Prepared> = ["Ana Lima", "Lima Ana", "A. Lima", "Boris Kagarlitsky"]
            .into_iter()
            .map(named)
            .collect();
        let pairs = candidate_pairs(&records);
        assert_eq!(pairs, [(0, 1), (0, 2), (1, 2)]);
    }
}

//! Blocking: the few pairs worth scoring. Each record gets a handful of keys — its
//! email, its phone, the starts of each two of its name's words (in either order, also
//! as consonant skeletons), and its first word's initial with the start of each later
//! word — and only records sharing a key are compared. So `Shevchenko Olena` and
//! `Olena Shevhenko` meet `Olena Shevchenko` under `ole|she`, `O. Shevchenko` under
//! `o|shev`, and the cost grows with the records, not with their square.

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
    let mut keys = Vec::with_capacity(8);
    if let Some((local, domain)) = &record.email {
        keys.push(hash(&("e", local, domain)));
    }
    if let Some(phone) = &record.phone {
        keys.push(hash(&("p", phone)));
    }
    if let Some(name) = &record.name {
        let words = keyed(&name.words);
        word_pairs(&words, "w", 3, &mut keys);
        initial_then_word(&words, &mut keys);
        // Skeletons meet an Arabic or Devanagari name and its Latin spelling.
        word_pairs(&keyed(&name.skeletons), "s", 3, &mut keys);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

fn keyed(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty())
        .take(KEYED_WORDS)
        .collect()
}

/// For each two words (in either order: surname first or last), their first `len`
/// letters; a one-word name keyed whole. Initials are left out: they are the next key's.
fn word_pairs(words: &[&str], tag: &str, len: usize, keys: &mut Vec<u64>) {
    if let [only] = words {
        keys.push(hash(&(tag, *only)));
        return;
    }
    let starts: Vec<&str> = words
        .iter()
        .filter(|w| w.len() > 1)
        .map(|w| &w[..w.len().min(len)])
        .collect();
    for (i, x) in starts.iter().enumerate() {
        for y in &starts[i + 1..] {
            keys.push(hash(&(tag, x.min(y), x.max(y))));
        }
    }
}

/// The first word's initial with the first four letters of each later word: an initial
/// (`O. Shevchenko`) meets the full name, and a typo in a first name is forgiven. Only
/// the first word gives its initial, so the key is as selective as a surname's start.
fn initial_then_word(words: &[&str], keys: &mut Vec<u64>) {
    let Some((first, rest)) = words.split_first() else {
        return;
    };
    for word in rest.iter().filter(|w| w.len() > 1) {
        keys.push(hash(&("i", &first[..1], &word[..word.len().min(4)])));
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
        // Surname first *and* an initial (`Lima Ana` / `A. Lima`) share no name key: the
        // price of keys selective enough for a million records (an email or phone
        // still brings such a pair together).
        assert_eq!(pairs, [(0, 1), (0, 2)]);
    }
}

//! Names prepared for comparison, and the comparison itself: token by token in either
//! order (surname first or last), an initial meeting any word it begins, Jaro–Winkler
//! for typos and transpositions, and consonant skeletons where one side is Arabic.

use super::fold::{fold_as, visible_lower};
use super::romanize::{Script, skeleton};

/// A name as the matcher compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// Romanized words, each in the spelling-neutral form of [`canonical`].
    pub words: Vec<String>,
    /// The same words as consonant skeletons, for scripts that write few vowels
    /// (Arabic; Devanagari as romanized) and their Latin spellings.
    pub skeletons: Vec<String>,
    /// Which words were written as one letter (`O.`): initials, even where the letter
    /// romanizes to two (`Ђ.` is `dj`).
    pub initials: Vec<bool>,
    pub script: Script,
}

impl Name {
    /// Prepares a typed name; `None` if nothing of it is left after folding.
    pub fn new(value: &str) -> Option<Self> {
        let visible = visible_lower(value);
        // The script, and so the Cyrillic language, is told from the whole name.
        let script = Script::of(&visible);
        let (mut words, mut initials) = (Vec::new(), Vec::new());
        for raw in visible
            .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
            .filter(|w| !w.is_empty())
        {
            let one_letter = raw.chars().count() == 1;
            for word in fold_as(raw, script).split(' ').filter(|w| !w.is_empty()) {
                words.push(canonical(word));
                initials.push(one_letter);
            }
        }
        if words.is_empty() {
            return None;
        }
        let skeletons = words.iter().map(|w| skeleton(w)).collect();
        Some(Self {
            words,
            skeletons,
            initials,
            script,
        })
    }

    /// Whether this name is compared by consonant skeletons.
    fn few_vowels(&self) -> bool {
        matches!(self.script, Script::Arabic | Script::Devanagari)
    }
}

/// Spellings that romanizations and typists swap freely, made one: `kh`/`h`, `y`/`i`/`j`,
/// `w`/`v`, `ph`/`f`, `ts`/`c`/`tz`, `ks`/`x`, `sch`/`sh`, doubled letters. Both sides get
/// it, so it cannot make two different spellings of one name differ.
pub fn canonical(word: &str) -> String {
    let mut s = word.to_owned();
    for (from, to) in [
        ("shch", "sh"),
        ("sch", "sh"),
        ("kh", "h"),
        ("ph", "f"),
        ("ck", "k"),
        ("tz", "c"),
        ("ts", "c"),
        ("x", "ks"),
        ("w", "v"),
        ("y", "i"),
        ("j", "i"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// How well two names agree, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameAgreement {
    /// Every word clearly differs.
    Different,
    /// One word agrees and another clearly differs: namesakes sharing a surname, family.
    Partial,
    /// Every word agrees, some only as an initial (`O. Shevchenko`).
    Initials,
    /// Every word agrees, some only nearly (typos, transliteration).
    Near,
    /// The same words, in any order.
    Same,
}

/// Jaro–Winkler at or above this is "the same word, typed differently".
const NEAR: f64 = 0.9;

/// Compares two names: the words of the shorter name, each matched to its best unused
/// word of the longer one (so order does not matter and a middle name may be missing).
/// Names of equal length are matched both ways and the better kept, so the answer does
/// not depend on which record comes first.
pub fn compare(a: &Name, b: &Name) -> NameAgreement {
    let skeletons = a.few_vowels() || b.few_vowels();
    let words = |n: &'_ Name| -> Vec<(String, bool)> {
        let w = if skeletons { &n.skeletons } else { &n.words };
        w.iter().cloned().zip(n.initials.iter().copied()).collect()
    };
    let (wa, wb) = (words(a), words(b));
    match wa.len().cmp(&wb.len()) {
        std::cmp::Ordering::Less => directed(&wa, &wb),
        std::cmp::Ordering::Greater => directed(&wb, &wa),
        std::cmp::Ordering::Equal => directed(&wa, &wb).max(directed(&wb, &wa)),
    }
}

fn directed(short: &[(String, bool)], long: &[(String, bool)]) -> NameAgreement {
    let mut used = vec![false; long.len()];
    let (mut same, mut near, mut initials, mut differ) = (0, 0, 0, 0);
    for word in short {
        let mut best: Option<(usize, Similarity)> = None;
        for (j, other) in long.iter().enumerate().filter(|(j, _)| !used[*j]) {
            let s = word_similarity(word, other);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((j, s));
            }
        }
        match best {
            Some((j, s)) if s != Similarity::Differ => {
                used[j] = true;
                match s {
                    Similarity::Same => same += 1,
                    Similarity::Near => near += 1,
                    _ => initials += 1,
                }
            }
            _ => differ += 1,
        }
    }
    let full = same + near;
    if differ > 0 {
        // An initial alone agreeing is no evidence that the rest is the same person.
        return if full > 0 {
            NameAgreement::Partial
        } else {
            NameAgreement::Different
        };
    }
    match (full, initials) {
        (0, 0) => NameAgreement::Different,
        (0, _) => NameAgreement::Partial,
        (_, 1..) => NameAgreement::Initials,
        _ if near > 0 || short.len() != long.len() => NameAgreement::Near,
        _ => NameAgreement::Same,
    }
}

/// How two words compare, worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Similarity {
    Differ,
    Initial,
    Near,
    Same,
}

/// Two words: the same; an initial and a word it begins; the same but for a typo or a
/// transposition (at most one edit, two in a long word, or Jaro–Winkler ≥ 0.9); or not.
fn word_similarity((a, a_initial): &(String, bool), (b, b_initial): &(String, bool)) -> Similarity {
    if *a_initial || *b_initial {
        let agrees = a.starts_with(b.as_str()) || b.starts_with(a.as_str());
        return if agrees {
            Similarity::Initial
        } else {
            Similarity::Differ
        };
    }
    if a == b {
        return Similarity::Same;
    }
    let shorter = a.len().min(b.len());
    let edits = strsim::osa_distance(a, b);
    let near = (shorter >= 4 && edits <= 1)
        || (shorter >= 8 && edits <= 2)
        || strsim::jaro_winkler(a, b) >= NEAR;
    if near {
        Similarity::Near
    } else {
        Similarity::Differ
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &str, b: &str) -> NameAgreement {
        compare(&Name::new(a).unwrap(), &Name::new(b).unwrap())
    }

    #[test]
    fn agrees_across_order_initials_typos_and_scripts() {
        use NameAgreement::*;
        assert_eq!(cmp("Olena Shevchenko", "olena shevchenko"), Same);
        assert_eq!(cmp("Shevchenko Olena", "Olena Shevchenko"), Same);
        assert_eq!(cmp("O. Shevchenko", "Olena Shevchenko"), Initials);
        assert_eq!(cmp("Olena Shevhenko", "Olena Shevchenko"), Near);
        assert_eq!(cmp("Olena Shevcehnko", "Olena Shevchenko"), Near);
        assert_eq!(cmp("Борис Кагарлицкий", "Boris Kagarlitsky"), Same);
        assert_eq!(cmp("Олена Шевченко", "Olena Shevchenko"), Same);
        assert_eq!(cmp("محمد عبدالله", "Mohammed Abdullah"), Same);
        assert_eq!(cmp("Zoë Ørsted", "Zoe Orsted"), Same);
    }

    #[test]
    fn tells_relatives_and_strangers_apart() {
        use NameAgreement::*;
        assert_eq!(cmp("Petro Shevchenko", "Olena Shevchenko"), Partial);
        assert_eq!(cmp("Ana Lima", "José Núñez"), Different);
        assert_eq!(cmp("O. Lima", "P. Lima"), Partial);
        assert_eq!(cmp("O. Shevchenko", "Oksana Petrenko"), Different);
    }

    #[test]
    fn is_symmetric() {
        for (a, b) in [
            ("O. Shevchenko", "Olena Shevchenko"),
            ("Ana Maria Lima", "Ana Lima"),
            ("محمد", "Mohammed Ali"),
        ] {
            assert_eq!(cmp(a, b), cmp(b, a), "{a} / {b}");
        }
    }
}

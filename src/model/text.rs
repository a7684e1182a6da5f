//! Unicode text helpers shared by validation, duplicate detection and the TUI.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// NFC normalization: the one form in which every value is stored, so that the same
/// name typed on two keyboards compares equal byte for byte.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// A folded form for finding likely duplicates: case-folded, marks removed, runs of
/// whitespace and punctuation collapsed. "José  Núñez" and "jose nunez" fold alike.
/// Scripts without case (Arabic, Devanagari) keep their letters; only marks are dropped.
pub fn fold_for_matching(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    // Greek final sigma folds to the ordinary sigma, as in case-insensitive search.
    let lower = s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ς' { 'σ' } else { c });
    for c in lower {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_marks_and_spacing() {
        assert_eq!(
            fold_for_matching("  José  Núñez-García "),
            "jose nunez garcia"
        );
        assert_eq!(fold_for_matching("ΣΩΚΡΆΤΗΣ"), fold_for_matching("σωκράτης"));
        assert_eq!(fold_for_matching("Иван Петров"), "иван петров");
    }
}

//! Folding a typed value to the form the matcher compares: lower case, no invisible or
//! direction-control characters, words separated by one space, and every letter written
//! in ASCII (see [`super::romanize`] for how each script is written).
//!
//! Values stored by fieldsign never hold zero-width or bidi characters (validation
//! refuses them), but values in bundles from older versions and in tests may, and a
//! hidden character must never hide a duplicate.

use unicode_normalization::UnicodeNormalization;

use super::romanize::{Script, romanize_into};
use crate::model::text::{Hidden, hidden, phone_for_matching};

/// Zero-width joiners are allowed in stored text (scripts need them) but mean nothing
/// for matching.
const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];

/// A name or place folded to ASCII words, with the script it was written in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    /// Lower-case ASCII letters and digits, words separated by one space.
    pub text: String,
    /// The script of most of its letters, which decides how strictly it is compared
    /// (Arabic: consonant skeletons).
    pub script: Script,
}

/// Folds `value`: NFC, lower case, invisible and bidi-control characters dropped, each
/// letter romanized by its script, anything else a word break.
pub fn fold(value: &str) -> Folded {
    let visible = visible_lower(value);
    let script = Script::of(&visible);
    Folded {
        text: fold_as(&visible, script),
        script,
    }
}

/// Folds lower-case, visible `value` romanized as `script` (a word of a longer name
/// whose script was told from the whole).
pub fn fold_as(value: &str, script: Script) -> String {
    let mut ascii = String::with_capacity(value.len() + 8);
    romanize_into(value, script, &mut ascii);
    words(&ascii)
}

/// `value` in NFC, lower case, without invisible or bidi-control characters.
pub fn visible_lower(value: &str) -> String {
    value
        .nfc()
        .filter(|&c| {
            !JOINERS.contains(&c) && !matches!(hidden(c), Some(Hidden::Bidi | Hidden::Invisible))
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Lower-case ASCII alphanumerics of `s`, each run of anything else one space.
fn words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// An email folded for comparison: trimmed, lower case, and without a `+tag` in the
/// local part (`ana+petition@x.org` is `ana@x.org`'s inbox). Returns (local, domain).
pub fn email(value: &str) -> Option<(String, String)> {
    let value: String = value
        .trim()
        .chars()
        .filter(|&c| hidden(c).is_none() && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let (local, domain) = value.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    (!local.is_empty() && !domain.is_empty()).then(|| (local.to_owned(), domain.to_owned()))
}

/// A phone number as its digits, E.164-ish (see [`phone_for_matching`], which the
/// vault's entry-time index uses too).
pub fn phone(value: &str) -> Option<String> {
    phone_for_matching(value)
}

/// A postcode without spaces or hyphens, upper case: `105 58` is `10558`.
pub fn postcode(value: &str) -> Option<String> {
    let code: String = value
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    (!code.is_empty()).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        fold(s).text
    }

    #[test]
    fn folds_case_marks_spacing_and_special_letters() {
        assert_eq!(f("  José  Núñez-García "), "jose nunez garcia");
        assert_eq!(f("Zoë Ørsted"), f("Zoe Orsted"));
        assert_eq!(f("ØRSTED ørsted"), "orsted orsted");
        assert_eq!(f("Đorđe đ"), "djordje dj");
        assert_eq!(f("Łukasz ł"), "lukasz l");
        assert_eq!(f("Straße"), "strasse");
        assert_eq!(f("Æsa æ"), "aesa ae");
    }

    #[test]
    fn drops_zero_width_and_bidi_controls() {
        assert_eq!(f("Ana\u{200B}Lima"), f("AnaLima"));
        assert_eq!(f("\u{202E}Ana Lima\u{202C}"), "ana lima");
        assert_eq!(f("An\u{200D}a \u{2066}Lima\u{2069}"), "ana lima");
        assert_eq!(f("\u{FEFF}Ana\u{00AD} Lima"), "ana lima");
    }

    #[test]
    fn normalizes_contacts() {
        assert_eq!(
            email(" Ana.Lima+petition@Example.ORG "),
            Some(("ana.lima".into(), "example.org".into()))
        );
        assert_eq!(email("not an email"), None);
        assert_eq!(phone("+44 7700 900123"), phone("0044 7700-900123"));
        assert_eq!(phone("+44 7700 900123"), phone("07700 900123"));
        assert_eq!(phone("123"), None);
        assert_eq!(postcode("105 58"), postcode("10558"));
        assert_eq!(postcode("sw1a 1aa"), Some("SW1A1AA".into()));
    }
}

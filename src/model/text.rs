//! Unicode text helpers shared by validation, duplicate detection, the CLI and the TUI.
//!
//! Two halves of one defence against text that attacks the terminal or the reader:
//! [`check_text`] refuses control characters (terminal escapes), direction overrides and
//! invisible characters in every piece of free text that comes from outside (typed,
//! imported from CSV, read from a campaign file or a bundle), and [`display`] makes the
//! same characters visible (`\u{202E}`) instead of effective wherever such text is
//! printed, for text stored before the check existed or by a tool that skipped it.
//! ZWJ and ZWNJ are exempt from both: Devanagari, Arabic and Persian names need them.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER: invisible, but they change how the
/// letters around them join (e.g. Persian half-spaces, Devanagari conjuncts).
const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];

/// NFC normalization: the one form in which every value is stored, so that the same
/// name typed on two keyboards compares equal byte for byte.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// What kind of character a piece of free text may not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// C0, DEL and C1 controls: ESC starts terminal escape sequences, and C1's CSI
    /// (U+009B) does on some terminals by itself; line and paragraph separators too.
    Control,
    /// Embeddings, overrides, isolates and direction marks: they reorder what the
    /// reader sees (U+202E makes `gnp.exe` look like `exe.png`).
    Bidi,
    /// Characters that take no space or look like a space: they make two different
    /// texts look the same (and defeat duplicate detection).
    Invisible,
}

/// Classifies one character; `None` for every character free text may hold.
///
/// The invisible set is every character of general category Cf (format) as of
/// Unicode 15.1 except the two joiners, plus the Hangul fillers (letters that render
/// as nothing). Combining marks are not in it: they are part of every script.
pub fn hidden(c: char) -> Option<Hidden> {
    match c {
        c if c.is_control() => Some(Hidden::Control),
        '\u{2028}' | '\u{2029}' => Some(Hidden::Control),
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => Some(Hidden::Bidi),
        '\u{00AD}'
        | '\u{0600}'..='\u{0605}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        | '\u{115F}'..='\u{1160}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206A}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}' => Some(Hidden::Invisible),
        _ => None,
    }
}

/// Whether a piece of free text may span lines (a petition text, event notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    /// `\n` is allowed (and nothing else of the controls: not `\r`, not tab).
    Many,
}

/// Why a piece of free text was refused. Like every message here, it names the rule,
/// never the text, which may be a signer's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("contains control characters (such as terminal escapes, tabs or line breaks)")]
    Control,
    #[error("contains text-direction overrides (U+202A–U+202E, U+2066–U+2069 or direction marks)")]
    Bidi,
    #[error("contains invisible characters (such as a zero-width space or a soft hyphen)")]
    Invisible,
}

/// The one check of free text from outside: no control, direction-override or
/// invisible character (see [`hidden`]); with [`Lines::Many`], line breaks are allowed.
pub fn check_text(s: &str, lines: Lines) -> Result<(), TextError> {
    for c in s.chars() {
        if c == '\n' && lines == Lines::Many {
            continue;
        }
        match hidden(c) {
            None => {}
            Some(Hidden::Control) => return Err(TextError::Control),
            Some(Hidden::Bidi) => return Err(TextError::Bidi),
            Some(Hidden::Invisible) => return Err(TextError::Invisible),
        }
    }
    Ok(())
}

/// The one way untrusted text reaches a terminal: every character [`check_text`] would
/// refuse is shown as its code point (`\u{1B}`, `\u{202E}`) instead of acting on the
/// terminal or on the reader. A backslash is left alone: the escape form is for
/// reading, not for parsing back.
pub fn display(s: &str) -> Cow<'_, str> {
    display_with(s, Lines::One)
}

/// Like [`display`], but keeps line breaks (for a petition text or notes printed as a
/// paragraph).
pub fn display_lines(s: &str) -> Cow<'_, str> {
    display_with(s, Lines::Many)
}

fn display_with(s: &str, lines: Lines) -> Cow<'_, str> {
    let shown_raw = |c: char| hidden(c).is_none() || (c == '\n' && lines == Lines::Many);
    if s.chars().all(shown_raw) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if shown_raw(c) {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
        }
    }
    Cow::Owned(out)
}

/// [`display`] for `format!`: `format!("{}", Shown(&event.name))`.
pub struct Shown<'a>(pub &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&display(self.0))
    }
}

/// A folded form for finding likely duplicates: case-folded, marks removed, runs of
/// whitespace and punctuation collapsed. "José  Núñez" and "jose nunez" fold alike.
/// Scripts without case (Arabic, Devanagari) keep their letters; only marks are dropped.
/// Joiners and invisible characters vanish without leaving a space, so `Ol\u{200B}ena`
/// (stored before validation refused it) still matches `Olena`.
pub fn fold_for_matching(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    // Greek final sigma folds to the ordinary sigma, as in case-insensitive search.
    let lower = s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .filter(|c| {
            !JOINERS.contains(c) && !matches!(hidden(*c), Some(Hidden::Bidi | Hidden::Invisible))
        })
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

/// A phone number as matched: its digits, a leading `00` (the international prefix)
/// dropped, and only the last nine kept, so `+44 7700 900123`, `0044 7700 900123` and
/// `07700 900123` meet. Fewer than six digits is no number.
pub fn phone_for_matching(value: &str) -> Option<String> {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.strip_prefix("00").unwrap_or(&digits);
    if digits.len() < 6 {
        return None;
    }
    Some(digits[digits.len().saturating_sub(9)..].to_owned())
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

    #[test]
    fn joiners_and_invisible_characters_fold_away() {
        // क्‍ष with a ZWJ (half form) and without it are the same name for matching.
        assert_eq!(fold_for_matching("क्\u{200D}ष"), fold_for_matching("क्ष"));
        assert_eq!(
            fold_for_matching("می\u{200C}خواهم"),
            fold_for_matching("میخواهم")
        );
        assert_eq!(fold_for_matching("Ol\u{200B}ena"), "olena");
        assert_eq!(fold_for_matching("Ol\u{202E}ena"), "olena");
    }

    #[test]
    fn refuses_escapes_overrides_and_invisibles_but_keeps_joiners() {
        let one = |s: &str| check_text(s, Lines::One);
        assert_eq!(one("Rally\u{1b}]0;pwned\u{7}"), Err(TextError::Control));
        assert_eq!(one("a\u{9b}31m"), Err(TextError::Control));
        assert_eq!(one("a\nb"), Err(TextError::Control));
        assert_eq!(one("a\u{2028}b"), Err(TextError::Control));
        assert_eq!(check_text("a\nb", Lines::Many), Ok(()));
        assert_eq!(check_text("a\r\nb", Lines::Many), Err(TextError::Control));
        for c in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200F}'] {
            assert_eq!(one(&format!("x{c}y")), Err(TextError::Bidi), "{c:?}");
        }
        for c in [
            '\u{200B}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{AD}',
            '\u{3164}',
            '\u{E0041}',
        ] {
            assert_eq!(one(&format!("x{c}y")), Err(TextError::Invisible), "{c:?}");
        }
        for name in [
            "क्\u{200D}ष",
            "می\u{200C}خواهم",
            "مُحَمَّد",
            "Nguyễn",
            "👩\u{200D}🔬",
        ] {
            assert_eq!(one(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn display_makes_the_refused_characters_visible() {
        assert_eq!(display("Olena"), "Olena");
        assert!(matches!(display("Olena"), Cow::Borrowed(_)));
        assert_eq!(
            display("R\u{1b}]0;pwned\u{7}\u{1b}[8mX\u{202E}"),
            "R\\u{1B}]0;pwned\\u{7}\\u{1B}[8mX\\u{202E}"
        );
        assert_eq!(display("a\nb"), "a\\u{A}b");
        assert_eq!(display_lines("a\nb\u{200B}"), "a\nb\\u{200B}");
        assert_eq!(display("क्\u{200D}ष"), "क्\u{200D}ष");
        assert_eq!(Shown("x\u{9b}").to_string(), "x\\u{9B}");
    }

    proptest::proptest! {
        #[test]
        fn displayed_text_always_passes_the_check(s in "\\PC*|[\\x00-\\x{2070}]{0,40}") {
            let shown = display(&s);
            proptest::prop_assert_eq!(check_text(&shown, Lines::One), Ok(()));
            proptest::prop_assert_eq!(check_text(&s, Lines::One).is_ok(), shown == s);
        }
    }
}

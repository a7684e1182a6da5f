//! Numbers and dates the way each language writes them: digits (Arabic-Indic for
//! Arabic), the group separator and when grouping starts (CLDR: "1 234" in Russian,
//! "1234" but "12 345" in Polish and Spanish, "1,00,000" in Hindi), and the order of a
//! date's parts. Only what fieldsign shows: whole counts and calendar dates.

use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::FluentValue;

use super::Language;

/// The current language's index in [`Language::ALL`] (English until one is selected).
static CURRENT: AtomicUsize = AtomicUsize::new(4);

pub(super) fn set_style(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(4);
    CURRENT.store(index, Ordering::Relaxed);
}

fn current() -> Language {
    Language::ALL
        .get(CURRENT.load(Ordering::Relaxed))
        .copied()
        .unwrap_or(Language::English)
}

/// How a language writes a whole number (CLDR's default numbering system and symbols).
struct Style {
    digits: Option<[char; 10]>,
    group: &'static str,
    /// Grouping starts only at this many digits above the first group (CLDR's
    /// `minimumGroupingDigits`): 2 keeps "1234" whole in Polish and Spanish.
    minimum_grouping: usize,
    /// Indian grouping: the first group has three digits, every later one two.
    indian: bool,
}

const NBSP: &str = "\u{a0}";

fn style(language: Language) -> Style {
    let plain = |group, minimum_grouping| Style {
        digits: None,
        group,
        minimum_grouping,
        indian: false,
    };
    match language {
        Language::English => plain(",", 1),
        Language::Arabic => Style {
            digits: Some(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']),
            group: "٬",
            minimum_grouping: 1,
            indian: false,
        },
        Language::Hindi => Style {
            digits: None,
            group: ",",
            minimum_grouping: 1,
            indian: true,
        },
        Language::Spanish => plain(".", 2),
        Language::Polish => plain(NBSP, 2),
        Language::Danish
        | Language::Greek
        | Language::Italian
        | Language::Dutch
        | Language::Portuguese
        | Language::Serbian
        | Language::SerbianLatin => plain(".", 1),
        Language::French => plain("\u{202f}", 1),
        Language::Czech
        | Language::Norwegian
        | Language::Russian
        | Language::Swedish
        | Language::Ukrainian => plain(NBSP, 1),
    }
}

/// `n` written for `language`.
pub fn format_in(language: Language, n: u64) -> String {
    let style = style(language);
    let plain = n.to_string();
    let mut groups: Vec<&str> = Vec::new();
    if plain.len() >= 4 + style.minimum_grouping - 1 {
        let (mut head, tail) = plain.split_at(plain.len() - 3);
        let step = if style.indian { 2 } else { 3 };
        let mut rest = Vec::new();
        while head.len() > step {
            let (h, t) = head.split_at(head.len() - step);
            rest.push(t);
            head = h;
        }
        groups.push(head);
        groups.extend(rest.into_iter().rev());
        groups.push(tail);
    } else {
        groups.push(&plain);
    }
    let joined = groups.join(style.group);
    match style.digits {
        Some(digits) => joined
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect(),
        None => joined,
    }
}

/// `n` written for the current language.
pub fn format(n: u64) -> String {
    format_in(current(), n)
}

/// A calendar date written for `language`: day, month and year in its usual order and
/// with its separators (ISO 8601 in English and Swedish, which is how they are typed).
pub fn date_in(language: Language, date: time::Date) -> String {
    let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
    let text = match language {
        Language::English | Language::Swedish => format!("{y:04}-{m:02}-{d:02}"),
        Language::Czech => format!("{d}. {m}. {y}"),
        Language::Serbian | Language::SerbianLatin => format!("{d}. {m}. {y}."),
        Language::Danish
        | Language::Norwegian
        | Language::Polish
        | Language::Russian
        | Language::Ukrainian => format!("{d:02}.{m:02}.{y:04}"),
        Language::Dutch => format!("{d:02}-{m:02}-{y:04}"),
        Language::Greek
        | Language::Spanish
        | Language::French
        | Language::Hindi
        | Language::Italian
        | Language::Portuguese
        | Language::Arabic => format!("{d:02}/{m:02}/{y:04}"),
    };
    match style(language).digits {
        Some(digits) => text
            .chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect(),
        None => text,
    }
}

/// A calendar date written for the current language.
pub fn date(date: time::Date) -> String {
    date_in(current(), date)
}

/// An ISO 8601 date (`2026-11-28`) as [`date`] writes it; any other text unchanged.
pub fn date_text(iso: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(iso, &format).map_or_else(|_| iso.to_owned(), date)
}

/// Fluent's hook for placeables: whole numbers passed to [`t!`](crate::t) are written
/// for the language; everything else is left to Fluent. Plural selection still sees
/// the number itself.
pub(super) fn fluent_formatter<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        FluentValue::Number(n) if n.value >= 0.0 && n.value.fract() == 0.0 && n.value < 9.0e15 => {
            Some(format(n.value as u64))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_each_language() {
        assert_eq!(format_in(Language::English, 1_234_567), "1,234,567");
        assert_eq!(format_in(Language::English, 999), "999");
        assert_eq!(format_in(Language::Russian, 1234), "1\u{a0}234");
        assert_eq!(format_in(Language::Polish, 1234), "1234");
        assert_eq!(format_in(Language::Polish, 12_345), "12\u{a0}345");
        assert_eq!(format_in(Language::Spanish, 1234), "1234");
        assert_eq!(format_in(Language::Spanish, 1_234_567), "1.234.567");
        assert_eq!(format_in(Language::Hindi, 10_000_000), "1,00,00,000");
        assert_eq!(format_in(Language::Hindi, 123_456), "1,23,456");
        assert_eq!(format_in(Language::Arabic, 1_234), "١٬٢٣٤");
        assert_eq!(format_in(Language::Arabic, 21), "٢١");
        assert_eq!(format_in(Language::French, 12_000), "12\u{202f}000");
        assert_eq!(format_in(Language::Danish, 0), "0");
    }

    #[test]
    fn dates_follow_each_language() {
        let d = time::macros::date!(2026 - 11 - 08);
        assert_eq!(date_in(Language::English, d), "2026-11-08");
        assert_eq!(date_in(Language::Russian, d), "08.11.2026");
        assert_eq!(date_in(Language::Czech, d), "8. 11. 2026");
        assert_eq!(date_in(Language::Serbian, d), "8. 11. 2026.");
        assert_eq!(date_in(Language::French, d), "08/11/2026");
        assert_eq!(date_in(Language::Dutch, d), "08-11-2026");
        assert_eq!(date_in(Language::Arabic, d), "٠٨/١١/٢٠٢٦");
    }
}

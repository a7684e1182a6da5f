//! Writing a name in ASCII, by script — and for Cyrillic by language, since Russian,
//! Ukrainian and Serbian write the same letters differently in Latin (`г` is `g` in
//! Russian, `h` in Ukrainian; `и` is `i` in Russian, `y` in Ukrainian).
//!
//! Cyrillic uses the tables below (the romanizations organizers actually type: Russian
//! and Ukrainian passport systems, Serbian Gaj's Latin without diacritics), because one
//! table cannot serve the three languages. The language is told by its own letters
//! (`і ї є ґ` Ukrainian, `ђ ј љ њ ћ џ` Serbian, `ы э ъ ё` Russian), else Russian. Every
//! other script goes through [`any_ascii`], which covers Latin with diacritics (`Ø ß æ Ł
//! Đ` included), Greek, Arabic, Devanagari and the rest; see `docs/dedupe.md` for why it
//! was chosen over `deunicode` and ICU4X.

/// The writing system of most of a name's letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Script {
    #[default]
    Latin,
    Russian,
    Ukrainian,
    Serbian,
    Greek,
    /// Arabic script writes no short vowels: compare consonant skeletons.
    Arabic,
    Devanagari,
    Other,
}

impl Script {
    /// The script of `s` (already lower case): the most frequent among its letters,
    /// with Cyrillic split by language.
    pub fn of(s: &str) -> Self {
        let (mut latin, mut cyrillic, mut greek, mut arabic, mut devanagari, mut other) =
            (0, 0, 0, 0, 0, 0);
        let (mut uk, mut sr, mut ru) = (false, false, false);
        for c in s.chars().filter(|c| c.is_alphabetic()) {
            match c {
                'a'..='z' | '\u{c0}'..='\u{24f}' => latin += 1,
                '\u{400}'..='\u{52f}' => {
                    cyrillic += 1;
                    uk |= matches!(c, 'і' | 'ї' | 'є' | 'ґ');
                    sr |= matches!(c, 'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ');
                    ru |= matches!(c, 'ы' | 'э' | 'ъ' | 'ё');
                }
                '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}' => greek += 1,
                '\u{600}'..='\u{6ff}'
                | '\u{750}'..='\u{77f}'
                | '\u{fb50}'..='\u{fdff}'
                | '\u{fe70}'..='\u{feff}' => arabic += 1,
                '\u{900}'..='\u{97f}' => devanagari += 1,
                _ => other += 1,
            }
        }
        let most = *[latin, cyrillic, greek, arabic, devanagari, other]
            .iter()
            .max()
            .unwrap_or(&0);
        if most == 0 || latin == most {
            Script::Latin
        } else if cyrillic == most {
            match (uk, sr, ru) {
                (true, false, _) => Script::Ukrainian,
                (false, true, _) => Script::Serbian,
                _ => Script::Russian,
            }
        } else if greek == most {
            Script::Greek
        } else if arabic == most {
            Script::Arabic
        } else if devanagari == most {
            Script::Devanagari
        } else {
            Script::Other
        }
    }
}

/// Appends the ASCII form of lower-case `s` to `out`. Cyrillic letters use the table of
/// `script`'s language (Russian when `s` is mostly another script).
pub fn romanize_into(s: &str, script: Script, out: &mut String) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // Greek `ου` is typed `ou` (Παπαδόπουλος, Papadopoulos); `any_ascii` writes `oy`.
        if matches!(c, 'ο' | 'ό') && chars.next_if(|n| matches!(n, 'υ' | 'ύ')).is_some() {
            out.push_str("ou");
        } else if c.is_ascii() {
            out.push(c);
        } else if let Some(latin) = cyrillic(c, script) {
            out.push_str(latin);
        } else if let Some(latin) = latin_special(c) {
            out.push_str(latin);
        } else {
            out.push_str(any_ascii::any_ascii_char(c));
        }
    }
}

/// Latin letters whose usual ASCII spelling differs from `any_ascii`'s: Serbian and
/// Croatian `đ` is typed `dj` (as Cyrillic `ђ` below), so `Đorđević` meets `Djordjevic`.
fn latin_special(c: char) -> Option<&'static str> {
    match c {
        'đ' => Some("dj"),
        // Devanagari anusvara: `संजय` is typed `Sanjay`; `any_ascii` writes `m`.
        '\u{902}' => Some("n"),
        _ => None,
    }
}

/// One lower-case Cyrillic letter in the Latin of `script`'s language.
fn cyrillic(c: char, script: Script) -> Option<&'static str> {
    if !('\u{400}'..='\u{52f}').contains(&c) {
        return None;
    }
    let by_language = match script {
        Script::Ukrainian => match c {
            'г' => Some("h"),
            'ґ' => Some("g"),
            'е' => Some("e"),
            'є' => Some("ie"),
            'и' => Some("y"),
            'і' | 'ї' | 'й' => Some("i"),
            'х' => Some("kh"),
            'щ' => Some("shch"),
            'ю' => Some("iu"),
            'я' => Some("ia"),
            _ => None,
        },
        Script::Serbian => match c {
            'ђ' => Some("dj"),
            'ж' => Some("z"),
            'ј' => Some("j"),
            'љ' => Some("lj"),
            'њ' => Some("nj"),
            'ћ' | 'ч' | 'ц' => Some("c"),
            'џ' => Some("dz"),
            'ш' => Some("s"),
            'х' => Some("h"),
            _ => None,
        },
        _ => None,
    };
    by_language.or(match c {
        'а' => Some("a"),
        'б' => Some("b"),
        'в' => Some("v"),
        'г' => Some("g"),
        'д' => Some("d"),
        'е' | 'ё' | 'э' => Some("e"),
        'ж' => Some("zh"),
        'з' => Some("z"),
        'и' => Some("i"),
        'й' | 'ы' => Some("y"),
        'к' => Some("k"),
        'л' => Some("l"),
        'м' => Some("m"),
        'н' => Some("n"),
        'о' => Some("o"),
        'п' => Some("p"),
        'р' => Some("r"),
        'с' => Some("s"),
        'т' => Some("t"),
        'у' => Some("u"),
        'ф' => Some("f"),
        'х' => Some("kh"),
        'ц' => Some("ts"),
        'ч' => Some("ch"),
        'ш' => Some("sh"),
        'щ' => Some("shch"),
        'ъ' | 'ь' => Some(""),
        'ю' => Some("yu"),
        'я' => Some("ya"),
        _ => None,
    })
}

/// The consonant skeleton of an ASCII word: vowels (and `y`, `w`, `h`, which Arabic
/// romanizations add or drop freely) removed, doubled letters once. `mohammed`,
/// `muhammad` and the romanized `محمد` (`mhmd`) are all `mmd`… `mhmd` → `mmd`.
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '\'') {
            continue;
        }
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    fn f(s: &str) -> String {
        fold(s).text
    }

    #[test]
    fn tells_cyrillic_languages_apart() {
        assert_eq!(Script::of("олена шевченко"), Script::Russian);
        assert_eq!(Script::of("олексій іваненко"), Script::Ukrainian);
        assert_eq!(Script::of("ђорђе јовановић"), Script::Serbian);
        assert_eq!(Script::of("محمد"), Script::Arabic);
        assert_eq!(Script::of("ana lima"), Script::Latin);
        assert_eq!(Script::of("σωκράτης"), Script::Greek);
        assert_eq!(Script::of("राहुल"), Script::Devanagari);
    }

    #[test]
    fn romanizes_each_cyrillic_language_as_it_is_typed() {
        assert_eq!(f("Борис Кагарлицкий"), "boris kagarlitskiy");
        assert_eq!(f("Олексій Гончаренко"), "oleksii honcharenko");
        assert_eq!(f("Ђорђе Јовановић"), "djordje jovanovic");
        assert_eq!(f("Ђорђе Јовановић"), f("Đorđe Jovanović"));
        assert_eq!(f("Юлія Ющенко"), "iuliia iushchenko");
    }

    #[test]
    fn romanizes_greek_arabic_and_devanagari() {
        assert_eq!(f("Σωκράτης Παπαδόπουλος"), "sokratis papadopoulos");
        assert_eq!(skeleton(&f("محمد")), skeleton("mohammed"));
        assert_eq!(skeleton(&f("محمد")), skeleton("muhammad"));
        assert!(!f("राहुल शर्मा").is_empty());
    }
}

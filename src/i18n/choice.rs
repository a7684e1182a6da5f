//! Which language to show: `--lang`, else `FIELDSIGN_LANG`, else the locale variables
//! `LC_ALL`, `LC_MESSAGES`, `LANGUAGE`, `LANG` (the first one set decides), else English.

use std::fmt;

use i18n_embed::unic_langid::LanguageIdentifier;

/// The languages fieldsign speaks: the petition's 17, with Serbian in both scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Arabic,
    Czech,
    Danish,
    Greek,
    English,
    Spanish,
    French,
    Hindi,
    Italian,
    Dutch,
    Norwegian,
    Polish,
    Portuguese,
    Russian,
    Serbian,
    SerbianLatin,
    Swedish,
    Ukrainian,
}

impl Language {
    pub const ALL: [Self; 18] = [
        Self::Arabic,
        Self::Czech,
        Self::Danish,
        Self::Greek,
        Self::English,
        Self::Spanish,
        Self::French,
        Self::Hindi,
        Self::Italian,
        Self::Dutch,
        Self::Norwegian,
        Self::Polish,
        Self::Portuguese,
        Self::Russian,
        Self::Serbian,
        Self::SerbianLatin,
        Self::Swedish,
        Self::Ukrainian,
    ];

    /// The tag used for `--lang` and as the `i18n/` folder name.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Arabic => "ar",
            Self::Czech => "cs",
            Self::Danish => "da",
            Self::Greek => "el",
            Self::English => "en",
            Self::Spanish => "es",
            Self::French => "fr",
            Self::Hindi => "hi",
            Self::Italian => "it",
            Self::Dutch => "nl",
            Self::Norwegian => "nb",
            Self::Polish => "pl",
            Self::Portuguese => "pt",
            Self::Russian => "ru",
            Self::Serbian => "sr",
            Self::SerbianLatin => "sr-Latn",
            Self::Swedish => "sv",
            Self::Ukrainian => "uk",
        }
    }

    /// The language's name for itself, for a language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::Arabic => "العربية",
            Self::Czech => "čeština",
            Self::Danish => "dansk",
            Self::Greek => "Ελληνικά",
            Self::English => "English",
            Self::Spanish => "español",
            Self::French => "français",
            Self::Hindi => "हिन्दी",
            Self::Italian => "italiano",
            Self::Dutch => "Nederlands",
            Self::Norwegian => "norsk bokmål",
            Self::Polish => "polski",
            Self::Portuguese => "português",
            Self::Russian => "русский",
            Self::Serbian => "српски",
            Self::SerbianLatin => "srpski (latinica)",
            Self::Swedish => "svenska",
            Self::Ukrainian => "українська",
        }
    }

    pub fn id(self) -> LanguageIdentifier {
        self.tag()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default())
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Arabic
    }

    /// Reads a language from a `--lang` value or a POSIX locale name: `uk`, `uk-UA`,
    /// `uk_UA.UTF-8`, `sr_RS@latin`, `sr-Latn`, `no_NO`. `None` for a language fieldsign
    /// does not speak.
    pub fn parse(name: &str) -> Option<Self> {
        // `ll_CC.ENCODING@modifier`: the encoding says nothing about the language.
        let (name, modifier) = match name.split_once('@') {
            Some((name, modifier)) => (name, Some(modifier)),
            None => (name, None),
        };
        let name = name.split('.').next().unwrap_or_default();
        let mut parts = name.split(['_', '-']);
        let language = parts.next()?.to_ascii_lowercase();
        let latin = modifier.is_some_and(|m| m.eq_ignore_ascii_case("latin"))
            || parts.any(|p| p.eq_ignore_ascii_case("latn"));
        Some(match language.as_str() {
            "ar" => Self::Arabic,
            "cs" => Self::Czech,
            "da" => Self::Danish,
            "el" => Self::Greek,
            "en" => Self::English,
            "es" => Self::Spanish,
            "fr" => Self::French,
            "hi" => Self::Hindi,
            "it" => Self::Italian,
            "nl" => Self::Dutch,
            // Bokmål is what "Norwegian" means on nearly every system; a Nynorsk reader
            // reads it without trouble.
            "nb" | "no" | "nn" => Self::Norwegian,
            "pl" => Self::Polish,
            "pt" => Self::Portuguese,
            "ru" => Self::Russian,
            "sr" if latin => Self::SerbianLatin,
            "sr" => Self::Serbian,
            "sv" => Self::Swedish,
            "uk" => Self::Ukrainian,
            _ => return None,
        })
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// `--lang` or `FIELDSIGN_LANG` named a language fieldsign does not speak.
#[derive(Debug, thiserror::Error)]
#[error("fieldsign has no messages in the language {given}; choose one of: {choices}")]
pub struct UnknownLanguage {
    given: String,
    choices: String,
}

/// Whether the language is named on purpose: `--lang` given, or `FIELDSIGN_LANG` set
/// (then it wins over the language a vault keeps).
pub fn named(cli: Option<&str>, env: impl Fn(&str) -> Option<String>) -> bool {
    cli.is_some() || env("FIELDSIGN_LANG").is_some_and(|v| !v.is_empty())
}

/// The language asked for: `cli` (`--lang`), else `FIELDSIGN_LANG`, else the locale.
/// A language named on purpose (`--lang`, `FIELDSIGN_LANG`) must exist; a locale in a
/// language fieldsign lacks (`de_DE`, `C`) means English.
pub fn requested(
    cli: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Language, UnknownLanguage> {
    let chosen = cli
        .map(str::to_owned)
        .or_else(|| env("FIELDSIGN_LANG").filter(|v| !v.is_empty()));
    if let Some(given) = chosen {
        return Language::parse(&given).ok_or_else(|| UnknownLanguage {
            given: crate::model::text::display(&given).into_owned(),
            choices: Language::ALL.map(Language::tag).join(", "),
        });
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            // LANGUAGE is a list in order of preference: `uk:ru:en`.
            return Ok(value
                .split(':')
                .find_map(Language::parse)
                .unwrap_or(Language::English));
        }
    }
    Ok(env("LANG")
        .as_deref()
        .and_then(Language::parse)
        .unwrap_or(Language::English))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn locale_names_map_to_languages() {
        assert_eq!(Language::parse("uk_UA.UTF-8"), Some(Language::Ukrainian));
        assert_eq!(
            Language::parse("sr_RS.UTF-8@latin"),
            Some(Language::SerbianLatin)
        );
        assert_eq!(Language::parse("sr-Latn-RS"), Some(Language::SerbianLatin));
        assert_eq!(Language::parse("sr_RS"), Some(Language::Serbian));
        assert_eq!(Language::parse("sr-Cyrl"), Some(Language::Serbian));
        assert_eq!(Language::parse("no_NO"), Some(Language::Norwegian));
        assert_eq!(Language::parse("nb"), Some(Language::Norwegian));
        assert_eq!(Language::parse("pt_BR"), Some(Language::Portuguese));
        assert_eq!(Language::parse("EL"), Some(Language::Greek));
        assert_eq!(Language::parse("de_DE"), None);
        assert_eq!(Language::parse("C"), None);
        for language in Language::ALL {
            assert_eq!(Language::parse(language.tag()), Some(language));
        }
    }

    #[test]
    fn the_flag_beats_the_variable_which_beats_the_locale() {
        let env = with(&[("FIELDSIGN_LANG", "ar"), ("LANG", "uk_UA.UTF-8")]);
        assert_eq!(requested(Some("el"), &env).unwrap(), Language::Greek);
        assert_eq!(requested(None, &env).unwrap(), Language::Arabic);
        let env = with(&[("LANG", "uk_UA.UTF-8")]);
        assert_eq!(requested(None, &env).unwrap(), Language::Ukrainian);
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        let env = with(&[("LC_ALL", "C.UTF-8"), ("LANG", "ru_RU.UTF-8")]);
        assert_eq!(requested(None, &env).unwrap(), Language::English);
        let env = with(&[("LC_MESSAGES", "pl_PL.UTF-8"), ("LANGUAGE", "cs")]);
        assert_eq!(requested(None, &env).unwrap(), Language::Polish);
        let env = with(&[("LANGUAGE", "de:nl:en"), ("LANG", "fr_FR.UTF-8")]);
        assert_eq!(requested(None, &env).unwrap(), Language::Dutch);
        assert_eq!(requested(None, with(&[])).unwrap(), Language::English);
    }

    #[test]
    fn a_language_named_on_purpose_must_exist() {
        let err = requested(Some("de"), with(&[])).unwrap_err().to_string();
        assert!(err.contains("no messages in the language de"), "{err}");
        assert!(err.contains("sr-Latn"), "{err}");
        assert!(requested(None, with(&[("FIELDSIGN_LANG", "xx")])).is_err());
    }
}

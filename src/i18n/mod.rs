//! Every word fieldsign shows, in the person's language: Fluent messages in
//! `i18n/<language>/fieldsign.ftl`, embedded in the binary, looked up with [`t!`].
//!
//! [`t!`] is `i18n_embed_fl::fl!`: a message id or argument that the English file
//! (`i18n/en/fieldsign.ftl`, the fallback) lacks is a compile error. Which language is
//! shown is decided once at start-up ([`select`]) from `--lang`, `FIELDSIGN_LANG` and the
//! locale variables; numbers in messages follow the language ([`numbers`]). How to add
//! or correct a language: docs/translating.md.

mod choice;
pub mod numbers;

use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

pub use self::choice::{Language, named, requested};
// `#[macro_export]` puts `t!` (defined below) at the crate root; re-exported here so
// that callers write `crate::i18n::t!` and name the module they depend on.
pub use super::t;

/// The `.ftl` files, compiled into the binary (nothing is read from disk at run time).
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Localizations;

static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // English is always loaded: it is the fallback for any message a file lacks.
    if let Err(e) = loader.load_fallback_language(&Localizations) {
        // Only a build with a broken English file gets here (the coverage test parses it).
        eprintln!("error: fieldsign's English messages cannot be read: {e}");
    }
    finish(&loader);
    loader
});

/// The loader behind [`t!`].
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

/// Whether `--lang` or `FIELDSIGN_LANG` named the language of this run.
static NAMED: AtomicBool = AtomicBool::new(false);

/// The language selected now, as its index in [`Language::ALL`] (English at first).
static SELECTED: AtomicUsize = AtomicUsize::new(4);

/// Notes that the language of this run was named on purpose (`--lang`,
/// `FIELDSIGN_LANG`): it then wins over the one a vault keeps.
pub fn set_named_on_purpose(named: bool) {
    NAMED.store(named, Ordering::Relaxed);
}

/// Whether `--lang` or `FIELDSIGN_LANG` named the language of this run.
pub fn named_on_purpose() -> bool {
    NAMED.load(Ordering::Relaxed)
}

/// The language messages are shown in now.
pub fn language() -> Language {
    Language::ALL
        .get(SELECTED.load(Ordering::Relaxed))
        .copied()
        .unwrap_or(Language::English)
}

/// Switches every later message to `language` (English stays the fallback).
pub fn select(language: Language) {
    if let Some(index) = Language::ALL.iter().position(|l| *l == language) {
        SELECTED.store(index, Ordering::Relaxed);
    }
    let id = language.id();
    if let Err(e) = i18n_embed::select(&*LOADER, &Localizations, &[id]) {
        eprintln!("error: the messages for {language} cannot be read ({e}); using English");
    }
    numbers::set_style(language);
    finish(&LOADER);
}

/// Settings every bundle needs after it is loaded.
fn finish(loader: &FluentLanguageLoader) {
    // Fluent would wrap each placeable in U+2068/U+2069 (bidi isolates); the output
    // filter shows those as `\u{…}` and most terminals do not honour them.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(numbers::fluent_formatter)));
}

/// The languages with a message file, as their `i18n/` folder names.
pub fn available() -> Vec<String> {
    let mut names: Vec<String> = Localizations::iter()
        .filter_map(|path| path.split('/').next().map(str::to_owned))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The text of one language's message file, for the coverage test.
pub fn source(language: &str) -> Option<String> {
    let file = Localizations::get(&format!("{language}/fieldsign.ftl"))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// Whether messages are shown in English: the command line then prints the library's
/// own summaries (`Display`), the one English text of each.
pub fn is_english() -> bool {
    LOADER.current_language().language.as_str() == "en"
}

/// The language messages are shown in now.
pub fn current() -> LanguageIdentifier {
    LOADER.current_language()
}

/// The language a person would read a petition text in, as a tag (`uk`, `sr-Latn`,
/// `de`): the language messages are shown in, unless that is English, the fallback;
/// then the locale's own language (`de_DE.UTF-8` → `de`, one fieldsign has no messages
/// in but a petition may have a text in); English when the locale names none. The TUI's petition screen and
/// `campaign show` both ask this, so "the organizer's language" means one thing.
pub fn reading_language(env: impl Fn(&str) -> Option<String>) -> String {
    let current = current();
    if current.language.as_str() != "en" {
        return Language::ALL
            .into_iter()
            .find(|l| l.id() == current)
            .map_or_else(
                || current.language.as_str().to_owned(),
                |l| l.tag().to_owned(),
            );
    }
    ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]
        .iter()
        .filter_map(|var| env(var))
        .filter_map(|value| {
            // LANGUAGE is a list (`uk:ru:en`); `uk_UA.UTF-8` names `uk`.
            let first = value.split(':').next()?;
            let tag: String = first
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_lowercase();
            // `C`, `C.UTF-8` and `POSIX` name no language.
            (!tag.is_empty() && tag != "c" && tag != "posix").then_some(tag)
        })
        .next()
        .unwrap_or_else(|| "en".to_owned())
}

/// A message in the current language: `t!("id")`, `t!("id", name = value, …)`. The id
/// and the argument names are checked against the English file when compiling.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::reading_language;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    // Messages are in English here (nothing in the library's tests selects another
    // language), so the locale decides.
    #[test]
    fn the_locale_names_the_reading_language_when_messages_are_english() {
        assert_eq!(reading_language(env(&[("LANG", "de_DE.UTF-8")])), "de");
        assert_eq!(
            reading_language(env(&[("LC_ALL", "C.UTF-8"), ("LANG", "uk_UA.UTF-8")])),
            "uk"
        );
        assert_eq!(
            reading_language(env(&[("LANGUAGE", "sr:ru:en"), ("LANG", "en_US")])),
            "sr"
        );
        assert_eq!(reading_language(env(&[("LANG", "POSIX")])), "en");
        assert_eq!(reading_language(env(&[])), "en");
    }
}

//! Every language file says everything the English one does, the same way: the same
//! message ids, the same `$arguments` in each, a variant for every CLDR plural form a
//! count can take in that language, and no English left in it (names and commands
//! aside). Then every message is formatted in every language with counts that reach
//! each plural form, so a file that parses but does not resolve fails here too.

use std::collections::{BTreeMap, BTreeSet};

use fieldsign::i18n::{self, Language};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// What the test needs of one message.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    /// Text outside placeables and code spans, joined.
    text: String,
    /// The variant keys of each select on a variable: (variable, keys, default key).
    selects: Vec<(String, BTreeSet<String>, String)>,
}

fn parse(language: &str) -> BTreeMap<String, Shape> {
    let source = i18n::source(language).unwrap_or_else(|| panic!("no file for {language}"));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{language}: syntax errors: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(pattern) = &message.value {
                walk(pattern, &mut shape);
            }
            messages.insert(message.id.name.to_owned(), shape);
        }
    }
    messages
}

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => {
                shape.text.push(' ');
                expression_of(expression, shape);
            }
        }
    }
}

fn expression_of(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_of(inline, shape),
        Expression::Select { selector, variants } => {
            inline_of(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants.iter().map(|v| key_name(&v.key)).collect();
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| key_name(&v.key))
                    .unwrap_or_default();
                shape.selects.push((id.name.to_owned(), keys, default));
            }
            for variant in variants {
                walk(&variant.value, shape);
            }
        }
    }
}

fn key_name(key: &fluent_syntax::ast::VariantKey<&str>) -> String {
    match key {
        fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
        fluent_syntax::ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn inline_of(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_of(expression, shape),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_of(arg, shape);
            }
        }
        InlineExpression::StringLiteral { value } => shape.text.push_str(value),
        _ => {}
    }
}

/// The text a reader reads: code spans (commands, flags) and placeables removed.
fn prose(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Messages whose translation is rightly the same word as the English: `format` is the
/// word in French, Polish and Serbian, `file` in Italian (as in the Italian computing
/// press), `error` in Spanish, `date` in French; `record` is the glossary's word in
/// Italian and Dutch; Dutch writes `help` (as its software does), `status`, `postcode`
/// and `letters` as English does.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("es", "error-prefix"),
    ("es", "error-file"),
    ("fr", "verify-format"),
    ("pl", "verify-format"),
    ("sr-Latn", "verify-format"),
    ("it", "verify-file"),
    ("fr", "field-date"),
    ("it", "title-record"),
    ("nl", "title-record"),
    ("nl", "key-help"),
    ("nl", "tui-help-title"),
    ("nl", "column-status"),
    ("nl", "field-postcode"),
    ("nl", "hint-country"),
];

/// Messages that are symbols, the same in every language written in Latin script:
/// `min` and `s`, the SI symbols for minutes and seconds.
const SYMBOLS: &[&str] = &["duration-minutes", "duration-minutes-seconds"];

#[test]
fn every_language_has_a_file_and_every_file_is_a_language() {
    let mut tags: Vec<String> = Language::ALL.iter().map(|l| l.tag().to_owned()).collect();
    tags.sort();
    assert_eq!(i18n::available(), tags);
}

/// The languages whose terminal-UI messages (the English file's section from
/// `TUI_SECTION` on) are not all translated yet: a message of that section missing from
/// one of these files shows in English, on purpose. docs/translating.md names the same
/// languages (checked below); every other message must be there. None is left: a
/// terminal-UI message missing from any language fails
/// `every_language_has_every_message_with_the_same_arguments`.
const TUI_IN_ENGLISH: &[&str] = &[];

/// The heading in `i18n/en/fieldsign.ftl` from which messages are the terminal UI's.
const TUI_SECTION: &str = "## The terminal UI";

/// The ids of the terminal UI's messages (the English file's from `TUI_SECTION` on).
fn tui_ids() -> BTreeSet<String> {
    let source = i18n::source("en").expect("the English file");
    let Some((_, tui)) = source.split_once(TUI_SECTION) else {
        panic!("i18n/en/fieldsign.ftl lacks the heading {TUI_SECTION:?}");
    };
    tui.lines()
        .filter(|line| !line.starts_with([' ', '#', '*', '[']))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .filter(|id| !id.is_empty())
        .collect()
}

#[test]
fn the_languages_whose_tui_falls_back_to_english_are_the_documented_ones() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/translating.md"))
        .expect("docs/translating.md");
    let line = doc
        .lines()
        .find(|l| l.starts_with("Terminal UI still partly in English:"))
        .expect("docs/translating.md names the languages whose TUI falls back to English");
    let mut documented: Vec<&str> = line.split('`').skip(1).step_by(2).collect();
    documented.sort_unstable();
    let mut listed = TUI_IN_ENGLISH.to_vec();
    listed.sort_unstable();
    assert_eq!(documented, listed);
    assert!(tui_ids().contains("key-quit"), "the TUI section is found");
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = parse("en");
    let tui = tui_ids();
    let mut problems = Vec::new();
    for language in Language::ALL.iter().filter(|l| **l != Language::English) {
        let tag = language.tag();
        let messages = parse(tag);
        for (id, shape) in &english {
            match messages.get(id) {
                None if TUI_IN_ENGLISH.contains(&tag) && tui.contains(id) => {}
                None => problems.push(format!("{tag}: {id} is missing")),
                Some(other) if other.variables != shape.variables => problems.push(format!(
                    "{tag}: {id} has arguments {:?}, English {:?}",
                    other.variables, shape.variables
                )),
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not in the English file"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_language_file_holds_english_text() {
    let english = parse("en");
    let mut problems = Vec::new();
    for language in Language::ALL.iter().filter(|l| **l != Language::English) {
        let tag = language.tag();
        let messages = parse(tag);
        let whole: String = messages
            .values()
            .map(|s| prose(&s.text))
            .collect::<Vec<_>>()
            .join("\n");
        for (id, shape) in &english {
            let en = prose(&shape.text);
            let Some(other) = messages.get(id) else {
                continue;
            };
            let has_words = en.chars().filter(|c| c.is_alphabetic()).count() >= 3;
            if has_words
                && prose(&other.text) == en
                && !SAME_AS_ENGLISH.contains(&(tag, id.as_str()))
                && !SYMBOLS.contains(&id.as_str())
            {
                problems.push(format!("{tag}: {id} is the English text: {en:?}"));
            }
            // Any run of five English words, anywhere in the file.
            let words: Vec<&str> = en.split(' ').collect();
            for run in words.windows(5) {
                let run = run.join(" ");
                if run.chars().filter(|c| c.is_alphabetic()).count() >= 15 && whole.contains(&run) {
                    problems.push(format!("{tag}: holds English words of {id}: {run:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn plural_rules(language: Language) -> PluralRules {
    let base = language.tag().split('-').next().unwrap_or("en");
    let id: i18n_embed::unic_langid::LanguageIdentifier = base.parse().expect("language id");
    PluralRules::create(id, PluralRuleType::CARDINAL).expect("CLDR has rules")
}

fn category_name(category: &PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Every plural form a whole count can take in the language (0 to 1000 reaches all).
fn integer_categories(language: Language) -> BTreeSet<&'static str> {
    let rules = plural_rules(language);
    (0..=1000u32)
        .map(|n| category_name(&rules.select(n).expect("plural of an integer")))
        .collect()
}

#[test]
fn every_count_reaches_a_variant_written_for_its_plural_form() {
    let categories = ["zero", "one", "two", "few", "many", "other"];
    let mut problems = Vec::new();
    for language in Language::ALL {
        let needed = integer_categories(language);
        for (id, shape) in parse(language.tag()) {
            for (variable, keys, default) in &shape.selects {
                if !keys.iter().all(|k| categories.contains(&k.as_str())) {
                    continue; // a select on a word (`kind`), not on a count
                }
                for category in &needed {
                    if !keys.contains(*category) {
                        problems.push(format!(
                            "{}: {id}: ${variable} has no [{category}] variant (would fall back to [{default}])",
                            language.tag()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn arabic_and_the_slavic_languages_use_their_plural_forms() {
    assert_eq!(
        integer_categories(Language::Arabic),
        ["few", "many", "one", "other", "two", "zero"].into()
    );
    for slavic in [Language::Russian, Language::Ukrainian, Language::Polish] {
        assert_eq!(integer_categories(slavic), ["few", "many", "one"].into());
    }
    i18n::select(Language::Russian);
    let counts: Vec<String> = [1u32, 3, 5, 21, 22, 25, 111]
        .iter()
        .map(|&n| fieldsign::t!("dedupe-groups", count = n))
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        counts,
        [
            "1 группа",
            "3 группы",
            "5 групп",
            "21 группа",
            "22 группы",
            "25 групп",
            "111 групп"
        ]
    );
    i18n::select(Language::Arabic);
    let arabic: Vec<String> = [0u32, 1, 2, 3, 11, 100]
        .iter()
        .map(|&n| fieldsign::t!("dedupe-groups", count = n))
        .map(|s| s.split(" من ").next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        arabic,
        [
            "٠ مجموعة",
            "مجموعة واحدة",
            "مجموعتان",
            "٣ مجموعات",
            "١١ مجموعة",
            "١٠٠ مجموعة"
        ]
    );
    i18n::select(Language::English);
    assert!(fieldsign::t!("dedupe-groups", count = 1).starts_with("1 group of"));
}

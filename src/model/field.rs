//! The field schema of a campaign and the validation of typed values.
//!
//! Error messages here name the field and the rule, never the value: the value may be a
//! signer's name, and messages end up on screens and in scrollback.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::countries;
use super::role::{Role, UnknownRole};
use super::text::{Lines, TextError, check_text, nfc};

/// The longest value, in graphemes, that any field accepts.
pub const MAX_VALUE_GRAPHEMES: usize = 200;
/// The longest value in bytes (UTF-8, after NFC). Graphemes alone do not bound size: a
/// grapheme may carry any number of combining marks, so two letters and 2.5 million
/// marks are two graphemes. 4 KiB leaves 20 bytes for each of 200 graphemes, more than
/// the densest real names (Devanagari conjuncts, emoji sequences) need.
pub const MAX_VALUE_BYTES: usize = 4096;

/// What a field holds, and so how it is validated and normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "choices")]
pub enum FieldKind {
    Text,
    Email,
    Phone,
    /// An ISO 3166-1 alpha-2 code, stored upper case.
    Country,
    Postcode,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// Stored as `yes` or `no`.
    Checkbox,
    /// One of a fixed list of options.
    Choice(Vec<String>),
}

impl FieldKind {
    /// The kind's name as written in a field spec.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Country => "country",
            Self::Postcode => "postcode",
            Self::Date => "date",
            Self::Checkbox => "checkbox",
            Self::Choice(_) => "choice",
        }
    }
}

/// One field of a campaign's schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSpec {
    /// The key used on the command line, in CSV headers and in JSON output.
    pub key: String,
    #[serde(flatten)]
    pub kind: FieldKind,
    pub required: bool,
    /// What the field means (the signer's name, email, …), if the coordinator said so;
    /// see [`Role`]. Left out of the JSON when not set, so campaign files without roles
    /// read and verify exactly as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

/// A field spec given on the command line or in a campaign file is malformed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldSpecError {
    #[error(
        "{}: expected KEY:KIND[:required][:role=ROLE], e.g. `age:text`, `team:choice=red|blue:required` or `full_name:text:required:role=name`",
        shown_spec(.0)
    )]
    Syntax(String),
    #[error(
        "field key `{0}`: use 1 to 32 lowercase letters, digits or `_`, starting with a letter"
    )]
    BadKey(String),
    #[error(
        "field `{key}`: unknown kind `{kind}` (kinds: text, email, phone, country, postcode, date, checkbox, choice=A|B)"
    )]
    UnknownKind { key: String, kind: String },
    #[error("field `{0}`: a choice needs at least one option, e.g. `choice=yes|no`")]
    EmptyChoice(String),
    #[error("field `{key}`: {problem}")]
    Role { key: String, problem: RoleProblem },
}

/// What is wrong with the `role=` part of a field spec.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleProblem {
    #[error(transparent)]
    Unknown(#[from] UnknownRole),
    #[error("a {kind} field cannot have the role `{role}`")]
    Unfit { role: Role, kind: &'static str },
}

/// A malformed spec for a message: quoted if it has a `:` (it was written as a spec),
/// otherwise withheld, since a name typed in the wrong place has none.
fn shown_spec(spec: &str) -> String {
    if spec.contains(':') {
        format!("field spec `{spec}`")
    } else {
        "a field spec given (not shown: it has no `:`, so it may be a value)".to_owned()
    }
}

impl FieldSpec {
    pub fn new(key: &str, kind: FieldKind, required: bool) -> Self {
        Self {
            key: key.to_owned(),
            kind,
            required,
            role: None,
        }
    }

    /// The same spec with an explicit role.
    #[must_use]
    pub fn with_role(mut self, role: Role) -> Self {
        self.role = Some(role);
        self
    }

    /// Checks a key: lowercase ASCII so that it is safe in CSV headers, JSON and shells.
    pub fn check_key(key: &str) -> Result<(), FieldSpecError> {
        let mut chars = key.chars();
        let ok = key.len() <= 32
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
            && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !matches!(key, "sheet" | "line" | "id" | "status");
        if ok {
            Ok(())
        } else {
            Err(FieldSpecError::BadKey(key.to_owned()))
        }
    }

    /// Validates and normalizes one value typed for this field. An empty result means
    /// "no value" and is refused for required fields.
    pub fn normalize(&self, raw: &str) -> Result<String, ValueError> {
        normalize_value(&self.kind, self.required, raw)
    }
}

impl FromStr for FieldSpec {
    type Err = FieldSpecError;

    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let mut parts = spec.split(':');
        let key = parts.next().unwrap_or_default().trim();
        let kind = parts
            .next()
            .ok_or_else(|| FieldSpecError::Syntax(spec.to_owned()))?
            .trim();
        // After the kind, in any order and each at most once: `required`, `role=ROLE`.
        let (mut required, mut role) = (false, None);
        for part in parts.map(str::trim) {
            match (part, part.strip_prefix("role=")) {
                ("required", _) if !required => required = true,
                (_, Some(name)) if role.is_none() => role = Some(name.trim()),
                _ => return Err(FieldSpecError::Syntax(spec.to_owned())),
            }
        }
        Self::check_key(key)?;
        let kind = match kind {
            "text" => FieldKind::Text,
            "email" => FieldKind::Email,
            "phone" => FieldKind::Phone,
            "country" => FieldKind::Country,
            "postcode" => FieldKind::Postcode,
            "date" => FieldKind::Date,
            "checkbox" => FieldKind::Checkbox,
            other => match other.strip_prefix("choice=") {
                Some(options) => {
                    let options: Vec<String> = options
                        .split('|')
                        .map(|o| nfc(o.trim()))
                        .filter(|o| !o.is_empty())
                        .collect();
                    if options.is_empty() {
                        return Err(FieldSpecError::EmptyChoice(key.to_owned()));
                    }
                    FieldKind::Choice(options)
                }
                None if other == "choice" => {
                    return Err(FieldSpecError::EmptyChoice(key.to_owned()));
                }
                None => {
                    return Err(FieldSpecError::UnknownKind {
                        key: key.to_owned(),
                        kind: other.to_owned(),
                    });
                }
            },
        };
        let role = match role {
            None => None,
            Some(name) => {
                let role = name.parse::<Role>().map_err(|e| FieldSpecError::Role {
                    key: key.to_owned(),
                    problem: e.into(),
                })?;
                if !role.fits(&kind) {
                    return Err(FieldSpecError::Role {
                        key: key.to_owned(),
                        problem: RoleProblem::Unfit {
                            role,
                            kind: kind.name(),
                        },
                    });
                }
                Some(role)
            }
        };
        Ok(Self {
            key: key.to_owned(),
            kind,
            required,
            role,
        })
    }
}

impl FieldSpec {
    /// How people read the field's key: with spaces and a capital (`postcode` →
    /// "Postcode", `full_name` → "Full name"). The form's labels and `campaign show`.
    pub fn label(&self) -> String {
        let text = self.key.replace('_', " ");
        let mut chars = text.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => text,
        }
    }
}

impl fmt::Display for FieldSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.key, self.kind.name())?;
        if let FieldKind::Choice(options) = &self.kind {
            write!(f, "={}", options.join("|"))?;
        }
        if self.required {
            f.write_str(":required")?;
        }
        if let Some(role) = self.role {
            write!(f, ":role={role}")?;
        }
        Ok(())
    }
}

/// Why a value was refused. The message describes the rule, never the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("is required")]
    Required,
    #[error(
        "is too long (at most {MAX_VALUE_GRAPHEMES} characters, and {MAX_VALUE_BYTES} bytes however the characters are written)"
    )]
    TooLong,
    #[error("contains control characters (such as terminal escapes, tabs or line breaks)")]
    Control,
    #[error("contains text-direction overrides (U+202A–U+202E, U+2066–U+2069 or direction marks)")]
    Bidi,
    #[error("contains invisible characters (such as a zero-width space or a soft hyphen)")]
    Invisible,
    #[error("is not an email address (expected name@example.org)")]
    Email,
    #[error("is not a phone number (digits, spaces, + - ( ) . ; 5 to 20 digits)")]
    Phone,
    #[error("is not an ISO 3166 country code (two letters, e.g. DE, GR, IN)")]
    Country,
    #[error("is not a postcode (letters, digits, spaces and -; at most 12)")]
    Postcode,
    #[error("is not a date (expected YYYY-MM-DD)")]
    Date,
    #[error("is not a checkbox value (yes/no, y/n, x, 1/0, true/false)")]
    Checkbox,
    #[error("is not one of: {0}")]
    Choice(String),
}

/// Trims, NFC-normalizes and validates `raw` as a value of `kind`.
pub fn normalize_value(kind: &FieldKind, required: bool, raw: &str) -> Result<String, ValueError> {
    // Before normalizing (which costs time in proportion): NFC never makes a text more
    // than three times longer, so anything longer than that cannot fit.
    if raw.trim().len() > 3 * MAX_VALUE_BYTES {
        return Err(ValueError::TooLong);
    }
    let value = nfc(raw.trim());
    if value.len() > MAX_VALUE_BYTES {
        return Err(ValueError::TooLong);
    }
    if value.is_empty() {
        return if required {
            Err(ValueError::Required)
        } else {
            Ok(value)
        };
    }
    // The one free-text check (see `text::check_text`): no escapes, overrides or
    // invisible characters in any value, whichever way it arrived.
    check_text(&value, Lines::One).map_err(|e| match e {
        TextError::Control => ValueError::Control,
        TextError::Bidi => ValueError::Bidi,
        TextError::Invisible => ValueError::Invisible,
    })?;
    if value.graphemes(true).count() > MAX_VALUE_GRAPHEMES {
        return Err(ValueError::TooLong);
    }
    match kind {
        FieldKind::Text => Ok(value),
        FieldKind::Email => email(&value),
        FieldKind::Phone => phone(&value),
        FieldKind::Country => {
            let code = value.to_ascii_uppercase();
            if countries::is_alpha2(&code) {
                Ok(code)
            } else {
                Err(ValueError::Country)
            }
        }
        FieldKind::Postcode => {
            // Check the upper-cased form: it is what is stored, and upper-casing can
            // lengthen (ß → SS), so a stored postcode always validates again.
            let upper = nfc(&value.to_uppercase());
            let ok = upper.chars().count() <= 12
                && upper
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
            if ok {
                Ok(upper)
            } else {
                Err(ValueError::Postcode)
            }
        }
        FieldKind::Date => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(&value, &format)
                .map(|_| value)
                .map_err(|_| ValueError::Date)
        }
        FieldKind::Checkbox => match value.to_lowercase().as_str() {
            "yes" | "y" | "x" | "1" | "true" | "on" => Ok("yes".into()),
            "no" | "n" | "0" | "false" | "off" => Ok("no".into()),
            _ => Err(ValueError::Checkbox),
        },
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.to_lowercase() == value.to_lowercase())
            .cloned()
            .ok_or_else(|| ValueError::Choice(options.join(", "))),
    }
}

fn email(value: &str) -> Result<String, ValueError> {
    let (local, domain) = value.rsplit_once('@').ok_or(ValueError::Email)?;
    let ok = !local.is_empty()
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace);
    // Domains are case-insensitive; local parts formally are not, so keep them.
    if ok {
        Ok(format!("{local}@{}", domain.to_lowercase()))
    } else {
        Err(ValueError::Email)
    }
}

fn phone(value: &str) -> Result<String, ValueError> {
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if allowed && (5..=20).contains(&digits) {
        Ok(value.to_owned())
    } else {
        Err(ValueError::Phone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_specs() {
        let spec: FieldSpec = "team:choice=Red|Blue:required".parse().unwrap();
        assert_eq!(
            spec.kind,
            FieldKind::Choice(vec!["Red".into(), "Blue".into()])
        );
        assert!(spec.required);
        assert_eq!(spec.to_string(), "team:choice=Red|Blue:required");
        assert!("Bad:text".parse::<FieldSpec>().is_err());
        assert!("x:weird".parse::<FieldSpec>().is_err());
        assert!("x".parse::<FieldSpec>().is_err());
        let err = "Olena Shevchenko"
            .parse::<FieldSpec>()
            .unwrap_err()
            .to_string();
        assert!(!err.contains("Olena"), "{err}");
        assert!(
            "a:b:c:d"
                .parse::<FieldSpec>()
                .unwrap_err()
                .to_string()
                .contains("a:b:c:d")
        );
        assert!("sheet:text".parse::<FieldSpec>().is_err());
    }

    #[test]
    fn parses_roles_in_either_order_and_refuses_unfit_ones() {
        let spec: FieldSpec = "full_name:text:role=name:required".parse().unwrap();
        assert_eq!((spec.role, spec.required), (Some(Role::Name), true));
        assert_eq!(spec.to_string(), "full_name:text:required:role=name");
        assert_eq!(spec.to_string().parse::<FieldSpec>().unwrap(), spec);
        assert!(matches!(
            "x:text:role=surname".parse::<FieldSpec>(),
            Err(FieldSpecError::Role { .. })
        ));
        assert!(matches!(
            "born:date:role=email".parse::<FieldSpec>(),
            Err(FieldSpecError::Role { .. })
        ));
        assert!(matches!(
            "x:text:role=name:role=city".parse::<FieldSpec>(),
            Err(FieldSpecError::Syntax(_))
        ));
        // A spec without a role serializes as before roles existed.
        let json = serde_json::to_string(&FieldSpec::new("name", FieldKind::Text, true)).unwrap();
        assert_eq!(json, r#"{"key":"name","kind":"text","required":true}"#);
    }

    #[test]
    fn validates_each_kind() {
        let n = |k: &FieldKind, v: &str| normalize_value(k, false, v);
        assert_eq!(
            n(&FieldKind::Email, " A@Example.ORG ").unwrap(),
            "A@example.org"
        );
        assert_eq!(n(&FieldKind::Email, "nope"), Err(ValueError::Email));
        assert_eq!(n(&FieldKind::Country, "gr").unwrap(), "GR");
        assert_eq!(n(&FieldKind::Country, "XX"), Err(ValueError::Country));
        assert_eq!(
            n(&FieldKind::Phone, "+30 210 123 4567").unwrap(),
            "+30 210 123 4567"
        );
        assert_eq!(n(&FieldKind::Phone, "call me"), Err(ValueError::Phone));
        assert_eq!(n(&FieldKind::Date, "2026-02-30"), Err(ValueError::Date));
        assert_eq!(n(&FieldKind::Date, "2026-02-28").unwrap(), "2026-02-28");
        assert_eq!(n(&FieldKind::Checkbox, "X").unwrap(), "yes");
        assert_eq!(n(&FieldKind::Postcode, "sw1a 1aa").unwrap(), "SW1A 1AA");
        let choice = FieldKind::Choice(vec!["Red".into()]);
        assert_eq!(n(&choice, "red").unwrap(), "Red");
        assert!(n(&choice, "green").is_err());
        assert_eq!(
            normalize_value(&FieldKind::Text, true, "  "),
            Err(ValueError::Required)
        );
        assert_eq!(n(&FieldKind::Text, "a\u{7}b"), Err(ValueError::Control));
    }

    #[test]
    fn normalizes_to_nfc() {
        // "é" typed as e + combining acute becomes the single code point.
        assert_eq!(n_text("Ame\u{301}lie"), "Am\u{e9}lie");
    }

    fn n_text(v: &str) -> String {
        normalize_value(&FieldKind::Text, false, v).unwrap()
    }

    /// One name per script the campaigns run in, typed with marks where the script has
    /// them (so NFC and NFD differ).
    const NAMES: [&str; 6] = [
        "José Ñúñez",
        "Йосип Їжаков",
        "Ἀλέξανδρος Ῥήγας",
        "مُحَمَّد عَلِيّ",
        "प्रिया नायर",
        "Nguyễn Thị Minh Khai",
    ];

    #[test]
    fn text_in_every_script_is_stored_nfc_whichever_form_was_typed() {
        use unicode_normalization::UnicodeNormalization;
        for name in NAMES {
            let nfc: String = name.nfc().collect();
            let nfd: String = name.nfd().collect();
            assert_eq!(n_text(&nfd), nfc, "{name}");
            assert_eq!(n_text(&nfc), nfc, "{name}");
            assert_eq!(
                n_text(&format!("  {nfd}\u{3000}")),
                nfc,
                "trimmed, incl. ideographic space"
            );
        }
    }

    #[test]
    fn limits_count_graphemes_not_bytes() {
        // 200 Devanagari syllables of 2 code points (6 bytes) each are 200 characters.
        let long = "कि".repeat(MAX_VALUE_GRAPHEMES);
        assert_eq!(n_text(&long).len(), 6 * MAX_VALUE_GRAPHEMES);
        assert_eq!(
            normalize_value(&FieldKind::Text, false, &format!("{long}क")),
            Err(ValueError::TooLong)
        );
        // Combining marks do not count as characters of their own.
        let marked = "e\u{301}".repeat(MAX_VALUE_GRAPHEMES);
        assert!(normalize_value(&FieldKind::Text, false, &marked).is_ok());
        // ...but they count as bytes: 2 letters and 2.5 million marks are refused.
        let zalgo = format!("ab{}", "\u{301}".repeat(2_500_000));
        assert_eq!(zalgo.graphemes(true).count(), 2);
        assert_eq!(
            normalize_value(&FieldKind::Text, false, &zalgo),
            Err(ValueError::TooLong)
        );
        let just_over = format!("ab{}", "\u{301}".repeat(MAX_VALUE_BYTES / 2));
        assert_eq!(
            normalize_value(&FieldKind::Text, false, &just_over),
            Err(ValueError::TooLong)
        );
        // The densest real names fit: 200 Devanagari conjuncts of 4 code points each.
        let dense = "क्षि".repeat(MAX_VALUE_GRAPHEMES);
        assert!(normalize_value(&FieldKind::Text, false, &dense).is_ok());
    }

    #[test]
    fn edge_cases_across_scripts() {
        let n = |k: &FieldKind, v: &str| normalize_value(k, false, v);
        // Internationalized emails: the domain is lower-cased, the local part kept.
        assert_eq!(
            n(&FieldKind::Email, "Олена@Приклад.УКР").unwrap(),
            "Олена@приклад.укр"
        );
        assert_eq!(n(&FieldKind::Email, "a@b"), Err(ValueError::Email));
        assert_eq!(n(&FieldKind::Email, "a@.b.c"), Err(ValueError::Email));
        assert_eq!(n(&FieldKind::Email, "a@b.c."), Err(ValueError::Email));
        assert_eq!(n(&FieldKind::Email, "a b@c.d"), Err(ValueError::Email));
        assert_eq!(n(&FieldKind::Email, "@c.d"), Err(ValueError::Email));
        // Phones: ASCII digits only; Arabic-Indic and Devanagari digits are refused
        // rather than silently stored in a form dialers and dedupe would not match.
        assert_eq!(n(&FieldKind::Phone, "٠١٢٣٤٥٦٧"), Err(ValueError::Phone));
        assert_eq!(n(&FieldKind::Phone, "०१२३४५६७"), Err(ValueError::Phone));
        assert_eq!(n(&FieldKind::Phone, "1234"), Err(ValueError::Phone));
        assert!(n(&FieldKind::Phone, "(030) 1234-5678").is_ok());
        assert_eq!(
            n(&FieldKind::Phone, &"1".repeat(21)),
            Err(ValueError::Phone)
        );
        // Countries: ASCII letters of an assigned code only.
        assert_eq!(n(&FieldKind::Country, " in ").unwrap(), "IN");
        assert_eq!(n(&FieldKind::Country, "UKR"), Err(ValueError::Country));
        assert_eq!(n(&FieldKind::Country, "ΕΛ"), Err(ValueError::Country));
        // Postcodes: letters and digits of any script, upper-cased, at most 12.
        assert_eq!(n(&FieldKind::Postcode, "ab1-2cd").unwrap(), "AB1-2CD");
        assert!(n(&FieldKind::Postcode, "١٢٣٤٥").is_ok());
        assert_eq!(
            n(&FieldKind::Postcode, "1234567890123"),
            Err(ValueError::Postcode)
        );
        assert_eq!(n(&FieldKind::Postcode, "12/34"), Err(ValueError::Postcode));
        // Upper-casing lengthens ß: the stored form must itself be valid.
        assert_eq!(
            n(&FieldKind::Postcode, &"ß".repeat(7)),
            Err(ValueError::Postcode)
        );
        assert_eq!(n(&FieldKind::Postcode, "ßß").unwrap(), "SSSS");
        // Dates: real calendar dates in the one format.
        assert!(n(&FieldKind::Date, "2024-02-29").is_ok());
        assert_eq!(n(&FieldKind::Date, "2023-02-29"), Err(ValueError::Date));
        assert_eq!(n(&FieldKind::Date, "28.11.2026"), Err(ValueError::Date));
        // Checkboxes and choices are case-insensitive, in any script.
        assert_eq!(n(&FieldKind::Checkbox, "TRUE").unwrap(), "yes");
        assert_eq!(n(&FieldKind::Checkbox, "off").unwrap(), "no");
        assert_eq!(n(&FieldKind::Checkbox, "да"), Err(ValueError::Checkbox));
        let choice = FieldKind::Choice(vec!["Αθήνα".into(), "Київ".into()]);
        assert_eq!(n(&choice, "ΑΘΉΝΑ").unwrap(), "Αθήνα");
        assert_eq!(n(&choice, "київ").unwrap(), "Київ");
        // Control characters anywhere are refused; a tab or newline in a cell too.
        for (bad, problem) in [
            ("O\u{202E}lena", ValueError::Bidi),
            ("Ol\u{200B}ena", ValueError::Invisible),
        ] {
            assert_eq!(n(&FieldKind::Text, bad), Err(problem), "{bad:?}");
        }
        assert!(n(&FieldKind::Text, "क्\u{200D}ष").is_ok(), "ZWJ is kept");
        for bad in ["a\tb", "a\nb", "a\u{1b}[31mb", "a\u{0}b"] {
            assert_eq!(
                n(&FieldKind::Text, bad),
                Err(ValueError::Control),
                "{bad:?}"
            );
        }
        // Whitespace only is "no value": refused if required, empty otherwise.
        assert_eq!(n(&FieldKind::Email, " \u{a0} ").unwrap(), "");
        assert_eq!(
            normalize_value(&FieldKind::Email, true, " \u{a0} "),
            Err(ValueError::Required)
        );
    }

    proptest::proptest! {
        #[test]
        fn normalizing_is_idempotent_and_never_echoes(value in "(\\PC|ß|ǰ|İ|ﬃ){0,60}", kind in 0usize..8) {
            let kinds = [
                FieldKind::Text, FieldKind::Email, FieldKind::Phone, FieldKind::Country,
                FieldKind::Postcode, FieldKind::Date, FieldKind::Checkbox,
                FieldKind::Choice(vec!["Ja".into(), "Ні".into()]),
            ];
            let kind = &kinds[kind];
            match normalize_value(kind, false, &value) {
                Ok(once) => {
                    proptest::prop_assert_eq!(normalize_value(kind, false, &once), Ok(once.clone()));
                    proptest::prop_assert!(unicode_normalization::is_nfc(&once));
                    proptest::prop_assert!(!once.chars().any(char::is_control));
                    proptest::prop_assert!(check_text(&once, Lines::One).is_ok());
                }
                Err(e) => {
                    let message = e.to_string();
                    let trimmed = value.trim();
                    proptest::prop_assert!(
                        trimmed.chars().count() < 4 || !message.contains(trimmed),
                        "message echoes the value"
                    );
                }
            }
        }

        #[test]
        fn specs_round_trip_through_display(
            key in "[a-z][a-z0-9_]{0,31}",
            kind in 0usize..8,
            options in proptest::collection::vec("[A-Za-z][A-Za-z ]{0,8}[A-Za-z]", 1..4),
            required in proptest::bool::ANY,
        ) {
            proptest::prop_assume!(!matches!(key.as_str(), "sheet" | "line" | "id" | "status"));
            let kind = match kind {
                0 => FieldKind::Text, 1 => FieldKind::Email, 2 => FieldKind::Phone,
                3 => FieldKind::Country, 4 => FieldKind::Postcode, 5 => FieldKind::Date,
                6 => FieldKind::Checkbox, _ => FieldKind::Choice(options),
            };
            let spec = FieldSpec::new(&key, kind, required);
            proptest::prop_assert_eq!(spec.to_string().parse::<FieldSpec>(), Ok(spec));
        }
    }
}

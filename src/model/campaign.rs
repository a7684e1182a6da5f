//! Campaigns (defined by a coordinator, shared as a signed file) and events (the rallies
//! and meetings where sheets are filled in).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::{Lines, TextError, check_text};
use super::{CampaignId, DeviceId, EventId, FieldKind, FieldSpec, UnixTime};

/// A petition campaign: what signers sign and which fields the paper sheet has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: CampaignId,
    pub title: String,
    /// Petition text by language tag (`en`, `uk`, `ar`, …).
    pub texts: BTreeMap<String, String>,
    pub fields: Vec<FieldSpec>,
    /// age recipients (`age1…` or `ssh-ed25519 …`) that bundles are encrypted to.
    pub recipients: Vec<String>,
    /// The coordinator's ed25519 public key, base64: it signs the campaign file and receipts.
    pub signing_key: String,
    pub created_at: UnixTime,
    /// How many signatures the campaign aims for; set and changed by its coordinator,
    /// and signed with the rest of the campaign file. Left out of the JSON when not set,
    /// so campaign files without one read and verify exactly as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// Every paper line is to be typed twice and compared (docs/double-entry.md):
    /// reports count verified and not-yet-verified signatures apart, and delivery
    /// files carry a `verified` column. Left out of the JSON when not set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub double_entry: bool,
    /// Events the coordinator shares with every organizer (`event create … --out
    /// FILE`): organizers type into them, so sheets typed on different laptops meet on
    /// one paper line (double entry). `campaign join` / `campaign update` store them.
    /// Left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
}

impl Campaign {
    /// The most events a campaign file shares (a campaign has tens of rallies, not
    /// thousands; bounds what a forged file can make a vault store).
    pub const MAX_SHARED_EVENTS: usize = 1000;
}

/// A campaign's signature goal and when its coordinator set it. The time orders goals:
/// a campaign file whose goal is older than the one a vault holds is an old copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub signatures: u64,
    pub set_at: UnixTime,
}

impl Goal {
    /// The largest goal accepted: more signatures than people on Earth is a typo.
    pub const MAX: u64 = 10_000_000_000;
}

impl Campaign {
    /// The spec of field `key`, if the campaign has one.
    pub fn field(&self, key: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The languages of the petition texts, `preferred` first when the campaign has a
    /// text in it (the same tag, or the same language: `uk` finds `uk-UA`, `sr-Latn`
    /// finds `sr`), then the others in tag order. What the TUI's petition screen and
    /// `campaign show` both use, so "the organizer's language first" means one thing.
    pub fn text_languages(&self, preferred: Option<&str>) -> Vec<&str> {
        let primary = |tag: &str| {
            tag.split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        };
        let mut languages: Vec<&str> = self.texts.keys().map(String::as_str).collect();
        let chosen = preferred.and_then(|p| {
            languages
                .iter()
                .position(|l| l.eq_ignore_ascii_case(p))
                .or_else(|| languages.iter().position(|l| primary(l) == primary(p)))
        });
        if let Some(at) = chosen {
            let first = languages.remove(at);
            languages.insert(0, first);
        }
        languages
    }

    /// A campaign with the default fields and nothing else, for unit tests.
    #[cfg(test)]
    pub(crate) fn for_test() -> Campaign {
        Campaign {
            id: CampaignId::random(),
            title: "t".into(),
            texts: BTreeMap::new(),
            fields: default_fields(),
            recipients: vec![],
            signing_key: String::new(),
            created_at: 0,
            goal: None,
            double_entry: false,
            events: Vec::new(),
        }
    }

    /// The field keys, in schema order, for messages such as "fields are: …".
    pub fn field_keys(&self) -> String {
        self.fields
            .iter()
            .map(|f| f.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A piece of free text in a campaign or an event that breaks [`check_text`]: which
/// part, and which rule. The text itself is never in the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {part} {problem}")]
pub struct TextFieldError {
    pub part: &'static str,
    pub problem: TextError,
}

fn check_part(part: &'static str, text: &str, lines: Lines) -> Result<(), TextFieldError> {
    check_text(text, lines).map_err(|problem| TextFieldError { part, problem })
}

impl Campaign {
    /// Checks every piece of free text a campaign file carries (title, petition texts
    /// and their language tags, choice options, recipients) with the one free-text
    /// rule, so that nothing a coordinator — or a forger — wrote can drive a terminal.
    pub fn check_text(&self) -> Result<(), TextFieldError> {
        check_part("title", &self.title, Lines::One)?;
        for (lang, text) in &self.texts {
            check_part("language tag of a petition text", lang, Lines::One)?;
            check_part("petition text", text, Lines::Many)?;
        }
        for field in &self.fields {
            if let FieldKind::Choice(options) = &field.kind {
                for option in options {
                    check_part("option list of a choice field", option, Lines::One)?;
                }
            }
        }
        for recipient in &self.recipients {
            check_part("recipient list", recipient, Lines::One)?;
        }
        check_part("signing key", &self.signing_key, Lines::One)
    }
}

impl Event {
    /// Checks the event's name, place, date and notes with the one free-text rule.
    /// Called when an event is created and when one arrives in a bundle.
    pub fn check_text(&self) -> Result<(), TextFieldError> {
        check_part("event name", &self.name, Lines::One)?;
        check_part("event place", &self.place, Lines::One)?;
        check_part("event date", &self.date, Lines::One)?;
        check_part("event notes", &self.notes, Lines::Many)
    }
}

/// The fields a campaign has when its coordinator names none.
pub fn default_fields() -> Vec<FieldSpec> {
    vec![
        FieldSpec::new("name", FieldKind::Text, true),
        FieldSpec::new("email", FieldKind::Email, false),
        FieldSpec::new("phone", FieldKind::Phone, false),
        FieldSpec::new("city", FieldKind::Text, false),
        FieldSpec::new("country", FieldKind::Country, false),
        FieldSpec::new("postcode", FieldKind::Postcode, false),
        FieldSpec::new("contact_ok", FieldKind::Checkbox, false),
    ]
}

/// Where and when sheets were signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub campaign: CampaignId,
    pub name: String,
    #[serde(default)]
    pub place: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub notes: String,
    /// Lines printed on each paper sheet of this event, as the organizer set it (sheet
    /// entry's tally). Left out of the JSON when not set, so events without it read and
    /// sign exactly as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines_per_sheet: Option<u32>,
    pub created_by: DeviceId,
    pub created_at: UnixTime,
}

/// Why one field of an entry was refused. Names the field, never the value.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("unknown field {} (this campaign's fields are: {known})", shown_key(.field))]
    Unknown { field: String, known: String },
    #[error("field `{field}` {problem}")]
    Value {
        field: String,
        problem: super::ValueError,
    },
}

/// A field key for a message: shown if it is shaped like a key, otherwise withheld,
/// since a mistyped `--field` or a CSV without a header row can put a value there.
fn shown_key(key: &str) -> String {
    let key_like = !key.is_empty()
        && key.len() <= 32
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if key_like {
        format!("`{key}`")
    } else {
        "(its name is not shown: it is not shaped like a field key)".to_owned()
    }
}

impl std::fmt::Debug for FieldError {
    /// Like the message: an unknown key that is not shaped like a key may be a value.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unknown { field, .. } => write!(f, "Unknown({})", shown_key(field)),
            Self::Value { field, problem } => write!(f, "Value({}, {problem:?})", shown_key(field)),
        }
    }
}

impl FieldError {
    pub fn field(&self) -> &str {
        match self {
            Self::Unknown { field, .. } | Self::Value { field, .. } => field,
        }
    }
}

/// Whether values are checked for a new line or for an amendment of some fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Every required field must be present.
    NewLine,
    /// A line that is illegible on paper: values optional, but still validated.
    IllegibleLine,
    /// Only the given fields change; a required field may not be cleared.
    Amendment,
}

impl Campaign {
    /// Validates and normalizes raw values against the schema. Returns every problem,
    /// so that a form or a CSV report can show them all at once.
    pub fn check_values(
        &self,
        raw: &BTreeMap<String, String>,
        check: Check,
    ) -> Result<BTreeMap<String, String>, Vec<FieldError>> {
        let mut values = BTreeMap::new();
        let mut errors = Vec::new();
        for (key, value) in raw {
            match self.field(key) {
                None => errors.push(FieldError::Unknown {
                    field: key.clone(),
                    known: self.field_keys(),
                }),
                Some(spec) => {
                    let required = spec.required && check != Check::IllegibleLine;
                    match super::normalize_value(&spec.kind, required, value) {
                        Ok(v) if v.is_empty() && check != Check::Amendment => {}
                        Ok(v) => {
                            values.insert(key.clone(), v);
                        }
                        Err(problem) => errors.push(FieldError::Value {
                            field: key.clone(),
                            problem,
                        }),
                    }
                }
            }
        }
        if check == Check::NewLine {
            for spec in self
                .fields
                .iter()
                .filter(|f| f.required && !raw.contains_key(&f.key))
            {
                errors.push(FieldError::Value {
                    field: spec.key.clone(),
                    problem: super::ValueError::Required,
                });
            }
        }
        if errors.is_empty() {
            Ok(values)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_problem_by_field() {
        let raw = BTreeMap::from([
            ("email".to_owned(), "x".to_owned()),
            ("shoe".to_owned(), "42".to_owned()),
        ]);
        let errors = Campaign::for_test()
            .check_values(&raw, Check::NewLine)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(FieldError::field).collect();
        assert_eq!(fields, ["email", "shoe", "name"]);
        assert!(errors.iter().all(|e| !e.to_string().contains("42")));
    }

    #[test]
    fn illegible_lines_need_no_name_and_amendments_cannot_clear_it() {
        let c = Campaign::for_test();
        assert!(
            c.check_values(&BTreeMap::new(), Check::IllegibleLine)
                .unwrap()
                .is_empty()
        );
        let clear = BTreeMap::from([("name".to_owned(), String::new())]);
        assert!(c.check_values(&clear, Check::Amendment).is_err());
        let clear_city = BTreeMap::from([("city".to_owned(), String::new())]);
        assert_eq!(
            c.check_values(&clear_city, Check::Amendment).unwrap()["city"],
            ""
        );
    }

    #[test]
    fn the_preferred_language_comes_first_then_the_rest_in_order() {
        let mut campaign = Campaign::for_test();
        for lang in ["ar", "en", "uk-UA", "sr"] {
            campaign.texts.insert(lang.to_owned(), "…".to_owned());
        }
        assert_eq!(
            campaign.text_languages(Some("uk")),
            ["uk-UA", "ar", "en", "sr"]
        );
        assert_eq!(
            campaign.text_languages(Some("en")),
            ["en", "ar", "sr", "uk-UA"]
        );
        assert_eq!(
            campaign.text_languages(Some("sr-Latn")),
            ["sr", "ar", "en", "uk-UA"]
        );
        assert_eq!(
            campaign.text_languages(Some("fr")),
            ["ar", "en", "sr", "uk-UA"]
        );
        assert_eq!(campaign.text_languages(None), ["ar", "en", "sr", "uk-UA"]);
    }
}

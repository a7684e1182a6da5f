//! `campaign show`: everything a campaign file says, as an organizer reads it before a
//! rally: the title, who coordinates it, the goal, the fields of the paper sheet, the
//! events, and the petition texts, the organizer's language first
//! ([`crate::i18n::reading_language`], the same order as the TUI's petition screen).
//!
//! A campaign file comes from outside: every text goes through the display filter
//! (`out!`, `print_json`), so a forged title or text cannot drive the terminal.

use anyhow::Result;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

use crate::cli::Context;
use crate::cli::output::{labelled, print_json, write_out};
use crate::i18n::t;
use crate::model::{Campaign, Event, FieldKind, format_time};
use crate::vault::{ListFilter, Vault};

/// How `campaign show` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    /// Labelled lines, then the texts
    Table,
    /// One JSON object (stable, see docs/cli.md)
    Json,
}

/// Runs `campaign show [C] [--format table|json]`.
pub fn run(ctx: &Context, campaign: Option<&str>, format: ShowFormat) -> Result<()> {
    let vault = ctx.open()?;
    let campaign = vault.resolve_campaign(campaign)?;
    let preferred = crate::i18n::reading_language(|var| std::env::var(var).ok());
    let languages: Vec<String> = campaign
        .text_languages(Some(&preferred))
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut events = Vec::new();
    for event in vault.events(Some(campaign.id))? {
        let records = vault.count_records(
            campaign.id,
            ListFilter {
                event: Some(event.id),
                include_void: false,
            },
        )?;
        events.push((event, records));
    }
    let shown = Shown {
        role: role(&vault, &campaign),
        key: coordinator_key(&campaign),
        campaign: &campaign,
        languages: &languages,
        events: &events,
    };
    match format {
        ShowFormat::Json => print_json(&shown.json()),
        ShowFormat::Table => Ok(write_out(&shown.text())?),
    }
}

/// What `campaign show` prints about one campaign.
struct Shown<'a> {
    campaign: &'a Campaign,
    /// `coordinator` or `organizer`, as `campaign list` says it.
    role: &'static str,
    /// The fingerprint of the coordinator's signing key, as `campaign join` printed it.
    key: String,
    /// The languages of the petition texts, the organizer's first.
    languages: &'a [String],
    /// The events, by date then name, with their records that are not void.
    events: &'a [(Event, usize)],
}

fn role(vault: &Vault, campaign: &Campaign) -> &'static str {
    if vault.coordinates(campaign) {
        "coordinator"
    } else {
        "organizer"
    }
}

fn coordinator_key(campaign: &Campaign) -> String {
    crate::sync::keys::decode_verifying_key(&campaign.signing_key)
        .map(|k| crate::sync::keys::fingerprint(&k))
        .unwrap_or_default()
}

/// A field as a line of `campaign show`, its key padded to `width` columns:
/// `team       choice: North | South · required`. The role is named where the key does
/// not already say it (`contact_ok` is the consent, `full_name` the name).
fn field_line(
    field: &crate::model::FieldSpec,
    role: Option<crate::model::Role>,
    width: usize,
) -> String {
    let mut parts = vec![match &field.kind {
        FieldKind::Choice(options) => format!("choice: {}", options.join(" | ")),
        kind => kind.name().to_owned(),
    }];
    if field.required {
        parts.push(t!("show-required"));
    }
    if let Some(role) = role.filter(|r| r.name() != field.key) {
        parts.push(t!("show-field-role", role = role.name()));
    }
    let pad = " ".repeat(width.saturating_sub(field.key.width()));
    format!("{}{pad}  {}", field.key, parts.join(" · "))
}

fn event_line(event: &Event, records: usize) -> String {
    let mut parts = vec![event.name.clone()];
    if !event.date.is_empty() {
        parts.push(crate::i18n::numbers::date_text(&event.date));
    }
    if !event.place.is_empty() {
        parts.push(event.place.clone());
    }
    parts.push(t!("show-event-records", count = records));
    format!("{}  {}", event.id, parts.join(" · "))
}

impl Shown<'_> {
    /// The labelled lines, then each petition text under its heading.
    fn text(&self) -> String {
        let c = self.campaign;
        let roles = c.roles();
        let key_width = c.fields.iter().map(|f| f.key.width()).max().unwrap_or(0);
        let mut rows = vec![
            (t!("verify-campaign"), format!("\"{}\" ({})", c.title, c.id)),
            (
                t!("show-role"),
                if self.role == "coordinator" {
                    t!("show-role-coordinator")
                } else {
                    t!("show-role-organizer")
                },
            ),
            (t!("show-coordinator-key"), self.key.clone()),
            (t!("verify-created"), format_time(c.created_at)),
            (
                t!("show-goal"),
                match c.goal {
                    Some(goal) => t!("show-goal-signatures", count = goal.signatures),
                    None => t!("show-no-goal"),
                },
            ),
            (t!("verify-recipients"), c.recipients.join("\n")),
            (
                t!("show-fields"),
                c.fields
                    .iter()
                    .map(|f| field_line(f, roles.role_of(&f.key), key_width))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            (
                t!("verify-events"),
                if self.events.is_empty() {
                    t!("show-no-events")
                } else {
                    self.events
                        .iter()
                        .map(|(e, n)| event_line(e, *n))
                        .collect::<Vec<_>>()
                        .join("\n")
                },
            ),
        ];
        if self.languages.is_empty() {
            rows.push((t!("show-texts"), t!("show-no-texts")));
        }
        let mut text = labelled(&rows, 0);
        for (number, language) in (1usize..).zip(self.languages) {
            text.push('\n');
            text.push_str(&t!(
                "show-text-heading",
                language = language.as_str(),
                number = number,
                count = self.languages.len()
            ));
            text.push('\n');
            text.push_str(c.texts.get(language).map_or("", String::as_str).trim_end());
            text.push('\n');
        }
        text
    }

    fn json(&self) -> serde_json::Value {
        let c = self.campaign;
        let roles = c.roles();
        let mut value = json!({
            "id": c.id,
            "title": c.title,
            "role": self.role,
            "coordinator_key": self.key,
            "created_at": format_time(c.created_at),
            "recipients": c.recipients,
            "texts": self.languages.iter().map(|l| json!({
                "language": l,
                "text": c.texts.get(l).map_or("", String::as_str),
            })).collect::<Vec<_>>(),
            "fields": c.fields.iter().map(|f| {
                let mut field = json!({
                    "key": f.key,
                    "kind": f.kind.name(),
                    "required": f.required,
                    "role": roles.role_of(&f.key).map(crate::model::Role::name),
                    "label": f.label(),
                });
                if let FieldKind::Choice(options) = &f.kind {
                    field["options"] = json!(options);
                }
                field
            }).collect::<Vec<_>>(),
            "events": self.events.iter().map(|(e, records)| json!({
                "id": e.id, "name": e.name, "place": e.place, "date": e.date, "records": records,
            })).collect::<Vec<_>>(),
        });
        if let Some(goal) = c.goal {
            value["goal"] = goal.signatures.into();
        }
        value
    }
}

//! `campaign` and `event` commands (`campaign show` in `campaigns/show.rs`).

mod show;

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use clap::Subcommand;

use super::Context;
use super::output::{Format, note, note_t, out, print_csv, print_json, print_table};
use crate::model::{FieldSpec, format_time};
use crate::vault::{CampaignDraft, ListFilter, atomic_file};

#[derive(Debug, Subcommand)]
pub enum CampaignCmd {
    /// Create a campaign coordinated from this vault and write its signed campaign file
    Create {
        /// The campaign's title, as organizers will see it
        #[arg(long)]
        title: String,
        /// Petition text in a language, from a UTF-8 file (repeatable): --text uk=petition-uk.txt
        #[arg(long = "text", value_name = "LANG=FILE")]
        texts: Vec<String>,
        /// Add or redefine a field (repeatable): KEY:KIND[:required], e.g. age:text, team:choice=red|blue
        #[arg(long = "field", value_name = "SPEC")]
        fields: Vec<FieldSpec>,
        /// Another coordinator recipient bundles are encrypted to (repeatable): age1… or "ssh-ed25519 …"
        #[arg(long = "recipient", value_name = "RECIPIENT")]
        recipients: Vec<String>,
        /// The number of signatures the campaign aims for (the dashboard's gauge); change
        /// it later with `campaign goal`
        #[arg(long, value_name = "N", value_parser = goal_value)]
        goal: Option<u64>,
        /// Every paper line is to be typed twice and compared (`add --second-entry`,
        /// `compare`, `resolve`): reports count verified signatures apart, delivery
        /// files get a `verified` column
        #[arg(long)]
        double_entry: bool,
        /// Where to write the campaign file for organizers
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Coordinator: change a campaign's signature goal, and write its newly signed
    /// campaign file (organizers `campaign join` it again to see the new goal)
    Goal {
        /// Campaign id or name
        campaign: String,
        /// The new goal, in signatures
        #[arg(value_name = "N", value_parser = goal_value, required_unless_present = "clear")]
        signatures: Option<u64>,
        /// Remove the goal instead
        #[arg(long, conflicts_with = "signatures")]
        clear: bool,
        /// Where to write the updated campaign file for organizers
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Verify a campaign file from a coordinator and add its campaign to this vault;
    /// `campaign update FILE` (the same) applies a newer file: its goal, its shared events
    #[command(visible_alias = "update")]
    Join {
        /// The campaign file the coordinator gave you
        file: PathBuf,
    },
    /// Show a campaign: its petition texts (yours first), fields, events, goal and keys
    Show {
        /// Campaign id or name (may be left out when the vault has one campaign)
        campaign: Option<String>,
        /// Output format: labelled lines then the texts, or JSON (stable, see docs/cli.md)
        #[arg(long, value_enum, default_value_t = show::ShowFormat::Table)]
        format: show::ShowFormat,
    },
    /// List the campaigns in this vault
    List {
        /// Output format: an aligned table, JSON (stable, see docs/cli.md) or CSV
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

impl CampaignCmd {
    pub fn run(self, ctx: &Context) -> Result<()> {
        match self {
            CampaignCmd::Create {
                title,
                texts,
                fields,
                recipients,
                goal,
                double_entry,
                out,
                force,
            } => {
                let text_map = read_texts(&texts)?;
                super::files::refuse_existing(&out, force)?;
                let vault = ctx.open()?;
                let draft = CampaignDraft {
                    title,
                    texts: text_map,
                    fields,
                    recipients,
                    goal,
                    double_entry,
                };
                let (campaign, file) = vault.create_campaign(draft)?;
                // The campaign is stored already; a refusal here (a file that appeared
                // meanwhile, a full disk) says so, and `campaign export` is not needed:
                // running create again makes a second campaign, so say what happened.
                atomic_file::write_file(&out, &file, force).with_context(|| {
                    format!(
                        "campaign {} was created in this vault, but its file could not be written",
                        campaign.id
                    )
                })?;
                out!("{}", campaign.id);
                note_t!(
                    "campaign-created",
                    title = campaign.title.as_str(),
                    id = campaign.id.to_string(),
                    file = out.display().to_string(),
                    fingerprint = vault.fingerprint()
                );
                Ok(())
            }
            CampaignCmd::Goal {
                campaign,
                signatures,
                clear: _,
                out,
                force,
            } => set_goal(ctx, &campaign, signatures, &out, force),
            CampaignCmd::Join { file } => {
                let bytes = crate::input::read_limited(&file, crate::input::Limit::CAMPAIGN_FILE)?;
                let vault = ctx.open()?;
                let campaign = vault.join_campaign(&bytes)?;
                let key = crate::sync::keys::decode_verifying_key(&campaign.signing_key)
                    .map(|k| crate::sync::keys::fingerprint(&k))
                    .unwrap_or_default();
                out!("{}", campaign.id);
                note_t!(
                    "campaign-joined",
                    title = campaign.title.as_str(),
                    id = campaign.id.to_string(),
                    fingerprint = key
                );
                Ok(())
            }
            CampaignCmd::Show { campaign, format } => show::run(ctx, campaign.as_deref(), format),
            CampaignCmd::List { format } => {
                let vault = ctx.open()?;
                let mut rows = Vec::new();
                let mut json = Vec::new();
                for c in vault.campaigns()? {
                    let events = vault.events(Some(c.id))?.len();
                    let records = vault.count_records(c.id, ListFilter::default())?;
                    let role = if vault.coordinates(&c) {
                        "coordinator"
                    } else {
                        "organizer"
                    };
                    let mut entry = serde_json::json!({
                        "id": c.id, "title": c.title, "role": role, "events": events, "records": records,
                        "languages": c.texts.keys().collect::<Vec<_>>(),
                        "fields": c.fields.iter().map(ToString::to_string).collect::<Vec<_>>(),
                        "recipients": c.recipients, "created_at": format_time(c.created_at),
                    });
                    // Only when set, so a campaign without one lists exactly as before.
                    if let Some(goal) = c.goal {
                        entry["goal"] = goal.signatures.into();
                    }
                    if c.double_entry {
                        entry["double_entry"] = true.into();
                    }
                    json.push(entry);
                    rows.push(vec![
                        c.id.to_string(),
                        c.title.clone(),
                        role.into(),
                        events.to_string(),
                        records.to_string(),
                    ]);
                }
                let headers = ["ID", "TITLE", "ROLE", "EVENTS", "RECORDS"];
                match format {
                    Format::Json => print_json(&json),
                    Format::Csv => print_csv(&headers, &rows),
                    Format::Table if rows.is_empty() => {
                        note_t!("campaign-none");
                        Ok(())
                    }
                    Format::Table => print_table(&headers, &rows),
                }
            }
        }
    }
}

/// `campaign goal`: sets the goal, then writes the newly signed campaign file.
fn set_goal(
    ctx: &Context,
    campaign: &str,
    signatures: Option<u64>,
    out: &std::path::Path,
    force: bool,
) -> Result<()> {
    super::files::refuse_existing(out, force)?;
    let vault = ctx.open()?;
    let campaign = vault.resolve_campaign(Some(campaign))?;
    let (campaign, file) = vault.set_goal(&campaign, signatures)?;
    atomic_file::write_file(out, &file, force).with_context(|| {
        format!(
            "the goal of campaign {} was changed in this vault, but its file could not be written; run the command again to write it",
            campaign.id
        )
    })?;
    let now = match campaign.goal {
        Some(goal) => format!("is now {} signatures", goal.signatures),
        None => "is removed".to_owned(),
    };
    note!(
        "The goal of \"{}\" {now}. Give {} to organizers: `fieldsign campaign join {}`.",
        campaign.title,
        out.display(),
        out.display()
    );
    Ok(())
}

/// `event create --out` and `event share`: shares the event, then writes the newly
/// signed campaign file.
fn share_event(
    vault: &crate::vault::Vault,
    campaign: &crate::model::Campaign,
    event: &crate::model::Event,
    out: &std::path::Path,
    force: bool,
) -> Result<()> {
    let (campaign, file) = vault.share_event(campaign, event)?;
    atomic_file::write_file(out, &file, force).with_context(|| {
        format!(
            "event {} is shared in this vault, but the campaign file could not be written; write it again with `fieldsign event share --campaign {} --event {} --out FILE`",
            event.id, campaign.id, event.id
        )
    })?;
    note!(
        "Shared the event \"{}\" with organizers ({} shared events). Give {} to organizers: `fieldsign campaign update {}`.",
        event.name,
        campaign.events.len(),
        out.display(),
        out.display()
    );
    Ok(())
}

/// A goal from the command line: a whole number of signatures, 1 or more.
fn goal_value(text: &str) -> Result<u64, String> {
    match text.trim().parse::<u64>() {
        Ok(n) if (1..=crate::model::Goal::MAX).contains(&n) => Ok(n),
        _ => Err(format!(
            "a goal is a whole number of signatures from 1 to {}",
            crate::model::Goal::MAX
        )),
    }
}

/// Reads `--text LANG=FILE` arguments into petition texts by language.
fn read_texts(specs: &[String]) -> Result<BTreeMap<String, String>> {
    let mut texts = BTreeMap::new();
    for spec in specs {
        let Some((lang, file)) = spec.split_once('=') else {
            bail!("--text `{spec}`: expected LANG=FILE, e.g. --text en=petition.txt");
        };
        let lang = lang.trim();
        let lang_ok = (1..=35).contains(&lang.len())
            && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            bail!("--text `{spec}`: LANG must be a language tag such as en, uk or pt-BR");
        }
        let text = crate::input::read_text_limited(
            std::path::Path::new(file),
            crate::input::Limit::SMALL_TEXT,
        )
        .with_context(|| {
            format!("cannot read the petition text {file} (it must be UTF-8, at most 1 MiB)")
        })?;
        texts.insert(lang.to_owned(), text);
    }
    Ok(texts)
}

#[derive(Debug, Subcommand)]
pub enum EventCmd {
    /// Create an event; prints its id
    Create {
        /// Campaign id or name
        #[arg(long, value_name = "C")]
        campaign: String,
        /// What people call it, e.g. "Vigil, 3 March"
        #[arg(long)]
        name: String,
        /// Where it took place
        #[arg(long, default_value = "")]
        place: String,
        /// YYYY-MM-DD
        #[arg(long, default_value = "")]
        date: String,
        /// Coordinator: share the event with every organizer, writing the newly signed
        /// campaign file to FILE (organizers apply it with `campaign update FILE`)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// Coordinator: share an event with every organizer (so sheets typed on different
    /// laptops meet on one paper line), writing the newly signed campaign file
    Share {
        /// Campaign id or name
        #[arg(long, value_name = "C")]
        campaign: String,
        /// Event id or name
        #[arg(long, value_name = "E")]
        event: String,
        /// Where to write the updated campaign file for organizers
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// List events
    List {
        /// Campaign id or name (default: all)
        #[arg(long, value_name = "C")]
        campaign: Option<String>,
        /// Output format: an aligned table, JSON (stable, see docs/cli.md) or CSV
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

impl EventCmd {
    pub fn run(self, ctx: &Context) -> Result<()> {
        match &self {
            EventCmd::Create {
                out: Some(out),
                force,
                ..
            }
            | EventCmd::Share { out, force, .. } => super::files::refuse_existing(out, *force)?,
            _ => {}
        }
        let vault = ctx.open()?;
        match self {
            EventCmd::Create {
                campaign,
                name,
                place,
                date,
                out,
                force,
            } => {
                let campaign = vault.resolve_campaign(Some(&campaign))?;
                if out.is_some() && !vault.coordinates(&campaign) {
                    return Err(crate::vault::VaultError::NotCoordinator(campaign.id).into());
                }
                let event = vault.create_event(&campaign, &name, &place, &date)?;
                out!("{}", event.id);
                if let Some(out) = out {
                    share_event(&vault, &campaign, &event, &out, force)?;
                }
                Ok(())
            }
            EventCmd::Share {
                campaign,
                event,
                out,
                force,
            } => {
                let campaign = vault.resolve_campaign(Some(&campaign))?;
                let event = vault.resolve_event(&campaign, &event)?;
                share_event(&vault, &campaign, &event, &out, force)
            }
            EventCmd::List { campaign, format } => {
                let campaign = match campaign {
                    Some(c) => Some(vault.resolve_campaign(Some(&c))?.id),
                    None => None,
                };
                let mut rows = Vec::new();
                let mut json = Vec::new();
                for e in vault.events(campaign)? {
                    let count = vault.count_records(
                        e.campaign,
                        ListFilter {
                            event: Some(e.id),
                            include_void: false,
                        },
                    )?;
                    json.push(serde_json::json!({
                        "id": e.id, "campaign": e.campaign, "name": e.name, "place": e.place, "date": e.date, "records": count,
                    }));
                    rows.push(vec![
                        e.id.to_string(),
                        e.campaign.to_string(),
                        e.name,
                        e.date,
                        e.place,
                        count.to_string(),
                    ]);
                }
                let headers = ["ID", "CAMPAIGN", "NAME", "DATE", "PLACE", "RECORDS"];
                match format {
                    Format::Json => print_json(&json),
                    Format::Csv => print_csv(&headers, &rows),
                    Format::Table => print_table(&headers, &rows),
                }
            }
        }
    }
}

//! `compare` and `resolve`: double entry's comparison of paper lines typed more than
//! once, and the resolution of a line against its paper. The logic is in
//! `model::paper` and `Vault::resolve_line`; this file parses and prints. Messages are
//! in English only for now (like `dedupe resolve`); other languages fall back to it.

use std::collections::{BTreeMap, HashMap};

use anyhow::{Result, bail};
use clap::Args;

use super::output::{note, out, print_json, print_table};
use super::{Context, parse_fields};
use crate::model::{ComparedLine, Comparison, EventId, PaperLine, Record, RecordId, paper};
use crate::vault::{ListFilter, Vault};

/// Output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct Compare {
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// Only the paper lines of this event (id or name)
    #[arg(long, value_name = "E")]
    event: Option<String>,
    /// Output format: an aligned table or JSON (stable, see docs/cli.md)
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    format: CompareFormat,
    /// Also print the differing values of each entry (PLAIN TEXT on screen: signers'
    /// data; for the person resolving, with the paper at hand)
    #[arg(long)]
    show_values: bool,
}

impl Compare {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(self.campaign.as_deref())?;
        let event = match &self.event {
            Some(e) => Some(vault.resolve_event(&campaign, e)?.id),
            None => None,
        };
        let records = vault.records(
            campaign.id,
            ListFilter {
                event,
                include_void: true,
            },
        )?;
        let comparison = paper::compare(&records);
        let by_id: HashMap<RecordId, &Record> = if self.show_values {
            note!(
                "--show-values: the differing values below are signers' data, in plain text on this screen."
            );
            records.iter().map(|r| (r.id, r)).collect()
        } else {
            HashMap::new()
        };
        match self.format {
            CompareFormat::Json => print_json(&comparison_json(&comparison, &by_id)),
            CompareFormat::Table => print_comparison(&vault, &comparison, &by_id, campaign.id),
        }
    }
}

/// The stable JSON of `compare` (docs/cli.md): `typed_once`, `agreed`, `differ` and
/// `resolved`; with values only when `by_id` holds the records (`--show-values`).
fn comparison_json(
    comparison: &Comparison,
    by_id: &HashMap<RecordId, &Record>,
) -> serde_json::Value {
    let line = |l: &ComparedLine, with_fields: bool| {
        let mut v = serde_json::json!({
            "event": l.event,
            "sheet": l.sheet,
            "line": l.line,
            "records": l.records,
            "verified": l.kept.is_some(),
        });
        if with_fields {
            v["fields"] = serde_json::json!(l.fields);
        }
        if let Some(kept) = l.kept {
            v["kept"] = serde_json::json!(kept);
        }
        if !by_id.is_empty() && with_fields {
            let values: BTreeMap<String, BTreeMap<&str, &str>> = l
                .records
                .iter()
                .filter_map(|id| by_id.get(id))
                .map(|r| {
                    (
                        r.id.to_string(),
                        l.fields
                            .iter()
                            .map(|k| (k.as_str(), r.value(k).unwrap_or("")))
                            .collect(),
                    )
                })
                .collect();
            v["values"] = serde_json::json!(values);
        }
        v
    };
    serde_json::json!({
        "typed_once": comparison.typed_once,
        "agreed": comparison.agreed.iter().map(|l| line(l, false)).collect::<Vec<_>>(),
        "differ": comparison.differ.iter().map(|l| line(l, true)).collect::<Vec<_>>(),
        "resolved": comparison.resolved.iter().map(|l| line(l, true)).collect::<Vec<_>>(),
    })
}

fn print_comparison(
    vault: &Vault,
    comparison: &Comparison,
    by_id: &HashMap<RecordId, &Record>,
    campaign: crate::model::CampaignId,
) -> Result<()> {
    let unverified = comparison.unverified_agreed().count();
    out!(
        "Paper lines typed once: {}; agreed: {} ({} verified); differ: {}; resolved: {}.",
        comparison.typed_once,
        comparison.agreed.len(),
        comparison.agreed.len() - unverified,
        comparison.differ.len(),
        comparison.resolved.len()
    );
    let names: HashMap<EventId, String> = vault
        .events(Some(campaign))?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let mut rows = Vec::new();
    let groups: [(&str, &[ComparedLine]); 3] = [
        ("differ", &comparison.differ),
        ("agreed", &comparison.agreed),
        ("resolved", &comparison.resolved),
    ];
    for (state, lines) in groups {
        for l in lines {
            let state = if state == "agreed" && l.kept.is_none() {
                "agreed, not verified"
            } else {
                state
            };
            rows.push(vec![
                names
                    .get(&l.event)
                    .cloned()
                    .unwrap_or_else(|| l.event.to_string()),
                l.sheet.to_string(),
                l.line.to_string(),
                state.to_owned(),
                l.records
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                l.fields.join(", "),
            ]);
            if by_id.is_empty() {
                continue;
            }
            for id in &l.records {
                if let Some(r) = by_id.get(id) {
                    let values: Vec<String> = l
                        .fields
                        .iter()
                        .map(|k| format!("{k}={}", r.value(k).unwrap_or("")))
                        .collect();
                    rows.push(vec![
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        id.to_string(),
                        values.join(", "),
                    ]);
                }
            }
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    print_table(
        &["EVENT", "SHEET", "LINE", "STATE", "RECORDS", "FIELDS"],
        &rows,
    )?;
    if !comparison.differ.is_empty() {
        note!(
            "Resolve a line that differs against its paper: `fieldsign resolve --event E --sheet S --line L --keep ID [--field KEY=VALUE]…`."
        );
    }
    if unverified > 0 {
        note!(
            "Lines whose entries agree but were typed on different devices count once each entry until verified: `fieldsign resolve --agreed`."
        );
    }
    Ok(())
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["keep", "agreed"])))]
pub struct Resolve {
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// The event of the paper line (id or name)
    #[arg(long, value_name = "E", required_unless_present = "agreed")]
    event: Option<String>,
    /// The sheet of the paper line
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::model::MAX_SHEET)), required_unless_present = "agreed")]
    sheet: Option<u32>,
    /// The line on the sheet
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::model::MAX_LINE)), required_unless_present = "agreed")]
    line: Option<u32>,
    /// The entry that counts (as `compare` lists the line's records)
    #[arg(long, value_name = "ID", conflicts_with = "agreed")]
    keep: Option<RecordId>,
    /// A correction to the kept entry: what the paper says (repeatable)
    #[arg(long = "field", value_name = "KEY=VALUE", requires = "keep")]
    fields: Vec<String>,
    /// Coordinator: verify every paper line whose entries agree (typed on different
    /// devices, so not verified when typed), keeping each line's first entry
    #[arg(long)]
    agreed: bool,
}

impl Resolve {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let corrections = parse_fields(&self.fields)?;
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(self.campaign.as_deref())?;
        let event = match &self.event {
            Some(e) => Some(vault.resolve_event(&campaign, e)?),
            None => None,
        };
        if self.agreed {
            let lines = vault.verify_agreed(&campaign, event.as_ref().map(|e| e.id))?;
            out!("{lines}");
            note!(
                "Verified {lines} paper line{} whose entries agree: each counts once.",
                if lines == 1 { "" } else { "s" }
            );
            return Ok(());
        }
        let (Some(event), Some(sheet), Some(line), Some(keep)) =
            (event, self.sheet, self.line, self.keep)
        else {
            bail!("give --event E --sheet S --line L --keep ID, or --agreed");
        };
        let at = PaperLine {
            event: event.id,
            sheet,
            line,
        };
        let done = vault.resolve_line(&campaign, at, keep, &corrections)?;
        out!("{}", done.decision);
        let others: Vec<String> = done.others.iter().map(ToString::to_string).collect();
        note!(
            "Resolved sheet {sheet} line {line}: {} counts, verified{}; {} {} kept as its verification and no longer count{}. It travels in your next bundle.",
            done.kept,
            if done.amended.is_empty() {
                String::new()
            } else {
                format!(" (amended: {})", done.amended.join(", "))
            },
            others.join(", "),
            if others.len() == 1 { "is" } else { "are" },
            if others.len() == 1 { "s" } else { "" },
        );
        Ok(())
    }
}

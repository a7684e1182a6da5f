//! `dedupe`: the matcher's groups of possible duplicates, and `dedupe resolve`: the
//! coordinator's decisions about them (same signer, different people, undo). The
//! logic is in `crate::dedupe` and `Vault::decide`; this file parses and prints.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Context;
use super::output::{Format, note, note_t, out, print_json, print_table, record_json};
use crate::dedupe::Verdict;
use crate::model::{Campaign, DecisionKind, RecordId, Role};
use crate::vault::{ListFilter, Vault, decisions_among};

#[derive(Debug, Subcommand)]
enum DedupeAction {
    /// Decide about records the matcher proposed: the same signer (keep one, the
    /// others become its duplicates and stop counting), different people (never
    /// proposed again), or undo a decision. Coordinator only.
    Resolve(Resolve),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("decision").required(true).args(["same", "different", "undo"])))]
struct Resolve {
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// These records are one signer typed more than once (2 or more ids)
    #[arg(long, value_name = "ID", num_args = 2.., conflicts_with_all = ["different", "undo"])]
    same: Vec<RecordId>,
    /// With --same: the record that counts (default: the first id given)
    #[arg(long, value_name = "ID", requires = "same")]
    keep: Option<RecordId>,
    /// These records are different people (2 or more ids)
    #[arg(long, value_name = "ID", num_args = 2.., conflicts_with = "undo")]
    different: Vec<RecordId>,
    /// Undo every decision in force that names all of these records (1 or more ids)
    #[arg(long, value_name = "ID", num_args = 1..)]
    undo: Vec<RecordId>,
}

impl Resolve {
    fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(self.campaign.as_deref())?;
        if !self.undo.is_empty() {
            let undone = vault.undo_decisions(&campaign, &self.undo)?;
            for d in &undone {
                note!("Undone: {}.", describe(d.kind, &d.records));
            }
            note!(
                "They count as before the decision, and `fieldsign dedupe` may propose them again."
            );
            return Ok(());
        }
        let (records, keep) = if self.same.is_empty() {
            (self.different, None)
        } else {
            let keep = self.keep.unwrap_or(self.same[0]);
            (self.same, Some(keep))
        };
        let decision = vault.decide(&campaign, &records, keep)?;
        out!("{decision}");
        let mut sorted = records.clone();
        sorted.sort_unstable();
        sorted.dedup();
        let kind = keep.map_or(DecisionKind::Different, |keep| DecisionKind::Same { keep });
        note!(
            "Decided: {}. Saved; it travels to other coordinator vaults in your next bundle. Undo with `fieldsign dedupe resolve --undo {}`.",
            describe(kind, &sorted),
            sorted
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        );
        Ok(())
    }
}

/// One decision in words: "the same signer: kept K, X and Y are its duplicates".
fn describe(kind: DecisionKind, records: &[RecordId]) -> String {
    match kind {
        DecisionKind::Same { keep } => {
            let others: Vec<String> = records
                .iter()
                .filter(|r| **r != keep)
                .map(ToString::to_string)
                .collect();
            format!(
                "the same signer: {keep} counts, {} {} its duplicate{} and no longer count{}",
                others.join(", "),
                if others.len() == 1 { "is" } else { "are" },
                if others.len() == 1 { "" } else { "s" },
                if others.len() == 1 { "s" } else { "" },
            )
        }
        DecisionKind::Verified { keep } => format!(
            "one paper line, verified: {keep} counts, {} kept as its verification",
            records
                .iter()
                .filter(|r| **r != keep)
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DecisionKind::Different => format!(
            "different people: {}",
            records
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// `dedupe --decided`: the decisions in force, oldest first.
fn list_decisions(vault: &Vault, campaign: &Campaign, format: Format) -> Result<()> {
    let records = vault.records(
        campaign.id,
        ListFilter {
            event: None,
            include_void: true,
        },
    )?;
    let decisions = decisions_among(&records);
    if format == Format::Json {
        let json: Vec<_> = decisions
            .iter()
            .map(|d| {
                let (verdict, keep) = match d.kind {
                    DecisionKind::Same { keep } => ("same", Some(keep)),
                    DecisionKind::Verified { keep } => ("verified", Some(keep)),
                    DecisionKind::Different => ("different", None),
                };
                serde_json::json!({
                    "decision": d.id,
                    "verdict": verdict,
                    "keep": keep,
                    "records": d.records,
                })
            })
            .collect();
        return print_json(&json);
    }
    if decisions.is_empty() {
        note!(
            "No decisions yet: `fieldsign dedupe` proposes pairs, `fieldsign dedupe resolve` decides."
        );
        return Ok(());
    }
    let rows: Vec<Vec<String>> = decisions
        .iter()
        .map(|d| {
            let (verdict, keep) = match d.kind {
                DecisionKind::Same { keep } => ("same", keep.to_string()),
                DecisionKind::Verified { keep } => ("verified", keep.to_string()),
                DecisionKind::Different => ("different", String::new()),
            };
            vec![
                d.id.to_string(),
                verdict.to_owned(),
                keep,
                d.records
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    print_table(&["DECISION", "VERDICT", "KEEP", "RECORDS"], &rows)
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Dedupe {
    #[command(subcommand)]
    action: Option<DedupeAction>,
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// List the decisions in force (`dedupe resolve`) instead of proposing pairs
    #[arg(long, conflicts_with = "possible")]
    decided: bool,
    /// Also list the pairs worth a review (same name alone, same email with another name…)
    #[arg(long)]
    possible: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

impl Dedupe {
    pub fn run(self, ctx: &Context) -> Result<()> {
        if let Some(DedupeAction::Resolve(resolve)) = self.action {
            return resolve.run(ctx);
        }
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(self.campaign.as_deref())?;
        if self.decided {
            return list_decisions(&vault, &campaign, self.format);
        }
        let at_least = if self.possible {
            Verdict::Possible
        } else {
            Verdict::Likely
        };
        let (groups, records) = crate::dedupe::find(&vault, &campaign, at_least)?;
        let by_id: std::collections::HashMap<_, _> = records.iter().map(|r| (r.id, r)).collect();
        if self.format == Format::Json {
            let json: Vec<_> = groups
                .iter()
                .map(|g| {
                    serde_json::json!({
                        "verdict": g.verdict,
                        "score": g.score,
                        "reasons": g.reasons,
                        "records": g.records.iter().filter_map(|id| by_id.get(id)).map(|r| record_json(r)).collect::<Vec<_>>(),
                        "pairs": g.pairs,
                    })
                })
                .collect();
            return print_json(&json);
        }
        if groups.is_empty() {
            if self.possible {
                note_t!("dedupe-none", count = records.len());
            } else {
                note_t!("dedupe-none-likely", count = records.len());
            }
            return Ok(());
        }
        let events: std::collections::HashMap<_, _> = vault
            .events(Some(campaign.id))?
            .into_iter()
            .map(|e| (e.id, e.name))
            .collect();
        let mut rows = Vec::new();
        let roles = campaign.roles();
        for (n, g) in groups.iter().enumerate() {
            for id in &g.records {
                let Some(r) = by_id.get(id) else { continue };
                let origin = r.origin.as_ref();
                rows.push(vec![
                    (n + 1).to_string(),
                    r.id.to_string(),
                    origin
                        .and_then(|o| events.get(&o.event))
                        .cloned()
                        .unwrap_or_default(),
                    origin.map(|o| o.sheet.to_string()).unwrap_or_default(),
                    origin.map(|o| o.line.to_string()).unwrap_or_default(),
                    roles.value(r, Role::Name).unwrap_or("").to_owned(),
                    format!("{} {:.1}", verdict_word(g.verdict), g.score),
                    g.reasons.join(", "),
                ]);
            }
        }
        print_table(
            &[
                "GROUP", "ID", "EVENT", "SHEET", "LINE", "NAME", "SCORE", "SHARED",
            ],
            &rows,
        )?;
        if self.possible {
            note_t!("dedupe-groups-possible", count = groups.len());
        } else {
            note_t!("dedupe-groups", count = groups.len());
        }
        if vault.coordinates(&campaign) {
            note!(
                "To record what the paper shows: `fieldsign dedupe resolve --same ID ID --keep ID` (one signer) or `--different ID ID` (different people)."
            );
        }
        Ok(())
    }
}

/// A group's verdict as the table shows it.
fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Likely => "likely",
        Verdict::Possible => "possible",
        Verdict::Unlikely => "unlikely",
    }
}

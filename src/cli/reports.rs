//! `report` and `export csv`: counts, and the plain-text delivery file. The logic is in
//! `crate::report`; this file parses and prints.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::Context;
use super::output::{Format, note_t, out, out_t, print_json, print_table, record_json};
use crate::dedupe::Verdict;
use crate::i18n::t;
use crate::model::Role;
use crate::report::{self, delivery};
use crate::vault::atomic_file::AtomicFile;

#[derive(Debug, Args)]
pub struct Report {
    /// Campaign id or name (default: every campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

impl Report {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = match &self.campaign {
            Some(c) => Some(vault.resolve_campaign(Some(c))?),
            None => None,
        };
        let reports = report::report(&vault, campaign.as_ref())?;
        if self.format == Format::Json {
            return print_json(&reports);
        }
        let headers = ["", "VALID", "ILLEGIBLE", "VOID", "PURGED", "TOTAL"];
        for (i, r) in reports.iter().enumerate() {
            if i > 0 {
                out!("");
            }
            out!("{} ({})", r.title, r.campaign);
            let counts = |label: String, c: &report::StatusCounts| {
                vec![
                    label,
                    c.valid.to_string(),
                    c.illegible.to_string(),
                    c.void.to_string(),
                    c.purged.to_string(),
                    c.total.to_string(),
                ]
            };
            let mut rows = vec![counts(t!("report-all"), &r.counts)];
            rows.extend(r.by_event.iter().map(|e| {
                counts(
                    t!(
                        "report-event",
                        name = e.name.as_str(),
                        date = crate::i18n::numbers::date_text(&e.date)
                    )
                    .trim()
                    .to_owned(),
                    &e.counts,
                )
            }));
            rows.extend(
                r.by_device
                    .iter()
                    .map(|(d, c)| counts(t!("report-device", device = d.to_string()), c)),
            );
            print_table(&headers, &rows)?;
            let countries: Vec<String> = r
                .by_country
                .iter()
                .map(|(c, n)| format!("{c} {n}"))
                .collect();
            if !countries.is_empty() {
                out_t!("report-by-country", countries = countries.join(", "));
            }
            if r.counts.purged > 0 {
                out_t!("report-purged", count = r.counts.purged);
            }
        }
        Ok(())
    }
}

/// `--profile`: the command line's names for [`delivery::Profile`] (the library does
/// not depend on clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ProfileArg {
    /// `event`, `event_date`, `sheet`, `line`, then every campaign field in schema order
    Plain,
    /// Action Network's upload columns (`first_name`, `last_name`, `email`, `phone`,
    /// `zip_code`, `country`, `city`) followed by `event`, `sheet`, `line`
    ActionNetwork,
}

impl From<ProfileArg> for delivery::Profile {
    fn from(arg: ProfileArg) -> Self {
        match arg {
            ProfileArg::Plain => Self::Plain,
            ProfileArg::ActionNetwork => Self::ActionNetwork,
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportCsv {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Where to write the CSV (created with mode 0600)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Column layout
    #[arg(long, value_enum, default_value_t = ProfileArg::Plain)]
    profile: ProfileArg,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

impl ExportCsv {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.campaign))?;
        let mut file = AtomicFile::create(&self.out, self.force)?;
        let written = {
            let mut out = std::io::BufWriter::new(&mut file);
            delivery::write_csv(&vault, &campaign, self.profile.into(), &mut out)
                .map_err(anyhow::Error::from)
                .and_then(|summary| {
                    out.flush()?;
                    Ok(summary)
                })
        };
        let summary = match written {
            Ok(summary) => summary,
            // A failed write (a full disk) is the file's fault, not the vault's: say so.
            // Dropping `file` removes the partial plaintext.
            Err(e) => return Err(file.write_failure().map_or(e, Into::into)),
        };
        file.commit()?;
        out_t!(
            "export-written",
            count = summary.rows,
            title = campaign.title.as_str(),
            file = self.out.display().to_string()
        );
        note_t!(
            "export-plain-warning",
            file = self.out.display().to_string()
        );
        if summary.purged > 0 {
            note_t!("export-purged-left-out", count = summary.purged);
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct Dedupe {
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// Also list the pairs worth a review (same name alone, same email with another name…)
    #[arg(long)]
    possible: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

impl Dedupe {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(self.campaign.as_deref())?;
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

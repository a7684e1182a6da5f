//! `add`, `amend`, `void`, `list` and `import csv`: signature records.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use super::output::{Format, note, note_t, out, print_csv, print_json, print_table, record_json};
use super::{Context, parse_fields};
use crate::model::RecordId;
use crate::vault::{ListFilter, NewLine};

#[derive(Debug, Args)]
pub struct Add {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Event id or name
    #[arg(long, value_name = "E")]
    event: String,
    /// Sheet number on paper (1 to 1000000)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::model::MAX_SHEET)))]
    sheet: u32,
    /// Line number on the sheet (1 to 10000)
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::model::MAX_LINE)))]
    line: u32,
    /// A field value (repeatable): --field name="Олена Шевченко" --field country=UA
    #[arg(long = "field", value_name = "KEY=VALUE")]
    fields: Vec<String>,
    /// The paper line is crossed out or unreadable (recorded so the sheet tally adds up)
    #[arg(long)]
    illegible: bool,
    /// Save even if this paper line is already typed (counted as another signature)
    #[arg(long, conflicts_with = "second_entry")]
    allow_retype: bool,
    /// The second, blind entry of a paper line typed before: saved, compared with the
    /// first entry, and if they agree the line counts once, verified; prints only which
    /// fields differ, never the first entry's values
    #[arg(long)]
    second_entry: bool,
}

impl Add {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let fields = parse_fields(&self.fields)?;
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.campaign))?;
        let event = vault.resolve_event(&campaign, &self.event)?;
        let kind = if self.illegible {
            crate::model::LineKind::Illegible
        } else {
            crate::model::LineKind::Signature
        };
        let line = NewLine {
            event: Some(event.id),
            sheet: self.sheet,
            line: self.line,
            kind,
            fields,
        };
        if self.second_entry {
            return second_entry(&vault, &campaign, &event.id.to_string(), line);
        }
        // A paper line typed twice by accident would count its signer twice.
        if !self.allow_retype
            && let Some(existing) = vault
                .records_on_line(campaign.id, event.id, self.sheet, self.line)?
                .first()
        {
            bail!(
                "sheet {} line {} of this event is already typed (record {existing}); nothing was saved. Check the paper: correct that record with `fieldsign amend {existing} --field KEY=VALUE`, or give --allow-retype to save a second entry for the line",
                self.sheet,
                self.line
            );
        }
        let id = vault.add(&campaign, line)?;
        out!("{id}");
        Ok(())
    }
}

/// `add --second-entry`: saves, compares, and says which fields differ (never a value
/// of the first entry: the typist reads the paper again instead).
fn second_entry(
    vault: &crate::vault::Vault,
    campaign: &crate::model::Campaign,
    event: &str,
    line: NewLine,
) -> Result<()> {
    let (sheet, number) = (line.sheet, line.line);
    let done = vault.add_second_entry(campaign, line)?;
    out!("{}", done.id);
    if done.differ.is_empty() {
        note!(
            "Saved. It agrees with the first entry ({}): sheet {sheet} line {number} is verified and counts once.",
            done.first
        );
    } else {
        note!(
            "Saved, but it differs from the first entry ({}) in: {}. Read the paper again: if this entry is wrong, correct it with `fieldsign amend {} --field KEY=VALUE`; then settle the line against the paper with `fieldsign resolve --event \"{event}\" --sheet {sheet} --line {number} --keep ID` (`fieldsign compare` lists lines that differ).",
            done.first,
            done.differ.join(", "),
            done.id
        );
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct Amend {
    /// The record's id, as `add` or `list` printed it
    id: RecordId,
    /// A new value (repeatable); an empty value clears an optional field
    #[arg(long = "field", value_name = "KEY=VALUE", required = true)]
    fields: Vec<String>,
}

impl Amend {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let fields = parse_fields(&self.fields)?;
        let vault = ctx.open()?;
        vault.amend(self.id, &fields)?;
        note_t!("record-amended", id = self.id.to_string());
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct Void {
    /// The record's id, as `add` or `list` printed it
    id: RecordId,
    /// Why (e.g. "duplicate of sheet 3 line 4")
    #[arg(long, default_value = "")]
    reason: String,
}

impl Void {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        vault.void(self.id, &self.reason)?;
        note_t!("record-voided", id = self.id.to_string());
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct List {
    /// Campaign id or name (default: the only campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// Event id or name
    #[arg(long, value_name = "E")]
    event: Option<String>,
    /// Include voided records
    #[arg(long)]
    all: bool,
    /// Output format: an aligned table, JSON (stable, see docs/cli.md) or CSV
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

impl List {
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
                include_void: self.all,
            },
        )?;
        match self.format {
            Format::Json => print_json(&records.iter().map(record_json).collect::<Vec<_>>()),
            Format::Table | Format::Csv => {
                let keys: Vec<&str> = campaign.fields.iter().map(|f| f.key.as_str()).collect();
                // People read the table: events by name. CSV keeps the stable id.
                let names: std::collections::HashMap<_, _> = if self.format == Format::Table {
                    vault
                        .events(Some(campaign.id))?
                        .into_iter()
                        .map(|e| (e.id, e.name))
                        .collect()
                } else {
                    std::collections::HashMap::new()
                };
                let mut headers = vec!["id", "event", "sheet", "line", "status"];
                headers.extend(&keys);
                let rows: Vec<Vec<String>> = records
                    .iter()
                    .map(|r| {
                        let origin = r.origin.as_ref();
                        let mut row = vec![
                            r.id.to_string(),
                            origin
                                .map(|o| {
                                    names
                                        .get(&o.event)
                                        .cloned()
                                        .unwrap_or_else(|| o.event.to_string())
                                })
                                .unwrap_or_default(),
                            origin.map(|o| o.sheet.to_string()).unwrap_or_default(),
                            origin.map(|o| o.line.to_string()).unwrap_or_default(),
                            r.status().as_str().to_owned(),
                        ];
                        row.extend(keys.iter().map(|k| r.value(k).unwrap_or("").to_owned()));
                        row
                    })
                    .collect();
                if self.format == Format::Csv {
                    print_csv(&headers, &rows)
                } else {
                    let upper: Vec<String> = headers.iter().map(|h| h.to_uppercase()).collect();
                    print_table(&upper.iter().map(String::as_str).collect::<Vec<_>>(), &rows)
                }
            }
        }
    }
}

/// `import csv`: bulk entry from a CSV file whose header row names the fields.
#[derive(Debug, Args)]
pub struct ImportCsv {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Event id or name
    #[arg(long, value_name = "E")]
    event: String,
    /// A UTF-8 CSV file; its header row names the fields
    file: PathBuf,
    /// Read a CSV file up to SIZE (e.g. 200M) instead of the default 64M
    #[arg(long, value_name = "SIZE", value_parser = crate::input::parse_size)]
    max_size: Option<u64>,
}

impl ImportCsv {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let input =
            crate::input::open_limited(&self.file, crate::input::Limit::CSV.raised(self.max_size))?;
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.campaign))?;
        let event = vault.resolve_event(&campaign, &self.event)?;
        let imported =
            crate::ingest::import_csv(&vault, &campaign, &event, std::io::BufReader::new(input))?;
        note_t!(
            "csv-imported",
            count = imported.ids.len(),
            event = event.name.as_str(),
            first = imported.sheets.0,
            last = imported.sheets.1
        );
        Ok(())
    }
}

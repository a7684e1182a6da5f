//! `report`, `export csv` and `export xlsx`: counts, the chart, and the plain-text
//! delivery files. The logic is in `crate::report`; this file parses and prints.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use super::Context;
use super::files::{refuse_existing, write_output};
use super::output::{Format, note, note_t, out, out_t, print_json, print_table};
use crate::i18n::t;
use crate::model::format_time;
use crate::report::{self, delivery, xlsx};
use crate::vault::atomic_file::AtomicFile;

#[derive(Debug, Args)]
pub struct Report {
    /// Campaign id or name (default: every campaign)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also draw the report as a picture (SVG: goal, per day, per event, country and
    /// device; counts only, no personal data) for a campaign update
    #[arg(long, value_name = "FILE.svg")]
    chart: Option<PathBuf>,
    /// Replace the chart file if it exists
    #[arg(long, requires = "chart")]
    force: bool,
    /// Count again by opening every record (slow), report that, and repair the counts
    /// the vault keeps if they differ (after a crash, or a change by an older release)
    #[arg(long)]
    recount: bool,
}

/// `report --recount`: the reports from a recount, and the kept counts checked against
/// it (and replaced when they differ), said in one line.
fn recounted_report(
    vault: &crate::vault::Vault,
    campaign: Option<&crate::model::Campaign>,
) -> Result<Vec<report::CampaignReport>> {
    let counted = vault.recount()?;
    let differ = vault.differences_from(&counted)?;
    if differ.is_empty() {
        note!("Counted every record again: the counts this vault keeps agree with them.");
    } else {
        vault.replace_tally(&counted)?;
        note!(
            "Counted every record again: the counts this vault kept differed for {} and were replaced by the recount (the report below is the recount).",
            crate::plural::s(differ.len(), "campaign")
        );
    }
    let campaigns = match campaign {
        Some(c) => vec![c.clone()],
        None => vault.campaigns()?,
    };
    let none = crate::vault::CampaignTally::default();
    Ok(campaigns
        .iter()
        .map(|c| report::campaign_report_from(vault, c, counted.get(&c.id).unwrap_or(&none)))
        .collect::<Result<_, _>>()?)
}

impl Report {
    /// `--chart FILE`: an `.svg` name, and not an existing file unless `--force`;
    /// checked before the vault is opened.
    fn check_chart(&self) -> Result<()> {
        if let Some(chart) = &self.chart {
            let svg = chart
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
            if !svg {
                bail!(
                    "--chart {}: the chart is drawn as SVG, so the file name must end in .svg (to get a PNG: `rsvg-convert -o chart.png chart.svg`)",
                    chart.display()
                );
            }
            refuse_existing(chart, self.force)?;
        }
        Ok(())
    }

    pub fn run(self, ctx: &Context) -> Result<()> {
        self.check_chart()?;
        let vault = ctx.open()?;
        let campaign = match &self.campaign {
            Some(c) => Some(vault.resolve_campaign(Some(c))?),
            None => None,
        };
        let reports = if self.recount {
            recounted_report(&vault, campaign.as_ref())?
        } else {
            report::report(&vault, campaign.as_ref())?
        };
        if let Some(path) = &self.chart {
            let [one] = reports.as_slice() else {
                bail!(
                    "--chart draws one campaign, and this vault has {}: add --campaign C",
                    reports.len()
                );
            };
            let svg = report::chart::svg(one)?;
            write_output(path, svg.as_bytes(), self.force)?;
            note!("Drew the chart of \"{}\" to {}.", one.title, path.display());
        }
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
                r.by_day
                    .iter()
                    .map(|d| counts(format!("day {}", d.date), &d.counts)),
            );
            rows.extend(
                r.by_device
                    .iter()
                    .map(|(d, c)| counts(t!("report-device", device = d.to_string()), c)),
            );
            print_table(&headers, &rows)?;
            if let Some(goal) = r.goal {
                out!(
                    "goal: {} of {goal} signatures ({}%)",
                    r.signatures(),
                    report::chart::percent(r.signatures(), goal)
                );
            }
            print_devices(&r.devices)?;
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
            if r.duplicates_removed > 0 || r.pairs_reviewed > 0 {
                out!(
                    "duplicates removed: {} · pairs reviewed: {}",
                    r.duplicates_removed,
                    r.pairs_reviewed
                );
            }
            let d = &r.double_entry;
            if d.required || d.verified > 0 || d.lines_differ > 0 || d.lines_agreed_not_verified > 0
            {
                out!(
                    "double entry: verified {} · not verified {} · lines that differ {} · lines agreed, not verified {}",
                    d.verified,
                    d.not_verified,
                    d.lines_differ,
                    d.lines_agreed_not_verified
                );
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
    /// No personal data: `event`, `event_date`, `country`, `postcode`, `signatures` —
    /// how many valid signatures each event has from each country and postcode
    Counts,
}

impl From<ProfileArg> for delivery::Profile {
    fn from(arg: ProfileArg) -> Self {
        match arg {
            ProfileArg::Plain => Self::Plain,
            ProfileArg::ActionNetwork => Self::ActionNetwork,
            ProfileArg::Counts => Self::Counts,
        }
    }
}

/// The last bundle from each device, so that a silent organizer stands out.
fn print_devices(devices: &[report::DeviceActivity]) -> Result<()> {
    if devices.iter().all(|d| d.last_bundle.is_none()) {
        return Ok(());
    }
    let time = |t: Option<crate::model::UnixTime>| t.map_or_else(|| "-".to_owned(), format_time);
    let rows: Vec<Vec<String>> = devices
        .iter()
        .map(|d| {
            vec![
                d.device.to_string(),
                d.fingerprint.clone().unwrap_or_else(|| "-".to_owned()),
                time(d.last_bundle),
                d.signatures.to_string(),
                d.revoked.map_or_else(|| "no".to_owned(), format_time),
            ]
        })
        .collect();
    out!("last bundle from each device:");
    print_table(
        &[
            "DEVICE",
            "FINGERPRINT",
            "LAST BUNDLE",
            "SIGNATURES",
            "REVOKED",
        ],
        &rows,
    )
}

/// What every delivery export takes: which campaign, where, in which layout.
#[derive(Debug, Args)]
pub struct DeliveryArgs {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Where to write the file (created with mode 0600)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Column layout
    #[arg(long, value_enum, default_value_t = ProfileArg::Plain)]
    profile: ProfileArg,
    /// Only signatures whose paper line is verified (double entry: `add --second-entry`,
    /// `resolve`)
    #[arg(long)]
    verified_only: bool,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

impl DeliveryArgs {
    fn selection(&self) -> delivery::Selection {
        delivery::Selection {
            verified_only: self.verified_only,
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportCsv {
    #[command(flatten)]
    args: DeliveryArgs,
}

impl ExportCsv {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.args.campaign))?;
        let mut file = AtomicFile::create(&self.args.out, self.args.force)?;
        let written = {
            let mut out = std::io::BufWriter::new(&mut file);
            delivery::write_csv(
                &vault,
                &campaign,
                self.args.profile.into(),
                self.args.selection(),
                &mut out,
            )
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
        report_written(
            &campaign.title,
            &self.args.out,
            self.args.profile.into(),
            summary,
        );
        Ok(())
    }
}

/// What a delivery export prints once its file is in place: what was written and, for
/// a file with personal data, the plain-text warning.
fn report_written(
    title: &str,
    path: &std::path::Path,
    profile: delivery::Profile,
    summary: delivery::DeliverySummary,
) {
    if profile.is_personal() {
        out_t!(
            "export-written",
            count = summary.rows,
            title = title,
            file = path.display().to_string()
        );
        note_t!("export-plain-warning", file = path.display().to_string());
    } else {
        out!(
            "Wrote the counts of {} valid signatures of \"{title}\" ({} rows: event, country, postcode; no personal data) to {}.",
            summary.signatures,
            summary.rows,
            path.display()
        );
    }
    if summary.purged > 0 {
        note_t!("export-purged-left-out", count = summary.purged);
    }
}

#[derive(Debug, Args)]
pub struct ExportXlsx {
    #[command(flatten)]
    args: DeliveryArgs,
    /// One sheet per event instead of one sheet with an event column
    #[arg(long)]
    sheet_per_event: bool,
    /// Sheets read right to left (for Arabic, Hebrew or Persian campaigns)
    #[arg(long)]
    right_to_left: bool,
}

impl ExportXlsx {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.args.campaign))?;
        let options = xlsx::XlsxOptions {
            profile: self.args.profile.into(),
            sheet_per_event: self.sheet_per_event,
            right_to_left: self.right_to_left,
            selection: self.args.selection(),
        };
        let mut file = AtomicFile::create(&self.args.out, self.args.force)?;
        let summary = match xlsx::write_xlsx(&vault, &campaign, options, &mut file) {
            Ok(summary) => summary,
            // Dropping `file` removes the partial plaintext.
            Err(e) => return Err(file.write_failure().map_or_else(|| e.into(), Into::into)),
        };
        file.commit()?;
        report_written(
            &campaign.title,
            &self.args.out,
            self.args.profile.into(),
            summary,
        );
        Ok(())
    }
}

//! `export bundle`, `import bundle`, `import receipt`, `verify`, `device`, `receipt` and
//! `purge`: the exchange between organizers and their coordinator. All logic is in
//! `exchange` (above the vault) and the codecs of `sync`; this file parses and prints.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::Context;
use super::files::{read_input, refuse_existing, write_output};
use super::output::{Format, note, out, print_csv, print_json, print_table};
use crate::exchange::bundle::{
    self, DeviceStatus, ExportOptions, ImportOptions, ImportReport, ImportStage,
};
use crate::exchange::{identities_from_file, receipt};
use crate::input::{Limit, parse_size};
use crate::model::format_time;
use crate::vault::Vault;

fn extra_identities(path: Option<&Path>) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    Ok(match path {
        Some(p) => identities_from_file(p)?,
        None => Vec::new(),
    })
}

#[derive(Debug, Args)]
pub struct ExportBundle {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Where to write the bundle
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Everything this vault holds, not only what the coordinator has not acknowledged
    #[arg(long)]
    all: bool,
    /// ASCII armor (for pasting into a message) instead of a binary file
    #[arg(long)]
    armor: bool,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

impl ExportBundle {
    pub fn run(self, ctx: &Context) -> Result<()> {
        refuse_existing(&self.out, self.force)?;
        let vault = ctx.open()?;
        let campaign = vault.resolve_campaign(Some(&self.campaign))?;
        let options = ExportOptions {
            all: self.all,
            armor: self.armor,
        };
        let (bytes, summary) = bundle::export(&vault, &campaign, options)?;
        write_output(&self.out, &bytes, self.force)?;
        out!(
            "Wrote {} ({} bytes): {summary}.",
            self.out.display(),
            summary.bytes
        );
        if let Some(note) = summary.nothing_new() {
            note!("{note}");
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ImportBundle {
    /// Bundle files; each is verified and merged in its own transaction, in order
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Also try this identity: an age identity file or an unencrypted OpenSSH private key
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
    /// Refuse bundles from devices not pinned yet
    #[arg(long)]
    require_known_devices: bool,
    /// Read bundles up to SIZE (e.g. 2G) instead of the default 512M
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_size: Option<u64>,
}

impl ImportBundle {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let mut failed = 0;
        let many = self.files.len() > 1;
        for file in &self.files {
            match self.import_one(&vault, file) {
                Ok(report) => print_import(file, &report),
                Err(e) if many => {
                    failed += 1;
                    note!("error: {}: {}", file.display(), super::describe(&e));
                }
                Err(e) => return Err(e.context(format!("{}", file.display()))),
            }
        }
        if failed > 0 {
            bail!(
                "{failed} of {} bundle(s) were refused (see above; they changed nothing); the others were imported",
                self.files.len()
            );
        }
        Ok(())
    }

    fn import_one(&self, vault: &Vault, file: &Path) -> Result<ImportReport> {
        let bytes = read_input(file, Limit::BUNDLE.raised(self.max_size))?;
        let bar = progress_bar();
        let progress = |stage: ImportStage, done: usize, total: usize| {
            if let Some(bar) = &bar {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
                bar.set_message(match stage {
                    ImportStage::Checking => "checking",
                    ImportStage::Saving => "saving (one transaction)",
                });
            }
        };
        let options = ImportOptions {
            identities: extra_identities(self.identity.as_deref())?,
            require_known_devices: self.require_known_devices,
            progress: Some(&progress),
        };
        let result = bundle::import(vault, &bytes, options);
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(result?)
    }
}

/// A progress bar on stderr, only when stderr is a terminal.
fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {pos}/{len} operations {elapsed}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    // Redraw on a timer too: the last stage is one long transaction with no updates.
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}

fn print_import(file: &Path, r: &ImportReport) {
    out!("{}", r.summary(file));
}

#[derive(Debug, Args)]
pub struct ImportReceipt {
    /// The receipt file from the coordinator
    file: PathBuf,
}

impl ImportReceipt {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let bytes = read_input(&self.file, Limit::RECEIPT)?;
        let vault = ctx.open()?;
        let report = receipt::import(&vault, &bytes)?;
        out!(
            "{}: {report} `fieldsign purge --acknowledged` removes what was delivered from this laptop.",
            self.file.display()
        );
        if let Some(warning) = report.ignored_warning() {
            note!("{warning}");
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct Verify {
    /// A bundle or receipt file
    file: PathBuf,
    /// Also try this identity: an age identity file or an unencrypted OpenSSH private key
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
    /// Read files up to SIZE (e.g. 2G) instead of the default 512M
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_size: Option<u64>,
}

impl Verify {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let bytes = read_input(&self.file, Limit::BUNDLE.raised(self.max_size))?;
        let vault = ctx.open()?;
        let plaintext =
            bundle::open_file(&vault, &bytes, extra_identities(self.identity.as_deref())?)?;
        match bundle::inspect(&vault, &plaintext) {
            Ok(info) => {
                let h = &info.header;
                let device = match &info.device_status {
                    DeviceStatus::Known => "known (pinned)".to_owned(),
                    DeviceStatus::Unknown => "not known yet (importing pins it)".to_owned(),
                    DeviceStatus::Revoked => "REVOKED (import would be refused)".to_owned(),
                    DeviceStatus::KeyMismatch { pinned } => {
                        format!("KEY MISMATCH: pinned with {pinned} (import would be refused)")
                    }
                };
                out!("file         {}", self.file.display());
                out!("format       {} v{} (signature valid)", h.format, h.version);
                out!("campaign     {}", campaign_name(&vault, h.campaign)?);
                out!(
                    "device       {} fingerprint {} — {device}",
                    h.device,
                    info.fingerprint
                );
                out!("created      {}", h.created_at);
                out!("recipients   {}", h.recipients.len());
                out!("ranges       {}", h.ranges.describe());
                out!("replicas     {}", bundle::replicas(&h.ranges, h.device));
                out!(
                    "operations   {} ({}, {}, {})",
                    h.ops,
                    crate::plural::s(info.adds, "new line"),
                    crate::plural::s(info.amends, "amendment"),
                    crate::plural::s(info.voids, "void")
                );
                out!("events       {}", h.events);
                Ok(())
            }
            Err(e) if e.is_receipt() => {
                let (r, fp) = crate::sync::receipt::decode(&plaintext)?;
                out!("file         {}", self.file.display());
                out!("format       {} v{} (signature valid)", r.format, r.version);
                out!("campaign     {}", campaign_name(&vault, r.campaign)?);
                out!("device       {}", r.device);
                let from_coordinator = vault
                    .campaign(r.campaign)?
                    .is_some_and(|c| c.signing_key == r.coordinator_key);
                let whose = if from_coordinator {
                    "the campaign's coordinator"
                } else {
                    "NOT this campaign's coordinator (import would be refused)"
                };
                out!("signed by    {fp} — {whose}");
                out!("created      {}", r.created_at);
                out!(
                    "acknowledges {} ({} operations)",
                    r.held.describe(),
                    r.held.count()
                );
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// A campaign as people know it: "TITLE (ID)", or the id alone when this vault has not
/// joined it.
fn campaign_name(vault: &crate::vault::Vault, id: crate::model::CampaignId) -> Result<String> {
    Ok(match vault.campaign(id)? {
        Some(c) => format!("\"{}\" ({id})", crate::model::text::Shown(&c.title)),
        None => format!("{id} (not joined in this vault)"),
    })
}

#[derive(Debug, Subcommand)]
pub enum DeviceCmd {
    /// Devices whose bundles this vault accepted: fingerprints, counts, revocation
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Refuse every later bundle signed by this device (e.g. a seized laptop)
    Revoke {
        /// The fingerprint from `device list` (or a unique prefix of 8+ characters, or the device id)
        fingerprint: String,
    },
}

impl DeviceCmd {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        match self {
            DeviceCmd::List { format } => {
                let devices = vault.known_devices()?;
                let json: Vec<_> = devices
                    .iter()
                    .map(|d| {
                        serde_json::json!({
                            "device": d.device, "fingerprint": d.fingerprint, "first_seen": format_time(d.first_seen),
                            "last_seen": format_time(d.last_seen), "revoked": d.revoked.map(format_time),
                            "bundles": d.bundles, "ops": d.ops, "campaigns": d.campaigns,
                        })
                    })
                    .collect();
                let rows: Vec<Vec<String>> = devices
                    .iter()
                    .map(|d| {
                        vec![
                            d.device.to_string(),
                            d.fingerprint.clone(),
                            format_time(d.first_seen),
                            d.bundles.to_string(),
                            d.ops.to_string(),
                            d.revoked.map_or_else(|| "no".to_owned(), format_time),
                        ]
                    })
                    .collect();
                let headers = [
                    "DEVICE",
                    "FINGERPRINT",
                    "FIRST SEEN",
                    "BUNDLES",
                    "OPS",
                    "REVOKED",
                ];
                match format {
                    Format::Json => print_json(&json),
                    Format::Csv => print_csv(&headers, &rows),
                    Format::Table if rows.is_empty() => {
                        note!(
                            "No devices yet: they are pinned when their first bundle is imported."
                        );
                        Ok(())
                    }
                    Format::Table => print_table(&headers, &rows),
                }
            }
            DeviceCmd::Revoke { fingerprint } => {
                let device = vault.revoke_device(&fingerprint)?;
                out!(
                    "Revoked device {} ({}): its later bundles are refused. What it sent before stays; review it with `fieldsign list`.",
                    device.device,
                    device.fingerprint
                );
                Ok(())
            }
        }
    }
}

#[derive(Debug, Args)]
pub struct Receipt {
    /// The device: fingerprint (or 8+ character prefix) or device id, from `device list`
    #[arg(long, value_name = "D")]
    device: String,
    /// Campaign id or name (default: the only campaign the device sent bundles for)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
    /// Where to write the receipt
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
}

impl Receipt {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let device = vault.find_device(&self.device)?;
        let campaign = match (&self.campaign, device.campaigns.len()) {
            (Some(c), _) => vault.resolve_campaign(Some(c))?,
            (None, 1) => {
                let id = device
                    .campaigns
                    .iter()
                    .next()
                    .copied()
                    .unwrap_or_else(crate::model::CampaignId::random);
                vault.resolve_campaign(Some(&id.to_string()))?
            }
            (None, _) => bail!(
                "device {} sent bundles for several campaigns; give --campaign",
                device.device
            ),
        };
        let (bytes, r) = receipt::write(&vault, &campaign, &device)?;
        write_output(&self.out, &bytes, self.force)?;
        out!(
            "Wrote {}: acknowledges {} operations to device {} ({}) for \"{}\", encrypted to that device. Send it back to the organizer.",
            self.out.display(),
            r.held.count(),
            device.device,
            device.fingerprint,
            campaign.title
        );
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct Purge {
    /// Remove the values of records the coordinator acknowledged in a receipt (required)
    #[arg(long, required = true)]
    acknowledged: bool,
    /// Only this campaign (id or name)
    #[arg(long, value_name = "C")]
    campaign: Option<String>,
}

impl Purge {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let _ = self.acknowledged;
        let vault = ctx.open()?;
        let campaign = match &self.campaign {
            Some(c) => Some(vault.resolve_campaign(Some(c))?.id),
            None => None,
        };
        let (_vault, report) = vault.purge_acknowledged(campaign)?;
        out!("{report}");
        if report.records == 0 && report.ops == 0 {
            note!(
                "Nothing to purge: import a receipt from the coordinator first (`fieldsign import receipt FILE`)."
            );
        }
        Ok(())
    }
}

//! `export bundle`, `import bundle`, `import receipt`, `verify`, `device`, `receipt` and
//! `purge`: the exchange between organizers and their coordinator. All logic is in
//! `exchange` (above the vault) and the codecs of `sync`; this file parses and prints.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::Context;
use super::files::{read_input, refuse_existing, write_output};
use super::output::{Format, note, note_t, out, out_t, print_csv, print_json, print_table};
use crate::exchange::bundle::{
    self, DeviceStatus, ExportOptions, ImportOptions, ImportReport, ImportStage, Source,
};
use crate::exchange::{identities_from_file, receipt};
use crate::i18n::t;
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
        // Written as it is made (never whole in memory), into a temporary file that
        // becomes OUT only once complete and synced.
        let mut file = crate::vault::atomic_file::AtomicFile::create(&self.out, self.force)?;
        let summary = match bundle::export_to(&vault, &campaign, options, &mut file) {
            Ok((_, summary)) => summary,
            // A failed write says what failed (a full disk, say), naming the file.
            Err(e) => return Err(file.write_failure().map_or_else(|| e.into(), Into::into)),
        };
        file.commit()?;
        vault.note_bundle_written(campaign.id)?;
        if crate::i18n::is_english() {
            out!(
                "Wrote {} ({} bytes): {summary}.",
                self.out.display(),
                summary.bytes
            );
            if let Some(note) = summary.nothing_new() {
                note!("{note}");
            }
        } else {
            let what = if self.all {
                t!("bundle-what-all")
            } else {
                t!("bundle-what-new")
            };
            out_t!(
                "bundle-written",
                file = self.out.display().to_string(),
                bytes = summary.bytes,
                ops = summary.ops,
                adds = summary.adds,
                amends = summary.amends,
                voids = summary.voids,
                events = summary.events,
                title = campaign.title.as_str(),
                what = what,
                recipients = summary.recipients,
                fingerprint = vault.fingerprint()
            );
            if summary.ops == 0 {
                note_t!("bundle-empty");
            }
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
                    note_t!(
                        "error-file",
                        file = file.display().to_string(),
                        message = super::describe(&e)
                    );
                }
                Err(e) => return Err(e.context(format!("{}", file.display()))),
            }
        }
        if failed > 0 {
            bail!(
                "{}",
                t!(
                    "error-bundles-refused",
                    failed = failed,
                    total = self.files.len()
                )
            );
        }
        Ok(())
    }

    fn import_one(&self, vault: &Vault, file: &Path) -> Result<ImportReport> {
        // The size is checked before anything is read; the import then reads the file
        // as a stream, twice (check, then merge), never whole.
        let limit = Limit::BUNDLE.raised(self.max_size);
        crate::input::check_regular(file, limit)?;
        crate::input::open_limited(file, limit)?;
        let bar = progress_bar();
        let progress = |stage: ImportStage, done: usize, total: usize| {
            if let Some(bar) = &bar {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
                bar.set_message(match stage {
                    ImportStage::Checking => "checking",
                    ImportStage::Saving => "saving (all or nothing)",
                });
            }
        };
        let options = ImportOptions {
            identities: extra_identities(self.identity.as_deref())?,
            require_known_devices: self.require_known_devices,
            progress: Some(&progress),
        };
        let result = bundle::import_from(vault, Source::File { path: file, limit }, options);
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
    if crate::i18n::is_english() {
        out!("{}", r.summary(file));
        return;
    }
    if r.newly_pinned {
        out_t!(
            "device-pinned",
            device = r.device.to_string(),
            fingerprint = r.fingerprint.as_str()
        );
    }
    if r.replay {
        out_t!(
            "bundle-replay",
            file = file.display().to_string(),
            known = r.already_known
        );
        return;
    }
    out_t!(
        "bundle-imported",
        file = file.display().to_string(),
        title = r.campaign_title.as_str(),
        device = r.device.to_string(),
        fingerprint = r.fingerprint.as_str(),
        records = r.new_records,
        amends = r.amendments,
        voids = r.voids,
        events = r.new_events,
        known = r.already_known,
        replicas = bundle::replicas(&r.ranges, r.device)
    );
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
        if crate::i18n::is_english() {
            out!(
                "{}: {report} `fieldsign purge --acknowledged` removes what was delivered from this laptop.",
                self.file.display()
            );
            if let Some(warning) = report.ignored_warning() {
                note!("{warning}");
            }
            return Ok(());
        }
        out_t!(
            "receipt-imported",
            title = report.campaign_title.as_str(),
            created = report.receipt.created_at.as_str(),
            acknowledged = report.newly_acknowledged,
            unacknowledged = report.unacknowledged
        );
        if report.ignored > 0 {
            note_t!("receipt-ignored", ignored = report.ignored);
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
        let limit = Limit::BUNDLE.raised(self.max_size);
        crate::input::open_limited(&self.file, limit)?;
        let vault = ctx.open()?;
        let source = Source::File {
            path: &self.file,
            limit,
        };
        match bundle::inspect_source(&vault, source, extra_identities(self.identity.as_deref())?) {
            Ok(info) => {
                let h = &info.header;
                let device = match &info.device_status {
                    DeviceStatus::Known => t!("verify-device-known"),
                    DeviceStatus::Unknown => t!("verify-device-unknown"),
                    DeviceStatus::Revoked => t!("verify-device-revoked"),
                    DeviceStatus::KeyMismatch { pinned } => {
                        t!("verify-device-mismatch", pinned = pinned.as_str())
                    }
                };
                print_labelled(&[
                    (t!("verify-file"), self.file.display().to_string()),
                    format_row(&h.format, h.version),
                    (t!("verify-campaign"), campaign_name(&vault, h.campaign)?),
                    (
                        t!("verify-device"),
                        t!(
                            "verify-device-fingerprint",
                            device = h.device.to_string(),
                            fingerprint = info.fingerprint.as_str(),
                            status = device
                        ),
                    ),
                    (t!("verify-created"), h.created_at.clone()),
                    (t!("verify-recipients"), h.recipients.len().to_string()),
                    (t!("verify-ranges"), h.ranges.describe()),
                    (t!("verify-replicas"), bundle::replicas(&h.ranges, h.device)),
                    (
                        t!("verify-operations"),
                        t!(
                            "verify-operation-kinds",
                            ops = h.ops,
                            adds = info.adds,
                            amends = info.amends,
                            voids = info.voids
                        ),
                    ),
                    (t!("verify-events"), h.events.to_string()),
                ]);
                Ok(())
            }
            Err(e) if e.is_receipt() => {
                // A receipt is small: read whole (under the bundle limit already checked).
                let bytes = read_input(&self.file, limit)?;
                let plaintext =
                    bundle::open_file(&vault, &bytes, extra_identities(self.identity.as_deref())?)?;
                let (r, fp) = crate::sync::receipt::decode(&plaintext)?;
                let from_coordinator = vault
                    .campaign(r.campaign)?
                    .is_some_and(|c| c.signing_key == r.coordinator_key);
                let whose = if from_coordinator {
                    t!("verify-from-coordinator")
                } else {
                    t!("verify-not-coordinator")
                };
                print_labelled(&[
                    (t!("verify-file"), self.file.display().to_string()),
                    format_row(&r.format, r.version),
                    (t!("verify-campaign"), campaign_name(&vault, r.campaign)?),
                    (t!("verify-device"), r.device.to_string()),
                    (t!("verify-signed-by"), format!("{fp} — {whose}")),
                    (t!("verify-created"), r.created_at.clone()),
                    (
                        t!("verify-acknowledges"),
                        t!(
                            "verify-acknowledged",
                            ranges = r.held.describe(),
                            count = r.held.count()
                        ),
                    ),
                ]);
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
                        note_t!("device-none");
                        Ok(())
                    }
                    Format::Table => print_table(&headers, &rows),
                }
            }
            DeviceCmd::Revoke { fingerprint } => {
                let device = vault.revoke_device(&fingerprint)?;
                out_t!(
                    "device-revoked",
                    device = device.device.to_string(),
                    fingerprint = device.fingerprint.as_str()
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
        let written = crate::explain::ReceiptWritten {
            file: &self.out,
            acknowledged: r.held.count(),
            device: &device,
            title: &campaign.title,
        };
        out!("{written}");
        Ok(())
    }
}

/// One line saying what a purge removed. "delivered and purged" counts signatures, as
/// `report`'s PURGED column does; illegible and void lines are named as such.
fn purge_summary(r: &crate::vault::PurgeReport) -> String {
    let mut out = t!("purge-done", valid = r.valid);
    let mut also = Vec::new();
    if r.illegible > 0 {
        also.push(t!("purge-illegible-lines", count = r.illegible));
    }
    if r.void > 0 {
        also.push(t!("purge-void-lines", count = r.void));
    }
    let lines = match also.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [first, second, ..] => Some(t!(
            "purge-and",
            first = first.as_str(),
            second = second.as_str()
        )),
    };
    if let Some(lines) = lines {
        out.push_str(&t!("purge-also", lines = lines));
    }
    out.push_str(&t!("purge-cleared", ops = r.ops, waiting = r.waiting));
    if r.records > 0 || r.ops > 0 {
        out.push(' ');
        out.push_str(&t!("purge-rewritten"));
    }
    out
}

/// The `format` line of `verify`: the file's format and version, signature checked.
fn format_row(
    format: &impl std::fmt::Display,
    version: impl std::fmt::Display,
) -> (String, String) {
    (
        t!("verify-format"),
        t!(
            "verify-signature-valid",
            format = format.to_string(),
            version = version.to_string()
        ),
    )
}

/// `label   value` lines, the values lined up after the widest label (in any script)
/// of either kind of file, so that bundle and receipt reports line up alike.
fn print_labelled(lines: &[(String, String)]) {
    use unicode_width::UnicodeWidthStr;
    let at_least = [
        t!("verify-acknowledges").width(),
        t!("verify-signed-by").width(),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let text = super::output::labelled(lines, at_least);
    out!("{}", text.trim_end_matches('\n'));
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
        if crate::i18n::is_english() {
            out!("{report}");
        } else {
            out!("{}", purge_summary(&report));
        }
        if report.records == 0 && report.ops == 0 {
            note_t!("purge-nothing");
        }
        Ok(())
    }
}

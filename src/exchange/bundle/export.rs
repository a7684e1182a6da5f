//! Exporting a bundle: this device's operations of one campaign, signed and encrypted
//! to the campaign's coordinator recipients, written as a stream ([`export_to`]).

use std::fmt;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

use super::BundleError;
use crate::model::{Campaign, format_time, now};
use crate::plural;
use crate::sync::bundle::{FORMAT, Header, VERSION, VERSION_DECISIONS, Writer};
use crate::sync::envelope;
use crate::sync::keys::encode_verifying_key;
use crate::sync::vector::{RangeSet, VersionVector};
use crate::sync::{Op, OpBody};
use crate::vault::Vault;

/// What to put in a bundle.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    /// Everything held, not only what the coordinator has not acknowledged.
    pub all: bool,
    /// ASCII armor instead of binary.
    pub armor: bool,
}

/// What an exported bundle holds. Its `Display` is the one description of it the
/// command line and the TUI both show: "N operations (… new lines, … amendments, …
/// voids) and N events of "TITLE", SCOPE, encrypted to … and signed by this device (FP)".
#[derive(Debug, Clone)]
pub struct ExportSummary {
    pub campaign_title: String,
    /// Everything held went in, not only what the coordinator has not acknowledged.
    pub all: bool,
    /// The fingerprint of this device's signing key.
    pub signer: String,
    pub ops: usize,
    pub adds: usize,
    pub amends: usize,
    pub voids: usize,
    /// Decision and undo operations (a coordinator's review of duplicates).
    pub decisions: usize,
    pub events: usize,
    pub ranges: VersionVector,
    pub recipients: usize,
    pub bytes: usize,
}

/// Builds a signed, encrypted bundle of `campaign`'s operations from `vault`, in memory.
pub fn export(
    vault: &Vault,
    campaign: &Campaign,
    options: ExportOptions,
) -> Result<(Vec<u8>, ExportSummary), BundleError> {
    export_to(vault, campaign, options, Vec::new())
}

/// Operations read from the vault at a time: memory stays flat however many a bundle
/// carries.
const BATCH: u64 = 2_000;

/// Writes a signed, encrypted bundle of `campaign`'s operations from `vault` into `out`
/// as a stream (nothing held whole: the operations are read from the vault in batches,
/// twice — once for the header's ranges and counts, then for the lines — and encrypted
/// as they are written). Returns `out` and the summary. A write that fails is
/// [`BundleError::Output`]; the caller removes what was written.
pub fn export_to<W: Write>(
    vault: &Vault,
    campaign: &Campaign,
    options: ExportOptions,
    out: W,
) -> Result<(W, ExportSummary), BundleError> {
    export_until(vault, campaign, options, out, &AtomicBool::new(false))
}

/// [`export_to`] for work that may be called off (the TUI's, which a lock stops): once
/// `stop` is set, it ends at the next batch of operations with
/// [`BundleError::Stopped`], and the caller drops what was written.
pub fn export_until<W: Write>(
    vault: &Vault,
    campaign: &Campaign,
    options: ExportOptions,
    out: W,
    stop: &AtomicBool,
) -> Result<(W, ExportSummary), BundleError> {
    let own = vault.device_id();
    let mut held = VersionVector::default();
    held.set(own, vault.held_from(own)?);
    let wanted = if options.all {
        held
    } else {
        held.difference(&vault.acknowledged(campaign.id)?)
    };
    // Pass 1: which of the wanted ops are this campaign's and still hold their content.
    let mut ranges = VersionVector::default();
    let (mut adds, mut amends, mut voids, mut decisions) = (0, 0, 0, 0);
    in_batches(vault, campaign, &wanted, stop, |op| {
        ranges.insert(op.replica, op.seq);
        match op.body {
            OpBody::Add { .. } => adds += 1,
            OpBody::Amend { .. } => amends += 1,
            OpBody::Void { .. } => voids += 1,
            OpBody::Decide { .. } | OpBody::Undo { .. } => decisions += 1,
        }
        Ok(())
    })?;
    let ops = adds + amends + voids + decisions;
    let events = vault.events(Some(campaign.id))?;
    let header = Header {
        format: FORMAT.into(),
        // The newer version only when needed: see `VERSION_DECISIONS`.
        version: if decisions > 0 {
            VERSION_DECISIONS
        } else {
            VERSION
        },
        campaign: campaign.id,
        device: vault.device_id(),
        device_recipient: vault.recipient()?,
        signing_key: encode_verifying_key(&vault.signing_key().verifying_key()),
        recipients: campaign.recipients.clone(),
        created_at: format_time(now()),
        ranges: ranges.clone(),
        events: events.len(),
        ops,
    };
    // Pass 2: the lines, through the signer's hash and the age encryptor.
    let sealing = envelope::seal_to(Counted::new(out), &campaign.recipients, options.armor)?;
    let mut writer = Writer::new(&header, sealing).map_err(BundleError::Output)?;
    for event in &events {
        writer.event(event).map_err(BundleError::Output)?;
    }
    in_batches(vault, campaign, &ranges, stop, |op| {
        writer.op(&op).map_err(BundleError::Output)
    })?;
    // `finish` refuses to sign if the vault changed between the passes; it cannot, as
    // this process holds the vault's lock, but then the bundle is not written.
    let counted = writer
        .finish(&vault.signing_key())
        .and_then(envelope::Sealing::finish)
        .map_err(BundleError::Output)?;
    let summary = ExportSummary {
        campaign_title: campaign.title.clone(),
        all: options.all,
        signer: vault.fingerprint(),
        ops,
        adds,
        amends,
        voids,
        decisions,
        events: events.len(),
        ranges,
        recipients: campaign.recipients.len(),
        bytes: counted.bytes,
    };
    Ok((counted.out, summary))
}

/// Calls `each` with every operation of `campaign` in `vector` (purged ones skipped),
/// reading at most [`BATCH`] at a time, until `stop` is set.
fn in_batches(
    vault: &Vault,
    campaign: &Campaign,
    vector: &VersionVector,
    stop: &AtomicBool,
    mut each: impl FnMut(Op) -> Result<(), BundleError>,
) -> Result<(), BundleError> {
    for (replica, seqs) in vector.iter() {
        for &[from, to] in seqs.ranges() {
            let mut start = from;
            loop {
                if stop.load(Ordering::Relaxed) {
                    return Err(BundleError::Stopped);
                }
                let end = to.min(start.saturating_add(BATCH - 1));
                let mut batch = RangeSet::default();
                batch.insert_range(start, end);
                let mut part = VersionVector::default();
                part.set(replica, batch);
                for op in vault.ops_in(campaign.id, &part)? {
                    each(op)?;
                }
                if end == to {
                    break;
                }
                start = end + 1;
            }
        }
    }
    Ok(())
}

/// A writer that counts the bytes it passes on (the summary reports the file's size).
struct Counted<W> {
    out: W,
    bytes: usize,
}

impl<W> Counted<W> {
    fn new(out: W) -> Self {
        Self { out, bytes: 0 }
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.bytes += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl ExportSummary {
    /// A note for a bundle that carries no operations, else `None`.
    #[must_use]
    pub fn nothing_new(&self) -> Option<&'static str> {
        (self.ops == 0).then_some(
            "Note: the coordinator already acknowledged everything; this bundle carries no operations.",
        )
    }
}

/// ", N decision operations" when there are any (only a coordinator's bundle has).
fn decisions(count: usize) -> String {
    if count == 0 {
        String::new()
    } else {
        format!(", {}", plural::s(count, "decision operation"))
    }
}

impl fmt::Display for ExportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scope = if self.all {
            "everything held"
        } else {
            "everything the coordinator has not acknowledged"
        };
        write!(
            f,
            "{} ({}, {}, {}{}) and {} of \"{}\", {scope}, encrypted to {} and signed by this device ({})",
            plural::s(self.ops, "operation"),
            plural::s(self.adds, "new line"),
            plural::s(self.amends, "amendment"),
            plural::s(self.voids, "void"),
            decisions(self.decisions),
            plural::s(self.events, "event"),
            self.campaign_title,
            plural::s(self.recipients, "coordinator recipient"),
            self.signer
        )
    }
}

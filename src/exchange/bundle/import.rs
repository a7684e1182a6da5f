//! Importing a bundle: decrypt, verify the signature, check campaign, device and every
//! operation against what the vault holds, then merge durably, all or nothing (one
//! transaction, or for a large bundle chunks under a marker that the next open rolls
//! back: `vault::bulk`). Any refusal happens before the first write, so a refused
//! bundle changes nothing.
//!
//! Two passes over the plaintext, each a stream through the age decryptor, so that a
//! bundle of a million operations never is in memory at once (issue 10): the first
//! ([`Admit`]) checks everything and keeps only counts, the events and which seqs are
//! new; the second writes the new operations chunk by chunk. The signature is at the
//! end of the file, so only the first pass can vouch for the bytes: the second hands
//! on a chunk only once its bytes hash to what the first pass read
//! (`sync::bundle::stream::Replay`), and a file changed in between is rolled back and
//! refused.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use super::admit::{Admit, Admitted};
use super::inspect::{identities, open_plaintext, refused};
use super::{BundleError, Source};
use crate::model::{CampaignId, DeviceId, UnixTime};
use crate::plural;
use crate::sync::bundle::Header;
use crate::sync::bundle::stream::{Item, Replay, ReplayError, Scanned, scan};
use crate::sync::envelope::EnvelopeError;
use crate::sync::vector::VersionVector;
use crate::vault::{KnownDevice, Vault, WriteSet};

/// Which part of an import is running, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStage {
    /// Checking each operation and comparing it with what the vault holds: `(done,
    /// total)` of the operations in the bundle.
    Checking,
    /// Writing what is new, in chunks for a large bundle, all or nothing: `(done,
    /// total)` of the new operations.
    Saving,
}

/// How to import.
#[derive(Default)]
pub struct ImportOptions<'a> {
    /// Identities to try besides the vault's own (from `--identity`).
    pub identities: Vec<Box<dyn age::Identity + Send + Sync>>,
    /// Refuse bundles from devices not pinned yet.
    pub require_known_devices: bool,
    /// Called now and then with the stage, work done and work total.
    pub progress: Option<&'a (dyn Fn(ImportStage, usize, usize) + Sync)>,
}

/// What an import did (or, for a replay, found already done).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub campaign: CampaignId,
    pub campaign_title: String,
    pub device: DeviceId,
    pub fingerprint: String,
    /// The device was not known before and is now pinned.
    pub newly_pinned: bool,
    /// New `add` operations: records this vault did not have.
    pub new_records: usize,
    pub amendments: usize,
    pub voids: usize,
    pub new_events: usize,
    /// Operations the vault already held, identical.
    pub already_known: usize,
    /// Everything was already held: nothing was written.
    pub replay: bool,
    pub ranges: VersionVector,
}

impl ImportReport {
    /// What importing `file` did, in the words both the command line and the TUI show.
    #[must_use]
    pub fn summary<'a>(&'a self, file: &'a Path) -> ImportSummary<'a> {
        ImportSummary { report: self, file }
    }
}

/// [`ImportReport::summary`]: one line, or two when a device was pinned (which comes
/// first, as it asks for a check with the organizer).
pub struct ImportSummary<'a> {
    report: &'a ImportReport,
    file: &'a Path,
}

impl fmt::Display for ImportSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (r, file) = (self.report, self.file.display());
        if r.newly_pinned {
            writeln!(
                f,
                "Pinned new device {} with fingerprint {}: check it with the organizer in person or by phone.",
                r.device, r.fingerprint
            )?;
        }
        if r.replay {
            return write!(
                f,
                "{file}: already imported (replay): all {} operations were known; nothing changed.",
                r.already_known
            );
        }
        write!(
            f,
            "{file}: imported into \"{}\" from device {} ({}): {}, {}, {}, {}, {} already known, 0 conflicts; operations of {}.",
            r.campaign_title,
            r.device,
            r.fingerprint,
            plural::s(r.new_records, "new record"),
            plural::s(r.amendments, "amendment"),
            plural::s(r.voids, "void"),
            plural::s(r.new_events, "new event"),
            r.already_known,
            replicas(&r.ranges, r.device)
        )
    }
}

/// Every replica a bundle carries operations for, each with its count and whether it
/// is the signer (only then is the bundle importable).
#[must_use]
pub fn replicas(ranges: &VersionVector, signer: DeviceId) -> String {
    let list: Vec<String> = ranges
        .iter()
        .filter(|(_, seqs)| !seqs.is_empty())
        .map(|(replica, seqs)| {
            let whose = if replica == signer {
                "the signing device"
            } else {
                "ANOTHER device: relayed, refused"
            };
            let count = usize::try_from(seqs.count()).unwrap_or(usize::MAX);
            format!("{replica} ({}, {whose})", plural::s(count, "operation"))
        })
        .collect();
    if list.is_empty() {
        "no device (no operations)".to_owned()
    } else {
        list.join(", ")
    }
}

/// Decrypts, verifies and merges one bundle file's bytes.
pub fn import(
    vault: &Vault,
    bytes: &[u8],
    options: ImportOptions,
) -> Result<ImportReport, BundleError> {
    import_from(vault, Source::Bytes(bytes), options)
}

/// Decrypts, verifies and merges the bundle in `source`, reading it twice as a stream
/// (see the module comment): memory stays flat however many operations it carries.
pub fn import_from(
    vault: &Vault,
    source: Source,
    options: ImportOptions,
) -> Result<ImportReport, BundleError> {
    source.check_rereadable()?;
    let identities = identities(vault, options.identities)?;
    let progress = options.progress;
    // Pass 1: signature, bounds, authority and conflicts, keeping no operation.
    let mut admit = Admit::new(vault, options.require_known_devices, progress);
    let scanned = scan(open_plaintext(source, &identities)?, &mut admit).map_err(refused)?;
    let Scanned {
        header,
        fingerprint,
        digests,
    } = scanned;
    let admitted = admit
        .finish()
        .ok_or_else(|| BundleError::Invalid("it has no header".into()))?;
    let device = header.device.to_string();
    if let Some(first) = admitted.first_conflict.clone() {
        return Err(BundleError::Conflict {
            device,
            fingerprint,
            count: admitted.conflicts,
            first,
        });
    }
    let Admitted {
        campaign,
        known,
        held,
        events,
        fresh,
        fresh_ops,
        ..
    } = admitted;
    let mut new_events = Vec::new();
    for event in events {
        if vault.event(event.id)?.is_none() {
            new_events.push(event);
        }
    }
    let mut report = ImportReport {
        campaign: campaign.id,
        campaign_title: campaign.title.clone(),
        device: header.device,
        fingerprint: fingerprint.clone(),
        newly_pinned: known.is_none(),
        new_records: admitted.adds,
        amendments: admitted.amends,
        voids: admitted.voids,
        new_events: new_events.len(),
        already_known: admitted.already_known,
        replay: fresh_ops == 0 && new_events.is_empty(),
        ranges: header.ranges.clone(),
    };
    // Every op here is the signer's own (authority): from now on a receipt to the
    // signer may acknowledge them, including ones held before under another device's
    // word (vaults from before format 2).
    let mut writes = WriteSet::default();
    let carried = header
        .ranges
        .get(header.device)
        .cloned()
        .unwrap_or_default();
    let newly_authenticated = vault.note_authenticated(&mut writes, header.device, &carried)?;
    if report.replay {
        // A replay changes nothing, not even the device's "last seen"; at most it
        // proves old operations to be the device's own.
        report.newly_pinned = false;
        if newly_authenticated && known.is_some() {
            vault.commit_ops_with(&[], writes)?;
        }
        return Ok(report);
    }
    // The vault's clock, not the system's: the dashboard's "last bundle" ages by it.
    let entry = pin(known, &header, fingerprint, fresh_ops, vault.time().now());
    vault.put_device(&mut writes, &entry);
    for event in &new_events {
        vault.put_event(&mut writes, event);
    }
    // Pass 2: the same bytes again (each chunk checked against pass 1's digest), the
    // new operations written in bounded chunks, all or nothing (vault::bulk).
    let mut replay = Replay::new(open_plaintext(source, &identities)?, digests);
    let mut saved = 0;
    let chunks = std::iter::from_fn(|| {
        loop {
            let items = match replay.next_chunk()? {
                Ok(items) => items,
                Err(e) => return Some(Err(replayed(&e))),
            };
            let mut ops = Vec::new();
            for item in items {
                let Item::Op(op) = item else { continue };
                if held.contains(op.seq) {
                    continue;
                }
                // Pass 1 saw these very bytes: an op it did not count as new cannot
                // appear (the marker's rollback relies on `fresh` naming every op).
                if !fresh.contains(op.replica, op.seq) {
                    return Some(Err(BundleError::Changed));
                }
                ops.push(op);
            }
            if ops.is_empty() {
                continue;
            }
            saved += ops.len();
            if let Some(progress) = progress {
                progress(ImportStage::Saving, saved, fresh_ops);
            }
            return Some(Ok(ops));
        }
    });
    vault.commit_ops_streamed(fresh.clone(), fresh_ops, chunks, writes)?;
    Ok(report)
}

fn replayed(e: &ReplayError) -> BundleError {
    match e {
        ReplayError::Unreadable(_) => BundleError::Envelope(EnvelopeError::Damaged),
        ReplayError::Changed => BundleError::Changed,
    }
}

/// The device's entry after this bundle: pinned on first use, counters advanced.
fn pin(
    known: Option<KnownDevice>,
    header: &Header,
    fingerprint: String,
    new_ops: usize,
    now: UnixTime,
) -> KnownDevice {
    let mut entry = known.unwrap_or_else(|| KnownDevice {
        device: header.device,
        signing_key: header.signing_key.clone(),
        fingerprint,
        recipient: header.device_recipient.clone(),
        first_seen: now,
        last_seen: now,
        revoked: None,
        campaigns: BTreeSet::new(),
        replicas: BTreeSet::new(),
        bundles: 0,
        ops: 0,
    });
    entry.last_seen = now;
    entry.recipient.clone_from(&header.device_recipient);
    entry.campaigns.insert(header.campaign);
    entry.replicas.extend(header.ranges.iter().map(|(r, _)| r));
    entry.bundles = entry.bundles.saturating_add(1);
    entry.ops = entry.ops.saturating_add(new_ops as u64);
    entry
}

//! Importing a bundle: decrypt, verify the signature, check campaign, device and every
//! operation against what the vault holds, then merge durably, all or nothing (one
//! transaction, or for a large bundle chunks under a marker that the next open rolls
//! back: `vault::bulk`). Any refusal happens before the first write, so a refused
//! bundle changes nothing.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

use super::inspect::device_status;
use super::{BundleError, DeviceStatus, open_file};
use crate::model::{Campaign, CampaignId, DeviceId, UnixTime};
use crate::plural;
use crate::sync::bundle::{Header, Parsed, decode};
use crate::sync::vector::{RangeSet, VersionVector};
use crate::sync::{Op, OpBody};
use crate::vault::{KnownDevice, Vault, WriteSet};

/// Which part of an import is running, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStage {
    /// Comparing each operation with what the vault holds: `(done, total)`.
    Checking,
    /// Writing what is new: in chunks for a large bundle, all or nothing (no finer
    /// progress).
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
    let plaintext = open_file(vault, bytes, options.identities)?;
    let parsed = decode(&plaintext)?;
    drop(plaintext);
    merge(
        vault,
        parsed,
        options.require_known_devices,
        options.progress,
    )
}

fn merge(
    vault: &Vault,
    parsed: Parsed,
    require_known: bool,
    progress: Option<&(dyn Fn(ImportStage, usize, usize) + Sync)>,
) -> Result<ImportReport, BundleError> {
    let Parsed {
        header,
        fingerprint,
        events,
        ops,
    } = parsed;
    let campaign = vault
        .campaign(header.campaign)?
        .ok_or_else(|| BundleError::UnknownCampaign(header.campaign.to_string()))?;
    if !header
        .recipients
        .iter()
        .any(|r| campaign.recipients.contains(r))
    {
        return Err(BundleError::WrongRecipients);
    }
    check_contents(&campaign, &events, &ops)?;
    if header.device == vault.device_id() {
        // Our own id from another key is a forgery; from our own key, a bundle we made,
        // which the coordinator's vault never needs to take back.
        return Err(BundleError::Invalid(
            "it claims to come from this very vault's device id; import bundles from other devices only".into(),
        ));
    }
    let known = vault.known_device(header.device)?;
    check_device(known.as_ref(), &header, &fingerprint, require_known)?;
    let device = header.device.to_string();
    // Who may say what, and every number within bounds (sync::bounds).
    super::admit::admit(vault, &campaign, &header, &events, &ops)?;

    let total = ops.len();
    let (fresh, already_known, conflicts) = classify(vault, ops, progress)?;
    if let Some(first) = conflicts.first() {
        return Err(BundleError::Conflict {
            device,
            fingerprint,
            count: conflicts.len(),
            first: first.clone(),
        });
    }
    let mut new_events = Vec::new();
    for event in events {
        if vault.event(event.id)?.is_none() {
            new_events.push(event);
        }
    }
    let count = |f: fn(&OpBody) -> bool| fresh.iter().filter(|op| f(&op.body)).count();
    let mut report = ImportReport {
        campaign: campaign.id,
        campaign_title: campaign.title.clone(),
        device: header.device,
        fingerprint: fingerprint.clone(),
        newly_pinned: known.is_none(),
        new_records: count(|b| matches!(b, OpBody::Add { .. })),
        amendments: count(|b| matches!(b, OpBody::Amend { .. })),
        voids: count(|b| matches!(b, OpBody::Void { .. })),
        new_events: new_events.len(),
        already_known,
        replay: fresh.is_empty() && new_events.is_empty(),
        ranges: header.ranges.clone(),
    };
    // Every op here is the signer's own (authority::admit): from now on a receipt to
    // the signer may acknowledge them, including ones held before under another
    // device's word (vaults from before format 2).
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
    let entry = pin(known, &header, fingerprint, fresh.len(), vault.time().now());
    vault.put_device(&mut writes, &entry);
    for event in &new_events {
        vault.put_event(&mut writes, event);
    }
    if let Some(progress) = progress {
        progress(ImportStage::Saving, total, total);
    }
    // Large bundles are written in bounded chunks, still all or nothing (vault::bulk).
    vault.commit_ops_chunked(&fresh, writes)?;
    Ok(report)
}

/// Refuses revoked devices, keys other than the pinned one, and (if asked) new devices.
fn check_device(
    known: Option<&KnownDevice>,
    header: &Header,
    fingerprint: &str,
    require_known: bool,
) -> Result<(), BundleError> {
    let (device, fingerprint) = (header.device.to_string(), fingerprint.to_owned());
    match device_status(known, header) {
        DeviceStatus::Revoked => Err(BundleError::Revoked {
            device,
            fingerprint,
        }),
        DeviceStatus::KeyMismatch { pinned } => Err(BundleError::KeyMismatch {
            device,
            pinned,
            found: fingerprint,
        }),
        DeviceStatus::Unknown if require_known => Err(BundleError::UnknownDevice {
            device,
            fingerprint,
        }),
        DeviceStatus::Unknown | DeviceStatus::Known => Ok(()),
    }
}

/// Sorts every op into new, known, or conflicting. The held vector answers "new" for
/// most ops without a read, so this costs the same however large the vault is.
fn classify(
    vault: &Vault,
    ops: Vec<Op>,
    progress: Option<&(dyn Fn(ImportStage, usize, usize) + Sync)>,
) -> Result<(Vec<Op>, usize, Vec<String>), BundleError> {
    let mut held: HashMap<DeviceId, RangeSet> = HashMap::new();
    let mut fresh = Vec::new();
    let mut already_known = 0;
    let mut conflicts = Vec::new();
    let total = ops.len();
    for (done, op) in ops.into_iter().enumerate() {
        if let Some(progress) = progress
            && done % 1024 == 0
        {
            progress(ImportStage::Checking, done, total);
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = held.entry(op.replica) {
            slot.insert(vault.held_from(op.replica)?);
        }
        if held[&op.replica].contains(op.seq) {
            match vault.stored_op(op.replica, op.seq)? {
                Some(stored) if stored.same_as(&op) => already_known += 1,
                _ => conflicts.push(format!("{}#{}", op.replica, op.seq)),
            }
        } else {
            fresh.push(op);
        }
    }
    Ok((fresh, already_known, conflicts))
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

/// Signed content can still be wrong for this campaign: check before merging.
fn check_contents(
    campaign: &Campaign,
    events: &[crate::model::Event],
    ops: &[Op],
) -> Result<(), BundleError> {
    if events.iter().any(|e| e.campaign != campaign.id)
        || ops.iter().any(|op| op.campaign != campaign.id)
    {
        return Err(BundleError::Invalid(
            "it holds events or operations of another campaign".into(),
        ));
    }
    // The one free-text rule, for what a bundle carries besides field values (which the
    // renormalization below checks): event texts and void reasons.
    for event in events {
        event
            .check_text()
            .map_err(|e| BundleError::Invalid(format!("an event in it is refused: {e}")))?;
    }
    for op in ops {
        if let OpBody::Void { reason } = &op.body {
            crate::model::text::check_text(reason, crate::model::text::Lines::One)
                .map_err(|e| BundleError::Invalid(format!("a void reason in it {e}")))?;
        }
        if op.seq == 0 {
            return Err(BundleError::Invalid(
                "an operation has sequence number 0".into(),
            ));
        }
        let fields = match &op.body {
            OpBody::Add { fields, .. } | OpBody::Amend { fields } => fields,
            OpBody::Void { .. } | OpBody::Decide { .. } | OpBody::Undo { .. } => continue,
        };
        // The key is not echoed: a forged bundle could put anything there.
        if fields.keys().any(|k| campaign.field(k).is_none()) {
            return Err(BundleError::Invalid(
                "an operation sets a field this campaign does not have (if the coordinator added one, join the updated campaign file first)".into(),
            ));
        }
        // fieldsign stores values normalized, and normalizing is idempotent: a value that
        // changes (or fails) when normalized again was not typed into fieldsign.
        if let Some(key) = fields.iter().find_map(|(k, v)| {
            let spec = campaign.field(k)?;
            let renormalized = crate::model::normalize_value(&spec.kind, false, v);
            (!v.is_empty() && renormalized.as_deref() != Ok(v.as_str())).then_some(k)
        }) {
            return Err(BundleError::Invalid(format!(
                "an operation holds a value of field `{key}` that breaks the campaign's rules for it (fieldsign never writes such a value); ask the organizer to export the bundle again with an up-to-date fieldsign"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, LineKind, RecordId};

    fn add(campaign: &Campaign, fields: &[(&str, &str)]) -> Op {
        Op {
            replica: DeviceId::random(),
            seq: 1,
            lamport: 1,
            campaign: campaign.id,
            record: RecordId::random(),
            at: 0,
            body: OpBody::Add {
                event: EventId::random(),
                sheet: 1,
                line: 1,
                line_kind: LineKind::Signature,
                fields: fields
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            },
        }
    }

    #[test]
    fn values_must_be_what_fieldsign_would_have_stored() {
        let c = Campaign::for_test();
        let good = add(
            &c,
            &[
                ("name", "Олена Шевченко"),
                ("email", "o@example.org"),
                ("country", "UA"),
            ],
        );
        assert!(check_contents(&c, &[], &[good]).is_ok());
        for (key, bad) in [
            ("email", "not an email"),
            ("country", "ua"),
            ("name", " padded "),
            ("contact_ok", "maybe"),
        ] {
            let op = add(&c, &[("name", "A"), (key, bad)]);
            let err = check_contents(&c, &[], &[op]).expect_err(bad).to_string();
            assert!(err.contains(key) && !err.contains(bad.trim()), "{err}");
        }
    }
}

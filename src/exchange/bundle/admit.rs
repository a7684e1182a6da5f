//! The first pass of an import: every check a bundle must pass before anything is
//! written, run on each event and operation as the plaintext streams by
//! (`crate::sync::bundle::stream`), against what the vault holds. Keeps what the second
//! pass needs (the events, which seqs are new, the counts), never the operations.
//!
//! The checks, in the order a refusal names them: the campaign and its recipients, the
//! device (revoked, another key, unknown when known ones are required), then who may
//! say what and every number's bounds (`crate::sync::bundle::authority`), each event's
//! and operation's content, and last any operation that differs from one held under
//! the same number (the conflict alarm, which needs the whole bundle read).

use super::BundleError;
use super::inspect::device_status;
use super::{DeviceStatus, ImportStage};
use crate::model::{Campaign, Event, RecordId};
use crate::sync::bounds::Clocks;
use crate::sync::bundle::stream::{Item, Visitor};
use crate::sync::bundle::{Author, Gate, Header};
use crate::sync::vector::{RangeSet, VersionVector};
use crate::sync::{Op, OpBody};
use crate::vault::{KnownDevice, Vault, VaultError};

/// Who typed `record`, according to `vault`.
pub fn author_in(vault: &Vault, record: RecordId) -> Result<Author, VaultError> {
    Ok(match vault.record(record)? {
        None => Author::Absent,
        Some(r) => Author::Typed(r.origin.map(|o| o.entered_by)),
    })
}

/// Progress for a progress bar: the stage, work done, work total.
pub type Progress<'a> = &'a (dyn Fn(ImportStage, usize, usize) + Sync);

/// The first pass's [`Visitor`]: checks, classifies and counts.
pub struct Admit<'a> {
    vault: &'a Vault,
    require_known: bool,
    progress: Option<Progress<'a>>,
    admitted: Option<Admitted>,
}

/// What the first pass learned about a bundle it let through.
pub struct Admitted {
    pub campaign: Campaign,
    pub known: Option<KnownDevice>,
    gate: Gate,
    /// What the vault held from the signer before: ops under these seqs are known.
    pub held: RangeSet,
    /// Every event of the bundle (bounded by `stream::MAX_EVENTS`).
    pub events: Vec<Event>,
    /// The seqs of the operations the vault does not hold yet.
    pub fresh: VersionVector,
    pub fresh_ops: usize,
    pub adds: usize,
    pub amends: usize,
    pub voids: usize,
    pub already_known: usize,
    /// Operations that differ from held ones under the same number, and the first.
    pub conflicts: usize,
    pub first_conflict: Option<String>,
    seen: usize,
    total: usize,
}

impl<'a> Admit<'a> {
    pub fn new(vault: &'a Vault, require_known: bool, progress: Option<Progress<'a>>) -> Self {
        Self {
            vault,
            require_known,
            progress,
            admitted: None,
        }
    }

    /// What was learned; `None` only if the header was never seen (the scan refused the
    /// bundle before).
    pub fn finish(self) -> Option<Admitted> {
        self.admitted
    }
}

impl Visitor for Admit<'_> {
    type Error = BundleError;

    fn header(&mut self, header: &Header, fingerprint: &str) -> Result<(), BundleError> {
        let vault = self.vault;
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
        if header.device == vault.device_id() {
            // Our own id from another key is a forgery; from our own key, a bundle we
            // made, which the coordinator's vault never needs to take back.
            return Err(BundleError::Invalid(
                "it claims to come from this very vault's device id; import bundles from other devices only".into(),
            ));
        }
        let known = vault.known_device(header.device)?;
        check_device(known.as_ref(), header, fingerprint, self.require_known)?;
        let clocks = Clocks {
            lamport: vault.lamport(),
            now: vault.time().now(),
        };
        let held = vault.held_from(header.device)?;
        let coordinator = header.signing_key == campaign.signing_key;
        let gate = Gate::new(header, coordinator, &held, clocks)?;
        self.admitted = Some(Admitted {
            campaign,
            known,
            gate,
            held,
            events: Vec::new(),
            fresh: VersionVector::default(),
            fresh_ops: 0,
            adds: 0,
            amends: 0,
            voids: 0,
            already_known: 0,
            conflicts: 0,
            first_conflict: None,
            seen: 0,
            total: header.ops,
        });
        Ok(())
    }

    fn item(&mut self, item: Item) -> Result<(), BundleError> {
        let vault = self.vault;
        let Some(a) = self.admitted.as_mut() else {
            // The scan calls `item` only after a header it accepted.
            return Err(BundleError::Invalid("it has no header".into()));
        };
        match item {
            Item::Event(event) => {
                check_event(&a.campaign, &event)?;
                a.gate.event(&event)?;
                a.events.push(event);
            }
            Item::Op(op) => {
                if let Some(progress) = self.progress
                    && a.seen % 1024 == 0
                {
                    progress(ImportStage::Checking, a.seen, a.total);
                }
                a.seen += 1;
                check_op(&a.campaign, &op)?;
                a.gate.op(&op, author_in(vault, op.record)?)?;
                a.classify(vault, &op)?;
            }
        }
        Ok(())
    }
}

impl Admitted {
    /// Sorts one op into new, known, or conflicting. The held set answers "new" for
    /// most ops without a read, so this costs the same however large the vault is.
    fn classify(&mut self, vault: &Vault, op: &Op) -> Result<(), BundleError> {
        if self.held.contains(op.seq) {
            match vault.stored_op(op.replica, op.seq)? {
                Some(stored) if stored.same_as(op) => self.already_known += 1,
                _ => {
                    self.conflicts += 1;
                    self.first_conflict
                        .get_or_insert_with(|| format!("{}#{}", op.replica, op.seq));
                }
            }
            return Ok(());
        }
        self.fresh.insert(op.replica, op.seq);
        self.fresh_ops += 1;
        match op.body {
            OpBody::Add { .. } => self.adds += 1,
            OpBody::Amend { .. } => self.amends += 1,
            OpBody::Void { .. } => self.voids += 1,
            // A coordinator's decisions are counted in no summary line.
            OpBody::Decide { .. } | OpBody::Undo { .. } => {}
        }
        Ok(())
    }
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

fn other_campaign() -> BundleError {
    BundleError::Invalid("it holds events or operations of another campaign".into())
}

/// An event must be of this campaign and pass the one free-text rule.
fn check_event(campaign: &Campaign, event: &Event) -> Result<(), BundleError> {
    if event.campaign != campaign.id {
        return Err(other_campaign());
    }
    event
        .check_text()
        .map_err(|e| BundleError::Invalid(format!("an event in it is refused: {e}")))
}

/// Signed content can still be wrong for this campaign: check before merging.
fn check_op(campaign: &Campaign, op: &Op) -> Result<(), BundleError> {
    if op.campaign != campaign.id {
        return Err(other_campaign());
    }
    // The one free-text rule, for what an op carries besides field values (which the
    // renormalization below checks): void reasons.
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
        OpBody::Void { .. } | OpBody::Decide { .. } | OpBody::Undo { .. } => return Ok(()),
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeviceId, EventId, LineKind};

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
        assert!(check_op(&c, &good).is_ok());
        for (key, bad) in [
            ("email", "not an email"),
            ("country", "ua"),
            ("name", " padded "),
            ("contact_ok", "maybe"),
        ] {
            let op = add(&c, &[("name", "A"), (key, bad)]);
            let err = check_op(&c, &op).expect_err(bad).to_string();
            assert!(err.contains(key) && !err.contains(bad.trim()), "{err}");
        }
    }
}

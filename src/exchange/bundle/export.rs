//! Exporting a bundle: this device's operations of one campaign, signed and encrypted
//! to the campaign's coordinator recipients.

use std::fmt;

use super::BundleError;
use crate::model::{Campaign, format_time, now};
use crate::plural;
use crate::sync::OpBody;
use crate::sync::bundle::{FORMAT, Header, VERSION, VERSION_DECISIONS, encode};
use crate::sync::envelope;
use crate::sync::keys::encode_verifying_key;
use crate::sync::vector::VersionVector;
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

/// Builds a signed, encrypted bundle of `campaign`'s operations from `vault`.
pub fn export(
    vault: &Vault,
    campaign: &Campaign,
    options: ExportOptions,
) -> Result<(Vec<u8>, ExportSummary), BundleError> {
    let own = vault.device_id();
    let mut held = VersionVector::default();
    held.set(own, vault.held_from(own)?);
    let wanted = if options.all {
        held
    } else {
        held.difference(&vault.acknowledged(campaign.id)?)
    };
    let ops = vault.ops_in(campaign.id, &wanted)?;
    let events = vault.events(Some(campaign.id))?;
    let mut ranges = VersionVector::default();
    for op in &ops {
        ranges.insert(op.replica, op.seq);
    }
    let decisions = ops.iter().filter(|op| op.body.is_decision()).count();
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
        ops: ops.len(),
    };
    let plaintext = encode(&header, &events, &ops, &vault.signing_key());
    let sealed = envelope::seal(&plaintext, &campaign.recipients, options.armor)?;
    let count = |f: fn(&OpBody) -> bool| ops.iter().filter(|op| f(&op.body)).count();
    let summary = ExportSummary {
        campaign_title: campaign.title.clone(),
        all: options.all,
        signer: vault.fingerprint(),
        ops: ops.len(),
        adds: count(|b| matches!(b, OpBody::Add { .. })),
        amends: count(|b| matches!(b, OpBody::Amend { .. })),
        voids: count(|b| matches!(b, OpBody::Void { .. })),
        decisions,
        events: events.len(),
        ranges,
        recipients: campaign.recipients.len(),
        bytes: sealed.len(),
    };
    Ok((sealed, summary))
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

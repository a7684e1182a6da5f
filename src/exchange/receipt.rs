//! Receipts against a vault: a coordinator writes one for a device from what its vault
//! holds under that device's own signature; a device imports one (decrypt, verify, check
//! it is this campaign's coordinator's and meant for this device) and records what it
//! acknowledges, so it can stop re-sending those operations and `purge` their values.
//! The byte format is `crate::sync::receipt`'s.

use std::fmt;

use zeroize::Zeroizing;

use crate::model::{Campaign, format_time, now};
use crate::plural;
use crate::sync::envelope::{self, EnvelopeError};
use crate::sync::keys::encode_verifying_key;
use crate::sync::receipt::{FORMAT, Receipt, ReceiptDecodeError, VERSION, decode, encode};
use crate::sync::vector::VersionVector;
use crate::vault::{KnownDevice, Vault, VaultError};

/// A receipt was refused, or could not be written. Nothing was changed. Messages never
/// hold values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReceiptError {
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    #[error(transparent)]
    Decode(#[from] ReceiptDecodeError),
    #[error(
        "this receipt is for campaign {0}, which this vault does not have; nothing was changed (was it meant for another laptop?)"
    )]
    UnknownCampaign(String),
    #[error(
        "this receipt is not signed by the coordinator of campaign {0}; it may be forged, nothing was changed"
    )]
    NotFromCoordinator(String),
    #[error("this receipt is for device {0}, not this one; nothing was changed")]
    OtherDevice(String),
    #[error(
        "only the coordinator of a campaign can write its receipts; this vault does not hold campaign {0}'s coordinator key"
    )]
    NotCoordinator(String),
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// Writes a receipt for `device` in `campaign`, which this vault must coordinate.
///
/// It acknowledges only the device's own operations that this vault holds *and* got
/// under that device's own signature ([`Vault::authenticated_from`]): never what
/// another device said in its name, so a receipt cannot make an organizer purge
/// records the coordinator never received from it.
pub fn write(
    vault: &Vault,
    campaign: &Campaign,
    device: &KnownDevice,
) -> Result<(Vec<u8>, Receipt), ReceiptError> {
    if !vault.coordinates(campaign) {
        return Err(ReceiptError::NotCoordinator(campaign.id.to_string()));
    }
    let mut held = VersionVector::default();
    held.set(device.device, vault.authenticated_from(device.device)?);
    let receipt = Receipt {
        format: FORMAT.into(),
        version: VERSION,
        campaign: campaign.id,
        device: device.device,
        coordinator_key: encode_verifying_key(&vault.signing_key().verifying_key()),
        created_at: format_time(now()),
        held,
    };
    let plaintext = encode(&receipt, &vault.signing_key());
    let sealed = envelope::seal(&plaintext, std::slice::from_ref(&device.recipient), false)?;
    Ok((sealed, receipt))
}

/// What importing a receipt did.
#[derive(Debug, Clone)]
pub struct ReceiptReport {
    pub receipt: Receipt,
    pub campaign_title: String,
    /// Operations held here that this receipt acknowledged for the first time.
    pub newly_acknowledged: u64,
    /// Operations of this vault the coordinator has still not acknowledged.
    pub unacknowledged: u64,
    /// Acknowledged numbers this vault never wrote (other replicas' or its own
    /// numbers it has not used): ignored, never recorded, so never purged.
    pub ignored: u64,
}

impl ReceiptReport {
    /// A warning when the receipt acknowledged operations this vault never wrote.
    #[must_use]
    pub fn ignored_warning(&self) -> Option<String> {
        (self.ignored > 0).then(|| format!(
            "Warning: the receipt also acknowledged {} operation(s) this laptop never wrote (numbers it has not used, or other devices'); they were ignored, so purge cannot remove anything on their account. Tell the coordinator: another device may have sent operations in this laptop's name.",
            self.ignored
        ))
    }
}

/// What the receipt did, as both front ends show it (each adds how to purge there).
impl fmt::Display for ReceiptReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "receipt from the coordinator of \"{}\": {} newly acknowledged; {} still to send (the receipt was written {}).",
            self.campaign_title,
            plural::s(
                usize::try_from(self.newly_acknowledged).unwrap_or(usize::MAX),
                "operation"
            ),
            self.unacknowledged,
            self.receipt.created_at,
        )
    }
}

/// Decrypts, verifies and records a receipt from `campaign`'s coordinator.
pub fn import(vault: &Vault, bytes: &[u8]) -> Result<ReceiptReport, ReceiptError> {
    let plaintext: Zeroizing<Vec<u8>> = envelope::open(
        bytes,
        &[Box::new(vault.age_identity()?) as Box<dyn age::Identity + Send + Sync>],
    )?;
    let (receipt, _) = decode(&plaintext)?;
    let campaign = vault
        .campaign(receipt.campaign)?
        .ok_or_else(|| ReceiptError::UnknownCampaign(receipt.campaign.to_string()))?;
    if receipt.coordinator_key != campaign.signing_key {
        return Err(ReceiptError::NotFromCoordinator(campaign.id.to_string()));
    }
    if receipt.device != vault.device_id() {
        return Err(ReceiptError::OtherDevice(receipt.device.to_string()));
    }
    let (accepted, ignored) = acknowledgeable(vault, &receipt.held)?;
    let newly_acknowledged = vault.record_acknowledgement(campaign.id, &accepted)?;
    let held = vault.held_vector()?;
    let unacknowledged = vault
        .ops_in(
            campaign.id,
            &held.difference(&vault.acknowledged(campaign.id)?),
        )?
        .len() as u64;
    Ok(ReceiptReport {
        receipt,
        campaign_title: campaign.title,
        newly_acknowledged,
        unacknowledged,
        ignored,
    })
}

/// The part of an acknowledgement this vault may act on: its own replica's numbers that
/// it actually wrote. Everything else is returned as a count, for the user to see.
/// Purge removes only what is recorded here, so a receipt naming operations this
/// laptop never wrote (or wrote later, under numbers someone else used first) can
/// never erase records the coordinator did not get from this laptop.
fn acknowledgeable(
    vault: &Vault,
    held: &VersionVector,
) -> Result<(VersionVector, u64), ReceiptError> {
    let own = vault.device_id();
    let written = vault.held_from(own)?;
    let claimed = held.get(own).cloned().unwrap_or_default();
    let kept = claimed.intersection(&written);
    let ignored = held.count().saturating_sub(kept.count());
    let mut accepted = VersionVector::default();
    accepted.set(own, kept);
    Ok((accepted, ignored))
}

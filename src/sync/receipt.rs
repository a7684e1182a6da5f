//! Receipts: the coordinator's signed statement of which operations it holds from a
//! device, encrypted to that device. Importing one lets the device stop re-sending
//! those operations and `purge` their values.
//!
//! The plaintext is two JSON lines, signed like a bundle (see docs/bundle-format.md):
//!
//! ```text
//! {"receipt":{"format":"fieldsign-receipt","version":1,"campaign":…,"device":…,"coordinator_key":…,"created_at":…,"held":{…}}}
//! {"trailer":{"payload_sha256":"…","signature":"…"}}
//! ```

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::bundle::{
    Framing, check_header_text, check_kind, sign_body, split_trailer, verify_statement,
};
use super::envelope::{self, EnvelopeError};
use super::keys::{decode_verifying_key, encode_verifying_key, fingerprint};
use super::vector::VersionVector;
use crate::model::{Campaign, CampaignId, DeviceId, format_time, now};
use crate::vault::{KnownDevice, Vault, VaultError};

pub const FORMAT: &str = "fieldsign-receipt";
/// Receipts keep version 1: their format did not change when bundles went to version 2
/// (what a receipt may acknowledge is enforced by both ends, see `write` and `import`).
pub const VERSION: u32 = 1;
const DOMAIN: &str = "fieldsign receipt v1";

/// A receipt was refused, or could not be written. Nothing was changed. Messages never
/// hold values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReceiptError {
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    #[error(
        "this receipt is damaged or truncated (its last line is incomplete); ask the coordinator for a fresh copy"
    )]
    Truncated,
    #[error(
        "this is not a fieldsign receipt; check that you picked the file the coordinator's `fieldsign receipt` wrote"
    )]
    NotAReceipt,
    #[error("this is a bundle, not a receipt: import it with `fieldsign import bundle FILE`")]
    IsBundle,
    #[error(
        "this receipt has format version {0}, which this fieldsign does not know; update fieldsign"
    )]
    UnsupportedVersion(u64),
    #[error(
        "the receipt's signature does not match its content: it was altered after it was signed (or forged); nothing was changed, ask the coordinator for a fresh copy"
    )]
    BadSignature,
    #[error("the receipt is signed but invalid: {0}; nothing was changed")]
    Invalid(String),
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

impl From<Framing> for ReceiptError {
    fn from(f: Framing) -> Self {
        match f {
            Framing::Truncated => Self::Truncated,
            // A receipt where a receipt was expected cannot reach here.
            Framing::Foreign | Framing::IsReceipt => Self::NotAReceipt,
            Framing::IsBundle => Self::IsBundle,
            Framing::Version(v) => Self::UnsupportedVersion(v),
            Framing::BadSignature => Self::BadSignature,
        }
    }
}

/// What a receipt states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub format: String,
    pub version: u32,
    pub campaign: CampaignId,
    /// The device it acknowledges (and is encrypted to).
    pub device: DeviceId,
    /// The coordinator's ed25519 public key (base64), the campaign's signing key.
    pub coordinator_key: String,
    pub created_at: String,
    /// The operations the coordinator holds, of every replica the device sent.
    pub held: VersionVector,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReceiptLine {
    receipt: Receipt,
}

fn statement(r: &Receipt, payload_sha256: &str) -> String {
    format!(
        "{DOMAIN}\nformat {} {}\ncampaign {}\ndevice {}\ncoordinator-key {}\nheld {}\npayload-sha256 {payload_sha256}\n",
        r.format,
        r.version,
        r.campaign,
        r.device,
        r.coordinator_key,
        r.held.describe()
    )
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

/// The signed plaintext of a receipt (before encryption to the device).
///
/// # Panics
/// Never in practice: a receipt is plain data that always serializes.
pub fn encode(receipt: &Receipt, key: &ed25519_dalek::SigningKey) -> Vec<u8> {
    let mut plaintext = serde_json::to_vec(&ReceiptLine {
        receipt: receipt.clone(),
    })
    .expect("receipts always serialize");
    plaintext.push(b'\n');
    let trailer = sign_body(&plaintext, key, |h| statement(receipt, h));
    serde_json::to_writer(&mut plaintext, &serde_json::json!({ "trailer": trailer }))
        .expect("trailers always serialize");
    plaintext.push(b'\n');
    plaintext
}

/// Checks a decrypted receipt's signature (by the key it names) and parses it.
pub fn decode(plaintext: &[u8]) -> Result<(Receipt, String), ReceiptError> {
    let first_end = plaintext
        .iter()
        .position(|b| *b == b'\n')
        .ok_or(ReceiptError::Truncated)?;
    check_kind(
        &plaintext[..first_end],
        "receipt",
        FORMAT,
        VERSION..=VERSION,
    )?;
    let (body, trailer, hash) = split_trailer(plaintext)?;
    if body.len() != first_end + 1 {
        return Err(ReceiptError::NotAReceipt);
    }
    let receipt = serde_json::from_slice::<ReceiptLine>(&body[..first_end])
        .map_err(|_| ReceiptError::NotAReceipt)?
        .receipt;
    verify_statement(
        &receipt.coordinator_key,
        &statement(&receipt, &hash),
        &trailer.signature,
    )?;
    check_header_text(&[("its created_at", receipt.created_at.as_str())]).map_err(|e| match e {
        super::bundle::BundleError::Invalid(why) => ReceiptError::Invalid(why),
        _ => ReceiptError::NotAReceipt,
    })?;
    let fp = decode_verifying_key(&receipt.coordinator_key)
        .map(|k| fingerprint(&k))
        .ok_or(ReceiptError::BadSignature)?;
    Ok((receipt, fp))
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

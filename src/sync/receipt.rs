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
    BundleError, VERSION, check_header_text, check_kind, sign_body, split_trailer, verify_statement,
};
use super::envelope;
use super::keys::{decode_verifying_key, encode_verifying_key, fingerprint};
use super::vector::VersionVector;
use crate::model::{Campaign, CampaignId, DeviceId, format_time, now};
use crate::vault::{KnownDevice, Vault};

pub const FORMAT: &str = "fieldsign-receipt";
const DOMAIN: &str = "fieldsign receipt v1";

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
pub fn write(
    vault: &Vault,
    campaign: &Campaign,
    device: &KnownDevice,
) -> Result<(Vec<u8>, Receipt), BundleError> {
    if !vault.coordinates(campaign) {
        return Err(BundleError::NotCoordinator(campaign.id.to_string()));
    }
    let held = vault
        .held_vector()?
        .restricted_to(|r| r == device.device || device.replicas.contains(&r));
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
pub fn decode(plaintext: &[u8]) -> Result<(Receipt, String), BundleError> {
    let first_end = plaintext
        .iter()
        .position(|b| *b == b'\n')
        .ok_or(BundleError::Truncated)?;
    check_kind(&plaintext[..first_end], "receipt", FORMAT)?;
    let (body, trailer, hash) = split_trailer(plaintext)?;
    if body.len() != first_end + 1 {
        return Err(BundleError::NotABundle);
    }
    let receipt = serde_json::from_slice::<ReceiptLine>(&body[..first_end])
        .map_err(|_| BundleError::NotABundle)?
        .receipt;
    verify_statement(
        &receipt.coordinator_key,
        &statement(&receipt, &hash),
        &trailer.signature,
    )?;
    check_header_text(&[("its created_at", receipt.created_at.as_str())])?;
    let fp = decode_verifying_key(&receipt.coordinator_key)
        .map(|k| fingerprint(&k))
        .ok_or(BundleError::BadSignature)?;
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
}

/// Decrypts, verifies and records a receipt from `campaign`'s coordinator.
pub fn import(vault: &Vault, bytes: &[u8]) -> Result<ReceiptReport, BundleError> {
    let plaintext: Zeroizing<Vec<u8>> = super::bundle::open_file(vault, bytes, Vec::new())?;
    let (receipt, _) = decode(&plaintext)?;
    let campaign = vault
        .campaign(receipt.campaign)?
        .ok_or_else(|| BundleError::UnknownCampaign(receipt.campaign.to_string()))?;
    if receipt.coordinator_key != campaign.signing_key {
        return Err(BundleError::NotFromCoordinator(campaign.id.to_string()));
    }
    if receipt.device != vault.device_id() {
        return Err(BundleError::OtherDevice(receipt.device.to_string()));
    }
    let newly_acknowledged = vault.record_acknowledgement(campaign.id, &receipt.held)?;
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
    })
}

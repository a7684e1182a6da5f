//! Receipts as bytes: the coordinator's signed statement of which operations it holds
//! from a device. Encoding and decoding (signature checked) only; writing one from a
//! vault and importing one into a vault is `crate::exchange::receipt`'s job.
//!
//! The plaintext is two JSON lines, signed like a bundle (see docs/bundle-format.md):
//!
//! ```text
//! {"receipt":{"format":"fieldsign-receipt","version":1,"campaign":…,"device":…,"coordinator_key":…,"created_at":…,"held":{…}}}
//! {"trailer":{"payload_sha256":"…","signature":"…"}}
//! ```

use serde::{Deserialize, Serialize};

use super::bundle::{
    Framing, check_header_text, check_kind, sign_body, split_trailer, verify_statement,
};
use super::keys::{decode_verifying_key, fingerprint};
use super::vector::VersionVector;
use crate::model::{CampaignId, DeviceId};

pub const FORMAT: &str = "fieldsign-receipt";
/// Receipts keep version 1: their format did not change when bundles went to version 2
/// (what a receipt may acknowledge is enforced by both ends, see `crate::exchange::receipt`).
pub const VERSION: u32 = 1;
const DOMAIN: &str = "fieldsign receipt v1";

/// The plaintext of a receipt is not one this fieldsign can trust: damaged, of another
/// kind, or signed over something else. Messages never hold values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReceiptDecodeError {
    #[error(
        "this receipt is damaged or truncated (its last line is incomplete); ask the coordinator for a fresh copy"
    )]
    Truncated,
    #[error(
        "this is not a fieldsign receipt; check that you picked the receipt the coordinator wrote"
    )]
    NotAReceipt,
    #[error("this is a bundle, not a receipt: import it as a bundle")]
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
}

impl From<Framing> for ReceiptDecodeError {
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
pub fn decode(plaintext: &[u8]) -> Result<(Receipt, String), ReceiptDecodeError> {
    let first_end = plaintext
        .iter()
        .position(|b| *b == b'\n')
        .ok_or(ReceiptDecodeError::Truncated)?;
    check_kind(
        &plaintext[..first_end],
        "receipt",
        FORMAT,
        VERSION..=VERSION,
    )?;
    let (body, trailer, hash) = split_trailer(plaintext)?;
    if body.len() != first_end + 1 {
        return Err(ReceiptDecodeError::NotAReceipt);
    }
    let receipt = serde_json::from_slice::<ReceiptLine>(&body[..first_end])
        .map_err(|_| ReceiptDecodeError::NotAReceipt)?
        .receipt;
    verify_statement(
        &receipt.coordinator_key,
        &statement(&receipt, &hash),
        &trailer.signature,
    )?;
    check_header_text(&[("its created_at", receipt.created_at.as_str())])
        .map_err(ReceiptDecodeError::Invalid)?;
    let fp = decode_verifying_key(&receipt.coordinator_key)
        .map(|k| fingerprint(&k))
        .ok_or(ReceiptDecodeError::BadSignature)?;
    Ok((receipt, fp))
}

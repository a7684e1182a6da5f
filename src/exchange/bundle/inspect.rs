//! Opening a bundle file and describing it (signer, counts, how this vault knows the
//! device) without changing anything.

use zeroize::Zeroizing;

use super::BundleError;
use crate::sync::bundle::{Header, decode};
use crate::sync::envelope;
use crate::sync::{Op, OpBody};
use crate::vault::{KnownDevice, Vault};

/// How the vault knows the device that signed a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceStatus {
    /// Not seen before: importing would pin its key.
    Unknown,
    Known,
    Revoked,
    /// Known under another key: importing would be refused.
    KeyMismatch {
        pinned: String,
    },
}

/// What [`inspect`] found in a bundle.
pub struct BundleInfo {
    pub header: Header,
    pub fingerprint: String,
    pub device_status: DeviceStatus,
    pub adds: usize,
    pub amends: usize,
    pub voids: usize,
}

/// Decrypts with the vault's identity and `extra` ones, returning the plaintext.
pub fn open_file(
    vault: &Vault,
    bytes: &[u8],
    extra: Vec<Box<dyn age::Identity + Send + Sync>>,
) -> Result<Zeroizing<Vec<u8>>, BundleError> {
    let mut identities: Vec<Box<dyn age::Identity + Send + Sync>> =
        vec![Box::new(vault.age_identity()?)];
    identities.extend(extra);
    Ok(envelope::open(bytes, &identities)?)
}

/// Checks a decrypted bundle (signature, ranges) and describes it; changes nothing.
pub fn inspect(vault: &Vault, plaintext: &[u8]) -> Result<BundleInfo, BundleError> {
    let parsed = decode(plaintext)?;
    let device_status = device_status(
        vault.known_device(parsed.header.device)?.as_ref(),
        &parsed.header,
    );
    let count = |f: fn(&Op) -> bool| parsed.ops.iter().filter(|op| f(op)).count();
    Ok(BundleInfo {
        adds: count(|op| matches!(op.body, OpBody::Add { .. })),
        amends: count(|op| matches!(op.body, OpBody::Amend { .. })),
        voids: count(|op| matches!(op.body, OpBody::Void { .. })),
        fingerprint: parsed.fingerprint,
        device_status,
        header: parsed.header,
    })
}

pub(super) fn device_status(known: Option<&KnownDevice>, header: &Header) -> DeviceStatus {
    match known {
        None => DeviceStatus::Unknown,
        Some(d) if d.revoked.is_some() => DeviceStatus::Revoked,
        Some(d) if d.signing_key != header.signing_key => DeviceStatus::KeyMismatch {
            pinned: d.fingerprint.clone(),
        },
        Some(_) => DeviceStatus::Known,
    }
}

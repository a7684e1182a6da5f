//! Bundles: a device's operations for one campaign, signed by the device and encrypted
//! to the campaign's coordinator recipients. [`export`] makes one, [`import`] merges one
//! (all or nothing), [`inspect`] checks one without changing anything.
//!
//! What goes in (default): every operation of the campaign that this device made and
//! the coordinator has not acknowledged in a receipt, so a lost bundle is simply sent
//! again. With `all`, every operation this device made (except purged ones, whose
//! values are gone). A bundle never carries other devices' operations: the signature
//! is the exporting device's and vouches for its own work only (see [`authority`]).

pub mod authority;
mod format;
mod import;

use zeroize::Zeroizing;

pub use self::format::{FORMAT, Header, Parsed, VERSION, decode};
pub(crate) use self::format::{
    Framing, check_header_text, check_kind, sign_body, split_trailer, verify_statement,
};
pub use self::import::{ImportOptions, ImportReport, ImportStage, import};
use super::envelope::{self, EnvelopeError};
use super::vector::VersionVector;
use super::{Op, OpBody};
use crate::model::{Campaign, format_time, now};
use crate::vault::{KnownDevice, Vault, VaultError};

/// A bundle (or receipt) was refused. Nothing was changed. Messages never hold values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    #[error(
        "this file is damaged or truncated (its last line is incomplete); ask the sender for a fresh copy"
    )]
    Truncated,
    #[error(
        "this is not a fieldsign bundle; check that you picked the file `fieldsign export bundle` wrote"
    )]
    NotABundle,
    #[error("this is a receipt, not a bundle: import it with `fieldsign import receipt FILE`")]
    IsReceipt,
    #[error("this is a bundle, not a receipt: import it with `fieldsign import bundle FILE`")]
    IsBundle,
    #[error(
        "this file has format version {0}, which this fieldsign does not know; update fieldsign"
    )]
    UnsupportedVersion(u64),
    #[error(
        "the signature does not match the content: the file was altered after it was signed (or forged); nothing was imported, ask the sender for a fresh copy over another channel"
    )]
    BadSignature,
    #[error("the bundle is signed but invalid: {0}; nothing was imported")]
    Invalid(String),
    #[error(transparent)]
    Authority(#[from] authority::AuthorityError),
    #[error(
        "this bundle is for campaign {0}, which this vault does not have; import it into the coordinator's vault (or `fieldsign campaign join` that campaign first)"
    )]
    UnknownCampaign(String),
    #[error(
        "this bundle was encrypted to other keys than this campaign's coordinator recipients; it belongs to another campaign or coordinator, nothing was imported"
    )]
    WrongRecipients,
    #[error(
        "device {device} (fingerprint {fingerprint}) is not known here and --require-known-devices is set; nothing was imported (import once without the flag to pin it, after checking the fingerprint with the organizer)"
    )]
    UnknownDevice { device: String, fingerprint: String },
    #[error(
        "device {device} (fingerprint {fingerprint}) was revoked; its bundles are refused (nothing was imported). If the device is safe again, it needs a new vault"
    )]
    Revoked { device: String, fingerprint: String },
    #[error(
        "device {device} was pinned with key {pinned}, but this bundle is signed by key {found}; it may be forged, nothing was imported; check with the organizer in person"
    )]
    KeyMismatch {
        device: String,
        pinned: String,
        found: String,
    },
    #[error(
        "CONFLICT ALARM: device {device} (fingerprint {fingerprint}) sent {count} operation(s) (first: {first}) that differ from ones this vault already holds under the same number; nothing was imported. The device may have been restored from an old backup, or the bundle forged: contact the organizer before importing anything more from it"
    )]
    Conflict {
        device: String,
        fingerprint: String,
        count: usize,
        first: String,
    },
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// What to put in a bundle.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    /// Everything held, not only what the coordinator has not acknowledged.
    pub all: bool,
    /// ASCII armor instead of binary.
    pub armor: bool,
}

/// What an exported bundle holds.
#[derive(Debug, Clone)]
pub struct ExportSummary {
    pub ops: usize,
    pub adds: usize,
    pub amends: usize,
    pub voids: usize,
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
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        campaign: campaign.id,
        device: vault.device_id(),
        device_recipient: vault.recipient()?,
        signing_key: crate::sync::keys::encode_verifying_key(&vault.signing_key().verifying_key()),
        recipients: campaign.recipients.clone(),
        created_at: format_time(now()),
        ranges: ranges.clone(),
        events: events.len(),
        ops: ops.len(),
    };
    let plaintext = format::encode(&header, &events, &ops, &vault.signing_key());
    let sealed = envelope::seal(&plaintext, &campaign.recipients, options.armor)?;
    let count = |f: fn(&OpBody) -> bool| ops.iter().filter(|op| f(&op.body)).count();
    let summary = ExportSummary {
        ops: ops.len(),
        adds: count(|b| matches!(b, OpBody::Add { .. })),
        amends: count(|b| matches!(b, OpBody::Amend { .. })),
        voids: count(|b| matches!(b, OpBody::Void { .. })),
        events: events.len(),
        ranges,
        recipients: campaign.recipients.len(),
        bytes: sealed.len(),
    };
    Ok((sealed, summary))
}

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

fn device_status(known: Option<&KnownDevice>, header: &Header) -> DeviceStatus {
    match known {
        None => DeviceStatus::Unknown,
        Some(d) if d.revoked.is_some() => DeviceStatus::Revoked,
        Some(d) if d.signing_key != header.signing_key => DeviceStatus::KeyMismatch {
            pinned: d.fingerprint.clone(),
        },
        Some(_) => DeviceStatus::Known,
    }
}

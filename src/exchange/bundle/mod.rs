//! Bundles against a vault: [`export`] makes one from this device's operations,
//! [`import`] merges one (all or nothing), [`inspect`] checks one without changing
//! anything. The byte format and the pure authority rules are `crate::sync::bundle`'s;
//! this layer adds what needs an open vault (known devices, held operations, the one
//! durable transaction).
//!
//! What goes in (default): every operation of the campaign that this device made and
//! the coordinator has not acknowledged in a receipt, so a lost bundle is simply sent
//! again. With `all`, every operation this device made (except purged ones, whose
//! values are gone). A bundle never carries other devices' operations: the signature
//! is the exporting device's and vouches for its own work only (see
//! `crate::sync::bundle::authority`).

mod admit;
mod export;
mod import;
mod inspect;

pub use self::export::{ExportOptions, ExportSummary, export, export_to, export_until};
pub use self::import::{
    ImportOptions, ImportReport, ImportStage, ImportSummary, import, import_from, replicas,
};
pub use self::inspect::{BundleInfo, DeviceStatus, Source, inspect, inspect_source, open_file};
use crate::sync::bundle::{AuthorityError, BundleDecodeError};
use crate::sync::envelope::EnvelopeError;
use crate::vault::VaultError;

/// A bundle was refused, or could not be made. Nothing was changed. Messages never hold
/// values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    #[error(transparent)]
    Decode(#[from] BundleDecodeError),
    #[error("the bundle is signed but invalid: {0}; nothing was imported")]
    Invalid(String),
    #[error(transparent)]
    Authority(#[from] AuthorityError),
    #[error(
        "this bundle is for campaign {0}, which this vault does not have; import it into the coordinator's vault (or join that campaign here first)"
    )]
    UnknownCampaign(String),
    #[error(
        "this bundle was encrypted to other keys than this campaign's coordinator recipients; it belongs to another campaign or coordinator, nothing was imported"
    )]
    WrongRecipients,
    #[error(
        "device {device} (fingerprint {fingerprint}) is not known here and only known devices are accepted; nothing was imported (check the fingerprint with the organizer, then import once accepting new devices, which pins it)"
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
    #[error(
        "the file changed while it was being imported (it read differently the second time); nothing was imported. Import it again once nothing is writing to it"
    )]
    Changed,
    #[error("cannot write the bundle: {0}; no bundle was written")]
    Output(#[source] std::io::Error),
    #[error("the export was stopped before it ended (the vault was locked); no bundle was written")]
    Stopped,
    #[error(transparent)]
    Input(#[from] crate::input::InputError),
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl BundleError {
    /// The file is a receipt, not a bundle: the caller may import it as one instead.
    #[must_use]
    pub fn is_receipt(&self) -> bool {
        matches!(self, Self::Decode(BundleDecodeError::IsReceipt))
    }
}

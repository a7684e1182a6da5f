//! Opening a bundle (from memory or a file, as a stream through the age decryptor) and
//! describing it (signer, counts, how this vault knows the device) without changing
//! anything.

use std::io::Read;
use std::path::Path;

use zeroize::Zeroizing;

use super::BundleError;
use crate::input::Limit;
use crate::sync::OpBody;
use crate::sync::bundle::Header;
use crate::sync::bundle::stream::{Item, Refused, Visitor, scan};
use crate::sync::envelope::{self, EnvelopeError};
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

/// Where a bundle's bytes come from. An import reads them twice (to check, then to
/// merge), so a source is something that can be opened again.
#[derive(Clone, Copy)]
pub enum Source<'a> {
    /// Bytes already in memory.
    Bytes(&'a [u8]),
    /// A file, opened for each pass under a size limit checked before reading.
    File { path: &'a Path, limit: Limit },
}

impl<'a> Source<'a> {
    /// Refuses a source that cannot be read twice (a pipe, a device), before opening it.
    pub(super) fn check_rereadable(self) -> Result<(), BundleError> {
        if let Source::File { path, limit } = self {
            crate::input::check_regular(path, limit)?;
        }
        Ok(())
    }

    fn open(self) -> Result<Box<dyn Read + 'a>, BundleError> {
        Ok(match self {
            Source::Bytes(bytes) => Box::new(bytes),
            Source::File { path, limit } => Box::new(crate::input::open_limited(path, limit)?),
        })
    }
}

/// The vault's identity and `extra` ones, to decrypt with.
pub(super) fn identities(
    vault: &Vault,
    extra: Vec<Box<dyn age::Identity + Send + Sync>>,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, BundleError> {
    let mut identities: Vec<Box<dyn age::Identity + Send + Sync>> =
        vec![Box::new(vault.age_identity()?)];
    identities.extend(extra);
    Ok(identities)
}

/// Opens `source` and its age envelope: the plaintext as a stream.
pub(super) fn open_plaintext<'a>(
    source: Source<'a>,
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<envelope::Plaintext<Box<dyn Read + 'a>>, BundleError> {
    Ok(envelope::open_stream(source.open()?, identities)?)
}

/// Why the first pass refused a bundle, as a [`BundleError`].
pub(super) fn refused(r: Refused<BundleError>) -> BundleError {
    match r {
        // The decryptor authenticates every chunk: a read that fails is a damaged or
        // truncated file (or a disk that fails to read, which the same advice covers).
        Refused::Unreadable(_) => BundleError::Envelope(EnvelopeError::Damaged),
        Refused::Decode(e) => BundleError::Decode(e),
        Refused::Check(e) => e,
    }
}

/// Decrypts with the vault's identity and `extra` ones, returning the plaintext.
pub fn open_file(
    vault: &Vault,
    bytes: &[u8],
    extra: Vec<Box<dyn age::Identity + Send + Sync>>,
) -> Result<Zeroizing<Vec<u8>>, BundleError> {
    Ok(envelope::open(bytes, &identities(vault, extra)?)?)
}

/// Checks a decrypted bundle (signature, ranges) and describes it; changes nothing.
pub fn inspect(vault: &Vault, plaintext: &[u8]) -> Result<BundleInfo, BundleError> {
    describe(vault, plaintext)
}

/// Decrypts and checks the bundle in `source` as a stream (its operations are counted,
/// never all kept), and describes it; changes nothing.
pub fn inspect_source(
    vault: &Vault,
    source: Source,
    extra: Vec<Box<dyn age::Identity + Send + Sync>>,
) -> Result<BundleInfo, BundleError> {
    describe(vault, open_plaintext(source, &identities(vault, extra)?)?)
}

fn describe(vault: &Vault, plaintext: impl Read) -> Result<BundleInfo, BundleError> {
    #[derive(Default)]
    struct Count {
        adds: usize,
        amends: usize,
        voids: usize,
    }
    impl Visitor for Count {
        type Error = BundleError;
        fn header(&mut self, _: &Header, _: &str) -> Result<(), BundleError> {
            Ok(())
        }
        fn item(&mut self, item: Item) -> Result<(), BundleError> {
            if let Item::Op(op) = item {
                match op.body {
                    OpBody::Add { .. } => self.adds += 1,
                    OpBody::Amend { .. } => self.amends += 1,
                    OpBody::Void { .. } => self.voids += 1,
                    OpBody::Decide { .. } | OpBody::Undo { .. } => {}
                }
            }
            Ok(())
        }
    }
    let mut count = Count::default();
    let scanned = scan(plaintext, &mut count).map_err(refused)?;
    let device_status = device_status(
        vault.known_device(scanned.header.device)?.as_ref(),
        &scanned.header,
    );
    Ok(BundleInfo {
        adds: count.adds,
        amends: count.amends,
        voids: count.voids,
        fingerprint: scanned.fingerprint,
        device_status,
        header: scanned.header,
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

//! The key file: the vault key and the device's identities, sealed with a passphrase.
//!
//! It is an age file with one scrypt recipient at an explicit work factor (never
//! calibrated by timing, so every vault costs an attacker the same). Inside is a small
//! JSON document. Changing the passphrase rewrites this file alone, atomically: the new
//! file is written beside it, synced, and renamed over it.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::model::DeviceId;

/// The scrypt work factor (log2 N) used unless `--kdf-work-factor` says otherwise.
pub const DEFAULT_WORK_FACTOR: u8 = 18;
/// The lowest work factor accepted at `init`; below 18 is only for tests.
pub const MIN_WORK_FACTOR: u8 = 10;
/// The highest work factor a key file may demand when it is opened (about 16 s, 1 GiB).
pub const MAX_WORK_FACTOR: u8 = 22;
const FORMAT_VERSION: u32 = 1;

/// The key file could not be created, opened or rewritten.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyFileError {
    #[error(
        "wrong passphrase for this vault; try again (the passphrase is case-sensitive). If you are sure it is right, the key file may be damaged: restore key.age from a backup"
    )]
    WrongPassphrase,
    #[error(
        "the key file demands a scrypt work factor of {0}, above the maximum of {MAX_WORK_FACTOR}; it was not made by fieldsign"
    )]
    ExcessiveWork(u8),
    #[error(
        "the vault's key file is damaged or is not a fieldsign key file; restore key.age from a backup"
    )]
    Damaged,
    #[error("could not read or write the key file: {0}")]
    Io(#[from] std::io::Error),
}

/// The secrets a vault is unlocked with. Wiped from memory when dropped.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct KeyMaterial {
    version: u32,
    #[zeroize(skip)]
    pub device_id: DeviceId,
    #[serde(with = "b64")]
    pub vault_key: [u8; 32],
    #[serde(with = "b64")]
    pub signing_key: [u8; 32],
    /// The device's X25519 age identity (`AGE-SECRET-KEY-1…`).
    pub age_identity: String,
}

impl KeyMaterial {
    /// Fresh random keys for a new vault.
    ///
    /// # Panics
    /// When the operating system has no random source.
    pub fn generate() -> Self {
        let mut vault_key = [0u8; 32];
        let mut signing_key = [0u8; 32];
        getrandom::fill(&mut vault_key).expect("the operating system's random source failed");
        getrandom::fill(&mut signing_key).expect("the operating system's random source failed");
        let age_identity = age::x25519::Identity::generate()
            .to_string()
            .expose_secret()
            .to_owned();
        Self {
            version: FORMAT_VERSION,
            device_id: DeviceId::random(),
            vault_key,
            signing_key,
            age_identity,
        }
    }

    pub fn signing_key(&self) -> SigningKey {
        SigningKey::from_bytes(&self.signing_key)
    }

    pub fn age_identity(&self) -> Result<age::x25519::Identity, KeyFileError> {
        self.age_identity.parse().map_err(|_| KeyFileError::Damaged)
    }
}

impl std::fmt::Debug for KeyMaterial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyMaterial({}, <redacted>)", self.device_id)
    }
}

/// Encrypts `keys` to `passphrase` and writes them to `path` atomically, mode 0600.
pub fn write(
    path: &Path,
    keys: &KeyMaterial,
    passphrase: &SecretString,
    work_factor: u8,
) -> Result<(), KeyFileError> {
    let plaintext = Zeroizing::new(serde_json::to_vec(keys).map_err(|_| KeyFileError::Damaged)?);
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| KeyFileError::Damaged)?;
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed)?;
    writer.write_all(&plaintext)?;
    writer.finish()?;
    crate::vault::fsutil::write_atomic(path, &sealed)?;
    Ok(())
}

/// Reads and decrypts the key file at `path`.
pub fn read(path: &Path, passphrase: &SecretString) -> Result<KeyMaterial, KeyFileError> {
    let sealed = fs::read(path)?;
    read_bytes(&sealed, passphrase)
}

/// Decrypts key-file bytes; separate from [`read`] so it can be fuzzed.
pub fn read_bytes(sealed: &[u8], passphrase: &SecretString) -> Result<KeyMaterial, KeyFileError> {
    let decryptor = age::Decryptor::new_buffered(sealed).map_err(|_| KeyFileError::Damaged)?;
    if !decryptor.is_scrypt() {
        return Err(KeyFileError::Damaged);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed => {
                KeyFileError::WrongPassphrase
            }
            age::DecryptError::ExcessiveWork { required, .. } => {
                KeyFileError::ExcessiveWork(required)
            }
            _ => KeyFileError::Damaged,
        })?;
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| KeyFileError::Damaged)?;
    let keys: KeyMaterial =
        serde_json::from_slice(&plaintext).map_err(|_| KeyFileError::Damaged)?;
    if keys.version != FORMAT_VERSION {
        return Err(KeyFileError::Damaged);
    }
    Ok(keys)
}

mod b64 {
    use data_encoding::BASE64;
    use serde::{Deserialize, Deserializer, Serializer};
    use zeroize::Zeroizing;

    pub fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&Zeroizing::new(BASE64.encode(bytes)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let text = Zeroizing::new(String::deserialize(d)?);
        let bytes = Zeroizing::new(
            BASE64
                .decode(text.as_bytes())
                .map_err(serde::de::Error::custom)?,
        );
        bytes
            .as_slice()
            .try_into()
            .map_err(|_| serde::de::Error::custom("expected 32 bytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_wrong_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.age");
        let keys = KeyMaterial::generate();
        write(
            &path,
            &keys,
            &SecretString::from("correct horse".to_owned()),
            10,
        )
        .unwrap();
        let back = read(&path, &SecretString::from("correct horse".to_owned())).unwrap();
        assert_eq!(back.vault_key, keys.vault_key);
        assert_eq!(back.device_id, keys.device_id);
        let wrong = read(&path, &SecretString::from("wrong".to_owned()));
        assert!(
            matches!(wrong, Err(KeyFileError::WrongPassphrase)),
            "{wrong:?}"
        );
        assert!(matches!(
            read_bytes(b"garbage", &SecretString::from("x".to_owned())),
            Err(KeyFileError::Damaged)
        ));
    }
}

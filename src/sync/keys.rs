//! Public keys as they appear in files and on screens: age recipients that bundles are
//! encrypted to, and ed25519 signing keys with their fingerprints.

use std::str::FromStr;

use data_encoding::{BASE64, HEXLOWER};
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha256};

/// A recipient string is neither an `age1…` key nor an `ssh-ed25519` key. The text is
/// not shown: it may be anything typed in the wrong place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "a recipient given is not an age recipient (not shown: it may be a value): give an `age1…` key (age-keygen -y) or an `ssh-ed25519 …` public key"
)]
pub struct RecipientError;

/// Parses one recipient: X25519 (`age1…`) or OpenSSH (`ssh-ed25519 …`, `ssh-rsa …`).
pub fn parse_recipient(text: &str) -> Result<Box<dyn age::Recipient + Send>, RecipientError> {
    let text = text.trim();
    if let Ok(r) = age::x25519::Recipient::from_str(text) {
        return Ok(Box::new(r));
    }
    if let Ok(r) = age::ssh::Recipient::from_str(text) {
        return Ok(Box::new(r));
    }
    Err(RecipientError)
}

/// A short, stable name for a signing key: the first 16 bytes of its SHA-256, in hex.
/// Shown when a device or campaign is first trusted, and accepted by `device revoke`.
pub fn fingerprint(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    HEXLOWER.encode(&digest[..16])
}

/// Encodes a signing key's public half for files.
pub fn encode_verifying_key(key: &VerifyingKey) -> String {
    BASE64.encode(key.as_bytes())
}

/// Decodes a public key written by [`encode_verifying_key`].
pub fn decode_verifying_key(text: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = BASE64.decode(text.as_bytes()).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// Decodes a base64 ed25519 signature.
pub fn decode_signature(text: &str) -> Option<ed25519_dalek::Signature> {
    let bytes: [u8; 64] = BASE64.decode(text.as_bytes()).ok()?.try_into().ok()?;
    Some(ed25519_dalek::Signature::from_bytes(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_recipient_kinds() {
        let x = age::x25519::Identity::generate().to_public().to_string();
        assert!(parse_recipient(&x).is_ok());
        let ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN alice@rust";
        assert!(parse_recipient(ssh).is_ok());
        assert!(parse_recipient("bob").is_err());
    }
}

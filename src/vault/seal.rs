//! Sealing values at rest: XChaCha20-Poly1305 under the vault key, with padding.
//!
//! A sealed value is `version (1 byte) ‖ nonce (24) ‖ ciphertext`. The associated data
//! binds the format version, the tree and the key the value is stored under, so a
//! ciphertext moved to another key or tree fails to open. The plaintext is
//! `length (u32 LE) ‖ data ‖ zero padding` up to a bucket size, so the stored length
//! says little about how long a name is.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

const SEAL_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
/// The smallest bucket: every value up to 60 bytes looks the same.
const MIN_BUCKET: usize = 64;
/// Up to [`MAX_STEP_BUCKET`], buckets are multiples of this: a signature (an `add` op
/// of about 100–200 bytes) then reveals its length only to within 32 bytes, i.e. not
/// how long the name is, only roughly how much was typed in all fields together
/// (docs/threat-model.md). Coarser buckets cost every signature up to twice its size.
const STEP: usize = 32;
const MAX_STEP_BUCKET: usize = 1024;
/// From [`MAX_STEP_BUCKET`] to here buckets double; above, they grow in steps of this.
const MAX_POW2_BUCKET: usize = 4096;

/// A sealed value could not be opened: damaged, moved, or sealed under another key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a stored value failed its integrity check")]
pub struct OpenError;

/// Seals and opens values under one vault key. The key is wiped when this is dropped.
pub struct Sealer {
    cipher: XChaCha20Poly1305,
}

impl Sealer {
    pub fn new(key: &[u8; 32]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(Key::from_slice(key)),
        }
    }

    /// Seals `plaintext` for storage at `key` in `tree`.
    ///
    /// # Panics
    /// When the operating system has no random source for the nonce.
    pub fn seal(&self, tree: &str, key: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let padded = pad(plaintext);
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).expect("the operating system's random source failed");
        let aad = aad(tree, key);
        let ciphertext = self
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &padded,
                    aad: &aad,
                },
            )
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(SEAL_VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Opens a value sealed by [`Sealer::seal`] for the same `tree` and `key`.
    pub fn open(
        &self,
        tree: &str,
        key: &[u8],
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, OpenError> {
        if sealed.len() < 1 + NONCE_LEN || sealed[0] != SEAL_VERSION {
            return Err(OpenError);
        }
        let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
        let aad = aad(tree, key);
        let padded = Zeroizing::new(
            self.cipher
                .decrypt(
                    XNonce::from_slice(nonce),
                    Payload {
                        msg: ciphertext,
                        aad: &aad,
                    },
                )
                .map_err(|_| OpenError)?,
        );
        unpad(&padded)
            .map(|data| Zeroizing::new(data.to_vec()))
            .ok_or(OpenError)
    }
}

fn aad(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(32 + tree.len() + key.len());
    aad.extend_from_slice(b"fieldsign-vault-v1");
    aad.push(SEAL_VERSION);
    for part in [tree.as_bytes(), key] {
        aad.extend_from_slice(&u32::try_from(part.len()).unwrap_or(u32::MAX).to_le_bytes());
        aad.extend_from_slice(part);
    }
    aad
}

/// The padded size for `len` bytes of data (plus the 4-byte length prefix).
pub fn bucket(len: usize) -> usize {
    let needed = len + 4;
    if needed <= MAX_STEP_BUCKET {
        (needed.div_ceil(STEP) * STEP).max(MIN_BUCKET)
    } else if needed <= MAX_POW2_BUCKET {
        needed.next_power_of_two().max(MIN_BUCKET)
    } else {
        needed.div_ceil(MAX_POW2_BUCKET) * MAX_POW2_BUCKET
    }
}

fn pad(data: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(bucket(data.len())));
    out.extend_from_slice(
        &u32::try_from(data.len())
            .expect("values are far below 4 GiB")
            .to_le_bytes(),
    );
    out.extend_from_slice(data);
    out.resize(bucket(data.len()), 0);
    out
}

fn unpad(padded: &[u8]) -> Option<&[u8]> {
    let len = u32::from_le_bytes(padded.get(..4)?.try_into().ok()?) as usize;
    padded.get(4..4 + len)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn seal_open_round_trip(data in prop::collection::vec(any::<u8>(), 0..10_000), key in prop::collection::vec(any::<u8>(), 0..40)) {
            let sealer = Sealer::new(&[9; 32]);
            let boxed = sealer.seal("records", &key, &data);
            prop_assert_eq!(&sealer.open("records", &key, &boxed).unwrap()[..], &data[..]);
            prop_assert_eq!(boxed.len(), 1 + NONCE_LEN + bucket(data.len()) + 16);
        }

        #[test]
        fn padding_hides_short_lengths(a in 0usize..60, b in 0usize..60) {
            prop_assert_eq!(bucket(a), bucket(b));
        }
    }

    #[test]
    fn binds_tree_key_and_vault_key() {
        let vault_key = Sealer::new(&[1; 32]);
        let sealed = vault_key.seal("records", b"k1", b"Olena");
        assert!(vault_key.open("records", b"k2", &sealed).is_err());
        assert!(vault_key.open("ops", b"k1", &sealed).is_err());
        assert!(
            Sealer::new(&[2; 32])
                .open("records", b"k1", &sealed)
                .is_err()
        );
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(vault_key.open("records", b"k1", &flipped).is_err());
    }

    #[test]
    fn bucket_edges() {
        assert_eq!(bucket(0), MIN_BUCKET);
        assert_eq!(bucket(MIN_BUCKET - 4), MIN_BUCKET);
        assert_eq!(bucket(MIN_BUCKET - 3), MIN_BUCKET + STEP);
        assert_eq!(bucket(MAX_STEP_BUCKET - 4), MAX_STEP_BUCKET);
        assert_eq!(bucket(MAX_STEP_BUCKET - 3), 2 * MAX_STEP_BUCKET);
        assert_eq!(bucket(MAX_POW2_BUCKET - 4), MAX_POW2_BUCKET);
        assert_eq!(bucket(MAX_POW2_BUCKET - 3), 2 * MAX_POW2_BUCKET);
        assert_eq!(bucket(3 * MAX_POW2_BUCKET), 4 * MAX_POW2_BUCKET);
    }

    #[test]
    fn refuses_truncated_versioned_and_empty_input() {
        let sealer = Sealer::new(&[3; 32]);
        let boxed = sealer.seal("ops", b"k", "Σωκράτης".as_bytes());
        for len in 0..boxed.len() {
            assert!(
                sealer.open("ops", b"k", &boxed[..len]).is_err(),
                "truncated to {len}"
            );
        }
        let mut other_version = boxed.clone();
        other_version[0] = SEAL_VERSION + 1;
        assert!(sealer.open("ops", b"k", &other_version).is_err());
        // Two seals of the same value differ (fresh nonce), and both open.
        let again = sealer.seal("ops", b"k", "Σωκράτης".as_bytes());
        assert_ne!(boxed, again);
        assert_eq!(
            &sealer.open("ops", b"k", &again).unwrap()[..],
            "Σωκράτης".as_bytes()
        );
    }

    proptest! {
        #[test]
        fn buckets_are_monotonic_and_fit(a in 0usize..100_000, b in 0usize..100_000) {
            let (lo, hi) = (a.min(b), a.max(b));
            prop_assert!(bucket(lo) <= bucket(hi));
            prop_assert!(bucket(a) >= a + 4);
            // Padding costs at most double (or one step above 4 KiB).
            prop_assert!(bucket(a) <= (2 * (a + 4)).max(MIN_BUCKET).max(a + 4 + MAX_POW2_BUCKET));
        }

        #[test]
        fn any_flipped_bit_is_detected(data in prop::collection::vec(any::<u8>(), 0..600), at in any::<prop::sample::Index>(), bit in 0u8..8) {
            let sealer = Sealer::new(&[5; 32]);
            let mut boxed = sealer.seal("records", b"key", &data);
            let i = at.index(boxed.len());
            boxed[i] ^= 1 << bit;
            prop_assert!(sealer.open("records", b"key", &boxed).is_err());
        }
    }
}

//! A forensic reader of a vault folder, playing an attacker who holds the files *and*
//! the passphrase (coerced, or guessed): it decrypts `key.age` with the standard age
//! scrypt identity, takes the vault key out of the JSON inside (docs/storage.md), and
//! then looks at every byte of every file in the folder for sealed values
//! (`version (1) ‖ nonce (24) ‖ ciphertext ‖ tag (16)`, `src/vault/seal.rs`).
//!
//! It does not need the associated data. `XChaCha20` is a stream cipher: with the key and
//! a nonce an attacker can `XOR` the ciphertext with the keystream and read the plaintext
//! without checking the tag, so a value whose place in the database (its AAD) is lost
//! — an old copy in one of sled's log segments — is as readable as a live one. So at
//! every offset holding a seal version byte, the scanner takes the next 24 bytes as a
//! nonce, decrypts one block, and when the first four plaintext bytes are a plausible
//! length prefix (seal.rs pads `len (u32 LE) ‖ data`), decrypts that bounded window and
//! searches it for the needles as bytes. A random offset passes that filter about once
//! in 4 000 candidates, so a vault of a few MB is read in well under a second.

#![allow(dead_code)] // each test binary uses a different subset

use std::io::Read;
use std::path::{Path, PathBuf};

use chacha20::XChaCha20;
use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};

/// The seal format versions to look for. A new format version means adding it here.
const SEAL_VERSIONS: [u8; 1] = [1];
const NONCE_LEN: usize = 24;
/// ChaCha20-Poly1305 (RFC 8439 §2.8) uses keystream block 0 for the Poly1305 key and
/// encrypts from block 1 on.
const FIRST_BLOCK: u64 = 64;
/// The largest plaintext length prefix taken as plausible; larger ones are noise.
const MAX_PLAUSIBLE_LEN: u32 = 1 << 20;
/// At most this many plaintext bytes are decrypted at one candidate.
const MAX_WINDOW: usize = 64 << 10;

/// What the attacker gets from `key.age` with the passphrase.
pub struct AttackerKeys {
    pub vault_key: [u8; 32],
}

/// Decrypts `VAULT/key.age` with `passphrase` through the age crate's scrypt identity,
/// as the `age` command-line tool would, and parses the JSON key document.
///
/// # Panics
/// When the key file cannot be read, decrypted or parsed: a test then fails.
pub fn read_keys(vault: &Path, passphrase: &str) -> AttackerKeys {
    let sealed = std::fs::read(vault.join("key.age")).expect("read key.age");
    let decryptor = age::Decryptor::new_buffered(&sealed[..]).expect("key.age is an age file");
    let identity =
        age::scrypt::Identity::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    let mut json = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .expect("the passphrase opens key.age")
        .read_to_end(&mut json)
        .expect("read key.age's plaintext");
    let doc: serde_json::Value = serde_json::from_slice(&json).expect("key.age holds JSON");
    let b64 = doc["vault_key"].as_str().expect("a vault_key field");
    let bytes = data_encoding::BASE64
        .decode(b64.as_bytes())
        .expect("vault_key is base64");
    AttackerKeys {
        vault_key: bytes.try_into().expect("vault_key is 32 bytes"),
    }
}

/// One needle found: where, and whether it was in plain text or in a decrypted value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub needle: String,
    pub file: PathBuf,
    pub offset: usize,
    pub decrypted: bool,
}

/// What a scan saw, for assertions that the scan was not vacuous.
#[derive(Debug, Default)]
pub struct Scan {
    pub files: usize,
    pub bytes: usize,
    /// Offsets that decrypted to a plausible sealed value.
    pub opened: usize,
    pub findings: Vec<Finding>,
}

impl Scan {
    /// The needles found, each once.
    pub fn found(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.findings.iter().map(|f| f.needle.as_str()).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn contains(&self, needle: &str) -> bool {
        self.findings.iter().any(|f| f.needle == needle)
    }
}

/// Scans every byte of every file below `dir` for `needles`, in plain text and in every
/// sealed value `keys` can decrypt.
pub fn scan(dir: &Path, keys: &AttackerKeys, needles: &[String]) -> Scan {
    let mut out = Scan::default();
    for file in files_below(dir) {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        out.files += 1;
        out.bytes += bytes.len();
        for (needle, offset) in search(&bytes, needles) {
            out.findings.push(Finding {
                needle,
                file: file.clone(),
                offset,
                decrypted: false,
            });
        }
        for offset in 0..bytes.len() {
            if !SEAL_VERSIONS.contains(&bytes[offset]) {
                continue;
            }
            let Some(plain) = open_at(&bytes, offset, &keys.vault_key) else {
                continue;
            };
            out.opened += 1;
            for (needle, _) in search(&plain, needles) {
                out.findings.push(Finding {
                    needle,
                    file: file.clone(),
                    offset,
                    decrypted: true,
                });
            }
        }
    }
    out
}

/// Decrypts the sealed value that would start at `offset`, without its tag, if its
/// length prefix is plausible; returns the bounded plaintext window.
fn open_at(bytes: &[u8], offset: usize, key: &[u8; 32]) -> Option<Vec<u8>> {
    let nonce = bytes.get(offset + 1..offset + 1 + NONCE_LEN)?;
    let body = bytes.get(offset + 1 + NONCE_LEN..)?;
    if body.len() < 4 {
        return None;
    }
    let mut cipher = XChaCha20::new(key.into(), nonce.into());
    cipher.seek(FIRST_BLOCK);
    let mut head = [0u8; 4];
    head.copy_from_slice(&body[..4]);
    cipher.apply_keystream(&mut head);
    let len = u32::from_le_bytes(head);
    if len > MAX_PLAUSIBLE_LEN {
        return None;
    }
    // The value may be cut short (a torn or overwritten copy): read what is there.
    let end = (4 + len as usize).min(body.len()).min(4 + MAX_WINDOW);
    let mut plain = body[4..end].to_vec();
    cipher.apply_keystream(&mut plain);
    Some(plain)
}

/// Every needle that occurs in `haystack`, with the first offset.
fn search(haystack: &[u8], needles: &[String]) -> Vec<(String, usize)> {
    needles
        .iter()
        .filter(|n| !n.is_empty())
        .filter_map(|n| {
            haystack
                .windows(n.len())
                .position(|w| w == n.as_bytes())
                .map(|at| (n.clone(), at))
        })
        .collect()
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

//! An attacker's workbench: a malicious organizer holds their own vault's passphrase, so
//! they can open `key.age` (an age file with a scrypt recipient: `age -d key.age` asks
//! for the passphrase and prints the JSON inside; here the age library does exactly
//! that, since the `age` tool reads passphrases from a terminal only) and get their
//! device's ed25519 signing key. With it, they write bundle plaintexts by hand from the
//! documented format (docs/bundle-format.md), sign them and encrypt them to the
//! campaign's recipients. Nothing here uses fieldsign's own code to build a bundle, so
//! these tests also check that the documentation says how bundles really are made.

#![allow(dead_code)] // each test binary uses a different subset

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use data_encoding::{BASE64, HEXLOWER};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::TestVault;

/// What an organizer finds in their own key file.
pub struct DeviceKeys {
    pub device: String,
    pub signing: SigningKey,
    pub age_identity: String,
}

impl DeviceKeys {
    pub fn signing_key_b64(&self) -> String {
        BASE64.encode(self.signing.verifying_key().as_bytes())
    }
}

/// Opens `key.age` of `t` with its passphrase, as `age -d` would.
pub fn keys_of(t: &TestVault) -> DeviceKeys {
    let passphrase = std::fs::read_to_string(&t.passphrase_file).expect("passphrase");
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.trim().to_owned()));
    identity.set_max_work_factor(22);
    let sealed = std::fs::read(t.vault.join("key.age")).expect("key.age");
    let decryptor = age::Decryptor::new(sealed.as_slice()).expect("an age file");
    let mut plain = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .expect("the passphrase opens it")
        .read_to_end(&mut plain)
        .expect("decrypt");
    let doc: Value = serde_json::from_slice(&plain).expect("json inside");
    let seed: [u8; 32] = BASE64
        .decode(doc["signing_key"].as_str().expect("signing_key").as_bytes())
        .expect("base64")
        .try_into()
        .expect("32 bytes");
    DeviceKeys {
        device: doc["device_id"].as_str().expect("device_id").to_owned(),
        signing: SigningKey::from_bytes(&seed),
        age_identity: doc["age_identity"]
            .as_str()
            .expect("age_identity")
            .to_owned(),
    }
}

/// The lines of a bundle plaintext, to edit before signing again.
pub struct Forge {
    pub header: Value,
    pub events: Vec<Value>,
    pub ops: Vec<Value>,
}

impl Forge {
    /// Decrypts a real bundle with `holder`'s identity (a coordinator, or any
    /// recipient) to start from its lines.
    pub fn open(holder: &TestVault, bundle: &Path) -> Self {
        let identity: age::x25519::Identity = keys_of(holder)
            .age_identity
            .parse()
            .expect("x25519 identity");
        let sealed = std::fs::read(bundle).expect("bundle");
        let decryptor =
            age::Decryptor::new_buffered(age::armor::ArmoredReader::new(sealed.as_slice()))
                .expect("age file");
        let mut plain = Vec::new();
        decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .expect("for this holder")
            .read_to_end(&mut plain)
            .expect("decrypt");
        let mut lines: Vec<Value> = plain
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).expect("json line"))
            .collect();
        lines.pop(); // the trailer
        let header = lines.remove(0)["header"].clone();
        let mut events = Vec::new();
        let mut ops = Vec::new();
        for line in lines {
            if let Some(op) = line.get("op") {
                ops.push(op.clone());
            } else {
                events.push(line["event"].clone());
            }
        }
        Self {
            header,
            events,
            ops,
        }
    }

    /// Signs as `keys` (header `device` and `signing_key` become theirs; ranges and
    /// counts are recomputed from the ops) and encrypts to the header's recipients.
    pub fn seal(&self, keys: &DeviceKeys) -> Vec<u8> {
        let plain = self.plaintext(keys);
        let recipients: Vec<age::x25519::Recipient> = self.header["recipients"]
            .as_array()
            .expect("recipients")
            .iter()
            .map(|r| r.as_str().expect("string").parse().expect("age1 recipient"))
            .collect();
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .expect("recipients");
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out).expect("encrypt");
        w.write_all(&plain).expect("write");
        w.finish().expect("finish");
        out
    }

    /// Writes the sealed bundle to `name` in `t`'s folder; returns its path.
    pub fn write(&self, keys: &DeviceKeys, t: &TestVault, name: &str) -> String {
        let path = t.path(name);
        std::fs::write(&path, self.seal(keys)).expect("write bundle");
        path.to_str().expect("utf-8").to_owned()
    }

    /// The signed plaintext, built as docs/bundle-format.md describes.
    pub fn plaintext(&self, keys: &DeviceKeys) -> Vec<u8> {
        let mut header = self.header.clone();
        header["device"] = json!(keys.device);
        header["signing_key"] = json!(keys.signing_key_b64());
        header["events"] = json!(self.events.len());
        header["ops"] = json!(self.ops.len());
        let ranges = ranges(&self.ops);
        header["ranges"] = Value::Object(
            ranges
                .iter()
                .map(|(replica, list)| (replica.clone(), json!(list)))
                .collect(),
        );
        let mut body = Vec::new();
        let mut push = |v: Value| {
            body.extend_from_slice(serde_json::to_string(&v).expect("json").as_bytes());
            body.push(b'\n');
        };
        push(json!({ "header": header }));
        for e in &self.events {
            push(json!({ "event": e }));
        }
        for op in &self.ops {
            push(json!({ "op": op }));
        }
        let hash = HEXLOWER.encode(&Sha256::digest(&body));
        let version = header["version"].as_u64().expect("version");
        let mut statement = format!(
            "fieldsign bundle v{version}\nformat {} {version}\ncampaign {}\ndevice {}\nsigning-key {}\n",
            header["format"].as_str().expect("format"),
            header["campaign"].as_str().expect("campaign"),
            keys.device,
            keys.signing_key_b64()
        );
        for r in header["recipients"].as_array().expect("recipients") {
            let _ = writeln!(statement, "recipient {}", r.as_str().expect("string"));
        }
        let _ = write!(
            statement,
            "ranges {}\npayload-sha256 {hash}\n",
            describe(&ranges)
        );
        let signature = keys.signing.sign(statement.as_bytes());
        let trailer = json!({ "trailer": {
            "payload_sha256": hash,
            "signature": BASE64.encode(&signature.to_bytes()),
        }});
        body.extend_from_slice(trailer.to_string().as_bytes());
        body.push(b'\n');
        body
    }
}

/// Per replica, the ops' seqs as sorted, merged, non-adjacent `[a, b]` ranges, with
/// the replicas in fieldsign's order (by the id's bytes, not its base32 text).
fn ranges(ops: &[Value]) -> Vec<(String, Vec<[u64; 2]>)> {
    let mut by: std::collections::BTreeMap<Vec<u8>, (String, Vec<u64>)> =
        std::collections::BTreeMap::new();
    for op in ops {
        let replica = op["replica"].as_str().expect("replica").to_owned();
        let key = data_encoding::BASE32_NOPAD
            .decode(replica.to_uppercase().as_bytes())
            .expect("a fieldsign id");
        by.entry(key)
            .or_insert_with(|| (replica, Vec::new()))
            .1
            .push(op["seq"].as_u64().expect("seq"));
    }
    by.into_values()
        .map(|(replica, mut seqs)| {
            seqs.sort_unstable();
            seqs.dedup();
            let mut list: Vec<[u64; 2]> = Vec::new();
            for seq in seqs {
                match list.last_mut() {
                    Some(range) if range[1].checked_add(1) == Some(seq) => range[1] = seq,
                    _ => list.push([seq, seq]),
                }
            }
            (replica, list)
        })
        .collect()
}

/// The statement's `ranges` line: `replica:1-3,5 replica:…`.
fn describe(ranges: &[(String, Vec<[u64; 2]>)]) -> String {
    ranges
        .iter()
        .map(|(replica, list)| {
            let parts: Vec<String> = list
                .iter()
                .map(|[a, b]| {
                    if a == b {
                        a.to_string()
                    } else {
                        format!("{a}-{b}")
                    }
                })
                .collect();
            format!("{replica}:{}", parts.join(","))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fresh random id in fieldsign's format (16 base32 characters, lower case), as an
/// attacker would make one up.
pub fn random_id() -> String {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).expect("random");
    data_encoding::BASE32_NOPAD.encode(&bytes).to_lowercase()
}

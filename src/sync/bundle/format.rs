//! The plaintext inside a bundle: JSON Lines, each line an object with one key naming
//! what it is (see docs/bundle-format.md):
//!
//! ```text
//! {"header":{"format":"fieldsign-bundle","version":1,…}}
//! {"event":{…}}            every event of the campaign
//! {"op":{…}}               the operations, by replica then seq
//! {"trailer":{"payload_sha256":"…","signature":"…"}}
//! ```
//!
//! The trailer signs a statement built from the header and the SHA-256 of every byte
//! before the trailer line, so the signature is checked before any op is even parsed.

use std::fmt::Write as _;
use std::io::Write;

use data_encoding::{BASE64, HEXLOWER};
use ed25519_dalek::{Signer, SigningKey, Verifier};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::BundleDecodeError;
#[cfg(test)]
use super::stream::decode;
use crate::model::{CampaignId, DeviceId, Event};
use crate::sync::Op;
use crate::sync::keys::{decode_signature, decode_verifying_key};
use crate::sync::vector::VersionVector;

pub const FORMAT: &str = "fieldsign-bundle";
/// The version this fieldsign writes. Version 2 bundles carry only the signing device's
/// own operations (no relaying); see docs/bundle-format.md.
pub const VERSION: u32 = 2;
/// The version of a bundle that carries a coordinator's decisions (`decide`, `undo`
/// operations). Only such a bundle is written with it, so every other bundle stays
/// readable by a fieldsign from before decisions, and one that holds decisions is
/// refused there with "update fieldsign" instead of failing on an unknown kind.
pub const VERSION_DECISIONS: u32 = 3;
/// The oldest version still read: a version-1 bundle is accepted only when it, too,
/// carries nothing but its signer's own operations (checked in `authority`).
pub const OLDEST_VERSION: u32 = 1;

/// What the signed-file framing shared by bundles and receipts can find wrong, before
/// knowing which of the two the caller wanted: each kind turns it into its own error
/// (a bad receipt must not be described as a bad bundle).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    /// No final newline, or no trailer line.
    Truncated,
    /// Not this kind of file, nor the other kind.
    Foreign,
    /// A receipt where something else was expected.
    IsReceipt,
    /// A bundle where something else was expected.
    IsBundle,
    /// A version this fieldsign does not read.
    Version(u64),
    /// The hash or the signature does not match.
    BadSignature,
}

impl From<Framing> for BundleDecodeError {
    fn from(f: Framing) -> Self {
        match f {
            Framing::Truncated => Self::Truncated,
            // A bundle where a bundle was expected cannot reach here.
            Framing::Foreign | Framing::IsBundle => Self::NotABundle,
            Framing::IsReceipt => Self::IsReceipt,
            Framing::Version(v) => Self::UnsupportedVersion(v),
            Framing::BadSignature => Self::BadSignature,
        }
    }
}

/// The first line: who sent what, to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub format: String,
    pub version: u32,
    pub campaign: CampaignId,
    /// The exporting device (its vault's device id).
    pub device: DeviceId,
    /// The device's age recipient: receipts are encrypted back to it.
    pub device_recipient: String,
    /// The device's ed25519 public key (base64): the coordinator pins it.
    pub signing_key: String,
    /// The coordinator recipients this bundle was encrypted to.
    pub recipients: Vec<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// The operations inside, per replica.
    pub ranges: VersionVector,
    pub events: usize,
    pub ops: usize,
}

/// The last line.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trailer {
    pub payload_sha256: String,
    pub signature: String,
}

/// One line of the plaintext.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Line {
    Header(Header),
    Event(Event),
    Op(Op),
    Trailer(Trailer),
}

/// A bundle whose signature has been checked and whose lines have been parsed.
pub struct Parsed {
    pub header: Header,
    pub fingerprint: String,
    pub events: Vec<Event>,
    pub ops: Vec<Op>,
}

/// The statement the device signs: names everything a recipient relies on.
pub(super) fn statement(header: &Header, payload_sha256: &str) -> String {
    // The first line names the version, so a signature over one version's statement
    // can never be presented as another's.
    let mut s = format!(
        "fieldsign bundle v{}\nformat {} {}\ncampaign {}\ndevice {}\nsigning-key {}\n",
        header.version,
        header.format,
        header.version,
        header.campaign,
        header.device,
        header.signing_key
    );
    for r in &header.recipients {
        let _ = writeln!(s, "recipient {r}");
    }
    let _ = write!(
        s,
        "ranges {}\npayload-sha256 {payload_sha256}\n",
        header.ranges.describe()
    );
    s
}

/// Writes the plaintext of a bundle and signs it.
#[must_use]
pub fn encode(
    header: &Header,
    events: &[Event],
    ops: &[Op],
    key: &SigningKey,
) -> Zeroizing<Vec<u8>> {
    const MEMORY: &str = "writing a bundle that matches its header into memory cannot fail";
    let mut out = Zeroizing::new(Vec::with_capacity(256 * (ops.len() + events.len() + 4)));
    let mut writer = Writer::new(header, &mut *out).expect(MEMORY);
    for event in events {
        writer.event(event).expect(MEMORY);
    }
    for op in ops {
        writer.op(op).expect(MEMORY);
    }
    writer.finish(key).expect(MEMORY);
    out
}

/// Writes a bundle's plaintext a line at a time, hashing the body as it goes, and signs
/// it at the end: a bundle of any size is written without holding it (the age
/// encryptor it writes into encrypts in 64 KiB chunks). The header comes first, so its
/// ranges and counts must be known before; [`Writer::finish`] refuses to sign if the
/// lines written do not match them.
pub struct Writer<W: Write> {
    out: W,
    header: Header,
    body: Sha256,
    /// One line, serialized before it is hashed and written (wiped when dropped).
    line: Zeroizing<Vec<u8>>,
    events: usize,
    ops: usize,
    ranges: VersionVector,
}

#[derive(Serialize)]
struct OpLine<'a> {
    op: &'a Op,
}

#[derive(Serialize)]
struct EventLine<'a> {
    event: &'a Event,
}

#[derive(Serialize)]
struct HeaderLine<'a> {
    header: &'a Header,
}

impl<W: Write> Writer<W> {
    /// Starts a bundle: writes the header line.
    pub fn new(header: &Header, out: W) -> std::io::Result<Self> {
        let mut writer = Self {
            out,
            header: header.clone(),
            body: Sha256::new(),
            line: Zeroizing::new(Vec::with_capacity(4096)),
            events: 0,
            ops: 0,
            ranges: VersionVector::default(),
        };
        writer.line(&HeaderLine { header })?;
        Ok(writer)
    }

    /// Writes one event line (events come before the operations).
    pub fn event(&mut self, event: &Event) -> std::io::Result<()> {
        self.events += 1;
        self.line(&EventLine { event })
    }

    /// Writes one operation line.
    pub fn op(&mut self, op: &Op) -> std::io::Result<()> {
        self.ops += 1;
        self.ranges.insert(op.replica, op.seq);
        // Serialized through a borrowed wrapper: no clone of the op's values.
        self.line(&OpLine { op })
    }

    fn line(&mut self, line: &impl Serialize) -> std::io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut *self.line, line)?;
        self.line.push(b'\n');
        self.body.update(&self.line[..]);
        self.out.write_all(&self.line)
    }

    /// Signs what was written and writes the trailer; returns the output. Refuses
    /// (`InvalidInput`) when the lines written do not match the header's counts and
    /// ranges: a bundle is never signed over a header that misdescribes it.
    pub fn finish(mut self, key: &SigningKey) -> std::io::Result<W> {
        let h = &self.header;
        if h.events != self.events || h.ops != self.ops || h.ranges != self.ranges {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the bundle's lines do not match its header's counts and ranges",
            ));
        }
        let hash = HEXLOWER.encode(&std::mem::take(&mut self.body).finalize());
        let signature = key.sign(statement(&self.header, &hash).as_bytes());
        let trailer = Trailer {
            payload_sha256: hash,
            signature: BASE64.encode(&signature.to_bytes()),
        };
        self.line(&Line::Trailer(trailer))?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Signs `body` (every byte before the trailer): the statement names its hash.
pub(crate) fn sign_body(
    body: &[u8],
    key: &SigningKey,
    statement: impl Fn(&str) -> String,
) -> Trailer {
    let hash = HEXLOWER.encode(&Sha256::digest(body));
    let signature = key.sign(statement(&hash).as_bytes());
    Trailer {
        payload_sha256: hash,
        signature: BASE64.encode(&signature.to_bytes()),
    }
}

/// Splits a plaintext into body and trailer and checks the trailer's hash against the
/// body. Returns the body's lines (without their newlines) and the trailer.
pub(crate) fn split_trailer(plaintext: &[u8]) -> Result<(&[u8], Trailer, String), Framing> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TrailerLine {
        trailer: Trailer,
    }
    let text = plaintext.strip_suffix(b"\n").ok_or(Framing::Truncated)?;
    let cut = text
        .iter()
        .rposition(|b| *b == b'\n')
        .ok_or(Framing::Truncated)?;
    let (body, last) = (&plaintext[..=cut], &text[cut + 1..]);
    let trailer = serde_json::from_slice::<TrailerLine>(last)
        .map_err(|_| Framing::Truncated)?
        .trailer;
    let hash = HEXLOWER.encode(&Sha256::digest(body));
    if hash != trailer.payload_sha256 {
        return Err(Framing::BadSignature);
    }
    Ok((body, trailer, hash))
}

/// Verifies a signature over a statement with a base64 public key.
pub(crate) fn verify_statement(key: &str, statement: &str, signature: &str) -> Result<(), Framing> {
    let key = decode_verifying_key(key).ok_or(Framing::BadSignature)?;
    let signature = decode_signature(signature).ok_or(Framing::BadSignature)?;
    key.verify(statement.as_bytes(), &signature)
        .map_err(|_| Framing::BadSignature)
}

/// Applies the one free-text rule (`model::text::check_text`) to a header's strings;
/// the refusal (`Err`: why, for the caller's own "invalid" error) names the part,
/// never its text.
pub(crate) fn check_header_text(parts: &[(&str, &str)]) -> Result<(), String> {
    for (part, text) in parts {
        crate::model::text::check_text(text, crate::model::text::Lines::One)
            .map_err(|e| format!("{part} {e}"))?;
    }
    Ok(())
}

/// Reads the format and version of a first line, before trusting anything else in it.
pub(crate) fn check_kind(
    first_line: &[u8],
    wrapper: &str,
    format: &str,
    versions: std::ops::RangeInclusive<u32>,
) -> Result<u32, Framing> {
    let value: serde_json::Value =
        serde_json::from_slice(first_line).map_err(|_| Framing::Foreign)?;
    let inner = value.get(wrapper).ok_or_else(|| {
        if value.get("receipt").is_some() {
            Framing::IsReceipt
        } else if value.get("header").is_some() {
            Framing::IsBundle
        } else {
            Framing::Foreign
        }
    })?;
    if inner.get("format").and_then(serde_json::Value::as_str) != Some(format) {
        return Err(Framing::Foreign);
    }
    let version = inner
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    match u32::try_from(version) {
        Ok(v) if versions.contains(&v) => Ok(v),
        _ => Err(Framing::Version(version)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::keys::encode_verifying_key;

    /// A header signed with a real device key whose free-text fields carry escapes is
    /// refused after the signature check, naming the field, never quoting it.
    #[test]
    fn header_text_with_escapes_is_refused_even_when_signed() {
        type Edit = fn(&mut Header, &str);
        let key = SigningKey::from_bytes(&[9; 32]);
        let good = Header {
            format: FORMAT.into(),
            version: VERSION,
            campaign: CampaignId::random(),
            device: DeviceId::random(),
            device_recipient: age::x25519::Identity::generate().to_public().to_string(),
            signing_key: encode_verifying_key(&key.verifying_key()),
            recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
            created_at: "2026-11-28T10:00:00Z".into(),
            ranges: VersionVector::default(),
            events: 0,
            ops: 0,
        };
        assert!(decode(&encode(&good, &[], &[], &key)).is_ok());
        let evil = "\u{1b}]0;pwned\u{7}\u{1b}[8m\u{202E}";
        let edits: [(&str, Edit); 3] = [
            ("created_at", |h, e| h.created_at = e.into()),
            ("device recipient", |h, e| h.device_recipient = e.into()),
            ("recipient list", |h, e| h.recipients.push(e.into())),
        ];
        for (part, edit) in edits {
            let mut header = good.clone();
            edit(&mut header, evil);
            let Err(BundleDecodeError::Invalid(why)) = decode(&encode(&header, &[], &[], &key))
            else {
                panic!("{part}: accepted");
            };
            assert!(why.contains(part) && !why.contains('\u{1b}'), "{why}");
        }
    }
}

//! The compact binary encoding of operation-log entries (format 2).
//!
//! Why not JSON: an `add` op as JSON repeats every id as 16 base32 characters, every
//! field name in quotes and every number in decimal; with the old 256-byte minimum
//! padding bucket it took about 4 KB of database per signature. This encoding is
//! what a signature needs and nothing else:
//!
//! ```text
//! entry   = 0x02 ‖ kind (1 add, 2 amend, 3 void, 4 purged, 5 decide, 6 undo) ‖ body
//! add     = common ‖ event (10) ‖ sheet ‖ line ‖ line kind (0 signature, 1 illegible) ‖ fields
//! amend   = common ‖ fields
//! void    = common ‖ string
//! decide  = common ‖ decision (10) ‖ verdict (0 different, 1 same ‖ keep (10), 2 verified ‖ keep (10)) ‖
//!           count ‖ record (10)*
//! undo    = common ‖ decision (10)
//! common  = lamport ‖ campaign (10) ‖ record (10) ‖ at (zigzag)
//! purged  = campaign (10) ‖ sha256 (32) ‖ flags ‖ [record (10)] ‖ [lamport]
//! fields  = count ‖ (field key ‖ string)*;  field key = 0 ‖ string, or a code 1.. for a
//!           field of the default schema (name, email, phone, city, country, …)
//! string  = length ‖ UTF-8 bytes;  numbers are LEB128 varints
//! ```
//!
//! The replica and seq are not repeated: they are the entry's key ([`OpKey`]), which
//! the seal's associated data binds. Entries written as JSON by older versions start
//! with `{` and are still read (see [`decode`]); the first byte tells them apart.
//! Kinds 5 and 6 were added after the format was fixed: an older fieldsign reads every
//! entry it wrote itself, and a vault holding decisions needs this one.

use std::collections::BTreeMap;

use super::keys::OpKey;
use super::sync_state::{PurgedOp, StoredOp};
use crate::model::{CampaignId, DecisionId, DecisionKind, EventId, LineKind, RecordId};
use crate::sync::{Op, OpBody};

const FORMAT: u8 = 2;
const ADD: u8 = 1;
const AMEND: u8 = 2;
const VOID: u8 = 3;
const PURGED: u8 = 4;
const DECIDE: u8 = 5;
const UNDO: u8 = 6;
/// Field names with a one-byte code (index + 1). Append only: codes are stored.
const KNOWN_FIELDS: [&str; 10] = [
    "name",
    "email",
    "phone",
    "city",
    "country",
    "postcode",
    "contact_ok",
    "address",
    "region",
    "age",
];

/// Encodes a log entry. The output is plaintext to be sealed (it holds values).
pub fn encode(entry: &StoredOp) -> Vec<u8> {
    match entry {
        StoredOp::Full(op) => encode_op(op),
        StoredOp::Purged { purged } => encode_purged(purged),
    }
}

/// Encodes an operation (as [`encode`] of `StoredOp::Full`, without a copy of it).
pub fn encode_op(op: &Op) -> Vec<u8> {
    let mut out = Vec::with_capacity(160);
    out.push(FORMAT);
    out.push(match op.body {
        OpBody::Add { .. } => ADD,
        OpBody::Amend { .. } => AMEND,
        OpBody::Void { .. } => VOID,
        OpBody::Decide { .. } => DECIDE,
        OpBody::Undo { .. } => UNDO,
    });
    varint(&mut out, op.lamport);
    out.extend_from_slice(op.campaign.as_bytes());
    out.extend_from_slice(op.record.as_bytes());
    varint(&mut out, zigzag(op.at));
    match &op.body {
        OpBody::Add {
            event,
            sheet,
            line,
            line_kind,
            fields,
        } => {
            out.extend_from_slice(event.as_bytes());
            varint(&mut out, u64::from(*sheet));
            varint(&mut out, u64::from(*line));
            out.push(u8::from(*line_kind == LineKind::Illegible));
            encode_fields(&mut out, fields);
        }
        OpBody::Amend { fields } => encode_fields(&mut out, fields),
        OpBody::Void { reason } => string(&mut out, reason),
        OpBody::Decide {
            decision,
            verdict,
            records,
        } => {
            out.extend_from_slice(decision.as_bytes());
            match verdict {
                DecisionKind::Different => out.push(0),
                DecisionKind::Same { keep } => {
                    out.push(1);
                    out.extend_from_slice(keep.as_bytes());
                }
                DecisionKind::Verified { keep } => {
                    out.push(2);
                    out.extend_from_slice(keep.as_bytes());
                }
            }
            varint(&mut out, records.len() as u64);
            for record in records {
                out.extend_from_slice(record.as_bytes());
            }
        }
        OpBody::Undo { decision } => out.extend_from_slice(decision.as_bytes()),
    }
    out
}

fn encode_purged(purged: &PurgedOp) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.push(FORMAT);
    out.push(PURGED);
    out.extend_from_slice(purged.campaign.as_bytes());
    let mut hash = [0u8; 32];
    // op_hash always gives 64 hex digits; anything else is kept as zeros, which
    // can only make a re-sent op look new (a conflict), never lose data.
    if let Ok(bytes) = data_encoding::HEXLOWER.decode(purged.sha256.as_bytes())
        && bytes.len() == 32
    {
        hash.copy_from_slice(&bytes);
    }
    out.extend_from_slice(&hash);
    out.push(u8::from(purged.record.is_some()) | (u8::from(purged.lamport.is_some()) << 1));
    if let Some(record) = purged.record {
        out.extend_from_slice(record.as_bytes());
    }
    if let Some(lamport) = purged.lamport {
        varint(&mut out, lamport);
    }
    out
}

/// Decodes an entry stored under `key`: format 2 as above, or the JSON of older
/// versions. `None` means the bytes are not a valid entry (damage).
pub fn decode(key: OpKey, bytes: &[u8]) -> Option<StoredOp> {
    match bytes.first()? {
        b'{' => serde_json::from_slice(bytes).ok(),
        &FORMAT => {
            let mut r = Reader(&bytes[1..]);
            let entry = decode_body(key, &mut r)?;
            r.0.is_empty().then_some(entry)
        }
        _ => None,
    }
}

fn decode_body(key: OpKey, r: &mut Reader<'_>) -> Option<StoredOp> {
    let kind = r.byte()?;
    if kind == PURGED {
        let campaign = CampaignId::from_slice(r.take(10)?)?;
        let sha256 = data_encoding::HEXLOWER.encode(r.take(32)?);
        let flags = r.byte()?;
        if flags > 3 {
            return None;
        }
        let record = if flags & 1 == 1 {
            Some(RecordId::from_slice(r.take(10)?)?)
        } else {
            None
        };
        let lamport = if flags & 2 == 2 {
            Some(r.varint()?)
        } else {
            None
        };
        return Some(StoredOp::Purged {
            purged: PurgedOp {
                replica: key.replica,
                seq: key.seq,
                campaign,
                sha256,
                record,
                lamport,
            },
        });
    }
    let lamport = r.varint()?;
    let campaign = CampaignId::from_slice(r.take(10)?)?;
    let record = RecordId::from_slice(r.take(10)?)?;
    let at = unzigzag(r.varint()?);
    let body = match kind {
        ADD => {
            let event = EventId::from_slice(r.take(10)?)?;
            let sheet = u32::try_from(r.varint()?).ok()?;
            let line = u32::try_from(r.varint()?).ok()?;
            let line_kind = match r.byte()? {
                0 => LineKind::Signature,
                1 => LineKind::Illegible,
                _ => return None,
            };
            OpBody::Add {
                event,
                sheet,
                line,
                line_kind,
                fields: decode_fields(r)?,
            }
        }
        AMEND => OpBody::Amend {
            fields: decode_fields(r)?,
        },
        VOID => OpBody::Void {
            reason: r.string()?,
        },
        DECIDE => {
            let decision = DecisionId::from_slice(r.take(10)?)?;
            let verdict = match r.byte()? {
                0 => DecisionKind::Different,
                1 => DecisionKind::Same {
                    keep: RecordId::from_slice(r.take(10)?)?,
                },
                2 => DecisionKind::Verified {
                    keep: RecordId::from_slice(r.take(10)?)?,
                },
                _ => return None,
            };
            // Bounded before allocating: a count is only a claim until its bytes are read.
            let count = usize::try_from(r.varint()?).ok()?;
            if count > crate::model::MAX_DECISION_RECORDS {
                return None;
            }
            let records = (0..count)
                .map(|_| RecordId::from_slice(r.take(10)?))
                .collect::<Option<Vec<_>>>()?;
            OpBody::Decide {
                decision,
                verdict,
                records,
            }
        }
        UNDO => OpBody::Undo {
            decision: DecisionId::from_slice(r.take(10)?)?,
        },
        _ => return None,
    };
    Some(StoredOp::Full(Op {
        replica: key.replica,
        seq: key.seq,
        lamport,
        campaign,
        record,
        at,
        body,
    }))
}

fn encode_fields(out: &mut Vec<u8>, fields: &BTreeMap<String, String>) {
    varint(out, fields.len() as u64);
    for (key, value) in fields {
        if let Some(i) = KNOWN_FIELDS.iter().position(|k| k == key) {
            varint(out, i as u64 + 1);
        } else {
            out.push(0);
            string(out, key);
        }
        string(out, value);
    }
}

fn decode_fields(r: &mut Reader<'_>) -> Option<BTreeMap<String, String>> {
    let count = r.varint()?;
    let mut fields = BTreeMap::new();
    for _ in 0..count {
        let key = match r.varint()? {
            0 => r.string()?,
            code => (*KNOWN_FIELDS.get(usize::try_from(code - 1).ok()?)?).to_owned(),
        };
        let value = r.string()?;
        if fields.insert(key, value).is_some() {
            return None; // a key twice is not something we wrote
        }
    }
    Some(fields)
}

// The casts keep the low 7 bits on purpose: that is the encoding.
#[allow(clippy::cast_possible_truncation)]
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn string(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)).cast_unsigned()
}

fn unzigzag(n: u64) -> i64 {
    (n >> 1).cast_signed() ^ -((n & 1).cast_signed())
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn string(&mut self) -> Option<String> {
        let len = usize::try_from(self.varint()?).ok()?;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::DeviceId;

    fn op(body: OpBody, lamport: u64, at: i64) -> Op {
        Op {
            replica: DeviceId::random(),
            seq: 7,
            lamport,
            campaign: CampaignId::random(),
            record: RecordId::random(),
            at,
            body,
        }
    }

    fn round_trip(entry: &StoredOp) -> Option<StoredOp> {
        decode(entry.key(), &encode(entry))
    }

    fn same(a: &StoredOp, b: &StoredOp) -> bool {
        match (a, b) {
            (StoredOp::Full(x), StoredOp::Full(y)) => x == y,
            (StoredOp::Purged { purged: x }, StoredOp::Purged { purged: y }) => x == y,
            _ => false,
        }
    }

    #[test]
    fn an_add_of_five_fields_is_small_and_every_kind_round_trips() {
        let fields = BTreeMap::from([
            ("name".to_owned(), "Σωκράτης Παπαδόπουλος".to_owned()),
            ("email".to_owned(), "signer1@example.org".to_owned()),
            ("city".to_owned(), "Αθήνα".to_owned()),
            ("country".to_owned(), "GR".to_owned()),
            ("team".to_owned(), "North".to_owned()),
        ]);
        let add = StoredOp::Full(op(
            OpBody::Add {
                event: EventId::random(),
                sheet: 12,
                line: 20,
                line_kind: LineKind::Signature,
                fields: fields.clone(),
            },
            100_000,
            1_795_867_200,
        ));
        let bytes = encode(&add);
        assert!(bytes.len() < 150, "{} bytes", bytes.len());
        assert!(same(&round_trip(&add).unwrap(), &add));
        for body in [
            OpBody::Amend { fields },
            OpBody::Void {
                reason: "twice".into(),
            },
            OpBody::Decide {
                decision: DecisionId::random(),
                verdict: DecisionKind::Same {
                    keep: RecordId::random(),
                },
                records: vec![RecordId::random(), RecordId::random()],
            },
            OpBody::Decide {
                decision: DecisionId::random(),
                verdict: DecisionKind::Different,
                records: vec![RecordId::random(); 3],
            },
            OpBody::Decide {
                decision: DecisionId::random(),
                verdict: DecisionKind::Verified {
                    keep: RecordId::random(),
                },
                records: vec![RecordId::random(), RecordId::random()],
            },
            OpBody::Undo {
                decision: DecisionId::random(),
            },
        ] {
            let entry = StoredOp::Full(op(body, u64::MAX, -1));
            assert!(same(&round_trip(&entry).unwrap(), &entry));
        }
        let Some(StoredOp::Full(full)) = round_trip(&add) else {
            panic!()
        };
        let purged = StoredOp::Purged {
            purged: PurgedOp::of(&full),
        };
        assert!(same(&round_trip(&purged).unwrap(), &purged));
    }

    #[test]
    fn json_entries_of_older_versions_still_decode() {
        let entry = StoredOp::Full(op(OpBody::Void { reason: "x".into() }, 3, 5));
        let json = serde_json::to_vec(&entry).unwrap();
        assert!(same(&decode(entry.key(), &json).unwrap(), &entry));
    }

    proptest! {
        #[test]
        fn no_bytes_make_decode_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode(OpKey::new(DeviceId::random(), 1), &bytes);
            let mut with_format = vec![FORMAT];
            with_format.extend_from_slice(&bytes);
            let _ = decode(OpKey::new(DeviceId::random(), 1), &with_format);
        }
    }
}

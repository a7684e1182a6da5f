//! Every storage key layout of the vault, with typed encoders and decoders.
//!
//! Keys are never encrypted, so they hold only random ids, paper positions, sequence
//! numbers and keyed hashes (see docs/storage.md, "Trees and key layout"). Nothing
//! outside this file slices a key at a byte offset: it asks for a typed key here.
//! Which table a key belongs to ([`super::Tree`]) is the store's business; these are
//! the bytes within one table.

use crate::model::{CampaignId, DeviceId, EventId, RecordId};

/// Bytes of every id (80 random bits).
pub const ID: usize = 10;

/// `meta`: the replica clock `{seq, lamport}`.
pub const CLOCK: &[u8] = b"clock";
/// `meta`: present while a bulk import is being written in chunks (see `bulk`).
pub const IMPORT_IN_PROGRESS: &[u8] = b"import-in-progress";
/// `meta`: present once the held vector covers the whole log.
pub const HELD_READY: &[u8] = b"held-ready";
/// `meta`: present once the kept counts ([`tally`]) cover every record.
pub const TALLY_READY: &[u8] = b"tally-ready";
/// `meta`: the language the person chose in the terminal UI (a tag such as `uk`), sealed
/// like every value: a setting, not personal data, but nothing in a vault is in clear.
pub const LANGUAGE: &[u8] = b"language";
const HELD: &[u8] = b"held/";
const TALLY: &[u8] = b"tally/";
const UNDO: &[u8] = b"undo/";
const ACKED: &[u8] = b"acked/";
const AUTHENTIC: &[u8] = b"authentic/";

/// `meta`: `"held/" ‖ replica` → the seqs held from that replica.
pub fn held(replica: DeviceId) -> Vec<u8> {
    [HELD, replica.as_bytes()].concat()
}

/// The prefix under which every [`held`] key sorts.
pub fn held_prefix() -> &'static [u8] {
    HELD
}

/// The replica a [`held`] key names.
pub fn parse_held(key: &[u8]) -> Option<DeviceId> {
    DeviceId::from_slice(key.strip_prefix(HELD)?)
}

/// `meta`: `"undo/" ‖ record` → the record's stored value from before the bulk write
/// in progress (see `bulk`), removed when the write completes or is rolled back.
pub fn undo(record: RecordId) -> Vec<u8> {
    [UNDO, record.as_bytes()].concat()
}

/// The prefix under which every [`undo`] key sorts.
pub fn undo_prefix() -> &'static [u8] {
    UNDO
}

/// The record an [`undo`] key names.
pub fn parse_undo(key: &[u8]) -> Option<RecordId> {
    RecordId::from_slice(key.strip_prefix(UNDO)?)
}

/// `meta`: `"authentic/" ‖ replica` → the seqs received in bundles signed by that
/// replica itself (what a receipt to it may acknowledge).
pub fn authentic(replica: DeviceId) -> Vec<u8> {
    [AUTHENTIC, replica.as_bytes()].concat()
}

/// `meta`: `"acked/" ‖ campaign` → what the campaign's coordinator acknowledged.
pub fn acked(campaign: CampaignId) -> Vec<u8> {
    [ACKED, campaign.as_bytes()].concat()
}

/// `meta`: `"bundle-written/" ‖ campaign` → when this vault last wrote a bundle of it.
pub fn bundle_written(campaign: CampaignId) -> Vec<u8> {
    [b"bundle-written/".as_slice(), campaign.as_bytes()].concat()
}

/// `meta`: `"tally/" ‖ campaign ‖ event` → the kept counts of that event's records;
/// `"tally/" ‖ campaign` alone → those of the campaign's records whose `add` has not
/// arrived (no event yet). Ids only: a count's country or day is inside the sealed
/// value, never in a key (see `vault::tally`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TallyKey {
    pub campaign: CampaignId,
    pub event: Option<EventId>,
}

impl TallyKey {
    pub fn encode(self) -> Vec<u8> {
        let mut out = tally_prefix(self.campaign);
        if let Some(event) = self.event {
            out.extend_from_slice(event.as_bytes());
        }
        out
    }

    pub fn decode(key: &[u8]) -> Option<Self> {
        let rest = key.strip_prefix(TALLY)?;
        let campaign = CampaignId::from_slice(rest.get(..ID)?)?;
        let event = match &rest[ID..] {
            [] => None,
            event => Some(EventId::from_slice(event)?),
        };
        Some(Self { campaign, event })
    }
}

/// Every [`TallyKey`] of `campaign` starts with this.
pub fn tally_prefix(campaign: CampaignId) -> Vec<u8> {
    [TALLY, campaign.as_bytes()].concat()
}

/// Every [`TallyKey`] of every campaign starts with this.
pub fn tallies_prefix() -> &'static [u8] {
    TALLY
}

/// `ops`: replica ‖ seq (big-endian, so one replica's ops sort in seq order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct OpKey {
    pub replica: DeviceId,
    pub seq: u64,
}

impl OpKey {
    pub const LEN: usize = ID + 8;

    pub fn new(replica: DeviceId, seq: u64) -> Self {
        Self { replica, seq }
    }

    pub fn encode(self) -> [u8; Self::LEN] {
        let mut out = [0u8; Self::LEN];
        out[..ID].copy_from_slice(self.replica.as_bytes());
        out[ID..].copy_from_slice(&self.seq.to_be_bytes());
        out
    }

    pub fn decode(key: &[u8]) -> Option<Self> {
        if key.len() != Self::LEN {
            return None;
        }
        let (replica, seq) = key.split_at(ID);
        Some(Self {
            replica: DeviceId::from_slice(replica)?,
            seq: u64::from_be_bytes(seq.try_into().ok()?),
        })
    }
}

/// `records` value of a record whose only operation is its `add`: instead of a sealed
/// copy of the record, `'@' ‖ OpKey` of that add, whose sealed entry *is* the record
/// (folded on read). Sealed values start with their format version (1), never `'@'`.
/// It names no personal data; a pointer changed on disk is caught on read, because
/// the operation it leads to must be the `add` of this very record.
pub fn record_pointer(add: OpKey) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + OpKey::LEN);
    out.push(b'@');
    out.extend_from_slice(&add.encode());
    out
}

/// The `add` a `records` value points to, if it is a pointer.
pub fn parse_record_pointer(value: &[u8]) -> Option<OpKey> {
    OpKey::decode(value.strip_prefix(b"@")?)
}

/// `by_event`: campaign ‖ event ‖ sheet ‖ line ‖ record (numbers big-endian), so a
/// prefix scan yields records in paper order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaperKey {
    pub campaign: CampaignId,
    pub event: EventId,
    pub sheet: u32,
    pub line: u32,
    pub record: RecordId,
}

impl PaperKey {
    pub const LEN: usize = 3 * ID + 8;

    pub fn encode(&self) -> Vec<u8> {
        let mut out = sheet_prefix(self.campaign, self.event, self.sheet);
        out.extend_from_slice(&self.line.to_be_bytes());
        out.extend_from_slice(self.record.as_bytes());
        out
    }

    pub fn decode(key: &[u8]) -> Option<Self> {
        if key.len() != Self::LEN {
            return None;
        }
        let number = |at: usize| key.get(at..at + 4)?.try_into().ok().map(u32::from_be_bytes);
        Some(Self {
            campaign: CampaignId::from_slice(&key[..ID])?,
            event: EventId::from_slice(&key[ID..2 * ID])?,
            sheet: number(2 * ID)?,
            line: number(2 * ID + 4)?,
            record: RecordId::from_slice(&key[2 * ID + 8..])?,
        })
    }
}

/// Every [`PaperKey`] of a campaign starts with this.
pub fn campaign_prefix(campaign: CampaignId) -> Vec<u8> {
    campaign.as_bytes().to_vec()
}

/// Every [`PaperKey`] of an event starts with this.
pub fn event_prefix(campaign: CampaignId, event: EventId) -> Vec<u8> {
    [campaign.as_bytes().as_slice(), event.as_bytes()].concat()
}

/// Every [`PaperKey`] of one sheet of an event starts with this.
pub fn sheet_prefix(campaign: CampaignId, event: EventId, sheet: u32) -> Vec<u8> {
    let mut out = event_prefix(campaign, event);
    out.extend_from_slice(&sheet.to_be_bytes());
    out
}

/// Every [`PaperKey`] of one paper line starts with this.
pub fn line_prefix(campaign: CampaignId, event: EventId, sheet: u32, line: u32) -> Vec<u8> {
    let mut out = sheet_prefix(campaign, event, sheet);
    out.extend_from_slice(&line.to_be_bytes());
    out
}

/// Bytes of a likely-duplicate probe (a keyed hash).
pub const PROBE: usize = 16;

/// `dupes`: keyed hash of folded name and contact ‖ record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DupeKey {
    pub probe: [u8; PROBE],
    pub record: RecordId,
}

impl DupeKey {
    pub fn encode(&self) -> Vec<u8> {
        [self.probe.as_slice(), self.record.as_bytes()].concat()
    }

    pub fn decode(key: &[u8]) -> Option<Self> {
        if key.len() != PROBE + ID {
            return None;
        }
        Some(Self {
            probe: key[..PROBE].try_into().ok()?,
            record: RecordId::from_slice(&key[PROBE..])?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_decodes_to_what_was_encoded_and_nothing_else_decodes() {
        let op = OpKey::new(DeviceId::random(), 0x0102_0304_0506_0708);
        assert_eq!(OpKey::decode(&op.encode()), Some(op));
        assert_eq!(OpKey::decode(&op.encode()[1..]), None);
        let paper = PaperKey {
            campaign: CampaignId::random(),
            event: EventId::random(),
            sheet: 7,
            line: u32::MAX,
            record: RecordId::random(),
        };
        let bytes = paper.encode();
        assert_eq!(bytes.len(), PaperKey::LEN);
        assert_eq!(PaperKey::decode(&bytes), Some(paper));
        assert!(bytes.starts_with(&sheet_prefix(paper.campaign, paper.event, 7)));
        assert_eq!(PaperKey::decode(&bytes[..PaperKey::LEN - 1]), None);
        let dupe = DupeKey {
            probe: [9; PROBE],
            record: paper.record,
        };
        assert_eq!(DupeKey::decode(&dupe.encode()), Some(dupe));
        let replica = DeviceId::random();
        assert_eq!(parse_held(&held(replica)), Some(replica));
        assert_eq!(parse_held(&acked(CampaignId::random())), None);
        // Seqs sort numerically within a replica.
        assert!(OpKey::new(replica, 255).encode() < OpKey::new(replica, 256).encode());
    }
}

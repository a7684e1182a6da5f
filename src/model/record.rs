//! A signature record as the fold of its operations: the visible state of one paper line.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{CampaignId, Decisions, DeviceId, EventId, RecordId, UnixTime};

/// Orders concurrent changes: the Lamport clock first, the device id to break ties, so
/// that every replica picks the same winner. The sequence number makes the order total
/// even for operations a faulty device gave the same clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub lamport: u64,
    pub replica: DeviceId,
    pub seq: u64,
}

/// A value with the stamp of the operation that wrote it (last writer wins).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamped<T> {
    pub value: T,
    pub stamp: Stamp,
}

/// The highest sheet number fieldsign accepts, at entry and in bundles. Sheets are
/// numbered by hand; a million of them is far beyond any campaign, and the bound keeps
/// "next sheet" arithmetic and displays far from overflow.
pub const MAX_SHEET: u32 = 1_000_000;
/// The highest line number on a sheet (a paper sheet has tens of lines, not thousands).
pub const MAX_LINE: u32 = 10_000;

/// What a paper line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    #[default]
    Signature,
    /// Crossed out or unreadable on paper: recorded so that the sheet tally reconciles.
    Illegible,
}

/// Where a record comes from on paper and who typed it; set by its `add` operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub event: EventId,
    pub sheet: u32,
    pub line: u32,
    pub kind: LineKind,
    pub entered_at: UnixTime,
    pub entered_by: DeviceId,
    pub stamp: Stamp,
}

/// A record's status as shown in lists and JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Valid,
    Illegible,
    Void,
    /// A signature delivered to the coordinator (a receipt acknowledged it) and its
    /// values removed from this vault by `purge`: it still counts, but holds no
    /// personal data here. Illegible and void lines keep their status when purged.
    Purged,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Illegible => "illegible",
            Self::Void => "void",
            Self::Purged => "purged",
        }
    }
}

/// The folded state of one record. `Debug` shows field keys, never values.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: RecordId,
    pub campaign: CampaignId,
    /// `None` while only amendments of a record have arrived, not its `add`.
    pub origin: Option<Origin>,
    /// The latest value of each field; an empty value means the field was cleared.
    pub fields: BTreeMap<String, Stamped<String>>,
    pub void: Option<Stamped<String>>,
    /// Set by `purge` on a vault that delivered this record: values and void reason are
    /// gone and stay gone (the fold keeps them empty whatever arrives later).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub purged: bool,
    /// The coordinator's decisions that name this record (`model::decision`): a
    /// "same signer" decision keeping another record voids this one, and undoing it
    /// brings it back, which a void cannot.
    #[serde(default, skip_serializing_if = "Decisions::is_empty")]
    pub decisions: Decisions,
}

impl Record {
    pub fn new(id: RecordId, campaign: CampaignId) -> Self {
        Self {
            id,
            campaign,
            origin: None,
            fields: BTreeMap::new(),
            void: None,
            purged: false,
            decisions: Decisions::default(),
        }
    }

    /// Removes every value that could name a signer, keeping where the record is on
    /// paper, who typed it and whether it is void: what counting and tracing need.
    pub fn purge(&mut self) {
        self.purged = true;
        self.fields.clear();
        if let Some(void) = &mut self.void {
            void.value.clear();
        }
    }

    pub fn status(&self) -> Status {
        // A purged illegible or void line stays counted as such: "purged" counts
        // delivered signatures only (see `vault::purge`).
        if self.void.is_some() || self.duplicate_of().is_some() || self.entry_of().is_some() {
            Status::Void
        } else if self
            .origin
            .as_ref()
            .is_some_and(|o| o.kind == LineKind::Illegible)
        {
            Status::Illegible
        } else if self.purged {
            Status::Purged
        } else {
            Status::Valid
        }
    }

    /// The record this one was decided a duplicate of, if a decision in force says so.
    pub fn duplicate_of(&self) -> Option<RecordId> {
        self.decisions.duplicate_of(self.id)
    }

    /// The entry of the same paper line this record is kept as the verification of
    /// (double entry): it does not count, that entry does.
    pub fn entry_of(&self) -> Option<RecordId> {
        self.decisions.entry_of(self.id)
    }

    /// Whether this record counts and a verification keeps it: its paper line was
    /// typed twice and the entries agreed, or someone resolved it against the paper.
    pub fn verified(&self) -> bool {
        self.decisions.verified(self.id) && self.void.is_none() && self.duplicate_of().is_none()
    }

    /// Why the record is void: its void's reason, "duplicate of ID" when a decision
    /// made it a duplicate, or "double entry of ID" when it is kept as the
    /// verification of another entry of its paper line. `None` for a record that
    /// counts.
    pub fn void_reason(&self) -> Option<String> {
        match (&self.void, self.duplicate_of(), self.entry_of()) {
            (Some(void), _, _) => Some(void.value.clone()),
            (None, Some(keep), _) => Some(format!("duplicate of {keep}")),
            (None, None, Some(keep)) => Some(format!("double entry of {keep}")),
            (None, None, None) => None,
        }
    }

    /// The value of `key`, if set and not cleared.
    pub fn value(&self, key: &str) -> Option<&str> {
        self.fields
            .get(key)
            .map(|s| s.value.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The current non-empty values by key.
    pub fn values(&self) -> BTreeMap<String, String> {
        self.fields
            .iter()
            .filter(|(_, v)| !v.value.is_empty())
            .map(|(k, v)| (k.clone(), v.value.clone()))
            .collect()
    }
}

impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Record")
            .field("id", &self.id)
            .field("campaign", &self.campaign)
            .field("origin", &self.origin)
            .field("fields", &self.fields.keys().collect::<Vec<_>>())
            .field("void", &self.void.is_some())
            .field("purged", &self.purged)
            .field("decisions", &self.decisions)
            .finish_non_exhaustive()
    }
}

impl<T> fmt::Debug for Stamped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stamped(<redacted>, {:?})", self.stamp)
    }
}

//! Operations: the append-only log entries from which all record state is derived.
//!
//! `(replica, seq)` names an operation uniquely and forever; merging two logs is the
//! union of their operations, so merging is idempotent and order-independent.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{
    CampaignId, DecisionId, DecisionKind, DeviceId, EventId, LineKind, RecordId, Stamp, UnixTime,
};

/// One change to one record, made by one device.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Op {
    pub replica: DeviceId,
    /// 1, 2, 3, … per replica, without gaps.
    pub seq: u64,
    pub lamport: u64,
    pub campaign: CampaignId,
    pub record: RecordId,
    /// When the change was typed (informational; ordering uses `lamport`).
    pub at: UnixTime,
    #[serde(flatten)]
    pub body: OpBody,
}

/// What an operation does.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum OpBody {
    /// A paper line typed in: where it is on paper and its field values.
    Add {
        event: EventId,
        sheet: u32,
        line: u32,
        #[serde(default)]
        line_kind: LineKind,
        fields: BTreeMap<String, String>,
    },
    /// New values for some fields; an empty value clears the field.
    Amend { fields: BTreeMap<String, String> },
    /// The record no longer counts (a duplicate, a mistake, a withdrawn signature).
    Void { reason: String },
    /// The coordinator's decision about a set of records (`model::decision`). One
    /// operation per record it names, each the same decision, so every record's fold
    /// holds it; `records` is sorted, without repeats, and includes `op.record`.
    Decide {
        decision: DecisionId,
        verdict: DecisionKind,
        records: Vec<RecordId>,
    },
    /// Withdraws a decision (one operation per record it named). Holds whichever
    /// arrives first: an undone decision never comes back.
    Undo { decision: DecisionId },
}

impl OpBody {
    /// A coordinator's decision or its undo: only the campaign's coordinator device
    /// may make these (`sync::bundle::authority`).
    pub fn is_decision(&self) -> bool {
        matches!(self, Self::Decide { .. } | Self::Undo { .. })
    }
}

impl Op {
    pub fn stamp(&self) -> Stamp {
        Stamp {
            lamport: self.lamport,
            replica: self.replica,
            seq: self.seq,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self.body {
            OpBody::Add { .. } => "add",
            OpBody::Amend { .. } => "amend",
            OpBody::Void { .. } => "void",
            OpBody::Decide { .. } => "decide",
            OpBody::Undo { .. } => "undo",
        }
    }
}

impl fmt::Debug for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Field values and reasons may name a signer: never print them.
        write!(
            f,
            "Op({}#{} {} {} lamport={})",
            self.replica,
            self.seq,
            self.kind_name(),
            self.record,
            self.lamport
        )
    }
}

impl fmt::Debug for OpBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Add {
                event, sheet, line, ..
            } => write!(f, "Add({event} sheet {sheet} line {line}, <redacted>)"),
            Self::Amend { fields } => write!(f, "Amend({:?})", fields.keys().collect::<Vec<_>>()),
            Self::Void { .. } => f.write_str("Void(<redacted>)"),
            // Ids only: a decision holds no value.
            Self::Decide {
                decision,
                verdict,
                records,
            } => write!(f, "Decide({decision} {verdict:?} {records:?})"),
            Self::Undo { decision } => write!(f, "Undo({decision})"),
        }
    }
}

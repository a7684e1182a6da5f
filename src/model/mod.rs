//! The domain: campaigns, events, field schemas and signature records. Pure data and
//! validation, no I/O, so every other layer can trust and test it in isolation.

mod campaign;
mod countries;
mod decision;
mod field;
mod ids;
pub mod paper;
mod record;
mod role;
pub mod text;

pub use campaign::{Campaign, Check, Event, FieldError, Goal, TextFieldError, default_fields};
pub use decision::{Decision, DecisionKind, Decisions, MAX_DECISION_RECORDS};
pub use field::{
    FieldKind, FieldSpec, FieldSpecError, MAX_VALUE_BYTES, MAX_VALUE_GRAPHEMES, RoleProblem,
    ValueError, normalize_value,
};
pub use ids::{CampaignId, DecisionId, DeviceId, EventId, IdParseError, RecordId, shown_query};
pub use paper::{ComparedLine, Comparison, PaperLine};
pub use record::{LineKind, MAX_LINE, MAX_SHEET, Origin, Record, Stamp, Stamped, Status};
pub use role::{Role, RoleError, Roles, UnknownRole, check_roles};

/// Seconds since the Unix epoch, UTC. Kept as a plain integer so that stored and
/// exchanged formats do not depend on a date library's serialization.
pub type UnixTime = i64;

/// The current time as [`UnixTime`].
pub fn now() -> UnixTime {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Formats a [`UnixTime`] as RFC 3339 (UTC) for people and for JSON output.
pub fn format_time(t: UnixTime) -> String {
    time::OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|dt| {
            dt.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| t.to_string())
}

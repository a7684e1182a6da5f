//! fieldsign: type paper-petition signatures into an encrypted vault, offline, and hand
//! them to a coordinator as encrypted, signed bundles.
//!
//! Module map, in the order data flows:
//!
//! - [`model`]: campaigns, events, field schemas, validation, records. Pure; no I/O.
//! - [`sync`]: the operation log and its fold into records; version vectors; the byte
//!   formats of campaign files, bundles and receipts. Pure; no vault, no I/O.
//! - [`vault`]: the encrypted store: key file, sealing, sled trees, the durable write path.
//! - [`exchange`]: bundles exported from and imported into a vault; receipts written
//!   and imported.
//! - [`ingest`]: bulk entry from CSV, validated whole before anything is saved.
//! - `input` (private): reading files from outside, size-checked before a byte is read.
//! - [`clock`]: the time the vault and the TUI are handed (fixed in tests).
//! - `plural` (private): English counts ("1 match", "2 matches") and lists for the TUI's
//!   messages.
//! - [`i18n`]: messages in the person's language (Fluent files in `i18n/`), the language
//!   choice, and numbers and dates per language.
//! - [`harden`]: process hardening at start (no core dumps).
//! - [`dedupe`]: likely-duplicate groups for a coordinator's review.
//! - [`report`]: counts per campaign, event, device, country; the delivery CSV.
//! - [`cli`]: the command line (clap); each command calls the library and prints.
//! - [`tui`]: the terminal UI (ratatui); calls the same library as the command line.
//!
//! A typed line travels: CLI or TUI → [`vault::Vault::add`] → validation
//! ([`model::Campaign::check_values`]) → an [`sync::Op`] → fold into the record →
//! sealed op + record + index entries in one flushed sled transaction.
//!
//! The types most callers need are re-exported here, as `age` does: the vault and what
//! goes in and out of it, the domain types, and the exchange's options, reports and
//! errors. The modules stay public as the map (tests and benches reach the codecs and
//! the store through them); the TUI's screens are private to it
//! (`tui::test_support` is what its tests drive). `tests/layering.rs` checks the
//! direction of every use between modules.

pub mod cli;
pub mod clock;
pub mod dedupe;
pub mod exchange;
pub mod explain;
pub mod harden;
pub mod i18n;
pub mod ingest;
mod input;
pub mod model;
mod plural;
pub mod report;
pub mod sync;
pub mod tui;
pub mod vault;

pub use crate::exchange::bundle::{
    BundleError, ExportOptions, ExportSummary, ImportOptions, ImportReport,
};
pub use crate::exchange::receipt::{ReceiptError, ReceiptReport};
pub use crate::ingest::{IngestError, import_csv};
pub use crate::model::{
    Campaign, CampaignId, DeviceId, Event, EventId, FieldKind, FieldSpec, LineKind, Record,
    RecordId, Role,
};
pub use crate::vault::{
    AddError, CampaignDraft, LineError, ListFilter, NewLine, Vault, VaultError,
};

//! Replication, pure: the operation log, its fold into visible records, version
//! vectors, key encodings, the bounds on every number a peer sends, and the byte
//! formats of the signed files that carry data between devices (campaign files, the age
//! envelope, bundles, receipts). Bytes in, values out: nothing here opens a vault or a
//! file, so the vault can build on it and `crate::exchange` above the vault can use both.

pub mod bounds;
pub mod bundle;
pub mod campaign_file;
pub mod envelope;
mod fold;
pub mod keys;
pub mod op;
pub mod receipt;
pub mod vector;

pub use campaign_file::{CampaignFileError, read_campaign_file, write_campaign_file};
pub use fold::{apply, fold};
pub use op::{Op, OpBody};
pub use vector::{RangeSet, VersionVector};

//! Replication: the operation log, its fold into visible records, and the signed files
//! that carry data between devices (campaign files, bundles of operations, receipts).

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

//! Replication: the operation log, its fold into visible records, and the signed files
//! that carry data between devices (campaign files; bundles and receipts build on these).

pub mod campaign_file;
mod fold;
pub mod keys;
mod op;

pub use campaign_file::{CampaignFileError, read_campaign_file, write_campaign_file};
pub use fold::{apply, fold};
pub use op::{Op, OpBody};

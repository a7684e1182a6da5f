//! The exchange layer, above the vault: bundles exported from and imported into a
//! vault, receipts written and imported, and the identity files an import may use.
//! Everything here reads or writes a [`crate::vault::Vault`]; the byte formats it
//! relies on (envelope, bundle and receipt codecs, the authority gate) are the pure
//! `crate::sync` below the vault.

pub mod bundle;
mod identity;
pub mod receipt;

pub use self::identity::{IdentityError, identities_from_file};

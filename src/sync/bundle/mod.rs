//! Bundles as bytes: the signed JSON Lines plaintext a device's operations travel in
//! ([`format`]: encode, and decode with the signature checked before anything is
//! trusted), and who may say what in one ([`authority`]: a pure gate over the header
//! and the operations). No vault and no I/O here: exporting from and importing into a
//! vault is `crate::exchange::bundle`'s job.

pub mod authority;
mod format;
pub mod stream;

pub use self::authority::{Author, AuthorityError, Gate};
pub use self::format::{
    FORMAT, Header, OLDEST_VERSION, Parsed, VERSION, VERSION_DECISIONS, Writer, encode,
};
pub(crate) use self::format::{
    Framing, check_header_text, check_kind, sign_body, split_trailer, verify_statement,
};
pub use self::stream::decode;

/// The plaintext of a bundle is not one this fieldsign can trust: damaged, of another
/// kind, or signed over something else. Messages never hold values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BundleDecodeError {
    #[error(
        "this file is damaged or truncated (its last line is incomplete); ask the sender for a fresh copy"
    )]
    Truncated,
    #[error(
        "this is not a fieldsign bundle; check that you picked the bundle an organizer exported"
    )]
    NotABundle,
    #[error("this is a receipt, not a bundle: import it as a receipt")]
    IsReceipt,
    #[error(
        "this file has format version {0}, which this fieldsign does not know; update fieldsign"
    )]
    UnsupportedVersion(u64),
    #[error(
        "the signature does not match the content: the file was altered after it was signed (or forged); nothing was imported, ask the sender for a fresh copy over another channel"
    )]
    BadSignature,
    #[error("the bundle is signed but invalid: {0}; nothing was imported")]
    Invalid(String),
}

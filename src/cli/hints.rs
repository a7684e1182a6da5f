//! What to type on the command line to do what an error message asks. The library's
//! messages say what is wrong and what to do in words, and never name a flag or a
//! command (the TUI says "how" its own way); [`hint`] adds the command line's "how":
//! the flag or the command, in parentheses after the message.
//!
//! Hints are commands and flags, which read the same in every language, with a word or
//! two of English where a flag alone would not say enough (the messages they follow are
//! English too). The vault's most common refusals have whole command-line messages of
//! their own in `i18n/` (chosen in [`super::describe`]); the hints below for those
//! variants are used only where that message is not (an id the English text can show).

use std::error::Error;

use crate::exchange::bundle::BundleError;
use crate::exchange::receipt::ReceiptError;
use crate::input::InputError;
use crate::model::IdParseError;
use crate::report::xlsx::XlsxExportError;
use crate::sync::bundle::BundleDecodeError;
use crate::sync::envelope::EnvelopeError;
use crate::sync::receipt::ReceiptDecodeError;
use crate::vault::atomic_file::WriteError;
use crate::vault::{DecisionError, VaultError};

/// The command line's way to act on `error`, if it has one.
pub(crate) fn hint(error: &(dyn Error + 'static)) -> Option<String> {
    if let Some(e) = error.downcast_ref::<VaultError>() {
        return vault(e);
    }
    if let Some(e) = error.downcast_ref::<BundleError>() {
        return bundle(e);
    }
    if let Some(e) = error.downcast_ref::<ReceiptError>() {
        return receipt(e);
    }
    if let Some(e) = error.downcast_ref::<BundleDecodeError>() {
        return bundle_decode(e);
    }
    if let Some(e) = error.downcast_ref::<ReceiptDecodeError>() {
        return receipt_decode(e);
    }
    if let Some(e) = error.downcast_ref::<EnvelopeError>() {
        return envelope(e);
    }
    if let Some(WriteError::Exists(_)) = error.downcast_ref::<WriteError>() {
        return Some("--force".into());
    }
    if let Some(InputError::TooLarge { limit, .. }) = error.downcast_ref::<InputError>() {
        return limit
            .raisable
            .then(|| "--max-size SIZE, e.g. --max-size 2G".into());
    }
    if let Some(XlsxExportError::TooManyRows) = error.downcast_ref::<XlsxExportError>() {
        return Some("--sheet-per-event".into());
    }
    if error.downcast_ref::<IdParseError>().is_some() {
        return Some("`fieldsign list`".into());
    }
    None
}

fn vault(error: &VaultError) -> Option<String> {
    Some(match error {
        VaultError::NothingToChange => "give --field KEY=VALUE".into(),
        VaultError::EventNameMissing => "give it with --name".into(),
        VaultError::EventDate => "give --date YYYY-MM-DD, or no --date".into(),
        VaultError::EventExists { id, .. } => format!("to type there: --event {id}"),
        VaultError::UnknownDevice(_) => "`fieldsign device list`".into(),
        VaultError::UnknownCampaign(_) => {
            "`fieldsign campaign list`; `fieldsign campaign join FILE`".into()
        }
        VaultError::UnknownEvent(_) => "`fieldsign event list`; `fieldsign event create`".into(),
        VaultError::AmbiguousCampaign { .. } => "--campaign ID".into(),
        VaultError::AmbiguousEvent { .. } => "--event ID".into(),
        VaultError::Decision(e) => return decision(e),
        _ => return None,
    })
}

fn decision(error: &DecisionError) -> Option<String> {
    Some(match error {
        DecisionError::Size => "`fieldsign dedupe` prints them".into(),
        DecisionError::NotInCampaign(_) => "`fieldsign list`".into(),
        DecisionError::Void(_) => "`fieldsign list --all`".into(),
        DecisionError::NothingToUndo => "`fieldsign dedupe --decided`".into(),
        _ => return None,
    })
}

// `BundleError` and `ReceiptError` hold the codec's and the envelope's errors
// transparently, so those are not separate links of the error chain: look inside.
fn bundle(error: &BundleError) -> Option<String> {
    match error {
        BundleError::Decode(e) => bundle_decode(e),
        BundleError::Envelope(e) => envelope(e),
        BundleError::Vault(e) => vault(e),
        BundleError::UnknownCampaign(_) => Some("`fieldsign campaign join FILE`".into()),
        BundleError::UnknownDevice { .. } => {
            Some("that is: import without --require-known-devices".into())
        }
        _ => None,
    }
}

fn receipt(error: &ReceiptError) -> Option<String> {
    match error {
        ReceiptError::Decode(e) => receipt_decode(e),
        ReceiptError::Envelope(e) => envelope(e),
        ReceiptError::Vault(e) => vault(e),
        _ => None,
    }
}

fn bundle_decode(error: &BundleDecodeError) -> Option<String> {
    match error {
        BundleDecodeError::IsReceipt => Some("`fieldsign import receipt FILE`".into()),
        BundleDecodeError::NotABundle => Some("the file `fieldsign export bundle` wrote".into()),
        _ => None,
    }
}

fn receipt_decode(error: &ReceiptDecodeError) -> Option<String> {
    match error {
        ReceiptDecodeError::IsBundle => Some("`fieldsign import bundle FILE`".into()),
        ReceiptDecodeError::NotAReceipt => Some("the file `fieldsign receipt` wrote".into()),
        _ => None,
    }
}

fn envelope(error: &EnvelopeError) -> Option<String> {
    match error {
        EnvelopeError::CampaignFile => Some("`fieldsign campaign join FILE`".into()),
        EnvelopeError::NotForUs => Some("to open it with another identity: --identity FILE".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_names_what_the_message_leaves_out() {
        let exists = WriteError::Exists("out.csv".into());
        assert!(!exists.to_string().contains("--force"));
        assert_eq!(hint(&exists).as_deref(), Some("--force"));
        let receipt = BundleError::Decode(BundleDecodeError::IsReceipt);
        assert_eq!(
            hint(&receipt).as_deref(),
            Some("`fieldsign import receipt FILE`")
        );
        assert_eq!(hint(&VaultError::CounterExhausted), None);
    }
}

//! What to do *here*, in the TUI, when an error asks for something. The library's
//! messages say what is wrong and what to do in words, never naming a flag or a command
//! (`tests/library_messages.rs`); the command line adds its flags (`cli/hints.rs`), and
//! this adds the TUI's keys. Where the TUI cannot do it, the hint says to quit first:
//! the command line cannot open the vault while the TUI holds it.

use std::error::Error;

use crate::exchange::bundle::BundleError;
use crate::exchange::receipt::ReceiptError;
use crate::i18n::t;
use crate::input::InputError;
use crate::sync::envelope::EnvelopeError;
use crate::vault::VaultError;

/// `error` for the status line or a screen: in the person's language where it is
/// translated, then the TUI's way to act on it, in parentheses, if it has one.
pub fn describe(error: &(dyn Error + 'static)) -> String {
    let text = crate::explain::describe(error);
    match hint(error) {
        Some(hint) => format!("{text} ({hint})"),
        None => text,
    }
}

/// The TUI's way to act on `error`, if it has one.
fn hint(error: &(dyn Error + 'static)) -> Option<String> {
    if let Some(e) = error.downcast_ref::<BundleError>() {
        return bundle(e);
    }
    if let Some(e) = error.downcast_ref::<ReceiptError>() {
        return match e {
            ReceiptError::Envelope(e) => envelope(e),
            ReceiptError::Vault(e) => vault(e),
            _ => None,
        };
    }
    if let Some(e) = error.downcast_ref::<EnvelopeError>() {
        return envelope(e);
    }
    if let Some(InputError::TooLarge { limit, .. }) = error.downcast_ref::<InputError>() {
        return limit.raisable.then(|| t!("tui-hint-larger-file"));
    }
    if let Some(e) = error.downcast_ref::<VaultError>() {
        return vault(e);
    }
    None
}

// `BundleError` and `ReceiptError` hold the envelope's and the vault's errors
// transparently, so those are not separate links of the error chain: look inside.
fn bundle(error: &BundleError) -> Option<String> {
    match error {
        BundleError::Envelope(e) => envelope(e),
        BundleError::Vault(e) => vault(e),
        BundleError::UnknownCampaign(_) => Some(t!("tui-hint-join")),
        _ => None,
    }
}

fn envelope(error: &EnvelopeError) -> Option<String> {
    match error {
        EnvelopeError::CampaignFile => Some(t!("tui-hint-join")),
        EnvelopeError::NotForUs => Some(t!("tui-hint-other-identity")),
        _ => None,
    }
}

fn vault(error: &VaultError) -> Option<String> {
    match error {
        VaultError::UnknownCampaign(_) => Some(t!("tui-hint-join")),
        VaultError::EventExists { .. } => Some(t!("tui-hint-event-exists")),
        _ => None,
    }
}

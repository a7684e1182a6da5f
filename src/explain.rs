//! The library's errors in the person's language, for both front ends: the command line
//! (`cli::describe`) and the TUI's status line, so each error is translated once.
//! English keeps the library's own `Display` text (one English text per error); the
//! other languages read `i18n/<language>/fieldsign.ftl`. No message repeats what was
//! typed: a value in the wrong place may be a signer's name.

use crate::i18n::t;
use crate::model::ValueError;

/// The library errors a person meets most (a vault in use, closing, missing or already
/// there, a wrong passphrase, a campaign, event or record that is not found or not
/// unique), in their language. English keeps the library's own message, so there is
/// one English text; the others are in `i18n/`.
pub fn error(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    if crate::i18n::is_english() {
        return None;
    }
    in_any_language(error)
}

/// [`error`]'s texts in English too: `i18n/en` holds the command line's wording (naming
/// its flags), which `cli::describe` prefers to the library's for these errors.
pub fn in_any_language(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    use crate::vault::VaultError;
    use crate::vault::keyfile::KeyFileError;
    let key_file = |e: &KeyFileError| match e {
        KeyFileError::WrongPassphrase => Some(t!("error-wrong-passphrase")),
        _ => None,
    };
    if let Some(e) = error.downcast_ref::<KeyFileError>() {
        return key_file(e);
    }
    if let Some(problem) = error.downcast_ref::<ValueError>() {
        return Some(value_error(problem));
    }
    if let Some(crate::model::FieldError::Value { field, problem }) =
        error.downcast_ref::<crate::model::FieldError>()
    {
        return Some(t!(
            "error-field-value",
            field = field.as_str(),
            problem = value_error(problem)
        ));
    }
    match error.downcast_ref::<VaultError>()? {
        VaultError::InUse(dir) => Some(t!("error-vault-in-use", dir = dir.display().to_string())),
        VaultError::Closing(dir) => {
            Some(t!("error-vault-closing", dir = dir.display().to_string()))
        }
        VaultError::NoVault(dir) => Some(t!("error-no-vault", dir = dir.display().to_string())),
        VaultError::AlreadyExists(dir) => {
            Some(t!("error-already-exists", dir = dir.display().to_string()))
        }
        // The query itself is never repeated here: it may be a value typed in the wrong
        // place (the English message shows it only when it is harmless).
        VaultError::UnknownCampaign(_) => Some(t!("error-unknown-campaign")),
        VaultError::NoCampaigns => Some(t!("error-no-campaigns")),
        VaultError::CampaignNeeded(list) => {
            Some(t!("error-campaign-needed", campaigns = list.as_str()))
        }
        VaultError::AmbiguousCampaign { matches, .. } => {
            Some(t!("error-ambiguous-campaign", matches = matches.as_str()))
        }
        VaultError::UnknownEvent(_) => Some(t!("error-unknown-event")),
        VaultError::AmbiguousEvent { matches, .. } => {
            Some(t!("error-ambiguous-event", matches = matches.as_str()))
        }
        VaultError::UnknownRecord(id) => Some(t!("error-unknown-record", id = id.as_str())),
        VaultError::KeyFile(e) => key_file(e),
        _ => None,
    }
}

/// `error` for a person: in their language where it is translated, else the library's
/// own message.
pub fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    self::error(error).unwrap_or_else(|| error.to_string())
}

/// Why a field's value was refused, in the person's language (the rule, never the
/// value), as "is required" completes "Name".
pub fn value_error(problem: &ValueError) -> String {
    if crate::i18n::is_english() {
        return problem.to_string();
    }
    match problem {
        ValueError::Required => t!("value-required"),
        ValueError::TooLong => t!(
            "value-too-long",
            graphemes = crate::model::MAX_VALUE_GRAPHEMES,
            bytes = crate::model::MAX_VALUE_BYTES
        ),
        ValueError::Control => t!("value-control"),
        ValueError::Bidi => t!("value-bidi"),
        ValueError::Invisible => t!("value-invisible"),
        ValueError::Email => t!("value-email"),
        ValueError::Phone => t!("value-phone"),
        ValueError::Country => t!("value-country"),
        ValueError::Postcode => t!("value-postcode"),
        ValueError::Date => t!("value-date"),
        ValueError::Checkbox => t!("value-checkbox"),
        ValueError::Choice(options) => t!("value-choice", options = options.as_str()),
    }
}

/// "a, b and c" in the person's language.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("list-and", rest = rest.join(", "), last = last.as_str()),
    }
}

/// What writing a receipt did, in the person's language: the one summary that
/// `fieldsign receipt` prints and the TUI's devices screen shows.
pub struct ReceiptWritten<'a> {
    pub file: &'a std::path::Path,
    /// Operations of the device the receipt acknowledges.
    pub acknowledged: u64,
    pub device: &'a crate::vault::KnownDevice,
    pub title: &'a str,
}

impl std::fmt::Display for ReceiptWritten<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "receipt-written",
            file = self.file.display().to_string(),
            count = self.acknowledged,
            device = self.device.device.to_string(),
            fingerprint = self.device.fingerprint.as_str(),
            title = self.title
        ))
    }
}

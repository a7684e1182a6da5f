//! Why [`Vault::add_many`](super::Vault::add_many) saved nothing: some lines break the
//! rules (bad input, each named by its index, to be fixed by whoever typed it), or the
//! vault could not save lines that were fine (a full disk, a damaged store: nothing to
//! fix in the lines). The two are different types so that a storage failure is never
//! reported as "bad rows".

use super::{VaultError, field_errors};
use crate::model::{EventId, FieldError, MAX_LINE, MAX_SHEET};

/// One line breaks a rule. Names the field and the rule, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LineError {
    #[error("sheets go from 1 to {MAX_SHEET} and lines from 1 to {MAX_LINE}; nothing was saved")]
    OutOfRange,
    #[error("the line names no event; nothing was saved")]
    NoEvent,
    #[error("event {0} is not an event of this campaign; nothing was saved")]
    UnknownEvent(EventId),
    #[error("{}", field_errors(.0))]
    Invalid(Vec<FieldError>),
}

impl LineError {
    /// The problem without the closing "nothing was saved", for lists of many lines.
    #[must_use]
    pub fn problem(&self) -> String {
        match self {
            Self::Invalid(errors) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            other => {
                let text = other.to_string();
                text.strip_suffix("; nothing was saved")
                    .map_or(text.clone(), str::to_owned)
            }
        }
    }
}

/// [`Vault::add_many`](super::Vault::add_many) (and `add`) saved nothing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AddError {
    /// These lines (by index in the batch) break the rules; the others were fine.
    #[error("{}", lines_refused(.0))]
    Lines(Vec<(usize, LineError)>),
    /// Every line was fine, but the vault could not save them.
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl AddError {
    /// The field errors when the one line of `add` was refused for its values.
    #[must_use]
    pub fn field_errors(&self) -> Option<&[FieldError]> {
        match self {
            Self::Lines(lines) => match lines.as_slice() {
                [(_, LineError::Invalid(errors))] => Some(errors),
                _ => None,
            },
            Self::Vault(_) => None,
        }
    }
}

fn lines_refused(lines: &[(usize, LineError)]) -> String {
    match lines {
        [(_, one)] => one.to_string(),
        many => format!(
            "{} lines break the rules ({}); nothing was saved",
            many.len(),
            many.iter()
                .map(|(i, e)| format!("line {}: {}", i + 1, e.problem()))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

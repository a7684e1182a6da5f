//! The authority rules of `crate::sync::bundle::authority`, fed from a vault: who
//! typed each record, what the vault already holds from the signer, its clocks.

use super::BundleError;
use crate::model::{Campaign, Event, RecordId};
use crate::sync::Op;
use crate::sync::bounds::Clocks;
use crate::sync::bundle::{Author, Gate, Header};
use crate::vault::{Vault, VaultError};

/// Who typed `record`, according to `vault`.
pub fn author_in(vault: &Vault, record: RecordId) -> Result<Author, VaultError> {
    Ok(match vault.record(record)? {
        None => Author::Absent,
        Some(r) => Author::Typed(r.origin.map(|o| o.entered_by)),
    })
}

/// Runs every check of `sync::bundle::authority` over a decoded bundle for `campaign`, against what
/// `vault` holds. Ok means the bundle may be merged as far as authorship and bounds go.
pub fn admit(
    vault: &Vault,
    campaign: &Campaign,
    header: &Header,
    events: &[Event],
    ops: &[Op],
) -> Result<(), BundleError> {
    let clocks = Clocks {
        lamport: vault.lamport(),
        now: vault.time().now(),
    };
    let coordinator = header.signing_key == campaign.signing_key;
    let mut gate = Gate::new(
        header,
        coordinator,
        &vault.held_from(header.device)?,
        clocks,
    )?;
    for event in events {
        gate.event(event)?;
    }
    for op in ops {
        gate.op(op, author_in(vault, op.record)?)?;
    }
    Ok(())
}

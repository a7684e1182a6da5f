//! What an interactive session needs beyond the command line's reads and writes:
//! unlocking without losing the lock, locking again while keeping it (panic lock), fast
//! key-only counts, and scans that a caller can stop part-way (so that a lock never waits
//! for a long read to finish).
//!
//! Counts here read index keys only and never open a sealed value, so they stay fast with
//! 100k records. Scans open every value they visit and check `stop` between values.

use std::collections::BTreeMap;

use age::secrecy::SecretString;

use super::keyfile::{self, KeyFileError};
use super::keys::{self, PaperKey};
use super::{DirLock, KEY_FILE, PurgedOp, StoredOp, Tree, Vault, VaultError};
use crate::model::{CampaignId, DeviceId, EventId, Record, RecordId};
use crate::sync::Op;

/// An unlock attempt failed. The vault's lock is handed back (when it could be kept) so
/// that the next attempt needs no new lock and no other process can take the vault
/// in between.
pub struct UnlockFailed {
    pub lock: Option<DirLock>,
    pub error: VaultError,
}

impl std::fmt::Debug for UnlockFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "UnlockFailed({})", self.error)
    }
}

impl UnlockFailed {
    /// Whether the passphrase was wrong (as opposed to a damaged or unreadable vault).
    pub fn wrong_passphrase(&self) -> bool {
        matches!(
            self.error,
            VaultError::KeyFile(KeyFileError::WrongPassphrase)
        )
    }
}

/// One entry of a record's history: an operation, or what `purge` left of one.
#[derive(Clone)]
pub enum HistoryEntry {
    Op(Op),
    /// Delivered and purged: the operation was here, its values are gone.
    Purged(PurgedOp),
}

impl HistoryEntry {
    /// Oldest first: by Lamport time, then replica and seq (a stub from before the
    /// Lamport time was kept sorts first, where acknowledged operations belong).
    fn order(&self) -> (u64, DeviceId, u64) {
        match self {
            Self::Op(op) => (op.lamport, op.replica, op.seq),
            Self::Purged(p) => (p.lamport.unwrap_or(0), p.replica, p.seq),
        }
    }
}

impl Vault {
    /// Unlocks with `passphrase`, or hands the lock back with the reason it failed.
    pub fn try_unlock(lock: DirLock, passphrase: &SecretString) -> Result<Vault, UnlockFailed> {
        let keys = match keyfile::read(&lock.dir.join(KEY_FILE), passphrase) {
            Ok(keys) => keys,
            Err(error) => {
                return Err(UnlockFailed {
                    lock: Some(lock),
                    error: error.into(),
                });
            }
        };
        let dir = lock.dir.clone();
        Self::assemble(lock, keys).map_err(|error| UnlockFailed {
            // The lock went down with the failed open; take it again if nobody else has.
            lock: DirLock::acquire_unchecked(&dir).ok(),
            error,
        })
    }

    /// Locks the vault again: the keys and the database handle are dropped (keys are
    /// wiped), but this process keeps the vault's lock, so no other process can open it
    /// before the person unlocks again.
    pub fn into_lock(self) -> DirLock {
        let Self {
            mut closing, lock, ..
        } = self;
        closing.0 = None;
        lock
    }

    /// How many paper lines (records, void ones included) each event of `campaign` has,
    /// from the kept counts (one value per event, see `tally`).
    pub fn line_counts(
        &self,
        campaign: CampaignId,
    ) -> Result<BTreeMap<EventId, usize>, VaultError> {
        Ok(self
            .tally(campaign)?
            .by_event
            .into_iter()
            .map(|(event, t)| {
                (
                    event,
                    usize::try_from(t.counts.total()).unwrap_or(usize::MAX),
                )
            })
            .collect())
    }

    /// How many lines of `sheet` have been typed (void and illegible ones included).
    pub fn sheet_line_count(
        &self,
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
    ) -> Result<usize, VaultError> {
        let prefix = keys::sheet_prefix(campaign, event, sheet);
        let mut count = 0;
        for entry in self.store.scan_prefix(Tree::ByEvent, &prefix) {
            entry?;
            count += 1;
        }
        Ok(count)
    }

    /// The record on the highest line of `sheet`, if any.
    pub fn last_record_on_sheet(
        &self,
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
    ) -> Result<Option<Record>, VaultError> {
        let prefix = keys::sheet_prefix(campaign, event, sheet);
        let Some(entry) = self
            .store
            .scan_prefix(Tree::ByEvent, &prefix)
            .next_back()
            .transpose()?
        else {
            return Ok(None);
        };
        match PaperKey::decode(&entry.0) {
            Some(key) => self.record(key.record),
            None => Ok(None),
        }
    }

    /// Visits the records of `campaign` in paper order, void ones included, until `visit`
    /// returns false. Returns whether the scan reached the end.
    pub fn scan_records(
        &self,
        campaign: CampaignId,
        mut visit: impl FnMut(Record) -> bool,
    ) -> Result<bool, VaultError> {
        for entry in self
            .store
            .scan_prefix(Tree::ByEvent, &keys::campaign_prefix(campaign))
        {
            let (key, _) = entry?;
            let Some(PaperKey { record: id, .. }) = PaperKey::decode(&key) else {
                continue;
            };
            let record = self.record(id)?.ok_or_else(|| VaultError::Damaged {
                what: "index entry",
                key: id.to_string(),
            })?;
            if !visit(record) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Every operation on `record`, oldest first by Lamport clock, purged ones as
    /// [`HistoryEntry::Purged`]. This reads the whole operation log (there is no
    /// per-record index), checking `stop` between entries; `None` means it was stopped.
    pub fn history(
        &self,
        record: RecordId,
        stop: impl Fn() -> bool,
    ) -> Result<Option<Vec<HistoryEntry>>, VaultError> {
        // A stub written before stubs named their record is matched by the record's
        // add, whose place in the log the record's origin keeps.
        let added_by = self
            .record(record)?
            .and_then(|r| r.origin)
            .map(|o| (o.stamp.replica, o.stamp.seq));
        let mut entries = Vec::new();
        let complete = self.scan_log(|entry| {
            match entry {
                StoredOp::Full(op) if op.record == record => entries.push(HistoryEntry::Op(op)),
                StoredOp::Purged { purged }
                    if purged.record == Some(record)
                        || (purged.record.is_none()
                            && added_by == Some((purged.replica, purged.seq))) =>
                {
                    entries.push(HistoryEntry::Purged(purged));
                }
                _ => {}
            }
            Ok(!stop())
        })?;
        if !complete {
            return Ok(None);
        }
        entries.sort_by_key(HistoryEntry::order);
        Ok(Some(entries))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use age::secrecy::SecretString;

    use super::*;
    use crate::model::LineKind;
    use crate::vault::{CampaignDraft, NewLine};

    fn line(event: EventId, sheet: u32, line: u32, name: &str) -> NewLine {
        NewLine {
            event: Some(event),
            sheet,
            line,
            kind: LineKind::Signature,
            fields: BTreeMap::from([("name".to_owned(), name.to_owned())]),
        }
    }

    #[test]
    fn keeps_the_lock_through_a_wrong_passphrase_and_a_relock() {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("right one".to_owned());
        let vault = Vault::create(dir.path(), &pass, 10).unwrap();
        let lock = vault.into_lock();
        assert!(matches!(
            DirLock::acquire(dir.path()),
            Err(VaultError::InUse(_))
        ));
        let Err(failed) = Vault::try_unlock(lock, &SecretString::from("wrong".to_owned())) else {
            panic!("a wrong passphrase unlocked the vault");
        };
        assert!(failed.wrong_passphrase());
        let Ok(vault) = Vault::try_unlock(failed.lock.unwrap(), &pass) else {
            panic!("the right passphrase did not unlock");
        };
        assert!(matches!(
            DirLock::acquire(dir.path()),
            Err(VaultError::InUse(_))
        ));
        drop(vault);
        assert!(DirLock::acquire(dir.path()).is_ok());
    }

    #[test]
    fn counts_scans_and_history() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::create(dir.path(), &SecretString::from("p".to_owned()), 10).unwrap();
        let (campaign, _) = vault
            .create_campaign(CampaignDraft {
                title: "T".into(),
                ..CampaignDraft::default()
            })
            .unwrap();
        let a = vault.create_event(&campaign, "A", "", "").unwrap();
        let b = vault.create_event(&campaign, "B", "", "").unwrap();
        vault.add(&campaign, line(a.id, 1, 1, "Олена")).unwrap();
        let second = vault.add(&campaign, line(a.id, 1, 2, "Σωκράτης")).unwrap();
        vault.add(&campaign, line(a.id, 2, 1, "अमित")).unwrap();
        vault.add(&campaign, line(b.id, 1, 1, "Zoë")).unwrap();
        let counts = vault.line_counts(campaign.id).unwrap();
        assert_eq!(counts[&a.id], 3);
        assert_eq!(counts[&b.id], 1);
        assert_eq!(vault.sheet_line_count(campaign.id, a.id, 1).unwrap(), 2);
        assert_eq!(vault.sheet_line_count(campaign.id, a.id, 3).unwrap(), 0);
        let last = vault
            .last_record_on_sheet(campaign.id, a.id, 1)
            .unwrap()
            .unwrap();
        assert_eq!(last.id, second);
        let mut seen = Vec::new();
        assert!(
            !vault
                .scan_records(campaign.id, |r| {
                    seen.push(r.value("name").unwrap_or("").to_owned());
                    seen.len() < 2
                })
                .unwrap()
        );
        // Paper order: events by id, then sheet and line; the scan stopped after two.
        let expected = if a.id < b.id {
            ["Олена", "Σωκράτης"]
        } else {
            ["Zoë", "Олена"]
        };
        assert_eq!(seen, expected);
        vault
            .amend(
                second,
                &BTreeMap::from([("city".to_owned(), "Αθήνα".to_owned())]),
            )
            .unwrap();
        vault.void(second, "double").unwrap();
        let kinds: Vec<&str> = vault
            .history(second, || false)
            .unwrap()
            .unwrap()
            .iter()
            .map(|entry| match entry {
                HistoryEntry::Op(op) => op.kind_name(),
                HistoryEntry::Purged(_) => "purged",
            })
            .collect();
        assert_eq!(kinds, ["add", "amend", "void"]);
        assert!(vault.history(second, || true).unwrap().is_none());
    }

    #[test]
    fn history_after_a_purge_shows_purged_operations_instead_of_calling_the_vault_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::create(dir.path(), &SecretString::from("p".to_owned()), 10).unwrap();
        let (campaign, _) = vault
            .create_campaign(CampaignDraft {
                title: "T".into(),
                ..CampaignDraft::default()
            })
            .unwrap();
        let event = vault.create_event(&campaign, "A", "", "").unwrap();
        let first = vault.add(&campaign, line(event.id, 1, 1, "Олена")).unwrap();
        vault
            .amend(
                first,
                &BTreeMap::from([("name".to_owned(), "Olena".to_owned())]),
            )
            .unwrap();
        // What a receipt from the coordinator does: everything held is acknowledged.
        let held = vault.held_vector().unwrap();
        vault.record_acknowledgement(campaign.id, &held).unwrap();
        let (vault, purged) = vault.purge_acknowledged(None).unwrap();
        assert_eq!(purged.ops, 2);
        let later = vault.add(&campaign, line(event.id, 1, 2, "Zoë")).unwrap();

        let kinds = |id| -> Vec<&'static str> {
            vault
                .history(id, || false)
                .expect("a purged log is not damage")
                .unwrap()
                .iter()
                .map(|entry| match entry {
                    HistoryEntry::Op(op) => op.kind_name(),
                    HistoryEntry::Purged(_) => "purged",
                })
                .collect()
        };
        assert_eq!(kinds(first), ["purged", "purged"]);
        assert_eq!(kinds(later), ["add"]);
    }
}

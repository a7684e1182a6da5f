//! Bulk writes in bounded chunks, still all or nothing: an unfinished import is rolled
//! back when the vault is next opened.
//!
//! Why chunks: sled keeps every page a batch touches, in every version, until the
//! batch is sealed, so one batch of 100 000 signatures cost 2.6 GB of memory and left
//! most of that garbage in its log. Chunks of [`CHUNK`] lines keep memory flat.
//!
//! Why it stays all or nothing: before the first chunk, a sealed *in-progress marker*
//! (`meta` `import-in-progress`) is committed holding the clock and this device's held
//! seqs as they were, and the seqs the import will use. The last chunk removes the
//! marker in the same batch as its own writes. If the process dies (kill, power cut,
//! full disk) in between, the marker is still there on the next open, and
//! [`Vault::roll_back_unfinished_import`] deletes every entry the import's operations
//! wrote (op, record, paper-order and duplicate index entries), restores the clock and
//! the held seqs, and removes the marker last — so a crash during the rollback simply
//! rolls back again. The high-water mark is written only once the import completed, so
//! it never claims the rolled-back seqs. None of the import's operations can have left
//! the vault in between: the importing process held the vault's lock until it died.

use serde::{Deserialize, Serialize};

use super::keys::{self, OpKey};
use super::{Clock, StoredOp, Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, Record, RecordId};
use crate::sync::OpBody;
use crate::sync::vector::RangeSet;

/// Lines per chunk: large enough that per-commit costs vanish, small enough that
/// memory stays flat.
const CHUNK: usize = 2_000;

/// Duplicate-index keys per commit in the last phase (two a line, so as many commits
/// as the chunks before them).
const DUPE_SLICE: usize = 2 * CHUNK;

/// What an unfinished import needs undone.
#[derive(Serialize, Deserialize)]
struct Unfinished {
    clock: Clock,
    held: RangeSet,
    first_seq: u64,
    last_seq: u64,
}

impl Vault {
    /// Saves a local batch: one commit when small, else chunks under a marker.
    pub(super) fn commit_local_chunked(
        &self,
        campaign: CampaignId,
        changes: Vec<(RecordId, OpBody)>,
    ) -> Result<(), VaultError> {
        if changes.len() <= CHUNK {
            return self.commit_local(campaign, changes);
        }
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let before = *clock;
        let count = u64::try_from(changes.len()).unwrap_or(u64::MAX);
        let marker = Unfinished {
            clock: before,
            held: self.held_from(self.device_id())?,
            first_seq: before.seq.saturating_add(1),
            last_seq: before.seq.saturating_add(count),
        };
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, keys::IMPORT_IN_PROGRESS, &marker);
        self.store.commit(&writes)?;
        let mut next = before;
        let mut changes = changes.into_iter().peekable();
        let written = (|| {
            let mut dupes = Vec::new();
            while changes.peek().is_some() {
                let chunk: Vec<_> = changes.by_ref().take(CHUNK).collect();
                let ops = self.local_ops(campaign, chunk, &mut next)?;
                self.write_ops_deferring(&ops, next, WriteSet::default(), Some(&mut dupes))?;
                #[cfg(test)]
                if tests::crash_here() {
                    return Err(VaultError::SimulatedCrash);
                }
            }
            self.write_dupes_in_order(dupes)
        })();
        #[cfg(test)]
        if written.is_err() && tests::CRASHED.get() {
            return written; // the process "died": no rollback until the next open
        }
        if let Err(e) = written {
            // Undo at once, so this process goes on from the state before the import;
            // if even that fails, the next open does it.
            let _ = self.roll_back_with(&mut clock);
            return Err(e);
        }
        *clock = next;
        self.write_mark(next);
        Ok(())
    }

    /// The last phase of a bulk import: its duplicate-index keys, sorted, so that each
    /// commit fills one stretch of the tree; the last commit removes the in-progress
    /// marker. Every key belongs to a record an earlier chunk wrote, which is how a
    /// rollback finds it.
    fn write_dupes_in_order(&self, mut dupes: Vec<Vec<u8>>) -> Result<(), VaultError> {
        dupes.sort_unstable();
        dupes.dedup();
        let mut slices = dupes.chunks(DUPE_SLICE).peekable();
        loop {
            let mut writes = WriteSet::default();
            for key in slices.next().unwrap_or_default() {
                writes.insert(Tree::Dupes, key.clone(), Vec::new());
            }
            if slices.peek().is_none() {
                writes.remove(Tree::Meta, keys::IMPORT_IN_PROGRESS);
                self.store.commit(&writes)?;
                return Ok(());
            }
            self.store.commit(&writes)?;
            #[cfg(test)]
            if tests::crash_here() {
                return Err(VaultError::SimulatedCrash);
            }
        }
    }

    /// Rolls back an import a crash interrupted (see the module comment). Returns
    /// whether there was one.
    pub(super) fn roll_back_unfinished_import(&self) -> Result<bool, VaultError> {
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.roll_back_with(&mut clock)
    }

    fn roll_back_with(&self, clock: &mut Clock) -> Result<bool, VaultError> {
        let Some(unfinished) =
            self.get_sealed::<Unfinished>(Tree::Meta, keys::IMPORT_IN_PROGRESS, "import marker")?
        else {
            return Ok(false);
        };
        let own = self.device_id();
        let mut seq = unfinished.first_seq;
        let mut roles = super::records::RoleCache::default();
        while seq <= unfinished.last_seq {
            let end = seq
                .saturating_add(CHUNK as u64 - 1)
                .min(unfinished.last_seq);
            let mut writes = WriteSet::default();
            for s in seq..=end {
                let Some(StoredOp::Full(op)) = self.stored_op(own, s)? else {
                    continue;
                };
                if let Some(record) = self.record(op.record)? {
                    // An empty record of the same id has no origin and no values, so
                    // this removes its paper-order and duplicate index entries.
                    let gone = Record::new(record.id, record.campaign);
                    let roles = roles.get(self, record.campaign)?;
                    self.update_indexes(&mut writes, roles, Some(&record), &gone);
                }
                writes.remove(Tree::Records, op.record.as_bytes());
                writes.remove(Tree::Ops, OpKey::new(own, s).encode());
            }
            self.store.commit(&writes)?;
            if end == u64::MAX {
                break;
            }
            seq = end + 1;
        }
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, keys::CLOCK, &unfinished.clock);
        self.put_sealed(&mut writes, Tree::Meta, &keys::held(own), &unfinished.held);
        writes.remove(Tree::Meta, keys::IMPORT_IN_PROGRESS);
        self.store.commit(&writes)?;
        *clock = unfinished.clock;
        Ok(true)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use std::cell::Cell;
    use std::collections::BTreeMap;

    use age::secrecy::SecretString;

    use super::*;
    use crate::vault::{CampaignDraft, ListFilter, NewLine};

    thread_local! {
        /// Chunks to write before "crashing" (the test's stand-in for a kill).
        static CRASH_AFTER: Cell<Option<usize>> = const { Cell::new(None) };
        pub(super) static CRASHED: Cell<bool> = const { Cell::new(false) };
    }

    pub(super) fn crash_here() -> bool {
        CRASH_AFTER.with(|c| match c.get() {
            Some(0) => {
                CRASHED.set(true);
                true
            }
            Some(n) => {
                c.set(Some(n - 1));
                false
            }
            None => false,
        })
    }

    #[test]
    fn an_import_interrupted_between_chunks_is_rolled_back_on_the_next_open() {
        // 2 × CHUNK + 5 lines (one duplicate-index key each): three chunks of ops, then
        // two slices of index keys. Crash after the first chunk, after the last one
        // (no index key written yet), and after the first slice (the second completes
        // the import).
        for crash_after in [0, 2, 3] {
            interrupted_after(crash_after);
        }
    }

    fn interrupted_after(crash_after: usize) {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("p".to_owned());
        let lines = |event, from: u32, n: u32| -> Vec<NewLine> {
            (from..from + n)
                .map(|i| NewLine {
                    event: Some(event),
                    sheet: 1 + i / 1000,
                    line: 1 + i % 1000,
                    fields: BTreeMap::from([
                        ("name".to_owned(), format!("Олена {i}")),
                        ("email".to_owned(), format!("o{i}@example.org")),
                    ]),
                    ..NewLine::default()
                })
                .collect()
        };
        let (campaign, event, before) = {
            let vault = Vault::create(dir.path(), &pass, 10).unwrap();
            let (campaign, _) = vault
                .create_campaign(CampaignDraft {
                    title: "T".into(),
                    ..CampaignDraft::default()
                })
                .unwrap();
            let event = vault.create_event(&campaign, "A", "", "").unwrap();
            vault.add_many(&campaign, lines(event.id, 0, 3)).unwrap();
            let before = vault.held_vector().unwrap();
            CRASH_AFTER.set(Some(crash_after));
            let n = u32::try_from(CHUNK).unwrap() * 2 + 5;
            let failed = vault.add_many(&campaign, lines(event.id, 3, n));
            assert!(
                matches!(failed, Err(crate::vault::AddError::Vault(_))),
                "a failure to save is the vault's, not a bad line: {failed:?}"
            );
            CRASH_AFTER.set(None);
            CRASHED.set(false);
            (campaign, event, before)
        };
        let vault = Vault::open(dir.path(), &pass).expect("the next open rolls back");
        assert!(vault.conversion_note().unwrap().contains("undone"));
        let all = ListFilter {
            event: None,
            include_void: true,
        };
        assert_eq!(vault.records(campaign.id, all).unwrap().len(), 3);
        assert_eq!(vault.count_records(campaign.id, all).unwrap(), 3);
        assert_eq!(vault.held_vector().unwrap(), before);
        assert!(
            vault
                .likely_duplicates(
                    &campaign,
                    &BTreeMap::from([
                        ("name".to_owned(), "Олена 10".to_owned()),
                        ("email".to_owned(), "o10@example.org".to_owned()),
                    ])
                )
                .unwrap()
                .is_empty(),
            "no index entry of the undone import is left"
        );
        // The same import again succeeds, numbered right after the kept lines.
        let n = u32::try_from(CHUNK).unwrap() + 1;
        vault.add_many(&campaign, lines(event.id, 3, n)).unwrap();
        let held = vault.held_vector().unwrap();
        let own = held.get(vault.device_id()).unwrap();
        assert_eq!(
            own.ranges(),
            [[1, u64::from(n) + 3]],
            "no seq skipped or reused"
        );
        drop(vault);
        let vault = Vault::open(dir.path(), &pass).expect("no false loss alarm");
        assert!(vault.conversion_note().is_none());
        assert_eq!(
            vault.count_records(campaign.id, all).unwrap(),
            3 + n as usize
        );
    }
}

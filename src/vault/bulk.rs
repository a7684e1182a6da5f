//! Bulk writes in bounded chunks, still all or nothing: an unfinished import is rolled
//! back when the vault is next opened. Used by `import csv` (this device's new lines)
//! and `import bundle` (operations from elsewhere).
//!
//! Why chunks: sled keeps every page a batch touches, in every version, until the
//! batch is sealed, so one batch of 100 000 signatures cost 2.6 GB of memory and left
//! most of that garbage in its log. Chunks of [`CHUNK`] operations keep memory flat.
//!
//! Why it stays all or nothing: before the first chunk, a sealed *in-progress marker*
//! (`meta` `import-in-progress`) is committed holding the clock and the held seqs of
//! every replica involved as they were, and the seqs the import writes. The chunks
//! write the ops, records and paper-order keys; a record that existed before the
//! import gets an *undo entry* (`meta` `undo/` ‖ record: its stored value from before)
//! in the batch that first changes it. Then come the duplicate-index keys of the
//! records the import created, sorted; the last of those batches also carries the
//! caller's own writes (events, a device pin) and removes the marker. If the process
//! dies (kill, power cut, full disk) in between, the marker is still there on the next
//! open, and [`Vault::roll_back_unfinished_import`] undoes it in three restartable
//! passes: every record the import's ops touched is restored from its undo entry or,
//! if the import created it, removed, with its index entries; then the ops are
//! deleted; then the undo entries; finally the clock and held seqs are restored and
//! the marker removed — so a crash during the rollback simply rolls back again. The
//! high-water mark is written only once the import completed, so it never claims
//! rolled-back seqs. None of the import's operations can have left the vault in
//! between: the importing process held the vault's lock until it died.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::keys::{self, OpKey};
use super::tally::TallyBatch;
use super::{Clock, StoredOp, Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, Record, RecordId};
use crate::sync::vector::{RangeSet, VersionVector};
use crate::sync::{Op, OpBody};

/// Operations per chunk: large enough that per-commit costs vanish, small enough that
/// memory stays flat.
pub(super) const CHUNK: usize = 2_000;

/// Duplicate-index keys per commit in the last phase (two a line, so as many commits
/// as the chunks before them).
const DUPE_SLICE: usize = 2 * CHUNK;

/// What an unfinished import needs undone.
#[derive(Serialize, Deserialize)]
struct Unfinished {
    clock: Clock,
    /// The seqs the import writes, by replica.
    #[serde(default)]
    ops: VersionVector,
    /// The held seqs of those replicas before it.
    #[serde(default)]
    held_before: VersionVector,
    /// The first form of the marker (local imports only; still read): this device's
    /// held seqs before, and the seqs used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    held: Option<RangeSet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first_seq: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_seq: Option<u64>,
}

impl Unfinished {
    /// The seqs written and the held seqs before, by replica, whichever form this is.
    fn plan(self, own: crate::model::DeviceId) -> (Clock, VersionVector, VersionVector) {
        let (mut ops, mut held_before) = (self.ops, self.held_before);
        if let (Some(held), Some(first), Some(last)) = (self.held, self.first_seq, self.last_seq) {
            let mut seqs = RangeSet::default();
            if first <= last {
                seqs.insert_range(first, last);
            }
            ops.set(own, seqs);
            held_before.set(own, held);
        }
        (self.clock, ops, held_before)
    }
}

/// What a bulk write keeps between its chunks (see `Vault::write_ops_deferring`).
#[derive(Default)]
pub(super) struct BulkState {
    /// The duplicate-index keys of each record this write created, as of its latest op.
    pub(super) dupes: HashMap<RecordId, Vec<Vec<u8>>>,
    /// Records that existed before and whose undo entry is written.
    pub(super) undo_saved: HashSet<RecordId>,
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
        let own = self.device_id();
        let count = u64::try_from(changes.len()).unwrap_or(u64::MAX);
        let mut seqs = RangeSet::default();
        seqs.insert_range(
            before.seq.saturating_add(1),
            before.seq.saturating_add(count),
        );
        let mut written = VersionVector::default();
        written.set(own, seqs);
        let mut next = before;
        let mut changes = changes.into_iter().peekable();
        let chunks = std::iter::from_fn(|| {
            changes.peek()?;
            let chunk: Vec<_> = changes.by_ref().take(CHUNK).collect();
            Some(
                self.local_ops(campaign, chunk, &mut next)
                    .map(|ops| (ops, next)),
            )
        });
        let done = self.write_in_chunks(&mut clock, written, chunks, WriteSet::default())?;
        *clock = done;
        self.write_mark(done);
        Ok(())
    }

    /// Merges operations from elsewhere (a bundle) like [`Vault::commit_ops_with`]:
    /// in one commit when small, else in chunks under a marker, all or nothing. `extra`
    /// is written with the last commit.
    pub fn commit_ops_chunked(&self, ops: &[Op], extra: WriteSet) -> Result<(), VaultError> {
        if ops.len() <= CHUNK {
            return self.commit_ops_with(ops, extra);
        }
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let next = self.clock_after(*clock, ops);
        let mut written = VersionVector::default();
        for op in ops {
            written.insert(op.replica, op.seq);
        }
        let mut chunks = ops
            .chunks(CHUNK)
            .map(|chunk| Ok::<_, VaultError>((chunk.to_vec(), next)));
        let done = self.write_in_chunks(&mut clock, written, &mut chunks, extra)?;
        *clock = done;
        self.write_mark(done);
        Ok(())
    }

    /// Merges operations from elsewhere that arrive chunk by chunk (a bundle read a
    /// second time, `exchange::bundle::import`) like [`Vault::commit_ops_chunked`], all
    /// or nothing, never holding more than one chunk. `written` must name exactly the
    /// seqs of the `count` operations the chunks yield (an unfinished import's
    /// rollback deletes those). A chunk that fails (`Err`) rolls back what was written
    /// and is returned; `extra` is written with the last commit.
    pub fn commit_ops_streamed<E: From<VaultError>>(
        &self,
        written: VersionVector,
        count: usize,
        chunks: impl Iterator<Item = Result<Vec<Op>, E>>,
        extra: WriteSet,
    ) -> Result<(), E> {
        if count <= CHUNK {
            let mut ops = Vec::with_capacity(count);
            for chunk in chunks {
                ops.extend(chunk?);
            }
            return Ok(self.commit_ops_with(&ops, extra)?);
        }
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The clock after each chunk, as `clock_after` would say after all of them: the
        // marker holds the clock from before, so an early one is never kept.
        let mut next = *clock;
        let chunks = chunks.map(|chunk| {
            chunk.map(|ops| {
                next = self.clock_after(next, &ops);
                (ops, next)
            })
        });
        let done = self.write_in_chunks(&mut clock, written, chunks, extra)?;
        *clock = done;
        self.write_mark(done);
        Ok(())
    }

    /// The chunked write itself: the marker, each chunk of `chunks` (its ops and the
    /// clock after them), the sorted duplicate index, then `extra` with the marker's
    /// removal. Returns the clock after the last chunk. On failure the import is rolled
    /// back at once (or, if even that fails, on the next open).
    fn write_in_chunks<E: From<VaultError>>(
        &self,
        clock: &mut Clock,
        written: VersionVector,
        chunks: impl Iterator<Item = Result<(Vec<Op>, Clock), E>>,
        extra: WriteSet,
    ) -> Result<Clock, E> {
        let mut held_before = VersionVector::default();
        for (replica, _) in written.iter() {
            held_before.set(replica, self.held_from(replica)?);
        }
        let marker = Unfinished {
            clock: *clock,
            ops: written,
            held_before,
            held: None,
            first_seq: None,
            last_seq: None,
        };
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, keys::IMPORT_IN_PROGRESS, &marker);
        self.store.commit(&writes).map_err(VaultError::from)?;
        let mut last = *clock;
        let result = (|| -> Result<(), E> {
            let mut bulk = BulkState::default();
            for chunk in chunks {
                let (ops, next) = chunk?;
                self.write_ops_deferring(&ops, next, WriteSet::default(), Some(&mut bulk))?;
                last = next;
                #[cfg(test)]
                if tests::crash_here() {
                    return Err(VaultError::SimulatedCrash.into());
                }
            }
            let dupes = bulk.dupes.into_values().flatten().collect();
            Ok(self.write_dupes_in_order(dupes, extra)?)
        })();
        #[cfg(test)]
        if result.is_err() && tests::CRASHED.get() {
            return Err(result.expect_err("checked")); // the process "died": no rollback until the next open
        }
        if let Err(e) = result {
            // Undo at once, so this process goes on from the state before the import;
            // if even that fails, the next open does it.
            let _ = self.roll_back_with(clock);
            return Err(e);
        }
        Ok(last)
    }

    /// The last phase of a bulk import: its duplicate-index keys, sorted, so that each
    /// commit fills one stretch of the tree; the last commit also writes `extra` and
    /// removes the in-progress marker. Every key belongs to a record an earlier chunk
    /// wrote, which is how a rollback finds it.
    fn write_dupes_in_order(
        &self,
        mut dupes: Vec<Vec<u8>>,
        mut extra: WriteSet,
    ) -> Result<(), VaultError> {
        dupes.sort_unstable();
        dupes.dedup();
        let mut slices = dupes.chunks(DUPE_SLICE).peekable();
        loop {
            let mut writes = WriteSet::default();
            for key in slices.next().unwrap_or_default() {
                writes.insert(Tree::Dupes, key.clone(), Vec::new());
            }
            if slices.peek().is_none() {
                let undo: Vec<_> = self.undo_entries().collect::<Result<_, _>>()?;
                for id in undo {
                    writes.remove(Tree::Meta, keys::undo(id));
                }
                writes.append(std::mem::take(&mut extra));
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

    /// The records with an undo entry (see the module comment).
    fn undo_entries(&self) -> impl Iterator<Item = Result<RecordId, VaultError>> + '_ {
        self.store
            .scan_prefix(Tree::Meta, keys::undo_prefix())
            .filter_map(|entry| match entry {
                Ok((key, _)) => keys::parse_undo(&key).map(Ok),
                Err(e) => Some(Err(e.into())),
            })
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
        let (before, written, held_before) = unfinished.plan(self.device_id());
        // 1. Every record the import's ops touched: back to its undo entry, or gone.
        let mut handled: HashSet<RecordId> = HashSet::new();
        let mut roles = super::records::RoleCache::default();
        for keys in op_keys_in_chunks(&written) {
            let mut writes = WriteSet::default();
            let mut tally = TallyBatch::default();
            for key in keys {
                let Some(StoredOp::Full(op)) = self.stored_op(key.replica, key.seq)? else {
                    continue;
                };
                if !handled.insert(op.record) {
                    continue;
                }
                let id = op.record;
                let now = self.record(id)?;
                let undo = self.store.get(Tree::Meta, &keys::undo(id))?;
                let restored = match &undo {
                    Some(value) => self.record_from(id, value)?,
                    // An empty record of the same id has no origin and no values, so
                    // this removes its paper-order and duplicate index entries.
                    None => Record::new(id, op.campaign),
                };
                if let Some(now) = &now {
                    let roles = roles.get(self, now.campaign)?;
                    self.update_indexes(&mut writes, roles, Some(now), &restored);
                }
                // Counted from the stored record to what it goes back to, so a pass
                // redone after a crash counts nothing twice.
                tally.change(self, now.as_ref(), undo.is_some().then_some(&restored))?;
                match undo {
                    Some(value) => writes.insert(Tree::Records, id.as_bytes(), value.to_vec()),
                    None => writes.remove(Tree::Records, id.as_bytes()),
                }
            }
            tally.write(self, &mut writes);
            self.store.commit(&writes)?;
        }
        // 2. The ops (only now: pass 1 finds the records through them).
        for keys in op_keys_in_chunks(&written) {
            let mut writes = WriteSet::default();
            for key in keys {
                writes.remove(Tree::Ops, key.encode());
            }
            self.store.commit(&writes)?;
        }
        // 3. The undo entries, then the clock and held seqs, and the marker last.
        let undo: Vec<_> = self.undo_entries().collect::<Result<_, _>>()?;
        for ids in undo.chunks(CHUNK) {
            let mut writes = WriteSet::default();
            for id in ids {
                writes.remove(Tree::Meta, keys::undo(*id));
            }
            self.store.commit(&writes)?;
        }
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, keys::CLOCK, &before);
        for (replica, _) in written.iter() {
            match held_before.get(replica) {
                Some(held) => self.put_sealed(&mut writes, Tree::Meta, &keys::held(replica), held),
                // Nothing held from it before (an empty set is not kept in a vector).
                None => writes.remove(Tree::Meta, keys::held(replica)),
            }
        }
        writes.remove(Tree::Meta, keys::IMPORT_IN_PROGRESS);
        self.store.commit(&writes)?;
        *clock = before;
        Ok(true)
    }
}

/// Every op key of `written`, in chunks of at most [`CHUNK`].
fn op_keys_in_chunks(written: &VersionVector) -> impl Iterator<Item = Vec<OpKey>> + '_ {
    let mut keys = written.iter().flat_map(|(replica, seqs)| {
        seqs.ranges()
            .iter()
            .flat_map(move |&[from, to]| (from..=to).map(move |seq| OpKey::new(replica, seq)))
    });
    std::iter::from_fn(move || {
        let chunk: Vec<OpKey> = keys.by_ref().take(CHUNK).collect();
        (!chunk.is_empty()).then_some(chunk)
    })
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
        assert!(
            vault.tally_differences().unwrap().is_empty(),
            "crash after {crash_after}: the kept counts were rolled back with the records"
        );
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

    /// Operations from another device, as a bundle brings them: `n` adds of new
    /// records, then amendments of `existing` records held before, and one amendment
    /// of a record this very import adds (in a later chunk than its add).
    fn remote_ops(
        campaign: &crate::model::Campaign,
        event: crate::model::EventId,
        n: u64,
        existing: &[RecordId],
    ) -> Vec<Op> {
        let replica = crate::model::DeviceId::random();
        let mut seq = 0;
        let mut op = |record, body| {
            seq += 1;
            Op {
                replica,
                seq,
                lamport: 1_000 + seq,
                campaign: campaign.id,
                record,
                at: 0,
                body,
            }
        };
        let fields = |name: String| BTreeMap::from([("name".to_owned(), name)]);
        let mut ops: Vec<Op> = (0..n)
            .map(|i| {
                op(
                    RecordId::random(),
                    OpBody::Add {
                        event,
                        sheet: 100 + u32::try_from(i / 1000).unwrap(),
                        line: 1 + u32::try_from(i % 1000).unwrap(),
                        line_kind: crate::model::LineKind::Signature,
                        fields: BTreeMap::from([
                            ("name".to_owned(), format!("Ярослава {i}")),
                            ("email".to_owned(), format!("ya{i}@example.org")),
                        ]),
                    },
                )
            })
            .collect();
        let first_new = ops[0].record;
        for id in existing {
            ops.push(op(
                *id,
                OpBody::Amend {
                    fields: fields("Amended Name".into()),
                },
            ));
        }
        ops.push(op(
            first_new,
            OpBody::Amend {
                fields: fields("Late Amendment".into()),
            },
        ));
        ops
    }

    /// Every paper-order and duplicate-index key.
    fn index_keys(vault: &Vault) -> Vec<Vec<u8>> {
        [Tree::ByEvent, Tree::Dupes]
            .into_iter()
            .flat_map(|tree| vault.store.scan_prefix(tree, &[]))
            .map(|entry| entry.unwrap().0.to_vec())
            .collect()
    }

    #[test]
    fn a_chunked_import_of_remote_operations_is_all_or_nothing() {
        // 2 × CHUNK + 4 adds and 4 amendments: three chunks of ops, then two slices of
        // the new records' index keys. Crash after the first chunk, after the last one
        // (no index key of the new records written), and after the first slice.
        for crash_after in [0, 2, 3] {
            remote_import_interrupted_after(crash_after);
        }
    }

    #[allow(clippy::too_many_lines)] // one crash scenario, from the import to every check
    fn remote_import_interrupted_after(crash_after: usize) {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("p".to_owned());
        let all = ListFilter {
            event: None,
            include_void: true,
        };
        let listing = |vault: &Vault, campaign| {
            let records = vault.records(campaign, all).unwrap();
            let seen: Vec<_> = records
                .iter()
                .map(|r| (r.id, r.values(), r.status() == crate::model::Status::Void))
                .collect();
            format!("{seen:?}")
        };
        let (campaign, event, existing, before, listed, indexed, tallied) = {
            let vault = Vault::create(dir.path(), &pass, 10).unwrap();
            let (campaign, _) = vault
                .create_campaign(CampaignDraft {
                    title: "T".into(),
                    ..CampaignDraft::default()
                })
                .unwrap();
            let event = vault.create_event(&campaign, "A", "", "").unwrap();
            let existing = vault
                .add_many(
                    &campaign,
                    (1..=3)
                        .map(|line| NewLine {
                            event: Some(event.id),
                            sheet: 1,
                            line,
                            fields: BTreeMap::from([
                                ("name".to_owned(), format!("Оксана {line}")),
                                ("email".to_owned(), format!("ok{line}@example.org")),
                            ]),
                            ..NewLine::default()
                        })
                        .collect(),
                )
                .unwrap();
            let ops = remote_ops(&campaign, event.id, 2 * CHUNK as u64 + 4, &existing);
            let before = vault.held_vector().unwrap();
            let listed = listing(&vault, campaign.id);
            let indexed = index_keys(&vault);
            let tallied = vault.tally(campaign.id).unwrap();
            CRASH_AFTER.set(Some(crash_after));
            assert!(vault.commit_ops_chunked(&ops, WriteSet::default()).is_err());
            CRASH_AFTER.set(None);
            CRASHED.set(false);
            (campaign, event, existing, before, listed, indexed, tallied)
        };
        let vault = Vault::open(dir.path(), &pass).expect("the next open rolls back");
        assert!(vault.conversion_note().unwrap().contains("undone"));
        assert_eq!(
            vault.held_vector().unwrap(),
            before,
            "crash after {crash_after}"
        );
        assert_eq!(
            listing(&vault, campaign.id),
            listed,
            "crash after {crash_after}"
        );
        assert_eq!(
            index_keys(&vault),
            indexed,
            "crash after {crash_after}: the index is as before"
        );
        assert_eq!(
            vault.tally(campaign.id).unwrap(),
            tallied,
            "crash after {crash_after}"
        );
        assert!(vault.tally_differences().unwrap().is_empty());
        assert!(
            vault
                .store
                .scan_prefix(Tree::Meta, keys::undo_prefix())
                .next()
                .is_none(),
            "no undo entry left"
        );
        // The same import again completes.
        let ops = remote_ops(&campaign, event.id, 2 * CHUNK as u64 + 4, &existing);
        vault.commit_ops_chunked(&ops, WriteSet::default()).unwrap();
        assert_eq!(
            vault.count_records(campaign.id, all).unwrap(),
            3 + 2 * CHUNK + 4
        );
        // Each record with an email has two duplicate-index keys (name and email, email
        // alone): none is left of a name the import itself amended away.
        let dupes = vault.store.scan_prefix(Tree::Dupes, &[]).count();
        assert_eq!(dupes, 2 * (3 + 2 * CHUNK + 4));
        assert!(vault.tally_differences().unwrap().is_empty());
        let late = vault.record(ops[0].record).unwrap().unwrap();
        assert_eq!(late.values()["name"], "Late Amendment");
        assert!(
            vault
                .store
                .scan_prefix(Tree::Meta, keys::undo_prefix())
                .next()
                .is_none(),
            "a completed import leaves no undo entry"
        );
        drop(vault);
        let vault = Vault::open(dir.path(), &pass).expect("no false loss alarm");
        assert!(vault.conversion_note().is_none());
    }
}

//! `purge --acknowledged`: remove from this vault the personal data of records the
//! coordinator has acknowledged, keeping what counting and tracing need.
//!
//! A record is purged when every operation of it held here is acknowledged by its
//! campaign's coordinator (from receipts). Its field values and void reason are
//! removed from the record, and each of its operations is replaced by a [`PurgedOp`]
//! (its place in the log and a hash of its content). The record keeps its id, event,
//! sheet, line, who typed it and whether it is void or illegible, so counts stay right
//! and a challenged line can still be traced to its paper original.
//!
//! What "purged" counts, everywhere (this report, `report`, `list`, the TUI): signatures
//! — valid lines — delivered and removed from this vault. An illegible or void line
//! whose values are removed stays counted as illegible or void.
//!
//! The change is not committed to the live database: sled would keep the removed values
//! in its log. It is applied while the whole database is copied into a fresh one that
//! replaces the old, whose files are then destroyed (`compact`). So a purge is all or
//! nothing, and afterwards no removed value is in the vault's files.

use std::collections::{BTreeMap, HashMap};

use super::compact::{self, RewritePaths};
use super::keys::OpKey;
use super::sync_state::{PurgedOp, StoredOp};
use super::{DB_DIR, Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, RecordId, Status};
use crate::sync::VersionVector;

/// What a purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Records whose values were removed now: `valid + illegible + void`.
    pub records: usize,
    /// Of those, signatures (valid lines): "delivered and purged", as `report` counts.
    pub valid: usize,
    /// Of those, illegible lines (still counted as illegible).
    pub illegible: usize,
    /// Of those, void lines (still counted as void; the reason is removed).
    pub void: usize,
    /// Operations whose values were removed.
    pub ops: usize,
    /// Records kept whole because some operation of theirs is not acknowledged yet.
    pub waiting: usize,
}

/// One line saying what a purge removed, the same in the CLI and the TUI. "delivered
/// and purged" counts signatures, as `report`'s PURGED column does; illegible and void
/// lines are named as such.
impl std::fmt::Display for PurgeReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines =
            |n: usize, what: &str| format!("{n} {what} line{}", if n == 1 { "" } else { "s" });
        write!(f, "{} delivered and purged", self.valid)?;
        let mut also = Vec::new();
        if self.illegible > 0 {
            also.push(lines(self.illegible, "illegible"));
        }
        if self.void > 0 {
            also.push(lines(self.void, "void"));
        }
        if !also.is_empty() {
            write!(
                f,
                "; values also removed from {} (still counted as such)",
                also.join(" and ")
            )?;
        }
        let ops = if self.ops == 1 {
            "operation"
        } else {
            "operations"
        };
        let waiting = if self.waiting == 1 {
            "record waits"
        } else {
            "records wait"
        };
        write!(
            f,
            "; {} {ops} cleared; {} {waiting} for a receipt.",
            self.ops, self.waiting
        )?;
        if self.records > 0 || self.ops > 0 {
            f.write_str(" The database was rewritten without them.")?;
        }
        Ok(())
    }
}

impl Vault {
    /// Purges acknowledged records of `campaign` (or of every campaign), and rewrites
    /// the database so that nothing removed stays in its files. The vault is closed
    /// and reopened on the new database, which is returned with the report.
    ///
    /// On error the vault is closed; the database is the old one (nothing purged) or,
    /// if the error came after the commit point, the new one, finished at the next open.
    pub fn purge_acknowledged(
        self,
        campaign: Option<CampaignId>,
    ) -> Result<(Vault, PurgeReport), VaultError> {
        let (writes, report) = self.purge_writes(campaign)?;
        // Even with nothing new to purge the rewrite runs: it also clears what an
        // earlier purge (or an older fieldsign) left in sled's log.
        let vault = self.rewrite(&writes)?;
        Ok((vault, report))
    }

    /// What [`Vault::purge_acknowledged`] would remove now, without changing anything:
    /// what a confirmation states before a person agrees to it.
    pub fn purge_preview(&self, campaign: Option<CampaignId>) -> Result<PurgeReport, VaultError> {
        self.purge_writes(campaign).map(|(_, report)| report)
    }

    /// Copies the database with `overlay` applied into a fresh one, and swaps it in.
    fn rewrite(self, overlay: &WriteSet) -> Result<Vault, VaultError> {
        let paths = RewritePaths::new(&self.dir().join(DB_DIR));
        if let Err(e) = self.store.rewrite_into_fresh(paths.building(), overlay) {
            // The old database was not touched; free the space the copy took.
            let _ = compact::discard(&paths);
            return Err(e.into());
        }
        let Vault {
            store, keys, lock, ..
        } = self;
        // sled must be closed before its folder is renamed: it creates files by path.
        drop(store);
        compact::install(&paths)?;
        Vault::assemble(lock, keys)
    }

    /// The writes that purge acknowledged records, and what they remove.
    fn purge_writes(
        &self,
        campaign: Option<CampaignId>,
    ) -> Result<(WriteSet, PurgeReport), VaultError> {
        let mut acked: HashMap<CampaignId, VersionVector> = HashMap::new();
        for c in self.campaigns()? {
            if campaign.is_none_or(|id| id == c.id) {
                let vector = self.acknowledged(c.id)?;
                if !vector.is_empty() {
                    acked.insert(c.id, vector);
                }
            }
        }
        let mut report = PurgeReport::default();
        let mut writes = WriteSet::default();
        if acked.is_empty() {
            return Ok((writes, report));
        }
        // record → (every op acknowledged?, the ops' purged forms). Values are dropped
        // as soon as each op is hashed.
        let mut by_record: BTreeMap<RecordId, (bool, Vec<PurgedOp>)> = BTreeMap::new();
        self.scan_log(|entry| {
            if let StoredOp::Full(op) = entry
                && let Some(vector) = acked.get(&op.campaign)
            {
                let slot = by_record.entry(op.record).or_insert((true, Vec::new()));
                slot.0 &= vector.contains(op.replica, op.seq);
                slot.1.push(PurgedOp::of(&op));
            }
            Ok(true)
        })?;
        let mut roles = super::records::RoleCache::default();
        let mut tally = super::tally::TallyBatch::default();
        for (id, (all_acked, ops)) in by_record {
            if !all_acked {
                report.waiting += 1;
                continue;
            }
            if let Some(before) = self.record(id)?
                && !before.purged
            {
                let mut after = before.clone();
                after.purge();
                report.records += 1;
                match before.status() {
                    Status::Valid => report.valid += 1,
                    Status::Illegible => report.illegible += 1,
                    Status::Void => report.void += 1,
                    Status::Purged => {}
                }
                tally.change(self, Some(&before), Some(&after))?;
                self.put_sealed(&mut writes, Tree::Records, id.as_bytes(), &after);
                let roles = roles.get(self, before.campaign)?;
                self.update_indexes(&mut writes, roles, Some(&before), &after);
            }
            for purged in ops {
                let key = OpKey::new(purged.replica, purged.seq).encode();
                report.ops += 1;
                let sealed = self.seal_log_entry(&StoredOp::Purged { purged });
                writes.insert(Tree::Ops, key, sealed);
            }
        }
        tally.write(self, &mut writes);
        Ok((writes, report))
    }
}

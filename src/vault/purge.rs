//! `purge --acknowledged`: remove from this vault the personal data of records the
//! coordinator has acknowledged, keeping what counting and tracing need.
//!
//! A record is purged when every operation of it held here is acknowledged by its
//! campaign's coordinator (from receipts). Its field values and void reason are
//! removed from the record, and each of its operations is replaced by a [`PurgedOp`]
//! (its place in the log and a hash of its content). The record keeps its id, event,
//! sheet, line, who typed it and whether it is void, so counts stay right and a
//! challenged line can still be traced to its paper original. One transaction.

use std::collections::{BTreeMap, HashMap};

use super::keys::OpKey;
use super::sync_state::{PurgedOp, StoredOp};
use super::{Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, RecordId, Status};
use crate::sync::VersionVector;

/// What a purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Records whose values were removed now.
    pub records: usize,
    /// Of those, how many were valid signatures.
    pub valid: usize,
    /// Operations whose values were removed.
    pub ops: usize,
    /// Records kept whole because some operation of theirs is not acknowledged yet.
    pub waiting: usize,
}

impl Vault {
    /// Purges acknowledged records of `campaign` (or of every campaign).
    pub fn purge_acknowledged(
        &self,
        campaign: Option<CampaignId>,
    ) -> Result<PurgeReport, VaultError> {
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
        if acked.is_empty() {
            return Ok(report);
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
        let mut writes = WriteSet::default();
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
                if before.status() == Status::Valid {
                    report.valid += 1;
                }
                self.put_sealed(&mut writes, Tree::Records, id.as_bytes(), &after);
                self.update_indexes(&mut writes, Some(&before), &after);
            }
            for purged in ops {
                let key = OpKey::new(purged.replica, purged.seq).encode();
                report.ops += 1;
                self.put_sealed(&mut writes, Tree::Ops, &key, &StoredOp::Purged { purged });
            }
        }
        self.store.commit(&writes)?;
        Ok(report)
    }

    /// How many records of `campaign` are purged here (delivered, values removed).
    pub fn purged_count(&self, campaign: CampaignId) -> Result<usize, VaultError> {
        let all = self.records(
            campaign,
            super::ListFilter {
                event: None,
                include_void: true,
            },
        )?;
        Ok(all.iter().filter(|r| r.purged).count())
    }
}

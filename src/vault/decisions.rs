//! The coordinator's decisions about records (`model::decision`): made, undone, and
//! refused when they could not be right. A decision is one operation per record it
//! names, written in one transaction, so a crash leaves all of it or none.

use super::{Vault, VaultError};
use crate::model::{
    Campaign, DecisionId, DecisionKind, MAX_DECISION_RECORDS, Record, RecordId, Status,
};
use crate::sync::OpBody;

/// Why the records given cannot be decided about. Names record ids, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecisionError {
    #[error(
        "only the coordinator of campaign {0} decides about duplicates (the coordinator would refuse the decision in a bundle); this vault joined it as an organizer, so nothing was decided"
    )]
    NotTheCoordinator(crate::model::CampaignId),
    #[error(
        "a decision names 2 to {MAX_DECISION_RECORDS} different records; give their ids, as the duplicate review lists them; nothing was decided"
    )]
    Size,
    #[error(
        "record {0} is not one of the records decided about: the record to keep must be among them; nothing was decided"
    )]
    KeepNotNamed(RecordId),
    #[error(
        "record {0} is not a record of this campaign (or its paper line has not arrived yet); the record list shows the ids; nothing was decided"
    )]
    NotInCampaign(RecordId),
    #[error(
        "record {0} is void, so it is nobody's duplicate; decide about the records that count (the record list with void records shows why it is void); nothing was decided"
    )]
    Void(RecordId),
    #[error(
        "no decision in force names all of these records, so nothing was undone; the list of decisions shows which are in force"
    )]
    NothingToUndo,
}

/// A decision in force, as `dedupe --decided` and the review screen show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionSummary {
    pub id: DecisionId,
    pub kind: DecisionKind,
    pub records: Vec<RecordId>,
}

impl Vault {
    /// Records that `records` (two or more of `campaign`'s counting records) are one
    /// signer keeping `keep` (the others become its duplicates and stop counting), or
    /// different people (`keep` `None`): never proposed as duplicates again. Durable
    /// when it returns.
    pub fn decide(
        &self,
        campaign: &Campaign,
        records: &[RecordId],
        keep: Option<RecordId>,
    ) -> Result<DecisionId, VaultError> {
        self.refuse_organizer(campaign)?;
        let mut records = records.to_vec();
        records.sort_unstable();
        records.dedup();
        if !(2..=MAX_DECISION_RECORDS).contains(&records.len()) {
            return Err(DecisionError::Size.into());
        }
        if let Some(keep) = keep
            && !records.contains(&keep)
        {
            return Err(DecisionError::KeepNotNamed(keep).into());
        }
        for &id in &records {
            let record = self.decided_record(campaign, id)?;
            if record.status() == Status::Void {
                return Err(DecisionError::Void(id).into());
            }
        }
        let decision = DecisionId::random();
        let verdict = keep.map_or(DecisionKind::Different, |keep| DecisionKind::Same { keep });
        let changes = records
            .iter()
            .map(|&record| {
                (
                    record,
                    OpBody::Decide {
                        decision,
                        verdict,
                        records: records.clone(),
                    },
                )
            })
            .collect();
        self.commit_local(campaign.id, changes)?;
        Ok(decision)
    }

    /// Undoes every decision in force that names all of `records` (at least one):
    /// duplicates it made count again, pairs it settled may be proposed again. Returns
    /// the decisions undone; durable when it returns.
    pub fn undo_decisions(
        &self,
        campaign: &Campaign,
        records: &[RecordId],
    ) -> Result<Vec<DecisionSummary>, VaultError> {
        self.refuse_organizer(campaign)?;
        let Some(&first) = records.first() else {
            return Err(DecisionError::Size.into());
        };
        let record = self.decided_record(campaign, first)?;
        let undone: Vec<DecisionSummary> = record
            .decisions
            .active()
            .filter(|(_, d)| records.iter().all(|r| d.records.contains(r)))
            .map(|(id, d)| DecisionSummary {
                id,
                kind: d.kind,
                records: d.records.clone(),
            })
            .collect();
        if undone.is_empty() {
            return Err(DecisionError::NothingToUndo.into());
        }
        // One undo per record each decision named: every record's fold must learn it,
        // including records this vault holds only in part.
        let changes = undone
            .iter()
            .flat_map(|d| {
                d.records
                    .iter()
                    .map(|&record| (record, OpBody::Undo { decision: d.id }))
            })
            .collect();
        self.commit_local(campaign.id, changes)?;
        Ok(undone)
    }
}

/// The decisions in force among `records` (a campaign's, void ones included), each
/// once, oldest first.
#[must_use]
pub fn decisions_among(records: &[Record]) -> Vec<DecisionSummary> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<(crate::model::Stamp, DecisionSummary)> = Vec::new();
    for record in records {
        for (id, d) in record.decisions.active() {
            if seen.insert(id) {
                out.push((
                    d.stamp,
                    DecisionSummary {
                        id,
                        kind: d.kind,
                        records: d.records.clone(),
                    },
                ));
            }
        }
    }
    out.sort_by_key(|(stamp, _)| *stamp);
    out.into_iter().map(|(_, d)| d).collect()
}

impl Vault {
    fn refuse_organizer(&self, campaign: &Campaign) -> Result<(), VaultError> {
        if self.coordinates(campaign) {
            Ok(())
        } else {
            Err(DecisionError::NotTheCoordinator(campaign.id).into())
        }
    }

    /// A record of `campaign` with its paper line, for a decision.
    fn decided_record(&self, campaign: &Campaign, id: RecordId) -> Result<Record, VaultError> {
        match self.record(id)? {
            Some(record) if record.campaign == campaign.id && record.origin.is_some() => Ok(record),
            _ => Err(DecisionError::NotInCampaign(id).into()),
        }
    }
}

//! Double entry in the vault: the entries of a paper line, a second entry that
//! verifies the first when they agree, and a resolution that keeps one entry (amended
//! to what the paper says) and verifies the line. Verification is a decision
//! (`DecisionKind::Verified`), one operation per entry, written with the entry or the
//! amendment in one transaction, so a crash leaves all of it or none.

use std::collections::BTreeMap;

use super::keys;
use super::{AddError, NewLine, Tree, Vault, VaultError};
use crate::model::{
    Campaign, CampaignId, Check, DecisionId, DecisionKind, EventId, MAX_DECISION_RECORDS,
    PaperLine, Record, RecordId, paper,
};
use crate::sync::OpBody;

/// Why a paper line cannot be entered a second time or resolved. Names sheets, lines,
/// record ids and field keys, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DoubleEntryError {
    #[error(
        "sheet {sheet} line {line} of this event has no first entry in this vault, so there is nothing to compare with; nothing was saved. Type it as a first entry, or wait until the first entry reaches this vault (the coordinator sends it back)"
    )]
    NoFirstEntry { sheet: u32, line: u32 },
    #[error(
        "sheet {sheet} line {line} already has {MAX_DECISION_RECORDS} entries; nothing was saved"
    )]
    TooManyEntries { sheet: u32, line: u32 },
    #[error(
        "sheet {sheet} line {line} of this event has no entries in this vault (void ones do not count); nothing was changed"
    )]
    NoEntries { sheet: u32, line: u32 },
    #[error(
        "sheet {sheet} line {line} has one entry only, so there is nothing to compare or resolve; nothing was changed. Type the line a second time, blind, to verify it"
    )]
    TypedOnce { sheet: u32, line: u32 },
    #[error(
        "record {keep} is not an entry of sheet {sheet} line {line}; keep one of its entries ({entries}); nothing was changed"
    )]
    KeepNotOnLine {
        keep: RecordId,
        sheet: u32,
        line: u32,
        entries: String,
    },
    #[error(
        "sheet {sheet} line {line} has entries typed on other devices; only the campaign's coordinator resolves those (the coordinator would refuse it in a bundle); nothing was changed"
    )]
    OthersEntries { sheet: u32, line: u32 },
}

/// What a second entry found: its id, the entry it was compared with, and the keys of
/// the fields that differ (empty: they agree, and the line is verified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondEntry {
    pub id: RecordId,
    pub first: RecordId,
    pub differ: Vec<String>,
}

/// What a resolution did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub decision: DecisionId,
    pub kept: RecordId,
    /// The other entries: no longer counted, kept as the line's verification.
    pub others: Vec<RecordId>,
    /// The keys amended on the kept record.
    pub amended: Vec<String>,
}

impl Vault {
    /// The entries of one paper line (`paper::is_entry`), oldest first. Reads the
    /// line's index keys, then only those records.
    pub fn line_entries(
        &self,
        campaign: CampaignId,
        at: PaperLine,
    ) -> Result<Vec<Record>, VaultError> {
        let prefix = keys::line_prefix(campaign, at.event, at.sheet, at.line);
        let mut out = Vec::new();
        for entry in self.store.scan_prefix(Tree::ByEvent, &prefix) {
            let (key, _) = entry?;
            let Some(id) = keys::PaperKey::decode(&key).map(|k| k.record) else {
                continue;
            };
            if let Some(record) = self.record(id)?.filter(paper::is_entry) {
                out.push(record);
            }
        }
        out.sort_by_key(|r| r.origin.as_ref().map(|o| (o.stamp, r.id)));
        Ok(out)
    }

    /// Compares a second (blind) entry of a paper line with the line's entry, as
    /// [`Vault::add_second_entry`] would, and writes nothing: the TUI asks the typist to
    /// read the paper again before a line that differs is saved. The same checks as
    /// saving (every value valid, a first entry here), so a line that passes here saves.
    pub fn check_second_entry(
        &self,
        campaign: &Campaign,
        line: &NewLine,
    ) -> Result<SecondEntry, AddError> {
        self.plan_second_entry(campaign, line.clone())
            .map(|plan| plan.found)
    }

    /// Saves a second (blind) entry of a paper line this vault holds an entry of, and
    /// compares it with that entry. When they agree, the line is verified in the same
    /// transaction: the first entry counts, marked verified, and the new one is kept as
    /// its verification (it is not another signature). When they differ, the new entry
    /// is saved as it is and the line waits for a resolution. Durable when it returns.
    pub fn add_second_entry(
        &self,
        campaign: &Campaign,
        line: NewLine,
    ) -> Result<SecondEntry, AddError> {
        let plan = self.plan_second_entry(campaign, line)?;
        self.commit_local(campaign.id, plan.changes)?;
        Ok(plan.found)
    }

    /// What saving a second entry would write, and what it found.
    fn plan_second_entry(&self, campaign: &Campaign, line: NewLine) -> Result<Plan, AddError> {
        let (sheet, number) = (line.sheet, line.line);
        let entries = match line.event {
            Some(event) => self.line_entries(
                campaign.id,
                PaperLine {
                    event,
                    sheet,
                    line: number,
                },
            )?,
            None => Vec::new(),
        };
        let refs: Vec<&Record> = entries.iter().collect();
        let Some(first) = paper::reference(&refs) else {
            return Err(VaultError::from(DoubleEntryError::NoFirstEntry {
                sheet,
                line: number,
            })
            .into());
        };
        if entries.len() >= MAX_DECISION_RECORDS {
            return Err(VaultError::from(DoubleEntryError::TooManyEntries {
                sheet,
                line: number,
            })
            .into());
        }
        let mut changes = self.prepare_lines(campaign, vec![line])?;
        let Some((
            id,
            OpBody::Add {
                line_kind, fields, ..
            },
        )) = changes.first()
        else {
            return Err(AddError::Vault(VaultError::NothingToChange));
        };
        let id = *id;
        let first_kind = first.origin.as_ref().map(|o| o.kind).unwrap_or_default();
        let differ = paper::differing_values(&first_kind, &first.values(), line_kind, fields);
        if differ.is_empty() {
            let mut named: Vec<RecordId> = entries.iter().map(|r| r.id).collect();
            named.push(id);
            changes.extend(verify_ops(first.id, &named).1);
        }
        Ok(Plan {
            changes,
            found: SecondEntry {
                id,
                first: first.id,
                differ,
            },
        })
    }

    /// How many entries (`paper::is_entry`) each typed line of a sheet has: lines
    /// typed once wait for their second entry. Line numbers and counts only.
    pub fn sheet_entry_counts(
        &self,
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
    ) -> Result<BTreeMap<u32, usize>, VaultError> {
        let mut out = BTreeMap::new();
        self.scan_entries(&keys::sheet_prefix(campaign, event, sheet), |_, line, n| {
            out.insert(line, n);
            true
        })?;
        Ok(out)
    }

    /// The first paper line of `event` (by sheet, then line) typed once only: where a
    /// blind second entry of the event starts. Stops reading there.
    pub fn first_typed_once(
        &self,
        campaign: CampaignId,
        event: EventId,
    ) -> Result<Option<(u32, u32)>, VaultError> {
        let mut found = None;
        self.scan_entries(&keys::event_prefix(campaign, event), |sheet, line, n| {
            if n == 1 {
                found = Some((sheet, line));
            }
            found.is_none()
        })?;
        Ok(found)
    }

    /// Calls `each(sheet, line, entries)` for every paper line under `prefix` of the
    /// by-event index with at least one entry, in paper order, until it returns false.
    fn scan_entries(
        &self,
        prefix: &[u8],
        mut each: impl FnMut(u32, u32, usize) -> bool,
    ) -> Result<(), VaultError> {
        let mut current: Option<(u32, u32, usize)> = None;
        for entry in self.store.scan_prefix(Tree::ByEvent, prefix) {
            let (key, _) = entry?;
            let Some(k) = keys::PaperKey::decode(&key) else {
                continue;
            };
            let counted = self.record(k.record)?.is_some_and(|r| paper::is_entry(&r));
            match &mut current {
                Some((sheet, line, n)) if (*sheet, *line) == (k.sheet, k.line) => {
                    *n += usize::from(counted);
                }
                _ => {
                    if let Some((sheet, line, n)) = current.take()
                        && n > 0
                        && !each(sheet, line, n)
                    {
                        return Ok(());
                    }
                    current = Some((k.sheet, k.line, usize::from(counted)));
                }
            }
        }
        if let Some((sheet, line, n)) = current
            && n > 0
        {
            each(sheet, line, n);
        }
        Ok(())
    }

    /// Resolves paper line `at` against the paper: keeps `keep` (one of its entries),
    /// amends it with `corrections` (what the paper says), and verifies the line, so the
    /// other entries stop counting and are kept as its verification. The coordinator
    /// resolves any line; an organizer only lines whose every entry it typed. Resolving
    /// a resolved line again decides anew (the latest resolution holds). Durable when
    /// it returns.
    pub fn resolve_line(
        &self,
        campaign: &Campaign,
        at: PaperLine,
        keep: RecordId,
        corrections: &BTreeMap<String, String>,
    ) -> Result<Resolution, VaultError> {
        let entries = self.line_entries(campaign.id, at)?;
        let (sheet, line) = (at.sheet, at.line);
        if entries.is_empty() {
            return Err(DoubleEntryError::NoEntries { sheet, line }.into());
        }
        if !entries.iter().any(|r| r.id == keep) {
            return Err(DoubleEntryError::KeepNotOnLine {
                keep,
                sheet,
                line,
                entries: entries
                    .iter()
                    .map(|r| r.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            }
            .into());
        }
        if entries.len() < 2 {
            return Err(DoubleEntryError::TypedOnce { sheet, line }.into());
        }
        let own = self.device_id();
        if !self.coordinates(campaign)
            && entries
                .iter()
                .any(|r| r.origin.as_ref().is_some_and(|o| o.entered_by != own))
        {
            return Err(DoubleEntryError::OthersEntries { sheet, line }.into());
        }
        let mut changes = Vec::new();
        let mut amended = Vec::new();
        if !corrections.is_empty() {
            let fields = campaign
                .check_values(corrections, Check::Amendment)
                .map_err(VaultError::Invalid)?;
            amended = fields.keys().cloned().collect();
            changes.push((keep, OpBody::Amend { fields }));
        }
        let named: Vec<RecordId> = entries.iter().map(|r| r.id).collect();
        let (decision, ops) = verify_ops(keep, &named);
        changes.extend(ops);
        self.commit_local(campaign.id, changes)?;
        Ok(Resolution {
            decision,
            kept: keep,
            others: named.into_iter().filter(|r| *r != keep).collect(),
            amended,
        })
    }

    /// Verifies every line of `campaign` (of `event`, if given) whose entries agree and
    /// that no verification names yet: entries of one sheet typed on different laptops
    /// meet only here. Keeps each line's first entry. Returns how many lines. Durable
    /// when it returns.
    pub fn verify_agreed(
        &self,
        campaign: &Campaign,
        event: Option<EventId>,
    ) -> Result<usize, VaultError> {
        if !self.coordinates(campaign) {
            return Err(super::DecisionError::NotTheCoordinator(campaign.id).into());
        }
        let records = self.records(
            campaign.id,
            super::ListFilter {
                event,
                include_void: true,
            },
        )?;
        let comparison = paper::compare(&records);
        let mut changes = Vec::new();
        let mut lines = 0;
        for line in comparison.unverified_agreed() {
            if let Some(&keep) = line.records.first() {
                changes.extend(verify_ops(keep, &line.records).1);
                lines += 1;
            }
        }
        if !changes.is_empty() {
            self.commit_local_chunked(campaign.id, changes)?;
        }
        Ok(lines)
    }
}

/// A second entry's writes and findings, before they are committed.
struct Plan {
    changes: Vec<(RecordId, OpBody)>,
    found: SecondEntry,
}

/// The operations of one verification keeping `keep` among `entries` (one per entry).
fn verify_ops(keep: RecordId, entries: &[RecordId]) -> (DecisionId, Vec<(RecordId, OpBody)>) {
    let mut records = entries.to_vec();
    records.sort_unstable();
    records.dedup();
    let decision = DecisionId::random();
    let ops = records
        .iter()
        .map(|&record| {
            (
                record,
                OpBody::Decide {
                    decision,
                    verdict: DecisionKind::Verified { keep },
                    records: records.clone(),
                },
            )
        })
        .collect();
    (decision, ops)
}

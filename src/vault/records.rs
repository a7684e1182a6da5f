//! Signature records: the durable write path and the reads.
//!
//! Every change becomes one or more [`Op`]s. [`Vault::commit_ops`] folds them into the
//! stored records and writes, in one transaction that is flushed before it returns:
//! the sealed ops, the sealed records, their index entries and the replica clock.
//! Local changes and imported bundles both go through it.

use std::collections::{BTreeMap, HashMap};

use super::bulk::BulkState;
use super::keys::{self, DupeKey, OpKey, PaperKey};
use super::tally::TallyBatch;
use super::{AddError, Clock, LineError, StoredOp, Tree, Vault, VaultError, WriteSet};
use crate::model::{
    self, Campaign, CampaignId, Check, EventId, LineKind, Record, RecordId, Role, Roles,
    text::{fold_for_matching, phone_for_matching},
};
use crate::sync::{Op, OpBody, apply};

/// The contact roles that, with the same folded name, make the entry-time duplicate
/// index match.
const PROBE_CONTACTS: [Role; 2] = [Role::Email, Role::Postcode];
/// The roles whose values [`Vault::likely_duplicates`] reads: a form asks again only
/// when one of them changed.
pub const PROBE_ROLES: [Role; 4] = [Role::Name, Role::Email, Role::Phone, Role::Postcode];
/// What the index hashes for an email or phone on its own (whatever the name): a role's
/// name is never one of these, so the probes cannot collide.
const EMAIL_ALONE: &[u8] = b"email alone";
const PHONE_ALONE: &[u8] = b"phone alone";

/// The roles of each campaign a batch touches, read once per batch: a record's index
/// keys depend on which of its fields are the name and the contacts. A campaign this
/// vault does not hold yet gets the default keys.
#[derive(Default)]
pub(super) struct RoleCache(HashMap<CampaignId, Roles>);

impl RoleCache {
    pub(super) fn get(
        &mut self,
        vault: &Vault,
        campaign: CampaignId,
    ) -> Result<&Roles, VaultError> {
        Ok(match self.0.entry(campaign) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => new.insert(
                vault
                    .campaign(campaign)?
                    .map_or_else(Roles::defaults, |c| c.roles()),
            ),
        })
    }
}

/// One paper line to save: where it is on paper and its raw (unvalidated) values.
#[derive(Clone, Default)]
pub struct NewLine {
    pub event: Option<EventId>,
    pub sheet: u32,
    pub line: u32,
    pub kind: LineKind,
    pub fields: BTreeMap<String, String>,
}

impl std::fmt::Debug for NewLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "NewLine(sheet {} line {}, fields {:?})",
            self.sheet,
            self.line,
            self.fields.keys().collect::<Vec<_>>()
        )
    }
}

/// Which records to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter {
    pub event: Option<EventId>,
    /// Include voided records.
    pub include_void: bool,
}

impl Vault {
    /// Validates and durably saves one paper line. When this returns, it is on disk.
    pub fn add(&self, campaign: &Campaign, line: NewLine) -> Result<RecordId, AddError> {
        Ok(self.add_many(campaign, vec![line])?[0])
    }

    /// Validates every line first; if all pass, saves all of them in one transaction.
    /// Otherwise saves nothing and returns each failing line's index with its error
    /// ([`AddError::Lines`]); a failure to save lines that were fine is
    /// [`AddError::Vault`].
    pub fn add_many(
        &self,
        campaign: &Campaign,
        lines: Vec<NewLine>,
    ) -> Result<Vec<RecordId>, AddError> {
        let changes = self.prepare_lines(campaign, lines)?;
        let ids = changes.iter().map(|(id, _)| *id).collect();
        // Large batches (import csv) are written in bounded chunks, all or nothing
        // (see `bulk`).
        self.commit_local_chunked(campaign.id, changes)?;
        Ok(ids)
    }

    /// The `add` operations of `lines`, each under a fresh record id, once every line
    /// passed the checks of [`Vault::add_many`]; nothing is written.
    pub(super) fn prepare_lines(
        &self,
        campaign: &Campaign,
        lines: Vec<NewLine>,
    ) -> Result<Vec<(RecordId, OpBody)>, AddError> {
        let mut changes = Vec::with_capacity(lines.len());
        let mut problems = Vec::new();
        // Fresh random ids, handed out in ascending order: a chunk of a bulk import
        // then writes its records into one narrow stretch of the key space instead of
        // touching a different leaf of the engine's tree for every line (measured: a
        // sixth of the time of a 100 000-line import). The ids stay uniformly random;
        // their order says only what the ops' keys say already (which were typed in
        // one batch, in which order).
        let mut fresh_ids: Vec<RecordId> = (0..lines.len()).map(|_| RecordId::random()).collect();
        fresh_ids.sort_unstable();
        let mut fresh_ids = fresh_ids.into_iter();
        // Point reads of the few events these lines name, not a scan of every event:
        // the cost of saving a line must not grow with the size of the vault.
        let mut events: HashMap<EventId, bool> = HashMap::new();
        for event in lines.iter().filter_map(|l| l.event) {
            if let std::collections::hash_map::Entry::Vacant(slot) = events.entry(event) {
                match self.event(event) {
                    Ok(found) => slot.insert(found.is_some_and(|e| e.campaign == campaign.id)),
                    Err(e) => return Err(AddError::Vault(e)),
                };
            }
        }
        for (index, line) in lines.into_iter().enumerate() {
            // The same bounds every importer applies (sync::bounds): a line saved here
            // must never make this device's bundles refused.
            if !(1..=model::MAX_SHEET).contains(&line.sheet)
                || !(1..=model::MAX_LINE).contains(&line.line)
            {
                problems.push((index, LineError::OutOfRange));
                continue;
            }
            let check = if line.kind == LineKind::Illegible {
                Check::IllegibleLine
            } else {
                Check::NewLine
            };
            let event = match line.event {
                Some(e) if events.get(&e).copied().unwrap_or(false) => e,
                Some(e) => {
                    problems.push((index, LineError::UnknownEvent(e)));
                    continue;
                }
                None => {
                    problems.push((index, LineError::NoEvent));
                    continue;
                }
            };
            match campaign.check_values(&line.fields, check) {
                Ok(fields) => changes.push((
                    fresh_ids.next().unwrap_or_else(RecordId::random),
                    OpBody::Add {
                        event,
                        sheet: line.sheet,
                        line: line.line,
                        line_kind: line.kind,
                        fields,
                    },
                )),
                Err(errors) => problems.push((index, LineError::Invalid(errors))),
            }
        }
        if !problems.is_empty() {
            return Err(AddError::Lines(problems));
        }
        Ok(changes)
    }

    /// Changes some fields of a record; an empty value clears an optional field.
    pub fn amend(
        &self,
        id: RecordId,
        raw: &BTreeMap<String, String>,
    ) -> Result<Record, VaultError> {
        let record = self
            .record(id)?
            .ok_or_else(|| VaultError::UnknownRecord(id.to_string()))?;
        refuse_purged(&record)?;
        let campaign = self
            .campaign(record.campaign)?
            .ok_or_else(|| VaultError::UnknownCampaign(record.campaign.to_string()))?;
        self.refuse_other_typist(&record, &campaign)?;
        let fields = campaign
            .check_values(raw, Check::Amendment)
            .map_err(VaultError::Invalid)?;
        if fields.is_empty() {
            return Err(VaultError::NothingToChange);
        }
        self.commit_local(campaign.id, vec![(id, OpBody::Amend { fields })])?;
        self.record(id)?
            .ok_or_else(|| VaultError::UnknownRecord(id.to_string()))
    }

    /// Marks a record void, so it no longer counts; its history stays.
    pub fn void(&self, id: RecordId, reason: &str) -> Result<(), VaultError> {
        let record = self
            .record(id)?
            .ok_or_else(|| VaultError::UnknownRecord(id.to_string()))?;
        refuse_purged(&record)?;
        if let Some(campaign) = self.campaign(record.campaign)? {
            self.refuse_other_typist(&record, &campaign)?;
        }
        let reason = model::text::nfc(reason.trim());
        model::text::check_text(&reason, model::text::Lines::One)
            .map_err(VaultError::ReasonText)?;
        self.commit_local(record.campaign, vec![(id, OpBody::Void { reason })])
    }

    pub(super) fn commit_local(
        &self,
        campaign: CampaignId,
        changes: Vec<(RecordId, OpBody)>,
    ) -> Result<(), VaultError> {
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut next = *clock;
        let ops = self.local_ops(campaign, changes, &mut next)?;
        self.write_ops(&ops, next, WriteSet::default())?;
        *clock = next;
        Ok(())
    }

    /// This device's next operations for `changes`, numbered after `next` (advanced).
    pub(super) fn local_ops(
        &self,
        campaign: CampaignId,
        changes: Vec<(RecordId, OpBody)>,
        next: &mut Clock,
    ) -> Result<Vec<Op>, VaultError> {
        let at = self.time.now();
        // Checked: a counter that wrapped would reuse numbers (a conflict everywhere) or
        // lose every later amendment. Imports bound incoming clocks far below the end.
        let exhausted = || VaultError::CounterExhausted;
        let ops: Vec<Op> = changes
            .into_iter()
            .map(|(record, body)| {
                next.seq = next.seq.checked_add(1).ok_or_else(exhausted)?;
                next.lamport = next.lamport.checked_add(1).ok_or_else(exhausted)?;
                Ok(Op {
                    replica: self.device_id(),
                    seq: next.seq,
                    lamport: next.lamport,
                    campaign,
                    record,
                    at,
                    body,
                })
            })
            .collect::<Result<_, VaultError>>()?;
        Ok(ops)
    }

    /// Merges operations from elsewhere (a bundle): folds them in and advances the
    /// Lamport clock past them, all in one durable transaction.
    pub fn commit_ops(&self, ops: &[Op]) -> Result<(), VaultError> {
        self.commit_ops_with(ops, WriteSet::default())
    }

    /// [`Vault::commit_ops`] plus `extra` writes (events, a device pin) in the same
    /// transaction, so an import lands whole or not at all.
    pub fn commit_ops_with(&self, ops: &[Op], extra: WriteSet) -> Result<(), VaultError> {
        let mut clock = self
            .clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let next = self.clock_after(*clock, ops);
        self.write_ops(ops, next, extra)?;
        *clock = next;
        Ok(())
    }

    /// The replica clock after merging `ops` from elsewhere: the Lamport clock past
    /// theirs, and the seq past any of our own coming back (a vault restored from an
    /// old backup), so that no number is ever reused, which would make every later
    /// change a conflict elsewhere.
    pub(super) fn clock_after(&self, clock: Clock, ops: &[Op]) -> Clock {
        let mut next = clock;
        next.lamport = ops.iter().map(|op| op.lamport).fold(next.lamport, u64::max);
        let own = self.device_id();
        next.seq = ops
            .iter()
            .filter(|op| op.replica == own)
            .map(|op| op.seq)
            .fold(next.seq, u64::max);
        next
    }

    fn write_ops(&self, ops: &[Op], clock: Clock, writes: WriteSet) -> Result<(), VaultError> {
        self.write_ops_unmarked(ops, clock, writes)?;
        self.write_mark(clock);
        Ok(())
    }

    /// [`Vault::write_ops`] without advancing the high-water mark (the chunks of a
    /// bulk import, whose mark is written once it is complete).
    pub(super) fn write_ops_unmarked(
        &self,
        ops: &[Op],
        clock: Clock,
        writes: WriteSet,
    ) -> Result<(), VaultError> {
        self.write_ops_deferring(ops, clock, writes, None)
    }

    /// [`Vault::write_ops_unmarked`] as one chunk of a bulk write (`bulk`: `Some`):
    /// the duplicate-index keys of the records the write creates go to `bulk` instead
    /// of into this batch (a bulk write stores them all at its end, in key order: keyed
    /// hashes are random, and written chunk by chunk they touch a different leaf of the
    /// tree each), and a record that existed before the bulk write gets an undo entry
    /// holding its stored value, in the batch that first changes it (see `bulk`).
    pub(super) fn write_ops_deferring(
        &self,
        ops: &[Op],
        clock: Clock,
        mut writes: WriteSet,
        mut bulk: Option<&mut BulkState>,
    ) -> Result<(), VaultError> {
        let mut touched: HashMap<RecordId, Touched> = HashMap::new();
        let mut roles = RoleCache::default();
        for op in ops {
            let key = OpKey::new(op.replica, op.seq);
            writes.insert(Tree::Ops, key.encode(), self.seal_op(op));
            if let std::collections::hash_map::Entry::Vacant(e) = touched.entry(op.record) {
                let before = self.record(op.record)?;
                let after = before
                    .clone()
                    .unwrap_or_else(|| Record::new(op.record, op.campaign));
                e.insert(Touched {
                    only_add: None,
                    ops: 0,
                    before,
                    after,
                });
            }
            let t = touched.get_mut(&op.record).expect("inserted above");
            apply(&mut t.after, op);
            t.ops += 1;
            if matches!(op.body, OpBody::Add { .. }) {
                t.only_add = Some(key);
            }
        }
        let mut tally = TallyBatch::default();
        for (id, t) in &touched {
            tally.change(self, t.before.as_ref(), Some(&t.after))?;
            // A new record made by one add is that add: store a pointer to it, not a
            // second sealed copy (see `keys::record_pointer`).
            match t.only_add {
                Some(add) if t.before.is_none() && t.ops == 1 => {
                    writes.insert(Tree::Records, id.as_bytes(), keys::record_pointer(add));
                }
                _ => self.put_sealed(&mut writes, Tree::Records, id.as_bytes(), &t.after),
            }
            let roles = roles.get(self, t.after.campaign)?;
            let Some(bulk) = bulk.as_deref_mut() else {
                self.update_indexes(&mut writes, roles, t.before.as_ref(), &t.after);
                continue;
            };
            if t.before.is_none() || bulk.dupes.contains_key(id) {
                // Created by this bulk write: its index keys (as of now) come at the end.
                update_paper_index(&mut writes, t.before.as_ref(), &t.after);
                bulk.dupes.insert(*id, self.dupe_keys(roles, &t.after));
                continue;
            }
            if bulk.undo_saved.insert(*id)
                && let Some(stored) = self.store.get(Tree::Records, id.as_bytes())?
            {
                writes.insert(Tree::Meta, keys::undo(*id), stored.to_vec());
            }
            self.update_indexes(&mut writes, roles, t.before.as_ref(), &t.after);
        }
        tally.write(self, &mut writes);
        self.note_held(&mut writes, ops)?;
        self.put_sealed(&mut writes, Tree::Meta, keys::CLOCK, &clock);
        self.store.commit(&writes)?;
        Ok(())
    }

    pub(super) fn update_indexes(
        &self,
        writes: &mut WriteSet,
        roles: &Roles,
        before: Option<&Record>,
        after: &Record,
    ) {
        update_paper_index(writes, before, after);
        let old_dupes = before.map(|r| self.dupe_keys(roles, r)).unwrap_or_default();
        let new_dupes = self.dupe_keys(roles, after);
        for key in old_dupes.iter().filter(|k| !new_dupes.contains(k)) {
            writes.remove(Tree::Dupes, key.clone());
        }
        for key in new_dupes.iter().filter(|k| !old_dupes.contains(k)) {
            writes.insert(Tree::Dupes, key.clone(), Vec::new());
        }
    }

    /// Index keys under which `record` may be found as a likely duplicate: a keyed
    /// hash of its folded name with its email, and with its postcode.
    fn dupe_keys(&self, roles: &Roles, record: &Record) -> Vec<Vec<u8>> {
        if record.status() == model::Status::Void {
            return Vec::new();
        }
        self.dupe_probes(record.campaign, roles, &record.values())
            .into_iter()
            .map(|probe| {
                DupeKey {
                    probe,
                    record: record.id,
                }
                .encode()
            })
            .collect()
    }

    fn dupe_probes(
        &self,
        campaign: CampaignId,
        roles: &Roles,
        values: &BTreeMap<String, String>,
    ) -> Vec<[u8; keys::PROBE]> {
        let value = |role: Role| values.get(roles.key(role)?);
        // An email or phone alone finds a record whatever its name was typed as
        // (`O. Shevchenko`, another script): the caller scores what it finds.
        let mut probes: Vec<[u8; keys::PROBE]> = Vec::with_capacity(4);
        if let Some(email) = value(Role::Email).map(|e| fold_for_matching(e))
            && !email.is_empty()
        {
            probes.push(self.keyed_hash(&[campaign.as_bytes(), EMAIL_ALONE, email.as_bytes()]));
        }
        if let Some(phone) = value(Role::Phone).and_then(|p| phone_for_matching(p)) {
            probes.push(self.keyed_hash(&[campaign.as_bytes(), PHONE_ALONE, phone.as_bytes()]));
        }
        let Some(name) = value(Role::Name)
            .map(|n| fold_for_matching(n))
            .filter(|n| !n.is_empty())
        else {
            return probes;
        };
        probes.extend(PROBE_CONTACTS.iter().filter_map(|&role| {
            let contact = fold_for_matching(value(role)?);
            // The role's name, not the field's key, is hashed: for the default
            // fields they are the same, so indexes written before roles still match.
            (!contact.is_empty()).then(|| {
                self.keyed_hash(&[
                    campaign.as_bytes(),
                    role.name().as_bytes(),
                    name.as_bytes(),
                    contact.as_bytes(),
                ])
            })
        }));
        probes
    }

    /// Records in `campaign` that may be the same signer as `values`: the same folded
    /// name and email or postcode, or the same email or phone whatever the name (see
    /// [`PROBE_ROLES`]). Values need not be validated. These are candidates: the sheet
    /// entry scores them with the duplicate matcher (`dedupe::entry_matches`).
    pub fn likely_duplicates(
        &self,
        campaign: &Campaign,
        values: &BTreeMap<String, String>,
    ) -> Result<Vec<RecordId>, VaultError> {
        let mut found = Vec::new();
        for probe in self.dupe_probes(campaign.id, &campaign.roles(), values) {
            for entry in self.store.scan_prefix(Tree::Dupes, &probe) {
                let (key, _) = entry?;
                if let Some(key) = DupeKey::decode(&key)
                    && !found.contains(&key.record)
                {
                    found.push(key.record);
                }
            }
        }
        Ok(found)
    }

    pub fn record(&self, id: RecordId) -> Result<Option<Record>, VaultError> {
        let Some(value) = self.store.get(Tree::Records, id.as_bytes())? else {
            return Ok(None);
        };
        self.record_from(id, &value).map(Some)
    }

    /// The record `id` from its stored `records` value (a sealed fold, or a pointer
    /// to its only op).
    pub(super) fn record_from(&self, id: RecordId, value: &[u8]) -> Result<Record, VaultError> {
        let Some(add) = keys::parse_record_pointer(value) else {
            return self.open_json(Tree::Records, id.as_bytes(), value, "record");
        };
        match self.stored_op(add.replica, add.seq)? {
            Some(StoredOp::Full(op))
                if op.record == id && matches!(op.body, OpBody::Add { .. }) =>
            {
                let mut record = Record::new(id, op.campaign);
                apply(&mut record, &op);
                Ok(record)
            }
            _ => Err(VaultError::Damaged {
                what: "record",
                key: id.to_string(),
            }),
        }
    }

    /// The records of a campaign in paper order (event, sheet, line).
    pub fn records(
        &self,
        campaign: CampaignId,
        filter: ListFilter,
    ) -> Result<Vec<Record>, VaultError> {
        let prefix = match filter.event {
            Some(event) => keys::event_prefix(campaign, event),
            None => keys::campaign_prefix(campaign),
        };
        let mut out = Vec::new();
        for entry in self.store.scan_prefix(Tree::ByEvent, &prefix) {
            let (key, _) = entry?;
            let Some(PaperKey { record: id, .. }) = PaperKey::decode(&key) else {
                continue;
            };
            let record = self.record(id)?.ok_or_else(|| VaultError::Damaged {
                what: "index entry",
                key: id.to_string(),
            })?;
            if filter.include_void || record.status() != model::Status::Void {
                out.push(record);
            }
        }
        Ok(out)
    }

    /// How many records `filter` would list, from the kept counts (see `tally`): one
    /// value per event, never the records.
    pub fn count_records(
        &self,
        campaign: CampaignId,
        filter: ListFilter,
    ) -> Result<usize, VaultError> {
        let counts = match filter.event {
            Some(event) => self.event_tally(campaign, event)?.counts,
            None => self.tally(campaign)?.whole().counts,
        };
        let n = if filter.include_void {
            counts.total()
        } else {
            counts.listed()
        };
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// How many records this vault holds in all (for reports and benchmarks).
    pub fn record_count(&self) -> usize {
        self.store.len(Tree::Records)
    }

    /// The records already typed for paper line `line` of `sheet` (void ones left out:
    /// a voided entry is a correction, and typing the line again is the next step).
    /// Reads the line's index keys, then only those records.
    pub fn records_on_line(
        &self,
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
        line: u32,
    ) -> Result<Vec<RecordId>, VaultError> {
        let prefix = keys::line_prefix(campaign, event, sheet, line);
        let mut out = Vec::new();
        for entry in self.store.scan_prefix(Tree::ByEvent, &prefix) {
            let (key, _) = entry?;
            let Some(id) = key
                .len()
                .checked_sub(10)
                .and_then(|at| RecordId::from_slice(&key[at..]))
            else {
                continue;
            };
            if self
                .record(id)?
                .is_some_and(|r| r.status() != model::Status::Void)
            {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// The greatest line number used on `sheet` of `event`, or 0.
    pub fn last_line(
        &self,
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
    ) -> Result<u32, VaultError> {
        let prefix = keys::sheet_prefix(campaign, event, sheet);
        let last = self
            .store
            .scan_prefix(Tree::ByEvent, &prefix)
            .next_back()
            .transpose()?;
        Ok(last
            .and_then(|(key, _)| PaperKey::decode(&key))
            .map_or(0, |k| k.line))
    }

    /// The greatest sheet number used in `event`, or 0.
    pub fn last_sheet(&self, campaign: CampaignId, event: EventId) -> Result<u32, VaultError> {
        let prefix = keys::event_prefix(campaign, event);
        let last = self
            .store
            .scan_prefix(Tree::ByEvent, &prefix)
            .next_back()
            .transpose()?;
        Ok(last
            .and_then(|(key, _)| PaperKey::decode(&key))
            .map_or(0, |k| k.sheet))
    }
}

/// A record a change touches: as it was, as it becomes, and whether it is new and made
/// by exactly one `add` (then stored as a pointer to that op).
struct Touched {
    before: Option<Record>,
    after: Record,
    ops: usize,
    only_add: Option<OpKey>,
}

/// A purged record was delivered and its values removed here; changes belong at the
/// coordinator, who holds it whole.
impl Vault {
    /// The rule every importer enforces (`sync::bundle::authority`): only the device that
    /// typed a record, or the campaign's coordinator, may change it. Refused here too, so
    /// that a change is never saved that the coordinator would refuse with the whole
    /// bundle it travels in.
    fn refuse_other_typist(&self, record: &Record, campaign: &Campaign) -> Result<(), VaultError> {
        match &record.origin {
            Some(origin)
                if origin.entered_by != self.device_id() && !self.coordinates(campaign) =>
            {
                Err(VaultError::NotTheTypist {
                    record: record.id,
                    typist: origin.entered_by,
                })
            }
            _ => Ok(()),
        }
    }
}

fn refuse_purged(record: &Record) -> Result<(), VaultError> {
    if record.purged {
        return Err(VaultError::Purged(record.id));
    }
    Ok(())
}

/// Moves `record`'s paper-order index entry from where `before` had it to `after`'s.
fn update_paper_index(writes: &mut WriteSet, before: Option<&Record>, after: &Record) {
    let old_event = before.and_then(paper_key);
    let new_event = paper_key(after);
    if old_event != new_event {
        if let Some(old) = old_event {
            writes.remove(Tree::ByEvent, old);
        }
        if let Some(new) = new_event {
            writes.insert(Tree::ByEvent, new, Vec::new());
        }
    }
}

/// Where `record` sorts in paper order, if it has an origin (its add arrived).
fn paper_key(record: &Record) -> Option<Vec<u8>> {
    record.origin.as_ref().map(|origin| {
        PaperKey {
            campaign: record.campaign,
            event: origin.event,
            sheet: origin.sheet,
            line: origin.line,
            record: record.id,
        }
        .encode()
    })
}

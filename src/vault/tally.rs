//! Counts kept beside the records: what `report`, the dashboard, home's standing line,
//! `campaign list` and `event list` show, without opening every record.
//!
//! One sealed value per campaign and event (`meta` `tally/` ‖ campaign ‖ event, see
//! [`keys::TallyKey`]), plus one per campaign for records whose `add` has not arrived
//! yet (no event). Per event, not per campaign, because every save rewrites the value
//! it changes: a typed line then rewrites one event's few hundred bytes, not a whole
//! campaign's counts by day, device and country, and sled's log grows by that much per
//! save. A report reads a campaign's values with one prefix scan (one per event).
//!
//! Each value holds, for the records of its event: how many have each status, by the
//! day each was typed (the report's per-day series uses the event's date when it has
//! one, so an event's date can change without touching the counts), by the device that
//! typed it, and the valid ones by country. Country codes and days are inside the
//! sealed value, never in a key.
//!
//! **Updated in the same batch as the change.** A record's contribution is a function
//! of the record alone ([`Contribution::of`]), so the change of every write is the
//! contribution of the record after it minus the one before it — computed in one place,
//! [`TallyBatch::change`], which every write of `records` calls with the record as it
//! was and as it becomes, in the batch that writes it: saves and imports
//! (`Vault::write_ops_deferring`, so single adds, amendments, voids and each chunk of
//! `import csv` and `import bundle`), the rollback of an interrupted import, and
//! `purge` (its rewrite's overlay). So the counts are exactly as durable as the records
//! and never out of step after a crash: whatever batch landed carried its own counts.
//!
//! A vault made before the counts existed gets them once, on its first open
//! ([`Vault::ensure_tally`]), in one batch with the [`keys::TALLY_READY`] marker.
//! [`Vault::recount`] counts again by opening every record, which is how tests (and
//! `report --recount`) check that the kept counts cannot lie.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::keys::{self, TallyKey};
use super::records::RoleCache;
use super::{Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, DeviceId, Record, Role, Roles, Status, UnixTime, format_time};

/// How many records have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusTally {
    #[serde(default, rename = "v")]
    pub valid: u64,
    #[serde(default, rename = "i")]
    pub illegible: u64,
    #[serde(default, rename = "x")]
    pub void: u64,
    #[serde(default, rename = "p")]
    pub purged: u64,
}

impl StatusTally {
    fn slot(&mut self, status: Status) -> &mut u64 {
        match status {
            Status::Valid => &mut self.valid,
            Status::Illegible => &mut self.illegible,
            Status::Void => &mut self.void,
            Status::Purged => &mut self.purged,
        }
    }

    pub fn get(&self, status: Status) -> u64 {
        match status {
            Status::Valid => self.valid,
            Status::Illegible => self.illegible,
            Status::Void => self.void,
            Status::Purged => self.purged,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Every record counted, void ones included.
    pub fn total(&self) -> u64 {
        self.valid + self.illegible + self.void + self.purged
    }

    /// Records that are not void: what `list` shows by default.
    pub fn listed(&self) -> u64 {
        self.total() - self.void
    }

    pub fn merge(&mut self, other: &Self) {
        self.valid += other.valid;
        self.illegible += other.illegible;
        self.void += other.void;
        self.purged += other.purged;
    }
}

/// The kept counts of one event's records (or of the records without an event yet).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    #[serde(default)]
    pub counts: StatusTally,
    /// By the UTC day (`YYYY-MM-DD`) each record was typed.
    #[serde(default)]
    pub by_entry_day: BTreeMap<String, StatusTally>,
    /// By the device that typed each record (its `add`).
    #[serde(default)]
    pub by_device: BTreeMap<DeviceId, StatusTally>,
    /// Valid records by their country value (`unknown` when none was given), and
    /// `purged` for signatures whose values were purged here.
    #[serde(default)]
    pub by_country: BTreeMap<String, u64>,
    /// Records a coordinator's decision made duplicates of another (counted as void
    /// above too): the report's "duplicates removed".
    #[serde(default, skip_serializing_if = "is_zero")]
    pub duplicates: u64,
    /// Pairs of records a decision in force settled (same signer or different
    /// people), each counted at the record of the pair with the smaller id: the
    /// report's "pairs reviewed".
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pairs_reviewed: u64,
    /// Valid records whose paper line is verified (double entry: the entry that
    /// counts): the report's and the dashboard's "verified".
    #[serde(default, skip_serializing_if = "is_zero")]
    pub verified: u64,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Tally {
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Adds (`up`) or takes away one record's contribution. Entries that reach zero are
    /// removed, so equal counts are equal values whatever the path to them.
    fn apply(&mut self, c: &Contribution, up: bool) {
        step(self.counts.slot(c.status), up);
        if let Some((day, device)) = &c.origin {
            let by_day = self.by_entry_day.entry(day.clone()).or_default();
            step(by_day.slot(c.status), up);
            if by_day.is_empty() {
                self.by_entry_day.remove(day);
            }
            let by_device = self.by_device.entry(*device).or_default();
            step(by_device.slot(c.status), up);
            if by_device.is_empty() {
                self.by_device.remove(device);
            }
        }
        if let Some(country) = &c.country {
            let n = self.by_country.entry(country.clone()).or_default();
            step(n, up);
            if *n == 0 {
                self.by_country.remove(country);
            }
        }
        if c.duplicate {
            step(&mut self.duplicates, up);
        }
        if c.verified {
            step(&mut self.verified, up);
        }
        self.pairs_reviewed = if up {
            self.pairs_reviewed.saturating_add(c.reviewed)
        } else {
            self.pairs_reviewed.saturating_sub(c.reviewed)
        };
    }

    /// Adds `other`'s counts to these (a campaign's events into one).
    pub fn merge(&mut self, other: &Self) {
        self.counts.merge(&other.counts);
        for (day, counts) in &other.by_entry_day {
            self.by_entry_day
                .entry(day.clone())
                .or_default()
                .merge(counts);
        }
        for (device, counts) in &other.by_device {
            self.by_device.entry(*device).or_default().merge(counts);
        }
        for (country, n) in &other.by_country {
            *self.by_country.entry(country.clone()).or_default() += n;
        }
        self.duplicates += other.duplicates;
        self.pairs_reviewed += other.pairs_reviewed;
        self.verified += other.verified;
    }
}

/// One more or one less. Taking from zero cannot happen while every write goes through
/// [`TallyBatch::change`]; if it ever did, the count stays at zero and
/// [`Vault::recount`] reports the difference.
fn step(n: &mut u64, up: bool) {
    *n = if up {
        n.saturating_add(1)
    } else {
        n.saturating_sub(1)
    };
}

/// What one record adds to the counts: the only place that decides it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Contribution {
    key: TallyKey,
    status: Status,
    /// The day it was typed and the device that typed it, once its `add` arrived.
    origin: Option<(String, DeviceId)>,
    /// Its country line: valid records by country value, purged signatures as `purged`.
    country: Option<String>,
    /// A decision in force made it a duplicate of another record.
    duplicate: bool,
    /// Valid, and the entry its paper line's verification keeps.
    verified: bool,
    /// The records with a greater id that a decision in force names with it: so each
    /// reviewed pair is counted once, at its smaller record.
    reviewed: u64,
}

impl Contribution {
    fn of(roles: &Roles, record: &Record) -> Self {
        let status = record.status();
        let country = match status {
            Status::Valid => Some(
                roles
                    .value(record, Role::Country)
                    .unwrap_or("unknown")
                    .to_owned(),
            ),
            Status::Purged => Some("purged".to_owned()),
            Status::Illegible | Status::Void => None,
        };
        Self {
            key: TallyKey {
                campaign: record.campaign,
                event: record.origin.as_ref().map(|o| o.event),
            },
            status,
            origin: record
                .origin
                .as_ref()
                .map(|o| (day_of(o.entered_at), o.entered_by)),
            country,
            duplicate: record.duplicate_of().is_some(),
            verified: status == Status::Valid && record.verified(),
            reviewed: reviewed_pairs(record),
        }
    }
}

/// How many records with a greater id than `record`'s a duplicate-review decision in
/// force names together with it (a paper line's verification reviews no signers).
fn reviewed_pairs(record: &Record) -> u64 {
    let others: std::collections::BTreeSet<crate::model::RecordId> = record
        .decisions
        .active()
        .filter(|(_, d)| d.kind.is_about_signers())
        .flat_map(|(_, d)| d.records.iter().copied())
        .filter(|other| *other > record.id)
        .collect();
    u64::try_from(others.len()).unwrap_or(u64::MAX)
}

/// The `YYYY-MM-DD` (UTC) of a time.
pub fn day_of(t: UnixTime) -> String {
    format_time(t).chars().take(10).collect()
}

/// The counts one batch changes, read from the store on first touch and written back
/// into the batch by [`TallyBatch::write`].
#[derive(Default)]
pub(super) struct TallyBatch {
    changed: HashMap<TallyKey, Tally>,
    roles: RoleCache,
}

impl TallyBatch {
    /// Counts the change of one record from `before` to `after` (`None`: it does not
    /// exist, before its first op or after a rollback removed it).
    pub(super) fn change(
        &mut self,
        vault: &Vault,
        before: Option<&Record>,
        after: Option<&Record>,
    ) -> Result<(), VaultError> {
        let Some(campaign) = after.or(before).map(|r| r.campaign) else {
            return Ok(());
        };
        let roles = self.roles.get(vault, campaign)?;
        let old = before.map(|r| Contribution::of(roles, r));
        let new = after.map(|r| Contribution::of(roles, r));
        if old == new {
            return Ok(());
        }
        for (c, up) in [(old, false), (new, true)] {
            let Some(c) = c else { continue };
            let tally = match self.changed.entry(c.key) {
                std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(vault.tally_at(c.key)?.unwrap_or_default())
                }
            };
            tally.apply(&c, up);
        }
        Ok(())
    }

    /// Puts every changed count into `writes` (an empty one is removed).
    pub(super) fn write(self, vault: &Vault, writes: &mut WriteSet) {
        for (key, tally) in self.changed {
            let key = key.encode();
            if tally.is_empty() {
                writes.remove(Tree::Meta, key);
            } else {
                vault.put_sealed(writes, Tree::Meta, &key, &tally);
            }
        }
    }
}

/// A campaign's kept counts: each event's, and those of records without an event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignTally {
    pub by_event: BTreeMap<crate::model::EventId, Tally>,
    /// Records of the campaign whose `add` has not arrived (amendments came first).
    pub without_event: Tally,
}

impl CampaignTally {
    /// The counts of the records with an event, merged: what lists, reports and home's
    /// standing line count (a record whose `add` has not arrived is on no paper line
    /// yet, so none of them shows it).
    pub fn whole(&self) -> Tally {
        let mut all = Tally::default();
        for tally in self.by_event.values() {
            all.merge(tally);
        }
        all
    }
}

impl Vault {
    fn tally_at(&self, key: TallyKey) -> Result<Option<Tally>, VaultError> {
        self.get_sealed(Tree::Meta, &key.encode(), "count")
    }

    /// The kept counts of one event's records (one point read).
    pub fn event_tally(
        &self,
        campaign: CampaignId,
        event: crate::model::EventId,
    ) -> Result<Tally, VaultError> {
        let key = TallyKey {
            campaign,
            event: Some(event),
        };
        Ok(self.tally_at(key)?.unwrap_or_default())
    }

    /// The kept counts of `campaign` (one prefix scan, a value per event).
    pub fn tally(&self, campaign: CampaignId) -> Result<CampaignTally, VaultError> {
        let mut out = CampaignTally::default();
        for entry in self
            .store
            .scan_prefix(Tree::Meta, &keys::tally_prefix(campaign))
        {
            let (key, sealed) = entry?;
            let Some(tally_key) = TallyKey::decode(&key) else {
                continue;
            };
            let tally: Tally = self.open_json(Tree::Meta, &key, &sealed, "count")?;
            match tally_key.event {
                Some(event) => {
                    out.by_event.insert(event, tally);
                }
                None => out.without_event = tally,
            }
        }
        Ok(out)
    }

    /// Counts every record of the vault again by opening it: by campaign, what
    /// [`Vault::tally`] should say. Slow (it decrypts everything); for building the
    /// counts and for checking them.
    pub fn recount(&self) -> Result<BTreeMap<CampaignId, CampaignTally>, VaultError> {
        let mut tallies: HashMap<TallyKey, Tally> = HashMap::new();
        let mut roles = RoleCache::default();
        for entry in self.store.scan_prefix(Tree::Records, b"") {
            let (key, value) = entry?;
            let Some(id) = crate::model::RecordId::from_slice(&key) else {
                continue;
            };
            let record = self.record_from(id, &value)?;
            let c = Contribution::of(roles.get(self, record.campaign)?, &record);
            tallies.entry(c.key).or_default().apply(&c, true);
        }
        let mut out: BTreeMap<CampaignId, CampaignTally> = BTreeMap::new();
        for (key, tally) in tallies {
            let campaign = out.entry(key.campaign).or_default();
            match key.event {
                Some(event) => {
                    campaign.by_event.insert(event, tally);
                }
                None => campaign.without_event = tally,
            }
        }
        Ok(out)
    }

    /// The campaigns whose kept counts differ from a recount (empty: they agree).
    pub fn tally_differences(&self) -> Result<Vec<CampaignId>, VaultError> {
        self.differences_from(&self.recount()?)
    }

    /// The campaigns whose kept counts differ from `counted` (a [`Vault::recount`]).
    pub fn differences_from(
        &self,
        counted: &BTreeMap<CampaignId, CampaignTally>,
    ) -> Result<Vec<CampaignId>, VaultError> {
        let mut kept: BTreeMap<CampaignId, CampaignTally> = BTreeMap::new();
        for entry in self.store.scan_prefix(Tree::Meta, keys::tallies_prefix()) {
            let (key, _) = entry?;
            if let Some(k) = TallyKey::decode(&key) {
                kept.entry(k.campaign).or_insert(self.tally(k.campaign)?);
            }
        }
        let mut differ: Vec<CampaignId> = counted
            .iter()
            .filter(|(c, t)| kept.get(c) != Some(t))
            .map(|(c, _)| *c)
            .collect();
        differ.extend(kept.keys().filter(|c| !counted.contains_key(c)));
        differ.sort_unstable();
        differ.dedup();
        Ok(differ)
    }

    /// Replaces every kept count with a recount, in one batch with the ready marker.
    /// Returns how many records were counted.
    pub fn rebuild_tally(&self) -> Result<u64, VaultError> {
        self.replace_tally(&self.recount()?)
    }

    /// Replaces every kept count with `counted` (a [`Vault::recount`] just taken).
    pub fn replace_tally(
        &self,
        counted: &BTreeMap<CampaignId, CampaignTally>,
    ) -> Result<u64, VaultError> {
        let mut writes = WriteSet::default();
        for entry in self.store.scan_prefix(Tree::Meta, keys::tallies_prefix()) {
            let (key, _) = entry?;
            writes.remove(Tree::Meta, key.to_vec());
        }
        let mut records = 0;
        for (campaign, tally) in counted {
            let events = tally.by_event.iter().map(|(e, t)| (Some(*e), t));
            for (event, t) in std::iter::once((None, &tally.without_event)).chain(events) {
                if t.is_empty() {
                    continue;
                }
                records += t.counts.total();
                let key = TallyKey {
                    campaign: *campaign,
                    event,
                }
                .encode();
                self.put_sealed(&mut writes, Tree::Meta, &key, t);
            }
        }
        self.put_sealed(&mut writes, Tree::Meta, keys::TALLY_READY, &true);
        self.store.commit(&writes)?;
        Ok(records)
    }

    /// Vaults made before the kept counts existed: count every record once. Returns how
    /// many records were counted, `None` when the counts were there already.
    pub(super) fn ensure_tally(&self) -> Result<Option<u64>, VaultError> {
        if self.store.get(Tree::Meta, keys::TALLY_READY)?.is_some() {
            return Ok(None);
        }
        self.rebuild_tally().map(Some)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::time::Duration;

    use age::secrecy::SecretString;
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Campaign, EventId, LineKind, RecordId};
    use crate::sync::{Op, OpBody};
    use crate::vault::{CampaignDraft, ListFilter, NewLine};

    /// One step of a random history.
    #[derive(Debug, Clone)]
    enum Step {
        /// Lines typed here: (event, country, illegible) each, saved in one batch.
        Add(Vec<(usize, Option<&'static str>, bool)>),
        /// A record's country changed (`None`: cleared).
        Amend(usize, Option<&'static str>),
        Void(usize),
        /// Operations from another device: new lines, an amendment of one held record.
        Import(usize, Vec<(usize, Option<&'static str>)>),
        /// Everything held is acknowledged, then purged.
        Purge,
        /// A day passes.
        NextDay,
    }

    fn country() -> impl Strategy<Value = Option<&'static str>> {
        prop_oneof![
            Just(None),
            Just(Some("UA")),
            Just(Some("DE")),
            Just(Some("PL"))
        ]
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => prop::collection::vec((0..3usize, country(), any::<bool>()), 1..4)
                .prop_map(Step::Add),
            2 => (any::<usize>(), country()).prop_map(|(r, c)| Step::Amend(r, c)),
            2 => any::<usize>().prop_map(Step::Void),
            2 => (any::<usize>(), prop::collection::vec((0..3usize, country()), 0..3))
                .prop_map(|(r, lines)| Step::Import(r, lines)),
            1 => Just(Step::Purge),
            1 => Just(Step::NextDay),
        ]
    }

    fn fields(name: &str, country: Option<&str>) -> BTreeMap<String, String> {
        let mut f = BTreeMap::from([("name".to_owned(), name.to_owned())]);
        if let Some(c) = country {
            f.insert("country".to_owned(), c.to_owned());
        }
        f
    }

    /// Status counts by event, and valid records by country.
    type Counted = (Vec<(EventId, [u64; 4])>, BTreeMap<String, u64>);

    /// Counts by opening every listed record: an oracle that shares no code with the
    /// kept counts (not even [`Contribution::of`]).
    fn counted_by_listing(vault: &Vault, campaign: &Campaign) -> Counted {
        let all = ListFilter {
            event: None,
            include_void: true,
        };
        let mut by_event: BTreeMap<EventId, [u64; 4]> = BTreeMap::new();
        let mut by_country: BTreeMap<String, u64> = BTreeMap::new();
        for r in vault.records(campaign.id, all).unwrap() {
            let slot = match r.status() {
                Status::Valid => 0,
                Status::Illegible => 1,
                Status::Void => 2,
                Status::Purged => 3,
            };
            by_event
                .entry(r.origin.as_ref().unwrap().event)
                .or_default()[slot] += 1;
            match r.status() {
                Status::Valid => {
                    let c = r.value("country").unwrap_or("unknown").to_owned();
                    *by_country.entry(c).or_default() += 1;
                }
                Status::Purged => *by_country.entry("purged".to_owned()).or_default() += 1,
                _ => {}
            }
        }
        (by_event.into_iter().collect(), by_country)
    }

    fn kept(vault: &Vault, campaign: &Campaign) -> Counted {
        let tally = vault.tally(campaign.id).unwrap();
        let by_event = tally
            .by_event
            .iter()
            .map(|(e, t)| {
                let c = t.counts;
                (*e, [c.valid, c.illegible, c.void, c.purged])
            })
            .collect();
        (by_event, tally.whole().by_country)
    }

    #[allow(clippy::too_many_lines)] // one interpreter of the steps, read top to bottom
    fn run(steps: Vec<Step>) {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("p".to_owned());
        let mut vault = Vault::create(dir.path(), &pass, 10).unwrap();
        let clock = crate::clock::Clock::fixed(1_764_000_000);
        vault.set_time(clock.clone());
        let (campaign, _) = vault
            .create_campaign(CampaignDraft {
                title: "T".into(),
                ..CampaignDraft::default()
            })
            .unwrap();
        let events: Vec<EventId> = ["A", "B", "C"]
            .iter()
            .map(|name| vault.create_event(&campaign, name, "", "").unwrap().id)
            .collect();
        let other = crate::model::DeviceId::random();
        let mut other_seq = 0;
        let mut ids: Vec<RecordId> = Vec::new();
        let mut line = 0;
        for step in steps {
            match step {
                Step::Add(lines) => {
                    let new: Vec<NewLine> = lines
                        .iter()
                        .map(|&(event, country, illegible)| {
                            line += 1;
                            NewLine {
                                event: Some(events[event]),
                                sheet: 1,
                                line,
                                kind: if illegible {
                                    LineKind::Illegible
                                } else {
                                    LineKind::Signature
                                },
                                fields: if illegible {
                                    BTreeMap::new()
                                } else {
                                    fields(&format!("Name {line}"), country)
                                },
                            }
                        })
                        .collect();
                    ids.extend(vault.add_many(&campaign, new).unwrap());
                }
                Step::Amend(r, country) if !ids.is_empty() => {
                    let raw = BTreeMap::from([(
                        "country".to_owned(),
                        country.unwrap_or_default().to_owned(),
                    )]);
                    // Refused for purged records and illegible lines: fine, the counts
                    // must then not move either.
                    let _ = vault.amend(ids[r % ids.len()], &raw);
                }
                Step::Void(r) if !ids.is_empty() => {
                    let _ = vault.void(ids[r % ids.len()], "wrong sheet");
                }
                Step::Import(r, lines) => {
                    let mut op = |record, body| {
                        other_seq += 1;
                        Op {
                            replica: other,
                            seq: other_seq,
                            lamport: 10_000 + other_seq,
                            campaign: campaign.id,
                            record,
                            at: clock.now(),
                            body,
                        }
                    };
                    let mut ops = Vec::new();
                    for (event, country) in lines {
                        line += 1;
                        let id = RecordId::random();
                        ids.push(id);
                        ops.push(op(
                            id,
                            OpBody::Add {
                                event: events[event],
                                sheet: 1,
                                line,
                                line_kind: LineKind::Signature,
                                fields: fields("Remote", country),
                            },
                        ));
                    }
                    if !ids.is_empty() {
                        ops.push(op(
                            ids[r % ids.len()],
                            OpBody::Amend {
                                fields: fields("Amended", Some("UA")),
                            },
                        ));
                    }
                    vault.commit_ops(&ops).unwrap();
                }
                Step::Purge => {
                    let held = vault.held_vector().unwrap();
                    vault.record_acknowledgement(campaign.id, &held).unwrap();
                    vault = vault.purge_acknowledged(None).unwrap().0;
                    vault.set_time(clock.clone());
                }
                Step::NextDay => clock.advance(Duration::from_secs(86_400)),
                Step::Amend(..) | Step::Void(_) => {}
            }
            assert_eq!(vault.tally_differences().unwrap(), Vec::<CampaignId>::new());
            assert_eq!(
                kept(&vault, &campaign),
                counted_by_listing(&vault, &campaign)
            );
        }
        drop(vault);
        let vault = Vault::open(dir.path(), &pass).unwrap();
        assert!(
            vault.conversion_note().is_none(),
            "counts are not built twice"
        );
        assert_eq!(
            kept(&vault, &campaign),
            counted_by_listing(&vault, &campaign)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        #[test]
        fn kept_counts_equal_a_recount_after_any_history(steps in prop::collection::vec(step(), 1..12)) {
            run(steps);
        }
    }

    #[test]
    fn a_vault_without_counts_gets_them_once_on_open_all_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("p".to_owned());
        let campaign = {
            let vault = Vault::create(dir.path(), &pass, 10).unwrap();
            let (campaign, _) = vault
                .create_campaign(CampaignDraft {
                    title: "T".into(),
                    ..CampaignDraft::default()
                })
                .unwrap();
            let event = vault.create_event(&campaign, "A", "", "").unwrap();
            for (line, country) in [(1, Some("UA")), (2, None), (3, Some("UA"))] {
                vault
                    .add(
                        &campaign,
                        NewLine {
                            event: Some(event.id),
                            sheet: 1,
                            line,
                            fields: fields("N", country),
                            ..NewLine::default()
                        },
                    )
                    .unwrap();
            }
            // As an older release left it: records, no counts.
            let mut writes = WriteSet::default();
            for entry in vault.store.scan_prefix(Tree::Meta, keys::tallies_prefix()) {
                writes.remove(Tree::Meta, entry.unwrap().0.to_vec());
            }
            writes.remove(Tree::Meta, keys::TALLY_READY);
            vault.store.commit(&writes).unwrap();
            assert_eq!(vault.tally(campaign.id).unwrap(), CampaignTally::default());
            campaign
        };
        let vault = Vault::open(dir.path(), &pass).unwrap();
        let note = vault.conversion_note().unwrap();
        assert!(
            note.contains("Counted this vault's 3 records once"),
            "{note}"
        );
        let whole = vault.tally(campaign.id).unwrap().whole();
        assert_eq!(whole.counts.valid, 3);
        assert_eq!(whole.by_country["UA"], 2);
        assert_eq!(whole.by_country["unknown"], 1);
        drop(vault);
        let vault = Vault::open(dir.path(), &pass).unwrap();
        assert!(
            vault.conversion_note().is_none(),
            "only the first open counts"
        );
        // Counts gone stale (as an older release would leave them) are found, and a
        // recount replaces them.
        let mut writes = WriteSet::default();
        for entry in vault.store.scan_prefix(Tree::Meta, keys::tallies_prefix()) {
            writes.remove(Tree::Meta, entry.unwrap().0.to_vec());
        }
        vault.store.commit(&writes).unwrap();
        assert_eq!(vault.tally_differences().unwrap(), vec![campaign.id]);
        let counted = vault.recount().unwrap();
        assert_eq!(vault.replace_tally(&counted).unwrap(), 3);
        assert!(vault.tally_differences().unwrap().is_empty());
        assert_eq!(vault.tally(campaign.id).unwrap().whole(), whole);
    }
}

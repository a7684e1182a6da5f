//! Reports and delivery files: counts per campaign, event, day, device, country and
//! status (this file), the same as a picture ([`chart`]), and the plain-text delivery
//! files a coordinator hands over ([`delivery`] for CSV, [`xlsx`]). Pure functions of
//! the vault's records; nothing here writes to the vault.

pub mod chart;
pub mod delivery;
pub mod xlsx;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{
    Campaign, CampaignId, DeviceId, Event, EventId, Record, Role, Roles, Status, UnixTime,
    format_time,
};
use crate::vault::{ListFilter, Vault, VaultError};

/// How many records have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub valid: usize,
    pub illegible: usize,
    pub void: usize,
    /// Signatures delivered and purged from this vault (counted as valid before; an
    /// illegible or void line keeps its own count when purged). `valid + purged` is the
    /// number of signatures.
    pub purged: usize,
    pub total: usize,
}

impl StatusCounts {
    fn add(&mut self, status: Status) {
        self.total += 1;
        match status {
            Status::Valid => self.valid += 1,
            Status::Illegible => self.illegible += 1,
            Status::Void => self.void += 1,
            Status::Purged => self.purged += 1,
        }
    }
}

/// One event's line in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventCounts {
    pub event: EventId,
    pub name: String,
    pub date: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

/// One day's line in a report: the records of the sheets signed that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayCounts {
    /// `YYYY-MM-DD`: the date of the record's event, or (for an event without a date)
    /// the day the record was typed, UTC.
    pub date: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
    /// Signatures (valid and purged) up to and including this day.
    pub cumulative: usize,
}

/// A device that typed records of the campaign or sent bundles for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceActivity {
    pub device: DeviceId,
    /// Its signing key's fingerprint, once a bundle of it was imported; `None` for this
    /// vault's own device and for a device known only from relayed operations.
    pub fingerprint: Option<String>,
    /// Signatures it typed (valid and purged).
    pub signatures: usize,
    pub first_bundle: Option<UnixTime>,
    /// When its latest bundle was imported: a device silent for long stands out.
    pub last_bundle: Option<UnixTime>,
    pub bundles: u64,
    pub ops: u64,
    pub revoked: Option<UnixTime>,
}

/// The report of one campaign. Its JSON is the stable `report --format json` shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CampaignReport {
    pub campaign: CampaignId,
    pub title: String,
    /// The campaign's signature goal, if its coordinator set one.
    pub goal: Option<u64>,
    #[serde(flatten)]
    pub counts: StatusCounts,
    pub by_event: Vec<EventCounts>,
    /// By day, oldest first; only days with records.
    pub by_day: Vec<DayCounts>,
    /// Who typed the records (the device that made each `add`).
    pub by_device: BTreeMap<DeviceId, StatusCounts>,
    /// Valid signatures per ISO country code; `unknown` when none was given,
    /// `purged` when the record's values were purged here.
    pub by_country: BTreeMap<String, usize>,
    /// Every device behind the campaign's records or bundles, latest bundle first.
    #[serde(serialize_with = "devices_json")]
    pub devices: Vec<DeviceActivity>,
    /// Records the coordinator decided are duplicates of another (`dedupe resolve
    /// --same`): counted as void above, here on their own.
    pub duplicates_removed: usize,
    /// Pairs of records a decision in force settled (same signer or different
    /// people): what `dedupe` no longer proposes.
    pub pairs_reviewed: usize,
}

impl CampaignReport {
    /// Signatures counted (valid here, and delivered then purged).
    pub fn signatures(&self) -> usize {
        self.counts.valid + self.counts.purged
    }
}

impl StatusCounts {
    /// Signatures counted (valid here, and delivered then purged).
    pub fn signatures(&self) -> usize {
        self.valid + self.purged
    }
}

/// Devices in JSON with their times as RFC 3339, like `device list --format json`.
fn devices_json<S: serde::Serializer>(
    devices: &[DeviceActivity],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq as _;
    let time = |t: Option<UnixTime>| t.map(format_time);
    let mut seq = serializer.serialize_seq(Some(devices.len()))?;
    for d in devices {
        seq.serialize_element(&serde_json::json!({
            "device": d.device, "fingerprint": d.fingerprint, "signatures": d.signatures,
            "first_bundle": time(d.first_bundle), "last_bundle": time(d.last_bundle),
            "bundles": d.bundles, "ops": d.ops, "revoked": time(d.revoked),
        }))?;
    }
    seq.end()
}

/// Counts the records of `campaign`.
pub fn campaign_report(vault: &Vault, campaign: &Campaign) -> Result<CampaignReport, VaultError> {
    let records = vault.records(
        campaign.id,
        ListFilter {
            event: None,
            include_void: true,
        },
    )?;
    let events = vault.events(Some(campaign.id))?;
    let mut report = CampaignReport {
        campaign: campaign.id,
        title: campaign.title.clone(),
        goal: campaign.goal.map(|g| g.signatures),
        counts: StatusCounts::default(),
        by_event: Vec::new(),
        by_day: Vec::new(),
        by_device: BTreeMap::new(),
        by_country: BTreeMap::new(),
        devices: Vec::new(),
        duplicates_removed: records.iter().filter(|r| r.duplicate_of().is_some()).count(),
        pairs_reviewed: pairs_reviewed(&records),
    };
    let event_dates: BTreeMap<EventId, &str> = events
        .iter()
        .filter(|e| !e.date.is_empty())
        .map(|e| (e.id, e.date.as_str()))
        .collect();
    let mut by_event: BTreeMap<EventId, StatusCounts> = BTreeMap::new();
    let roles = campaign.roles();
    let mut by_day: BTreeMap<String, StatusCounts> = BTreeMap::new();
    for record in &records {
        count_record(&mut report, &mut by_event, &roles, record);
        if let Some(origin) = &record.origin {
            let date = event_dates
                .get(&origin.event)
                .map_or_else(|| day_of(origin.entered_at), |d| (*d).to_owned());
            by_day.entry(date).or_default().add(record.status());
        }
    }
    let mut cumulative = 0;
    report.by_day = by_day
        .into_iter()
        .map(|(date, counts)| {
            cumulative += counts.signatures();
            DayCounts {
                date,
                counts,
                cumulative,
            }
        })
        .collect();
    report.devices = device_activity(vault, campaign.id, &report.by_device)?;
    report_events(&mut report, events, by_event);
    Ok(report)
}

/// The distinct pairs of records that the decisions in force among `records` name.
fn pairs_reviewed(records: &[Record]) -> usize {
    let mut pairs = std::collections::BTreeSet::new();
    for decision in crate::vault::decisions_among(records) {
        for (i, a) in decision.records.iter().enumerate() {
            for b in &decision.records[i + 1..] {
                pairs.insert((*a, *b));
            }
        }
    }
    pairs.len()
}

/// The `YYYY-MM-DD` (UTC) of a time.
fn day_of(t: UnixTime) -> String {
    format_time(t).chars().take(10).collect()
}

/// The devices that typed records of the campaign or sent bundles for it.
fn device_activity(
    vault: &Vault,
    campaign: CampaignId,
    by_device: &BTreeMap<DeviceId, StatusCounts>,
) -> Result<Vec<DeviceActivity>, VaultError> {
    let known = vault.known_devices()?;
    let mut devices: Vec<DeviceActivity> = known
        .iter()
        .filter(|d| d.campaigns.contains(&campaign) || by_device.contains_key(&d.device))
        .map(|d| DeviceActivity {
            device: d.device,
            fingerprint: Some(d.fingerprint.clone()),
            signatures: by_device.get(&d.device).map_or(0, StatusCounts::signatures),
            first_bundle: Some(d.first_seen),
            last_bundle: Some(d.last_seen),
            bundles: d.bundles,
            ops: d.ops,
            revoked: d.revoked,
        })
        .collect();
    for (device, counts) in by_device {
        if !known.iter().any(|d| d.device == *device) {
            devices.push(DeviceActivity {
                device: *device,
                fingerprint: None,
                signatures: counts.signatures(),
                first_bundle: None,
                last_bundle: None,
                bundles: 0,
                ops: 0,
                revoked: None,
            });
        }
    }
    devices.sort_by(|a, b| {
        b.last_bundle
            .cmp(&a.last_bundle)
            .then(a.device.cmp(&b.device))
    });
    Ok(devices)
}

/// Fills `by_event`: the campaign's events by date, then records of events this vault
/// does not know.
fn report_events(
    report: &mut CampaignReport,
    events: Vec<Event>,
    mut by_event: BTreeMap<EventId, StatusCounts>,
) {
    for event in events {
        let counts = by_event.remove(&event.id).unwrap_or_default();
        report.by_event.push(EventCounts {
            event: event.id,
            name: event.name,
            date: event.date,
            counts,
        });
    }
    // Records whose event this vault does not know (it never arrived) still count.
    for (event, counts) in by_event {
        report.by_event.push(EventCounts {
            event,
            name: String::new(),
            date: String::new(),
            counts,
        });
    }
}

fn count_record(
    report: &mut CampaignReport,
    by_event: &mut BTreeMap<EventId, StatusCounts>,
    roles: &Roles,
    record: &Record,
) {
    let status = record.status();
    report.counts.add(status);
    if let Some(origin) = &record.origin {
        by_event.entry(origin.event).or_default().add(status);
        report
            .by_device
            .entry(origin.entered_by)
            .or_default()
            .add(status);
    }
    let country = match status {
        Status::Valid => roles.value(record, Role::Country).unwrap_or("unknown"),
        Status::Purged => "purged",
        Status::Illegible | Status::Void => return,
    };
    *report.by_country.entry(country.to_owned()).or_default() += 1;
}

/// Reports for one campaign, or for all.
pub fn report(
    vault: &Vault,
    campaign: Option<&Campaign>,
) -> Result<Vec<CampaignReport>, VaultError> {
    match campaign {
        Some(c) => Ok(vec![campaign_report(vault, c)?]),
        None => vault
            .campaigns()?
            .iter()
            .map(|c| campaign_report(vault, c))
            .collect(),
    }
}

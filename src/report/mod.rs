//! Reports and delivery files: counts per campaign, event, day, device, country and
//! status (this file), the same as a picture ([`chart`]), and the plain-text delivery
//! files a coordinator hands over ([`delivery`] for CSV, [`xlsx`]). Counts come from
//! what the vault keeps beside the records (`vault::tally`), delivery files from the
//! records; nothing here writes to the vault.

pub mod chart;
pub mod delivery;
pub mod xlsx;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Campaign, CampaignId, DeviceId, Event, EventId, UnixTime, format_time};
use crate::vault::{CampaignTally, StatusTally, Vault, VaultError};

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
    /// Double entry (docs/double-entry.md): how the paper lines compare.
    pub double_entry: DoubleEntryCounts,
}

/// Double entry's counts: signatures whose paper line is verified and not yet, and the
/// lines that still need a person. A line counts once when verified; until then two
/// entries typed on different devices count twice, so the lines that would are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DoubleEntryCounts {
    /// Whether the campaign requires double entry (`campaign create --double-entry`).
    pub required: bool,
    /// Valid signatures whose paper line is verified.
    pub verified: usize,
    /// Valid signatures whose paper line is not (typed once, or not settled).
    pub not_verified: usize,
    /// Paper lines whose entries differ and that nobody resolved (`compare`).
    pub lines_differ: usize,
    /// Paper lines whose entries agree but are not verified yet (`resolve --agreed`).
    pub lines_agreed_not_verified: usize,
}

impl CampaignReport {
    /// Signatures counted (valid here, and delivered then purged).
    pub fn signatures(&self) -> usize {
        self.counts.valid + self.counts.purged
    }
}

/// A bar chart's bars: a label and its signatures.
pub type BarItems = Vec<(String, usize)>;

/// The report's three bar charts — signatures per event, valid ones per country, and
/// signatures per device — as the SVG chart and the dashboard both draw them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bars {
    pub events: BarItems,
    pub countries: BarItems,
    pub devices: BarItems,
}

impl CampaignReport {
    /// The bars of the per-event, per-country and per-device charts, in report order
    /// (see [`largest_first`] for the order drawn).
    pub fn bars(&self) -> Bars {
        let events = self
            .by_event
            .iter()
            .map(|e| {
                let name = if e.name.is_empty() {
                    "(event not received)".to_owned()
                } else {
                    e.name.clone()
                };
                (name, e.counts.signatures())
            })
            .collect();
        let countries = self
            .by_country
            .iter()
            .map(|(c, n)| (c.clone(), *n))
            .collect();
        let devices = self
            .devices
            .iter()
            .map(|d| (d.device.to_string(), d.signatures))
            .collect();
        Bars {
            events,
            countries,
            devices,
        }
    }
}

/// `items` largest first (ties by label), at most `rows` of them: the rest are summed
/// into one last "others" bar.
pub fn largest_first(mut items: BarItems, rows: usize) -> BarItems {
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if items.len() > rows && rows > 0 {
        let others: usize = items.drain(rows - 1..).map(|(_, n)| n).sum();
        items.push(("others".to_owned(), others));
    }
    items
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

/// The report of `campaign`, from the counts the vault keeps beside the records (one
/// value per event: see `vault::tally`), never from the records themselves.
pub fn campaign_report(vault: &Vault, campaign: &Campaign) -> Result<CampaignReport, VaultError> {
    campaign_report_from(vault, campaign, &vault.tally(campaign.id)?)
}

/// The report of `campaign` from `tally`: the kept counts, or a recount
/// ([`Vault::recount`], for `report --recount`).
pub fn campaign_report_from(
    vault: &Vault,
    campaign: &Campaign,
    tally: &CampaignTally,
) -> Result<CampaignReport, VaultError> {
    let events = vault.events(Some(campaign.id))?;
    let whole = tally.whole();
    let mut report = CampaignReport {
        campaign: campaign.id,
        title: campaign.title.clone(),
        goal: campaign.goal.map(|g| g.signatures),
        counts: whole.counts.into(),
        by_event: Vec::new(),
        by_day: Vec::new(),
        by_device: whole
            .by_device
            .iter()
            .map(|(device, counts)| (*device, StatusCounts::from(*counts)))
            .collect(),
        by_country: whole
            .by_country
            .iter()
            .map(|(country, n)| (country.clone(), usize_of(*n)))
            .collect(),
        devices: Vec::new(),
        duplicates_removed: usize_of(whole.duplicates),
        pairs_reviewed: usize_of(whole.pairs_reviewed),
        double_entry: double_entry(vault, campaign, &whole)?,
    };
    // A record counts on its event's date, or (an event without a date, or one this
    // vault does not know) on the day it was typed.
    let event_dates: BTreeMap<EventId, &str> = events
        .iter()
        .filter(|e| !e.date.is_empty())
        .map(|e| (e.id, e.date.as_str()))
        .collect();
    let mut by_day: BTreeMap<String, StatusTally> = BTreeMap::new();
    for (event, t) in &tally.by_event {
        match event_dates.get(event) {
            Some(date) => by_day
                .entry((*date).to_owned())
                .or_default()
                .merge(&t.counts),
            None => {
                for (day, counts) in &t.by_entry_day {
                    by_day.entry(day.clone()).or_default().merge(counts);
                }
            }
        }
    }
    let mut cumulative = 0;
    report.by_day = by_day
        .into_iter()
        .map(|(date, counts)| {
            let counts = StatusCounts::from(counts);
            cumulative += counts.signatures();
            DayCounts {
                date,
                counts,
                cumulative,
            }
        })
        .collect();
    report.devices = device_activity(vault, campaign.id, &report.by_device)?;
    let by_event = tally
        .by_event
        .iter()
        .map(|(event, t)| (*event, StatusCounts::from(t.counts)))
        .collect();
    report_events(&mut report, events, by_event);
    Ok(report)
}

fn usize_of(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

impl From<StatusTally> for StatusCounts {
    fn from(t: StatusTally) -> Self {
        Self {
            valid: usize_of(t.valid),
            illegible: usize_of(t.illegible),
            void: usize_of(t.void),
            purged: usize_of(t.purged),
            total: usize_of(t.total()),
        }
    }
}

/// Double entry's counts: the verified signatures from the kept counts; the lines that
/// differ or agree unverified from comparing the campaign's entries, which opens every
/// record, so only for a campaign that requires double entry or has verified lines.
fn double_entry(
    vault: &Vault,
    campaign: &Campaign,
    whole: &crate::vault::Tally,
) -> Result<DoubleEntryCounts, VaultError> {
    let verified = usize_of(whole.verified);
    let mut counts = DoubleEntryCounts {
        required: campaign.double_entry,
        verified,
        not_verified: usize_of(whole.counts.valid).saturating_sub(verified),
        lines_differ: 0,
        lines_agreed_not_verified: 0,
    };
    if campaign.double_entry || verified > 0 {
        let records = vault.records(
            campaign.id,
            crate::vault::ListFilter {
                event: None,
                include_void: true,
            },
        )?;
        let comparison = crate::model::paper::compare(&records);
        counts.lines_differ = comparison.differ.len();
        counts.lines_agreed_not_verified = comparison.unverified_agreed().count();
    }
    Ok(counts)
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

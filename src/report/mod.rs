//! Reports and delivery files: counts per campaign, event, device, country and status
//! ([`counts`]), and the plain-text delivery CSV a coordinator hands over ([`delivery`]).
//! Pure functions of the vault's records; nothing here writes to the vault.

pub mod delivery;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Campaign, CampaignId, DeviceId, EventId, Record, Role, Roles, Status};
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

/// The report of one campaign. Its JSON is the stable `report --format json` shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CampaignReport {
    pub campaign: CampaignId,
    pub title: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
    pub by_event: Vec<EventCounts>,
    /// Who typed the records (the device that made each `add`).
    pub by_device: BTreeMap<DeviceId, StatusCounts>,
    /// Valid signatures per ISO country code; `unknown` when none was given,
    /// `purged` when the record's values were purged here.
    pub by_country: BTreeMap<String, usize>,
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
    let mut report = CampaignReport {
        campaign: campaign.id,
        title: campaign.title.clone(),
        counts: StatusCounts::default(),
        by_event: Vec::new(),
        by_device: BTreeMap::new(),
        by_country: BTreeMap::new(),
    };
    let mut by_event: BTreeMap<EventId, StatusCounts> = BTreeMap::new();
    let roles = campaign.roles();
    for record in &records {
        count_record(&mut report, &mut by_event, &roles, record);
    }
    for event in vault.events(Some(campaign.id))? {
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
    Ok(report)
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

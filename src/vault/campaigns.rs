//! Campaigns and events in the vault, and finding them by id or by name.

use std::collections::BTreeMap;

use super::{Tree, Vault, VaultError, WriteSet};
use crate::model::{self, Campaign, CampaignId, Event, EventId, FieldSpec};
use crate::sync::{self, keys};

/// What a coordinator gives to create a campaign.
#[derive(Debug, Clone, Default)]
pub struct CampaignDraft {
    pub title: String,
    pub texts: BTreeMap<String, String>,
    /// Added to, or replacing by key, the default fields.
    pub fields: Vec<FieldSpec>,
    /// Extra recipients besides this vault's own.
    pub recipients: Vec<String>,
    /// The number of signatures aimed for, if any.
    pub goal: Option<u64>,
    /// Every paper line is to be typed twice (`Campaign::double_entry`).
    pub double_entry: bool,
}

impl Vault {
    /// Creates a campaign coordinated from this vault, stores it, and returns it with the
    /// signed campaign file to hand to organizers.
    pub fn create_campaign(&self, draft: CampaignDraft) -> Result<(Campaign, Vec<u8>), VaultError> {
        let mut fields = model::default_fields();
        // A field given a role replaces the default field that held it (`full_name` with
        // the role `name` replaces `name`), unless the draft redefines that field too.
        for role in draft.fields.iter().filter_map(|f| f.role) {
            if !draft.fields.iter().any(|f| f.key == role.default_key()) {
                fields.retain(|f| f.key != role.default_key());
            }
        }
        for spec in draft.fields {
            match fields.iter_mut().find(|f| f.key == spec.key) {
                Some(existing) => *existing = spec,
                None => fields.push(spec),
            }
        }
        let mut recipients = vec![self.recipient()?];
        for r in draft.recipients {
            keys::parse_recipient(&r)?;
            let r = r.trim().to_owned();
            if !recipients.contains(&r) {
                recipients.push(r);
            }
        }
        let campaign = Campaign {
            id: CampaignId::random(),
            title: model::text::nfc(draft.title.trim()),
            texts: draft
                .texts
                .into_iter()
                .map(|(lang, text)| (lang, model::text::nfc(&text)))
                .collect(),
            fields,
            recipients,
            signing_key: keys::encode_verifying_key(&self.signing_key().verifying_key()),
            created_at: self.time.now(),
            goal: draft.goal.map(|signatures| model::Goal {
                signatures,
                set_at: self.time.now(),
            }),
            double_entry: draft.double_entry,
            events: Vec::new(),
        };
        sync::campaign_file::check_campaign(&campaign).map_err(VaultError::CampaignRules)?;
        let file = sync::write_campaign_file(&campaign, &self.signing_key());
        self.put_campaign(&campaign)?;
        Ok((campaign, file))
    }

    /// Verifies a campaign file and adds its campaign. Joining the same campaign again
    /// updates it, but only if the same coordinator signed it, and not with an older
    /// copy (one whose goal was set before the goal this vault holds).
    pub fn join_campaign(&self, file: &[u8]) -> Result<Campaign, VaultError> {
        let campaign = sync::read_campaign_file(file)?;
        if let Some(existing) = self.campaign(campaign.id)? {
            if existing.signing_key != campaign.signing_key {
                return Err(VaultError::OtherCoordinator(campaign.id));
            }
            let set_at = |c: &Campaign| c.goal.map(|g| g.set_at);
            if set_at(&campaign) < set_at(&existing) {
                return Err(VaultError::OlderCampaignFile(campaign.id));
            }
        }
        self.put_campaign(&campaign)?;
        // The events it shares, as the coordinator made them: new ones are stored, and
        // one this vault holds already keeps what this vault set on it (its sheet
        // length), so joining again never undoes local work.
        let new: Vec<Event> = campaign
            .events
            .iter()
            .filter(|e| self.event(e.id).ok().flatten().is_none())
            .cloned()
            .collect();
        if !new.is_empty() {
            self.put_events(&new)?;
        }
        Ok(campaign)
    }

    /// Shares `event` (one of `campaign`'s, created here) with every organizer: adds it
    /// to the campaign, and returns the campaign with its newly signed campaign file,
    /// which `campaign join` or `campaign update` applies on the organizers' vaults.
    pub fn share_event(
        &self,
        campaign: &Campaign,
        event: &Event,
    ) -> Result<(Campaign, Vec<u8>), VaultError> {
        if !self.coordinates(campaign) {
            return Err(VaultError::NotCoordinator(campaign.id));
        }
        let mut campaign = campaign.clone();
        if !campaign.events.iter().any(|e| e.id == event.id) {
            campaign.events.push(event.clone());
        }
        sync::campaign_file::check_campaign(&campaign).map_err(VaultError::CampaignRules)?;
        let file = sync::write_campaign_file(&campaign, &self.signing_key());
        self.put_campaign(&campaign)?;
        Ok((campaign, file))
    }

    /// Sets (or, with `None`, removes) the signature goal of a campaign this vault
    /// coordinates, and returns the campaign with its newly signed campaign file, which
    /// carries the goal to organizers (`campaign join` updates their copy).
    pub fn set_goal(
        &self,
        campaign: &Campaign,
        goal: Option<u64>,
    ) -> Result<(Campaign, Vec<u8>), VaultError> {
        if !self.coordinates(campaign) {
            return Err(VaultError::NotCoordinator(campaign.id));
        }
        let mut campaign = campaign.clone();
        // Never earlier than the goal it replaces, even if the clock went back, so the
        // new file always supersedes the old one.
        let set_at = self.time.now().max(
            campaign
                .goal
                .map_or(i64::MIN, |g| g.set_at.saturating_add(1)),
        );
        campaign.goal = goal.map(|signatures| model::Goal { signatures, set_at });
        sync::campaign_file::check_campaign(&campaign).map_err(VaultError::CampaignRules)?;
        let file = sync::write_campaign_file(&campaign, &self.signing_key());
        self.put_campaign(&campaign)?;
        Ok((campaign, file))
    }

    fn put_campaign(&self, campaign: &Campaign) -> Result<(), VaultError> {
        let mut writes = WriteSet::default();
        self.put_sealed(
            &mut writes,
            Tree::Campaigns,
            campaign.id.as_bytes(),
            campaign,
        );
        // The kept counts read the country from the field with that role: if another
        // field has it now, they are counted again. The ready marker goes in the same
        // batch, so a crash before the recount is finished makes the next open do it.
        let country = |roles: &model::Roles| roles.key(model::Role::Country).map(str::to_owned);
        let before = self
            .campaign(campaign.id)?
            .map_or_else(model::Roles::defaults, |c| c.roles());
        let counted = self
            .store
            .scan_prefix(Tree::Meta, &super::keys::tally_prefix(campaign.id))
            .next()
            .is_some();
        let recount = counted && country(&before) != country(&campaign.roles());
        if recount {
            writes.remove(Tree::Meta, super::keys::TALLY_READY);
        }
        self.store.commit(&writes)?;
        if recount {
            self.rebuild_tally()?;
        }
        Ok(())
    }

    /// Whether this vault holds the signing key of `campaign`'s coordinator.
    pub fn coordinates(&self, campaign: &Campaign) -> bool {
        campaign.signing_key == keys::encode_verifying_key(&self.signing_key().verifying_key())
    }

    pub fn campaign(&self, id: CampaignId) -> Result<Option<Campaign>, VaultError> {
        self.get_sealed(Tree::Campaigns, id.as_bytes(), "campaign")
    }

    /// All campaigns, by title.
    pub fn campaigns(&self) -> Result<Vec<Campaign>, VaultError> {
        let mut all = Vec::new();
        for entry in self.store.scan_prefix(Tree::Campaigns, b"") {
            let (key, sealed) = entry?;
            all.push(self.open_json::<Campaign>(Tree::Campaigns, &key, &sealed, "campaign")?);
        }
        all.sort_by(|a, b| a.title.cmp(&b.title).then(a.id.cmp(&b.id)));
        Ok(all)
    }

    /// Finds a campaign by id, exact title (ignoring case), or unique part of a title.
    /// With `None` and exactly one campaign in the vault, that one.
    pub fn resolve_campaign(&self, query: Option<&str>) -> Result<Campaign, VaultError> {
        let mut all = self.campaigns()?;
        let Some(query) = query else {
            return match all.len() {
                0 | 1 => all.pop().ok_or(VaultError::NoCampaigns),
                _ => Err(VaultError::CampaignNeeded(names(&all, |c| {
                    (&c.title, c.id.to_string())
                }))),
            };
        };
        pick(all, query, |c| (&c.title, c.id.to_string())).map_err(|matches| match matches {
            None => VaultError::UnknownCampaign(query.to_owned()),
            Some(matches) => VaultError::AmbiguousCampaign {
                query: query.to_owned(),
                matches,
            },
        })
    }

    /// Creates an event in `campaign`.
    pub fn create_event(
        &self,
        campaign: &Campaign,
        name: &str,
        place: &str,
        date: &str,
    ) -> Result<Event, VaultError> {
        let name = model::text::nfc(name.trim());
        if name.is_empty() {
            return Err(VaultError::EventNameMissing);
        }
        if !date.is_empty() {
            model::normalize_value(&model::FieldKind::Date, false, date)
                .map_err(|_| VaultError::EventDate)?;
        }
        // Two events of one name and date could then be named by id only.
        let date = date.trim();
        if let Some(twin) = self
            .events(Some(campaign.id))?
            .into_iter()
            .find(|e| e.date == date && e.name.to_lowercase() == name.to_lowercase())
        {
            return Err(VaultError::EventExists {
                name: twin.name,
                date: date.to_owned(),
                id: twin.id,
            });
        }
        let event = Event {
            id: EventId::random(),
            campaign: campaign.id,
            name,
            place: model::text::nfc(place.trim()),
            date: date.to_owned(),
            notes: String::new(),
            lines_per_sheet: None,
            created_by: self.device_id(),
            created_at: self.time.now(),
        };
        event.check_text().map_err(VaultError::EventText)?;
        self.put_events(std::slice::from_ref(&event))?;
        Ok(event)
    }

    /// Stores events (new ones, or ones that arrived in a bundle).
    pub fn put_events(&self, events: &[Event]) -> Result<(), VaultError> {
        let mut writes = WriteSet::default();
        for event in events {
            self.put_sealed(&mut writes, Tree::Events, event.id.as_bytes(), event);
        }
        Ok(self.store.commit(&writes)?)
    }

    /// Remembers how many lines each paper sheet of `event` has (`None`: not set).
    pub fn set_lines_per_sheet(
        &self,
        event: EventId,
        lines: Option<u32>,
    ) -> Result<Event, VaultError> {
        let mut event = self
            .event(event)?
            .ok_or_else(|| VaultError::UnknownEvent(event.to_string()))?;
        if event.lines_per_sheet != lines {
            event.lines_per_sheet = lines;
            self.put_events(std::slice::from_ref(&event))?;
        }
        Ok(event)
    }

    pub fn event(&self, id: EventId) -> Result<Option<Event>, VaultError> {
        self.get_sealed(Tree::Events, id.as_bytes(), "event")
    }

    /// The events of one campaign (or of all), by date then name.
    pub fn events(&self, campaign: Option<CampaignId>) -> Result<Vec<Event>, VaultError> {
        let mut all = Vec::new();
        for entry in self.store.scan_prefix(Tree::Events, b"") {
            let (key, sealed) = entry?;
            let event: Event = self.open_json(Tree::Events, &key, &sealed, "event")?;
            if campaign.is_none_or(|c| c == event.campaign) {
                all.push(event);
            }
        }
        all.sort_by(|a, b| (&a.date, &a.name, a.id).cmp(&(&b.date, &b.name, b.id)));
        Ok(all)
    }

    /// Finds an event of `campaign` by id, exact name or unique part of a name.
    pub fn resolve_event(&self, campaign: &Campaign, query: &str) -> Result<Event, VaultError> {
        pick(self.events(Some(campaign.id))?, query, |e| {
            (&e.name, e.id.to_string())
        })
        .map_err(|matches| match matches {
            None => VaultError::UnknownEvent(query.to_owned()),
            Some(matches) => VaultError::AmbiguousEvent {
                query: query.to_owned(),
                matches,
            },
        })
    }
}

/// Picks the one item whose id is `query`, else whose name equals it ignoring case,
/// else whose name contains it. `Err(None)`: no match; `Err(Some(list))`: ambiguous.
fn pick<T>(
    items: Vec<T>,
    query: &str,
    name_and_id: impl Fn(&T) -> (&String, String),
) -> Result<T, Option<String>> {
    // Stored names are NFC; a name typed on another system may not be.
    let q = model::text::nfc(query.trim()).to_lowercase();
    let id_match = |t: &T| name_and_id(t).1 == q;
    let exact = |t: &T| name_and_id(t).0.to_lowercase() == q;
    let partial = |t: &T| name_and_id(t).0.to_lowercase().contains(&q);
    for test in [&id_match as &dyn Fn(&T) -> bool, &exact, &partial] {
        let found: Vec<&T> = items.iter().filter(|t| test(t)).collect();
        match found.len() {
            0 => {}
            1 => {
                let index = items.iter().position(test).expect("found above");
                return Ok(items.into_iter().nth(index).expect("index in range"));
            }
            _ => return Err(Some(names_of(&found, &name_and_id))),
        }
    }
    Err(None)
}

fn names<T>(items: &[T], name_and_id: impl Fn(&T) -> (&String, String)) -> String {
    names_of(&items.iter().collect::<Vec<_>>(), &name_and_id)
}

fn names_of<T>(items: &[&T], name_and_id: &impl Fn(&T) -> (&String, String)) -> String {
    items
        .iter()
        .map(|t| {
            let (n, id) = name_and_id(t);
            format!("{n} = {id}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

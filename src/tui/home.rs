//! Home: the campaigns in the vault with their events and how many lines each has;
//! pick an event to type its sheets, create an event inline, browse a campaign, join
//! or create a campaign.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::form::Form;
use super::keys::{Binding, Key, Text};
use super::language::Chooser;
use super::prompt::{self, Prompt, PromptDone, PromptKind};
use super::routes::To;
use super::screen::{Cx, Flash, Route, Screen, ViewCx};
use crate::i18n::t;
use crate::model::{Campaign, CampaignId, Event, EventId, FieldKind, FieldSpec, Status};
use crate::vault::VaultError;

/// Where a campaign stands: its lines by status (the vault's kept counts), what is
/// not yet sent, the last bundle. Read off the UI thread: "not yet sent" opens each
/// operation of this device that no receipt acknowledged.
#[derive(Debug, Clone, Copy, Default)]
struct Standing {
    valid: usize,
    illegible: usize,
    void: usize,
    purged: usize,
    /// Operations of this device the coordinator has not acknowledged (`None` on the
    /// coordinator's own vault: there is no one to send to).
    unsent: Option<usize>,
    last_bundle: Option<crate::model::UnixTime>,
}

/// The job's answer: each campaign's standing (`Ok(None)`: stopped by a lock).
struct StandingsRead(Result<Option<Vec<(CampaignId, Standing)>>, VaultError>);

fn read_standings(cx: &mut Cx, campaigns: Vec<(CampaignId, bool)>) {
    let vault = std::sync::Arc::clone(cx.vault);
    cx.jobs.spawn(move |stop| {
        let read = || -> Result<Option<Vec<(CampaignId, Standing)>>, VaultError> {
            let mut out = Vec::new();
            for (campaign, coordinator) in campaigns {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    return Ok(None);
                }
                let counts = vault.tally(campaign)?.whole().counts;
                let n = |status| usize::try_from(counts.get(status)).unwrap_or(usize::MAX);
                let mut s = Standing {
                    valid: n(Status::Valid),
                    illegible: n(Status::Illegible),
                    void: n(Status::Void),
                    purged: n(Status::Purged),
                    ..Standing::default()
                };
                if !coordinator {
                    s.unsent = Some(vault.unacknowledged_own(campaign)?);
                }
                s.last_bundle = vault.last_bundle_written(campaign)?;
                out.push((campaign, s));
            }
            Ok(Some(out))
        };
        StandingsRead(read())
    });
}

struct CampaignEntry {
    campaign: Campaign,
    coordinator: bool,
    events: Vec<(Event, usize)>,
    total: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Campaign(usize),
    Event(usize, usize),
    NewEvent(usize),
}

enum Mode {
    List,
    Language(Chooser),
    Prompt(Prompt),
    NewEvent { campaign: usize, form: Form },
}

pub struct Home {
    campaigns: Vec<CampaignEntry>,
    items: Vec<Item>,
    selected: usize,
    mode: Mode,
    /// This device's signing-key fingerprint: what the coordinator pins and checks.
    fingerprint: String,
    standings: std::collections::HashMap<CampaignId, Standing>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    First,
    Last,
    Open,
    NewEvent,
    Browse,
    Join,
    Create,
    Export,
    Import,
    Petition,
    Dashboard,
    /// The language list: open it, move in it, choose, cancel.
    Languages,
    LanguageUp,
    LanguageDown,
    ChooseLanguage,
    CancelLanguage,
    /// Blind second entry of the chosen event's sheets (double entry).
    SecondEntry,
    /// The devices of the chosen campaign (coordinator).
    Devices,
    Prompt(prompt::Action),
    /// In the new-event form.
    CreateEvent,
    Field,
    CancelEvent,
}

const LIST_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Up), Key::Plain(KeyCode::Char('k'))],
        "↑ ↓",
        Action::Up,
        tx!("key-home-choose-help"),
    ),
    Binding::new(&[Key::Plain(KeyCode::Down)], "↓", Action::Down, Text::None).hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::Home)],
        "Home / End",
        Action::First,
        tx!("key-first-last-help"),
    ),
    Binding::new(&[Key::Plain(KeyCode::End)], "End", Action::Last, Text::None).hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        Action::Open,
        tx!("key-home-open-help"),
    )
    .footer(0, tx!("key-type-sheets")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('n'))],
        "n",
        Action::NewEvent,
        tx!("key-new-event-help"),
    )
    .footer(1, tx!("key-new-event")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('b')), Key::Ctrl('b')],
        "b / Ctrl-B",
        Action::Browse,
        tx!("key-browse-help"),
    )
    .footer_as(2, "b", tx!("key-browse")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('j'))],
        "j",
        Action::Join,
        tx!("key-join-help"),
    )
    .footer(4, tx!("key-join")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('c'))],
        "c",
        Action::Create,
        tx!("key-create-help"),
    )
    .footer(5, tx!("key-create")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('x'))],
        "x",
        Action::Export,
        tx!("key-export-help"),
    )
    .footer(3, tx!("key-export")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('i'))],
        "i",
        Action::Import,
        tx!("key-import-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Char('t'))],
        "t",
        Action::Petition,
        tx!("key-petition-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Char('d'))],
        "d",
        Action::Dashboard,
        tx!("key-dashboard-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Char('v'))],
        "v",
        Action::SecondEntry,
        tx!("key-second-entry-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Char('D'))],
        "D",
        Action::Devices,
        tx!("key-devices-help"),
    ),
    // The footer names the language shown, in its own name: someone who cannot read
    // the screen's words still finds where to change them.
    Binding::new(
        &[Key::Plain(KeyCode::Char('l'))],
        "l",
        Action::Languages,
        tx!("key-language-help"),
    )
    .footer(
        6,
        Text::Message(|| crate::i18n::language().endonym().to_owned()),
    )
    .always(),
];

const LANGUAGE_KEYS: &[Binding<Action>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Up), Key::Plain(KeyCode::Char('k'))],
        "↑ ↓",
        Action::LanguageUp,
        tx!("key-move-help"),
    )
    .footer_as(1, "↑↓", tx!("key-choose")),
    Binding::new(
        &[Key::Plain(KeyCode::Down), Key::Plain(KeyCode::Char('j'))],
        "↓",
        Action::LanguageDown,
        Text::None,
    )
    .hidden(),
    Binding::enter(Action::ChooseLanguage, tx!("key-language-choose-help"))
        .footer(0, tx!("key-confirm")),
    Binding::esc(Action::CancelLanguage, tx!("key-language-cancel-help"))
        .footer(2, tx!("key-cancel")),
];

const PROMPT_KEYS: &[Binding<Action>] = &[
    prompt::confirm(Action::Prompt(prompt::Action::Confirm)),
    prompt::complete(Action::Prompt(prompt::Action::Complete)),
    prompt::cancel(Action::Prompt(prompt::Action::Cancel)),
];
const PLAIN_PROMPT_KEYS: &[Binding<Action>] = &[PROMPT_KEYS[0], PROMPT_KEYS[2]];

const NEW_EVENT_KEYS: &[Binding<Action>] = &[
    Binding::enter(Action::CreateEvent, tx!("key-create-event-help")).footer(0, tx!("key-confirm")),
    Binding::next_field(Action::Field).footer(1, tx!("key-next-field")),
    Binding::esc(Action::CancelEvent, tx!("key-cancel-event-help")).footer(2, tx!("key-cancel")),
];

impl Home {
    pub fn open(cx: &mut Cx, select: Option<EventId>) -> Result<Self, VaultError> {
        let mut home = Self::new(cx);
        if let Some(event) = select {
            home.select_event(event);
        }
        Ok(home)
    }

    fn new(cx: &mut Cx) -> Self {
        let mut home = Self {
            campaigns: Vec::new(),
            items: Vec::new(),
            selected: 0,
            mode: Mode::List,
            fingerprint: cx.vault.fingerprint(),
            standings: std::collections::HashMap::new(),
        };
        home.reload(cx);
        // Start on the first event: the usual next step.
        if let Some(at) = home.items.iter().position(|i| matches!(i, Item::Event(..))) {
            home.selected = at;
        }
        home
    }

    /// Puts the cursor on `event` (sheet entry opened straight from `enter` or after a
    /// lock: Esc then comes back to the event that was typed, not the first one).
    fn select_event(&mut self, event: crate::model::EventId) {
        if let Some(at) = self.items.iter().position(
            |i| matches!(i, Item::Event(c, e) if self.campaigns[*c].events[*e].0.id == event),
        ) {
            self.selected = at;
        }
    }

    /// Re-reads campaigns, events and counts (index keys only: fast at 100k records).
    fn reload(&mut self, cx: &mut Cx) {
        let selected = self.items.get(self.selected).copied();
        let result = (|| -> Result<Vec<CampaignEntry>, crate::vault::VaultError> {
            let mut out = Vec::new();
            for campaign in cx.vault.campaigns()? {
                let counts = if let Some(counts) = cx.counts.get(&campaign.id) {
                    counts.clone()
                } else {
                    let counts = cx.vault.line_counts(campaign.id)?;
                    cx.counts.insert(campaign.id, counts.clone());
                    counts
                };
                let events: Vec<(Event, usize)> = cx
                    .vault
                    .events(Some(campaign.id))?
                    .into_iter()
                    .map(|e| {
                        let n = counts.get(&e.id).copied().unwrap_or(0);
                        (e, n)
                    })
                    .collect();
                out.push(CampaignEntry {
                    coordinator: cx.vault.coordinates(&campaign),
                    total: counts.values().sum(),
                    campaign,
                    events,
                });
            }
            Ok(out)
        })();
        match result {
            Ok(campaigns) => self.campaigns = campaigns,
            Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
        }
        read_standings(
            cx,
            self.campaigns
                .iter()
                .map(|c| (c.campaign.id, c.coordinator))
                .collect(),
        );
        self.items.clear();
        for (c, entry) in self.campaigns.iter().enumerate() {
            self.items.push(Item::Campaign(c));
            for e in 0..entry.events.len() {
                self.items.push(Item::Event(c, e));
            }
            self.items.push(Item::NewEvent(c));
        }
        if let Some(at) = selected.and_then(|s| self.items.iter().position(|i| *i == s)) {
            self.selected = at;
        }
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    fn selected_campaign(&self) -> Option<usize> {
        match self.items.get(self.selected)? {
            Item::Campaign(c) | Item::Event(c, _) | Item::NewEvent(c) => Some(*c),
        }
    }

    fn new_event_form(cx: &Cx) -> Form {
        let specs = [
            FieldSpec::new("name", FieldKind::Text, true),
            FieldSpec::new("place", FieldKind::Text, false),
            FieldSpec::new("date", FieldKind::Date, false),
        ];
        let mut form = Form::new(&specs);
        form.fields[2].input.set(&cx.vault.time().today());
        form
    }

    fn selected_route(&self, browse_only: bool) -> Option<To> {
        let item = self.items.get(self.selected).copied()?;
        let c = match item {
            Item::Event(c, e) if !browse_only => {
                let entry = &self.campaigns[c];
                return Some(To::Entry {
                    campaign: entry.campaign.clone(),
                    event: entry.events[e].0.clone(),
                    sheet: None,
                    blind: false,
                });
            }
            Item::Campaign(c) | Item::Event(c, _) => c,
            Item::NewEvent(_) => return None,
        };
        let entry = &self.campaigns[c];
        Some(To::Browse {
            campaign: entry.campaign.clone(),
            events: entry.events.iter().map(|(e, _)| e.clone()).collect(),
        })
    }

    fn start_new_event(&mut self, cx: &mut Cx) {
        if let Some(c) = self.selected_campaign() {
            self.mode = Mode::NewEvent {
                campaign: c,
                form: Self::new_event_form(cx),
            };
        } else {
            *cx.flash = Some(Flash::warn(t!("home-campaign-first")));
        }
    }

    fn create_event(&mut self, cx: &mut Cx) {
        let Mode::NewEvent { campaign, form } = &mut self.mode else {
            return;
        };
        if !form.validate_all() {
            return;
        }
        let values = form.values();
        let get = |k: &str| values.get(k).map_or("", String::as_str);
        let c = *campaign;
        match cx.vault.create_event(
            &self.campaigns[c].campaign,
            get("name"),
            get("place"),
            get("date"),
        ) {
            Ok(event) => {
                *cx.flash = Some(Flash::ok(t!(
                    "home-event-created",
                    event = crate::model::text::Shown(&event.name).to_string()
                )));
                self.mode = Mode::List;
                self.reload(cx);
                self.select_event(event.id);
            }
            Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
        }
    }

    fn prompt_done(&mut self, action: prompt::Action, cx: &mut Cx) {
        let Mode::Prompt(prompt) = &mut self.mode else {
            return;
        };
        match prompt.act(action, cx) {
            PromptDone::Editing => {}
            PromptDone::Cancelled => self.mode = Mode::List,
            PromptDone::Done(campaign) => {
                self.mode = Mode::List;
                self.reload(cx);
                // The next step for a new campaign is its first event.
                if let Some(at) = self.items.iter().position(|i| {
                    matches!(i, Item::NewEvent(c) if self.campaigns[*c].campaign.id == campaign.id)
                }) {
                    self.selected = at;
                }
            }
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        if let Mode::Language(chooser) = &self.mode {
            chooser.render(area, buf, theme);
            return None;
        }
        if self.campaigns.is_empty() {
            let lines = [
                Line::default(),
                Line::styled(t!("home-empty"), theme.heading()),
                Line::default(),
                Line::from(vec![
                    Span::styled("  j  ", theme.key()),
                    Span::raw(t!("home-empty-join")),
                ]),
                Line::from(vec![
                    Span::styled("  c  ", theme.key()),
                    Span::raw(t!("home-empty-create")),
                ]),
            ];
            for (i, line) in lines.into_iter().enumerate() {
                let y = area.y + u16::try_from(i).unwrap_or(0);
                if y < area.bottom() {
                    super::mirrored(line).render(Rect::new(area.x, y, area.width, 1), buf);
                }
            }
            return self.render_mode(
                Rect::new(
                    area.x,
                    area.y + 7,
                    area.width,
                    area.height.saturating_sub(7),
                ),
                buf,
                v,
            );
        }
        let form_rows = match self.mode {
            // The chosen campaign's standing, the device's fingerprint.
            Mode::List | Mode::Language(_) => 2,
            // The prompt, then up to three rows of its error.
            Mode::Prompt(_) => 4,
            Mode::NewEvent { .. } => 5,
        };
        let list_height = area.height.saturating_sub(form_rows + 1);
        super::mirrored(Line::styled(t!("home-heading"), theme.heading()))
            .render(Rect::new(area.x, area.y, area.width, 1), buf);
        let rtl = crate::i18n::language().is_rtl();
        let visible = usize::from(list_height.saturating_sub(1)).max(1);
        let offset = self.selected.saturating_sub(visible - 1);
        for (row, item) in self.items.iter().enumerate().skip(offset).take(visible) {
            let y = area.y + 1 + u16::try_from(row - offset).unwrap_or(0);
            let selected = row == self.selected;
            let line = self.item_line(*item, area.width.saturating_sub(2), v);
            let rect = Rect::new(area.x, y, area.width, 1);
            if selected && rtl {
                buf.set_string(area.right().saturating_sub(1), y, "◂", theme.selected());
            } else if selected {
                buf.set_string(area.x, y, "▸", theme.selected());
            }
            let x = if rtl { area.x } else { area.x + 2 };
            super::mirrored(line).render(Rect::new(x, y, area.width.saturating_sub(2), 1), buf);
            if selected {
                buf.set_style(rect, theme.selected());
            }
        }
        if matches!(self.mode, Mode::List) && area.height > 3 {
            super::mirrored(self.standing_line(v))
                .render(Rect::new(area.x, area.bottom() - 2, area.width, 1), buf);
        }
        if matches!(self.mode, Mode::List) && area.height > 2 {
            // `identity show` cannot run while the TUI holds the vault: the fingerprint
            // the coordinator checks is here instead.
            super::mirrored(Line::from(vec![
                Span::styled(format!("{} ", t!("home-this-device")), theme.dim()),
                Span::raw(self.fingerprint.clone()),
                Span::styled(format!("  {}", t!("home-device-checked")), theme.dim()),
            ]))
            .render(Rect::new(area.x, area.bottom() - 1, area.width, 1), buf);
        }
        let mode_area = Rect::new(
            area.x,
            area.y + list_height + 1,
            area.width,
            area.height.saturating_sub(list_height + 1),
        );
        self.render_mode(mode_area, buf, v)
    }

    fn render_mode(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        match &self.mode {
            Mode::List | Mode::Language(_) => None,
            Mode::Prompt(p) => p.render(area, buf, v.theme),
            Mode::NewEvent { campaign, form } => {
                let title = t!(
                    "home-new-event-title",
                    campaign = crate::model::text::Shown(&self.campaigns[*campaign].campaign.title)
                        .to_string()
                );
                super::mirrored(Line::styled(title, v.theme.heading()))
                    .render(Rect::new(area.x, area.y, area.width, 1), buf);
                form.render(
                    Rect::new(
                        area.x,
                        area.y + 1,
                        area.width,
                        area.height.saturating_sub(1),
                    ),
                    buf,
                    v.theme,
                    true,
                )
            }
        }
    }

    /// The chosen campaign's lines by status, what is not yet sent, the last bundle.
    fn standing_line(&self, v: &ViewCx) -> Line<'static> {
        let Some(entry) = self.selected_campaign().map(|c| &self.campaigns[c]) else {
            return Line::default();
        };
        let Some(s) = self.standings.get(&entry.campaign.id) else {
            return Line::styled(format!("{} {}", v.spinner, t!("counting")), v.theme.dim());
        };
        let mut parts = vec![
            t!("standing-valid", count = s.valid),
            t!("standing-void", count = s.void),
            t!("standing-illegible", count = s.illegible),
        ];
        if s.purged > 0 {
            parts.push(t!("standing-purged", count = s.purged));
        }
        if let Some(unsent) = s.unsent {
            parts.push(t!("standing-unsent", count = unsent));
            parts.push(match s.last_bundle {
                Some(at) => t!("standing-last-bundle", time = super::time_text(at)),
                None => t!("standing-no-bundle"),
            });
        }
        Line::styled(parts.join(" · "), v.theme.dim())
    }

    fn item_line(&self, item: Item, width: u16, v: &ViewCx) -> Line<'static> {
        let theme = v.theme;
        match item {
            Item::Campaign(c) => {
                let entry = &self.campaigns[c];
                let role = if entry.coordinator {
                    t!("role-coordinator")
                } else {
                    t!("role-organizer")
                };
                Line::from(vec![
                    Span::styled(
                        crate::model::text::display(&entry.campaign.title).into_owned(),
                        theme.heading(),
                    ),
                    // The separator on its own: mirrored, it stays between the two.
                    Span::styled("  · ", theme.dim()),
                    Span::styled(
                        format!(
                            "{role} · {} · {}",
                            t!("count-events", count = entry.events.len()),
                            t!("count-lines", count = entry.total)
                        ),
                        theme.dim(),
                    ),
                ])
            }
            Item::Event(c, e) => {
                let (event, count) = &self.campaigns[c].events[e];
                let n: usize = *count;
                let lines = t!("count-lines", count = n);
                let right = format!(
                    "{}{lines}",
                    " ".repeat(11usize.saturating_sub(super::cells(&lines)))
                );
                let mut left = format!("  {}", crate::model::text::Shown(&event.name));
                if !event.date.is_empty() {
                    left = format!("{left}  {}", crate::model::text::Shown(&event.date));
                }
                if !event.place.is_empty() {
                    left = format!("{left}  {}", crate::model::text::Shown(&event.place));
                }
                let room = usize::from(width).saturating_sub(super::cells(&right) + 1);
                let left = super::truncate(&left, room);
                let pad = room.saturating_sub(super::cells(&left));
                Line::from(vec![
                    Span::raw(left),
                    Span::raw(" ".repeat(pad + 1)),
                    Span::raw(right),
                ])
            }
            Item::NewEvent(_) => Line::styled(format!("  + {}", t!("home-new-event")), theme.dim()),
        }
    }
}

impl Screen<Cx<'_>> for Home {
    type Action = Action;

    fn title(&self) -> String {
        t!("title-home")
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        match &self.mode {
            Mode::List => LIST_KEYS,
            Mode::Language(_) => LANGUAGE_KEYS,
            Mode::Prompt(p) if p.completes_paths() => PROMPT_KEYS,
            Mode::Prompt(_) => PLAIN_PROMPT_KEYS,
            Mode::NewEvent { .. } => NEW_EVENT_KEYS,
        }
    }

    fn act(&mut self, action: Action, key: KeyEvent, cx: &mut Cx) -> Route {
        let last = self.items.len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::First => self.selected = 0,
            Action::Last => self.selected = last,
            Action::Languages => self.mode = Mode::Language(Chooser::new()),
            Action::LanguageUp | Action::LanguageDown | Action::ChooseLanguage => {
                if let Mode::Language(chooser) = &mut self.mode {
                    match action {
                        Action::LanguageUp => chooser.up(),
                        Action::LanguageDown => chooser.down(),
                        _ => {
                            *cx.flash = Some(chooser.choose(cx.vault));
                            self.mode = Mode::List;
                        }
                    }
                }
            }
            Action::Join => self.mode = Mode::Prompt(Prompt::new(PromptKind::JoinFile)),
            Action::Create => self.mode = Mode::Prompt(Prompt::new(PromptKind::CreateCampaign)),
            Action::NewEvent => self.start_new_event(cx),
            Action::Export => {
                if let Some(c) = self.selected_campaign() {
                    let campaign = self.campaigns[c].campaign.clone();
                    return Route::Open(To::Export { campaign });
                }
            }
            Action::Import => return Route::Open(To::Import {}),
            Action::Petition => {
                if let Some(c) = self.selected_campaign() {
                    let campaign = self.campaigns[c].campaign.clone();
                    return Route::Open(To::Petition { campaign });
                }
            }
            Action::Dashboard => {
                if let Some(c) = self.selected_campaign() {
                    let entry = &self.campaigns[c];
                    if entry.coordinator {
                        let campaign = entry.campaign.clone();
                        return Route::Open(To::Dashboard { campaign });
                    }
                    *cx.flash = Some(Flash::info(t!("home-dashboard-coordinators")));
                }
            }
            Action::SecondEntry => match self.items.get(self.selected) {
                Some(&Item::Event(c, e)) => {
                    let entry = &self.campaigns[c];
                    return Route::Open(To::Entry {
                        campaign: entry.campaign.clone(),
                        event: entry.events[e].0.clone(),
                        sheet: None,
                        blind: true,
                    });
                }
                _ => *cx.flash = Some(Flash::info(t!("home-second-entry-event"))),
            },
            Action::Devices => {
                if let Some(c) = self.selected_campaign() {
                    let entry = &self.campaigns[c];
                    if entry.coordinator {
                        let campaign = entry.campaign.clone();
                        return Route::Open(To::Devices { campaign });
                    }
                    *cx.flash = Some(Flash::info(t!("home-devices-coordinators")));
                }
            }
            Action::Browse => {
                if let Some(to) = self.selected_route(true) {
                    return Route::Open(to);
                }
            }
            Action::Open => match self.items.get(self.selected) {
                Some(Item::NewEvent(_)) => self.start_new_event(cx),
                _ => {
                    if let Some(to) = self.selected_route(false) {
                        return Route::Open(to);
                    }
                }
            },
            Action::Prompt(action) => self.prompt_done(action, cx),
            Action::CreateEvent => self.create_event(cx),
            Action::CancelEvent | Action::CancelLanguage => self.mode = Mode::List,
            Action::Field => {
                if let Mode::NewEvent { form, .. } = &mut self.mode {
                    form.handle_key(key);
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        match &mut self.mode {
            Mode::Prompt(p) => p.typed(key),
            Mode::NewEvent { form, .. } => {
                form.handle_key(key);
            }
            Mode::List | Mode::Language(_) => {}
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        match &mut self.mode {
            Mode::Prompt(p) => p.paste(text),
            Mode::NewEvent { form, .. } => {
                form.paste(text);
            }
            Mode::List | Mode::Language(_) => {}
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn on_job(&mut self, done: super::screen::Payload, cx: &mut Cx) -> Route {
        if let Ok(read) = done.downcast::<StandingsRead>() {
            match read.0 {
                Ok(Some(standings)) => self.standings = standings.into_iter().collect(),
                Ok(None) => {}
                Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
            }
        }
        Route::Stay
    }

    fn text_focus(&self) -> bool {
        !matches!(self.mode, Mode::List | Mode::Language(_))
    }

    fn resumed(&mut self, cx: &mut Cx) {
        self.reload(cx);
    }
}

//! Home: the campaigns in the vault with their events and how many lines each has;
//! pick an event to type its sheets, create an event inline, browse a campaign, join
//! or create a campaign.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::browse::Browse;
use super::entry::Entry;
use super::exchange::{Export, Import};
use super::form::Form;
use super::prompt::{Prompt, PromptDone, PromptKind};
use super::session::{Cx, Flash, Nav, Screen, ViewCx};
use crate::model::{Campaign, Event, FieldKind, FieldSpec};

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
}

impl Home {
    pub fn new(cx: &mut Cx) -> Self {
        let mut home = Self {
            campaigns: Vec::new(),
            items: Vec::new(),
            selected: 0,
            mode: Mode::List,
            fingerprint: cx.vault.fingerprint(),
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
    pub fn select_event(&mut self, event: crate::model::EventId) {
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
            Err(e) => *cx.flash = Some(Flash::error(e.to_string())),
        }
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

    #[allow(clippy::too_many_lines)] // one match over the modes and keys reads best whole
    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        match &mut self.mode {
            Mode::Prompt(prompt) => {
                match prompt.handle_key(key, cx) {
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
                return Nav::Stay;
            }
            Mode::NewEvent { campaign, form } => {
                match key.code {
                    KeyCode::Esc => self.mode = Mode::List,
                    KeyCode::Enter => {
                        if form.validate_all() {
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
                                    *cx.flash = Some(Flash::ok(format!(
                                        "Created the event \"{}\". Enter starts typing its sheets.",
                                        crate::model::text::Shown(&event.name)
                                    )));
                                    self.mode = Mode::List;
                                    self.reload(cx);
                                    if let Some(at) = self.items.iter().position(|i| {
                                        matches!(i, Item::Event(ci, ei) if self.campaigns[*ci].events[*ei].0.id == event.id)
                                    }) {
                                        self.selected = at;
                                    }
                                }
                                Err(e) => *cx.flash = Some(Flash::error(e.to_string())),
                            }
                        }
                    }
                    _ => {
                        form.handle_key(key);
                    }
                }
                return Nav::Stay;
            }
            Mode::List => {}
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => {
                self.selected = (self.selected + 1).min(self.items.len().saturating_sub(1));
            }
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = self.items.len().saturating_sub(1),
            KeyCode::Char('j') => self.mode = Mode::Prompt(Prompt::new(PromptKind::JoinFile)),
            KeyCode::Char('c') => {
                self.mode = Mode::Prompt(Prompt::new(PromptKind::CreateCampaign));
            }
            KeyCode::Char('n') => {
                if let Some(c) = self.selected_campaign() {
                    self.mode = Mode::NewEvent {
                        campaign: c,
                        form: Self::new_event_form(cx),
                    };
                } else {
                    *cx.flash = Some(Flash::warn(
                        "Join (j) or create (c) a campaign first; events belong to a campaign.",
                    ));
                }
            }
            KeyCode::Char('x') => {
                if let Some(c) = self.selected_campaign() {
                    let campaign = self.campaigns[c].campaign.clone();
                    return Nav::Push(Screen::Export(Export::new(cx, campaign)));
                }
            }
            KeyCode::Char('i') => return Nav::Push(Screen::Import(Import::new())),
            KeyCode::Char('b') => {
                if let Some(c) = self.selected_campaign() {
                    let campaign = self.campaigns[c].campaign.clone();
                    let events = self.campaigns[c]
                        .events
                        .iter()
                        .map(|(e, _)| e.clone())
                        .collect();
                    return Nav::Push(Screen::Browse(Browse::new(cx, campaign, events)));
                }
            }
            KeyCode::Enter => match self.items.get(self.selected).copied() {
                Some(Item::Event(c, e)) => {
                    let campaign = self.campaigns[c].campaign.clone();
                    let event = self.campaigns[c].events[e].0.clone();
                    match Entry::new(cx, campaign, event, None) {
                        Ok(entry) => return Nav::Push(Screen::Entry(entry)),
                        Err(e) => *cx.flash = Some(Flash::error(e.to_string())),
                    }
                }
                Some(Item::NewEvent(c)) => {
                    self.mode = Mode::NewEvent {
                        campaign: c,
                        form: Self::new_event_form(cx),
                    };
                }
                Some(Item::Campaign(c)) => {
                    let campaign = self.campaigns[c].campaign.clone();
                    let events = self.campaigns[c]
                        .events
                        .iter()
                        .map(|(e, _)| e.clone())
                        .collect();
                    return Nav::Push(Screen::Browse(Browse::new(cx, campaign, events)));
                }
                None => {}
            },
            _ => {}
        }
        Nav::Stay
    }

    pub fn handle_paste(&mut self, text: &str, _cx: &mut Cx) -> Nav {
        match &mut self.mode {
            Mode::Prompt(p) => p.field.paste(text),
            Mode::NewEvent { form, .. } => {
                form.paste(text);
            }
            Mode::List => {}
        }
        Nav::Stay
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        if self.campaigns.is_empty() {
            let lines = [
                Line::default(),
                Line::styled("No campaign in this vault yet.", theme.heading()),
                Line::default(),
                Line::from(vec![
                    Span::styled("  j  ", theme.key()),
                    Span::raw("join the campaign file your coordinator gave you"),
                ]),
                Line::from(vec![
                    Span::styled("  c  ", theme.key()),
                    Span::raw("create a local campaign that you coordinate yourself"),
                ]),
            ];
            for (i, line) in lines.iter().enumerate() {
                let y = area.y + u16::try_from(i).unwrap_or(0);
                if y < area.bottom() {
                    line.render(Rect::new(area.x, y, area.width, 1), buf);
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
            Mode::List => 1, // the device's fingerprint
            Mode::Prompt(_) => 3,
            Mode::NewEvent { .. } => 5,
        };
        let list_height = area.height.saturating_sub(form_rows + 1);
        Line::styled("Campaigns and events", theme.heading())
            .render(Rect::new(area.x, area.y, area.width, 1), buf);
        let visible = usize::from(list_height.saturating_sub(1)).max(1);
        let offset = self.selected.saturating_sub(visible - 1);
        for (row, item) in self.items.iter().enumerate().skip(offset).take(visible) {
            let y = area.y + 1 + u16::try_from(row - offset).unwrap_or(0);
            let selected = row == self.selected;
            let line = self.item_line(*item, area.width.saturating_sub(2), v);
            let rect = Rect::new(area.x, y, area.width, 1);
            if selected {
                buf.set_string(area.x, y, "▸", theme.selected());
            }
            line.render(
                Rect::new(area.x + 2, y, area.width.saturating_sub(2), 1),
                buf,
            );
            if selected {
                buf.set_style(rect, theme.selected());
            }
        }
        if matches!(self.mode, Mode::List) && area.height > 2 {
            // `identity show` cannot run while the TUI holds the vault: the fingerprint
            // the coordinator checks is here instead.
            Line::from(vec![
                Span::styled("This device: ", theme.dim()),
                Span::raw(self.fingerprint.clone()),
                Span::styled("  (the coordinator checks it)", theme.dim()),
            ])
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
            Mode::List => None,
            Mode::Prompt(p) => p.render(area, buf, v.theme),
            Mode::NewEvent { campaign, form } => {
                let title = format!(
                    "New event in \"{}\" (Enter creates, Esc cancels)",
                    crate::model::text::Shown(&self.campaigns[*campaign].campaign.title)
                );
                Line::styled(title, v.theme.heading())
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

    fn item_line(&self, item: Item, width: u16, v: &ViewCx) -> Line<'static> {
        let theme = v.theme;
        match item {
            Item::Campaign(c) => {
                let entry = &self.campaigns[c];
                let role = if entry.coordinator {
                    "coordinator"
                } else {
                    "organizer"
                };
                Line::from(vec![
                    Span::styled(
                        crate::model::text::display(&entry.campaign.title).into_owned(),
                        theme.heading(),
                    ),
                    Span::styled(
                        format!(
                            "  · {role} · {} · {}",
                            plural(entry.events.len(), "event"),
                            plural(entry.total, "line")
                        ),
                        theme.dim(),
                    ),
                ])
            }
            Item::Event(c, e) => {
                let (event, count) = &self.campaigns[c].events[e];
                let right = format!("{:>11}", plural(*count, "line"));
                let mut left = format!("  {}", crate::model::text::Shown(&event.name));
                if !event.date.is_empty() {
                    left = format!("{left}  {}", crate::model::text::Shown(&event.date));
                }
                if !event.place.is_empty() {
                    left = format!("{left}  {}", crate::model::text::Shown(&event.place));
                }
                let room = usize::from(width).saturating_sub(right.width() + 1);
                let left = super::truncate(&left, room);
                let pad = room.saturating_sub(left.width());
                Line::from(vec![
                    Span::raw(left),
                    Span::raw(" ".repeat(pad + 1)),
                    Span::raw(right),
                ])
            }
            Item::NewEvent(_) => Line::styled("  + new event…", theme.dim()),
        }
    }

    pub fn title(&self) -> String {
        "home".into()
    }

    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        match self.mode {
            Mode::List => vec![
                ("Enter", "type sheets"),
                ("n", "new event"),
                ("b", "browse"),
                ("x", "export"),
                ("j", "join"),
                ("c", "create"),
            ],
            _ => vec![
                ("Enter", "confirm"),
                ("Tab", "next field"),
                ("Esc", "cancel"),
            ],
        }
    }

    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("↑ ↓", "choose a campaign or event"),
            (
                "Enter",
                "on an event: type its sheets; on a campaign: browse it",
            ),
            ("n", "create an event in the chosen campaign"),
            ("b", "browse, search and correct the campaign's records"),
            ("j", "join a campaign file from your coordinator"),
            ("c", "create a local campaign"),
            (
                "x",
                "export a bundle of the chosen campaign for the coordinator",
            ),
            (
                "i",
                "import a bundle (coordinator) or a receipt (organizer)",
            ),
        ]
    }

    pub fn text_focus(&self) -> bool {
        !matches!(self.mode, Mode::List)
    }

    pub fn unsaved(&self) -> Option<String> {
        None
    }

    pub fn resumed(&mut self, cx: &mut Cx) {
        self.reload(cx);
    }
}

/// "1 line", "2 lines".
fn plural(n: usize, word: &str) -> String {
    crate::plural::s(n, word)
}

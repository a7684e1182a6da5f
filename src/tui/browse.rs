//! Browse: every record of a campaign (or of one event), searched as you type and
//! sorted by sheet/line or by time. The records are read once, off the UI thread, into
//! memory (dropped at lock); each frame draws only the rows that fit on the screen.

use std::cell::Cell;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::input::TextField;
use super::jobs;
use super::record::RecordView;
use super::rows::{Order, RowSet};
use super::session::{Cx, Flash, Nav, Screen, ViewCx};
use crate::model::text::fold_for_matching;
use crate::model::{Campaign, Event, EventId, Status};

pub struct Browse {
    campaign: Campaign,
    events: Vec<Event>,
    /// Only this event's records, when opened from sheet entry.
    only: Option<EventId>,
    query: TextField,
    order: Order,
    /// Indexes into the row set of the rows that match, in display order.
    hits: Vec<u32>,
    selected: usize,
    /// The first row drawn; kept so the list scrolls only when the selection leaves it.
    offset: Cell<usize>,
    /// Rows that fit in the last frame, for Page Up / Page Down.
    page: Cell<usize>,
    /// The searches typed so far, each query (folded) extending the one before, with
    /// its hits: a longer query only filters the last hits, and Backspace goes back to
    /// an earlier entry, so typing never rescans every record.
    narrowing: Vec<(String, Vec<u32>)>,
}

/// How many earlier searches are kept for narrowing.
const NARROWING_DEPTH: usize = 64;

impl Browse {
    /// Opens browsing `campaign`; with one event in `events`, only that event's records.
    pub fn new(cx: &mut Cx, campaign: Campaign, events: Vec<Event>) -> Self {
        let only = (events.len() == 1).then(|| events[0].id);
        let events = cx.vault.events(Some(campaign.id)).unwrap_or(events);
        if cx.rows.campaign != Some(campaign.id) {
            *cx.rows = RowSet::default();
            jobs::load_rows(cx.jobs, cx.vault, campaign.id);
        }
        let mut browse = Self {
            campaign,
            events,
            only,
            query: TextField::default(),
            order: Order::Paper,
            hits: Vec::new(),
            selected: 0,
            offset: Cell::new(0),
            page: Cell::new(10),
            narrowing: Vec::new(),
        };
        browse.refresh(cx.rows);
        browse
    }

    pub fn campaign(&self) -> crate::model::CampaignId {
        self.campaign.id
    }

    /// Re-runs the search from scratch (a new order, or the rows changed).
    pub fn refresh(&mut self, rows: &RowSet) {
        self.narrowing.clear();
        self.search(rows);
    }

    /// Runs the search for the query as typed now, narrowing earlier results if it
    /// extends them.
    fn search(&mut self, rows: &RowSet) {
        let selected_id = self
            .hits
            .get(self.selected)
            .and_then(|&i| rows.get(i))
            .map(|r| r.id);
        let folded = fold_for_matching(self.query.value());
        while self
            .narrowing
            .last()
            .is_some_and(|(q, _)| !folded.starts_with(q.as_str()))
        {
            self.narrowing.pop();
        }
        self.hits = match self.narrowing.last() {
            Some((q, hits)) if *q == folded => hits.clone(),
            Some((_, hits)) => rows.narrow(hits, &folded),
            None => {
                let mut hits = rows.select(&folded, self.order);
                if let Some(event) = self.only {
                    hits.retain(|&i| rows.get(i).is_some_and(|r| r.event == event));
                }
                hits
            }
        };
        if self.narrowing.last().is_none_or(|(q, _)| *q != folded) {
            if self.narrowing.len() == NARROWING_DEPTH {
                self.narrowing.remove(0);
            }
            self.narrowing.push((folded, self.hits.clone()));
        }
        self.selected = selected_id
            .and_then(|id| {
                self.hits
                    .iter()
                    .position(|&i| rows.get(i).is_some_and(|r| r.id == id))
            })
            .unwrap_or(0);
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        let last = self.hits.len().saturating_sub(1);
        let page = self.page.get().max(1);
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => self.selected = (self.selected + 1).min(last),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(page),
            KeyCode::PageDown => self.selected = (self.selected + page).min(last),
            KeyCode::Home if key.modifiers.contains(KeyModifiers::CONTROL) => self.selected = 0,
            KeyCode::End if key.modifiers.contains(KeyModifiers::CONTROL) => self.selected = last,
            KeyCode::Char('o') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.order = self.order.next();
                self.refresh(cx.rows);
                // The top of the new order, not the old top row wherever it went.
                self.selected = 0;
                self.offset.set(0);
                *cx.flash = Some(Flash::info(format!("Sorted by {}.", self.order.name())));
            }
            KeyCode::Esc => {
                if self.query.is_empty() {
                    return Nav::Pop;
                }
                self.query.clear();
                self.search(cx.rows);
            }
            KeyCode::Enter => {
                let Some(row) = self.hits.get(self.selected).and_then(|&i| cx.rows.get(i)) else {
                    return Nav::Stay;
                };
                let id = row.id;
                return match RecordView::new(cx, id, self.campaign.clone(), &self.events) {
                    Ok(view) => Nav::Push(Screen::Record(view)),
                    Err(e) => {
                        *cx.flash = Some(Flash::error(e.to_string()));
                        Nav::Stay
                    }
                };
            }
            _ => {
                if self.query.handle_key(key) {
                    self.selected = 0;
                    self.search(cx.rows);
                }
            }
        }
        Nav::Stay
    }

    pub fn handle_paste(&mut self, text: &str, cx: &mut Cx) -> Nav {
        self.query.paste(text);
        self.search(cx.rows);
        Nav::Stay
    }

    fn event_name(&self, id: EventId) -> &str {
        self.events
            .iter()
            .find(|e| e.id == id)
            .map_or("?", |e| e.name.as_str())
    }

    #[allow(clippy::too_many_lines)] // the screen, top to bottom
    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        if area.height < 4 {
            return None;
        }
        let row = |n: u16| Rect::new(area.x, area.y + n, area.width, 1);
        let scope = match self.only {
            Some(e) => format!(
                "{} › {}",
                crate::model::text::Shown(&self.campaign.title),
                crate::model::text::Shown(self.event_name(e))
            ),
            None => crate::model::text::display(&self.campaign.title).into_owned(),
        };
        let count = if v.loading_rows && v.rows.rows.is_empty() {
            format!("{} reading the records…", v.spinner)
        } else {
            format!(
                "{} · sorted by {}",
                crate::plural::count(self.hits.len(), "match", "matches"),
                self.order.name()
            )
        };
        Line::from(vec![
            Span::styled(scope, theme.heading()),
            Span::styled(format!("  {count}"), theme.dim()),
        ])
        .render(row(0), buf);
        buf.set_string(area.x, area.y + 1, "Search: ", theme.focus_label());
        let cursor = self.query.render(
            Rect::new(
                area.x + 8,
                area.y + 1,
                area.width.saturating_sub(8).min(40),
                1,
            ),
            buf,
            theme.input(),
            false,
        );
        let columns = self.columns(area.width);
        let mut x = area.x + 2;
        for (title, width) in &columns {
            buf.set_stringn(x, area.y + 3, title, usize::from(*width), theme.dim());
            x += width + 1;
        }
        let height = usize::from(area.height - 4);
        self.page.set(height);
        let mut offset = self.offset.get();
        if self.selected < offset {
            offset = self.selected;
        } else if self.selected >= offset + height {
            offset = self.selected + 1 - height;
        }
        self.offset.set(offset);
        let keys: Vec<&str> = self
            .campaign
            .fields
            .iter()
            .take(columns.len().saturating_sub(4))
            .map(|f| f.key.as_str())
            .collect();
        for (n, &index) in self.hits.iter().enumerate().skip(offset).take(height) {
            let Some(r) = v.rows.get(index) else { continue };
            let y = area.y + 4 + u16::try_from(n - offset).unwrap_or(0);
            let style = match (n == self.selected, r.status) {
                (true, _) => theme.selected(),
                (false, Status::Void) => theme.dim(),
                (false, _) => ratatui::style::Style::new(),
            };
            buf.set_style(Rect::new(area.x, y, area.width, 1), style);
            let status = match r.status {
                Status::Valid => "ok",
                Status::Illegible => "illegible",
                Status::Void => "VOID",
                Status::Purged => "purged",
            };
            let mut cells: Vec<String> = vec![
                crate::model::text::display(self.event_name(r.event)).into_owned(),
                r.sheet.to_string(),
                r.line.to_string(),
                status.to_owned(),
            ];
            for key in &keys {
                let value = r.values.get(*key).map_or("", String::as_str);
                cells.push(if v.privacy && !value.is_empty() {
                    super::privacy_mask(value)
                } else {
                    crate::model::text::display(value).into_owned()
                });
            }
            if n == self.selected {
                buf.set_string(area.x, y, "▸", style);
            }
            let mut x = area.x + 2;
            for ((_, width), cell) in columns.iter().zip(&cells) {
                // A cut value ends in "…", so `olena@example.or` is not taken for a typo.
                let shown = super::truncate(cell, usize::from(*width));
                buf.set_stringn(x, y, shown, usize::from(*width), style);
                x += width + 1;
            }
        }
        if self.hits.is_empty() && !(v.loading_rows && v.rows.rows.is_empty()) {
            let text = if self.query.is_empty() {
                "No records yet: type some sheets first."
            } else {
                "Nothing matches. Esc clears the search."
            };
            Line::styled(text, theme.dim()).render(row(4), buf);
        }
        Some(cursor)
    }

    /// Column titles and widths that fit: event, sheet, line, status, then the
    /// campaign's fields in schema order while there is room.
    fn columns(&self, width: u16) -> Vec<(String, u16)> {
        let mut columns: Vec<(String, u16)> =
            [("EVENT", 12), ("SHEET", 5), ("LINE", 4), ("STATUS", 9)]
                .into_iter()
                .map(|(t, w)| (t.to_owned(), w))
                .collect();
        let mut used: u16 = 2 + columns.iter().map(|(_, w)| w + 1).sum::<u16>();
        for (i, field) in self.campaign.fields.iter().enumerate() {
            let want = if i == 0 { 24 } else { 16 };
            let room = width.saturating_sub(used);
            if room < 8 {
                break;
            }
            let w = want.min(room.saturating_sub(1));
            columns.push((field.key.replace('_', " ").to_uppercase(), w));
            used += w + 1;
        }
        columns
    }

    pub fn title(&self) -> String {
        "browse".into()
    }

    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("type", "search"),
            ("↑ ↓", "choose"),
            ("Enter", "open"),
            ("Ctrl-O", "sort"),
            ("Esc", "back"),
        ]
    }

    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            (
                "type",
                "search as you type (any field; accents and case ignored)",
            ),
            ("↑ ↓ PgUp PgDn", "move through the list"),
            ("Ctrl-Home / Ctrl-End", "first / last record"),
            ("Enter", "open the record: amend, void, history"),
            ("Ctrl-O", "sort: sheet/line, newest first, oldest first"),
            ("Esc", "clear the search, then back"),
        ]
    }

    pub fn text_focus(&self) -> bool {
        true
    }

    pub fn unsaved(&self) -> Option<String> {
        None
    }

    pub fn resumed(&mut self, cx: &mut Cx) {
        self.refresh(cx.rows);
    }
}

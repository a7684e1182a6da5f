//! Browse: every record of a campaign (or of one event), searched as you type and
//! sorted by sheet/line or by time. The records are read once, off the UI thread, into
//! memory (dropped at lock); each frame draws only the rows that fit on the screen.

use std::cell::Cell;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::input::TextField;
use super::keys::{Binding, Key, Text};
use super::routes::To;
use super::rows::{Order, Row, RowSet};
use super::screen::{Cx, Flash, Payload, Route, Screen, ViewCx};
use unicode_width::UnicodeWidthStr;

use crate::i18n::t;
use crate::model::text::fold_for_matching;
use crate::model::{Campaign, CampaignId, Event, EventId, Status};
use crate::vault::VaultError;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Sort,
    Back,
}

const KEYS: &[Binding<Action>] = &[
    Binding::typing(tx!("key-type"), tx!("key-search-help")).footer(0, tx!("key-search")),
    Binding::new(
        &[Key::Plain(KeyCode::Up)],
        "↑ ↓",
        Action::Up,
        tx!("key-move-help"),
    )
    .footer(1, tx!("key-choose")),
    Binding::new(&[Key::Plain(KeyCode::Down)], "↓", Action::Down, Text::None).hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::PageUp)],
        "PgUp PgDn",
        Action::PageUp,
        tx!("key-page-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::PageDown)],
        "PgDn",
        Action::PageDown,
        Text::None,
    )
    .hidden(),
    Binding::new(
        &[Key::CtrlCode(KeyCode::Home)],
        "Ctrl-Home / Ctrl-End",
        Action::First,
        tx!("key-first-last-record-help"),
    ),
    Binding::new(
        &[Key::CtrlCode(KeyCode::End)],
        "Ctrl-End",
        Action::Last,
        Text::None,
    )
    .hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        Action::Open,
        tx!("key-open-record-help"),
    )
    .footer(2, tx!("key-open")),
    Binding::new(
        &[Key::Ctrl('o')],
        "Ctrl-O",
        Action::Sort,
        tx!("key-sort-help"),
    )
    .footer(3, tx!("key-sort")),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        Action::Back,
        tx!("key-clear-search-help"),
    )
    .footer(4, tx!("key-back")),
];

/// Every record of a campaign, read off the UI thread (`Ok(None)`: stopped before
/// the end).
struct RowsRead {
    campaign: CampaignId,
    result: Result<Option<Vec<Row>>, VaultError>,
}

impl Browse {
    /// Opens browsing `campaign`; with one event in `events`, only that event's records.
    pub fn open(cx: &mut Cx, campaign: Campaign, events: Vec<Event>) -> Result<Self, VaultError> {
        let only = (events.len() == 1).then(|| events[0].id);
        let events = cx.vault.events(Some(campaign.id)).unwrap_or(events);
        if cx.rows.campaign != Some(campaign.id) {
            *cx.rows = RowSet::default();
            read_rows(cx, campaign.id);
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
        Ok(browse)
    }

    /// Re-runs the search from scratch (a new order, or the rows changed).
    fn refresh(&mut self, rows: &RowSet) {
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

    fn event_name(&self, id: EventId) -> &str {
        self.events
            .iter()
            .find(|e| e.id == id)
            .map_or("?", |e| e.name.as_str())
    }

    #[allow(clippy::too_many_lines)] // the screen, top to bottom
    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
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
            format!("{} {}", v.spinner, t!("browse-reading"))
        } else {
            t!(
                "browse-count",
                count = self.hits.len(),
                order = self.order.name()
            )
        };
        Line::from(vec![
            Span::styled(scope, theme.heading()),
            Span::styled(format!("  {count}"), theme.dim()),
        ])
        .render(row(0), buf);
        let search = format!("{} ", t!("browse-search"));
        buf.set_string(area.x, area.y + 1, &search, theme.focus_label());
        let at = u16::try_from(search.width()).unwrap_or(8);
        let cursor = self.query.render(
            Rect::new(
                area.x + at,
                area.y + 1,
                area.width.saturating_sub(at).min(40),
                1,
            ),
            buf,
            theme.input(),
            false,
        );
        let columns = self.columns(area.width);
        let mut x = area.x + 2;
        for (title, width) in &columns {
            let shown = super::truncate(title, usize::from(*width));
            buf.set_stringn(x, area.y + 3, shown, usize::from(*width), theme.dim());
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
                Status::Valid => t!("status-ok"),
                Status::Illegible => t!("status-illegible"),
                Status::Void => t!("status-void"),
                Status::Purged => t!("status-purged"),
            };
            let mut cells: Vec<String> = vec![
                crate::model::text::display(self.event_name(r.event)).into_owned(),
                r.sheet.to_string(),
                r.line.to_string(),
                status,
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
                t!("browse-no-records")
            } else {
                t!("browse-no-match")
            };
            Line::styled(text, theme.dim()).render(row(4), buf);
        }
        Some(cursor)
    }

    /// Column titles and widths that fit: event, sheet, line, status, then the
    /// campaign's fields in schema order while there is room.
    fn columns(&self, width: u16) -> Vec<(String, u16)> {
        let mut columns: Vec<(String, u16)> = [
            (t!("column-event"), 12),
            (t!("column-sheet"), 5),
            (t!("column-line"), 4),
            (t!("column-status"), 9),
        ]
        .into_iter()
        // A column is as wide as its title in the language, the event's aside
        // (its names are longer than any title).
        .map(|(title, w)| {
            let wide = u16::try_from(title.width()).unwrap_or(w);
            let w = if w == 12 { w } else { w.max(wide) };
            (title, w)
        })
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
}

/// Reads every record of `campaign` into rows for browsing; the rows come back to
/// this screen as [`RowsRead`].
fn read_rows(cx: &mut Cx, campaign: CampaignId) {
    let vault = std::sync::Arc::clone(cx.vault);
    cx.jobs.spawn(move |stop| {
        let mut rows = Vec::new();
        let result = vault
            .scan_records(campaign, |record| {
                if let Some(row) = Row::from_record(&record) {
                    rows.push(row);
                }
                !stop.load(std::sync::atomic::Ordering::Relaxed)
            })
            .map(|complete| complete.then_some(rows));
        RowsRead { campaign, result }
    });
}

impl Screen<Cx<'_>> for Browse {
    type Action = Action;

    fn title(&self) -> String {
        t!("title-browse")
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        KEYS
    }

    fn act(&mut self, action: Action, _key: KeyEvent, cx: &mut Cx) -> Route {
        let last = self.hits.len().saturating_sub(1);
        let page = self.page.get().max(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(page),
            Action::PageDown => self.selected = (self.selected + page).min(last),
            Action::First => self.selected = 0,
            Action::Last => self.selected = last,
            Action::Sort => {
                self.order = self.order.next();
                self.refresh(cx.rows);
                // The top of the new order, not the old top row wherever it went.
                self.selected = 0;
                self.offset.set(0);
                *cx.flash = Some(Flash::info(t!("browse-sorted", order = self.order.name())));
            }
            Action::Back => {
                if self.query.is_empty() {
                    return Route::Back;
                }
                self.query.clear();
                self.search(cx.rows);
            }
            Action::Open => {
                if let Some(row) = self.hits.get(self.selected).and_then(|&i| cx.rows.get(i)) {
                    return Route::Open(To::Record {
                        id: row.id,
                        campaign: self.campaign.clone(),
                        events: self.events.clone(),
                    });
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, cx: &mut Cx) -> Route {
        if self.query.handle_key(key) {
            self.selected = 0;
            self.search(cx.rows);
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, cx: &mut Cx) -> Route {
        self.query.paste(text);
        self.search(cx.rows);
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Cx) -> Route {
        if let Ok(read) = done.downcast::<RowsRead>() {
            match read.result {
                Ok(Some(rows)) => {
                    *cx.rows = RowSet::new(read.campaign, rows);
                    self.refresh(cx.rows);
                }
                Ok(None) => {}
                Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
            }
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn text_focus(&self) -> bool {
        true
    }

    fn resumed(&mut self, cx: &mut Cx) {
        self.refresh(cx.rows);
    }
}

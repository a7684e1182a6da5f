//! The campaign's petition text, to read to a signer: in the organizer's language when
//! the campaign has it ([`crate::i18n::reading_language`], as `campaign show` orders
//! them), with Tab to the next language and the arrows to scroll a long text. Opened
//! from home (`t`) and from sheet entry (F2), where Esc goes back to the line being
//! typed.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::keys::{Binding, Key, Text};
use super::screen::{Cx, Route, Screen, ViewCx};
use crate::model::Campaign;
use crate::model::text::{Shown, display, display_lines};
use crate::vault::VaultError;

pub struct Petition {
    campaign: Campaign,
    /// The languages the campaign has a text in, the organizer's first.
    languages: Vec<String>,
    shown: usize,
    scroll: u16,
    /// Whether the text shown did not fit the window at the last draw.
    overflows: std::cell::Cell<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextLanguage,
    Down,
    Up,
    Back,
}

const NEXT: Binding<Action> = Binding::new(
    &[Key::Plain(KeyCode::Tab)],
    "Tab",
    Action::NextLanguage,
    tx!("key-next-language-help"),
)
.footer(0, tx!("key-next-language"));
const DOWN: Binding<Action> = Binding::new(
    &[Key::Plain(KeyCode::Down), Key::Plain(KeyCode::PageDown)],
    "↓ ↑",
    Action::Down,
    tx!("key-scroll-help"),
)
.footer(1, tx!("key-scroll"));
const UP: Binding<Action> = Binding::new(
    &[Key::Plain(KeyCode::Up), Key::Plain(KeyCode::PageUp)],
    "↑",
    Action::Up,
    Text::None,
)
.hidden();
const BACK: Binding<Action> = Binding::new(
    &[Key::Plain(KeyCode::Esc)],
    "Esc",
    Action::Back,
    tx!("key-back"),
)
.footer(2, tx!("key-back"));

// Tab only with texts in several languages; the arrows only for a text longer than
// the window.
const ONE: &[Binding<Action>] = &[BACK];
const ONE_LONG: &[Binding<Action>] = &[DOWN, UP, BACK];
const MANY: &[Binding<Action>] = &[NEXT, BACK];
const MANY_LONG: &[Binding<Action>] = &[NEXT, DOWN, UP, BACK];

impl Petition {
    pub fn open(_cx: &mut Cx, campaign: Campaign) -> Result<Self, VaultError> {
        let languages = campaign
            .text_languages(Some(&crate::i18n::reading_language(|var| {
                std::env::var(var).ok()
            })))
            .into_iter()
            .map(str::to_owned)
            .collect();
        Ok(Self {
            campaign,
            languages,
            shown: 0,
            scroll: 0,
            overflows: std::cell::Cell::new(false),
        })
    }
}

impl Screen<Cx<'_>> for Petition {
    type Action = Action;

    fn title(&self) -> String {
        "petition text".into()
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        match (self.languages.len() > 1, self.overflows.get()) {
            (false, false) => ONE,
            (false, true) => ONE_LONG,
            (true, false) => MANY,
            (true, true) => MANY_LONG,
        }
    }

    fn act(&mut self, action: Action, _key: KeyEvent, _cx: &mut Cx) -> Route {
        match action {
            Action::Back => return Route::Back,
            Action::NextLanguage => {
                self.shown = (self.shown + 1) % self.languages.len().max(1);
                self.scroll = 0;
            }
            Action::Down => self.scroll = self.scroll.saturating_add(5),
            Action::Up => self.scroll = self.scroll.saturating_sub(5),
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        let Some(language) = self.languages.get(self.shown) else {
            Paragraph::new(vec![
                Line::styled(
                    format!("\"{}\"", Shown(&self.campaign.title)),
                    theme.heading(),
                ),
                Line::default(),
                Line::raw(
                    "This campaign's file carries no petition text. Ask the coordinator for it.",
                ),
            ])
            .wrap(Wrap { trim: false })
            .render(area, buf);
            return None;
        };
        let others = if self.languages.len() > 1 {
            format!(
                "  ({} of {}: {})",
                self.shown + 1,
                self.languages.len(),
                self.languages
                    .iter()
                    .map(|l| display(l).into_owned())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else {
            String::new()
        };
        Line::from(vec![
            ratatui::text::Span::styled(
                format!(
                    "\"{}\" · {}",
                    Shown(&self.campaign.title),
                    display(language)
                ),
                theme.heading(),
            ),
            ratatui::text::Span::styled(others, theme.dim()),
        ])
        .render(Rect::new(area.x, area.y, area.width, 1), buf);
        let text = self.campaign.texts.get(language).map_or("", String::as_str);
        let lines: Vec<Line> = display_lines(text)
            .lines()
            .map(|l| Line::raw(l.to_owned()))
            .collect();
        let body = Rect::new(
            area.x,
            area.y + 2,
            area.width,
            area.height.saturating_sub(2),
        );
        let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
        let rows = u16::try_from(paragraph.line_count(body.width)).unwrap_or(u16::MAX);
        self.overflows.set(rows > body.height);
        // Scrolling stops where the last line is at the bottom.
        let max = rows.saturating_sub(body.height);
        paragraph
            .scroll((self.scroll.min(max), 0))
            .render(body, buf);
        None
    }
}

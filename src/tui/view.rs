//! Drawing the whole screen from the state: title bar, the current screen, the status
//! line, the footer with the keys that matter now, and the overlays. Reads state only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Overlay, Phase};
use super::keys::{self, Global, Shown, Text};
use super::rows::RowSet;
use super::screen::{FlashKind, ViewCx};
use crate::i18n::t;

/// The footer's entries: the screen's (or the overlay's) keys, then the global keys
/// that apply and that the screen's footer did not already name.
fn footer_entries(app: &App, screen: &[Shown]) -> Vec<(String, String)> {
    let overlay: Option<Vec<Shown>> = match &app.overlay {
        None => None,
        Some(Overlay::ConfirmQuit(_)) => return keys::footer(&keys::shown(keys::CONFIRM_QUIT)),
        Some(Overlay::Help) => Some(keys::shown(keys::HELP_OVERLAY)),
    };
    let own = overlay.as_deref().unwrap_or(screen);
    let mut entries = keys::footer(own);
    let named: Vec<Global> = own.iter().filter_map(|k| k.global).collect();
    // Ctrl-L locks at once while a purge runs too.
    let open = matches!(app.phase, Phase::Open(_) | Phase::Purging(_));
    let mut globals: Vec<(u8, Global, Text)> = keys::GLOBAL
        .iter()
        .filter_map(|b| match (b.does, b.footer) {
            (keys::Does::Act(g), Some((rank, words))) => Some((rank, g, words)),
            _ => None,
        })
        .filter(|(_, g, _)| !named.contains(g))
        .filter(|(_, g, _)| open || *g != Global::Lock)
        .filter(|(_, g, _)| !(overlay.is_some() && *g == Global::Help))
        // While a purge has the vault, only quitting and locking are heard.
        .filter(|(_, g, _)| {
            !matches!(app.phase, Phase::Purging(_)) || matches!(g, Global::Quit | Global::Lock)
        })
        .collect();
    globals.sort_by_key(|(rank, _, _)| *rank);
    entries.extend(globals.into_iter().map(|(_, g, words)| {
        (
            keys::global_footer_label(g).get().into_owned(),
            words.get().into_owned(),
        )
    }));
    entries
}

impl Widget for &App {
    #[allow(clippy::too_many_lines)] // the frame, top to bottom
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.cursor.set(None);
        self.size.set((area.width, area.height));
        if self.too_small() {
            too_small(self, area, buf);
            return;
        }
        // A long message gets a second row rather than being cut off.
        let status_rows = match &self.flash {
            Some(f) if f.text.width() + 1 > usize::from(area.width) => 2,
            _ => 1,
        };
        let [title, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(status_rows),
            Constraint::Length(1),
        ])
        .areas(area);
        let theme = self.opts.theme;
        let no_rows = RowSet::default();
        let no_lines = std::collections::HashMap::new();
        let v = match &self.phase {
            Phase::Open(session) => ViewCx {
                theme,
                privacy: session.privacy,
                spinner: self.spinner(),
                rows: &session.rows,
                loading_rows: self.jobs.busy(),
                paper_lines: &session.paper_lines,
                vault_dir: &self.opts.vault_dir,
            },
            Phase::Purging(purging) => ViewCx {
                theme,
                privacy: purging.parked().privacy,
                spinner: self.spinner(),
                rows: &purging.parked().rows,
                loading_rows: false,
                paper_lines: &purging.parked().paper_lines,
                vault_dir: &self.opts.vault_dir,
            },
            _ => ViewCx {
                theme,
                privacy: false,
                spinner: self.spinner(),
                rows: &no_rows,
                loading_rows: false,
                paper_lines: &no_lines,
                vault_dir: &self.opts.vault_dir,
            },
        };
        let (screen_title, keys, cursor) = match (&self.phase, self.gate_screen()) {
            (_, Some(gate)) => (gate.title(), gate.keys(), gate.view(body, buf, &v)),
            (Phase::Open(session), None) => match session.top() {
                Some(screen) => (screen.title(), screen.keys(), screen.view(body, buf, &v)),
                None => (String::new(), Vec::new(), None),
            },
            // The screens wait for the vault: drawn, but their keys do nothing now.
            (Phase::Purging(purging), None) => match purging.parked().top() {
                Some(screen) => (screen.title(), Vec::new(), screen.view(body, buf, &v)),
                None => (String::new(), Vec::new(), None),
            },
            _ => (String::new(), Vec::new(), None),
        };
        // Title bar.
        buf.set_style(title, theme.title());
        let privacy = v.privacy;
        let right = if privacy {
            format!("{} ", t!("tui-privacy-on"))
        } else {
            String::new()
        };
        buf.set_stringn(
            title.x,
            title.y,
            format!(" fieldsign · {screen_title}"),
            usize::from(title.width),
            theme.title(),
        );
        let rw = u16::try_from(right.width()).unwrap_or(0);
        if title.width > rw {
            buf.set_string(title.right() - rw, title.y, right, theme.title());
        }
        // Status line.
        if let Some(flash) = &self.flash {
            let style = match flash.kind {
                FlashKind::Info => ratatui::style::Style::new(),
                FlashKind::Ok => theme.ok(),
                FlashKind::Warn => theme.warn(),
                FlashKind::Error => theme.error(),
            };
            Paragraph::new(Line::styled(format!(" {}", flash.text), style))
                .wrap(Wrap { trim: false })
                .render(status, buf);
        }
        // Footer: this screen's keys, then the global ones that fit; under an overlay,
        // only the keys the overlay answers to (Enter does nothing in the quit dialog).
        let mut spans = Vec::new();
        let entries = footer_entries(self, &keys);
        // Whole entries only, while they fit: the screen's own keys come first.
        let mut used = 0;
        for (key, what) in &entries {
            let width = key.width() + what.width() + 3;
            if used + width > usize::from(footer.width) {
                break;
            }
            used += width;
            spans.push(Span::styled(format!(" {key}"), theme.key()));
            spans.push(Span::styled(format!(" {what} "), theme.dim()));
        }
        Line::from(spans).render(footer, buf);
        self.cursor.set(cursor);
        match &self.overlay {
            None => {}
            Some(Overlay::Help) => {
                self.cursor.set(None);
                help_overlay(body, buf, self, &keys::help(&keys), &screen_title);
            }
            Some(Overlay::ConfirmQuit(what)) => {
                self.cursor.set(None);
                let area = body.centered(Constraint::Max(60), Constraint::Length(6));
                Clear.render(area, buf);
                Paragraph::new(vec![
                    Line::styled(what.clone(), theme.warn()),
                    Line::raw(t!("tui-quit-anyway")),
                    Line::default(),
                    Line::from(
                        keys::CONFIRM_QUIT
                            .iter()
                            .enumerate()
                            .flat_map(|(i, b)| {
                                let gap = if i + 1 < keys::CONFIRM_QUIT.len() {
                                    "   "
                                } else {
                                    ""
                                };
                                [
                                    Span::styled(format!(" {} ", b.label), theme.key()),
                                    Span::raw(format!("{}{gap}", b.help)),
                                ]
                            })
                            .collect::<Vec<_>>(),
                    ),
                ])
                .wrap(Wrap { trim: false })
                .block(Block::bordered().title(format!(" {} ", t!("tui-quit-title"))))
                .render(area, buf);
            }
        }
    }
}

/// Instead of a screen that does not fit (and keys landing in a form one cannot see):
/// what is needed and which keys still work.
fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.opts.theme;
    let (w, h) = super::app::MIN_SIZE;
    let mut lines = vec![
        Line::styled(" fieldsign", theme.title()),
        Line::styled(
            format!(
                " {}",
                t!(
                    "tui-too-small",
                    size = format!("{}×{}", area.width, area.height),
                    needs = format!("{w}×{h}")
                )
            ),
            theme.warn(),
        ),
    ];
    lines.extend(
        t!("tui-too-small-keys")
            .lines()
            .map(|line| Line::raw(format!(" {line}"))),
    );
    if let Some(resume) = app
        .session()
        .and_then(super::session::Session::resume_point)
    {
        lines.push(Line::raw(format!(
            " {}",
            t!("tui-too-small-sheet", sheet = resume.sheet.to_string())
        )));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

fn help_overlay(body: Rect, buf: &mut Buffer, app: &App, screen: &[(String, String)], title: &str) {
    let theme = app.opts.theme;
    let mut lines = vec![Line::styled(
        t!("tui-help-heading", screen = title),
        theme.heading(),
    )];
    let global: Vec<(String, String)> = keys::GLOBAL
        .iter()
        .map(|b| (b.label.get().into_owned(), b.help.get().into_owned()))
        .collect();
    let width = screen
        .iter()
        .chain(global.iter())
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(8)
        + 2;
    let entry = |(key, what): &(String, String)| {
        let pad = " ".repeat(width.saturating_sub(key.width()));
        Line::from(vec![
            Span::styled(format!(" {key}{pad}"), theme.key()),
            Span::raw(what.clone()),
        ])
    };
    lines.extend(screen.iter().map(entry));
    if matches!(app.phase, Phase::Open(_)) {
        lines.push(Line::styled(t!("tui-help-everywhere"), theme.heading()));
        lines.extend(global.iter().map(entry));
    } else {
        let quit = keys::global(Global::Quit);
        lines.push(Line::default());
        lines.push(entry(&(
            quit.label.get().into_owned(),
            quit.footer.map_or(quit.help, |(_, w)| w).get().into_owned(),
        )));
    }
    lines.push(Line::styled(
        format!(" {}", t!("tui-help-close")),
        theme.dim(),
    ));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let area = body.centered(Constraint::Max(78), Constraint::Max(height));
    Clear.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(format!(" {} ", t!("tui-help-title"))))
        .render(area, buf);
}

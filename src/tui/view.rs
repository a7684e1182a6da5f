//! Drawing the whole screen from the state: title bar, the current screen, the status
//! line, the footer with the keys that matter now, and the overlays. Reads state only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Overlay, Phase};
use super::keys::{self, FooterEntry, Global, Shown, Text};
use super::rows::RowSet;
use super::screen::{FlashKind, ViewCx};
use crate::i18n::t;

/// The footer's entries: the screen's (or the overlay's) keys, then the global keys
/// that apply and that the screen's footer did not already name.
fn footer_entries(app: &App, screen: &[Shown]) -> Vec<FooterEntry> {
    let overlay: Option<Vec<Shown>> = match &app.overlay {
        None => None,
        Some(Overlay::ConfirmQuit(_)) => return keys::footer(&keys::shown(keys::CONFIRM_QUIT)),
        // The help's own keys; scrolling only where it is taller than the window.
        Some(Overlay::Help) if app.help_scroll.get().1 > 0 => Some(keys::shown(keys::HELP_SCROLL)),
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
    entries.extend(globals.into_iter().map(|(_, g, words)| FooterEntry {
        key: keys::global_footer_label(g).get().into_owned(),
        words: words.get().into_owned(),
        always: g == Global::Help,
    }));
    entries
}

/// What the footer offers now, whole entries before any is left out for room (for
/// `tests/tui_languages.rs`, which checks that the footer shows only whole entries).
pub fn footer_now(app: &App) -> Vec<FooterEntry> {
    let keys = match (&app.phase, app.gate_screen()) {
        (_, Some(gate)) => gate.keys(),
        (Phase::Open(session), None) => session.top().map(|s| s.keys()).unwrap_or_default(),
        _ => Vec::new(),
    };
    footer_entries(app, &keys)
}

/// What the F1 help lists now: the screen's keys, then the ones that work everywhere.
pub fn help_now(app: &App) -> Vec<(String, String)> {
    let keys = match (&app.phase, app.gate_screen()) {
        (_, Some(gate)) => gate.keys(),
        (Phase::Open(session), None) => session.top().map(|s| s.keys()).unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut entries = keys::help(&keys);
    entries.extend(
        keys::GLOBAL
            .iter()
            .map(|b| (b.label.get().into_owned(), b.help.get().into_owned())),
    );
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
        // A long message gets more rows (up to three) rather than being cut off; one
        // longer still ends after a whole word with "…" (`fit`, measured in cells).
        // Fitted one column short of the edge, less the space before it: ratatui's word
        // wrapper (0.30), which drew it before, could put a two-cell grapheme (a
        // Devanagari vowel sign makes "हो" two cells) in the last column, half outside
        // the window, and the terminal diff then skipped the first cell of the next row.
        let theme = self.opts.theme;
        let rtl = crate::i18n::language().is_rtl();
        let status_width = area.width.saturating_sub(1).max(1);
        let flash = self.flash.as_ref().map(|flash| {
            let style = match flash.kind {
                FlashKind::Info => ratatui::style::Style::new(),
                FlashKind::Ok => theme.ok(),
                FlashKind::Warn => theme.warn(),
                FlashKind::Error => theme.error(),
            };
            let rows =
                super::fit::rows(&flash.text, usize::from(status_width).saturating_sub(1), 3);
            let lines: Vec<Line> = rows
                .into_iter()
                .map(|row| {
                    let text = if rtl {
                        format!("{row} ")
                    } else {
                        format!(" {row}")
                    };
                    Line::styled(text, style)
                })
                .collect();
            let alignment = if rtl {
                ratatui::layout::Alignment::Right
            } else {
                ratatui::layout::Alignment::Left
            };
            Paragraph::new(lines).alignment(alignment)
        });
        let status_rows = flash.as_ref().map_or(1, |p| {
            u16::try_from(p.line_count(status_width).clamp(1, 3)).unwrap_or(1)
        });
        let [title, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(status_rows),
            Constraint::Length(1),
        ])
        .areas(area);
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
        if rtl {
            // Mirrored: the name and screen at the right, privacy mode at the left.
            let name = super::truncate(
                &format!("{screen_title} · fieldsign "),
                usize::from(title.width),
            );
            let nw = u16::try_from(super::cells(&name)).unwrap_or(0);
            buf.set_string(
                title.right().saturating_sub(nw),
                title.y,
                name,
                theme.title(),
            );
            if title.width > nw + u16::try_from(super::cells(&right)).unwrap_or(0) {
                buf.set_string(
                    title.x,
                    title.y,
                    format!(" {}", right.trim_end()),
                    theme.title(),
                );
            }
        } else {
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
        }
        // Status line.
        if let Some(flash) = flash {
            flash.render(
                Rect {
                    width: status_width,
                    ..status
                },
                buf,
            );
        }
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
                let lines = vec![
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
                ];
                let lines: Vec<Line> = lines.into_iter().map(super::mirrored_line).collect();
                Paragraph::new(lines)
                    .wrap(Wrap { trim: false })
                    .block(bordered(&t!("tui-quit-title")))
                    .render(area, buf);
            }
        }
        // Footer: this screen's keys, then the global ones that fit; under an overlay,
        // only the keys the overlay answers to (Enter does nothing in the quit dialog).
        // Drawn after the overlay: the help's keys depend on whether it fits.
        let entries = footer_entries(self, &keys);
        let mut spans = Vec::new();
        // Whole entries only, in order, with room kept for F1 (keys::fit_footer).
        for entry in keys::fit_footer(&entries, usize::from(footer.width)) {
            let (key, what) = (&entry.key, &entry.words);
            spans.push(Span::styled(format!(" {key}"), theme.key()));
            spans.push(Span::styled(format!(" {what} "), theme.dim()));
        }
        // Right to left, each key is right of its words.
        super::mirrored(Line::from(spans)).render(footer, buf);
    }
}

/// A bordered box titled `title`, the title at the right in a right-to-left language.
fn bordered(title: &str) -> Block<'static> {
    let block = Block::bordered().title(format!(" {title} "));
    if crate::i18n::language().is_rtl() {
        block.title_alignment(ratatui::layout::HorizontalAlignment::Right)
    } else {
        block
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
    let rtl = crate::i18n::language().is_rtl();
    let entry = |(key, what): &(String, String)| {
        let pad = " ".repeat(width.saturating_sub(key.width()));
        if rtl {
            Line::from(vec![
                Span::raw(what.clone()),
                Span::styled(format!("{pad}{key} "), theme.key()),
            ])
        } else {
            Line::from(vec![
                Span::styled(format!(" {key}{pad}"), theme.key()),
                Span::raw(what.clone()),
            ])
        }
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
    let paragraph = Paragraph::new(lines)
        .alignment(if rtl {
            ratatui::layout::Alignment::Right
        } else {
            ratatui::layout::Alignment::Left
        })
        .wrap(Wrap { trim: false });
    // A line longer than the box wraps, and a translation may be longer than the
    // English: a help taller than the window scrolls (↑ ↓), so nothing is lost.
    let inner = body.width.min(78).saturating_sub(2).max(1);
    let rows = u16::try_from(paragraph.line_count(inner)).unwrap_or(u16::MAX);
    let height = rows.saturating_add(2).min(body.height);
    let hidden = rows.saturating_sub(height.saturating_sub(2));
    let at = app.help_scroll.get().0.min(hidden);
    app.help_scroll.set((at, hidden));
    let area = body.centered(Constraint::Max(78), Constraint::Length(height));
    Clear.render(area, buf);
    let mut block = bordered(&t!("tui-help-title"));
    if hidden > 0 {
        let marks = match (at > 0, at < hidden) {
            (true, true) => " ↑↓ ",
            (true, false) => " ↑ ",
            _ => " ↓ ",
        };
        block = block.title_bottom(Line::from(marks).right_aligned());
    }
    paragraph.scroll((at, 0)).block(block).render(area, buf);
}

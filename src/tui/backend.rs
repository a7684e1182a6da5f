//! A backend wrapper that leaves no fragment of a name on the terminal where ratatui and
//! the terminal disagree on how wide a piece of text is.
//!
//! ratatui draws only the cells that changed since the last frame and assumes the
//! terminal advanced its cursor by the width `unicode-width` gives each grapheme. For
//! Devanagari, Arabic and combining sequences terminals often disagree (tmux 3.3a puts a
//! spacing vowel sign such as `ि` in a cell of its own), so the terminal's cells drift
//! from ratatui's picture of them and cells ratatui believes blank still show pieces of
//! an earlier name, even on the lock screen.
//!
//! So a row that holds such text, before or after the change, is never patched cell by
//! cell: it is erased whole (`EL 2`) and redrawn from the wrapper's own copy of the
//! screen, with an explicit cursor move after every such grapheme, so a disagreement
//! can at worst clip that one grapheme, never leave it behind or shift what follows.
//! Other rows pass through unchanged (typing Latin or Cyrillic stays as cheap as before).

use std::collections::BTreeSet;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

/// Wraps a real backend (crossterm's) and remembers what it sent.
pub struct SafeBackend<B> {
    inner: B,
    /// What the terminal shows, as ratatui sees it: every cell sent since the last clear.
    shown: Buffer,
}

impl<B: Backend> SafeBackend<B> {
    pub fn new(inner: B) -> Self {
        let area = inner
            .size()
            .map(|s| Rect::new(0, 0, s.width, s.height))
            .unwrap_or_default();
        Self {
            inner,
            shown: Buffer::empty(area),
        }
    }

    #[cfg(test)]
    pub fn inner(&self) -> &B {
        &self.inner
    }

    fn forget(&mut self) {
        let area = self
            .inner
            .size()
            .map_or(self.shown.area, |s| Rect::new(0, 0, s.width, s.height));
        self.shown = Buffer::empty(area);
    }

    /// Whether row `y` of what is shown holds a grapheme terminals may draw at another
    /// width than ratatui assumes.
    fn row_is_uncertain(&self, y: u16) -> bool {
        let area = self.shown.area;
        (area.left()..area.right()).any(|x| uncertain(self.shown[(x, y)].symbol()))
    }

    /// Erases row `y` and draws it again from `shown`, moving the cursor explicitly
    /// after every uncertain grapheme.
    fn redraw_row(&mut self, y: u16) -> Result<(), B::Error> {
        self.inner.set_cursor_position(Position::new(0, y))?;
        self.inner.clear_region(ClearType::CurrentLine)?;
        let area = self.shown.area;
        let mut run: Vec<(u16, u16, &Cell)> = Vec::new();
        let mut covered = 0;
        for x in area.left()..area.right() {
            let cell = &self.shown[(x, y)];
            // Cells under a wide grapheme are drawn by it (as ratatui's own diff does).
            if covered > 0 {
                covered -= 1;
                continue;
            }
            if cell.diff_option == CellDiffOption::Skip {
                continue;
            }
            covered = cell.symbol().width().saturating_sub(1);
            run.push((x, y, cell));
            if uncertain(cell.symbol()) {
                // The next call starts with a cursor move: nothing after this grapheme
                // depends on how far the terminal advanced.
                self.inner.draw(run.drain(..))?;
            }
        }
        self.inner.draw(run.into_iter())
    }
}

/// A grapheme whose width terminals do not agree on: more than one code point
/// (combining marks, conjuncts, emoji sequences), a zero-width character, or a letter
/// of a script that terminals shape or join (Hebrew to the Indic and South-East Asian
/// scripts, Arabic presentation forms).
pub fn uncertain(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if chars.next().is_some() {
        return true;
    }
    let code = u32::from(c);
    matches!(code,
        0x0300..=0x036F          // combining diacritical marks
        | 0x0483..=0x0489        // combining Cyrillic
        | 0x0590..=0x1CFF        // Hebrew, Arabic, Syriac, Thaana, N'Ko, Indic, Thai, Lao,
                                 // Tibetan, Myanmar, Georgian, Hangul Jamo, Khmer, …
        | 0x1DC0..=0x1DFF        // combining supplement
        | 0x200B..=0x200F        // zero-width characters
        | 0x20D0..=0x20FF        // combining marks for symbols
        | 0xA8E0..=0xA8FF        // Devanagari extended
        | 0xFB1D..=0xFDFF        // Hebrew and Arabic presentation forms
        | 0xFE00..=0xFE2F        // variation selectors, combining half marks
        | 0xFE70..=0xFEFF) // Arabic presentation forms B
        || UnicodeWidthStr::width(symbol) == 0
}

impl<B: Backend> Backend for SafeBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let size = self.inner.size()?;
        if self.shown.area.width != size.width || self.shown.area.height != size.height {
            self.shown.resize(Rect::new(0, 0, size.width, size.height));
        }
        let updates: Vec<(u16, u16, Cell)> = content.map(|(x, y, c)| (x, y, c.clone())).collect();
        let rows: BTreeSet<u16> = updates.iter().map(|(_, y, _)| *y).collect();
        let mut whole: BTreeSet<u16> = rows
            .iter()
            .copied()
            .filter(|y| *y < size.height && self.row_is_uncertain(*y))
            .collect();
        let area = self.shown.area;
        for (x, y, cell) in &updates {
            if area.contains(Position::new(*x, *y)) {
                self.shown[(*x, *y)] = cell.clone();
                // The cells a wide grapheme covers are blank in ratatui's buffer, and its
                // diff never sends them: blank them here too, or a later whole-row
                // redraw would bring back what they held before.
                let covers = u16::try_from(cell.symbol().width().saturating_sub(1)).unwrap_or(0);
                for dx in 1..=covers {
                    let at = Position::new(x.saturating_add(dx), *y);
                    if area.contains(at) {
                        self.shown[at].reset();
                    }
                }
            }
        }
        whole.extend(
            rows.iter()
                .copied()
                .filter(|y| *y < size.height && self.row_is_uncertain(*y)),
        );
        self.inner.draw(
            updates
                .iter()
                .filter(|(_, y, _)| !whole.contains(y))
                .map(|(x, y, c)| (*x, *y, c)),
        )?;
        for y in whole {
            self.redraw_row(y)?;
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.forget();
        Ok(())
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        // Only a full clear is used by ratatui for a full-screen viewport; after any
        // other, forgetting everything just makes the next rows redraw in full.
        self.forget();
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::widgets::Paragraph;

    use super::*;

    #[test]
    fn scripts_terminals_disagree_on_are_uncertain_and_plain_text_is_not() {
        for s in ["रि", "ा", "م", "x\u{323}\u{302}", "\u{301}", "👩\u{200d}🔬"] {
            assert!(uncertain(s), "{s:?}");
        }
        for s in ["a", "Ж", "Σ", "ø", "李", "▸", "✓", "…", " ", ""] {
            assert!(!uncertain(s), "{s:?}");
        }
    }

    /// Through the wrapper the screen ends up exactly as ratatui drew it, whichever rows
    /// were redrawn whole.
    #[test]
    fn the_screen_matches_the_frame_after_rows_are_redrawn_whole() {
        let mut term = Terminal::new(SafeBackend::new(TestBackend::new(20, 3))).unwrap();
        for text in [
            "अमित शर्मा\nOlena\nمحمد",
            "Zoë\nरिया कुमारी\nabc",
            // A wide grapheme now covers a cell that held a name: ratatui never sends
            // the covered cell, and the row redrawn whole must not bring it back.
            "Zoë\n李रिया कुमारी\nabc",
            "Zoë\nx\nabc",
            "plain\nplain\nplain",
        ] {
            let frame = term
                .draw(|f| f.render_widget(Paragraph::new(text), f.area()))
                .unwrap()
                .buffer
                .clone();
            assert_eq!(term.backend().inner().buffer(), &frame, "{text}");
        }
    }
}

//! Right-to-left layout (Arabic): a line's parts in mirrored order against the right
//! edge, and widths counted the way the buffer draws text, one grapheme at a time.
//!
//! Why not `UnicodeWidthStr::width` of the whole string: since unicode-width 0.2 an
//! Arabic lam followed by an alef ("لا") counts as one column, because some terminals
//! draw the pair as one ligature. The buffer (and most terminals) give each letter its
//! own cell, so a right-aligned Arabic line measured that way lost its last letters.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The cells `text` takes in the buffer: the sum of its graphemes' widths.
pub fn cells(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// A line as a right-to-left language reads it: its parts in mirrored order. Other
/// languages get it as it is. The words inside each part keep the order they were
/// written in (the terminal may reorder them; see docs/translating.md, "Right to
/// left"). For a [`Paragraph`](ratatui::widgets::Paragraph), which measures each
/// grapheme itself.
pub fn mirrored_line(line: Line<'_>) -> Line<'_> {
    if !crate::i18n::language().is_rtl() {
        return line;
    }
    let style = line.style;
    Line::from(reversed(line.spans))
        .style(style)
        .right_aligned()
}

/// The spans in reverse order, each with its leading and trailing spaces swapped: the
/// space that separated a part from the next one still does, on the other side.
fn reversed(spans: Vec<Span<'_>>) -> Vec<Span<'_>> {
    spans
        .into_iter()
        .rev()
        .map(|span| {
            let text = span.content.as_ref();
            let body = text.trim_matches(' ');
            if body.len() == text.len() || body.is_empty() {
                return span;
            }
            let lead = text.len() - text.trim_start_matches(' ').len();
            let trail = text.len() - text.trim_end_matches(' ').len();
            let swapped = format!("{}{body}{}", " ".repeat(trail), " ".repeat(lead));
            Span::styled(swapped, span.style)
        })
        .collect()
}

/// [`mirrored_line`] as a widget for one row: against the right edge, measured in
/// cells; a line wider than the row loses its logical end (the left), marked "…".
pub fn mirrored(line: Line<'_>) -> Mirrored<'_> {
    Mirrored(line)
}

pub struct Mirrored<'a>(Line<'a>);

impl Widget for Mirrored<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if crate::i18n::language().is_rtl() {
            render_rtl(self.0, area, buf);
        } else {
            self.0.render(area, buf);
        }
    }
}

/// Draws `line` mirrored against the right edge of `area` (see [`mirrored`]).
fn render_rtl(line: Line<'_>, area: Rect, buf: &mut Buffer) {
    {
        let style = line.style;
        let mut spans = reversed(line.spans);
        let room = usize::from(area.width);
        let mut width: usize = spans.iter().map(|s| cells(&s.content)).sum();
        if width > room {
            // Drop graphemes from the left until the rest and "…" fit.
            let mut kept: Vec<Span> = Vec::new();
            let mut cut = false;
            for span in spans {
                if cut || width < room {
                    kept.push(span);
                    continue;
                }
                let mut rest = String::new();
                for g in span.content.graphemes(true) {
                    if width + 1 > room {
                        width -= g.width();
                    } else {
                        rest.push_str(g);
                    }
                }
                if !rest.is_empty() {
                    cut = true;
                    kept.push(Span::styled(rest, span.style));
                }
            }
            kept.insert(0, Span::styled("…", style));
            spans = kept;
            width += 1;
        }
        let width = u16::try_from(width.min(room)).unwrap_or(area.width);
        // Span by span with the buffer's own advance: ratatui's `Line` moves on by the
        // string's width, which would draw each span over the last cell of one with "لا".
        let mut x = area.right() - width;
        for span in &spans {
            let left = usize::from(area.right().saturating_sub(x));
            (x, _) = buf.set_stringn(x, area.y, &span.content, left, style.patch(span.style));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lam_alef_takes_two_cells_as_drawn() {
        assert_eq!("لا".width(), 1, "unicode-width's ligature rule");
        assert_eq!(cells("لا"), 2);
        assert_eq!(cells("الحملات والفعاليات"), 18);
    }

    #[test]
    fn a_mirrored_line_with_lam_alef_keeps_every_letter_and_space() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        let line = Line::from(vec![Span::raw(" Enter"), Span::raw(" الأوراق ")]);
        render_rtl(line, Rect::new(0, 0, 20, 1), &mut buf);
        let row: String = (0..20).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(row, "      الأوراق Enter ");
    }

    #[test]
    fn a_mirrored_line_too_wide_loses_its_logical_end_at_the_left() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        // Logical order: "one", then "two three"; mirrored, "two three" comes first.
        let line = Line::from(vec![Span::raw("one "), Span::raw("two three")]);
        render_rtl(line, Rect::new(0, 0, 10, 1), &mut buf);
        let row: String = (0..10).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(row, "…three one");
    }
}

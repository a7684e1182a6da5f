//! Text input: a thin wrapper over `tui-input` (grapheme-aware movement and deletion,
//! width-correct cursor and scrolling) plus a passphrase field kept in wiped memory.
//!
//! Both wrappers redact their `Debug` output: a field's value may be a signer's name.

use std::fmt;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;
use unicode_width::UnicodeWidthStr;
use zeroize::Zeroizing;

/// One line of editable text.
#[derive(Default, Clone)]
pub struct TextField {
    input: Input,
}

impl fmt::Debug for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "TextField(<{} chars>)",
            self.input.value().chars().count()
        )
    }
}

impl TextField {
    pub fn with_value(value: &str) -> Self {
        Self {
            input: Input::new(value.to_owned()),
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    pub fn is_empty(&self) -> bool {
        self.input.value().trim().is_empty()
    }

    pub fn clear(&mut self) {
        self.input.reset();
    }

    pub fn set(&mut self, value: &str) {
        self.input = Input::new(value.to_owned());
    }

    /// Applies an editing key; returns whether the value changed.
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        let before = self.input.value().len();
        let changed = to_input_request(&Event::Key(key))
            .and_then(|request| self.input.handle(request))
            .is_some_and(|c| c.value);
        changed || before != self.input.value().len()
    }

    /// Inserts pasted text; line breaks and tabs become spaces.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            self.input.handle(tui_input::InputRequest::InsertChar(c));
        }
    }

    /// Draws the value in `area`, scrolled so the cursor shows; returns where the
    /// terminal cursor belongs when this field has focus.
    pub fn render(&self, area: Rect, buf: &mut Buffer, style: Style, mask: bool) -> Position {
        let width = usize::from(area.width.max(1).saturating_sub(1));
        let scroll = self.input.visual_scroll(width);
        let shown = if mask {
            super::privacy_mask(self.value())
        } else {
            self.value().to_owned()
        };
        buf.set_style(area, style);
        Paragraph::new(Line::raw(shown))
            .style(style)
            .scroll((0, u16::try_from(scroll).unwrap_or(u16::MAX)))
            .render(area, buf);
        let column = self.input.visual_cursor().saturating_sub(scroll);
        Position::new(
            area.x
                + u16::try_from(column)
                    .unwrap_or(0)
                    .min(area.width.saturating_sub(1)),
            area.y,
        )
    }
}

/// A passphrase being typed: kept in memory that is wiped when dropped or cleared, and
/// shown as dots. Editing is only typing and deleting at the end.
#[derive(Default)]
pub struct SecretField {
    text: Zeroizing<String>,
}

impl fmt::Debug for SecretField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretField(<redacted>)")
    }
}

impl SecretField {
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Char(c)
                if !key.modifiers.contains(KeyModifiers::CONTROL)
                    && !key.modifiers.contains(KeyModifiers::ALT) =>
            {
                self.text.push(c);
                true
            }
            KeyCode::Backspace => self.text.pop().is_some(),
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.clear();
                true
            }
            _ => false,
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.text.extend(text.chars().filter(|c| !c.is_control()));
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn len(&self) -> usize {
        self.text.chars().count()
    }

    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    pub fn clear(&mut self) {
        // Zeroizing wipes the old buffer when it is replaced.
        self.text = Zeroizing::default();
    }

    /// The passphrase, moved out; the field is left empty.
    pub fn take(&mut self) -> age::secrecy::SecretString {
        let secret = age::secrecy::SecretString::from(self.text.as_str().to_owned());
        self.clear();
        secret
    }

    pub fn matches(&self, other: &SecretField) -> bool {
        *self.text == *other.text
    }

    /// Draws one dot per character; returns the cursor position.
    pub fn render(&self, area: Rect, buf: &mut Buffer, style: Style) -> Position {
        let dots = "•".repeat(self.len().min(usize::from(area.width.saturating_sub(1))));
        buf.set_style(area, style);
        buf.set_string(area.x, area.y, &dots, style);
        Position::new(area.x + u16::try_from(dots.width()).unwrap_or(0), area.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(text: &str) -> TextField {
        let mut field = TextField::default();
        for c in text.chars() {
            field.handle_key(key(KeyCode::Char(c)));
        }
        field
    }

    #[test]
    fn backspace_removes_whole_graphemes_in_every_script() {
        // Devanagari "र्मा" (ra, virama, ma, vowel sign aa) is one grapheme of four code
        // points (a conjunct, UAX #29 since Unicode 15.1); marks go with their letter.
        for (text, after) in [
            ("अमित शर्मा", "अमित श"),
            ("Ζωή", "Ζω"),
            ("Олена", "Олен"),
            ("محمد", "محم"),
            ("Ame\u{301}", "Am"),
        ] {
            let mut field = typed(text);
            assert!(field.handle_key(key(KeyCode::Backspace)));
            assert_eq!(field.value(), after, "{text}");
        }
    }

    #[test]
    fn cursor_column_counts_display_width() {
        let field = typed("日本a");
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        let at = field.render(Rect::new(2, 0, 10, 1), &mut buf, Style::new(), false);
        assert_eq!(at, Position::new(7, 0));
        let mut field = typed("abc");
        field.handle_key(key(KeyCode::Left));
        field.handle_key(key(KeyCode::Char('Ж')));
        assert_eq!(field.value(), "abЖc");
    }

    #[test]
    fn long_values_scroll_to_keep_the_cursor_visible() {
        let field = typed("Σωκράτης Παπαδόπουλος");
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let at = field.render(Rect::new(0, 0, 10, 1), &mut buf, Style::new(), false);
        assert_eq!(at.x, 9);
        let shown: String = (0..10).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(shown, "αδόπουλος ");
    }

    #[test]
    fn debug_never_shows_the_value() {
        let field = typed("Олена");
        assert!(!format!("{field:?}").contains("Олена"));
        let mut secret = SecretField::default();
        secret.paste("hunter2");
        assert!(!format!("{secret:?}").contains("hunter2"));
    }
}

//! A form of a campaign's fields, shared by sheet entry and amending a record: focus
//! moves with Tab / Shift-Tab (and the arrow keys), every field is validated as it is
//! typed, and checkboxes toggle with Space.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::input::TextField;
use super::theme::Theme;
use crate::i18n::t;
use crate::model::{FieldError, FieldKind, FieldSpec, normalize_value};

/// One field of the form.
#[derive(Debug, Clone)]
pub struct FormField {
    pub spec: FieldSpec,
    pub input: TextField,
    /// What is wrong with the value now, in words (never containing the value).
    pub error: Option<String>,
}

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    /// The value of field `n` changed.
    Changed(usize),
    Moved,
    Ignored,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// Whether empty required fields count as errors yet (after a first save attempt),
    /// so that a fresh line is not covered in red before anything is typed.
    pub show_required: bool,
}

impl Form {
    pub fn new(specs: &[FieldSpec]) -> Self {
        Self {
            fields: specs
                .iter()
                .map(|spec| FormField {
                    spec: spec.clone(),
                    input: TextField::default(),
                    error: None,
                })
                .collect(),
            focus: 0,
            show_required: false,
        }
    }

    /// A form filled with current values, for amending.
    pub fn with_values(specs: &[FieldSpec], values: &BTreeMap<String, String>) -> Self {
        let mut form = Self::new(specs);
        for field in &mut form.fields {
            if let Some(v) = values.get(&field.spec.key) {
                field.input.set(v);
            }
        }
        form
    }

    pub fn focused(&self) -> Option<&FormField> {
        self.fields.get(self.focus)
    }

    /// Whether anything at all has been typed.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.input.is_empty())
    }

    pub fn clear(&mut self) {
        for field in &mut self.fields {
            field.input.clear();
            field.error = None;
        }
        self.focus = 0;
        self.show_required = false;
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> FormEvent {
        let count = self.fields.len();
        if count == 0 {
            return FormEvent::Ignored;
        }
        match key.code {
            KeyCode::Tab | KeyCode::Down => {
                self.focus = (self.focus + 1) % count;
                return FormEvent::Moved;
            }
            KeyCode::BackTab | KeyCode::Up => {
                self.focus = (self.focus + count - 1) % count;
                return FormEvent::Moved;
            }
            _ => {}
        }
        let index = self.focus;
        let field = &mut self.fields[index];
        let changed = if field.spec.kind == FieldKind::Checkbox {
            checkbox_key(&mut field.input, key)
        } else {
            field.input.handle_key(key)
        };
        if changed {
            self.validate(index);
            FormEvent::Changed(index)
        } else {
            FormEvent::Ignored
        }
    }

    pub fn paste(&mut self, text: &str) -> FormEvent {
        let index = self.focus;
        match self.fields.get_mut(index) {
            Some(field) if field.spec.kind != FieldKind::Checkbox => {
                field.input.paste(text);
                self.validate(index);
                FormEvent::Changed(index)
            }
            _ => FormEvent::Ignored,
        }
    }

    /// Re-checks field `index` against its spec.
    pub fn validate(&mut self, index: usize) {
        let show_required = self.show_required;
        if let Some(field) = self.fields.get_mut(index) {
            let required = field.spec.required && show_required;
            field.error = normalize_value(&field.spec.kind, required, field.input.value())
                .err()
                .map(|e| crate::explain::value_error(&e));
        }
    }

    /// Checks every field (required ones too); focuses the first with a problem.
    /// Returns whether all are fine.
    pub fn validate_all(&mut self) -> bool {
        self.show_required = true;
        for index in 0..self.fields.len() {
            self.validate(index);
        }
        self.focus_first_error()
    }

    /// Shows errors the vault reported, by field; returns false if there were any.
    pub fn apply_errors(&mut self, errors: &[FieldError]) -> bool {
        for error in errors {
            if let (Some(field), FieldError::Value { problem, .. }) = (
                self.fields.iter_mut().find(|f| f.spec.key == error.field()),
                error,
            ) {
                field.error = Some(crate::explain::value_error(problem));
            }
        }
        self.focus_first_error()
    }

    fn focus_first_error(&mut self) -> bool {
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(index) => {
                self.focus = index;
                false
            }
            None => true,
        }
    }

    /// The typed values by key (empty ones left out).
    pub fn values(&self) -> BTreeMap<String, String> {
        self.fields
            .iter()
            .filter(|f| !f.input.is_empty())
            .map(|f| (f.spec.key.clone(), f.input.value().to_owned()))
            .collect()
    }

    /// Draws one row per field: label, input, then a mark and what is wrong or a hint.
    /// Rows that do not fit are left out. Returns the cursor position if `active`.
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: Theme,
        active: bool,
    ) -> Option<Position> {
        let label_width = self
            .fields
            .iter()
            .map(|f| super::cells(&label(&f.spec)))
            .max()
            .unwrap_or(8)
            .clamp(8, 18);
        let label_width = u16::try_from(label_width).unwrap_or(16) + 3;
        let input_width = area.width.saturating_sub(label_width + 2).min(36);
        // Right to left (Arabic): the row is mirrored, marker and label at the right
        // edge, the field to their left, the note leftmost. The typed value itself is
        // kept and shown in the order typed (the terminal may reorder it).
        let rtl = crate::i18n::language().is_rtl();
        let mut cursor = None;
        for (index, field) in self.fields.iter().enumerate() {
            let Ok(row) = u16::try_from(index) else { break };
            if row >= area.height {
                break;
            }
            let y = area.y + row;
            let focused = active && index == self.focus;
            let label_style = if focused {
                theme.focus_label()
            } else {
                theme.label()
            };
            // A label cut short ends in "…", so a cut word is not taken for another.
            let text = super::truncate(&label(&field.spec), usize::from(label_width - 3));
            let input_area = if rtl {
                let marker = if focused { " ◂" } else { "  " };
                buf.set_string(area.right().saturating_sub(2), y, marker, label_style);
                let w = u16::try_from(super::cells(&text)).unwrap_or(0);
                buf.set_string(area.right().saturating_sub(3 + w), y, &text, label_style);
                Rect::new(
                    area.right().saturating_sub(label_width + input_width),
                    y,
                    input_width,
                    1,
                )
            } else {
                let marker = if focused { "▸ " } else { "  " };
                buf.set_string(area.x, y, marker, label_style);
                buf.set_string(area.x + 2, y, &text, label_style);
                Rect::new(area.x + label_width, y, input_width, 1)
            };
            let at = if field.spec.kind == FieldKind::Checkbox {
                let ticked = field.input.value() == "yes";
                buf.set_string(
                    input_area.x,
                    y,
                    if ticked { "[x]" } else { "[ ]" },
                    theme.input(),
                );
                Position::new(input_area.x + 1, y)
            } else {
                field.input.render(input_area, buf, theme.input(), false)
            };
            if focused {
                cursor = Some(at);
            }
            let (note_x, note_width) = if rtl {
                (area.x, input_area.x.saturating_sub(area.x + 1))
            } else {
                let x = input_area.right() + 1;
                (x, area.right().saturating_sub(x))
            };
            let note = match (&field.error, focused) {
                // Softer while the field is still being typed in; red once focus leaves.
                (Some(error), true) => Line::from(Span::styled(format!("✗ {error}"), theme.warn())),
                (Some(error), false) => {
                    Line::from(Span::styled(format!("✗ {error}"), theme.error()))
                }
                // A choice shows its options all the while it has focus, not only
                // after a wrong value.
                (None, true)
                    if field.input.is_empty()
                        || matches!(field.spec.kind, FieldKind::Choice(_)) =>
                {
                    Line::from(Span::styled(hint(&field.spec.kind), theme.dim()))
                }
                (None, _) => Line::default(),
            };
            // A note cut short ends in "…" (the full error is on its own line below).
            let note = Line::from(
                note.spans
                    .into_iter()
                    .map(|span| {
                        let text = super::truncate(&span.content, usize::from(note_width));
                        Span::styled(text, span.style)
                    })
                    .collect::<Vec<_>>(),
            );
            super::mirrored(note).render(Rect::new(note_x, y, note_width, 1), buf);
        }
        cursor
    }
}

/// A field's label: the standard fields' in the person's language, any other its key
/// with spaces; a star when required.
pub fn label(spec: &FieldSpec) -> String {
    let mut text = standard_label(&spec.key).unwrap_or_else(|| spec.label());
    if spec.required {
        text.push_str(" *");
    }
    text
}

/// The label of a field every campaign may have (`model::default_fields`, the event
/// form's): the key is the campaign file's, the words the person's.
fn standard_label(key: &str) -> Option<String> {
    Some(match key {
        "name" => t!("field-name"),
        "email" => t!("field-email"),
        "phone" => t!("field-phone"),
        "city" => t!("field-city"),
        "country" => t!("field-country"),
        "postcode" => t!("field-postcode"),
        "contact_ok" => t!("field-contact-ok"),
        "place" => t!("field-place"),
        "date" => t!("field-date"),
        "sheet" => t!("field-sheet"),
        "next_line" => t!("field-next-line"),
        "lines_per_sheet" => t!("field-lines-per-sheet"),
        _ => return None,
    })
}

/// What a field expects, shown while it has focus.
fn hint(kind: &FieldKind) -> String {
    match kind {
        FieldKind::Text => String::new(),
        FieldKind::Email => "name@example.org".into(),
        FieldKind::Phone => t!("hint-phone"),
        FieldKind::Country => t!("hint-country"),
        FieldKind::Postcode => t!("hint-postcode"),
        FieldKind::Date => "YYYY-MM-DD".into(),
        FieldKind::Checkbox => t!("hint-checkbox"),
        FieldKind::Choice(options) => t!("hint-choice", options = options.join(", ")),
    }
}

/// Checkbox editing: Space toggles, y/x/1 tick, n/0/Backspace untick.
fn checkbox_key(input: &mut TextField, key: KeyEvent) -> bool {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return false;
    }
    let ticked = input.value() == "yes";
    let want = match key.code {
        KeyCode::Char(' ') => !ticked,
        KeyCode::Char('y' | 'Y' | 'x' | 'X' | '1') => true,
        KeyCode::Char('n' | 'N' | '0') | KeyCode::Backspace | KeyCode::Delete => false,
        _ => return false,
    };
    input.set(if want { "yes" } else { "" });
    want != ticked
}

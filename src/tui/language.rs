//! Choosing the language of the screens: a list of the languages fieldsign speaks,
//! each in its own name, opened from home (`l`). The choice is kept in the vault
//! (a sealed setting, `Vault::set_language`) and applied when the vault is unlocked,
//! unless `--lang` or `FIELDSIGN_LANG` named one for this run (see docs/translating.md,
//! "Choosing one").

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::screen::Flash;
use super::theme::Theme;
use crate::i18n::{self, Language, t};
use crate::vault::Vault;

/// The list and which language in it is highlighted.
pub struct Chooser {
    pub selected: usize,
}

impl Chooser {
    /// Opens on the language shown now.
    pub fn new() -> Self {
        let now = i18n::language();
        Self {
            selected: Language::ALL.iter().position(|l| *l == now).unwrap_or(0),
        }
    }

    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn down(&mut self) {
        self.selected = (self.selected + 1).min(Language::ALL.len() - 1);
    }

    /// Shows every later word in the highlighted language and keeps the choice in
    /// `vault`; says so in the new language.
    pub fn choose(&self, vault: &Vault) -> Flash {
        let language = Language::ALL[self.selected];
        i18n::select(language);
        match vault.set_language(language.tag()) {
            Ok(()) => Flash::ok(t!("language-chosen", language = language.endonym())),
            Err(e) => Flash::error(t!(
                "language-not-kept",
                language = language.endonym(),
                error = crate::explain::describe(&e)
            )),
        }
    }

    /// The heading, then the languages in two columns (18 do not fit one at 80×24).
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        if area.height == 0 {
            return;
        }
        Line::styled(t!("language-heading"), theme.heading())
            .render(Rect::new(area.x, area.y, area.width, 1), buf);
        let rows = Language::ALL.len().div_ceil(2);
        let column = area.width / 2;
        for (n, language) in Language::ALL.iter().enumerate() {
            let (col, row) = (n / rows, n % rows);
            let y = area.y + 2 + u16::try_from(row).unwrap_or(u16::MAX);
            if y >= area.bottom() {
                continue;
            }
            let x = area.x + column * u16::try_from(col).unwrap_or(0);
            let selected = n == self.selected;
            let style = if selected {
                theme.selected()
            } else {
                ratatui::style::Style::new()
            };
            let line = Line::from(vec![
                Span::styled(if selected { "▸ " } else { "  " }, style),
                Span::styled(language.endonym(), style),
                Span::styled(format!("  {}", language.tag()), theme.dim()),
            ]);
            line.render(Rect::new(x, y, column.saturating_sub(1), 1), buf);
        }
    }
}

/// Applies the language kept in `vault`, unless one was named for this run. A tag
/// fieldsign no longer speaks is passed over (the screens stay as they are).
pub fn apply_kept(vault: &Vault) {
    if i18n::named_on_purpose() {
        return;
    }
    if let Ok(Some(tag)) = vault.language()
        && let Some(language) = Language::parse(&tag)
    {
        i18n::select(language);
    }
}

//! First run: no vault yet. Step 1 creates one (passphrase twice, with a strength hint;
//! the KDF runs off the UI thread). Step 2 ([`Setup`], a screen of the unlocked
//! session) joins a campaign file or creates a local campaign.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::input::SecretField;
use super::keys::{Binding, Key};
use super::prompt::{self, Prompt, PromptDone, PromptKind};
use super::screen::{Cx, Gate, Opened, Payload, Route, Screen, ViewCx};
use super::theme::Theme;
use crate::i18n::t;
use crate::vault::{Vault, VaultError};

/// The shortest passphrase the wizard accepts.
const MIN_PASSPHRASE: usize = 8;

#[derive(Default)]
pub struct Wizard {
    first: SecretField,
    second: SecretField,
    focus: usize,
    busy: bool,
    error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WizardAction {
    SwitchField,
    Next,
}

const WIZARD_KEYS: &[Binding<WizardAction>] = &[
    Binding::new(
        super::keys::FIELD_KEYS,
        "Tab",
        WizardAction::SwitchField,
        tx!("key-switch-field-help"),
    )
    .footer(1, tx!("key-switch-field")),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        WizardAction::Next,
        tx!("key-wizard-next-help"),
    )
    .footer(0, tx!("key-next")),
];

impl Wizard {
    fn focused(&mut self) -> &mut SecretField {
        if self.focus == 0 {
            &mut self.first
        } else {
            &mut self.second
        }
    }

    fn submit(&mut self, cx: &mut Gate) {
        if self.first.len() < MIN_PASSPHRASE {
            self.focus = 0;
            self.error = Some(t!("wizard-too-short", min = MIN_PASSPHRASE));
            return;
        }
        if !self.first.matches(&self.second) {
            self.second.clear();
            self.error = Some(t!("wizard-differ"));
            return;
        }
        let passphrase = self.first.take();
        self.second.clear();
        self.busy = true;
        let dir = cx.vault_dir.to_path_buf();
        let work_factor = cx.work_factor;
        cx.jobs
            .spawn(move |_| Vault::create(&dir, &passphrase, work_factor));
    }
}

impl Screen<Gate<'_>> for Wizard {
    type Action = WizardAction;

    fn title(&self) -> String {
        t!("title-first-start")
    }

    fn keymap(&self) -> &'static [Binding<WizardAction>] {
        WIZARD_KEYS
    }

    fn act(&mut self, action: WizardAction, _key: KeyEvent, cx: &mut Gate) -> Route {
        if self.busy {
            return Route::Stay;
        }
        match action {
            WizardAction::SwitchField => self.focus = 1 - self.focus,
            WizardAction::Next if self.focus == 0 => {
                if self.first.len() < MIN_PASSPHRASE {
                    self.error = Some(t!("wizard-too-short", min = MIN_PASSPHRASE));
                } else {
                    self.focus = 1;
                }
            }
            WizardAction::Next => self.submit(cx),
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Gate) -> Route {
        if !self.busy && self.focused().handle_key(key) {
            self.error = None;
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Gate) -> Route {
        self.focused().paste(text);
        Route::Stay
    }

    fn on_job(&mut self, done: Payload, cx: &mut Gate) -> Route {
        if let Ok(result) = done.downcast::<Result<Vault, VaultError>>() {
            match *result {
                Ok(vault) => {
                    *cx.opened = Some(Opened {
                        vault,
                        created: true,
                    });
                }
                Err(error) => {
                    self.busy = false;
                    self.focus = 0;
                    self.error = Some(super::hints::describe(&error));
                }
            }
        }
        Route::Stay
    }

    fn text_focus(&self) -> bool {
        true
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let (theme, spinner, dir) = (v.theme, v.spinner, v.vault_dir);

        let body = area.centered_horizontally(Constraint::Max(76));
        let (strength, style) = strength(&self.first, theme);
        let mut lines = vec![
            Line::default(),
            Line::styled(t!("wizard-welcome"), theme.heading()),
            Line::default(),
            Line::raw(t!("wizard-encrypted")),
            Line::raw(format!("  {}", dir.display())),
        ];
        lines.extend(t!("wizard-choose").lines().map(|l| Line::raw(l.to_owned())));
        lines.push(Line::default());
        let names = [
            t!("wizard-passphrase"),
            t!("wizard-repeat"),
            t!("wizard-strength"),
        ];
        // The fields start after the widest label, whatever the language.
        let column = names.iter().map(|n| n.width()).max().unwrap_or(0) + 2;
        let padded = |text: &str| format!("{text}{}", " ".repeat(column - text.width()));
        let first_row = u16::try_from(lines.len()).unwrap_or(0);
        let label = |n: usize, text: String| {
            Span::styled(
                text,
                if self.focus == n {
                    theme.focus_label()
                } else {
                    theme.label()
                },
            )
        };
        lines.push(Line::from(label(0, padded(&names[0]))));
        lines.push(Line::from(label(1, padded(&names[1]))));
        lines.push(Line::from(vec![
            Span::styled(padded(&names[2]), theme.dim()),
            Span::styled(strength, style),
        ]));
        lines.push(Line::default());
        if self.busy {
            lines.push(Line::styled(
                format!("{spinner} {}", t!("wizard-creating")),
                theme.warn(),
            ));
        } else if let Some(error) = &self.error {
            // In the rows left, cut after a whole word with "…" if it needs more.
            let used = Paragraph::new(lines.clone())
                .wrap(Wrap { trim: false })
                .line_count(body.width);
            let left = usize::from(body.height).saturating_sub(used);
            lines.extend(
                super::fit::rows(&format!("✗ {error}"), usize::from(body.width), left)
                    .into_iter()
                    .map(|row| Line::styled(row, theme.error())),
            );
        } else {
            lines.push(Line::styled(t!("wizard-keys"), theme.dim()));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        let mut cursor = None;
        for (n, field) in [&self.first, &self.second].into_iter().enumerate() {
            let y = body.y + first_row + u16::try_from(n).unwrap_or(0);
            if y < body.bottom() {
                let x = u16::try_from(column).unwrap_or(13);
                let area = Rect::new(body.x + x, y, body.width.saturating_sub(x).min(40), 1);
                let at = field.render(area, buf, theme.input());
                if n == self.focus && !self.busy {
                    cursor = Some(at);
                }
            }
        }
        cursor
    }
}

/// A rough strength hint: long phrases of several words are what we want people to use.
fn strength(pass: &SecretField, theme: Theme) -> (String, Style) {
    let len = pass.len();
    let words = pass.word_count();
    if len == 0 {
        (t!("strength-empty"), theme.dim())
    } else if len < MIN_PASSPHRASE {
        (t!("strength-too-short"), theme.error())
    } else if words >= 4 || len >= 20 {
        (t!("strength-strong"), theme.ok())
    } else if len >= 12 {
        (t!("strength-fair"), theme.warn())
    } else {
        (t!("strength-weak"), theme.error())
    }
}

/// Step 2 of the first run: join a campaign file or create a local campaign.
#[derive(Debug, Default)]
pub struct Setup {
    prompt: Option<Prompt>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupAction {
    Join,
    Create,
    Skip,
    Prompt(prompt::Action),
}

const SETUP_KEYS: &[Binding<SetupAction>] = &[
    Binding::new(
        &[Key::Plain(KeyCode::Char('j'))],
        "j",
        SetupAction::Join,
        tx!("key-join-help"),
    )
    .footer(0, tx!("key-join-file")),
    Binding::new(
        &[Key::Plain(KeyCode::Char('c'))],
        "c",
        SetupAction::Create,
        tx!("key-create-help"),
    )
    .footer(1, tx!("key-create-campaign")),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        SetupAction::Skip,
        tx!("key-skip-help"),
    )
    .footer(2, tx!("key-skip")),
];

const SETUP_PROMPT_KEYS: &[Binding<SetupAction>] = &[
    prompt::confirm(SetupAction::Prompt(prompt::Action::Confirm)),
    prompt::complete(SetupAction::Prompt(prompt::Action::Complete)),
    prompt::cancel(SetupAction::Prompt(prompt::Action::Cancel)),
];
const SETUP_PLAIN_PROMPT_KEYS: &[Binding<SetupAction>] =
    &[SETUP_PROMPT_KEYS[0], SETUP_PROMPT_KEYS[2]];

impl Setup {
    pub fn open(_cx: &mut Cx) -> Result<Self, VaultError> {
        Ok(Self::default())
    }
}

impl Screen<Cx<'_>> for Setup {
    type Action = SetupAction;

    fn title(&self) -> String {
        t!("title-first-start")
    }

    fn keymap(&self) -> &'static [Binding<SetupAction>] {
        match &self.prompt {
            None => SETUP_KEYS,
            Some(p) if p.completes_paths() => SETUP_PROMPT_KEYS,
            Some(_) => SETUP_PLAIN_PROMPT_KEYS,
        }
    }

    fn act(&mut self, action: SetupAction, _key: KeyEvent, cx: &mut Cx) -> Route {
        match action {
            SetupAction::Join => self.prompt = Some(Prompt::new(PromptKind::JoinFile)),
            SetupAction::Create => self.prompt = Some(Prompt::new(PromptKind::CreateCampaign)),
            SetupAction::Skip => return Route::Back,
            SetupAction::Prompt(action) => {
                let Some(prompt) = &mut self.prompt else {
                    return Route::Stay;
                };
                match prompt.act(action, cx) {
                    PromptDone::Editing => {}
                    PromptDone::Cancelled => self.prompt = None,
                    PromptDone::Done(_) => return Route::Back,
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, _cx: &mut Cx) -> Route {
        if let Some(prompt) = &mut self.prompt {
            prompt.typed(key);
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, _cx: &mut Cx) -> Route {
        if let Some(prompt) = &mut self.prompt {
            prompt.paste(text);
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let body = area.centered_horizontally(Constraint::Max(76));
        let lines = vec![
            Line::default(),
            Line::styled(t!("setup-heading"), theme.heading()),
            Line::default(),
            Line::raw(t!("setup-either")),
            Line::default(),
            Line::from(vec![
                Span::styled("  j  ", theme.key()),
                Span::raw(t!("home-empty-join")),
            ]),
            Line::styled(format!("     {}", t!("setup-join-file")), theme.dim()),
            Line::from(vec![
                Span::styled("  c  ", theme.key()),
                Span::raw(t!("home-empty-create")),
            ]),
            Line::from(vec![
                Span::styled("  Esc", theme.key()),
                Span::raw(format!("  {}", t!("setup-skip"))),
            ]),
        ];
        let rows = u16::try_from(lines.len()).unwrap_or(0);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        // The prompt, then up to three rows of its error.
        let prompt_area = Rect::new(
            body.x,
            body.y + rows + 1,
            body.width,
            body.height.saturating_sub(rows + 1).min(4),
        );
        self.prompt
            .as_ref()
            .and_then(|p| p.render(prompt_area, buf, theme))
    }

    fn text_focus(&self) -> bool {
        self.prompt.is_some()
    }
}

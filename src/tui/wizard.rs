//! First run: no vault yet. Step 1 creates one (passphrase twice, with a strength hint;
//! the KDF runs off the UI thread). Step 2 ([`Setup`], a screen of the unlocked
//! session) joins a campaign file or creates a local campaign.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::input::SecretField;
use super::keys::{Binding, Key};
use super::prompt::{self, Prompt, PromptDone, PromptKind};
use super::screen::{Cx, Gate, Opened, Payload, Route, Screen, ViewCx};
use super::theme::Theme;
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
        "switch between the two passphrase fields",
    )
    .footer(1, "switch field"),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        WizardAction::Next,
        "next field, then create the vault",
    )
    .footer(0, "next"),
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
            self.error = Some(format!(
                "Use at least {MIN_PASSPHRASE} characters; several words are best."
            ));
            return;
        }
        if !self.first.matches(&self.second) {
            self.second.clear();
            self.error =
                Some("The two passphrases differ. Type it again in the second field.".into());
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
        "first start".into()
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
                    self.error = Some(format!(
                        "Use at least {MIN_PASSPHRASE} characters; several words are best."
                    ));
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
                    self.error = Some(error.to_string());
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
            Line::styled(
                "Welcome to fieldsign. Step 1 of 2: create your vault",
                theme.heading(),
            ),
            Line::default(),
            Line::raw("Everything you type is kept encrypted in a vault in"),
            Line::raw(format!("  {}", dir.display())),
            Line::raw("Choose a passphrase to lock it. A phrase of four or more words is"),
            Line::raw("strong and easy to type. Nobody can recover it if it is lost."),
            Line::default(),
        ];
        let first_row = u16::try_from(lines.len()).unwrap_or(0);
        let label = |n: usize, text: &'static str| {
            Span::styled(
                text,
                if self.focus == n {
                    theme.focus_label()
                } else {
                    theme.label()
                },
            )
        };
        lines.push(Line::from(label(0, "Passphrase:  ")));
        lines.push(Line::from(label(1, "Repeat it:   ")));
        lines.push(Line::from(vec![
            Span::styled("Strength:    ", theme.dim()),
            Span::styled(strength, style),
        ]));
        lines.push(Line::default());
        if self.busy {
            lines.push(Line::styled(
                format!("{spinner} Creating the vault… (a second or two)"),
                theme.warn(),
            ));
        } else if let Some(error) = &self.error {
            lines.push(Line::styled(format!("✗ {error}"), theme.error()));
        } else {
            lines.push(Line::styled(
                "Tab switches fields · Enter creates the vault",
                theme.dim(),
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        let mut cursor = None;
        for (n, field) in [&self.first, &self.second].into_iter().enumerate() {
            let y = body.y + first_row + u16::try_from(n).unwrap_or(0);
            if y < body.bottom() {
                let area = Rect::new(body.x + 13, y, body.width.saturating_sub(13).min(40), 1);
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
fn strength(pass: &SecretField, theme: Theme) -> (&'static str, Style) {
    let len = pass.len();
    let words = pass.word_count();
    if len == 0 {
        ("type a passphrase", theme.dim())
    } else if len < MIN_PASSPHRASE {
        (
            "too short: anyone holding the laptop could guess it",
            theme.error(),
        )
    } else if words >= 4 || len >= 20 {
        ("strong", theme.ok())
    } else if len >= 12 {
        ("fair: four or more words would be stronger", theme.warn())
    } else {
        ("weak: use four or more words", theme.error())
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
        "join a campaign file from your coordinator",
    )
    .footer(0, "join file"),
    Binding::new(
        &[Key::Plain(KeyCode::Char('c'))],
        "c",
        SetupAction::Create,
        "create a local campaign",
    )
    .footer(1, "create campaign"),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        SetupAction::Skip,
        "skip this step (the home screen offers both too)",
    )
    .footer(2, "skip"),
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
        "first start".into()
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
            Line::styled("Vault created. Step 2 of 2: your campaign", theme.heading()),
            Line::default(),
            Line::raw("Signatures belong to a campaign. Either:"),
            Line::default(),
            Line::from(vec![
                Span::styled("  j  ", theme.key()),
                Span::raw("join the campaign file your coordinator gave you"),
            ]),
            Line::styled("     (a .fieldsign file, e.g. on a USB stick)", theme.dim()),
            Line::from(vec![
                Span::styled("  c  ", theme.key()),
                Span::raw("create a local campaign that you coordinate yourself"),
            ]),
            Line::from(vec![
                Span::styled("  Esc", theme.key()),
                Span::raw("  skip for now (the home screen offers both too)"),
            ]),
        ];
        let rows = u16::try_from(lines.len()).unwrap_or(0);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
        let prompt_area = Rect::new(
            body.x,
            body.y + rows + 1,
            body.width,
            body.height.saturating_sub(rows + 1).min(2),
        );
        self.prompt
            .as_ref()
            .and_then(|p| p.render(prompt_area, buf, theme))
    }

    fn text_focus(&self) -> bool {
        self.prompt.is_some()
    }
}

//! First run: no vault yet. Step 1 creates one (passphrase twice, with a strength hint;
//! the KDF runs off the UI thread). Step 2 ([`Setup`], a screen of the unlocked
//! session) joins a campaign file or creates a local campaign.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::home::Home;
use super::input::SecretField;
use super::jobs::{JobDone, Jobs};
use super::prompt::{Prompt, PromptDone, PromptKind};
use super::session::{Cx, Nav, Screen, ViewCx};
use super::theme::Theme;
use crate::vault::Vault;

/// The shortest passphrase the wizard accepts.
const MIN_PASSPHRASE: usize = 8;

#[derive(Default)]
pub struct Wizard {
    pub first: SecretField,
    pub second: SecretField,
    pub focus: usize,
    pub busy: bool,
    pub error: Option<String>,
}

impl Wizard {
    pub fn handle_key(&mut self, key: KeyEvent, jobs: &mut Jobs, dir: &Path, work_factor: u8) {
        if self.busy {
            return;
        }
        match key.code {
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Up | KeyCode::Down => {
                self.focus = 1 - self.focus;
            }
            KeyCode::Enter if self.focus == 0 => {
                if self.first.len() < MIN_PASSPHRASE {
                    self.error = Some(format!(
                        "Use at least {MIN_PASSPHRASE} characters; several words are best."
                    ));
                } else {
                    self.focus = 1;
                }
            }
            KeyCode::Enter => self.submit(jobs, dir, work_factor),
            _ => {
                let field = if self.focus == 0 {
                    &mut self.first
                } else {
                    &mut self.second
                };
                if field.handle_key(key) {
                    self.error = None;
                }
            }
        }
    }

    fn submit(&mut self, jobs: &mut Jobs, dir: &Path, work_factor: u8) {
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
        let dir = dir.to_path_buf();
        jobs.spawn(move |_| JobDone::Created(Vault::create(&dir, &passphrase, work_factor)));
    }

    pub fn failed(&mut self, error: &crate::vault::VaultError) {
        self.busy = false;
        self.focus = 0;
        self.error = Some(error.to_string());
    }

    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: Theme,
        spinner: &str,
        dir: &Path,
    ) -> Option<Position> {
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

impl Setup {
    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> Nav {
        if let Some(prompt) = &mut self.prompt {
            return match prompt.handle_key(key, cx) {
                PromptDone::Editing => Nav::Stay,
                PromptDone::Cancelled => {
                    self.prompt = None;
                    Nav::Stay
                }
                PromptDone::Done(_) => Nav::Replace(Screen::Home(Home::new(cx))),
            };
        }
        match key.code {
            KeyCode::Char('j') => self.prompt = Some(Prompt::new(PromptKind::JoinFile)),
            KeyCode::Char('c') => self.prompt = Some(Prompt::new(PromptKind::CreateCampaign)),
            KeyCode::Esc => return Nav::Replace(Screen::Home(Home::new(cx))),
            _ => {}
        }
        Nav::Stay
    }

    pub fn handle_paste(&mut self, text: &str, _cx: &mut Cx) -> Nav {
        if let Some(prompt) = &mut self.prompt {
            prompt.field.paste(text);
        }
        Nav::Stay
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
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

    pub fn title(&self) -> String {
        "first start".into()
    }
    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        if self.prompt.is_some() {
            vec![("Enter", "confirm"), ("Esc", "cancel")]
        } else {
            vec![
                ("j", "join file"),
                ("c", "create campaign"),
                ("Esc", "skip"),
            ]
        }
    }
    pub fn help(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("j", "join a campaign file from your coordinator"),
            ("c", "create a local campaign"),
            ("Enter", "confirm the prompt"),
            ("Esc", "cancel the prompt, or skip this step"),
        ]
    }
    pub fn text_focus(&self) -> bool {
        self.prompt.is_some()
    }
    pub fn unsaved(&self) -> Option<String> {
        None
    }
    pub fn resumed(&mut self, _cx: &mut Cx) {}
}

//! One-line prompts that change what the vault holds: join a campaign file, create a
//! local campaign. Used by the first-run wizard and by the home screen, whose keymaps
//! include the prompt's keys ([`confirm`], [`complete`], [`cancel`]) while one is open.

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::input::TextField;
use super::keys::Binding;
use super::paths::{self, expand_home};
use super::screen::{Cx, Flash};
use super::theme::Theme;
use crate::i18n::t;
use crate::model::Campaign;
use crate::vault::CampaignDraft;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    JoinFile,
    CreateCampaign,
}

#[derive(Debug)]
pub struct Prompt {
    pub kind: PromptKind,
    pub field: TextField,
    pub error: Option<String>,
    /// What Tab found when it did not settle on one name.
    hint: Option<String>,
}

/// What a prompt's keys do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Confirm,
    Cancel,
    /// Tab: complete the file path typed so far.
    Complete,
}

/// Enter in a prompt, as an action of the screen holding it.
pub const fn confirm<A: Copy>(action: A) -> Binding<A> {
    Binding::enter(action, tx!("key-confirm-prompt-help")).footer(0, tx!("key-confirm"))
}

/// Tab in a prompt that takes a file path.
pub const fn complete<A: Copy>(action: A) -> Binding<A> {
    super::paths::complete_key(action).footer(1, tx!("key-complete"))
}

/// Esc in a prompt.
pub const fn cancel<A: Copy>(action: A) -> Binding<A> {
    Binding::esc(action, tx!("key-cancel-prompt-help")).footer(2, tx!("key-cancel"))
}

/// What a key did to a prompt.
pub enum PromptDone {
    Editing,
    Cancelled,
    Done(Box<Campaign>),
}

impl Prompt {
    pub fn new(kind: PromptKind) -> Self {
        Self {
            kind,
            field: TextField::default(),
            error: None,
            hint: None,
        }
    }

    fn label(&self) -> String {
        let label = match self.kind {
            PromptKind::JoinFile => t!("prompt-campaign-file"),
            PromptKind::CreateCampaign => t!("prompt-campaign-title"),
        };
        format!("{label} ")
    }

    /// Whether Tab completes a file path here.
    pub fn completes_paths(&self) -> bool {
        self.kind == PromptKind::JoinFile
    }

    pub fn act(&mut self, action: Action, cx: &mut Cx) -> PromptDone {
        match action {
            Action::Cancel => PromptDone::Cancelled,
            Action::Confirm => match self.submit(cx) {
                Ok(campaign) => PromptDone::Done(Box::new(campaign)),
                Err(error) => {
                    self.error = Some(error);
                    PromptDone::Editing
                }
            },
            Action::Complete => {
                let completion = paths::complete(self.field.value());
                self.field.set(&completion.text);
                self.error = None;
                self.hint = paths::completion_note(&completion);
                PromptDone::Editing
            }
        }
    }

    /// A key typed into the prompt's field.
    pub fn typed(&mut self, key: KeyEvent) {
        if self.field.handle_key(key) {
            self.error = None;
            self.hint = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.field.paste(text);
    }

    fn submit(&self, cx: &mut Cx) -> Result<Campaign, String> {
        let text = self.field.value().trim();
        match self.kind {
            PromptKind::JoinFile => {
                if text.is_empty() {
                    return Err(t!("prompt-file-needed"));
                }
                let path = expand_home(text);
                let bytes = crate::input::read_limited(&path, crate::input::Limit::CAMPAIGN_FILE)
                    .map_err(|e| super::hints::describe(&e))?;
                let campaign = cx
                    .vault
                    .join_campaign(&bytes)
                    .map_err(|e| super::hints::describe(&e))?;
                let fingerprint = crate::sync::keys::decode_verifying_key(&campaign.signing_key)
                    .map(|k| crate::sync::keys::fingerprint(&k))
                    .unwrap_or_default();
                *cx.flash = Some(Flash::ok(t!(
                    "prompt-joined",
                    campaign = crate::model::text::Shown(&campaign.title).to_string(),
                    fingerprint = fingerprint
                )));
                Ok(campaign)
            }
            PromptKind::CreateCampaign => {
                if text.is_empty() {
                    return Err(t!("prompt-title-needed"));
                }
                let (campaign, _file) = cx
                    .vault
                    .create_campaign(CampaignDraft {
                        title: text.to_owned(),
                        ..CampaignDraft::default()
                    })
                    .map_err(|e| super::hints::describe(&e))?;
                *cx.flash = Some(Flash::ok(t!(
                    "prompt-created",
                    campaign = crate::model::text::Shown(&campaign.title).to_string()
                )));
                Ok(campaign)
            }
        }
    }

    /// The prompt's row, then its error or hint in the rows left (wrapped; cut after a
    /// whole word with "…" if it needs more).
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
        if area.height == 0 {
            return None;
        }
        let label = self.label();
        buf.set_string(area.x, area.y, &label, theme.focus_label());
        let x = area.x + u16::try_from(label.width()).unwrap_or(0);
        let field = Rect::new(x, area.y, area.right().saturating_sub(x).min(50), 1);
        let at = self.field.render(field, buf, theme.input(), false);
        if area.height > 1 {
            let (note, style) = match (&self.error, self.kind) {
                (Some(e), _) => (format!("✗ {e}"), theme.error()),
                (None, _) if self.hint.is_some() => {
                    (self.hint.clone().unwrap_or_default(), theme.dim())
                }
                (None, PromptKind::JoinFile) => (t!("prompt-join-keys"), theme.dim()),
                (None, PromptKind::CreateCampaign) => (t!("prompt-create-keys"), theme.dim()),
            };
            let rows =
                super::fit::rows(&note, usize::from(area.width), usize::from(area.height - 1));
            for (y, row) in (area.y + 1..).zip(rows) {
                Line::from(Span::styled(row, style))
                    .render(Rect::new(area.x, y, area.width, 1), buf);
            }
        }
        Some(at)
    }
}

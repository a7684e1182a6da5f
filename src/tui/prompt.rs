//! One-line prompts that change what the vault holds: join a campaign file, create a
//! local campaign. Used by the first-run wizard and by the home screen.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::input::TextField;
use super::session::{Cx, Flash};
use super::theme::Theme;
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
        }
    }

    fn label(&self) -> &'static str {
        match self.kind {
            PromptKind::JoinFile => "Campaign file: ",
            PromptKind::CreateCampaign => "Campaign title: ",
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Cx) -> PromptDone {
        match key.code {
            KeyCode::Esc => PromptDone::Cancelled,
            KeyCode::Enter => match self.submit(cx) {
                Ok(campaign) => PromptDone::Done(Box::new(campaign)),
                Err(error) => {
                    self.error = Some(error);
                    PromptDone::Editing
                }
            },
            _ => {
                if self.field.handle_key(key) {
                    self.error = None;
                }
                PromptDone::Editing
            }
        }
    }

    fn submit(&self, cx: &mut Cx) -> Result<Campaign, String> {
        let text = self.field.value().trim();
        match self.kind {
            PromptKind::JoinFile => {
                if text.is_empty() {
                    return Err(
                        "type the path of the campaign file your coordinator gave you".into(),
                    );
                }
                let path = expand_home(text);
                let bytes = crate::input::read_limited(&path, crate::input::Limit::CAMPAIGN_FILE)
                    .map_err(|e| e.to_string())?;
                let campaign = cx.vault.join_campaign(&bytes).map_err(|e| e.to_string())?;
                let fingerprint = crate::sync::keys::decode_verifying_key(&campaign.signing_key)
                    .map(|k| crate::sync::keys::fingerprint(&k))
                    .unwrap_or_default();
                *cx.flash = Some(Flash::ok(format!(
                    "Joined \"{}\". Coordinator key {fingerprint}: check it with your coordinator in person or by phone.",
                    crate::model::text::Shown(&campaign.title)
                )));
                Ok(campaign)
            }
            PromptKind::CreateCampaign => {
                if text.is_empty() {
                    return Err("type a title, e.g. \"Free them all\"".into());
                }
                let (campaign, _file) = cx
                    .vault
                    .create_campaign(CampaignDraft {
                        title: text.to_owned(),
                        ..CampaignDraft::default()
                    })
                    .map_err(|e| e.to_string())?;
                *cx.flash = Some(Flash::ok(format!(
                    "Created the local campaign \"{}\" with the standard fields. Next: create an event (n).",
                    crate::model::text::Shown(&campaign.title)
                )));
                Ok(campaign)
            }
        }
    }

    /// Two rows: the prompt and its error or hint.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
        if area.height == 0 {
            return None;
        }
        let label = self.label();
        buf.set_string(area.x, area.y, label, theme.focus_label());
        let x = area.x + u16::try_from(label.len()).unwrap_or(0);
        let field = Rect::new(x, area.y, area.right().saturating_sub(x).min(50), 1);
        let at = self.field.render(field, buf, theme.input(), false);
        if area.height > 1 {
            let note = match (&self.error, self.kind) {
                (Some(e), _) => Line::from(Span::styled(format!("✗ {e}"), theme.error())),
                (None, PromptKind::JoinFile) => Line::styled(
                    "Enter join · Esc cancel · ~ is your home folder",
                    theme.dim(),
                ),
                (None, PromptKind::CreateCampaign) => {
                    Line::styled("Enter create · Esc cancel", theme.dim())
                }
            };
            note.render(Rect::new(area.x, area.y + 1, area.width, 1), buf);
        }
        Some(at)
    }
}

fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(path), |d| d.home_dir().join(rest)),
        None => PathBuf::from(path),
    }
}

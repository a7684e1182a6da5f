//! The terminal UI: unlock, campaigns and events, fast sheet entry, browse and correct.
//!
//! State, messages, update, view: `app` holds the state and the one `update`;
//! `event_loop` turns terminal events, ticks, finished `jobs` and signals into
//! messages; `view` and one file per screen draw the state (no I/O while drawing).
//!
//! Every screen follows one protocol, `screen::Screen`: a title, a table of key
//! bindings per mode (`keys`: the handling, the footer and the F1 help all come from
//! it), actions, a view, and the results of the jobs it started. A screen opens
//! another by returning a route (`routes`: one line per screen), and the
//! `session` stack follows it. Screens: `wizard` (first run), `unlock`,
//! `home`, `entry` (sheet entry), `browse`, `record`, `exchange` (export,
//! import), `purge`, `petition`; `form`, `input`, `prompt` and `paths` are the editing
//! parts they share, `theme` the styles (`NO_COLOR` respected), `terminal` setup
//! and restore.
//!
//! Everything the TUI reads or writes goes through [`crate::vault::Vault`], the same
//! library the command line uses.

/// `tx!("id")`: a [`keys::Text`] for a key table, the message `id` of
/// `i18n/<language>/fieldsign.ftl` looked up when shown. The id is checked against the
/// English file when compiling, as `t!` does.
macro_rules! tx {
    ($id:literal) => {
        $crate::tui::keys::Text::Message(|| $crate::i18n::t!($id))
    };
}

mod app;
mod backend;
mod browse;
mod dashboard;
mod devices;
mod entry;
mod event_loop;
mod exchange;
mod fit;
mod form;
mod hints;
mod home;
mod input;
mod jobs;
mod keys;
mod language;
mod paths;
mod petition;
mod prompt;
mod purge;
mod record;
mod routes;
mod rows;
mod rtl;
mod screen;
mod session;
mod terminal;
mod theme;
mod unlock;
mod view;
mod wizard;

use age::secrecy::SecretString;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

pub use self::app::{App, Msg, Options, StartAt};
pub(crate) use self::rtl::{cells, mirrored, mirrored_line};
pub use self::theme::Theme;

/// What the TUI's tests (`tests/tui/harness.rs` and the suites using it) reach besides
/// [`App`], [`Msg`] and [`Options`]: the phase and overlay they assert on, and the
/// event loop's draw step. Not an API (hidden from the docs); the screens themselves
/// stay private to the TUI.
#[doc(hidden)]
pub mod test_support {
    pub use super::app::{Overlay, Phase};
    pub use super::keys::FooterEntry;
    pub use super::view::{footer_now, help_now};

    pub mod event_loop {
        pub use crate::tui::event_loop::draw;
    }

    /// The key tables, for `tests/tui_keys.rs`: it checks that every footer and F1 help
    /// row is what the table says and that every listed key does something.
    pub mod keys {
        pub use crate::tui::keys::{
            CONFIRM_QUIT, FooterEntry, HELP_OVERLAY, HELP_SCROLL, Key, Shown, footer, help, shown,
        };
    }
}

use crate::vault::VaultError;

/// The TUI could not start or the terminal failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TuiError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(
        "the terminal failed ({0}); run fieldsign in a terminal, or use the commands (`fieldsign --help`)"
    )]
    Terminal(#[from] std::io::Error),
    /// Not a fault, but not a quit the person chose either: exit status 1 (docs/cli.md).
    #[error(
        "stopped by a signal (the terminal closed, or SIGTERM / SIGINT); every line the screen showed as saved is on disk"
    )]
    Terminated,
}

/// Runs the TUI until the person quits. The vault's lock is taken before the terminal
/// changes, so a second instance is refused at once with a plain message.
pub fn run(opts: Options, passphrase: Option<SecretString>) -> Result<(), TuiError> {
    let mut app = App::start(opts, passphrase)?;
    let terminate = terminal::termination_flag()?;
    let mut guard = terminal::TerminalGuard::enter()?;
    let result = event_loop::run(&mut guard.terminal, &mut app, &terminate);
    drop(guard);
    // The vault (and its keys) go after the terminal is back: dropping flushes sled.
    // Jobs still running are stopped and waited for first; a purge (which quitting
    // waits for already) is never cut off halfway by the process ending.
    let terminated = app.terminated;
    app.jobs.stop_all();
    drop(app);
    result?;
    if terminated {
        return Err(TuiError::Terminated);
    }
    Ok(())
}

/// A screen's area less a column on each side.
pub fn inset(area: ratatui::layout::Rect) -> ratatui::layout::Rect {
    ratatui::layout::Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(2),
        area.height,
    )
}

/// A moment as the screens show it: "2026-11-28 12:00 UTC".
pub fn time_text(t: crate::model::UnixTime) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|dt| dt.format(&format).ok())
        .unwrap_or_default()
}

/// What privacy mode shows instead of a value: the same for every value, so not even
/// its length shows.
pub fn privacy_mask(_value: &str) -> String {
    "•••••".to_owned()
}

/// Cuts `text` to at most `width` columns, on grapheme boundaries, with "…" if cut.
pub fn truncate(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

//! Taking over the terminal and always giving it back: raw mode, the alternate screen
//! (so nothing typed lands in the scrollback) and bracketed paste are undone on a normal
//! quit, on an error, on SIGTERM / SIGHUP / SIGINT (via the event loop) and after a panic
//! (via the panic hook, which then hands over to the redacting hook installed by `cli`).

use std::io::{self, Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::backend::SafeBackend;

/// The real terminal, behind the wrapper that redraws rows of complex scripts whole.
pub type Term = Terminal<SafeBackend<CrosstermBackend<Stdout>>>;

/// Restores the terminal when dropped (also while unwinding from a panic).
pub struct TerminalGuard {
    pub terminal: Term,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen. Installs the panic hook first, so a
    /// panic at any later point restores the terminal before its message is printed.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        enable_raw_mode()?;
        if let Err(e) = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste) {
            restore();
            return Err(e);
        }
        match Terminal::new(SafeBackend::new(CrosstermBackend::new(stdout()))) {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen and raw mode, shows the cursor. Safe to call twice.
pub fn restore() {
    // Nothing useful can be done if the terminal is gone; never print field data here.
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        // The hook installed by `cli` prints a message without the payload, which might
        // hold a signer's data.
        previous(info);
    }));
}

/// Flags raised by SIGTERM, SIGHUP and SIGINT; the event loop checks it and leaves.
///
/// A watchdog makes sure the process does leave: when the terminal has hung up
/// (its window closed), crossterm 0.29 keeps reading end-of-file from it in a loop
/// and never returns to the event loop. Every saved line is already on disk (each
/// save is flushed before it is reported), so exiting then loses nothing. The watchdog
/// also marks the vault's lock as closing at once, so a second `fieldsign` started in
/// the meantime says "try again in a few seconds" rather than "close that one first".
pub fn termination_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    let hung_up = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&flag))?;
    }
    signal_hook::flag::register(signal_hook::consts::SIGHUP, Arc::clone(&hung_up))?;
    let watched = Arc::clone(&flag);
    std::thread::Builder::new()
        .name("fieldsign-signal-watchdog".into())
        .spawn(move || {
            while !watched.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(20));
            }
            crate::vault::announce_closing();
            std::thread::sleep(if hung_up.load(Ordering::Relaxed) {
                HANGUP_GRACE
            } else {
                EXIT_GRACE
            });
            restore();
            std::process::exit(1);
        })?;
    Ok(flag)
}

/// How long the event loop gets to leave by itself after a termination signal.
const EXIT_GRACE: Duration = Duration::from_secs(3);
/// The same after SIGHUP: the terminal is gone, so there is nothing to restore and no one
/// to show a last frame to, and a person who closed the window and opens a new one wants
/// the vault back at once.
const HANGUP_GRACE: Duration = Duration::from_millis(250);

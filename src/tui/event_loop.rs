//! The event loop: read terminal events (waking up for ticks and finished jobs), turn
//! them into messages, update, and redraw only when something changed.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use super::app::{App, Msg};
use super::terminal::Term;
use ratatui::Terminal;
use ratatui::backend::Backend;

/// Input events handled before the next draw and signal check.
const MAX_BATCH: usize = 256;

/// Runs until the app wants to quit or a termination signal arrives.
///
/// # Panics
/// Only in debug builds with `FIELDSIGN_DEBUG_PANIC` set (the panic test's hook).
pub fn run(terminal: &mut Term, app: &mut App, terminate: &AtomicBool) -> io::Result<()> {
    let mut dirty = true;
    let mut last_tick = Instant::now();
    loop {
        if dirty {
            draw(terminal, app)?;
            dirty = false;
        }
        // Test hook (debug builds only): proves the terminal is restored after a panic.
        #[cfg(debug_assertions)]
        assert!(
            std::env::var_os("FIELDSIGN_DEBUG_PANIC").is_none(),
            "panic requested by FIELDSIGN_DEBUG_PANIC"
        );
        if terminate.load(Ordering::Relaxed) {
            app.update(Msg::Terminate);
        }
        if app.quit {
            return Ok(());
        }
        while let Some(done) = app.jobs.try_next() {
            app.update(Msg::Job(done));
            dirty = true;
        }
        let interval = app.tick_interval();
        let wait = interval
            .saturating_sub(last_tick.elapsed())
            .max(Duration::from_millis(10));
        if event::poll(wait)? {
            // Take everything already waiting, then draw once: fast typists and pastes
            // never wait for a frame per key.
            // At most a batch at a time, so a signal is seen even if a dead terminal
            // keeps reporting input.
            for _ in 0..MAX_BATCH {
                match event::read()? {
                    Event::Key(key) => app.update(Msg::Key(key)),
                    Event::Paste(text) => app.update(Msg::Paste(text)),
                    Event::Resize(_, _) => app.update(Msg::Resize),
                    _ => {}
                }
                dirty = true;
                if app.quit || terminate.load(Ordering::Relaxed) || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if last_tick.elapsed() >= interval {
            last_tick = Instant::now();
            let was_busy = app.jobs.busy();
            let locked_before = matches!(app.phase, super::app::Phase::Open(_));
            app.update(Msg::Tick(app.opts.clock.instant()));
            let locked_now = !matches!(app.phase, super::app::Phase::Open(_));
            dirty |= was_busy || (locked_before && locked_now);
        }
    }
}

/// The last line of defence for the TUI: whatever a screen drew, no cell reaches the
/// terminal holding a control, direction-override or invisible character (see
/// `model::text::hidden`); such a cell shows U+FFFD instead. Screens already pass
/// untrusted text through `model::text::display`, which shows these characters as
/// `\u{…}`: this catches any screen that forgot.
pub fn scrub(buf: &mut ratatui::buffer::Buffer) {
    for cell in &mut buf.content {
        if cell
            .symbol()
            .chars()
            .any(|c| crate::model::text::hidden(c).is_some())
        {
            cell.set_symbol("\u{FFFD}");
        }
    }
}

/// Draws one frame and places the terminal cursor where the focused field wants it.
pub fn draw<B: Backend>(terminal: &mut Terminal<B>, app: &App) -> Result<(), B::Error> {
    if app.clear_screen.take() {
        terminal.clear()?;
    }
    terminal.draw(|frame| {
        frame.render_widget(app, frame.area());
        scrub(frame.buffer_mut());
        if let Some(at) = app.cursor.get() {
            frame.set_cursor_position(at);
        }
    })?;
    Ok(())
}

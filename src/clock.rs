//! Time, handed in rather than read from the system where it matters: the dates and
//! `created_at` stamps the vault writes, the "today" the TUI proposes, and the idle time
//! after which the TUI locks.
//!
//! Production uses [`Clock::system`]. Tests use [`Clock::fixed`], which starts at a
//! stated moment and moves only when told ([`Clock::advance`]), so no test depends on
//! the calendar or on how fast the machine is.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::model::UnixTime;

/// A source of wall time (seconds since the epoch) and of monotonic time ([`Instant`]).
/// Cheap to clone; clones of a fixed clock share one position, so advancing one
/// advances all.
#[derive(Debug, Clone, Default)]
pub struct Clock(Source);

#[derive(Debug, Clone, Default)]
enum Source {
    #[default]
    System,
    Fixed(Arc<Fixed>),
}

#[derive(Debug)]
struct Fixed {
    /// The wall time the clock started at.
    start: UnixTime,
    /// A real instant taken when the clock was made: monotonic time is this plus the
    /// offset, so `Instant`s from this clock compare like real ones.
    base: Instant,
    offset: Mutex<Duration>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Self {
        Self(Source::System)
    }

    /// A clock standing at `start` (seconds since the epoch, UTC) until advanced.
    pub fn fixed(start: UnixTime) -> Self {
        Self(Source::Fixed(Arc::new(Fixed {
            start,
            base: Instant::now(),
            offset: Mutex::new(Duration::ZERO),
        })))
    }

    /// Moves a fixed clock forward; the system clock moves by itself, so this does
    /// nothing to it.
    pub fn advance(&self, by: Duration) {
        if let Source::Fixed(f) = &self.0 {
            let mut offset = f.offset.lock().unwrap_or_else(PoisonError::into_inner);
            *offset = offset.saturating_add(by);
        }
    }

    /// Seconds since the epoch, UTC.
    pub fn now(&self) -> UnixTime {
        match &self.0 {
            Source::System => crate::model::now(),
            Source::Fixed(f) => {
                let secs = f.offset().as_secs();
                f.start
                    .saturating_add(i64::try_from(secs).unwrap_or(i64::MAX))
            }
        }
    }

    /// Monotonic time, for idle limits.
    pub fn instant(&self) -> Instant {
        match &self.0 {
            Source::System => Instant::now(),
            Source::Fixed(f) => f.base + f.offset(),
        }
    }

    /// Today's date (UTC) as `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::OffsetDateTime::from_unix_timestamp(self.now())
            .ok()
            .and_then(|t| t.date().format(&format).ok())
            .unwrap_or_default()
    }
}

impl Fixed {
    fn offset(&self) -> Duration {
        *self.offset.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_advanced_and_its_clones_move_with_it() {
        let clock = Clock::fixed(1_795_000_000);
        let twin = clock.clone();
        let before = clock.instant();
        assert_eq!(clock.now(), 1_795_000_000);
        assert_eq!(clock.today(), "2026-11-18");
        twin.advance(Duration::from_secs(86_400));
        assert_eq!(clock.now(), 1_795_086_400);
        assert_eq!(clock.today(), "2026-11-19");
        assert_eq!(clock.instant() - before, Duration::from_secs(86_400));
    }
}

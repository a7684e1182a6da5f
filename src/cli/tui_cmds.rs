//! `fieldsign` with no command, and `fieldsign enter`: the terminal UI.

use std::time::Duration;

use anyhow::Result;
use clap::Args;

use super::{Context, passphrase};
use crate::tui::{self, Options, StartAt};

/// Options of the terminal UI.
#[derive(Debug, Clone, Args)]
pub struct TuiArgs {
    /// Lock the vault after this many seconds without a key press (0: never)
    #[arg(
        long,
        env = "FIELDSIGN_LOCK_AFTER",
        value_name = "SECONDS",
        default_value_t = 300
    )]
    pub lock_after: u64,
}

#[derive(Debug, Args)]
pub struct Enter {
    /// Campaign id or name
    #[arg(long, value_name = "C")]
    campaign: String,
    /// Event id or name
    #[arg(long, value_name = "E")]
    event: String,
    /// Sheet number to start on [default: the last sheet typed, or 1]
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    sheet: Option<u32>,
    #[command(flatten)]
    tui: TuiArgs,
}

impl Enter {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let start = StartAt {
            campaign: self.campaign,
            event: self.event,
            sheet: self.sheet,
        };
        run(ctx, &self.tui, Some(start))
    }
}

/// Starts the TUI on the vault of `ctx`.
pub fn run(ctx: &Context, args: &TuiArgs, start: Option<StartAt>) -> Result<()> {
    let mut opts = Options::new(ctx.vault_dir()?);
    opts.lock_after = (args.lock_after > 0).then(|| Duration::from_secs(args.lock_after));
    opts.start = start;
    // A passphrase file (as for every command) unlocks the first time by itself; after
    // a lock the passphrase must be typed.
    let passphrase = match &ctx.global.passphrase_file {
        Some(file) => Some(passphrase::read(Some(file), "")?),
        None => None,
    };
    tui::run(opts, passphrase)?;
    Ok(())
}

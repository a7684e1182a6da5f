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
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::model::MAX_SHEET)))]
    sheet: Option<u32>,
    /// Blind second entry (double entry): type sheets typed before, without seeing the
    /// first entry; a line that differs is named field by field, never by value
    /// [default sheet: the first with a line typed once]
    #[arg(long)]
    second_entry: bool,
    /// Lock the vault after this many seconds without a key press (0: never)
    /// [default: the `fieldsign --lock-after` given before `enter`, else
    /// `FIELDSIGN_LOCK_AFTER`, else 300]
    #[arg(long, value_name = "SECONDS")]
    lock_after: Option<u64>,
}

impl Enter {
    /// One option, one meaning: `enter`'s own `--lock-after` when given, else the one
    /// given before `enter` (or its environment variable, or its default).
    pub fn run(self, ctx: &Context, global: &TuiArgs) -> Result<()> {
        let args = TuiArgs {
            lock_after: self.lock_after.unwrap_or(global.lock_after),
        };
        let start = StartAt {
            campaign: self.campaign,
            event: self.event,
            sheet: self.sheet,
            second_entry: self.second_entry,
        };
        run(ctx, &args, Some(start))
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

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::super::{Cli, Command};

    /// The idle limit `fieldsign ARGS` would run the TUI with.
    fn lock_after(args: &[&str]) -> u64 {
        let cli = Cli::try_parse_from(args).expect("parses");
        match cli.command {
            Some(Command::Enter(enter)) => enter.lock_after.unwrap_or(cli.tui.lock_after),
            None => cli.tui.lock_after,
            Some(_) => unreachable!("only TUI commands here"),
        }
    }

    #[test]
    fn the_global_lock_after_holds_unless_enter_gives_its_own() {
        let enter = ["--campaign", "C", "--event", "E"];
        let with = |before: &[&'static str], after: &[&'static str]| {
            let mut args = vec!["fieldsign"];
            args.extend_from_slice(before);
            args.push("enter");
            args.extend_from_slice(&enter);
            args.extend_from_slice(after);
            lock_after(&args)
        };
        assert_eq!(with(&["--lock-after", "5"], &[]), 5, "the global one holds");
        assert_eq!(with(&[], &["--lock-after", "7"]), 7, "enter's own");
        assert_eq!(
            with(&["--lock-after", "5"], &["--lock-after", "7"]),
            7,
            "enter's own wins over the global one"
        );
        assert_eq!(with(&[], &[]), 300, "the default");
        assert_eq!(lock_after(&["fieldsign", "--lock-after", "5"]), 5);
    }
}

//! The command line: clap definitions and dispatch. Each command group lives in its own
//! file with a `run` function; all of them call the library and only print.

mod campaigns;
mod dedupe;
mod double_entry;
mod exchange;
mod files;
mod hints;
mod output;
mod passphrase;
mod records;
mod reports;
mod tui_cmds;
mod vault_cmds;

use std::path::PathBuf;

use self::output::{note, note_t};

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::vault::{DirLock, Vault};

/// Type paper-petition signatures into an encrypted vault, offline, and hand them to a
/// coordinator as encrypted, signed bundles.
#[derive(Debug, Parser)]
#[command(name = "fieldsign", version, about, long_about = None, after_help = "Start with `fieldsign init`, then `fieldsign campaign join FILE` (organizer) or `fieldsign campaign create` (coordinator).")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(flatten)]
    pub tui: tui_cmds::TuiArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// The vault folder [default: the platform data folder, e.g. ~/.local/share/fieldsign]
    #[arg(long, global = true, env = "FIELDSIGN_VAULT", value_name = "DIR")]
    pub vault: Option<PathBuf>,
    /// Read the passphrase from the first line of FILE instead of asking for it
    #[arg(
        long,
        global = true,
        env = "FIELDSIGN_PASSPHRASE_FILE",
        value_name = "FILE"
    )]
    pub passphrase_file: Option<PathBuf>,
    /// The language of messages (ar cs da el en es fr hi it nb nl pl pt ru sr sr-Latn sv
    /// uk) [default: `FIELDSIGN_LANG`, else `LC_ALL`, `LC_MESSAGES`, `LANGUAGE` or `LANG`]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a vault (asks for the passphrase twice)
    Init(vault_cmds::Init),
    /// Change the vault's passphrase
    Passwd(vault_cmds::Passwd),
    /// Show or export this device's identity
    #[command(subcommand)]
    Identity(vault_cmds::Identity),
    /// Create, join, show and list campaigns
    #[command(subcommand)]
    Campaign(campaigns::CampaignCmd),
    /// Create and list events (rallies, vigils, meetings)
    #[command(subcommand)]
    Event(campaigns::EventCmd),
    /// Save one paper line; prints the new record's id
    Add(records::Add),
    /// Change fields of a record
    Amend(records::Amend),
    /// Mark a record void (it stops counting; its history stays)
    Void(records::Void),
    /// List records
    List(records::List),
    /// Open the terminal UI straight at sheet entry for an event
    Enter(tui_cmds::Enter),
    /// Bring data in: `import csv`, `import bundle`, `import receipt`
    #[command(subcommand)]
    Import(Import),
    /// Write data out: `export bundle` (to the coordinator), `export csv` and `export xlsx` (delivery)
    #[command(subcommand)]
    Export(Export),
    /// Check a bundle or receipt and show what it holds, without importing
    Verify(exchange::Verify),
    /// Devices known from their bundles: `device list`, `device revoke`
    #[command(subcommand)]
    Device(exchange::DeviceCmd),
    /// Coordinator: write a signed receipt for a device, encrypted to it
    Receipt(exchange::Receipt),
    /// Remove delivered (acknowledged) records' personal data from this vault
    Purge(exchange::Purge),
    /// Counts per campaign, day, event, device, country and status; the goal; --chart FILE.svg
    Report(reports::Report),
    /// Likely (and with --possible, possible) duplicate signatures, scored across scripts, typos and word order
    Dedupe(dedupe::Dedupe),
    /// Double entry: paper lines typed once, lines whose entries agree, lines that differ (field keys only)
    Compare(double_entry::Compare),
    /// Double entry: settle a paper line against the paper (keep one entry, correct it, verify the line)
    Resolve(double_entry::Resolve),
    /// Print shell completions (bash, zsh, fish, elvish, powershell)
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff)
    Man,
}

/// `import …`: one subcommand per kind of file, each run by the command file that owns
/// it. Gathered here, above the command files, so that none of them imports another.
#[derive(Debug, Subcommand)]
pub enum Import {
    /// Bulk entry from a CSV file whose header row names the fields (plus optional sheet, line)
    Csv(records::ImportCsv),
    /// Coordinator: decrypt, verify and merge bundles from organizers
    Bundle(exchange::ImportBundle),
    /// Organizer: record a receipt from the coordinator (then `purge --acknowledged`)
    Receipt(exchange::ImportReceipt),
}

impl Import {
    pub fn run(self, ctx: &Context) -> Result<()> {
        match self {
            Import::Csv(cmd) => cmd.run(ctx),
            Import::Bundle(cmd) => cmd.run(ctx),
            Import::Receipt(cmd) => cmd.run(ctx),
        }
    }
}

/// `export …`, gathered here for the same reason as [`Import`].
#[derive(Debug, Subcommand)]
pub enum Export {
    /// Organizer: a signed bundle for the coordinator, encrypted to its recipients
    Bundle(exchange::ExportBundle),
    /// Coordinator: the delivery CSV (PLAIN TEXT), one row per valid signature, or
    /// (`--profile counts`) counts per event, country and postcode only
    Csv(reports::ExportCsv),
    /// Coordinator: the delivery workbook (PLAIN TEXT), every value a text cell
    Xlsx(reports::ExportXlsx),
}

impl Export {
    pub fn run(self, ctx: &Context) -> Result<()> {
        match self {
            Export::Bundle(cmd) => cmd.run(ctx),
            Export::Csv(cmd) => cmd.run(ctx),
            Export::Xlsx(cmd) => cmd.run(ctx),
        }
    }
}

/// Parses repeated `--field KEY=VALUE` arguments.
pub(crate) fn parse_fields(pairs: &[String]) -> Result<std::collections::BTreeMap<String, String>> {
    let mut fields = std::collections::BTreeMap::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            // The argument may be a name: do not echo it.
            anyhow::bail!(
                "--field expects KEY=VALUE (e.g. --field name=\"…\"); one argument had no `=`"
            );
        };
        if fields
            .insert(key.trim().to_owned(), value.to_owned())
            .is_some()
        {
            // Shown only if shaped like a field key: it may be a value typed wrongly.
            if crate::model::FieldSpec::check_key(key.trim()).is_ok() {
                anyhow::bail!("--field `{}` is given twice", key.trim());
            }
            anyhow::bail!(
                "the same --field key is given twice (not shown: it is not shaped like a field key)"
            );
        }
    }
    Ok(fields)
}

/// Parses the command line, exiting with clap's message on a usage error, except that
/// a value clap refuses is never echoed: it may be a name typed in the wrong place
/// (e.g. `fieldsign amend "Olena …"`), and clap's own message repeats it.
pub fn parse() -> Cli {
    use clap::error::{ContextKind, ErrorKind};
    // The environment's language first, so that a usage error is in it too.
    choose_language(None);
    match Cli::try_parse() {
        Ok(cli) => {
            if cli.global.lang.is_some() {
                choose_language(cli.global.lang.as_deref());
            }
            cli
        }
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::ValueValidation | ErrorKind::InvalidValue
            ) =>
        {
            let arg = e
                .get(ContextKind::InvalidArg)
                .map_or_else(|| "an argument".to_owned(), ToString::to_string);
            let why = std::error::Error::source(&e)
                .map(|s| match hints::hint(s) {
                    Some(hint) => format!(": {s} ({hint})"),
                    None => format!(": {s}"),
                })
                .unwrap_or_default();
            note_t!("error-invalid-value", arg = arg, why = why);
            std::process::exit(2);
        }
        // A stray word (not a flag) is most likely a value typed without `--field KEY=`,
        // e.g. a signer's name: clap would repeat it, so it is withheld.
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand
            ) && e
                .get(ContextKind::InvalidArg)
                .or_else(|| e.get(ContextKind::InvalidSubcommand))
                .is_some_and(|word| !word.to_string().starts_with('-')) =>
        {
            note_t!("error-unexpected-word");
            std::process::exit(2);
        }
        Err(e) => e.exit(),
    }
}

/// Shows every later message in the language `--lang` (`flag`), `FIELDSIGN_LANG` or the
/// locale asks for; a language fieldsign does not speak, named on purpose, is a usage
/// error (exit status 2).
fn choose_language(flag: Option<&str>) {
    let env = |name: &str| std::env::var(name).ok();
    crate::i18n::set_named_on_purpose(crate::i18n::named(flag, env));
    match crate::i18n::requested(flag, env) {
        Ok(language) => crate::i18n::select(language),
        Err(e) => {
            note!("error: {e}");
            std::process::exit(2);
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context { global: cli.global };
    match cli.command {
        None => tui_cmds::run(&ctx, &cli.tui, None),
        Some(Command::Enter(cmd)) => cmd.run(&ctx, &cli.tui),
        Some(Command::Init(cmd)) => cmd.run(&ctx),
        Some(Command::Passwd(cmd)) => cmd.run(&ctx),
        Some(Command::Identity(cmd)) => cmd.run(&ctx),
        Some(Command::Campaign(cmd)) => cmd.run(&ctx),
        Some(Command::Event(cmd)) => cmd.run(&ctx),
        Some(Command::Add(cmd)) => cmd.run(&ctx),
        Some(Command::Amend(cmd)) => cmd.run(&ctx),
        Some(Command::Void(cmd)) => cmd.run(&ctx),
        Some(Command::List(cmd)) => cmd.run(&ctx),
        Some(Command::Import(cmd)) => cmd.run(&ctx),
        Some(Command::Export(cmd)) => cmd.run(&ctx),
        Some(Command::Verify(cmd)) => cmd.run(&ctx),
        Some(Command::Device(cmd)) => cmd.run(&ctx),
        Some(Command::Receipt(cmd)) => cmd.run(&ctx),
        Some(Command::Purge(cmd)) => cmd.run(&ctx),
        Some(Command::Report(cmd)) => cmd.run(&ctx),
        Some(Command::Dedupe(cmd)) => cmd.run(&ctx),
        Some(Command::Compare(cmd)) => cmd.run(&ctx),
        Some(Command::Resolve(cmd)) => cmd.run(&ctx),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "fieldsign",
                &mut std::io::stdout(),
            );
            Ok(())
        }
        Some(Command::Man) => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(())
        }
    }
}

/// What every command needs: where the vault is and how to unlock it.
pub struct Context {
    pub global: Global,
}

impl Context {
    /// The vault folder: `--vault`, `FIELDSIGN_VAULT`, or the platform data folder.
    pub fn vault_dir(&self) -> Result<PathBuf> {
        if let Some(dir) = &self.global.vault {
            return Ok(dir.clone());
        }
        directories::ProjectDirs::from("", "", "fieldsign")
            .map(|p| p.data_dir().to_path_buf())
            .ok_or_else(|| {
                anyhow::anyhow!("cannot find a home folder for the vault; give --vault DIR")
            })
    }

    /// Takes the vault's lock (refusing at once if another process has it), then asks
    /// for the passphrase and unlocks.
    pub fn open(&self) -> Result<Vault> {
        let lock = DirLock::acquire(&self.vault_dir()?)?;
        let passphrase = passphrase::read(
            self.global.passphrase_file.as_deref(),
            &crate::i18n::t!("prompt-vault-passphrase"),
        )?;
        let vault = Vault::unlock(lock, &passphrase)?;
        if let Some(note) = vault.conversion_note() {
            eprintln!("{note}");
        }
        Ok(vault)
    }

    /// Takes the lock and unlocks the key file only, not the database: `identity` keeps
    /// working when the database is damaged, so the age identity can still be exported
    /// to decrypt bundles sent to this vault, or to move to a new vault.
    pub fn open_keys(&self) -> Result<(DirLock, crate::vault::keyfile::KeyMaterial)> {
        let lock = DirLock::acquire(&self.vault_dir()?)?;
        let passphrase = passphrase::read(
            self.global.passphrase_file.as_deref(),
            &crate::i18n::t!("prompt-vault-passphrase"),
        )?;
        let keys = crate::vault::keyfile::read(&lock.dir().join("key.age"), &passphrase)
            .map_err(crate::vault::VaultError::from)?;
        Ok((lock, keys))
    }
}

/// Whether `error` comes from writing to a pipe whose reader has gone.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// One line for stderr: the error and its causes, joined, with the command line's
/// hints (see [`hints`]), through the display filter (an error may quote a campaign
/// title or event name, e.g. "matches several events").
pub fn describe(error: &anyhow::Error) -> String {
    let mut text = localized(error.root_cause()).unwrap_or_else(|| error.to_string());
    for cause in error.chain().skip(1) {
        let cause = localized(cause).unwrap_or_else(|| cause.to_string());
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    let mut hinted = Vec::new();
    for cause in error.chain() {
        if localized(cause).is_some() {
            continue;
        }
        if let Some(hint) = hints::hint(cause).filter(|h| !hinted.contains(h)) {
            hinted.push(hint);
        }
    }
    for hint in hinted {
        text.push_str(" (");
        text.push_str(&hint);
        text.push(')');
    }
    crate::model::text::display_lines(&text).into_owned()
}

/// The command line's words for `error`: its translation ([`crate::explain::error`]);
/// in English, the vault's common refusals in the command line's own English texts
/// (`i18n/en`), which name its flags and commands where the library's words do not. A
/// query the English library text can show (an id or fingerprint, so no value) keeps
/// that text, with its hint.
fn localized(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    use crate::vault::VaultError;
    use crate::vault::keyfile::KeyFileError;
    if !crate::i18n::is_english() {
        return crate::explain::error(error);
    }
    let shows_query = |query: &str| !crate::model::shown_query(query, "").is_empty();
    if error.downcast_ref::<KeyFileError>().is_none() {
        match error.downcast_ref::<VaultError>()? {
            VaultError::UnknownCampaign(query) | VaultError::UnknownEvent(query)
                if shows_query(query) =>
            {
                return None;
            }
            VaultError::AmbiguousCampaign { query, .. }
            | VaultError::AmbiguousEvent { query, .. }
                if shows_query(query) =>
            {
                return None;
            }
            _ => {}
        }
    }
    crate::explain::in_any_language(error)
}

/// Replaces the default panic message: a panic's payload might hold data from a record,
/// so only its location is printed, with what to do.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::vault::store::panic_is_contained() {
            // The store turns this panic into an error message of its own.
            return;
        }
        // Let the TUI (or anything else registered earlier) restore the terminal first.
        let _ = &previous;
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        note_t!("error-internal", place = place);
    }));
}

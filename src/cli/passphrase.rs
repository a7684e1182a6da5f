//! Getting a passphrase: from a file (first line) or from the terminal, never from an
//! argument or an environment variable's value, which other processes can read.

use super::output::note_t;
use crate::i18n::t;
use std::io::IsTerminal;
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{Context as _, Result, bail};
use zeroize::Zeroizing;

/// Reads a passphrase from `file`, or asks for it once on the terminal.
pub fn read(file: Option<&Path>, prompt: &str) -> Result<SecretString> {
    match file {
        Some(path) => from_file(path),
        None => ask(prompt),
    }
}

/// Which passphrase [`read_new`] asks for.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A new vault's first one.
    First,
    /// The replacement (`passwd`).
    New,
}

/// Reads a new passphrase from `file`, or asks twice on the terminal until both match.
pub fn read_new(file: Option<&Path>, kind: Kind) -> Result<SecretString> {
    if let Some(path) = file {
        return from_file(path);
    }
    let kind = match kind {
        Kind::First => "first",
        Kind::New => "new",
    };
    note_t!("passphrase-choose", kind = kind);
    loop {
        let first = ask(&t!("prompt-new-passphrase"))?;
        let second = ask(&t!("prompt-repeat-passphrase"))?;
        if first.expose_secret() == second.expose_secret() {
            if first.expose_secret().chars().count() < 8 {
                note_t!("passphrase-short");
            }
            return Ok(first);
        }
        note_t!("passphrase-mismatch");
    }
}

fn from_file(path: &Path) -> Result<SecretString> {
    let text = Zeroizing::new(
        crate::input::read_text_limited(path, crate::input::Limit::SMALL_TEXT)
            .with_context(|| format!("the passphrase file {}", path.display()))?,
    );
    let line = text.lines().next().unwrap_or("");
    if line.is_empty() {
        bail!(
            "the passphrase file {} is empty; put the passphrase on its first line",
            path.display()
        );
    }
    Ok(SecretString::from(line.to_owned()))
}

fn ask(prompt: &str) -> Result<SecretString> {
    if !std::io::stdin().is_terminal() && !std::io::stderr().is_terminal() {
        bail!("no terminal to ask for the passphrase on; give --passphrase-file FILE");
    }
    let answer = rpassword::prompt_password(prompt)
        .context("could not read the passphrase from the terminal; give --passphrase-file FILE")?;
    let answer = Zeroizing::new(answer);
    if answer.is_empty() {
        bail!("an empty passphrase is not allowed");
    }
    Ok(SecretString::from(answer.as_str().to_owned()))
}

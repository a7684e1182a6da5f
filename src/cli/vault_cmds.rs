//! `init`, `passwd` and `identity`: the vault and this device's keys.

use std::path::PathBuf;

use age::secrecy::ExposeSecret;
use anyhow::Result;
use clap::{Args, Subcommand};

use super::output::{Format, note_t, out, print_json};
use super::{Context, passphrase};
use crate::vault::{DEFAULT_WORK_FACTOR, Vault, atomic_file};
use zeroize::Zeroizing;

#[derive(Debug, Args)]
pub struct Init {
    /// scrypt work factor (log2 N) for the key file. Keep the default (18) for real
    /// vaults; lower values only make tests fast.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WORK_FACTOR)]
    kdf_work_factor: u8,
}

impl Init {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let dir = ctx.vault_dir()?;
        if dir.join("key.age").exists() {
            return Err(crate::vault::VaultError::AlreadyExists(dir).into());
        }
        let passphrase = passphrase::read_new(
            ctx.global.passphrase_file.as_deref(),
            passphrase::Kind::First,
        )?;
        let vault = Vault::create(&dir, &passphrase, self.kdf_work_factor)?;
        note_t!("vault-created", dir = dir.display().to_string());
        note_t!(
            "vault-device",
            device = vault.device_id().to_string(),
            fingerprint = vault.fingerprint()
        );
        note_t!("vault-next");
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct Passwd {
    /// Read the new passphrase from the first line of FILE instead of asking twice
    #[arg(long, value_name = "FILE")]
    new_passphrase_file: Option<PathBuf>,
    /// scrypt work factor (log2 N) for the new key file (18 unless testing)
    #[arg(long, value_name = "N", default_value_t = DEFAULT_WORK_FACTOR)]
    kdf_work_factor: u8,
}

impl Passwd {
    pub fn run(self, ctx: &Context) -> Result<()> {
        let vault = ctx.open()?;
        let new = passphrase::read_new(self.new_passphrase_file.as_deref(), passphrase::Kind::New)?;
        vault.change_passphrase(&new, self.kdf_work_factor)?;
        note_t!("passphrase-changed");
        Ok(())
    }
}

#[derive(Debug, Subcommand)]
pub enum Identity {
    /// Print `device_id`, the age recipient and the signing key fingerprint
    Show {
        /// Output format: an aligned table, JSON (stable, see docs/cli.md) or CSV
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write this vault's secret age identity to FILE, for the standard `age` tool
    Export {
        /// Where to write the identity (created with mode 0600)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
}

impl Identity {
    pub fn run(self, ctx: &Context) -> Result<()> {
        // The key file alone: this works even when the database is damaged.
        let (_lock, keys) = ctx.open_keys()?;
        let identity = keys
            .age_identity()
            .map_err(crate::vault::VaultError::from)?;
        let recipient = identity.to_public().to_string();
        let fingerprint = crate::sync::keys::fingerprint(&keys.signing_key().verifying_key());
        match self {
            Identity::Show { format } => {
                let info = serde_json::json!({
                    "device_id": keys.device_id.to_string(),
                    "recipient": recipient,
                    "signing_key": fingerprint,
                });
                match format {
                    Format::Json => print_json(&info),
                    Format::Table | Format::Csv => {
                        out!("device_id    {}", keys.device_id);
                        out!("recipient    {recipient}");
                        out!("signing_key  {fingerprint}");
                        Ok(())
                    }
                }
            }
            Identity::Export { out, force } => {
                let secret = identity.to_string();
                let contents = Zeroizing::new(format!(
                    "# fieldsign device {}: SECRET age identity, keep it safe\n# public key: {recipient}\n{}\n",
                    keys.device_id,
                    secret.expose_secret()
                ));
                atomic_file::write_file(&out, contents.as_bytes(), force)?;
                note_t!("identity-exported", file = out.display().to_string());
                Ok(())
            }
        }
    }
}

//! The encrypted vault: one directory holding a passphrase-sealed key file and a sled
//! database whose values are all sealed under the vault key.
//!
//! ```text
//! VAULT/
//!   key.age    age file (scrypt): vault key, device id, age identity, signing key
//!   lock       held (flock) by the one process that has the vault open
//!   mark       the replica clock after the latest commit, sealed (see `mark`)
//!   db/        sled: every value sealed (see `seal`), keys free of personal data
//!   db.tmp/ db.new/ db.old/   only while `purge` rewrites `db/` (see `compact`)
//! ```
//!
//! [`Vault`] is the only way in. It resolves names, validates values against the
//! campaign schema, turns every change into operations, and commits each change with
//! its indexes and log entries in one flushed transaction (see `records`).

mod add_error;
mod bulk;
mod campaigns;
mod compact;
pub use self::campaigns::CampaignDraft;
pub(crate) mod atomic_file;
mod codec;
mod convert;
mod decisions;
pub use self::decisions::{DecisionError, DecisionSummary, decisions_among};
mod double_entry;
pub use self::double_entry::{DoubleEntryError, Resolution, SecondEntry};
mod durable;
pub(crate) mod fsutil;
pub mod keyfile;
pub(crate) mod keys;
mod mark;
mod purge;
mod records;
pub(crate) mod seal;
mod session;
mod settings;
pub use self::session::{HistoryEntry, UnlockFailed};
pub mod store;
mod sync_state;
mod tally;
pub use self::purge::PurgeReport;
pub use self::sync_state::{KnownDevice, PurgedOp, StoredOp, op_hash};
pub use self::tally::{CampaignTally, StatusTally, Tally};

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use age::secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

pub use self::add_error::{AddError, LineError};
use self::keyfile::KeyMaterial;
pub use self::keyfile::{DEFAULT_WORK_FACTOR, KeyFileError, MAX_WORK_FACTOR, MIN_WORK_FACTOR};
pub use self::records::{ListFilter, NewLine, PROBE_ROLES};
use self::seal::Sealer;
use self::store::Store;
pub use self::store::{StoreError, Tree, WriteSet};
use crate::model::{CampaignId, DeviceId, EventId, FieldError, RecordId, shown_query};

const KEY_FILE: &str = "key.age";
const LOCK_FILE: &str = "lock";
const DB_DIR: &str = "db";

/// Something went wrong with the vault. Messages say what to do and never hold
/// signer data (values are never put into these errors).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    #[error("no vault at {0}: create one there, or use the folder of an existing vault")]
    NoVault(PathBuf),
    #[error("there is already a vault at {0}; use it, or choose another folder for the new one")]
    AlreadyExists(PathBuf),
    #[error(
        "the vault at {0} is in use by another fieldsign process; close that one first (only one may hold a vault)"
    )]
    InUse(PathBuf),
    #[error(
        "the vault at {0} is held by a fieldsign process that is closing; try again in a few seconds"
    )]
    Closing(PathBuf),
    #[error(
        "scrypt work factor {0} is out of range: choose {MIN_WORK_FACTOR} to {MAX_WORK_FACTOR} (18, the default, unless testing)"
    )]
    WorkFactor(u8),
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "a stored {what} ({key}) failed its integrity check, so the vault is damaged there (each value is sealed separately: other records are unaffected); restore the vault from a backup, or have it re-sent in a bundle"
    )]
    Damaged { what: &'static str, key: String },
    #[error(
        "no campaign matches {}; choose one of this vault's campaigns, or join this one with its campaign file",
        shown_query(.0, "the campaign given (not shown: it may be a value)")
    )]
    UnknownCampaign(String),
    #[error(
        "this vault has no campaign yet; join one with the campaign file from its coordinator, or create one"
    )]
    NoCampaigns,
    #[error("this vault has several campaigns ({0}); say which one is meant")]
    CampaignNeeded(String),
    #[error(
        "{} matches several campaigns ({matches}); give the id instead",
        shown_query(.query, "the campaign given")
    )]
    AmbiguousCampaign { query: String, matches: String },
    #[error(
        "no event matches {} in this campaign; choose one of its events, or create this one",
        shown_query(.0, "the event given (not shown: it may be a value)")
    )]
    UnknownEvent(String),
    #[error(
        "{} matches several events ({matches}); give the id instead",
        shown_query(.query, "the event given")
    )]
    AmbiguousEvent { query: String, matches: String },
    #[error("no record with id {0} in this vault; the list of records shows their ids")]
    UnknownRecord(String),
    #[error("{}", field_errors(.0))]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Recipient(#[from] crate::sync::keys::RecipientError),
    #[error("cannot create this campaign: {0}")]
    CampaignRules(String),
    #[error(transparent)]
    CampaignFile(#[from] crate::sync::CampaignFileError),
    #[error(
        "this vault already has campaign {0} from a different coordinator key; the file may be forged, so nothing was changed"
    )]
    OtherCoordinator(CampaignId),
    #[error(
        "this is an older copy of campaign {0} than this vault has (its goal was set earlier); nothing was changed: ask the coordinator for the newest campaign file"
    )]
    OlderCampaignFile(CampaignId),
    #[error(
        "only the coordinator of campaign {0} can change it; this vault joined it as an organizer"
    )]
    NotCoordinator(CampaignId),
    #[error("an event needs a name, e.g. \"Vigil, 3 March\"")]
    EventNameMissing,
    #[error("an event's date is written YYYY-MM-DD")]
    EventDate,
    #[error(
        "this campaign already has an event \"{name}\"{} (id {id}); type its sheets there, or give the new event another name",
        on_date(.date)
    )]
    EventExists {
        name: String,
        date: String,
        id: EventId,
    },
    #[error("{0}; type it again without them")]
    EventText(crate::model::TextFieldError),
    #[error(transparent)]
    Decision(#[from] DecisionError),
    #[error(transparent)]
    DoubleEntry(#[from] DoubleEntryError),
    #[error("nothing to change: no field was given")]
    NothingToChange,
    #[error("the reason {0}; type it again without them")]
    ReasonText(crate::model::text::TextError),
    #[error(
        "record {record} was typed by device {typist}; only that device or the campaign's coordinator may change it (the coordinator would refuse the change); nothing was saved"
    )]
    NotTheTypist { record: RecordId, typist: DeviceId },
    #[error(
        "record {0} was delivered to the coordinator and purged from this vault; ask the coordinator to change it"
    )]
    Purged(RecordId),
    #[error(
        "this vault's operation counter is exhausted, nothing was saved; start a new vault for this device"
    )]
    CounterExhausted,
    #[error(
        "no known device matches {}; the list of known devices shows their fingerprints and ids",
        crate::model::shown_query(.0, "the text given (not shown: it may be a value)")
    )]
    UnknownDevice(String),
    #[error(
        "{} matches several devices; give the whole fingerprint",
        crate::model::shown_query(.0, "the text given")
    )]
    AmbiguousDevice(String),
    /// Only in unit tests: the process "dies" in the middle of a bulk write.
    #[cfg(test)]
    #[error("simulated crash")]
    SimulatedCrash,
    #[error("could not use the vault folder: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "the vault's database has lost its newest changes ({missing} of this device's own operations, and perhaps imported ones), most likely because its files were damaged; what is gone cannot be recovered from this laptop: compare the list with the paper sheets and re-enter what is missing (anything exported in a bundle is safe with the coordinator). Run the command again to continue"
    )]
    LostChanges { missing: u64 },
}

fn on_date(date: &str) -> String {
    if date.is_empty() {
        String::new()
    } else {
        format!(" on {date}")
    }
}

pub(crate) fn field_errors(errors: &[FieldError]) -> String {
    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
    format!("{}; nothing was saved", list.join("; "))
}

/// Holds the vault's lock file; the vault stays locked to this process until dropped.
///
/// While held, the lock file's content says whether the holder is closing
/// ([`CLOSING_MARK`]), so a second process can say "try again in a few seconds" instead
/// of "close that one first". The content is never personal data.
#[derive(Debug)]
pub struct DirLock {
    dir: PathBuf,
    file: Arc<File>,
}

/// What a closing holder writes into the lock file (the next holder empties it).
const CLOSING_MARK: &[u8] = b"closing\n";

/// The lock files this process holds, so that a signal's watchdog thread, which owns no
/// vault, can still announce that the process is about to end ([`announce_closing`]).
static HELD_LOCKS: Mutex<Vec<std::sync::Weak<File>>> = Mutex::new(Vec::new());

/// Marks every vault lock this process holds as closing: called when the process is
/// about to end (a termination signal), before the slow part (closing the database).
pub fn announce_closing() {
    let held = HELD_LOCKS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for file in held.iter().filter_map(std::sync::Weak::upgrade) {
        mark_closing(&file);
    }
}

/// Best effort: a holder that cannot write the mark is reported as plainly "in use".
fn mark_closing(mut file: &File) {
    use std::io::{Seek, Write};
    let _ = file
        .set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|_| file.write_all(CLOSING_MARK));
}

impl DirLock {
    /// Takes the lock on the vault at `dir`, failing at once (never waiting) if another
    /// process holds it.
    pub fn acquire(dir: &Path) -> Result<Self, VaultError> {
        if !dir.join(KEY_FILE).exists() {
            return Err(VaultError::NoVault(dir.to_path_buf()));
        }
        Self::acquire_unchecked(dir)
    }

    fn acquire_unchecked(dir: &Path) -> Result<Self, VaultError> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(dir.join(LOCK_FILE))?;
        match file.try_lock() {
            Ok(()) => {
                // A holder that was killed after marking itself closing left the mark.
                file.set_len(0)?;
                let file = Arc::new(file);
                let mut held = HELD_LOCKS
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                held.retain(|weak| weak.strong_count() > 0);
                held.push(Arc::downgrade(&file));
                Ok(Self {
                    dir: dir.to_path_buf(),
                    file,
                })
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                let closing = std::fs::read(dir.join(LOCK_FILE))
                    .is_ok_and(|content| content.starts_with(CLOSING_MARK));
                Err(if closing {
                    VaultError::Closing(dir.to_path_buf())
                } else {
                    VaultError::InUse(dir.to_path_buf())
                })
            }
            Err(std::fs::TryLockError::Error(e)) => Err(VaultError::Io(e)),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Tells a second process that this holder is closing (see [`DirLock`]).
    pub fn mark_closing(&self) {
        mark_closing(&self.file);
    }
}

impl Drop for DirLock {
    /// Releases the lock explicitly rather than by closing the file. Why: a flock
    /// belongs to the open file, and any copy of the descriptor keeps it held. Another
    /// thread of this process that starts a program forks a child holding a copy until
    /// that child's exec closes it (close-on-exec), which on a loaded machine can take
    /// long enough for a second open right after this one to be refused as "in use".
    /// An explicit unlock releases it for every copy at once.
    ///
    /// The closing mark goes first: it stands only while the holder is closing.
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

/// Marks the lock file closing when dropped, unless disarmed (by [`Vault::into_lock`],
/// which keeps the lock).
struct CloseNotice(Option<Arc<File>>);

impl Drop for CloseNotice {
    fn drop(&mut self) {
        if let Some(file) = &self.0 {
            mark_closing(file);
        }
    }
}

/// Counters of the local replica, stored sealed in the meta tree.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
struct Clock {
    /// The last sequence number this device gave one of its own operations.
    seq: u64,
    /// The greatest Lamport time seen from any replica.
    lamport: u64,
}

/// An unlocked vault. Dropping it releases the lock and wipes the keys from memory.
pub struct Vault {
    /// Declared first so it is dropped first: marks the lock closing while the database
    /// (next) is flushed and closed, which can take seconds with a large vault.
    closing: CloseNotice,
    store: Store,
    sealer: Sealer,
    /// Keys the lookup indexes (a keyed hash), so index keys reveal nothing without it.
    index_key: Zeroizing<[u8; 32]>,
    keys: KeyMaterial,
    clock: Mutex<Clock>,
    /// Wall time for `created_at` stamps and revocations: the system's, unless a test
    /// hands in a fixed one ([`Vault::set_time`]).
    time: crate::clock::Clock,
    /// This open rolled back a bulk import a crash had interrupted.
    rolled_back: bool,
    /// Records counted by this open because the vault had no kept counts yet.
    tallied: Option<u64>,
    /// Declared last so it is dropped last: the lock is released only after sled has
    /// flushed and closed the database, never while another process could open it.
    lock: DirLock,
}

impl Vault {
    /// Creates a new vault in `dir` sealed with `passphrase`.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        work_factor: u8,
    ) -> Result<Self, VaultError> {
        if !(MIN_WORK_FACTOR..=MAX_WORK_FACTOR).contains(&work_factor) {
            return Err(VaultError::WorkFactor(work_factor));
        }
        if dir.join(KEY_FILE).exists() {
            return Err(VaultError::AlreadyExists(dir.to_path_buf()));
        }
        fsutil::create_private_dir(dir)?;
        let lock = DirLock::acquire_unchecked(dir)?;
        let keys = KeyMaterial::generate();
        // The key file first: a crash after it leaves a vault whose database is simply
        // created empty on the next open.
        keyfile::write(&dir.join(KEY_FILE), &keys, passphrase, work_factor)?;
        Self::assemble(lock, keys)
    }

    /// Locks and unlocks the vault at `dir`.
    pub fn open(dir: &Path, passphrase: &SecretString) -> Result<Self, VaultError> {
        Self::unlock(DirLock::acquire(dir)?, passphrase)
    }

    /// Unlocks a vault whose lock is already held (the TUI takes the lock before it asks
    /// for the passphrase, so a second instance is refused at once).
    pub fn unlock(lock: DirLock, passphrase: &SecretString) -> Result<Self, VaultError> {
        let keys = keyfile::read(&lock.dir.join(KEY_FILE), passphrase)?;
        Self::assemble(lock, keys)
    }

    fn assemble(lock: DirLock, keys: KeyMaterial) -> Result<Self, VaultError> {
        let db_dir = lock.dir.join(DB_DIR);
        // Before anything opens `db/`: finish or undo a rewrite a crash interrupted.
        compact::recover(&compact::RewritePaths::new(&db_dir))?;
        fsutil::create_private_dir(&db_dir)?;
        let store = Store::open(&db_dir)?;
        let sealer = Sealer::new(&keys.vault_key);
        let index_key = Zeroizing::new(blake3::derive_key(
            "fieldsign 2026 vault index key",
            &keys.vault_key,
        ));
        let mut vault = Self {
            closing: CloseNotice(Some(Arc::clone(&lock.file))),
            store,
            sealer,
            index_key,
            keys,
            clock: Mutex::new(Clock::default()),
            time: crate::clock::Clock::system(),
            rolled_back: false,
            tallied: None,
            lock,
        };
        let clock = vault
            .get_sealed::<Clock>(Tree::Meta, keys::CLOCK, "clock")?
            .unwrap_or_default();
        vault.clock = Mutex::new(clock);
        vault.rolled_back = vault.roll_back_unfinished_import()?;
        let dir = vault.lock.dir.clone();
        vault.check_mark(&dir)?;
        vault.ensure_held_vector()?;
        vault.tallied = vault.ensure_tally()?.filter(|&records| records > 0);
        Ok(vault)
    }

    /// Re-seals the key file with a new passphrase. Only that file changes.
    pub fn change_passphrase(&self, new: &SecretString, work_factor: u8) -> Result<(), VaultError> {
        if !(MIN_WORK_FACTOR..=MAX_WORK_FACTOR).contains(&work_factor) {
            return Err(VaultError::WorkFactor(work_factor));
        }
        keyfile::write(&self.lock.dir.join(KEY_FILE), &self.keys, new, work_factor)?;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.lock.dir
    }

    /// What this open did to the database before anything else, to say once (the
    /// open that did it): converted it from an older version's layout, or rolled back
    /// an import a crash interrupted. `None` when neither.
    pub fn conversion_note(&self) -> Option<String> {
        let converted = self.store.converted().map(|entries| {
            format!(
                "Converted this vault's database to the compact storage format ({entries} entries, all or nothing); nothing in it changed. Older fieldsign releases cannot open it any more."
            )
        });
        let rolled_back = self.rolled_back.then(|| {
            "An import that was interrupted (the program was stopped or the power went) was undone; nothing of it was kept. Import the file again.".to_owned()
        });
        let tallied = self.tallied.map(|records| {
            format!(
                "Counted this vault's {records} records once, so that reports and counts no longer open every record; nothing in them changed."
            )
        });
        let notes: Vec<String> = [converted, rolled_back, tallied]
            .into_iter()
            .flatten()
            .collect();
        (!notes.is_empty()).then(|| notes.join(" "))
    }

    /// The clock this vault stamps changes with.
    pub fn time(&self) -> &crate::clock::Clock {
        &self.time
    }

    /// Stamps later changes with `clock` (tests hand in a fixed one; the TUI hands in
    /// its own so dates and idle time come from one place).
    pub fn set_time(&mut self, clock: crate::clock::Clock) {
        self.time = clock;
    }

    pub fn device_id(&self) -> DeviceId {
        self.keys.device_id
    }

    /// The greatest Lamport time this vault has seen: imports bound incoming clocks by it.
    pub fn lamport(&self) -> u64 {
        self.clock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .lamport
    }

    /// The device's age recipient (`age1…`), public.
    pub fn recipient(&self) -> Result<String, VaultError> {
        Ok(self.keys.age_identity()?.to_public().to_string())
    }

    /// The device's age identity: a secret, for `identity export` and for decrypting.
    pub fn age_identity(&self) -> Result<age::x25519::Identity, VaultError> {
        Ok(self.keys.age_identity()?)
    }

    /// The device's age identity as text (`AGE-SECRET-KEY-1…`), a secret.
    pub fn age_identity_text(&self) -> Result<SecretString, VaultError> {
        Ok(SecretString::from(
            self.keys
                .age_identity()?
                .to_string()
                .expose_secret()
                .to_owned(),
        ))
    }

    pub fn signing_key(&self) -> ed25519_dalek::SigningKey {
        self.keys.signing_key()
    }

    /// The fingerprint of this device's signing key, as others see it.
    pub fn fingerprint(&self) -> String {
        crate::sync::keys::fingerprint(&self.signing_key().verifying_key())
    }

    // ---- sealed storage helpers, shared by the submodules ----

    fn seal_json<T: Serialize>(&self, tree: Tree, key: &[u8], value: &T) -> Vec<u8> {
        let plain =
            Zeroizing::new(serde_json::to_vec(value).expect("vault values always serialize"));
        self.sealer.seal(tree.name(), key, &plain)
    }

    fn put_sealed<T: Serialize>(&self, writes: &mut WriteSet, tree: Tree, key: &[u8], value: &T) {
        writes.insert(tree, key, self.seal_json(tree, key, value));
    }

    fn open_json<T: DeserializeOwned>(
        &self,
        tree: Tree,
        key: &[u8],
        sealed: &[u8],
        what: &'static str,
    ) -> Result<T, VaultError> {
        let damaged = || VaultError::Damaged {
            what,
            key: describe_key(key),
        };
        let plain = self
            .sealer
            .open(tree.name(), key, sealed)
            .map_err(|_| damaged())?;
        serde_json::from_slice(&plain).map_err(|_| damaged())
    }

    fn get_sealed<T: DeserializeOwned>(
        &self,
        tree: Tree,
        key: &[u8],
        what: &'static str,
    ) -> Result<Option<T>, VaultError> {
        match self.store.get(tree, key)? {
            Some(sealed) => self.open_json(tree, key, &sealed, what).map(Some),
            None => Ok(None),
        }
    }

    fn keyed_hash(&self, parts: &[&[u8]]) -> [u8; keys::PROBE] {
        let mut hasher = blake3::Hasher::new_keyed(&self.index_key);
        for part in parts {
            hasher.update(&u64::try_from(part.len()).unwrap_or(u64::MAX).to_le_bytes());
            hasher.update(part);
        }
        let mut out = [0u8; keys::PROBE];
        out.copy_from_slice(&hasher.finalize().as_bytes()[..keys::PROBE]);
        out
    }
}

/// Names a storage key in a message: ids are shown as ids, anything else as hex.
fn describe_key(key: &[u8]) -> String {
    if let Some(id) = crate::model::RecordId::from_slice(key) {
        return id.to_string();
    }
    if let Ok(text) = std::str::from_utf8(key)
        && text.chars().all(|c| c.is_ascii_graphic())
    {
        return text.to_owned();
    }
    data_encoding::HEXLOWER.encode(key)
}

#[cfg(test)]
mod lock_tests {
    use super::{DirLock, VaultError};

    #[test]
    fn dropping_the_lock_releases_it_even_while_a_copy_of_its_descriptor_is_open() {
        let dir = tempfile::tempdir().unwrap();
        let lock = DirLock::acquire_unchecked(dir.path()).unwrap();
        // What a child forked by another thread holds until its exec closes it.
        let copy = lock.file.try_clone().unwrap();
        drop(lock);
        let again = DirLock::acquire_unchecked(dir.path());
        assert!(again.is_ok(), "the lock outlived its holder: {again:?}");
        drop(copy);
    }

    #[test]
    fn a_closing_holder_is_told_apart_from_one_at_work_and_its_mark_is_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let holder = DirLock::acquire_unchecked(dir.path()).unwrap();
        assert!(matches!(
            DirLock::acquire_unchecked(dir.path()),
            Err(VaultError::InUse(_))
        ));
        holder.mark_closing();
        assert!(matches!(
            DirLock::acquire_unchecked(dir.path()),
            Err(VaultError::Closing(_))
        ));
        drop(holder);
        let next = DirLock::acquire_unchecked(dir.path()).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join(super::LOCK_FILE)).unwrap(),
            b""
        );
        assert!(matches!(
            DirLock::acquire_unchecked(dir.path()),
            Err(VaultError::InUse(_))
        ));
        drop(next);
    }

    #[test]
    fn dropping_a_vault_marks_its_lock_closing_but_relocking_does_not() {
        use age::secrecy::SecretString;
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("p".to_owned());
        let vault = super::Vault::create(dir.path(), &pass, 10).unwrap();
        let lock = vault.into_lock();
        assert_eq!(
            std::fs::read(dir.path().join(super::LOCK_FILE)).unwrap(),
            b""
        );
        let vault = super::Vault::unlock(lock, &pass).unwrap();
        // What a second process sees while the vault's database closes.
        let super::Vault { closing, lock, .. } = vault;
        drop(closing);
        assert_eq!(
            std::fs::read(dir.path().join(super::LOCK_FILE)).unwrap(),
            super::CLOSING_MARK
        );
        drop(lock);
        assert_eq!(
            std::fs::read(dir.path().join(super::LOCK_FILE)).unwrap(),
            b""
        );
    }
}

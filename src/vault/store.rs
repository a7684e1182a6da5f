//! The storage engine boundary: sled, its one tree, and the one durable write path.
//!
//! Everything above this module sees named tables ([`Tree`]), point reads, prefix scans
//! and [`Store::commit`], which applies a [`WriteSet`] atomically as one sled batch and
//! then makes it durable (flush, then `fdatasync`: see `durable`) before returning.
//! Nothing here knows about encryption or records, so the engine could be replaced by
//! changing this file (and `durable`, `convert`) alone.

use std::cell::Cell;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Mutex;

use sled::IVec;

use super::durable::DbFiles;

/// The tables of a vault. Keys never hold personal data; values are sealed above.
/// Since format 2 they share one sled tree, each key prefixed by the table's tag byte
/// (older vaults had one sled tree per table, named by [`Tree::name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    /// Counters and settings.
    Meta,
    Campaigns,
    Events,
    /// The append-only operation log, keyed by `(replica, seq)`.
    Ops,
    /// The folded record state, keyed by record id.
    Records,
    /// campaign ‖ event ‖ sheet ‖ line ‖ record → (): records in paper order.
    ByEvent,
    /// keyed hash of a normalized name and contact ‖ record → (): likely duplicates.
    Dupes,
    /// Device keys seen in bundles, and other peer state.
    Devices,
}

impl Tree {
    pub const ALL: [Tree; 8] = [
        Tree::Meta,
        Tree::Campaigns,
        Tree::Events,
        Tree::Ops,
        Tree::Records,
        Tree::ByEvent,
        Tree::Dupes,
        Tree::Devices,
    ];

    /// The table's name, bound into each sealed value's associated data (and the sled
    /// tree name of the older layout).
    pub fn name(self) -> &'static str {
        match self {
            Tree::Meta => "meta",
            Tree::Campaigns => "campaigns",
            Tree::Events => "events",
            Tree::Ops => "ops",
            Tree::Records => "records",
            Tree::ByEvent => "by_event",
            Tree::Dupes => "dupes",
            Tree::Devices => "devices",
        }
    }

    /// The byte that prefixes this table's keys in the one engine tree. Stored: never
    /// change one.
    pub(super) fn tag(self) -> u8 {
        match self {
            Tree::Meta => b'm',
            Tree::Campaigns => b'c',
            Tree::Events => b'e',
            Tree::Ops => b'o',
            Tree::Records => b'r',
            Tree::ByEvent => b'p',
            Tree::Dupes => b'd',
            Tree::Devices => b'v',
        }
    }

    /// The key in the engine tree of `key` in this table.
    pub(super) fn prefixed(self, key: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + key.len());
        out.push(self.tag());
        out.extend_from_slice(key);
        out
    }
}

/// A storage operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the disk is full, so nothing was saved; free some space and try again")]
    DiskFull,
    #[error(
        "the vault's database is damaged ({0}); nothing was changed. Keep a copy of the vault folder, then restore its db folder from a backup (the key file is separate), or re-import the latest bundles into a new vault"
    )]
    Corrupt(String),
    #[error("could not read or write the vault's database: {0}")]
    Io(io::Error),
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Io(io) if is_disk_full(&io) => StoreError::DiskFull,
            sled::Error::Io(io) => StoreError::Io(io),
            sled::Error::Corruption { .. } => {
                StoreError::Corrupt("a checksum in its files does not match".into())
            }
            // sled's other messages name only its own format and limits, never a value.
            other => StoreError::Corrupt(other.to_string()),
        }
    }
}

impl StoreError {
    fn from_io(e: io::Error) -> Self {
        if is_disk_full(&e) {
            StoreError::DiskFull
        } else {
            StoreError::Io(e)
        }
    }
}

/// Whether an I/O error means the disk (or quota) is full.
pub fn is_disk_full(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::StorageFull
        || e.kind() == io::ErrorKind::QuotaExceeded
        || e.raw_os_error() == Some(28)
}

/// Deletes snapshot files that sled began but never finished (`snap.*.generating`).
///
/// sled 0.34.7 writes a snapshot to `snap.N.generating`, syncs it and renames it to
/// `snap.N`, but when it opens it also considers `.generating` files, and picks the
/// newest name. A crash or a full disk in the middle of writing one leaves a torn file
/// that sled then reports as corruption on every later open, although the log and the
/// last complete snapshot are intact. A `.generating` file is by construction not a
/// finished snapshot, so removing it restores the state sled would have seen had the
/// crash come a moment earlier. Found by `tests/full_disk.rs` and `tests/crash.rs`.
fn remove_torn_snapshots(dir: &Path) -> Result<(), StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::Io(e)),
    };
    let mut removed = false;
    for entry in entries {
        let entry = entry.map_err(StoreError::Io)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            std::fs::remove_file(entry.path()).map_err(StoreError::Io)?;
            removed = true;
        }
    }
    if removed {
        crate::vault::fsutil::sync_dir(dir).map_err(StoreError::Io)?;
    }
    Ok(())
}

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the current thread is inside [`contain_panics`], whose panics are turned
/// into errors: the panic hook then prints nothing (a panic message might hold data).
pub fn panic_is_contained() -> bool {
    CONTAINED.with(Cell::get)
}

/// Runs `f`, turning a panic into `Err(())`.
pub(super) fn contain_panics<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    let was = CONTAINED.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f)).map_err(|_| ());
    CONTAINED.with(|c| c.set(was));
    result
}

/// A set of writes to apply atomically: `None` removes the key.
#[derive(Default)]
pub struct WriteSet {
    writes: Vec<(Tree, Vec<u8>, Option<Vec<u8>>)>,
}

impl WriteSet {
    pub fn insert(&mut self, tree: Tree, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) {
        self.writes.push((tree, key.into(), Some(value.into())));
    }

    pub fn remove(&mut self, tree: Tree, key: impl Into<Vec<u8>>) {
        self.writes.push((tree, key.into(), None));
    }

    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    /// Adds `other`'s writes after these (a later write to the same key wins).
    pub fn append(&mut self, mut other: WriteSet) {
        self.writes.append(&mut other.writes);
    }

    pub fn len(&self) -> usize {
        self.writes.len()
    }

    /// The writes in order, for [`Store::rewrite_into_fresh`] (see `compact`).
    pub(super) fn iter(&self) -> impl Iterator<Item = (Tree, &[u8], Option<&[u8]>)> {
        self.writes
            .iter()
            .map(|(t, k, v)| (*t, k.as_slice(), v.as_deref()))
    }
}

/// The one sled tree every table lives in (format 2); `Tree::tag` prefixes each key.
const ENGINE_TREE: &[u8] = b"fieldsign";
/// Outside every table (no `Tree` has tag 0): the storage format of the engine tree,
/// written last by a conversion, so its presence means the conversion finished.
const FORMAT_KEY: &[u8] = b"\0format";
const FORMAT: &[u8] = &[2];

/// An open sled database holding all vault tables.
pub struct Store {
    db: sled::Db,
    tree: sled::Tree,
    /// sled's files, synced after each flush (see `durable`). Commits take `&self`
    /// and the TUI commits from worker threads, hence the mutex.
    files: Mutex<DbFiles>,
    /// Entries moved from the older multi-tree layout when this open converted it.
    converted: Option<u64>,
}

impl Store {
    /// Opens (or creates) the database in `dir`, converting a database of an older
    /// version in place first (see `convert`). The caller holds the vault lock.
    ///
    /// A panic inside sled while it reads damaged files is contained here and reported
    /// as [`StoreError::Corrupt`]: the process never shows a panic for a bad database.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        remove_torn_snapshots(dir)?;
        let open = || {
            contain_panics(|| {
                let db = sled::Config::new()
                    .path(dir)
                    .mode(sled::Mode::LowSpace)
                    .open()?;
                let tree = db.open_tree(ENGINE_TREE)?;
                Ok::<_, sled::Error>((db, tree))
            })
        };
        // Why wait on sled's own lock: the caller holds the vault lock, so only this
        // process can hold sled's lock on its file, and only because a store it just
        // closed is still being let go: sled's background threads keep a handle on
        // the file for a moment after the database is dropped (and a child another
        // thread is forking holds a copy until its exec). That is over in
        // milliseconds, or seconds on a loaded machine; it is never another user.
        let deadline = std::time::Instant::now() + SLED_LOCK_WAIT;
        let mut opened = open();
        while matches!(&opened, Ok(Err(e)) if is_sled_lock_busy(e))
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(10));
            opened = open();
        }
        let (db, tree) = match opened {
            Ok(Ok(opened)) => opened,
            Ok(Err(e)) => return Err(in_dir(StoreError::from(e), dir)),
            Err(()) => {
                return Err(StoreError::Corrupt(format!(
                    "its files in {} cannot be read",
                    dir.display()
                )));
            }
        };
        let files = DbFiles::after_open(dir).map_err(StoreError::from_io)?;
        let mut store = Self {
            db,
            tree,
            files: Mutex::new(files),
            converted: None,
        };
        if store.tree.get(FORMAT_KEY)?.as_deref() != Some(FORMAT) {
            store.converted =
                contain_panics(|| super::convert::to_one_tree(&store)).map_err(|()| {
                    StoreError::Corrupt(format!("its files in {} cannot be read", dir.display()))
                })??;
        }
        super::convert::drop_old_trees(&store)?;
        Ok(store)
    }

    /// How many entries this open moved from the older layout, if it converted one.
    pub fn converted(&self) -> Option<u64> {
        self.converted
    }

    pub(super) fn engine(&self) -> (&sled::Db, &sled::Tree) {
        (&self.db, &self.tree)
    }

    /// Marks the engine tree as complete in format 2 (the last write of a conversion).
    pub(super) fn format_marker() -> (&'static [u8], &'static [u8]) {
        (FORMAT_KEY, FORMAT)
    }

    pub fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<IVec>, StoreError> {
        Ok(self.tree.get(tree.prefixed(key))?)
    }

    /// Entries whose key starts with `prefix`, in key order, keys without the tag.
    pub fn scan_prefix(
        &self,
        tree: Tree,
        prefix: &[u8],
    ) -> impl DoubleEndedIterator<Item = Result<(IVec, IVec), StoreError>> {
        self.tree
            .scan_prefix(tree.prefixed(prefix))
            .map(|r| r.map(untag).map_err(StoreError::from))
    }

    /// Entries of `tree` from `start` on, in key order, keys without the tag.
    pub fn range_from(
        &self,
        tree: Tree,
        start: &[u8],
    ) -> impl Iterator<Item = Result<(IVec, IVec), StoreError>> {
        let end = [tree.tag() + 1];
        self.tree
            .range(tree.prefixed(start)..end.to_vec())
            .map(|r| r.map(untag).map_err(StoreError::from))
    }

    /// How many entries `tree` holds (a key-only scan).
    pub fn len(&self, tree: Tree) -> usize {
        self.tree.scan_prefix([tree.tag()]).keys().count()
    }

    /// Applies `writes` atomically and makes them durable before returning: either all
    /// of them survive a crash or power cut after this returns `Ok`, or none.
    ///
    /// One `apply_batch` on one tree: sled logs a batch's writes under one pinned log
    /// reservation and recovers them all or none (`Tree::apply_batch_inner`, whose
    /// `seal_batch` is the same mechanism its transactions use), without the
    /// in-memory write sets and per-tree locks of a multi-tree transaction.
    pub fn commit(&self, writes: &WriteSet) -> Result<(), StoreError> {
        if writes.is_empty() {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        for (tree, key, value) in &writes.writes {
            let key = tree.prefixed(key);
            match value {
                Some(v) => batch.insert(key, v.as_slice()),
                None => batch.remove(key),
            }
        }
        self.tree.apply_batch(batch)?;
        self.make_durable()
    }

    /// Flushes sled and forces what it wrote onto stable storage.
    pub(super) fn make_durable(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        // sled's flush ends in sync_file_range, which is not durable: see `durable`.
        self.files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .sync_commit()
            .map_err(StoreError::from_io)
    }

    /// The database's size on disk, for reports and benchmarks.
    pub fn size_on_disk(&self) -> u64 {
        self.db.size_on_disk().unwrap_or(0)
    }
}

fn untag((key, value): (IVec, IVec)) -> (IVec, IVec) {
    (key.subslice(1, key.len().saturating_sub(1)), value)
}

/// How long [`Store::open`] waits for this process's own just-closed store to let go
/// of sled's file lock (see there); far beyond what it takes even under heavy load.
const SLED_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Whether sled refused to open because its file lock is held. sled 0.34.7 reports
/// this only as an I/O error of kind `Other` with this message (`Config::try_lock`).
fn is_sled_lock_busy(error: &sled::Error) -> bool {
    matches!(error, sled::Error::Io(io)
        if io.kind() == std::io::ErrorKind::Other
            && io.to_string().starts_with("could not acquire lock on"))
}

fn in_dir(error: StoreError, dir: &Path) -> StoreError {
    match error {
        StoreError::Corrupt(what) => StoreError::Corrupt(format!("{what}, in {}", dir.display())),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_one(store: &Store, key: &[u8]) {
        let mut writes = WriteSet::default();
        writes.insert(Tree::Meta, key, b"v".to_vec());
        store.commit(&writes).unwrap();
    }

    #[test]
    fn opening_waits_while_a_just_closed_store_still_holds_sleds_lock() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        write_one(&Store::open(&db).unwrap(), b"a");
        // What sled's background threads do for a moment after a store is dropped:
        // hold its file, and with it sled's lock.
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(db.join("db"))
            .unwrap();
        file.lock().unwrap();
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(file);
        });
        let store = Store::open(&db);
        releaser.join().unwrap();
        assert!(
            store.unwrap().get(Tree::Meta, b"a").unwrap().is_some(),
            "the store opened with its data"
        );
    }

    #[test]
    fn a_torn_snapshot_from_a_crash_does_not_make_the_store_unopenable() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        write_one(&Store::open(&db).unwrap(), b"a");
        // What a crash or a full disk during sled's snapshot write leaves behind: a
        // `.generating` file, named after the newest log position, cut short.
        std::fs::write(db.join("snap.7FFFFFFFFFFFFFFF.generating"), b"torn").unwrap();
        let store = Store::open(&db).unwrap();
        assert!(store.get(Tree::Meta, b"a").unwrap().is_some());
        assert!(!db.join("snap.7FFFFFFFFFFFFFFF.generating").exists());
    }

    #[test]
    fn a_damaged_database_is_an_error_naming_the_folder_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        write_one(&Store::open(&db).unwrap(), b"a");
        // Opening again makes sled write a snapshot covering the write above; damage
        // below it is then detected. (Damage in the log past the newest snapshot looks
        // to sled like a write torn by a crash: see docs/reliability.md.)
        drop(Store::open(&db).unwrap());
        let log = db.join("db");
        let mut bytes = std::fs::read(&log).unwrap();
        bytes[20] ^= 0x01;
        std::fs::write(&log, bytes).unwrap();
        let error = Store::open(&db).err().expect("damage must be refused");
        assert!(matches!(error, StoreError::Corrupt(_)), "{error:?}");
        assert!(error.to_string().contains(&db.display().to_string()));
    }
}

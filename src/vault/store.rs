//! The storage engine boundary: sled, its trees, and the one durable write path.
//!
//! Everything above this module sees named trees, point reads, prefix scans and
//! [`Store::commit`], which applies a [`WriteSet`] atomically in one sled transaction and
//! then flushes (fsync) before returning. Nothing here knows about encryption or records,
//! so the engine could be replaced by changing this file alone.

use std::io;
use std::path::Path;

use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::{IVec, Transactional};

/// The trees of a vault. Keys never hold personal data; values are sealed above.
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

    /// The sled tree name, also bound into each sealed value's associated data.
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

    fn index(self) -> usize {
        Tree::ALL
            .iter()
            .position(|t| *t == self)
            .unwrap_or_default()
    }
}

/// A storage operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the disk is full, so nothing was saved; free some space and try again")]
    DiskFull,
    #[error(
        "the vault's database is damaged ({0}); restore it from a backup or re-import the latest bundles"
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
                StoreError::Corrupt("sled reported corruption".into())
            }
            other => StoreError::Corrupt(other.to_string()),
        }
    }
}

/// Whether an I/O error means the disk (or quota) is full.
pub fn is_disk_full(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::StorageFull
        || e.kind() == io::ErrorKind::QuotaExceeded
        || e.raw_os_error() == Some(28)
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

    pub fn len(&self) -> usize {
        self.writes.len()
    }
}

/// An open sled database with all vault trees.
pub struct Store {
    db: sled::Db,
    trees: Vec<sled::Tree>,
}

impl Store {
    /// Opens (or creates) the database in `dir`. The caller holds the vault lock.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let db = sled::Config::new()
            .path(dir)
            .mode(sled::Mode::LowSpace)
            .open()?;
        let trees = Tree::ALL
            .iter()
            .map(|t| db.open_tree(t.name()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { db, trees })
    }

    fn tree(&self, tree: Tree) -> &sled::Tree {
        &self.trees[tree.index()]
    }

    pub fn get(&self, tree: Tree, key: &[u8]) -> Result<Option<IVec>, StoreError> {
        Ok(self.tree(tree).get(key)?)
    }

    /// Entries whose key starts with `prefix`, in key order.
    pub fn scan_prefix(
        &self,
        tree: Tree,
        prefix: &[u8],
    ) -> impl DoubleEndedIterator<Item = Result<(IVec, IVec), StoreError>> {
        self.tree(tree)
            .scan_prefix(prefix)
            .map(|r| r.map_err(StoreError::from))
    }

    /// Entries from `start` on, in key order.
    pub fn range_from(
        &self,
        tree: Tree,
        start: &[u8],
    ) -> impl Iterator<Item = Result<(IVec, IVec), StoreError>> {
        self.tree(tree)
            .range(start..)
            .map(|r| r.map_err(StoreError::from))
    }

    pub fn len(&self, tree: Tree) -> usize {
        self.tree(tree).len()
    }

    /// Applies `writes` atomically and makes them durable before returning: either all
    /// of them survive a crash or power cut after this returns `Ok`, or none.
    pub fn commit(&self, writes: &WriteSet) -> Result<(), StoreError> {
        if writes.is_empty() {
            return Ok(());
        }
        self.trees[..]
            .transaction(|trees| {
                for (tree, key, value) in &writes.writes {
                    let t = &trees[tree.index()];
                    match value {
                        Some(v) => t.insert(key.as_slice(), v.as_slice())?,
                        None => t.remove(key.as_slice())?,
                    };
                }
                Ok::<(), ConflictableTransactionError<()>>(())
            })
            .map_err(|e| match e {
                TransactionError::Storage(e) => StoreError::from(e),
                TransactionError::Abort(()) => StoreError::Corrupt("transaction aborted".into()),
            })?;
        self.db.flush()?;
        Ok(())
    }

    /// The database's size on disk, for reports and benchmarks.
    pub fn size_on_disk(&self) -> u64 {
        self.db.size_on_disk().unwrap_or(0)
    }
}

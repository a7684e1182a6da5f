//! Forgetting: rewrite the live database into a fresh one, then destroy the old files.
//!
//! sled never overwrites a value in place: a new version goes to the end of its log and
//! the old one stays in the file until sled happens to reuse that segment. So a value
//! removed by `purge` (or an amended name's earlier version) is still in `db/`, sealed
//! under the vault key, and whoever has the passphrase can read it back with forensic
//! tools (`tests/purge_forensics.rs`). The only way to make sled forget is to copy what
//! is live into a database that never saw the rest, and destroy the old one.
//!
//! The rewrite is all or nothing, with the folders beside `db/` as its journal:
//!
//! 1. copy every entry of the database, with the change (`overlay`) applied on the way,
//!    into `db.tmp/`; sync every file and folder in it;
//! 2. close the old database; rename `db.tmp` → `db.new` and sync the vault folder:
//!    **the commit point** (`db.new` exists only when it is complete and durable);
//! 3. rename `db` → `db.old`, then `db.new` → `db`, syncing the vault folder after each;
//! 4. overwrite every allocated byte of `db.old/`'s files with zeros, sync, delete it.
//!
//! [`recover`], run before every open, finishes or undoes whatever a crash interrupted:
//! a `db.tmp` is an unfinished copy and is deleted (the old `db` is untouched, so the
//! change did not happen); a `db.new` is complete and is moved into place (steps 3–4);
//! a `db.old` is destroyed. Each step is a rename or a deletion that can be redone, so a
//! crash during recovery is recovered the same way. Nothing here knows about keys,
//! records or encryption: it copies sealed bytes under their keys.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::fsutil::sync_dir;
use super::store::{Store, StoreError, WriteSet, contain_panics};

/// The folders of a rewrite of the database folder `live` (e.g. `VAULT/db`).
#[derive(Debug, Clone)]
pub struct RewritePaths {
    parent: PathBuf,
    live: PathBuf,
    building: PathBuf,
    ready: PathBuf,
    retired: PathBuf,
}

impl RewritePaths {
    pub fn new(live: &Path) -> Self {
        let sibling = |suffix: &str| {
            let mut name = live.file_name().unwrap_or_default().to_os_string();
            name.push(suffix);
            live.with_file_name(name)
        };
        let parent = live
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        Self {
            parent,
            live: live.to_path_buf(),
            building: sibling(".tmp"),
            ready: sibling(".new"),
            retired: sibling(".old"),
        }
    }

    /// Where [`Store::rewrite_into_fresh`] builds the new database.
    pub fn building(&self) -> &Path {
        &self.building
    }
}

/// What [`recover`] found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// No rewrite was under way.
    Clean,
    /// An unfinished copy was deleted: the database is the one from before.
    RolledBack,
    /// A finished copy was moved into place (and the old files destroyed).
    RolledForward,
}

/// Entries per sled batch while copying: bounded memory whatever the vault's size.
const COPY_BATCH: usize = 20_000;

impl Store {
    /// Copies every entry of every tree into a new database at `dest` (which must not
    /// exist), applying `overlay` on the way: an entry the overlay replaces or removes is
    /// never written to the new database, only its new value. Every file and folder of
    /// the copy is synced and the copy closed before this returns `Ok`.
    ///
    /// On error, `dest` may hold part of a copy; [`discard`] removes it.
    pub fn rewrite_into_fresh(&self, dest: &Path, overlay: &WriteSet) -> Result<(), StoreError> {
        if dest.exists() {
            return Err(StoreError::Io(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} is in the way of a rewrite", dest.display()),
            )));
        }
        // tagged key → the overlay's last word on it.
        let mut pending: HashMap<Vec<u8>, Option<&[u8]>> = HashMap::new();
        for (tree, key, value) in overlay.iter() {
            pending.insert(tree.prefixed(key), value);
        }
        let fresh = Store::open(dest)?;
        let copied = contain_panics(|| -> Result<(), sled::Error> {
            // Every table lives in the one engine tree (format 2): copy it entry by
            // entry, in bounded batches, with the overlay applied on the way.
            let ((_, from), (new, to)) = (self.engine(), fresh.engine());
            let mut batch = sled::Batch::default();
            let mut in_batch = 0usize;
            for entry in from {
                let (key, value) = entry?;
                match pending.remove(&key[..]) {
                    Some(Some(replaced)) => batch.insert(key, replaced),
                    Some(None) => {}
                    None => batch.insert(key, value),
                }
                in_batch += 1;
                if in_batch == COPY_BATCH {
                    to.apply_batch(std::mem::take(&mut batch))?;
                    in_batch = 0;
                }
            }
            for (key, value) in pending.drain() {
                if let Some(value) = value {
                    batch.insert(key, value);
                }
            }
            to.apply_batch(batch)?;
            new.flush()?;
            Ok(())
        });
        match copied {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(e.into()),
            Err(()) => {
                return Err(StoreError::Corrupt(
                    "the storage engine failed while copying the database".into(),
                ));
            }
        }
        // Closing joins sled's flusher, so no file of the copy changes after this.
        drop(fresh);
        sync_all_below(dest).map_err(io_error)?;
        Ok(())
    }
}

/// Removes an unfinished copy left by a failed [`Store::rewrite_into_fresh`].
pub fn discard(paths: &RewritePaths) -> io::Result<()> {
    remove_dir_if_present(&paths.building)?;
    sync_dir(&paths.parent)
}

/// Makes the finished copy the database. The old database must be closed. After the
/// first rename the change is committed: an error later leaves work that [`recover`]
/// finishes at the next open.
pub fn install(paths: &RewritePaths) -> io::Result<()> {
    fs::rename(&paths.building, &paths.ready)?;
    sync_dir(&paths.parent)?;
    finish(paths)
}

/// Finishes or undoes a rewrite a crash interrupted. Called before the database is
/// opened; the caller holds the vault lock.
pub fn recover(paths: &RewritePaths) -> io::Result<Recovery> {
    let mut recovery = Recovery::Clean;
    if paths.building.exists() {
        discard(paths)?;
        recovery = Recovery::RolledBack;
    }
    if paths.ready.exists() || paths.retired.exists() {
        recovery = Recovery::RolledForward;
    }
    finish(paths)?;
    Ok(recovery)
}

/// Steps 3 and 4, from wherever a crash left them.
fn finish(paths: &RewritePaths) -> io::Result<()> {
    if paths.ready.exists() {
        if paths.live.exists() {
            // Not reachable by the protocol, but never rename over an old copy.
            if paths.retired.exists() {
                destroy(&paths.retired)?;
            }
            fs::rename(&paths.live, &paths.retired)?;
            sync_dir(&paths.parent)?;
        }
        fs::rename(&paths.ready, &paths.live)?;
        sync_dir(&paths.parent)?;
    }
    if paths.retired.exists() {
        destroy(&paths.retired)?;
        sync_dir(&paths.parent)?;
    }
    Ok(())
}

/// Overwrites the data of every file below `dir` with zeros, syncs it, and deletes
/// the folder. Overwriting is what keeps an undelete tool from reading the old blocks
/// on a file system that writes in place (ext4, xfs); it cannot reach what a
/// copy-on-write file system or an SSD's controller keeps (docs/threat-model.md). It
/// is best effort: a file that cannot be overwritten (no space on a copy-on-write file
/// system) is still deleted.
fn destroy(dir: &Path) -> io::Result<()> {
    for file in files_below(dir)? {
        let _ = overwrite_with_zeros(&file);
    }
    remove_dir_if_present(dir)
}

fn overwrite_with_zeros(path: &Path) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).open(path)?;
    let len = file.metadata()?.len();
    let zeros = vec![0u8; 64 << 10];
    for (start, end) in data_extents(&file, len)? {
        file.seek(SeekFrom::Start(start))?;
        let mut at = start;
        while at < end {
            let n = usize::try_from(end - at)
                .unwrap_or(usize::MAX)
                .min(zeros.len());
            file.write_all(&zeros[..n])?;
            at += n as u64;
        }
    }
    file.sync_all()
}

/// The byte ranges of `file` that hold data. Holes are skipped: writing zeros into a
/// hole of sled's sparse log would allocate blocks (and could fill the disk) for no gain.
#[cfg(target_os = "linux")]
fn data_extents(file: &File, len: u64) -> io::Result<Vec<(u64, u64)>> {
    use rustix::fs::{SeekFrom as Whence, seek};
    let mut out = Vec::new();
    let mut at = 0;
    while at < len {
        let start = match seek(file, Whence::Data(at)) {
            Ok(start) => start,
            Err(rustix::io::Errno::NXIO) => break,
            Err(e) => return Err(e.into()),
        };
        let end = seek(file, Whence::Hole(start))?.min(len);
        out.push((start, end));
        at = end;
    }
    Ok(out)
}

#[cfg(not(target_os = "linux"))]
fn data_extents(_file: &File, len: u64) -> io::Result<Vec<(u64, u64)>> {
    Ok(vec![(0, len)])
}

/// Syncs every file and folder below `dir`, and `dir` itself, making them private.
fn sync_all_below(dir: &Path) -> io::Result<()> {
    let mut dirs = vec![dir.to_path_buf()];
    let mut i = 0;
    while let Some(d) = dirs.get(i).cloned() {
        i += 1;
        for entry in fs::read_dir(&d)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                dirs.push(path);
            } else {
                set_mode(&path, 0o600)?;
                File::open(&path)?.sync_all()?;
            }
        }
    }
    // Innermost folders first, so each folder is synced after the entries in it.
    for d in dirs.iter().rev() {
        set_mode(d, 0o700)?;
        sync_dir(d)?;
    }
    Ok(())
}

fn files_below(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match fs::read_dir(&d) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                stack.push(entry.path());
            } else {
                out.push(entry.path());
            }
        }
    }
    Ok(out)
}

fn remove_dir_if_present(dir: &Path) -> io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

fn io_error(e: io::Error) -> StoreError {
    if super::store::is_disk_full(&e) {
        StoreError::DiskFull
    } else {
        StoreError::Io(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::store::Tree;

    const GONE: &[u8] = b"value-that-must-be-forgotten";

    fn store_with(dir: &Path, entries: &[(&[u8], &[u8])]) -> Store {
        let store = Store::open(dir).unwrap();
        let mut writes = WriteSet::default();
        for (k, v) in entries {
            writes.insert(Tree::Records, k.to_vec(), v.to_vec());
        }
        store.commit(&writes).unwrap();
        store
    }

    fn raw_bytes_below(dir: &Path) -> Vec<u8> {
        files_below(dir)
            .unwrap()
            .iter()
            .flat_map(|f| fs::read(f).unwrap())
            .collect()
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// A database at `db` whose log holds `GONE` as an overwritten value, and a
    /// finished rewrite of it (with an overlay) at `db.tmp`.
    fn rewritten(root: &Path) -> RewritePaths {
        let db = root.join("db");
        let store = store_with(&db, &[(b"a", GONE), (b"b", b"kept"), (b"c", b"removed")]);
        let mut overwrite = WriteSet::default();
        overwrite.insert(Tree::Records, b"a".to_vec(), b"new".to_vec());
        store.commit(&overwrite).unwrap();
        assert!(
            contains(&raw_bytes_below(&db), GONE),
            "sled keeps the old value"
        );
        let paths = RewritePaths::new(&db);
        let mut overlay = WriteSet::default();
        overlay.remove(Tree::Records, b"c".to_vec());
        overlay.insert(Tree::Events, b"e".to_vec(), b"added".to_vec());
        store
            .rewrite_into_fresh(paths.building(), &overlay)
            .unwrap();
        paths
    }

    fn read(db: &Path) -> Vec<(Vec<u8>, Vec<u8>)> {
        let store = Store::open(db).unwrap();
        let mut out = Vec::new();
        for tree in [Tree::Records, Tree::Events] {
            for entry in store.scan_prefix(tree, b"") {
                let (k, v) = entry.unwrap();
                out.push((k.to_vec(), v.to_vec()));
            }
        }
        out
    }

    fn new_content() -> Vec<(Vec<u8>, Vec<u8>)> {
        vec![
            (b"a".to_vec(), b"new".to_vec()),
            (b"b".to_vec(), b"kept".to_vec()),
            (b"e".to_vec(), b"added".to_vec()),
        ]
    }

    #[test]
    fn the_copy_holds_the_live_entries_with_the_overlay_and_nothing_older() {
        let root = tempfile::tempdir().unwrap();
        let paths = rewritten(root.path());
        assert!(!contains(&raw_bytes_below(paths.building()), GONE));
        assert!(!contains(&raw_bytes_below(paths.building()), b"removed"));
        install(&paths).unwrap();
        assert_eq!(read(&root.path().join("db")), new_content());
        let left: Vec<_> = fs::read_dir(root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["db"], "no journal folder left behind");
        assert!(!contains(&raw_bytes_below(root.path()), GONE));
    }

    #[test]
    fn every_interrupted_state_recovers_to_the_old_or_the_new_database() {
        // (state name, how to reach it from a finished copy at db.tmp, expected outcome)
        type Step = fn(&RewritePaths);
        let cases: [(&str, Step, Recovery); 5] = [
            ("copy unfinished", |_| {}, Recovery::RolledBack),
            (
                "copy committed",
                |p| fs::rename(&p.building, &p.ready).unwrap(),
                Recovery::RolledForward,
            ),
            (
                "old retired",
                |p| {
                    fs::rename(&p.building, &p.ready).unwrap();
                    fs::rename(&p.live, &p.retired).unwrap();
                },
                Recovery::RolledForward,
            ),
            (
                "new in place",
                |p| {
                    fs::rename(&p.building, &p.ready).unwrap();
                    fs::rename(&p.live, &p.retired).unwrap();
                    fs::rename(&p.ready, &p.live).unwrap();
                },
                Recovery::RolledForward,
            ),
            (
                "old half destroyed",
                |p| {
                    fs::rename(&p.building, &p.ready).unwrap();
                    fs::rename(&p.live, &p.retired).unwrap();
                    fs::rename(&p.ready, &p.live).unwrap();
                    fs::remove_file(p.retired.join("conf")).unwrap();
                },
                Recovery::RolledForward,
            ),
        ];
        for (name, step, expected) in cases {
            let root = tempfile::tempdir().unwrap();
            let paths = rewritten(root.path());
            let old = read(&paths.live);
            step(&paths);
            assert_eq!(recover(&paths).unwrap(), expected, "{name}");
            let content = read(&paths.live);
            if expected == Recovery::RolledBack {
                assert_eq!(content, old, "{name}");
            } else {
                assert_eq!(content, new_content(), "{name}");
                assert!(!contains(&raw_bytes_below(root.path()), GONE), "{name}");
            }
            for p in [&paths.building, &paths.ready, &paths.retired] {
                assert!(!p.exists(), "{name}: {} left", p.display());
            }
            // Recovering again changes nothing.
            assert_eq!(recover(&paths).unwrap(), Recovery::Clean, "{name}");
        }
    }

    #[test]
    fn a_folder_in_the_way_is_refused_and_destroy_skips_holes() {
        let root = tempfile::tempdir().unwrap();
        let db = root.path().join("db");
        let store = store_with(&db, &[(b"a", b"x")]);
        let paths = RewritePaths::new(&db);
        fs::create_dir(paths.building()).unwrap();
        assert!(
            store
                .rewrite_into_fresh(paths.building(), &WriteSet::default())
                .is_err()
        );
        // A sparse file keeps its holes when its data is overwritten.
        let sparse = root.path().join("sparse");
        let file = File::create(&sparse).unwrap();
        file.set_len(1 << 20).unwrap();
        drop(file);
        let mut f = OpenOptions::new().write(true).open(&sparse).unwrap();
        f.write_all(GONE).unwrap();
        drop(f);
        overwrite_with_zeros(&sparse).unwrap();
        let bytes = fs::read(&sparse).unwrap();
        assert_eq!(bytes.len(), 1 << 20);
        assert!(bytes.iter().all(|b| *b == 0));
    }
}

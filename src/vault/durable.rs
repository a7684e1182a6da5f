//! Real durability under sled: the `fdatasync`/`fsync` calls sled 0.34.7 leaves out.
//!
//! sled's `Db::flush()` writes its log with `pwrite` and then, on Linux, calls
//! `sync_file_range(WAIT_BEFORE | WRITE | WAIT_AFTER)` on the written range
//! (`pagecache/iobuf.rs`). That starts and waits for the page writeback of those bytes,
//! but it flushes neither the drive's volatile write cache nor the file's metadata (the
//! size of a log that grew), so a power cut right after `flush()` returns can still lose
//! the change. sled only calls a real `fsync` from its background flusher, up to 500 ms
//! later. Further, sled writes large pages as separate files under `blobs/`
//! (`pagecache/blob_io.rs`, created with no sync at all), writes `conf` once without a
//! sync, and renames snapshot files into place during open without syncing the folder.
//!
//! [`DbFiles`] closes those gaps from outside sled, without patching it:
//! - after every commit's `flush()`, `fdatasync` of the log file `db/db` through a
//!   handle kept open for the life of the store (data and the size, which is what a
//!   grown file needs), plus `fdatasync` of every blob file that appeared since the
//!   last commit and an `fsync` of `blobs/` when one did;
//! - after sled's open (which may have created `conf`, `db`, `blobs/`, and written and
//!   renamed a snapshot), `fsync` of every file in `db/` and `blobs/`, of both folders,
//!   and of the vault folder that holds `db/`;
//! - every file sled made is set to mode 0600 and every folder to 0700 at the same
//!   points, so the database is private like the rest of the vault even if sled created
//!   it under a permissive umask.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::fsutil::sync_dir;

/// sled's log file inside the database folder (`Config::db_path`).
const LOG_FILE: &str = "db";
/// sled's folder of large values (`Config::blob_path`).
const BLOB_DIR: &str = "blobs";

/// Handles on sled's files, to make each commit durable.
pub(super) struct DbFiles {
    blob_dir: PathBuf,
    /// Kept open so each commit costs one `fdatasync`, not an `open` as well.
    log: File,
    /// Blob files already synced; anything else found in `blobs/` is new.
    blobs: HashSet<OsString>,
}

impl DbFiles {
    /// Called right after sled opened `dir`: makes everything sled wrote during the
    /// open durable and private.
    pub(super) fn after_open(dir: &Path) -> io::Result<Self> {
        let blob_dir = dir.join(BLOB_DIR);
        let mut blobs = HashSet::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                make_private(&path, 0o700)?;
                continue;
            }
            sync_private_file(&path)?;
        }
        if blob_dir.is_dir() {
            for entry in fs::read_dir(&blob_dir)? {
                let entry = entry?;
                sync_private_file(&entry.path())?;
                blobs.insert(entry.file_name());
            }
            sync_dir(&blob_dir)?;
        }
        make_private(dir, 0o700)?;
        sync_dir(dir)?;
        // `db/` itself may have just been created in the vault folder.
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent)?;
        }
        let log = File::open(dir.join(LOG_FILE))?;
        Ok(Self {
            blob_dir,
            log,
            blobs,
        })
    }

    /// Called after sled's `flush()` returned: forces what it wrote onto stable storage.
    /// Only when this returns `Ok` is a change durable.
    pub(super) fn sync_commit(&mut self) -> io::Result<()> {
        self.log.sync_data()?;
        let mut new_blob = false;
        match fs::read_dir(&self.blob_dir) {
            Ok(entries) => {
                for entry in entries {
                    let entry = entry?;
                    let name = entry.file_name();
                    if !self.blobs.contains(&name) {
                        sync_private_file(&entry.path())?;
                        self.blobs.insert(name);
                        new_blob = true;
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        if new_blob {
            sync_dir(&self.blob_dir)?;
            // sled removes blobs it no longer needs; forget names that are gone so the
            // set does not grow without bound.
            let present: HashSet<OsString> = fs::read_dir(&self.blob_dir)?
                .filter_map(|e| e.ok().map(|e| e.file_name()))
                .collect();
            self.blobs.retain(|name| present.contains(name));
        }
        Ok(())
    }
}

/// Sets a file to 0600 and syncs its data and metadata.
fn sync_private_file(path: &Path) -> io::Result<()> {
    make_private(path, 0o600)?;
    match File::open(path) {
        Ok(file) => file.sync_all(),
        // sled may remove an old snapshot or blob while we walk the folder.
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

fn make_private(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match fs::set_permissions(path, fs::Permissions::from_mode(mode)) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
        Ok(())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn every_file_and_folder_of_the_database_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let store = crate::vault::store::Store::open(&db).unwrap();
        let mut writes = crate::vault::WriteSet::default();
        // Larger than sled's inline limit (segment / 4), so it goes to a blob file.
        writes.insert(
            crate::vault::Tree::Meta,
            b"big".to_vec(),
            vec![7u8; 300_000],
        );
        store.commit(&writes).unwrap();
        let mut seen_blob = false;
        let mut stack = vec![db.clone()];
        while let Some(d) = stack.pop() {
            assert_eq!(
                fs::metadata(&d).unwrap().permissions().mode() & 0o777,
                0o700,
                "{}",
                d.display()
            );
            for entry in fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    seen_blob |= path.parent().unwrap().ends_with(BLOB_DIR);
                    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
                    assert_eq!(mode, 0o600, "{}", path.display());
                }
            }
        }
        assert!(seen_blob, "the large value should have made a blob file");
    }
}

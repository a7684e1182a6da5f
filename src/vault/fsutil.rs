//! Small file-system helpers for files that must never be half-written or world-readable.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// Writes `bytes` to `path` so that a crash leaves either the old file or the new one,
/// replacing whatever is there (a link is replaced, never written through): see
/// [`atomic_file`](super::atomic_file), the one writer of whole files.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    super::atomic_file::write_file(path, bytes, true).map_err(io::Error::other)
}

/// Creates a file readable by its owner only. With `overwrite` false, an existing file
/// is an error (`AlreadyExists`).
pub fn create_private(path: &Path, overwrite: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true);
    if overwrite {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // `mode` applies only when the file is created: an existing file being overwritten
    // keeps its old permissions, which may let others read the secret about to be
    // written into it. Tighten them before a byte is written.
    #[cfg(unix)]
    if overwrite {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Syncs a directory so that a rename or a new file in it survives a power cut.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    Ok(())
}

/// Creates a directory (and its parents) readable by its owner only, durably: the
/// folder holding each directory it created is synced, so the new names survive a
/// power cut (found by `tests/powercut.rs`: `init` left a vault whose folder vanished).
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let created: Vec<&Path> = dir.ancestors().take_while(|p| !p.exists()).collect();
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    // Deepest first, then up to the folder that existed before.
    for new in created {
        let parent = new.parent().filter(|p| !p.as_os_str().is_empty());
        sync_dir(parent.unwrap_or(Path::new(".")))?;
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn overwriting_a_readable_file_makes_it_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("identity.txt");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        create_private(&path, true)
            .unwrap()
            .write_all(b"secret")
            .unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(
            create_private(&path, false).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
    }

    #[test]
    fn write_atomic_replaces_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.age");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(!path.with_extension("tmp").exists());
    }
}

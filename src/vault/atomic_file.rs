//! The one way fieldsign writes a file a person asked for (a bundle, a receipt, a
//! delivery CSV, an identity, a campaign file) — and its own key file.
//!
//! On Linux the data goes into a file with no name at all (`O_TMPFILE`, mode 0600) in
//! the target's folder, so nothing can be planted at it and a crash while writing
//! leaves nothing behind; once complete and synced it is linked in under its final name
//! (without `replace`: straight at the target, which fails if anything is there) or
//! under a random name that is then renamed over the target. Where the file system
//! does not offer unnamed files, the data goes into a new file beside the target under
//! an unpredictable name, created with `O_CREAT|O_EXCL|O_NOFOLLOW` and mode 0600 (so a
//! link planted there, or at any guessable name, is never opened or written through),
//! synced, then renamed over the target (`RENAME_NOREPLACE` without `replace`). Either
//! way a link at the target is replaced, never written through, and the folder is
//! synced. If anything fails, or the writer is dropped before [`AtomicFile::commit`],
//! the temporary file is removed: no partial file is left under the target's name or
//! beside it (on a file system without unnamed files, a crash mid-write can leave the
//! hidden temporary file: see docs/threat-model.md).

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writing an output file failed. Says which file and what went wrong with it; never
/// "the vault folder", since these files are outside the vault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    #[error("{0} already exists; choose another name, or allow it to be replaced")]
    Exists(PathBuf),
    #[error(
        "the disk is full: could not write {0}, and nothing was left there; free some space or write to another disk"
    )]
    DiskFull(PathBuf),
    #[error("cannot write {path} ({step}: {source}); nothing was left there")]
    Io {
        path: PathBuf,
        step: &'static str,
        #[source]
        source: io::Error,
    },
}

impl WriteError {
    fn io(path: &Path, step: &'static str, source: io::Error) -> Self {
        if is_disk_full(&source) {
            Self::DiskFull(path.to_path_buf())
        } else {
            Self::Io {
                path: path.to_path_buf(),
                step,
                source,
            }
        }
    }
}

fn is_disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// A file being written; becomes the target only at [`commit`](Self::commit).
#[derive(Debug)]
pub struct AtomicFile {
    file: Option<File>,
    /// The temporary name to remove if not committed; empty while the file has none.
    tmp: PathBuf,
    /// The file was opened with `O_TMPFILE`: it has no name until commit links it.
    unnamed: bool,
    target: PathBuf,
    replace: bool,
    /// The first error a write hit, kept so that a caller whose own error type wrapped
    /// it (the CSV writer's, say) can still say what really failed.
    write_error: Option<io::ErrorKind>,
}

impl AtomicFile {
    /// Starts writing `target`. With `replace` false, an existing target (a file, a
    /// directory or any link, dangling or not) is refused now and again at commit.
    pub fn create(target: &Path, replace: bool) -> Result<Self, WriteError> {
        if !replace && fs::symlink_metadata(target).is_ok() {
            return Err(WriteError::Exists(target.to_path_buf()));
        }
        let name = target.file_name().ok_or_else(|| {
            WriteError::io(
                target,
                "it names a folder, not a file",
                io::ErrorKind::InvalidInput.into(),
            )
        })?;
        let dir = parent(target);
        let tmp = temporary_name(dir, name);
        if let Some(file) = open_unnamed(dir) {
            return Ok(Self {
                file: Some(file),
                tmp: PathBuf::new(),
                unnamed: true,
                target: target.to_path_buf(),
                replace,
                write_error: None,
            });
        }
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
            #[allow(clippy::cast_possible_wrap)] // a small flag constant
            options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        let file = options
            .open(&tmp)
            .map_err(|e| WriteError::io(target, "creating a temporary file beside it", e))?;
        Ok(Self {
            file: Some(file),
            tmp,
            unnamed: false,
            target: target.to_path_buf(),
            replace,
            write_error: None,
        })
    }

    /// The error a write hit, as a [`WriteError`] naming the target, if one did.
    pub fn write_failure(&self) -> Option<WriteError> {
        self.write_error
            .map(|kind| WriteError::io(&self.target, "writing", kind.into()))
    }

    /// Syncs the data, moves it to the target's name, and syncs the folder.
    ///
    /// # Panics
    /// Never: the file is present until `commit`, which consumes `self`.
    pub fn commit(mut self) -> Result<(), WriteError> {
        let file = self.file.take().expect("present until commit");
        file.sync_all()
            .map_err(|e| WriteError::io(&self.target, "syncing it to the disk", e))?;
        if self.unnamed {
            let dir = parent(&self.target);
            if self.replace {
                let name = self.target.file_name().unwrap_or_default().to_owned();
                let tmp = temporary_name(dir, &name);
                link_unnamed(&file, &tmp)
                    .map_err(|e| WriteError::io(&self.target, "giving the new file a name", e))?;
                self.tmp = tmp;
                fs::rename(&self.tmp, &self.target)
                    .map_err(|e| WriteError::io(&self.target, "moving it into place", e))?;
            } else {
                link_unnamed(&file, &self.target).map_err(|e| {
                    if e.kind() == io::ErrorKind::AlreadyExists {
                        WriteError::Exists(self.target.clone())
                    } else {
                        WriteError::io(&self.target, "moving it into place", e)
                    }
                })?;
            }
            self.tmp = PathBuf::new();
            return sync_dir(dir)
                .map_err(|e| WriteError::io(&self.target, "syncing its folder", e));
        }
        drop(file);
        if self.replace {
            fs::rename(&self.tmp, &self.target)
                .map_err(|e| WriteError::io(&self.target, "moving it into place", e))?;
        } else {
            rename_no_replace(&self.tmp, &self.target)?;
        }
        // Renamed: nothing to clean up any more, even if the folder sync fails.
        self.tmp = PathBuf::new();
        sync_dir(parent(&self.target))
            .map_err(|e| WriteError::io(&self.target, "syncing its folder", e))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.file.as_mut().expect("present until commit").write(buf);
        if let Err(e) = &result {
            self.write_error.get_or_insert(e.kind());
        }
        result
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.file.as_mut().expect("present until commit").flush();
        if let Err(e) = &result {
            self.write_error.get_or_insert(e.kind());
        }
        result
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            // Not committed: the partial file (perhaps plaintext) must not stay.
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// `.NAME.<random>.tmp` in `dir`.
fn temporary_name(dir: &Path, name: &std::ffi::OsStr) -> PathBuf {
    let mut tmp_name = OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", random_suffix()));
    dir.join(tmp_name)
}

/// A new file without a name in `dir`, if the kernel and file system offer them and
/// `/proc` is there to link it by later.
#[cfg(target_os = "linux")]
fn open_unnamed(dir: &Path) -> Option<File> {
    use rustix::fs::{Mode, OFlags};
    if !Path::new("/proc/self/fd").is_dir() {
        return None;
    }
    let flags = OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC;
    rustix::fs::open(dir, flags, Mode::from_raw_mode(0o600))
        .ok()
        .map(File::from)
}

#[cfg(not(target_os = "linux"))]
fn open_unnamed(_dir: &Path) -> Option<File> {
    None
}

/// Gives an unnamed file the name `to`; fails if anything is at `to`.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &File, to: &Path) -> io::Result<()> {
    use std::os::fd::AsRawFd;

    use rustix::fs::{AtFlags, CWD};
    let fd = format!("/proc/self/fd/{}", file.as_raw_fd());
    rustix::fs::linkat(CWD, fd.as_str(), CWD, to, AtFlags::SYMLINK_FOLLOW).map_err(Into::into)
}

#[cfg(not(target_os = "linux"))]
fn link_unnamed(_file: &File, _to: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Writes `bytes` to `target` through an [`AtomicFile`].
pub fn write_file(target: &Path, bytes: &[u8], replace: bool) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(target, replace)?;
    if let Err(e) = file.write_all(bytes) {
        return Err(WriteError::io(target, "writing", e));
    }
    file.commit()
}

/// A bare file name has an empty parent: that is the current folder.
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 12];
    // Without the OS's random source the name is still unique (create_new refuses
    // a clash), just guessable; fieldsign cannot run without one anyway.
    let _ = getrandom::fill(&mut bytes);
    data_encoding::HEXLOWER.encode(&bytes)
}

/// Renames unless something is at `target`: atomically where the kernel and file
/// system can (`renameat2(RENAME_NOREPLACE)`), else by checking first.
fn rename_no_replace(tmp: &Path, target: &Path) -> Result<(), WriteError> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, tmp, CWD, target, RenameFlags::NOREPLACE) {
            Ok(()) => return Ok(()),
            Err(rustix::io::Errno::EXIST) => return Err(WriteError::Exists(target.to_path_buf())),
            // Some file systems (and old kernels) do not know the flag.
            Err(
                rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS | rustix::io::Errno::OPNOTSUPP,
            ) => {}
            Err(e) => return Err(WriteError::io(target, "moving it into place", e.into())),
        }
    }
    if fs::symlink_metadata(target).is_ok() {
        return Err(WriteError::Exists(target.to_path_buf()));
    }
    fs::rename(tmp, target).map_err(|e| WriteError::io(target, "moving it into place", e))
}

/// Syncs a directory so that a rename or a new file in it survives a power cut.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::{PermissionsExt, symlink};

    use super::*;

    #[test]
    fn never_writes_through_a_link_and_cleans_up_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let out = dir.path().join("out.csv");
        symlink(&victim, &out).unwrap();
        // Without replace, a link at the target is "exists", dangling or not.
        assert!(matches!(
            write_file(&out, b"x", false),
            Err(WriteError::Exists(_))
        ));
        let dangling = dir.path().join("dangling");
        symlink(dir.path().join("nowhere"), &dangling).unwrap();
        assert!(matches!(
            write_file(&dangling, b"x", false),
            Err(WriteError::Exists(_))
        ));
        assert!(!dir.path().join("nowhere").exists());
        // With replace, the link itself is replaced; its target is untouched.
        write_file(&out, b"new", true).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(!fs::symlink_metadata(&out).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&out).unwrap(), b"new");
        assert_eq!(
            fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // An uncommitted file leaves nothing behind; while it is being written it is
        // invisible (no name) where the file system allows, else hidden and private.
        let mut partial = AtomicFile::create(&dir.path().join("p.csv"), false).unwrap();
        partial.write_all(b"half a name").unwrap();
        let during: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().into_string().unwrap())
            .filter(|n| !["dangling", "out.csv", "victim"].contains(&n.as_str()))
            .collect();
        if partial.unnamed {
            assert!(during.is_empty(), "{during:?}");
        } else {
            assert!(
                during.len() == 1 && during[0].starts_with(".p.csv."),
                "{during:?}"
            );
        }
        drop(partial);
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().into_string().unwrap())
            .collect();
        names.sort_unstable();
        assert_eq!(names, ["dangling", "out.csv", "victim"]);
    }
}

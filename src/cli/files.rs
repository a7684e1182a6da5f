//! Files the command line reads and writes: inputs read whole under a size limit,
//! outputs written durably (mode 0600, never through a link) and refused early when
//! they exist and `--force` is absent. Shared by every command file.

use std::path::Path;

use anyhow::Result;

use crate::input::Limit;
use crate::vault::atomic_file;

/// Reads a whole input file under `limit` (its size checked before reading).
pub(super) fn read_input(path: &Path, limit: Limit) -> Result<Vec<u8>> {
    Ok(crate::input::read_limited(path, limit)?)
}

/// Refuses early (before the passphrase is asked) when `--out` names something that
/// exists — a file, a folder or a link, even a dangling one — and `--force` is absent.
pub(super) fn refuse_existing(path: &Path, force: bool) -> Result<()> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(atomic_file::WriteError::Exists(path.to_path_buf()).into());
    }
    Ok(())
}

/// Writes an output file durably, mode 0600, never through a link (see `atomic_file`).
pub(super) fn write_output(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    Ok(atomic_file::write_file(path, bytes, force)?)
}

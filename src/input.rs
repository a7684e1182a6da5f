//! Reading files that come from outside (bundles, receipts, campaign files, CSV,
//! identity and petition-text files): the size is checked with `stat` before a byte is
//! read, and the read itself is bounded, so neither a 2 GB file nor an endless one
//! (`/dev/zero`, a pipe) can exhaust memory. Limits are documented in docs/cli.md;
//! where a real user could need more, the command has `--max-size`.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

const MIB: u64 = 1 << 20;

/// What a file is for, and the most bytes fieldsign reads of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// "bundle", "receipt", … (for the message).
    pub what: &'static str,
    pub bytes: u64,
    /// Whether a person may raise this limit (the command line's `--max-size`).
    pub raisable: bool,
}

impl Limit {
    /// Bundles: 512 MiB holds about a million operations.
    pub const BUNDLE: Limit = Limit {
        what: "a bundle",
        bytes: 512 * MIB,
        raisable: true,
    };
    /// Receipts hold ranges of numbers only: a few kilobytes in practice.
    pub const RECEIPT: Limit = Limit {
        what: "a receipt",
        bytes: 16 * MIB,
        raisable: false,
    };
    /// Campaign files: the limit `read_campaign_file` enforces too.
    pub const CAMPAIGN_FILE: Limit = Limit {
        what: "a campaign file",
        bytes: crate::sync::campaign_file::MAX_CAMPAIGN_FILE_BYTES as u64,
        raisable: false,
    };
    /// CSV files for `import csv`: 64 MiB is about half a million rows.
    pub const CSV: Limit = Limit {
        what: "a CSV file",
        bytes: 64 * MIB,
        raisable: true,
    };
    /// Identity files and petition texts: small text files.
    pub const SMALL_TEXT: Limit = Limit {
        what: "this kind of file",
        bytes: MIB,
        raisable: false,
    };

    /// This limit with `bytes` instead (from `--max-size`), if given.
    #[must_use]
    pub fn raised(self, bytes: Option<u64>) -> Limit {
        Limit {
            bytes: bytes.unwrap_or(self.bytes),
            ..self
        }
    }
}

/// A file from outside could not be read. Never holds its content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    #[error("cannot read {}: cannot open it: {source}", path.display())]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is a folder, not {}; give the file's path", path.display(), limit.what)]
    Folder { path: PathBuf, limit: Limit },
    #[error("{} is not a regular file (a pipe or a device?); {} is read twice, so save it to a file first and give that file's path; nothing was read", path.display(), limit.what)]
    NotAFile { path: PathBuf, limit: Limit },
    #[error("{} is {}, over the {} limit for {}; nothing was read. {}", path.display(), Size(*size), Size(limit.bytes), limit.what, hint(limit))]
    TooLarge {
        path: PathBuf,
        /// What `stat` said, or (for a file that grew or has no size) how much was
        /// there beyond the limit.
        size: u64,
        limit: Limit,
    },
}

fn hint(limit: &Limit) -> &'static str {
    if limit.raisable {
        "If it is genuine, raise the limit for this file; check first that it is the file you meant"
    } else {
        "Check that it is the file you meant; fieldsign never writes one this large"
    }
}

/// Reads the whole file at `path`, refusing it before reading if it is over `limit`.
pub fn read_limited(path: &Path, limit: Limit) -> Result<Vec<u8>, InputError> {
    let mut reader = open_limited(path, limit)?;
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| {
        match source.get_ref().and_then(|e| e.downcast_ref::<Overflow>()) {
            Some(_) => InputError::TooLarge {
                path: path.to_path_buf(),
                size: limit.bytes.saturating_add(1),
                limit,
            },
            None => InputError::Io {
                path: path.to_path_buf(),
                source,
            },
        }
    })?;
    Ok(bytes)
}

/// Reads a whole UTF-8 text file under `limit`.
pub fn read_text_limited(path: &Path, limit: Limit) -> Result<String, InputError> {
    let bytes = read_limited(path, limit)?;
    String::from_utf8(bytes).map_err(|_| InputError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, "it is not UTF-8 text"),
    })
}

/// Refuses anything but a regular file (a pipe, a device) for input that is read twice,
/// before opening it: a pipe would be empty the second time, a named pipe would wait
/// for a second writer for ever.
pub fn check_regular(path: &Path, limit: Limit) -> Result<(), InputError> {
    let meta = std::fs::metadata(path).map_err(|source| InputError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(InputError::Folder {
            path: path.to_path_buf(),
            limit,
        });
    }
    if !meta.is_file() {
        return Err(InputError::NotAFile {
            path: path.to_path_buf(),
            limit,
        });
    }
    Ok(())
}

/// Opens `path` for reading after checking its size; the reader fails (with an error
/// [`read_limited`] reports as too large) once more than `limit` bytes have come out,
/// for files whose size `stat` cannot tell (pipes, devices) or that grow meanwhile.
pub fn open_limited(path: &Path, limit: Limit) -> Result<LimitedReader, InputError> {
    let io = |source| InputError::Open {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(InputError::Folder {
            path: path.to_path_buf(),
            limit,
        });
    }
    if meta.len() > limit.bytes {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    Ok(LimitedReader {
        file: File::open(path).map_err(io)?,
        left: limit.bytes,
    })
}

/// A file that may yield at most a set number of bytes.
pub struct LimitedReader {
    file: File,
    left: u64,
}

#[derive(Debug)]
struct Overflow;

impl fmt::Display for Overflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the file is larger than the limit")
    }
}

impl std::error::Error for Overflow {}

impl Read for LimitedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more tells "exactly at the limit" from "over it".
            let mut probe = [0u8; 1];
            return match self.file.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::other(Overflow)),
            };
        }
        let max = usize::try_from(self.left)
            .unwrap_or(usize::MAX)
            .min(buf.len());
        let n = self.file.read(&mut buf[..max])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// A size for people: bytes, KiB, MiB or GiB with one decimal.
struct Size(u64);

impl fmt::Display for Size {
    #[allow(clippy::cast_precision_loss)] // one decimal for people
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        match b {
            0..1024 => write!(f, "{b} bytes"),
            1024..MIB => write!(f, "{:.1} KiB", b as f64 / 1024.0),
            MIB..0x4000_0000 => write!(f, "{:.1} MiB", b as f64 / MIB as f64),
            _ => write!(f, "{:.1} GiB", b as f64 / (1u64 << 30) as f64),
        }
    }
}

/// Parses `--max-size`: bytes, or a number with K, M or G (binary: 1K = 1024).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit
        .trim()
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err("give a size such as 600M or 2G".into()),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|n| *n > 0)
        .ok_or_else(|| "give a size such as 600M or 2G".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: Limit = Limit {
        what: "a test file",
        bytes: 10,
        raisable: true,
    };

    #[test]
    fn stat_first_then_a_bounded_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read_limited(&path, TINY).unwrap().len(), 10);
        // A sparse 2 GiB file is refused by its size, without reading it.
        let big = dir.path().join("big");
        File::create(&big).unwrap().set_len(2 << 30).unwrap();
        let err = read_limited(&big, Limit::BUNDLE).unwrap_err().to_string();
        assert!(
            err.contains("is 2.0 GiB, over the 512.0 MiB limit for a bundle")
                && err.contains("raise the limit")
                && !err.contains("--max-size"),
            "{err}"
        );
        assert!(open_limited(&big, Limit::BUNDLE.raised(Some(3 << 30))).is_ok());
        assert!(read_limited(&path, TINY.raised(Some(9))).is_err());
        // A file that says nothing of its size (a device) is cut off at the limit.
        let err = read_limited(Path::new("/dev/zero"), TINY).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { .. }), "{err}");
        assert!(matches!(
            read_limited(dir.path(), TINY),
            Err(InputError::Folder { .. })
        ));
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("600M"), Ok(600 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1500"), Ok(1500));
        assert_eq!(parse_size("64k"), Ok(64 << 10));
        for bad in ["", "0", "G", "-1", "1T", "99999999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}

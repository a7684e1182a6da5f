//! Helpers shared by the integration tests: a throwaway vault driven through the real
//! `fieldsign` binary, exactly as a person would use it.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The fast scrypt work factor for tests (the real default is 18).
pub const TEST_WORK_FACTOR: &str = "10";

/// A vault in a temporary folder, with its passphrase in a file.
pub struct TestVault {
    pub root: TempDir,
    pub vault: PathBuf,
    pub passphrase_file: PathBuf,
}

impl TestVault {
    /// Creates and initializes a vault.
    pub fn new() -> Self {
        let t = Self::uninitialized();
        t.ok(&["init", "--kdf-work-factor", TEST_WORK_FACTOR]);
        t
    }

    /// A folder and passphrase file, but no vault yet.
    pub fn uninitialized() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        let vault = root.path().join("vault");
        let passphrase_file = root.path().join("passphrase");
        std::fs::write(&passphrase_file, "correct horse battery staple\n")
            .expect("write passphrase");
        Self {
            root,
            vault,
            passphrase_file,
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// The binary, pointed at this vault, with no environment leaking in.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("fieldsign").expect("binary built");
        cmd.env_remove("FIELDSIGN_VAULT")
            .env_remove("FIELDSIGN_PASSPHRASE_FILE")
            .arg("--vault")
            .arg(&self.vault)
            .arg("--passphrase-file")
            .arg(&self.passphrase_file);
        cmd
    }

    /// Runs a command that must succeed; returns its stdout, trimmed.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run fieldsign");
        assert!(
            out.status.success(),
            "fieldsign {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .expect("utf-8 stdout")
            .trim()
            .to_owned()
    }

    /// Runs a command that must fail; returns its stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run fieldsign");
        assert!(
            !out.status.success(),
            "fieldsign {args:?} should have failed"
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Creates a campaign (coordinated from this vault) and an event; returns their ids.
    pub fn campaign_and_event(&self) -> (String, String) {
        let file = self.path("campaign.fieldsign");
        let campaign = self.ok(&[
            "campaign",
            "create",
            "--title",
            "Free them",
            "--out",
            file.to_str().unwrap(),
        ]);
        let event = self.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Vigil",
            "--date",
            "2026-11-28",
        ]);
        (campaign, event)
    }

    /// The records of the only campaign, as parsed `list --format json --all`.
    pub fn records(&self) -> Vec<serde_json::Value> {
        serde_json::from_str(&self.ok(&["list", "--all", "--format", "json"])).expect("json list")
    }
}

/// Every file below `dir`, for scanning raw bytes.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// Whether `needle` occurs in any file below `dir`, as raw bytes.
pub fn found_in_files(dir: &Path, needle: &str) -> Option<PathBuf> {
    files_below(dir).into_iter().find(|f| {
        std::fs::read(f)
            .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
    })
}

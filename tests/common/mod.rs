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

    /// The binary, pointed at this vault, with no environment leaking in (messages in
    /// English whatever the machine's locale; `cli_i18n` tests the other languages).
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("fieldsign").expect("binary built");
        cmd.env_remove("FIELDSIGN_VAULT")
            .env_remove("FIELDSIGN_PASSPHRASE_FILE")
            .env("FIELDSIGN_LANG", "en")
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

impl TestVault {
    /// Runs a command and returns its raw output, whatever the exit status.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().expect("run fieldsign")
    }

    /// Runs a command that must fail cleanly: non-zero exit, stderr starting with one
    /// `error: ` line that is not empty, no panic or backtrace, and none of `secrets`
    /// anywhere in stderr or stdout. Returns stderr.
    pub fn fails_cleanly(&self, args: &[&str], secrets: &[&str]) -> String {
        let out = self.run(args);
        assert_clean_failure(&out, secrets, &format!("{args:?}"));
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Saves one paper line through `add`; returns the printed id.
    pub fn add(
        &self,
        campaign: &str,
        event: &str,
        sheet: u32,
        line: u32,
        fields: &[(&str, &str)],
    ) -> String {
        let sheet = sheet.to_string();
        let line = line.to_string();
        let mut args = vec![
            "add",
            "--campaign",
            campaign,
            "--event",
            event,
            "--sheet",
            &sheet,
            "--line",
            &line,
        ];
        let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
        for pair in &pairs {
            args.push("--field");
            args.push(pair);
        }
        self.ok(&args)
    }

    /// Writes `contents` to a file in the test folder and returns its path as a string.
    pub fn write(&self, name: &str, contents: &str) -> String {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("write test file");
        path.to_str().expect("utf-8 path").to_owned()
    }

    /// The raw `list --all --format json` output: compared before and after a refused
    /// change to show the store is exactly as it was.
    pub fn snapshot(&self) -> String {
        self.ok(&["list", "--all", "--format", "json"])
    }
}

/// Asserts that a finished command failed as a person should see it fail.
pub fn assert_clean_failure(out: &std::process::Output, secrets: &[&str], what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{what} should have failed");
    assert_ne!(out.status.code(), Some(101), "{what} panicked: {stderr}");
    let first = stderr.lines().next().unwrap_or("");
    assert!(
        first.starts_with("error: ") && first.len() > "error: ".len() + 10,
        "{what}: stderr should start with one clear `error:` line, got: {stderr}"
    );
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "stack backtrace",
        "internal error",
    ] {
        assert!(
            !stderr.contains(bad),
            "{what}: stderr shows `{bad}`: {stderr}"
        );
    }
    for secret in secrets {
        assert!(
            !stderr.contains(secret) && !stdout.contains(secret),
            "{what}: output contains the entered value `{secret}`"
        );
    }
}

impl TestVault {
    /// `identity show --format json`.
    pub fn identity(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["identity", "show", "--format", "json"]))
            .expect("identity json")
    }

    /// What a person can see of the store, for "nothing changed" checks: every record
    /// of every campaign, the devices, and the report.
    pub fn store_snapshot(&self) -> String {
        let mut out = String::new();
        let campaigns: Vec<serde_json::Value> =
            serde_json::from_str(&self.ok(&["campaign", "list", "--format", "json"]))
                .expect("campaign json");
        for c in campaigns {
            let id = c["id"].as_str().expect("id");
            out.push_str(&self.ok(&["list", "--campaign", id, "--all", "--format", "json"]));
        }
        out.push_str(&self.ok(&["device", "list", "--format", "json"]));
        out.push_str(&self.ok(&["report", "--format", "json"]));
        out
    }
}

/// A path as an argument (test paths are always UTF-8).
pub fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// A coordinator's vault, and an organizer's vault that joined its campaign and created
/// one event in it: the starting point of every exchange test.
pub struct Exchange {
    pub coord: TestVault,
    pub org: TestVault,
    pub campaign: String,
    pub event: String,
}

impl Exchange {
    /// An organizer who typed two lines and exported them; the coordinator imported
    /// them and wrote a receipt for the organizer (the returned path).
    pub fn delivered() -> (Self, PathBuf) {
        let x = Self::new();
        x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Olena")]);
        x.org.add(&x.campaign, &x.event, 1, 2, &[("name", "José")]);
        let bundle = x.org.path("b.age");
        x.org.ok(&[
            "export",
            "bundle",
            "--campaign",
            &x.campaign,
            "--out",
            s(&bundle),
        ]);
        x.coord.ok(&["import", "bundle", s(&bundle)]);
        let fp = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
        let receipt = x.org.path("r.age");
        x.coord
            .ok(&["receipt", "--device", &fp, "--out", s(&receipt)]);
        (x, receipt)
    }

    pub fn new() -> Self {
        let coord = TestVault::new();
        let file = coord.path("campaign.fieldsign");
        let campaign = coord.ok(&[
            "campaign",
            "create",
            "--title",
            "Free them",
            "--out",
            s(&file),
        ]);
        let org = TestVault::new();
        org.ok(&["campaign", "join", s(&file)]);
        let event = org.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Vigil",
            "--date",
            "2026-11-28",
        ]);
        Self {
            coord,
            org,
            campaign,
            event,
        }
    }
}

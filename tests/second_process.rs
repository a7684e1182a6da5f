//! A second process: while one `fieldsign` holds a vault (here a large `import csv`),
//! every other command on that vault says at once that it is in use, changes nothing,
//! and the first process finishes its work unharmed.
//!
//! The holder is made to wait at a known point: its passphrase file is a named pipe, so
//! it takes the vault's lock and then blocks reading the passphrase until the test
//! writes it. No sleeps decide the outcome.

mod common;

use std::fmt::Write as _;
use std::io::Write;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use common::{TestVault, assert_clean_failure};

const ROWS: usize = 3000;

#[test]
fn every_command_on_a_held_vault_is_refused_at_once_and_the_holder_finishes() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    let csv_file = t.write("big.csv", &big_csv());
    let fifo = t.path("passphrase.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success(), "mkfifo failed");

    let holder = Command::new(assert_cmd::cargo::cargo_bin("fieldsign"))
        .env_remove("FIELDSIGN_VAULT")
        .env_remove("FIELDSIGN_PASSPHRASE_FILE")
        .arg("--vault")
        .arg(&t.vault)
        .arg("--passphrase-file")
        .arg(&fifo)
        .args(["import", "csv", "--campaign", &campaign, "--event", &event])
        .arg(&csv_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the holder");

    // Wait until the holder has the lock (without probing it with another fieldsign,
    // which could itself take the lock first and make the holder fail).
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !lock_is_held(&t.vault) {
        assert!(
            std::time::Instant::now() < deadline,
            "the holder never took the lock"
        );
        std::thread::sleep(Duration::from_millis(10));
    }

    refuse_every_command(&t, &campaign, &event);

    // Let the holder go on: it reads the passphrase and imports the whole file.
    {
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(&fifo)
            .expect("open the pipe");
        pipe.write_all(b"correct horse battery staple\n").unwrap();
    }
    let (out, seen_during) = wait_watching(&t, holder);
    assert!(
        out.status.success(),
        "the holder failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{seen_during} refusals while the import ran");
    let records = t.records();
    assert_eq!(records.len(), ROWS, "the holder's import is complete");
    assert!(
        records
            .iter()
            .all(|r| r["fields"]["name"] != "Νίκος Second"),
        "a refused command changed the vault"
    );
    // `t.records()` above opened with the old passphrase: the refused passwd did nothing.
    assert_ne!(before, t.snapshot(), "the holder's import is visible");
    assert_eq!(
        t.ok(&["event", "list", "--campaign", &campaign])
            .lines()
            .count(),
        2,
        "the refused `event create` added nothing"
    );
}

/// Whether some process holds the `flock` on the vault's lock file, from `/proc/locks`
/// (Linux), matched by the lock file's inode.
fn lock_is_held(vault: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let inode = std::fs::metadata(vault.join("lock")).unwrap().ino();
    std::fs::read_to_string("/proc/locks")
        .expect("/proc/locks (these tests need Linux)")
        .lines()
        .filter(|l| l.contains("FLOCK") && !l.contains("->"))
        .filter_map(|l| l.split_whitespace().nth(5))
        .filter_map(|dev_inode| dev_inode.rsplit(':').next()?.parse::<u64>().ok())
        .any(|i| i == inode)
}

fn big_csv() -> String {
    let mut csv = String::from("sheet,line,name,email\n");
    for i in 0..ROWS {
        writeln!(
            csv,
            "{},{},Σοφία Holder {i},holder{i}@example.org",
            i / 20 + 1,
            i % 20 + 1
        )
        .unwrap();
    }
    csv
}

/// Every kind of command on the held vault: refused at once, cleanly, naming the cause.
fn refuse_every_command(t: &TestVault, campaign: &str, event: &str) {
    let csv_file = t.write("more.csv", "name\nΝίκος Second\n");
    for args in [
        &["list", "--format", "json"][..],
        &[
            "add",
            "--campaign",
            campaign,
            "--event",
            event,
            "--sheet",
            "999",
            "--line",
            "1",
            "--field",
            "name=Νίκος Second",
        ],
        &[
            "import",
            "csv",
            "--campaign",
            campaign,
            "--event",
            event,
            &csv_file,
        ],
        &["event", "create", "--campaign", campaign, "--name", "Other"],
        &["campaign", "list"],
        &["identity", "show"],
        &[
            "passwd",
            "--new-passphrase-file",
            &t.write("new", "x y z w\n"),
        ],
    ] {
        // The timeout only keeps a regression (waiting for the lock) from hanging CI.
        let out = t
            .cmd()
            .args(args)
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        assert_clean_failure(
            &out,
            &["Νίκος Second"],
            &format!("{args:?} on a held vault"),
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("in use by another fieldsign process"),
            "{args:?}: {err}"
        );
    }
}

/// Waits for the holder while others keep trying to read; returns its output and how
/// many reads were refused meanwhile.
fn wait_watching(t: &TestVault, mut holder: Child) -> (Output, usize) {
    // Meanwhile others keep trying: each is refused or, once the holder is done, sees
    // the whole import (never a part of it).
    let mut seen_during = 0;
    while holder.try_wait().unwrap().is_none() {
        let out = t.run(&["list", "--all", "--format", "json"]);
        if out.status.success() {
            let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
            assert!(
                records.is_empty() || records.len() == ROWS,
                "a reader saw part of an import: {} records",
                records.len()
            );
        } else {
            assert_clean_failure(&out, &[], "list during the import");
            seen_during += 1;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (holder.wait_with_output().unwrap(), seen_during)
}

/// Kills the tmux server (and the program in it) when dropped, also when a test fails.
struct TmuxServer(String);

impl Drop for TmuxServer {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.0, "kill-server"])
            .output();
    }
}

fn tmux(socket: &str, args: &[&str]) -> Output {
    Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("run tmux")
}

#[test]
fn while_the_tui_holds_the_vault_every_command_is_refused_at_once() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("NOTE: tmux is not installed; the TUI-holder test is skipped");
        return;
    }
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    let socket = format!("fieldsign-holder-{}", std::process::id());
    let _server = TmuxServer(socket.clone());
    // The TUI without a passphrase file: it takes the lock, then shows the unlock screen.
    let command = format!(
        "env -u FIELDSIGN_PASSPHRASE_FILE -u FIELDSIGN_VAULT '{}' --vault '{}'",
        assert_cmd::cargo::cargo_bin("fieldsign").display(),
        t.vault.display()
    );
    let started = tmux(
        &socket,
        &[
            "new-session",
            "-d",
            "-s",
            "tui",
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ],
    );
    assert!(
        started.status.success(),
        "tmux: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !lock_is_held(&t.vault) {
        assert!(
            std::time::Instant::now() < deadline,
            "the TUI never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    for args in [
        &[
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "1",
            "--field",
            "name=Ρένα Second",
        ][..],
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            &t.write("one.csv", "name\nΡένα Second\n"),
        ],
        &["identity", "show"],
    ] {
        let out = t
            .cmd()
            .args(args)
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        assert_clean_failure(
            &out,
            &["Ρένα Second"],
            &format!("{args:?} while the TUI runs"),
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("in use by another fieldsign process")
        );
    }
    tmux(&socket, &["send-keys", "-t", "tui", "C-q"]);
    // Once the TUI has quit, the vault opens again and is as it was.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let out = t.run(&["list", "--all", "--format", "json"]);
        if out.status.success() {
            assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), before);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the TUI did not let go of the vault"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&socket, &["kill-server"]);
}

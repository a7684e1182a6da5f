//! Saved means durable: SIGKILL at random moments while signatures are being saved, then
//! reopen and check that every id that was reported saved (printed) is there, intact.
//!
//! Two writers are killed: a shell loop of `fieldsign add` processes (the CLI as a script
//! uses it; a kill can land in the KDF, sled's recovery, the commit or the exit), and one
//! long-lived process adding line after line through the library (every kill lands in or
//! between commits). Rounds run in CI: `FIELDSIGN_CRASH_ROUNDS` (default 20) sets how
//! many, `FIELDSIGN_CRASH_SEED` replays a run. The long run in docs/reliability.md is
//!
//! ```sh
//! FIELDSIGN_CRASH_ROUNDS=2000 cargo test --release --test crash -- --nocapture
//! ```

mod common;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use common::TestVault;
use fieldsign::vault::{NewLine, Vault};

/// A small, seedable generator (xorshift64*): enough to spread kill points, and a
/// failing run can be replayed from the seed it prints.
struct Rng(u64);

impl Rng {
    fn from_env() -> Self {
        let seed = std::env::var("FIELDSIGN_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                u64::try_from(
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_nanos()
                        % u128::from(u64::MAX),
                )
                .unwrap()
                    | 1
            });
        eprintln!("crash test seed: FIELDSIGN_CRASH_SEED={seed}");
        Self(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn rounds() -> u32 {
    std::env::var("FIELDSIGN_CRASH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20)
}

/// Above this many records, a long run moves on to a fresh vault, so that checking every
/// record after each kill stays cheap.
const FRESH_VAULT_AFTER: usize = 2000;

/// The name typed on `sheet`, `line`: unique, so a record can be checked field by field.
fn name_for(sheet: u32, line: u32) -> String {
    format!("Олена Crash {sheet}-{line}")
}

/// Starts `command` in its own process group with stdout piped; a thread forwards each
/// complete stdout line. Returns the child and the line receiver.
fn start(mut command: Command) -> (Child, mpsc::Receiver<String>) {
    command
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("start writer");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        // Only lines that end in a newline were printed whole before the kill.
        while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
            if line.ends_with('\n') && tx.send(line.trim().to_owned()).is_err() {
                break;
            }
            line.clear();
        }
    });
    (child, rx)
}

/// Kills the whole process group of `child` with SIGKILL after `delay` and reaps it.
/// Fails the test if the writer stopped by itself before (it must not fail).
fn kill_after(mut child: Child, delay: Duration) {
    std::thread::sleep(delay);
    if let Ok(Some(status)) = child.try_wait() {
        let mut err = String::new();
        let _ = std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err);
        panic!("the writer stopped by itself ({status}) before the kill: {err}");
    }
    let pid = rustix::process::Pid::from_raw(i32::try_from(child.id()).unwrap()).unwrap();
    rustix::process::kill_process_group(pid, rustix::process::Signal::KILL)
        .expect("kill the writer's process group");
    child.wait().expect("reap the writer");
    // A killed grandchild (the `fieldsign` the shell started) may still be dying and
    // holding the vault lock for a moment: wait until the whole group is gone.
    let deadline = Instant::now() + Duration::from_secs(30);
    while rustix::process::test_kill_process_group(pid).is_ok() {
        assert!(
            Instant::now() < deadline,
            "the killed writer did not go away"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Reopens the vault through the CLI and checks every acknowledged `(id, sheet, line)`.
fn check_acknowledged(t: &TestVault, acknowledged: &[(String, u32, u32)]) {
    let records = t.records(); // fails the test if the vault does not open or list
    for (id, sheet, line) in acknowledged {
        let record = records
            .iter()
            .find(|r| r["id"] == id.as_str())
            .unwrap_or_else(|| {
                panic!("record {id} (sheet {sheet} line {line}) was acknowledged, then lost")
            });
        assert_eq!(record["sheet"], *sheet, "{id}");
        assert_eq!(record["line"], *line, "{id}");
        assert_eq!(record["fields"]["name"], name_for(*sheet, *line), "{id}");
    }
}

#[test]
fn sigkill_during_a_stream_of_cli_adds_loses_no_printed_id() {
    let mut t = TestVault::new();
    let (mut campaign, mut event) = t.campaign_and_event();
    let mut rng = Rng::from_env();
    let bin = assert_cmd::cargo::cargo_bin("fieldsign");
    let mut acknowledged = Vec::new();
    let mut total = 0;
    let mut kills_before_any_ack = 0;
    for round in 1..=rounds() {
        if acknowledged.len() > FRESH_VAULT_AFTER {
            // Long runs: keep each round's full check cheap with a fresh vault.
            t = TestVault::new();
            (campaign, event) = t.campaign_and_event();
            acknowledged.clear();
        }
        let sheet = round;
        // One `fieldsign add` after another, as a script would; each prints its id.
        let script = format!(
            r#"i=0; while :; do i=$((i+1)); "$0" --vault "$1" --passphrase-file "$2" add --campaign "$3" --event "$4" --sheet {sheet} --line $i --field "name=Олена Crash {sheet}-$i" || exit 1; done"#
        );
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(script)
            .arg(&bin)
            .arg(&t.vault)
            .arg(&t.passphrase_file)
            .arg(&campaign)
            .arg(&event)
            .env_remove("FIELDSIGN_VAULT")
            .env_remove("FIELDSIGN_PASSPHRASE_FILE");
        let (child, ids) = start(command);
        kill_after(child, Duration::from_millis(rng.below(1500)));
        let printed: Vec<String> = ids.try_iter().collect();
        if printed.is_empty() {
            kills_before_any_ack += 1;
        }
        for (i, id) in printed.into_iter().enumerate() {
            assert_eq!(id.len(), 16, "add prints the id alone, got {id:?}");
            acknowledged.push((id, sheet, u32::try_from(i + 1).unwrap()));
            total += 1;
        }
        check_acknowledged(&t, &acknowledged);
    }
    eprintln!(
        "{} rounds, {total} acknowledged adds, all present; {kills_before_any_ack} kills came before the first save of their round",
        rounds(),
    );
    assert!(
        total > 0,
        "no add was acknowledged in any round: the test proved nothing"
    );
}

/// The writer for the test below, run as a child process of this test binary: opens the
/// vault through the library and saves line after line, printing `ACK id line` after
/// each save returns. Does nothing unless started by that test.
#[test]
fn child_library_writer() {
    let Ok(spec) = std::env::var("FIELDSIGN_CRASH_CHILD") else {
        return;
    };
    let parts: Vec<&str> = spec.split('\t').collect();
    let [vault_dir, passphrase_file, sheet] = parts[..] else {
        panic!("bad FIELDSIGN_CRASH_CHILD");
    };
    let sheet: u32 = sheet.parse().unwrap();
    let passphrase = std::fs::read_to_string(passphrase_file).unwrap();
    let passphrase = SecretString::from(passphrase.lines().next().unwrap().to_owned());
    let vault = Vault::open(vault_dir.as_ref(), &passphrase).unwrap();
    let campaign = vault.resolve_campaign(None).unwrap();
    let event = vault.events(Some(campaign.id)).unwrap()[0].id;
    let mut out = std::io::stdout().lock();
    for line in 1.. {
        let new = NewLine {
            event: Some(event),
            sheet,
            line,
            fields: [("name".to_owned(), name_for(sheet, line))].into(),
            ..NewLine::default()
        };
        let id = vault.add(&campaign, new).unwrap();
        writeln!(out, "ACK {id} {line}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn sigkill_during_a_long_running_writer_loses_no_acknowledged_save() {
    let mut t = TestVault::new();
    t.campaign_and_event();
    let mut rng = Rng::from_env();
    let mut acknowledged = Vec::new();
    let mut total = 0;
    let started = Instant::now();
    for round in 1..=rounds() {
        if acknowledged.len() > FRESH_VAULT_AFTER {
            t = TestVault::new();
            t.campaign_and_event();
            acknowledged.clear();
        }
        let sheet = 1000 + round;
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "child_library_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(
                "FIELDSIGN_CRASH_CHILD",
                format!(
                    "{}\t{}\t{sheet}",
                    t.vault.display(),
                    t.passphrase_file.display()
                ),
            );
        let (child, lines) = start(command);
        kill_after(child, Duration::from_millis(50 + rng.below(600)));
        for line in lines.try_iter() {
            let Some(rest) = line.strip_prefix("ACK ") else {
                continue; // the test harness's own output
            };
            let (id, number) = rest.split_once(' ').unwrap();
            acknowledged.push((id.to_owned(), sheet, number.parse().unwrap()));
            total += 1;
        }
        check_acknowledged(&t, &acknowledged);
    }
    eprintln!(
        "{} rounds, {total} acknowledged saves, all present ({:?})",
        rounds(),
        started.elapsed()
    );
    assert!(
        total > 0,
        "no save was acknowledged in any round: the test proved nothing"
    );
}

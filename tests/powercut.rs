//! Power cuts: the real `fieldsign` binary saves onto a vault inside a file system that
//! forgets everything not yet fsynced when the power goes (`tests/support/lazyfs.rs`).
//! The power is cut at random moments and at the instant an acknowledgement appears (an
//! id on stdout), during a stream of `fieldsign add`, during one long-running writer (as
//! the TUI), during `import bundle`, `import csv` and `purge`; then the machine "boots"
//! what was durable and the test checks that the vault opens, every acknowledged save is
//! there, and an import or a purge is all or nothing. A SIGKILL test cannot see a missing fsync (the page cache survives
//! a killed process); this one can.
//!
//! `FIELDSIGN_POWERCUT_ROUNDS` (default 8) sets the rounds of each test,
//! `FIELDSIGN_POWERCUT_SEED` replays a run. The long run in docs/reliability.md is
//!
//! ```sh
//! FIELDSIGN_POWERCUT_ROUNDS=1000 cargo test --release --test powercut -- --nocapture
//! ```

mod common;
#[path = "support/lazyfs.rs"]
mod lazyfs;
#[path = "support/powercut_rig.rs"]
mod rig;

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use common::{Exchange, TestVault, s};
use fieldsign::vault::{NewLine, Vault};
use rig::{Cut, Rig, Rng, Tally};

fn rounds() -> u32 {
    std::env::var("FIELDSIGN_POWERCUT_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8)
}

/// Above this many records, a long run moves on to a fresh vault (on the same mount), so
/// that checking every record after each cut stays cheap.
const FRESH_VAULT_AFTER: usize = 2000;

/// The name typed on `sheet`, `line`, so a record can be checked field by field.
fn name_for(sheet: u32, line: u32) -> String {
    format!("Олена Power {sheet}-{line}")
}

// The harness itself: what it forgets and what it keeps.

fn sync_dir(dir: &std::path::Path) {
    std::fs::File::open(dir).unwrap().sync_all().unwrap();
}

#[test]
fn the_file_system_forgets_what_was_not_synced() {
    let Some(mut rig) = Rig::mount_empty("the file system itself") else {
        return;
    };
    let root = rig.mount.path().to_owned();
    std::fs::write(root.join("named"), b"written, never synced").unwrap();
    std::fs::create_dir(root.join("folder")).unwrap();
    sync_dir(&root); // the names are durable, not the file's content
    let mut unnamed = std::fs::File::create(root.join("unnamed")).unwrap();
    unnamed
        .write_all(b"synced, but its name never was")
        .unwrap();
    unnamed.sync_all().unwrap();
    drop(unnamed); // a mount with open files cannot be unmounted
    std::fs::write(root.join("folder/inner"), b"nothing synced").unwrap();
    rig.mount.restart().unwrap();
    assert_eq!(
        std::fs::read(root.join("named")).unwrap(),
        b"",
        "unsynced data survived"
    );
    assert!(root.join("folder").is_dir());
    assert!(
        !root.join("unnamed").exists(),
        "a name survived without a folder sync"
    );
    assert!(!root.join("folder/inner").exists());

    // After the cut, the machine is off: nothing more reaches the disk.
    rig.mount.switch().cut();
    assert!(std::fs::write(root.join("late"), b"x").is_err());
    rig.mount.restart().unwrap();
    assert!(!root.join("late").exists());
}

#[test]
fn the_file_system_keeps_what_was_synced() {
    let Some(mut rig) = Rig::mount_empty("the file system itself") else {
        return;
    };
    let root = rig.mount.path().to_owned();
    {
        let mut file = std::fs::File::create(root.join("fsynced")).unwrap();
        file.write_all(b"kept by fsync").unwrap();
        file.sync_all().unwrap();
        let mut file = std::fs::File::create(root.join("fdatasynced")).unwrap();
        file.write_all(b"kept by fdatasync").unwrap();
        file.sync_data().unwrap();
    }
    std::fs::write(root.join("old"), b"old").unwrap();
    std::fs::write(root.join("doomed"), b"d").unwrap();
    rig.mount.sync_everything();
    sync_dir(&root);
    // A rename and an unlink not followed by a folder sync are undone by a cut...
    std::fs::write(root.join("new"), b"new").unwrap();
    std::fs::File::open(root.join("new"))
        .unwrap()
        .sync_all()
        .unwrap();
    std::fs::rename(root.join("new"), root.join("old")).unwrap();
    std::fs::remove_file(root.join("doomed")).unwrap();
    rig.mount.restart().unwrap();
    assert_eq!(
        std::fs::read(root.join("fsynced")).unwrap(),
        b"kept by fsync"
    );
    assert_eq!(
        std::fs::read(root.join("fdatasynced")).unwrap(),
        b"kept by fdatasync"
    );
    assert_eq!(std::fs::read(root.join("old")).unwrap(), b"old");
    assert_eq!(std::fs::read(root.join("doomed")).unwrap(), b"d");
    // ...and kept with one.
    std::fs::write(root.join("new"), b"new").unwrap();
    std::fs::File::open(root.join("new"))
        .unwrap()
        .sync_all()
        .unwrap();
    std::fs::rename(root.join("new"), root.join("old")).unwrap();
    std::fs::remove_file(root.join("doomed")).unwrap();
    sync_dir(&root);
    rig.mount.restart().unwrap();
    assert_eq!(std::fs::read(root.join("old")).unwrap(), b"new");
    assert!(!root.join("doomed").exists());
}

/// The child for the test below: opens sled without its background flusher, saves a
/// key, `flush`es (which ends in `sync_file_range`), says so, and waits to be killed.
#[test]
fn child_sled_flusher() {
    let Ok(dir) = std::env::var("FIELDSIGN_POWERCUT_SLED") else {
        return;
    };
    let db = sled::Config::new()
        .path(dir)
        .flush_every_ms(None)
        .open()
        .unwrap();
    db.insert(b"flushed", b"2").unwrap();
    db.flush().unwrap();
    println!("\nFLUSHED"); // on a line of its own, after the test harness's "test … "
    std::io::stdout().flush().unwrap();
    std::thread::sleep(std::time::Duration::from_secs(120));
}

/// sled's `flush` ends in `sync_file_range`, which FUSE never sees: here it does not
/// count, as on a real disk it does not flush the drive's cache or the file's size.
/// Closing the database (a real `fsync`) does count.
#[test]
fn sled_flush_alone_does_not_survive_a_power_cut_but_its_close_does() {
    let Some(mut rig) = Rig::mount_empty("sled on the file system") else {
        return;
    };
    let dir = rig.mount.path().join("db");
    let open = || {
        sled::Config::new()
            .path(&dir)
            .flush_every_ms(None)
            .open()
            .unwrap()
    };
    let db = open();
    db.insert(b"closed", b"1").unwrap();
    drop(db); // sled fsyncs its file when closed
    rig.mount.sync_everything(); // and its folder's names, here by a quiet moment
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args([
            "child_sled_flusher",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("FIELDSIGN_POWERCUT_SLED", &dir);
    let mut tally = Tally::default();
    let printed = rig.run_and_cut(command, |l| l == "FLUSHED", Cut::AtAck(1), &mut tally);
    assert_eq!(printed, ["FLUSHED"]);
    let db = open();
    assert!(
        db.get(b"closed").unwrap().is_some(),
        "a closed sled lost its data"
    );
    assert!(
        db.get(b"flushed").unwrap().is_none(),
        "sync_file_range counted as durable"
    );
}

/// Every acknowledged `(id, sheet, line)` after a boot: those missing are counted as
/// lost (and forgotten, so a later round does not count them again).
fn check_acknowledged(
    t: &TestVault,
    acknowledged: &mut Vec<(String, u32, u32)>,
    tally: &mut Tally,
    round: u32,
) {
    let Some(records) = tally.open(t, round) else {
        acknowledged.clear();
        return;
    };
    acknowledged.retain(|(id, sheet, line)| {
        let Some(record) = records.iter().find(|r| r["id"] == id.as_str()) else {
            tally.lost(format!(
                "round {round}: {id} (sheet {sheet} line {line}) was acknowledged, then lost"
            ));
            return false;
        };
        assert_eq!(record["sheet"], *sheet, "{id}");
        assert_eq!(record["line"], *line, "{id}");
        assert_eq!(record["fields"]["name"], name_for(*sheet, *line), "{id}");
        true
    });
}

/// Sets up a vault, campaign and event, cuts the power with no quiet moment for the
/// kernel to write anything back, boots, and checks all three are there.
fn setup_then_cut(sync_the_vault_folders_parent: bool) {
    let Some(mut rig) = Rig::mount("`init`, `campaign create`, `event create`") else {
        return;
    };
    let (campaign, event) = rig.vault.campaign_and_event();
    if sync_the_vault_folders_parent {
        sync_dir(rig.mount.path());
    }
    rig.mount.restart().expect("boot the durable image");
    let campaigns = rig.vault.run(&["campaign", "list", "--format", "json"]);
    assert!(
        campaigns.status.success(),
        "after a power cut right after `init`, the vault is gone: {}",
        String::from_utf8_lossy(&campaigns.stderr)
    );
    let campaigns = String::from_utf8_lossy(&campaigns.stdout);
    assert!(
        campaigns.contains(&campaign),
        "the campaign was lost: {campaigns}"
    );
    let events = rig
        .vault
        .ok(&["event", "list", "--campaign", &campaign, "--format", "json"]);
    assert!(events.contains(&event), "the event was lost: {events}");
}

/// Everything `init`, `campaign create` and `event create` write inside the vault folder
/// is durable when they return. (The folder's own name in its parent is synced here by
/// hand: see the test below.)
#[test]
fn power_cut_right_after_setup_keeps_the_key_campaign_and_event() {
    setup_then_cut(true);
}

/// FINDING (2026-12-01): `init` created the vault folder but never fsynced the folder
/// that holds it, so a power cut soon after `init` could lose the whole vault, key
/// included. Fixed: `fsutil::create_private_dir` syncs the parent of every folder it
/// creates.
#[test]
fn power_cut_right_after_init_keeps_the_vault_folder() {
    setup_then_cut(false);
}

#[test]
fn power_cut_during_a_stream_of_cli_adds_loses_no_printed_id() {
    let Some(mut rig) = Rig::mount("a stream of `fieldsign add`") else {
        return;
    };
    let (mut campaign, mut event) = rig.vault.campaign_and_event();
    rig.mount.sync_everything();
    let mut rng = Rng::from_env();
    let mut tally = Tally::default();
    let mut acknowledged = Vec::new();
    let bin = assert_cmd::cargo::cargo_bin("fieldsign");
    for round in 1..=rounds() {
        if acknowledged.len() > FRESH_VAULT_AFTER {
            rig.fresh_vault(round);
            (campaign, event) = rig.vault.campaign_and_event();
            rig.mount.sync_everything();
            acknowledged.clear();
        }
        let sheet = round;
        let script = format!(
            r#"i=0; while :; do i=$((i+1)); "$0" --vault "$1" --passphrase-file "$2" add --campaign "$3" --event "$4" --sheet {sheet} --line $i --field "name=Олена Power {sheet}-$i" || exit 1; done"#
        );
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(script)
            .arg(&bin)
            .arg(&rig.vault.vault)
            .arg(&rig.vault.passphrase_file)
            .arg(&campaign)
            .arg(&event);
        let cut = Cut::pick(&mut rng, round, 1500, 3);
        let printed = rig.run_and_cut(
            command,
            |l| l.len() == 16 && l.bytes().all(|b| matches!(b, b'a'..=b'z' | b'2'..=b'7')),
            cut,
            &mut tally,
        );
        for (i, id) in printed.into_iter().enumerate() {
            acknowledged.push((id, sheet, u32::try_from(i + 1).unwrap()));
        }
        check_acknowledged(&rig.vault, &mut acknowledged, &mut tally, round);
    }
    tally.finish("CLI stream");
}

/// The writer for the test below, run as a child process of this test binary: opens the
/// vault through the library and saves line after line, printing `ACK id line` after
/// each save returns, as the TUI says "saved". Does nothing unless started by that test.
#[test]
fn child_library_writer_on_the_power_cut_mount() {
    let Ok(spec) = std::env::var("FIELDSIGN_POWERCUT_CHILD") else {
        return;
    };
    let parts: Vec<&str> = spec.split('\t').collect();
    let [vault_dir, passphrase_file, sheet] = parts[..] else {
        panic!("bad FIELDSIGN_POWERCUT_CHILD");
    };
    let sheet: u32 = sheet.parse().unwrap();
    let passphrase = std::fs::read_to_string(passphrase_file).unwrap();
    let passphrase = SecretString::from(passphrase.lines().next().unwrap().to_owned());
    let vault = Vault::open(vault_dir.as_ref(), &passphrase).unwrap();
    let campaign = vault.resolve_campaign(None).unwrap();
    let event = vault.events(Some(campaign.id)).unwrap()[0].id;
    let mut out = std::io::stdout().lock();
    writeln!(out).unwrap(); // end the test harness's "test … " line
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
fn power_cut_during_a_long_running_writer_loses_no_acknowledged_save() {
    let Some(mut rig) = Rig::mount("a long-running writer") else {
        return;
    };
    rig.vault.campaign_and_event();
    rig.mount.sync_everything();
    let mut rng = Rng::from_env();
    let mut tally = Tally::default();
    let mut acknowledged = Vec::new();
    for round in 1..=rounds() {
        if acknowledged.len() > FRESH_VAULT_AFTER {
            rig.fresh_vault(round);
            rig.vault.campaign_and_event();
            rig.mount.sync_everything();
            acknowledged.clear();
        }
        let sheet = 1000 + round;
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "child_library_writer_on_the_power_cut_mount",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(
                "FIELDSIGN_POWERCUT_CHILD",
                format!(
                    "{}\t{}\t{sheet}",
                    s(&rig.vault.vault),
                    s(&rig.vault.passphrase_file)
                ),
            );
        let cut = Cut::pick(&mut rng, round, 700, 20);
        let printed = rig.run_and_cut(command, |l| l.starts_with("ACK "), cut, &mut tally);
        for line in printed {
            let mut words = line.split(' ').skip(1);
            let (Some(id), Some(number)) = (words.next(), words.next()) else {
                panic!("bad acknowledgement {line:?}");
            };
            acknowledged.push((id.to_owned(), sheet, number.parse().unwrap()));
        }
        check_acknowledged(&rig.vault, &mut acknowledged, &mut tally, round);
    }
    tally.finish("long-running writer");
}

/// When a random cut falls: between these fractions of the command's uncut run time.
#[derive(Clone, Copy)]
struct Window(f64, f64);

/// From the start to well past the end (a cut after the command finished is a case too).
const ANYTIME: Window = Window(0.0, 1.3);
/// The middle of a long command: after the start-up and the first chunk, before the end.
const BETWEEN_CHUNKS: Window = Window(0.3, 0.9);

impl Window {
    fn moment(self, rng: &mut Rng, full: Duration) -> Duration {
        let (from, to) = (full.mul_f64(self.0), full.mul_f64(self.1));
        let span = u64::try_from(to.saturating_sub(from).as_millis())
            .unwrap_or(u64::MAX)
            .max(1);
        from + Duration::from_millis(rng.below(span))
    }
}

/// Cuts the power over and over during one command that must be all or nothing, each
/// time from the same pristine image (booted from what is durable now). `done` tells from
/// the records whether none (`Ok(false)`), all (`Ok(true)`) or part (`Err`) of it took
/// effect; after it said it was done (`ack`), all of it must have. When a cut left
/// nothing, running the command again must complete it.
fn cut_all_or_nothing(
    rig: &mut Rig,
    (rounds, window): (u32, Window),
    what: &str,
    args: &[&str],
    ack: fn(&str) -> bool,
    done: impl Fn(&[serde_json::Value]) -> Result<bool, String>,
) {
    let pristine = rig.mount.durable_image();
    // How long the whole command takes here, to spread the cuts over it.
    let started = Instant::now();
    rig.vault.ok(args);
    let full = started.elapsed();
    assert_eq!(
        done(&rig.vault.records()),
        Ok(true),
        "{what} did not do it all"
    );
    let mut rng = Rng::from_env();
    let mut tally = Tally::default();
    let (mut none, mut all) = (0, 0);
    for round in 1..=rounds {
        rig.mount
            .boot(pristine.clone())
            .expect("boot the pristine image");
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("fieldsign"));
        command
            .args([
                "--vault",
                s(&rig.vault.vault),
                "--passphrase-file",
                s(&rig.vault.passphrase_file),
            ])
            .args(args);
        // Every other round at the acknowledgement, the others within `window`.
        let cut = match Cut::pick(&mut rng, round, 1, 1) {
            Cut::After(_) => Cut::After(window.moment(&mut rng, full)),
            at_ack @ Cut::AtAck(_) => at_ack,
        };
        let acked = !rig.run_and_cut(command, ack, cut, &mut tally).is_empty();
        let Some(records) = tally.open(&rig.vault, round) else {
            continue;
        };
        // The counts the vault keeps beside the records landed in the same batches as
        // the records: a recount from every record must agree with them.
        let recount = rig.vault.run(&["report", "--recount", "--format", "json"]);
        let said = String::from_utf8_lossy(&recount.stderr);
        if !recount.status.success() || !said.contains("agree with them") {
            tally.lost(format!(
                "round {round}: after a power cut during {what} the kept counts differ from the records: {said}"
            ));
        }
        match done(&records) {
            Ok(false) if acked => tally.lost(format!(
                "round {round}: {what} said it was done, then none of it was there"
            )),
            Ok(false) => {
                none += 1;
                rig.vault.ok(args);
                assert_eq!(
                    done(&rig.vault.records()),
                    Ok(true),
                    "round {round}: {what} again did not complete it"
                );
            }
            Ok(true) => all += 1,
            Err(part) => tally.lost(format!(
                "round {round}: a power cut during {what} left part of it: {part}"
            )),
        }
    }
    eprintln!("{what}: {none} cuts left none of it, {all} left all of it");
    tally.finish(what);
}

/// `Ok(true)` when there are `n` records, `Ok(false)` when there are none.
fn count_is(records: &[serde_json::Value], n: usize) -> Result<bool, String> {
    match records.len() {
        0 => Ok(false),
        len if len == n => Ok(true),
        len => Err(format!("{len} of {n} records")),
    }
}

fn csv_of(lines: usize, tag: &str) -> String {
    let mut csv = String::from("name,email\n");
    for i in 0..lines {
        writeln!(csv, "Ολένα {tag} {i},{tag}{i}@example.org").unwrap();
    }
    csv
}

#[test]
fn power_cut_during_a_bundle_import_leaves_all_or_nothing() {
    const LINES: usize = 600;
    let Some(mut rig) = Rig::mount_empty("`import bundle`") else {
        return;
    };
    // The organizer's side runs on an ordinary disk; only the coordinator's vault, the
    // one importing, lives on the file system that loses power.
    let x = Exchange::new();
    let csv_file = x.org.write("lines.csv", &csv_of(LINES, "b"));
    x.org.ok(&[
        "import",
        "csv",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        &csv_file,
    ]);
    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&bundle),
    ]);
    rig::copy_dir(&x.coord.vault, &rig.vault.vault);
    std::fs::copy(&x.coord.passphrase_file, &rig.vault.passphrase_file).unwrap();
    rig.mount.sync_everything();
    cut_all_or_nothing(
        &mut rig,
        (rounds(), ANYTIME),
        "bundle import",
        &["import", "bundle", s(&bundle)],
        |l| l.contains(": imported into"),
        |records| count_is(records, LINES),
    );
}

#[test]
fn power_cut_during_a_csv_import_leaves_all_or_nothing() {
    const LINES: usize = 300;
    let Some(mut rig) = Rig::mount("`import csv`") else {
        return;
    };
    let (campaign, event) = rig.vault.campaign_and_event();
    let csv_file = rig.vault.write("lines.csv", &csv_of(LINES, "c")); // not on the mount
    rig.mount.sync_everything();
    cut_all_or_nothing(
        &mut rig,
        (rounds(), ANYTIME),
        "CSV import",
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            &csv_file,
        ],
        |l| l.starts_with("Imported "),
        |records| count_is(records, LINES),
    );
}

#[test]
fn power_cut_during_a_chunked_csv_import_leaves_all_or_nothing() {
    // More lines than one chunk (2 000): the import is several engine batches under a
    // sealed in-progress marker, then its duplicate-index keys; a cut anywhere in
    // between must be rolled back on the next open. Fewer rounds: each one is seconds.
    const LINES: usize = 4_500;
    let Some(mut rig) = Rig::mount("chunked `import csv`") else {
        return;
    };
    let (campaign, event) = rig.vault.campaign_and_event();
    let csv_file = rig.vault.write("lines.csv", &csv_of(LINES, "k")); // not on the mount
    rig.mount.sync_everything();
    cut_all_or_nothing(
        &mut rig,
        (rounds().div_ceil(2), BETWEEN_CHUNKS),
        "chunked CSV import",
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            &csv_file,
        ],
        |l| l.starts_with("Imported "),
        |records| count_is(records, LINES),
    );
}

#[test]
fn power_cut_during_a_purge_leaves_all_or_nothing() {
    const LINES: usize = 300;
    let Some(mut rig) = Rig::mount_empty("`purge --acknowledged`") else {
        return;
    };
    // The organizer's vault, the one that purges, lives on the file system that loses
    // power; it is set up (lines sent, coordinator's receipt imported) on an ordinary disk.
    let x = Exchange::new();
    let csv_file = x.org.write("lines.csv", &csv_of(LINES, "p"));
    x.org.ok(&[
        "import",
        "csv",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        &csv_file,
    ]);
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
    let device = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let receipt = x.coord.path("r.age");
    x.coord
        .ok(&["receipt", "--device", &device, "--out", s(&receipt)]);
    x.org.ok(&["import", "receipt", s(&receipt)]);
    rig::copy_dir(&x.org.vault, &rig.vault.vault);
    std::fs::copy(&x.org.passphrase_file, &rig.vault.passphrase_file).unwrap();
    rig.mount.sync_everything();
    cut_all_or_nothing(
        &mut rig,
        (rounds(), ANYTIME),
        "purge",
        &["purge", "--acknowledged"],
        |l| l.contains("delivered and purged"),
        |records| {
            let purged = records.iter().filter(|r| r["status"] == "purged").count();
            let kept = records
                .iter()
                .filter(|r| r["status"] == "valid" && r["fields"]["name"].is_string())
                .count();
            match (purged, kept) {
                (0, LINES) => Ok(false),
                (LINES, 0) => Ok(true),
                _ => Err(format!(
                    "{purged} purged and {kept} kept of {LINES} ({} records)",
                    records.len()
                )),
            }
        },
    );
}

/// A vault of the previous release (format 1) is converted in place when it is first
/// opened; a power cut at any moment of that, or right after it said so, leaves a vault
/// that opens and shows exactly what it showed before.
#[test]
fn power_cut_during_the_format_conversion_leaves_a_usable_vault() {
    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1");
    let Some(mut rig) = Rig::mount_empty("the conversion of an older vault") else {
        return;
    };
    let fixtures = std::path::Path::new(FIXTURES);
    rig::copy_dir(&fixtures.join("organizer"), &rig.vault.vault);
    std::fs::copy(fixtures.join("passphrase"), &rig.vault.passphrase_file).unwrap();
    let expected = std::fs::read_to_string(fixtures.join("organizer.list.json")).unwrap();
    rig.mount.sync_everything();
    let pristine = rig.mount.durable_image();
    let started = Instant::now();
    assert_eq!(rig.vault.snapshot() + "\n", expected);
    let max_ms = u64::try_from(started.elapsed().mul_f64(1.3).as_millis())
        .unwrap_or(u64::MAX)
        .max(1);
    let mut rng = Rng::from_env();
    let mut tally = Tally::default();
    let mut converted_before_the_cut = 0;
    for round in 1..=rounds() {
        rig.mount
            .boot(pristine.clone())
            .expect("boot the pristine image");
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("fieldsign"));
        command
            .args([
                "--vault",
                s(&rig.vault.vault),
                "--passphrase-file",
                s(&rig.vault.passphrase_file),
            ])
            .args(["list", "--all", "--format", "json"]);
        let cut = Cut::pick(&mut rng, round, max_ms, 1);
        let acked = !rig
            .run_and_cut(command, |l| l.starts_with("Converted "), cut, &mut tally)
            .is_empty();
        let after = rig.vault.run(&["list", "--all", "--format", "json"]);
        let note = String::from_utf8_lossy(&after.stderr);
        assert!(
            after.status.success(),
            "round {round}: after a power cut during the conversion the vault does not open: {note}"
        );
        assert_eq!(
            String::from_utf8_lossy(&after.stdout),
            expected,
            "round {round}: after a power cut during the conversion the vault shows something else"
        );
        if acked {
            converted_before_the_cut += 1;
            if note.contains("Converted ") {
                tally.lost(format!(
                    "round {round}: the conversion said it was done, then ran again after the cut"
                ));
            }
        }
    }
    eprintln!("conversion: {converted_before_the_cut} cuts came after it said it was done");
    tally.finish("format conversion");
}

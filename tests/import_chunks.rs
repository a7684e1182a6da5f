//! A large `import csv` is written in several chunks (see `vault::bulk`), yet stays all
//! or nothing: killed with SIGKILL at spread-out moments, the vault afterwards holds
//! every line of the file or none (the next open rolls an unfinished import back), and
//! importing the file again completes it with no operation number skipped. The same for
//! a bundle of more than two chunks at the coordinator.

mod common;

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Exchange, TestVault, s};

/// More than two chunks of the bulk writer.
const LINES: usize = 4_500;

/// Kills `import` at spread-out moments of its run, each time from the vault as it was
/// before, and checks that the vault then opens holding all `LINES` records or none (an
/// unfinished import rolled back), that running it again completes it, and that the
/// vault goes on (`after`, once it holds everything).
fn kill_during(t: &TestVault, what: &str, import: &[&str], rounds: u32, after: impl Fn(u32)) {
    let pristine = t.path("pristine");
    copy_dir(&t.vault, &pristine);
    let start = Instant::now();
    t.ok(import);
    let full = start.elapsed();
    assert_eq!(t.records().len(), LINES);

    let (mut none, mut all) = (0, 0);
    for round in 0..rounds {
        std::fs::remove_dir_all(&t.vault).unwrap();
        copy_dir(&pristine, &t.vault);
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("fieldsign"))
            .args([
                "--vault",
                s(&t.vault),
                "--passphrase-file",
                s(&t.passphrase_file),
            ])
            .args(import)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // From 30% to 110% of a whole import's time: mostly while chunks are written.
        let delay = full.mul_f64(0.3 + 0.8 * f64::from(round) / f64::from(rounds));
        std::thread::sleep(delay.min(Duration::from_secs(30)));
        let _ = child.kill();
        let _ = child.wait();
        let out = t.run(&["list", "--all", "--format", "json"]);
        assert!(out.status.success(), "round {round}: the vault must open");
        let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        match records.len() {
            0 => {
                none += 1;
                t.ok(import);
            }
            LINES => all += 1,
            n => panic!("round {round}: a killed {what} left {n} of {LINES} records"),
        }
        assert_eq!(t.records().len(), LINES, "round {round}");
        after(round);
    }
    eprintln!("{rounds} kills of {what}: {none} left nothing (rolled back), {all} left all of it");
}

fn csv_of(name: &str) -> String {
    let mut csv = String::from("name,email\n");
    for i in 0..LINES {
        writeln!(csv, "{name} {i},o{i}@example.org").unwrap();
    }
    csv
}

#[test]
fn sigkill_during_a_chunked_csv_import_leaves_all_or_nothing() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let file = t.write("lines.csv", &csv_of("Ολένα Σ."));
    let import = [
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &file,
    ];
    // Whatever was left, the vault goes on: all lines, numbered without a gap.
    kill_during(&t, "CSV import", &import, 5, |round| {
        let one = t.add(&campaign, &event, 99, 1 + round, &[("name", "Ada")]);
        assert!(!one.is_empty());
    });
}

#[test]
fn sigkill_during_a_chunked_bundle_import_leaves_all_or_nothing() {
    let x = Exchange::new();
    let file = x.org.write("lines.csv", &csv_of("Ірина Б."));
    x.org.ok(&[
        "import",
        "csv",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        &file,
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
    let import = ["import", "bundle", s(&bundle)];
    kill_during(&x.coord, "bundle import", &import, 4, |round| {
        let again = x.coord.run(&import);
        assert!(
            again.status.success(),
            "round {round}: importing it again is a replay"
        );
    });
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

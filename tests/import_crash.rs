//! Import is atomic: `import bundle` killed with SIGKILL at spread-out moments leaves the
//! coordinator's vault with all of the bundle or none of it, and a later import of the
//! same bundle completes it.

mod common;

use common::s;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::TestVault;

fn copy_dir(from: &Path, to: &Path) {
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

fn count(t: &TestVault) -> usize {
    t.records().len()
}

#[test]
fn sigkill_during_import_leaves_all_or_nothing() {
    const LINES: usize = 1500;
    let coord = TestVault::new();
    let file = coord.path("campaign.fieldsign");
    let campaign = coord.ok(&["campaign", "create", "--title", "Crash", "--out", s(&file)]);
    let org = TestVault::new();
    org.ok(&["campaign", "join", s(&file)]);
    let event = org.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Rally",
    ]);
    let mut csv = String::from("name,email\n");
    for i in 0..LINES {
        writeln!(csv, "Ολένα Σ. {i},o{i}@example.org").unwrap();
    }
    let csv_file = org.write("lines.csv", &csv);
    org.ok(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &csv_file,
    ]);
    let bundle = org.path("b.age");
    org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &campaign,
        "--out",
        s(&bundle),
    ]);

    // How long a whole import takes here, to spread the kills over it.
    let pristine = coord.path("pristine");
    copy_dir(&coord.vault, &pristine);
    let start = Instant::now();
    coord.ok(&["import", "bundle", s(&bundle)]);
    let full = start.elapsed();
    assert_eq!(count(&coord), LINES);

    let rounds: u32 = 8;
    let (mut none, mut all) = (0, 0);
    for round in 0..rounds {
        let t = TestVault::uninitialized();
        copy_dir(&pristine, &t.vault);
        std::fs::copy(&coord.passphrase_file, &t.passphrase_file).unwrap();
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("fieldsign"))
            .args([
                "--vault",
                s(&t.vault),
                "--passphrase-file",
                s(&t.passphrase_file),
            ])
            .args(["import", "bundle", s(&bundle)])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // From 10% to 130% of a full import's time.
        let delay = full.mul_f64(0.1 + 1.2 * f64::from(round) / f64::from(rounds));
        std::thread::sleep(delay.min(Duration::from_secs(30)));
        let _ = child.kill();
        let _ = child.wait();
        match count(&t) {
            0 => none += 1,
            LINES => all += 1,
            n => panic!("round {round}: a killed import left {n} of {LINES} records"),
        }
        // Whatever state it left, the same bundle completes it (or is a replay).
        t.ok(&["import", "bundle", s(&bundle)]);
        assert_eq!(
            count(&t),
            LINES,
            "round {round}: re-import did not complete"
        );
    }
    eprintln!("{rounds} kills: {none} left nothing, {all} left the whole bundle");
}

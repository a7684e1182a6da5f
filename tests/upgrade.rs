//! Vaults made by the previous release (format 1: one sled tree per table, JSON
//! operations) open with this one, are converted in place all or nothing, and show
//! exactly what they showed before. The fixtures in `tests/fixtures/v1/` were made by
//! `tests/fixtures/v1/make.sh` with the release before the conversion existed.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1");

/// A copy of a fixture vault in a temporary folder (the conversion writes in place).
fn copy_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let root = tempfile::tempdir().expect("temp dir");
    let to = root.path().join(name);
    copy_dir(&Path::new(FIXTURES).join(name), &to);
    (root, to)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn run(vault: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("fieldsign")
        .expect("binary")
        .env_remove("FIELDSIGN_VAULT")
        .env_remove("FIELDSIGN_PASSPHRASE_FILE")
        .arg("--vault")
        .arg(vault)
        .arg("--passphrase-file")
        .arg(Path::new(FIXTURES).join("passphrase"))
        .args(args)
        .output()
        .expect("run fieldsign")
}

fn expected(name: &str, what: &str) -> String {
    std::fs::read_to_string(Path::new(FIXTURES).join(format!("{name}.{what}.json")))
        .expect("expected output")
}

#[test]
fn a_vault_of_the_previous_release_is_converted_once_and_lists_exactly_as_before() {
    for name in ["organizer", "coordinator"] {
        let (_root, vault) = copy_fixture(name);
        let first = run(&vault, &["list", "--all", "--format", "json"]);
        assert!(first.status.success(), "{name}: {first:?}");
        assert_eq!(
            String::from_utf8_lossy(&first.stdout),
            expected(name, "list")
        );
        let note = String::from_utf8_lossy(&first.stderr);
        assert_eq!(note.lines().count(), 1, "{note}");
        assert!(
            note.starts_with("Converted this vault's database"),
            "{note}"
        );

        let again = run(&vault, &["list", "--all", "--format", "json"]);
        assert!(again.status.success());
        assert!(again.stderr.is_empty(), "converted only once");
        assert_eq!(
            String::from_utf8_lossy(&again.stdout),
            expected(name, "list")
        );
        for what in ["campaigns", "events"] {
            let args = [&what[..what.len() - 1], "list", "--format", "json"];
            let out = run(&vault, &args);
            assert_eq!(String::from_utf8_lossy(&out.stdout), expected(name, what));
        }
    }
}

#[test]
fn a_converted_vault_keeps_working_history_new_lines_and_purged_records() {
    let (_root, vault) = copy_fixture("organizer");
    let pass = std::fs::read_to_string(Path::new(FIXTURES).join("passphrase")).unwrap();
    let secret = pass.trim().to_owned().into();
    let v = fieldsign::vault::Vault::open(&vault, &secret).expect("open converts");
    let campaign = v.resolve_campaign(None).unwrap();
    let records = v
        .records(
            campaign.id,
            fieldsign::vault::ListFilter {
                event: None,
                include_void: true,
            },
        )
        .unwrap();
    // Stubs of the old release name no record: the purged add is still found.
    for record in &records {
        let history = v.history(record.id, || false).unwrap().unwrap();
        assert!(!history.is_empty(), "{:?}", record.id);
    }
    let event = records[0].origin.as_ref().unwrap().event;
    let id = v
        .add(
            &campaign,
            fieldsign::vault::NewLine {
                event: Some(event),
                sheet: 9,
                line: 1,
                fields: [("name".to_owned(), "Ada Lovelace".to_owned())].into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        v.record(id).unwrap().unwrap().value("name"),
        Some("Ada Lovelace")
    );
    assert_eq!(
        v.history(id, || false).unwrap().unwrap().len(),
        1,
        "one add"
    );
}

#[test]
fn an_interrupted_conversion_leaves_the_old_layout_intact_and_is_redone() {
    let (_root, vault) = copy_fixture("coordinator");
    // What a crash part-way through a conversion leaves: the new tree with some
    // entries copied but no format marker; the old trees untouched.
    {
        let db = sled::open(vault.join("db")).expect("sled");
        let partial = db.open_tree("fieldsign").expect("tree");
        partial.insert(b"cXYZ", b"half a copy".as_slice()).unwrap();
        assert!(db.tree_names().iter().any(|n| n.as_ref() == b"records"));
        db.flush().unwrap();
    }
    let out = run(&vault, &["list", "--all", "--format", "json"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected("coordinator", "list")
    );
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("Converted"));
    let campaigns = run(&vault, &["campaign", "list", "--format", "json"]);
    assert_eq!(
        String::from_utf8_lossy(&campaigns.stdout),
        expected("coordinator", "campaigns"),
        "the stray entry of the interrupted copy is gone"
    );
}

#[test]
fn a_vault_of_the_previous_release_counts_its_records_once_and_reports_what_a_recount_says() {
    for name in ["organizer", "coordinator"] {
        let (_root, vault) = copy_fixture(name);
        let first = run(&vault, &["report", "--format", "json"]);
        assert!(first.status.success(), "{name}: {first:?}");
        let note = String::from_utf8_lossy(&first.stderr);
        assert!(
            note.contains("Counted this vault's") && note.contains("records once"),
            "{name}: {note}"
        );
        let recount = run(&vault, &["report", "--recount", "--format", "json"]);
        assert!(recount.status.success(), "{name}: {recount:?}");
        assert_eq!(
            String::from_utf8_lossy(&recount.stderr).trim(),
            "Counted every record again: the counts this vault keeps agree with them.",
            "{name}"
        );
        assert_eq!(
            String::from_utf8_lossy(&first.stdout),
            String::from_utf8_lossy(&recount.stdout),
            "{name}: the kept counts report what opening every record reports"
        );
        let again = run(&vault, &["report", "--format", "json"]);
        assert!(again.stderr.is_empty(), "{name}: counted only once");
        assert_eq!(again.stdout, first.stdout);
    }
}

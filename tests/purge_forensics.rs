//! Purge must forget: after `purge --acknowledged`, no purged value can be recovered
//! from the vault's files even by someone who has the passphrase and reads the raw
//! database with the vault key (`support/forensics.rs`). Values typed in five scripts,
//! an amended name's earlier version, a void reason and an illegible line's partial
//! name are all looked for, at every byte of every file, decrypted without the AAD.

mod common;
#[path = "support/forensics.rs"]
mod forensics;

use common::{Exchange, s};
use unicode_normalization::UnicodeNormalization;

const PASSPHRASE: &str = "correct horse battery staple";

/// Each purged value, and forms of it a careless store might keep: NFD, and each word.
fn needles(values: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for value in values {
        out.push((*value).to_owned());
        out.push(value.nfd().collect());
        out.extend(
            value
                .split([' ', '-', '@'])
                .filter(|w| w.chars().count() >= 4)
                .map(str::to_owned),
        );
    }
    out.sort();
    out.dedup();
    out
}

struct Story {
    ex: Exchange,
    /// Everything that must be gone after the purge.
    purged: Vec<&'static str>,
    /// Typed after the receipt: kept, so the scanner must still find it.
    kept: &'static str,
}

fn add(ex: &Exchange, line: u32, fields: &[(&str, &str)], illegible: bool) -> String {
    let mut args: Vec<String> = [
        "add",
        "--campaign",
        &ex.campaign,
        "--event",
        &ex.event,
        "--sheet",
        "1",
        "--line",
        &line.to_string(),
    ]
    .map(str::to_owned)
    .to_vec();
    for (k, v) in fields {
        args.push("--field".into());
        args.push(format!("{k}={v}"));
    }
    if illegible {
        args.push("--illegible".into());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ex.org.ok(&args)
}

/// An organizer types, amends and voids lines, sends them, gets a receipt, and types
/// one more line that the receipt does not cover.
fn story() -> Story {
    let ex = Exchange::new();
    add(
        &ex,
        1,
        &[
            ("name", "Σωκράτης Παπαδόπουλος"),
            ("email", "sokratis.p@example.gr"),
        ],
        false,
    );
    let olena = add(
        &ex,
        2,
        &[("name", "Олена Шевченко"), ("city", "Житомир")],
        false,
    );
    add(
        &ex,
        3,
        &[("name", "अमित शर्मा"), ("phone", "+91 98765 43210")],
        false,
    );
    let fatima = add(&ex, 4, &[("name", "فاطمة الزهراء")], false);
    add(&ex, 5, &[("name", "Ἀλέξανδρος Ῥήγας")], true);
    ex.org
        .ok(&["amend", &olena, "--field", "name=Олександра Ковальчук"]);
    ex.org
        .ok(&["void", &fatima, "--reason", "Дубликат Παπαδόπουλος"]);

    let bundle = ex.org.path("b1.age");
    ex.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &ex.campaign,
        "--out",
        s(&bundle),
    ]);
    ex.coord.ok(&["import", "bundle", s(&bundle)]);
    let device = ex.org.identity()["device_id"].as_str().unwrap().to_owned();
    let receipt = ex.coord.path("r1.age");
    ex.coord
        .ok(&["receipt", "--device", &device, "--out", s(&receipt)]);
    ex.org.ok(&["import", "receipt", s(&receipt)]);
    let kept = "Zoë Ørsted-Åberg";
    add(&ex, 6, &[("name", kept)], false);
    Story {
        ex,
        purged: vec![
            "Σωκράτης Παπαδόπουλος",
            "sokratis.p@example.gr",
            "Олена Шевченко",
            "Житомир",
            "Олександра Ковальчук",
            "अमित शर्मा",
            "+91 98765 43210",
            "فاطمة الزهراء",
            "Дубликат Παπαδόπουλος",
            "Ἀλέξανδρος Ῥήγας",
        ],
        kept,
    }
}

#[test]
fn after_purge_no_purged_value_can_be_recovered_with_the_passphrase() {
    let story = story();
    let vault = &story.ex.org.vault;
    let purged = needles(&story.purged);

    // Before the purge the scanner finds every value (so a clean scan below means
    // something): the live ones, and the earlier name that only sled's log still holds.
    let keys = forensics::read_keys(vault, PASSPHRASE);
    let before = forensics::scan(vault, &keys, &purged);
    for value in &story.purged {
        assert!(
            before.contains(value),
            "the scanner missed `{value}` before the purge"
        );
    }
    assert!(
        before.findings.iter().all(|f| f.decrypted),
        "plain text in the vault"
    );

    let out = story.ex.org.ok(&["purge", "--acknowledged"]);
    assert!(out.starts_with("3 delivered and purged"), "{out}");

    // The attacker reads the key file again: purge may have changed it.
    let keys = forensics::read_keys(vault, PASSPHRASE);
    let mut all = purged.clone();
    all.push(story.kept.to_owned());
    let after = forensics::scan(vault, &keys, &all);
    assert!(
        after.contains(story.kept),
        "the scanner must still open what the vault keeps ({} values opened in {} files, {} bytes)",
        after.opened,
        after.files,
        after.bytes
    );
    let leaked: Vec<&forensics::Finding> = after
        .findings
        .iter()
        .filter(|f| f.needle != story.kept)
        .collect();
    assert!(
        leaked.is_empty(),
        "purged values recovered from the vault's files after purge: {leaked:#?}"
    );
    // The vault still works and still counts what it purged.
    let records = story.ex.org.records();
    assert_eq!(records.len(), 6);
    assert_eq!(records[5]["fields"]["name"], story.kept);
}

/// Copies a vault folder (the vault is closed), for one crash round.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn a_purge_killed_at_any_moment_leaves_the_old_vault_or_the_purged_one() {
    let story = story();
    let template = &story.ex.org;
    let rounds: u32 = std::env::var("FIELDSIGN_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(12);
    // How long a whole purge takes here, so kills are spread over all of it.
    let timing = common::TestVault::uninitialized();
    copy_dir(&template.vault, &timing.vault);
    let started = std::time::Instant::now();
    timing.ok(&["purge", "--acknowledged"]);
    let whole = started.elapsed();
    let mut outcomes = [0u32; 3]; // old, new, finished before the kill
    for round in 0..rounds {
        let t = common::TestVault::uninitialized();
        copy_dir(&template.vault, &t.vault);
        let delay = whole.mul_f64(f64::from(round) / f64::from(rounds.max(1)) * 1.1);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fieldsign"))
            .env_remove("FIELDSIGN_VAULT")
            .env_remove("FIELDSIGN_PASSPHRASE_FILE")
            .arg("--vault")
            .arg(&t.vault)
            .arg("--passphrase-file")
            .arg(&t.passphrase_file)
            .args(["purge", "--acknowledged"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let status = child.wait().unwrap();
        // Opening recovers; then the vault is exactly the old one or the new one.
        let records = t.records();
        let statuses: Vec<&str> = records
            .iter()
            .map(|r| r["status"].as_str().unwrap())
            .collect();
        let old = ["valid", "valid", "valid", "void", "illegible", "valid"];
        let new = ["purged", "purged", "purged", "void", "illegible", "valid"];
        let names: Vec<_> = std::fs::read_dir(&t.vault)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("db."))
            .collect();
        assert!(names.is_empty(), "round {round}: {names:?} left after open");
        if statuses == old {
            assert!(
                !status.success(),
                "round {round}: purge said done but nothing changed"
            );
            assert_eq!(records[0]["fields"]["name"], "Σωκράτης Παπαδόπουλος");
            outcomes[0] += 1;
            // The old vault is fully usable: the purge now runs whole.
            t.ok(&["purge", "--acknowledged"]);
        } else {
            assert_eq!(statuses, new, "round {round}: a mix of old and new");
            outcomes[if finished { 2 } else { 1 }] += 1;
        }
        let keys = forensics::read_keys(&t.vault, PASSPHRASE);
        let scan = forensics::scan(&t.vault, &keys, &needles(&story.purged));
        assert!(
            scan.findings.is_empty(),
            "round {round}: {:#?}",
            scan.findings
        );
    }
    eprintln!(
        "purge of {whole:?} killed {rounds} times: {} old vault, {} purged vault, {} finished first",
        outcomes[0], outcomes[1], outcomes[2]
    );
    assert!(outcomes[0] > 0, "no kill landed before the commit point");
}

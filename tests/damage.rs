//! Damaged input and damaged vault files: every byte of a campaign file and of the key
//! file flipped, truncations, empty and foreign files, and bytes flipped in sled's own
//! files. Each is refused with a clear message (never a panic, never a stored value),
//! and the store stays exactly as it was.
//!
//! Exhaustive checks run through the library (the same functions the commands call);
//! a sample of each runs through the real binary, as a person would meet it.

mod common;

use std::path::Path;

use age::secrecy::SecretString;
use common::{TestVault, assert_clean_failure};
use fieldsign::vault::{CampaignDraft, KeyFileError, Vault, keyfile};

fn passphrase() -> SecretString {
    SecretString::from("correct horse battery staple".to_owned())
}

/// Positions to damage in a file of `len` bytes: about `count` spread evenly, plus the
/// first and last few, where headers and checksums live.
fn sample_positions(len: usize, count: usize) -> Vec<usize> {
    let step = (len / count).max(1);
    let mut positions: Vec<usize> = (0..len).step_by(step).collect();
    positions.extend(0..len.min(4));
    positions.extend(len.saturating_sub(4)..len);
    positions.sort_unstable();
    positions.dedup();
    positions
}

/// Files that are not campaign files at all.
fn foreign_files() -> Vec<(&'static str, Vec<u8>)> {
    let mut age_file = Vec::new();
    {
        use std::io::Write;
        let recipient = age::x25519::Identity::generate().to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut w = encryptor.wrap_output(&mut age_file).unwrap();
        w.write_all(b"{\"format\":\"fieldsign-campaign\"}").unwrap();
        w.finish().unwrap();
    }
    vec![
        ("an empty file", Vec::new()),
        ("a newline", b"\n".to_vec()),
        ("an age file", age_file),
        ("a PNG header", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("invalid UTF-8", vec![0xff, 0xfe, 0x00, 0xc3, 0x28]),
        ("JSON of another kind", b"{\"a\":1}\n{\"b\":2}\n".to_vec()),
        ("a huge file", vec![b'{'; 2 << 20]),
    ]
}

#[test]
fn every_damaged_campaign_file_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let coordinator = Vault::create(&dir.path().join("c"), &passphrase(), 10).unwrap();
    let (campaign, file) = coordinator
        .create_campaign(CampaignDraft {
            title: "Свобода всем".into(),
            texts: [("en".into(), "Free them all.".into())].into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    // One organizer has not joined yet, the other has joined the genuine file: damage
    // must neither add a campaign nor change the one already there.
    let fresh = Vault::create(&dir.path().join("fresh"), &passphrase(), 10).unwrap();
    let joined = Vault::create(&dir.path().join("joined"), &passphrase(), 10).unwrap();
    joined.join_campaign(&file).unwrap();
    let refuse = |bad: &[u8], what: &str| {
        for vault in [&fresh, &joined] {
            let before = vault.campaigns().unwrap();
            let error = vault
                .join_campaign(bad)
                .err()
                .unwrap_or_else(|| panic!("{what} was accepted"));
            assert!(!error.to_string().is_empty());
            assert_eq!(
                vault.campaigns().unwrap(),
                before,
                "{what} changed the store"
            );
        }
    };
    for i in 0..file.len() {
        for mask in [0x01u8, 0x80] {
            let mut bad = file.clone();
            bad[i] ^= mask;
            refuse(&bad, &format!("byte {i} ^ {mask:#x}"));
        }
    }
    for len in 0..file.len() - 1 {
        refuse(&file[..len], &format!("truncation to {len} bytes"));
    }
    for (what, bytes) in foreign_files() {
        refuse(&bytes, what);
    }
    assert_eq!(joined.campaigns().unwrap(), vec![campaign]);
    assert!(fresh.campaigns().unwrap().is_empty());
}

#[test]
fn damaged_campaign_files_through_the_cli() {
    let coordinator = TestVault::new();
    coordinator.campaign_and_event();
    let file = std::fs::read(coordinator.path("campaign.fieldsign")).unwrap();
    let organizer = TestVault::new();
    let before = organizer.ok(&["campaign", "list"]);
    let mut cases: Vec<(String, Vec<u8>)> = sample_positions(file.len(), 16)
        .into_iter()
        .map(|i| {
            let mut bad = file.clone();
            bad[i] ^= 0x01;
            (format!("byte {i} flipped"), bad)
        })
        .collect();
    cases.push(("truncated".into(), file[..file.len() / 2].to_vec()));
    cases.extend(
        foreign_files()
            .into_iter()
            .map(|(what, bytes)| (what.to_owned(), bytes)),
    );
    for (what, bytes) in cases {
        let bad = organizer.path("bad.fieldsign");
        std::fs::write(&bad, &bytes).unwrap();
        let out = organizer.run(&["campaign", "join", bad.to_str().unwrap()]);
        assert_clean_failure(&out, &[], &format!("joining a campaign file with {what}"));
        assert_eq!(organizer.ok(&["campaign", "list"]), before, "{what}");
    }
}

#[test]
fn every_damaged_key_file_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("key.age");
    let keys = keyfile::KeyMaterial::generate();
    keyfile::write(&path, &keys, &passphrase(), 10).unwrap();
    let file = std::fs::read(&path).unwrap();
    let check = |bad: &[u8], what: &str| match keyfile::read_bytes(bad, &passphrase()) {
        Ok(_) => panic!("{what}: a damaged key file opened"),
        Err(KeyFileError::WrongPassphrase | KeyFileError::Damaged) => {}
        Err(other) => panic!("{what}: unexpected {other:?}"),
    };
    for i in 0..file.len() {
        let mut bad = file.clone();
        bad[i] ^= 0x01;
        check(&bad, &format!("byte {i}"));
    }
    for len in 0..file.len() {
        check(&file[..len], &format!("truncation to {len}"));
    }
    check(b"", "empty");
    check(b"age-encryption.org/v1\n", "a bare header line");
}

#[test]
fn a_damaged_key_file_through_the_cli_is_named_and_restoring_it_restores_the_vault() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    t.add(&campaign, &event, 1, 1, &[("name", "Αλεξάνδρα Key")]);
    let before = t.snapshot();
    let key = t.vault.join("key.age");
    let good = std::fs::read(&key).unwrap();
    for i in sample_positions(good.len(), 10) {
        let mut bad = good.clone();
        bad[i] ^= 0x01;
        std::fs::write(&key, &bad).unwrap();
        let err = t.fails_cleanly(&["list"], &["Αλεξάνδρα"]);
        assert!(
            err.contains("key file") || err.contains("key.age"),
            "byte {i}: the message should point at the key file: {err}"
        );
    }
    std::fs::write(&key, b"").unwrap();
    let err = t.fails_cleanly(&["list"], &[]);
    assert!(err.contains("key file is damaged"), "{err}");
    std::fs::write(&key, &good).unwrap();
    assert_eq!(
        t.snapshot(),
        before,
        "the restored key file opens the same vault"
    );
}

/// Copies a folder tree (the vault) so each damage starts from the same bytes.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn bytes_flipped_in_the_database_files_are_refused_or_harmless_never_a_panic() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let names = ["Ахмед Database", "Мария Database", "Jürgen Database"];
    for (i, name) in names.iter().enumerate() {
        t.add(
            &campaign,
            &event,
            1,
            u32::try_from(i + 1).unwrap(),
            &[("name", name)],
        );
    }
    // A read-only command opens the store once more, so sled's snapshot covers every
    // write. (Damage past the newest snapshot is the case sled cannot tell from a write
    // torn by a crash; docs/reliability.md describes it.)
    let pristine_list = t.snapshot();
    let pristine = t.path("pristine");
    copy_tree(&t.vault, &pristine);
    let db = t.vault.join("db");
    let mut files: Vec<String> = std::fs::read_dir(pristine.join("db"))
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            e.file_type()
                .unwrap()
                .is_file()
                .then(|| e.file_name().into_string().unwrap())
        })
        .collect();
    files.sort();
    assert!(files.iter().any(|f| f == "db") && files.iter().any(|f| f.starts_with("snap.")));
    let (mut refused, mut harmless) = (0, 0);
    for file in &files {
        let good = std::fs::read(pristine.join("db").join(file)).unwrap();
        // Only the written part of sled's preallocated log is worth damaging.
        let used = good.iter().rposition(|b| *b != 0).map_or(0, |p| p + 1);
        let mut cases: Vec<(String, Vec<u8>)> = sample_positions(used, 24)
            .into_iter()
            .map(|i| {
                let mut bad = good.clone();
                bad[i] ^= 0x01;
                (format!("{file}: byte {i} flipped"), bad)
            })
            .collect();
        cases.push((format!("{file}: emptied"), Vec::new()));
        cases.push((format!("{file}: cut in half"), good[..used / 2].to_vec()));
        for (what, bytes) in cases {
            std::fs::remove_dir_all(&t.vault).unwrap();
            copy_tree(&pristine, &t.vault);
            std::fs::write(db.join(file), &bytes).unwrap();
            let out = t.run(&["list", "--all", "--format", "json"]);
            if out.status.success() {
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout).trim(),
                    pristine_list,
                    "{what}: opened, but shows something else"
                );
                harmless += 1;
            } else {
                assert_clean_failure(&out, &names, &what);
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(
                    err.contains("damaged") && err.contains(&db.display().to_string()),
                    "{what}: the message should say the database is damaged, and where: {err}"
                );
                refused += 1;
            }
        }
    }
    eprintln!("{refused} damaged database files refused, {harmless} harmless");
    assert!(
        refused > 0,
        "no damage was detected: the test proved nothing"
    );
}

#[test]
fn damage_to_the_newest_part_of_the_log_is_reported_once_then_the_vault_continues() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    t.add(&campaign, &event, 1, 1, &[("name", "Ганна Earlier")]);
    t.snapshot(); // sled snapshots everything so far when it opens
    t.add(&campaign, &event, 1, 2, &[("name", "Ганна Newest")]);
    // The newest add is now only in the log's tail, where sled takes damage for a
    // write torn by a crash and drops it without an error of its own.
    let log = t.vault.join("db").join("db");
    let mut bytes = std::fs::read(&log).unwrap();
    let used = bytes.iter().rposition(|b| *b != 0).unwrap() + 1;
    bytes[used - 20] ^= 0x01;
    std::fs::write(&log, bytes).unwrap();
    let err = t.fails_cleanly(&["list"], &["Ганна"]);
    assert!(err.contains("lost its newest changes"), "{err}");
    let records = t.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["fields"]["name"], "Ганна Earlier");
    t.add(&campaign, &event, 1, 2, &[("name", "Ганна Re-entered")]);
    assert_eq!(t.records().len(), 2);
}

#[test]
fn with_a_damaged_database_the_identity_can_still_be_shown_and_exported() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    t.add(&campaign, &event, 1, 1, &[("name", "Δήμητρα Identity")]);
    let shown = t.ok(&["identity", "show", "--format", "json"]);
    t.snapshot();
    let log = t.vault.join("db").join("db");
    let mut bytes = std::fs::read(&log).unwrap();
    bytes[20] ^= 0x01;
    std::fs::write(&log, bytes).unwrap();
    let err = t.fails_cleanly(&["list"], &["Δήμητρα"]);
    assert!(err.contains("damaged"), "{err}");
    // The key file is intact, so what it holds is still readable.
    assert_eq!(t.ok(&["identity", "show", "--format", "json"]), shown);
    let out = t.path("identity.txt");
    t.ok(&["identity", "export", "--out", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("AGE-SECRET-KEY-1"), "{text}");
}

//! The vault commands through the real binary: `init`, `passwd`, `identity show|export`,
//! and the errors of opening a vault: missing, wrong passphrase, in use, bad work factor.

mod common;

use std::process::Command as Std;
use std::time::Duration;

use common::{TEST_WORK_FACTOR, TestVault, assert_clean_failure};

#[test]
fn init_creates_a_private_vault_and_refuses_a_second_init() {
    let t = TestVault::uninitialized();
    let out = t.run(&["init", "--kdf-work-factor", TEST_WORK_FACTOR]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "init prints nothing on stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Created a vault"), "{stderr}");
    assert!(t.vault.join("key.age").is_file());
    assert!(t.vault.join("db").is_dir());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&t.vault), 0o700);
        assert_eq!(mode(&t.vault.join("key.age")), 0o600);
    }
    let before = std::fs::read(t.vault.join("key.age")).unwrap();
    let err = t.fails_cleanly(&["init", "--kdf-work-factor", TEST_WORK_FACTOR], &[]);
    assert!(err.contains("already a vault"), "{err}");
    assert_eq!(std::fs::read(t.vault.join("key.age")).unwrap(), before);
}

#[test]
fn init_refuses_a_work_factor_out_of_range() {
    let t = TestVault::uninitialized();
    for n in ["9", "23"] {
        let err = t.fails_cleanly(&["init", "--kdf-work-factor", n], &[]);
        assert!(err.contains("work factor"), "{err}");
        assert!(!t.vault.join("key.age").exists());
    }
}

#[test]
fn environment_variables_name_the_vault_and_passphrase_file() {
    let t = TestVault::uninitialized();
    let env_cmd = || {
        let mut cmd = assert_cmd::Command::cargo_bin("fieldsign").unwrap();
        cmd.env("FIELDSIGN_VAULT", &t.vault)
            .env("FIELDSIGN_PASSPHRASE_FILE", &t.passphrase_file);
        cmd
    };
    env_cmd()
        .args(["init", "--kdf-work-factor", TEST_WORK_FACTOR])
        .assert()
        .success();
    let shown = env_cmd()
        .args(["identity", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(shown.status.success());
    // The same vault through the flags.
    assert_eq!(
        String::from_utf8(shown.stdout).unwrap().trim(),
        t.ok(&["identity", "show", "--format", "json"])
    );
}

#[test]
fn passwd_replaces_the_passphrase() {
    let t = TestVault::new();
    let (_c, event) = t.campaign_and_event();
    let id = t.add("Free them", &event, 1, 1, &[("name", "Ірина Коваль")]);
    let new = t.write("new-passphrase", "a new and longer passphrase\n");
    t.ok(&[
        "passwd",
        "--new-passphrase-file",
        &new,
        "--kdf-work-factor",
        TEST_WORK_FACTOR,
    ]);

    // The old passphrase no longer opens the vault.
    let err = t.fails_cleanly(&["list"], &["correct horse battery staple"]);
    assert!(err.contains("wrong passphrase"), "{err}");

    // The new one does, and the data is all there.
    std::fs::copy(&new, &t.passphrase_file).unwrap();
    let records = t.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], id.as_str());
    assert_eq!(records[0]["fields"]["name"], "Ірина Коваль");
}

#[test]
fn identity_show_prints_table_and_json() {
    let t = TestVault::new();
    let json: serde_json::Value =
        serde_json::from_str(&t.ok(&["identity", "show", "--format", "json"])).unwrap();
    let device = json["device_id"].as_str().unwrap();
    let recipient = json["recipient"].as_str().unwrap();
    let signing = json["signing_key"].as_str().unwrap();
    assert_eq!(device.len(), 16);
    assert!(recipient.starts_with("age1"), "{recipient}");
    assert_eq!(signing.len(), 32);
    assert!(signing.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(json.as_object().unwrap().len(), 3, "stable shape: {json}");

    let table = t.ok(&["identity", "show"]);
    for (label, value) in [
        ("device_id", device),
        ("recipient", recipient),
        ("signing_key", signing),
    ] {
        let line = table
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no {label} line in {table}"));
        assert!(line.ends_with(value), "{line}");
    }
}

#[test]
fn identity_export_works_with_the_age_tool() {
    let t = TestVault::new();
    let json: serde_json::Value =
        serde_json::from_str(&t.ok(&["identity", "show", "--format", "json"])).unwrap();
    let recipient = json["recipient"].as_str().unwrap();
    let identity = t.path("identity.txt");
    let out = t.run(&["identity", "export", "--out", identity.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("SECRET"),
        "export warns that the file is a secret"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&identity).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(
        std::fs::read_to_string(&identity)
            .unwrap()
            .contains("AGE-SECRET-KEY-1")
    );

    // Encrypt with the standard tool to the vault's recipient; decrypt with the export.
    let plain = t.write("plain.txt", "for the coordinator's eyes only\n");
    let sealed = t.path("plain.txt.age");
    let status = Std::new("age")
        .args(["-r", recipient, "-o", sealed.to_str().unwrap(), &plain])
        .status()
        .expect("the age tool is installed (see .ci/run)");
    assert!(status.success());
    let opened = Std::new("age")
        .args([
            "-d",
            "-i",
            identity.to_str().unwrap(),
            sealed.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    assert_eq!(opened.stdout, b"for the coordinator's eyes only\n");

    // No silent overwrite; --force replaces and keeps the file private.
    let err = t.fails_cleanly(
        &["identity", "export", "--out", identity.to_str().unwrap()],
        &[],
    );
    assert!(err.contains("--force"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&identity, std::fs::Permissions::from_mode(0o644)).unwrap();
        t.ok(&[
            "identity",
            "export",
            "--out",
            identity.to_str().unwrap(),
            "--force",
        ]);
        let mode = std::fs::metadata(&identity).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o600,
            "--force must not leave the secret readable by others"
        );
    }
}

#[test]
fn a_missing_vault_says_how_to_create_one() {
    let t = TestVault::uninitialized();
    for args in [
        &["list"][..],
        &["identity", "show"],
        &["campaign", "list"],
        &["passwd"],
    ] {
        let err = t.fails_cleanly(args, &[]);
        assert!(err.contains("no vault at"), "{err}");
        assert!(err.contains("fieldsign init"), "{err}");
    }
    assert!(!t.vault.exists(), "a refused command creates nothing");
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let t = TestVault::new();
    let (_c, event) = t.campaign_and_event();
    t.add("Free them", &event, 1, 1, &[("name", "Nikos Papadakis")]);
    let before = t.snapshot();
    let key_before = std::fs::read(t.vault.join("key.age")).unwrap();
    std::fs::write(&t.passphrase_file, "not the passphrase\n").unwrap();
    for args in [
        &["list"][..],
        &[
            "add",
            "--campaign",
            "Free them",
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "2",
            "--field",
            "name=Eleni Pappa",
        ],
        &["identity", "show"],
    ] {
        let err = t.fails_cleanly(args, &["not the passphrase", "Eleni Pappa"]);
        assert!(err.contains("wrong passphrase"), "{err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    assert_eq!(std::fs::read(t.vault.join("key.age")).unwrap(), key_before);
    std::fs::write(&t.passphrase_file, "correct horse battery staple\n").unwrap();
    assert_eq!(t.snapshot(), before);
}

#[test]
fn a_vault_in_use_is_refused_at_once() {
    let t = TestVault::new();
    let (_c, event) = t.campaign_and_event();
    let before = t.snapshot();
    // Hold the vault's lock as another fieldsign process would.
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(t.vault.join("lock"))
        .unwrap();
    lock.try_lock().unwrap();
    for args in [
        &["list"][..],
        &[
            "add",
            "--campaign",
            "Free them",
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "1",
            "--field",
            "name=Layla Haddad",
        ],
    ] {
        // The timeout only keeps a regression (waiting for the lock) from hanging CI.
        let out = t
            .cmd()
            .args(args)
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        assert_clean_failure(&out, &["Layla Haddad"], "command on a locked vault");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("in use by another fieldsign process"), "{err}");
    }
    lock.unlock().unwrap();
    drop(lock);
    assert_eq!(t.snapshot(), before);
}

#[test]
fn a_damaged_key_file_is_named_as_such() {
    let t = TestVault::new();
    std::fs::write(t.vault.join("key.age"), "this is not an age file").unwrap();
    let err = t.fails_cleanly(&["list"], &[]);
    assert!(err.contains("key file is damaged"), "{err}");
}

#[test]
fn help_man_and_completions_print() {
    let t = TestVault::uninitialized();
    assert!(t.ok(&["--help"]).contains("init"));
    assert!(t.ok(&["man"]).contains(".TH"));
    assert!(t.ok(&["completions", "bash"]).contains("fieldsign"));
}

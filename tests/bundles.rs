//! Bundles through the CLI: export, import, replay, verify, devices, and every kind of
//! bad bundle, each checked to leave the coordinator's store exactly as it was.

mod common;

use common::s;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use common::TestVault;

/// A change to a decrypted bundle's plaintext.
type Edit = Box<dyn Fn(String) -> String>;

const NAMES: [&str; 3] = ["Олена Шевченко", "Σωκράτης Παπαδόπουλος", "محمد علي"];

/// A coordinator with a campaign, and an organizer who joined it and typed lines.
struct Exchange {
    coord: TestVault,
    org: TestVault,
    campaign: String,
    event: String,
    campaign_file: PathBuf,
}

impl Exchange {
    fn new() -> Self {
        Self::with_recipients(&[])
    }

    fn with_recipients(extra: &[&str]) -> Self {
        let coord = TestVault::new();
        let campaign_file = coord.path("campaign.fieldsign");
        let mut args = vec!["campaign", "create", "--title", "Free them", "--out"];
        args.push(campaign_file.to_str().unwrap());
        for r in extra {
            args.extend(["--recipient", r]);
        }
        let campaign = coord.ok(&args);
        let org = TestVault::new();
        org.ok(&["campaign", "join", campaign_file.to_str().unwrap()]);
        let event = org.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Vigil",
        ]);
        let x = Self {
            coord,
            org,
            campaign,
            event,
            campaign_file,
        };
        for (i, name) in NAMES.iter().enumerate() {
            x.add(&x.org, 1, u32::try_from(i).unwrap() + 1, name);
        }
        x
    }

    fn add(&self, who: &TestVault, sheet: u32, line: u32, name: &str) -> String {
        who.ok(&[
            "add",
            "--campaign",
            &self.campaign,
            "--event",
            &self.event,
            "--sheet",
            &sheet.to_string(),
            "--line",
            &line.to_string(),
            "--field",
            &format!("name={name}"),
            "--field",
            "country=UA",
        ])
    }

    /// Exports a bundle from `who` into a file in its folder.
    fn export(&self, who: &TestVault, name: &str, extra: &[&str]) -> PathBuf {
        let out = who.path(name);
        let mut args = vec!["export", "bundle", "--campaign", &self.campaign, "--out"];
        args.push(out.to_str().unwrap());
        args.extend(extra);
        who.ok(&args);
        out
    }

    fn list(&self, who: &TestVault) -> String {
        who.ok(&[
            "list",
            "--campaign",
            &self.campaign,
            "--all",
            "--format",
            "json",
        ])
    }
}

/// Runs `import bundle` expecting a refusal: one line on stderr naming `expect`, no
/// signer data, and the coordinator's store unchanged.
fn refused(t: &TestVault, args: &[&str], expect: &str) {
    let before = t.store_snapshot();
    let out = t.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(
        stderr.contains(expect),
        "{args:?}: expected `{expect}`, got: {stderr}"
    );
    assert_eq!(
        stderr.trim().lines().count(),
        1,
        "one line please: {stderr}"
    );
    for name in NAMES {
        assert!(!stderr.contains(name), "a name leaked into stderr");
    }
    assert_eq!(t.store_snapshot(), before, "{args:?} changed the store");
}

#[test]
fn bundle_round_trip_replay_and_changes() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    let out = x.coord.ok(&["import", "bundle", s(&b1)]);
    assert!(out.contains("Pinned new device"), "{out}");
    assert!(
        out.contains("3 new records, 0 amendments, 0 voids, 1 new event, 0 already known"),
        "{out}"
    );
    assert_eq!(x.list(&x.coord), x.list(&x.org));

    let before = x.coord.store_snapshot();
    let out = x.coord.ok(&["import", "bundle", s(&b1)]);
    assert!(
        out.contains("replay") && out.contains("nothing changed"),
        "{out}"
    );
    assert_eq!(
        x.coord.store_snapshot(),
        before,
        "a replay changed the store"
    );

    let ids: Vec<serde_json::Value> = serde_json::from_str(&x.list(&x.org)).unwrap();
    let first = ids[0]["id"].as_str().unwrap();
    let second = ids[1]["id"].as_str().unwrap();
    x.org.ok(&["amend", first, "--field", "city=Kyiv"]);
    x.org.ok(&["void", second, "--reason", "duplicate"]);
    let b2 = x.export(&x.org, "b2.age", &["--armor"]);
    assert!(
        std::fs::read_to_string(&b2)
            .unwrap()
            .starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
    );
    let out = x.coord.ok(&["import", "bundle", s(&b2)]);
    assert!(
        out.contains("0 new records, 1 amendment, 1 void, 0 new events, 3 already known"),
        "{out}"
    );
    assert_eq!(x.list(&x.coord), x.list(&x.org));

    let verify = x.coord.ok(&["verify", s(&b2)]);
    assert!(
        verify.contains("signature valid") && verify.contains("known (pinned)"),
        "{verify}"
    );
    assert!(
        verify.contains(":1-5") && verify.contains("5 (3 new lines, 1 amendment, 1 void)"),
        "{verify}"
    );
    let devices: Vec<serde_json::Value> =
        serde_json::from_str(&x.coord.ok(&["device", "list", "--format", "json"])).unwrap();
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0]["device"], x.org.identity()["device_id"]);
    assert_eq!(devices[0]["fingerprint"], x.org.identity()["signing_key"]);
    assert_eq!(devices[0]["ops"], 5);
}

#[test]
fn damaged_bundles_change_nothing() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    x.coord.ok(&["import", "bundle", s(&b1)]);
    x.add(&x.org, 2, 1, "Zoë Ørsted");
    let good = std::fs::read(x.export(&x.org, "b2.age", &[])).unwrap();
    let bad = x.coord.path("bad.age");
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    let step = (good.len() / 9).max(1);
    for i in (0..good.len()).step_by(step).chain([good.len() - 1]) {
        let mut b = good.clone();
        b[i] ^= 0x01;
        cases.push((format!("flip at {i}"), b));
    }
    for len in [0, 10, 30, good.len() / 2, good.len() - 17, good.len() - 1] {
        cases.push((format!("truncated to {len}"), good[..len].to_vec()));
    }
    cases.push(("text".into(), b"hello, this is not a bundle\n".to_vec()));
    cases.push((
        "campaign file".into(),
        std::fs::read(&x.campaign_file).unwrap(),
    ));
    let before = x.coord.store_snapshot();
    for (what, bytes) in cases {
        std::fs::write(&bad, &bytes).unwrap();
        let out = x.coord.run(&["import", "bundle", s(&bad)]);
        assert!(!out.status.success(), "{what}: accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{what}: {stderr}");
        assert!(
            [
                "damaged",
                "not a fieldsign",
                "campaign file",
                "altered",
                "not encrypted to this vault"
            ]
            .iter()
            .any(|w| stderr.contains(w)),
            "{what}: unclear message {stderr}"
        );
        assert_eq!(x.coord.store_snapshot(), before, "{what}: store changed");
        assert!(
            !x.coord.run(&["verify", s(&bad)]).status.success(),
            "{what}: verify accepted"
        );
    }
    // The good bundle still imports afterwards.
    assert!(
        x.coord
            .ok(&["import", "bundle", s(&x.org.path("b2.age"))])
            .contains("1 new record,")
    );
}

/// `age -d` with the coordinator's exported identity, then re-encrypted after `edit`.
fn reencrypted(x: &Exchange, bundle: &Path, edit: impl Fn(String) -> String) -> PathBuf {
    let identity = x.coord.path("coord-identity.txt");
    if !identity.exists() {
        x.coord.ok(&["identity", "export", "--out", s(&identity)]);
    }
    let out = Process::new("age")
        .args(["-d", "-i", s(&identity), s(bundle)])
        .output()
        .unwrap();
    assert!(out.status.success(), "age -d failed");
    let plain = edit(String::from_utf8(out.stdout).unwrap());
    let plain_path = x.coord.path("edited.jsonl");
    std::fs::write(&plain_path, plain).unwrap();
    let recipient = x.coord.identity()["recipient"].as_str().unwrap().to_owned();
    let target = x.coord.path("edited.age");
    let status = Process::new("age")
        .args(["-r", &recipient, "-o", s(&target), s(&plain_path)])
        .status()
        .unwrap();
    assert!(status.success());
    target
}

#[test]
fn altered_content_is_refused_by_the_signature() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    let edits: Vec<(&str, Edit)> = vec![
        (
            "a name",
            Box::new(|p: String| p.replacen("Олена", "Olena", 1)),
        ),
        (
            "the header",
            Box::new(|p: String| p.replacen("\"events\":1", "\"events\":2", 1)),
        ),
        (
            "the sheet",
            Box::new(|p: String| p.replacen("\"sheet\":1", "\"sheet\":9", 1)),
        ),
        (
            "a dropped op",
            Box::new(|p: String| {
                let lines: Vec<&str> = p.lines().collect();
                let mut kept: Vec<&str> = lines
                    .iter()
                    .copied()
                    .filter(|l| !l.contains("\"seq\":2,"))
                    .collect();
                kept.push("");
                kept.join("\n")
            }),
        ),
        (
            "an extra line",
            Box::new(|p: String| p.replacen('\n', "\n{\"event\":{}}\n", 1)),
        ),
    ];
    for (what, edit) in edits {
        let forged = reencrypted(&x, &b1, edit);
        eprintln!("forging {what}");
        refused(&x.coord, &["import", "bundle", s(&forged)], "altered");
    }
    // The untouched plaintext re-encrypted the same way is accepted: only content matters.
    let same = reencrypted(&x, &b1, |p| p);
    assert!(
        x.coord
            .ok(&["import", "bundle", s(&same)])
            .contains("3 new records")
    );
}

#[test]
fn other_campaigns_and_other_recipients_are_refused() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    x.coord.ok(&["import", "bundle", s(&b1)]);
    let other = TestVault::new();
    let coord_recipient = x.coord.identity()["recipient"].as_str().unwrap().to_owned();
    for (title, extra, expect) in [
        (
            "Addressed to us",
            vec!["--recipient", coord_recipient.as_str()],
            "which this vault does not have",
        ),
        ("Not for us", vec![], "not encrypted to this vault"),
    ] {
        let file = other.path(&format!("{title}.fieldsign"));
        let mut args = vec!["campaign", "create", "--title", title, "--out", s(&file)];
        args.extend(extra);
        let campaign = other.ok(&args);
        x.org.ok(&["campaign", "join", s(&file)]);
        let event = x.org.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Rally",
        ]);
        x.org.ok(&[
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
            "name=Ana",
        ]);
        let bundle = x.org.path(&format!("{title}.age"));
        x.org.ok(&[
            "export",
            "bundle",
            "--campaign",
            &campaign,
            "--out",
            s(&bundle),
        ]);
        refused(&x.coord, &["import", "bundle", s(&bundle)], expect);
    }
}

#[test]
fn unknown_and_revoked_devices() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    refused(
        &x.coord,
        &["import", "bundle", "--require-known-devices", s(&b1)],
        "is not known here",
    );
    x.coord.ok(&["import", "bundle", s(&b1)]);
    // Known now: the flag lets its next bundle in.
    x.add(&x.org, 2, 1, "Ana");
    let b2 = x.export(&x.org, "b2.age", &[]);
    x.coord
        .ok(&["import", "bundle", "--require-known-devices", s(&b2)]);

    let fingerprint = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let out = x.coord.ok(&["device", "revoke", &fingerprint[..12]]);
    assert!(out.contains("Revoked"), "{out}");
    x.add(&x.org, 2, 2, "Bo");
    let b3 = x.export(&x.org, "b3.age", &[]);
    refused(&x.coord, &["import", "bundle", s(&b3)], "was revoked");
    let devices = x.coord.ok(&["device", "list"]);
    assert!(
        devices.contains(&fingerprint) && !devices.contains(" no"),
        "{devices}"
    );
    refused(
        &x.coord,
        &["device", "revoke", "0000000000"],
        "no known device",
    );
}

/// Copies a vault folder (closed between commands), as a backup would.
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

#[test]
fn same_seq_with_other_content_is_a_conflict_alarm() {
    let x = Exchange::new();
    let backup = TestVault::uninitialized();
    copy_dir(&x.org.vault, &backup.vault);
    std::fs::copy(&x.org.passphrase_file, &backup.passphrase_file).unwrap();
    x.add(&x.org, 2, 1, "Ana");
    let b1 = x.export(&x.org, "b1.age", &[]);
    x.coord.ok(&["import", "bundle", s(&b1)]);
    // The organizer's laptop is restored from the backup and reuses seq 4.
    x.add(&backup, 2, 1, "Bo");
    let b2 = x.export(&backup, "b2.age", &[]);
    let device = x.org.identity()["device_id"].as_str().unwrap().to_owned();
    refused(&x.coord, &["import", "bundle", s(&b2)], "CONFLICT ALARM");
    let err = x.coord.fails(&["import", "bundle", s(&b2)]);
    assert!(err.contains(&device) && err.contains("#4"), "{err}");
}

#[test]
fn several_files_are_separate_transactions() {
    let x = Exchange::new();
    let b1 = x.export(&x.org, "b1.age", &[]);
    let bad = x.org.path("bad.age");
    std::fs::write(&bad, b"nope").unwrap();
    let out = x.coord.run(&["import", "bundle", s(&bad), s(&b1)]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.age") && stderr.contains("1 of 2 bundle(s) were refused"),
        "{stderr}"
    );
    assert_eq!(
        x.list(&x.coord),
        x.list(&x.org),
        "the good bundle was imported"
    );
}

#[test]
fn standard_age_reads_bundles_and_identity_files_work() {
    let dir = tempfile::tempdir().unwrap();
    let age_key = dir.path().join("age.key");
    assert!(
        Process::new("age-keygen")
            .args(["-o", s(&age_key)])
            .output()
            .unwrap()
            .status
            .success()
    );
    let age_recipient = String::from_utf8(
        Process::new("age-keygen")
            .args(["-y", s(&age_key)])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let ssh_key = dir.path().join("id_ed25519");
    assert!(
        Process::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f", s(&ssh_key)])
            .status()
            .unwrap()
            .success()
    );
    let ssh_recipient = std::fs::read_to_string(dir.path().join("id_ed25519.pub")).unwrap();
    let x = Exchange::with_recipients(&[age_recipient.trim(), ssh_recipient.trim()]);
    let identity = x.coord.path("identity.txt");
    x.coord.ok(&["identity", "export", "--out", s(&identity)]);
    for armor in [false, true] {
        let flags: &[&str] = if armor { &["--armor", "--force"] } else { &[] };
        let bundle = x.export(&x.org, "b.age", flags);
        for key in [&identity, &age_key, &ssh_key] {
            let out = Process::new("age")
                .args(["-d", "-i", s(key), s(&bundle)])
                .output()
                .unwrap();
            assert!(out.status.success(), "age -d -i {key:?} failed");
            let text = String::from_utf8(out.stdout).unwrap();
            let lines: Vec<serde_json::Value> = text
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            assert_eq!(lines[0]["header"]["format"], "fieldsign-bundle");
            assert_eq!(lines[0]["header"]["version"], 2);
            assert_eq!(lines[0]["header"]["ops"], 3);
            assert_eq!(lines.iter().filter(|l| l.get("op").is_some()).count(), 3);
            assert!(lines.last().unwrap()["trailer"]["signature"].is_string());
            let names: Vec<&str> = lines
                .iter()
                .filter_map(|l| l["op"]["fields"]["name"].as_str())
                .collect();
            assert_eq!(names, NAMES);
        }
    }
    // The documented jq one-liner counts the operations.
    let jq = Process::new("sh")
        .arg("-c")
        .arg(format!(
            "age -d -i {} {} | jq -c 'select(.op) | .op.kind' | sort | uniq -c",
            s(&age_key),
            s(&x.org.path("b.age"))
        ))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&jq.stdout).contains("3 \"add\""));

    // A backup coordinator vault (not holding the vault identity) imports with --identity.
    let backup = TestVault::new();
    backup.ok(&["campaign", "join", s(&x.campaign_file)]);
    let bundle = x.org.path("b.age");
    refused(
        &backup,
        &["import", "bundle", s(&bundle)],
        "not encrypted to this vault",
    );
    for key in [&age_key, &ssh_key] {
        let out = backup.ok(&["import", "bundle", "--identity", s(key), s(&bundle)]);
        assert!(
            out.contains("3 new records") || out.contains("replay"),
            "{out}"
        );
    }
    refused(
        &backup,
        &[
            "import",
            "bundle",
            "--identity",
            s(&x.campaign_file),
            s(&bundle),
        ],
        "holds no usable identity",
    );
}

#[test]
fn a_vault_does_not_import_its_own_bundle() {
    let x = Exchange::new();
    let event = x
        .coord
        .ok(&["event", "create", "--campaign", &x.campaign, "--name", "HQ"]);
    x.coord.ok(&[
        "add",
        "--campaign",
        &x.campaign,
        "--event",
        &event,
        "--sheet",
        "1",
        "--line",
        "1",
        "--field",
        "name=Ana",
    ]);
    let own = x.export(&x.coord, "own.age", &[]);
    refused(
        &x.coord,
        &["import", "bundle", s(&own)],
        "this very vault's device id",
    );
}

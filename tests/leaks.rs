//! Nothing in plain text, checked where a careless program leaks: `Debug` output, error
//! messages of every path a person can provoke, the temporary folder, the vault folder,
//! and the terminal's scrollback after a TUI session (under tmux).
//!
//! (The raw vault files after CLI entry are also scanned, in more byte forms, by
//! `tests/plaintext_scan.rs`; the key file's mode 0600 is checked in `tests/cli_vault.rs`.)

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{TestVault, assert_clean_failure, files_below};
use fieldsign::model::{Check, RecordId, default_fields};
use fieldsign::sync::{Op, OpBody, apply};
use fieldsign::vault::{NewLine, keyfile::KeyMaterial};

const NAME: &str = "Олена Секретна";
const EMAIL: &str = "olena.sekretna@example.ua";
const PHONE: &str = "+380 44 123 4567";

#[test]
fn debug_output_never_shows_a_value() {
    let fields: std::collections::BTreeMap<String, String> = [
        ("name".to_owned(), NAME.to_owned()),
        ("email".to_owned(), EMAIL.to_owned()),
        ("phone".to_owned(), PHONE.to_owned()),
    ]
    .into();
    let line = NewLine {
        sheet: 1,
        line: 2,
        fields: fields.clone(),
        ..NewLine::default()
    };
    let campaign = fieldsign::model::CampaignId::random();
    let record_id = RecordId::random();
    let op = |seq, body| Op {
        replica: fieldsign::model::DeviceId::random(),
        seq,
        lamport: seq,
        campaign,
        record: record_id,
        at: 0,
        body,
    };
    let add = op(
        1,
        OpBody::Add {
            event: fieldsign::model::EventId::random(),
            sheet: 1,
            line: 2,
            line_kind: fieldsign::model::LineKind::Signature,
            fields: fields.clone(),
        },
    );
    let amend = op(2, OpBody::Amend { fields });
    let void = op(
        3,
        OpBody::Void {
            reason: format!("duplicate of {NAME}"),
        },
    );
    let mut record = fieldsign::model::Record::new(record_id, campaign);
    for o in [&add, &amend, &void] {
        apply(&mut record, o);
    }
    assert_eq!(
        record.value("name"),
        Some(NAME),
        "the record holds the value"
    );
    let keys = KeyMaterial::generate();
    let secret_key = keys.age_identity.clone();
    let mut shown = vec![
        format!("{line:?}"),
        format!("{add:?} {:?}", add.body),
        format!("{amend:?} {:?}", amend.body),
        format!("{void:?} {:?}", void.body),
        format!("{record:?} {record:#?}"),
        format!("{keys:?} {keys:#?}"),
    ];
    // A validation error about each value, as Debug and as the message.
    let mut schema = fieldsign::model::Campaign {
        id: campaign,
        title: "T".into(),
        texts: std::collections::BTreeMap::new(),
        fields: default_fields(),
        recipients: vec![],
        signing_key: String::new(),
        created_at: 0,
        goal: None,
        double_entry: false,
        events: Vec::new(),
    };
    schema.fields.retain(|f| f.key != "city");
    let bad: std::collections::BTreeMap<String, String> = [
        ("email".to_owned(), NAME.to_owned()),
        ("phone".to_owned(), EMAIL.to_owned()),
        ("country".to_owned(), PHONE.to_owned()),
        (NAME.to_owned(), "x".to_owned()), // a value where a key belongs
    ]
    .into();
    let errors = schema.check_values(&bad, Check::NewLine).unwrap_err();
    assert!(errors.len() >= 4, "{errors:?}");
    shown.push(format!("{errors:?}"));
    shown.extend(errors.iter().map(ToString::to_string));
    let id_error = NAME.parse::<RecordId>().unwrap_err();
    shown.push(format!("{id_error} {id_error:?}"));
    for text in &shown {
        for secret in [NAME, EMAIL, PHONE, "Секретна", secret_key.as_str()] {
            assert!(!text.contains(secret), "`{secret}` shown in: {text}");
        }
        assert!(!text.contains("AGE-SECRET-KEY"), "secret key shown: {text}");
    }
}

#[test]
fn error_messages_of_every_provokable_path_never_show_a_value() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let id = t.add(&campaign, &event, 1, 1, &[("name", NAME), ("email", EMAIL)]);
    let add = |fields: &[&str]| {
        let mut args = vec![
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "2",
        ];
        for f in fields {
            args.extend(["--field", f]);
        }
        args.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()
    };
    let name_as_email = format!("email={NAME}");
    let email_as_phone = format!("phone={EMAIL}");
    let phone_as_country = format!("country={PHONE}");
    let name_without_equals = NAME.to_owned();
    let name_as_key = format!("{NAME}=x");
    let long = format!("name={}", NAME.repeat(40));
    let control = format!("name={NAME}\u{7}");
    let cases: Vec<Vec<String>> = vec![
        add(&["name=A B", &name_as_email]),
        add(&["name=A B", &email_as_phone]),
        add(&["name=A B", &phone_as_country]),
        add(&[&name_without_equals]),
        add(&[&name_as_key]),
        add(&[&long]),
        add(&[&control]),
        vec![
            "amend".into(),
            NAME.into(),
            "--field".into(),
            "name=x".into(),
        ],
        vec!["void".into(), NAME.into(), "--reason".into(), EMAIL.into()],
        vec![
            "amend".into(),
            id.clone(),
            "--field".into(),
            name_as_email.clone(),
        ],
        // (Campaign and event names are echoed when unknown: they name a campaign or a
        // rally, not a signer, and the echo helps find a typo.)
    ];
    let before = t.snapshot();
    for args in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = t.run(&args);
        assert_clean_failure(
            &out,
            &[NAME, EMAIL, PHONE, "Секретна", "olena.sekretna"],
            &format!("{:?}", args.first()),
        );
    }
    // A CSV with bad rows and a value in its header row.
    let csv = t.write(
        "bad.csv",
        &format!("name,email\n{NAME},{PHONE}\n{EMAIL},not-an-email {NAME}\n"),
    );
    let headerless = t.write("headerless.csv", &format!("{NAME},{EMAIL}\nA,b@c.de\n"));
    for file in [&csv, &headerless] {
        let out = t.run(&[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            file,
        ]);
        assert_clean_failure(&out, &[NAME, EMAIL, PHONE, "Секретна"], "import csv");
    }
    assert_eq!(t.snapshot(), before, "a refused command changed the store");
}

/// Runs the CLI part of a session with `TMPDIR` pointing at `tmp`.
fn cli_session(t: &TestVault, tmp: &Path) -> (String, String) {
    let (campaign, event) = t.campaign_and_event();
    let run = |args: &[&str]| {
        let out = t.cmd().env("TMPDIR", tmp).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let id = run(&[
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
        &format!("name={NAME}"),
        "--field",
        &format!("email={EMAIL}"),
        "--field",
        &format!("phone={PHONE}"),
    ]);
    run(&["amend", &id, "--field", "city=Житомир Таємне"]);
    let csv = t.write(
        "rows.csv",
        "name,email,phone\nΣοφία Κρυφή,sofia.kryfi@example.gr,+30 210 555 0101\n",
    );
    run(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &csv,
    ]);
    run(&["list", "--format", "json"]);
    (campaign, event)
}

/// Kills the tmux server (and the program in it) when dropped, also when a test fails.
struct TmuxServer(String);

impl Drop for TmuxServer {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.0, "kill-server"])
            .output();
    }
}

fn tmux(socket: &str, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("run tmux")
}

fn pane_text(socket: &str) -> String {
    String::from_utf8_lossy(&tmux(socket, &["capture-pane", "-p", "-t", "leak"]).stdout)
        .into_owned()
}

fn wait_for(socket: &str, what: &str, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = pane_text(socket);
        if pred(&text) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "waited for {what}; the screen shows:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Types one line in the TUI under tmux, saves it, quits; returns the whole scrollback
/// captured after the program has exited.
fn tui_session(t: &TestVault, tmp: &Path, campaign: &str, event: &str) -> Option<String> {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("NOTE: tmux is not installed; the scrollback part of the leak test is skipped");
        return None;
    }
    let socket = format!("fieldsign-leak-{}", std::process::id());
    let _server = TmuxServer(socket.clone());
    let bin = assert_cmd::cargo::cargo_bin("fieldsign");
    let command = format!(
        "TMPDIR='{}' '{}' --vault '{}' --passphrase-file '{}' enter --campaign '{campaign}' --event '{event}' --sheet 5",
        tmp.display(),
        bin.display(),
        t.vault.display(),
        t.passphrase_file.display()
    );
    let started = tmux(
        &socket,
        &[
            "new-session",
            "-d",
            "-s",
            "leak",
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ],
    );
    assert!(
        started.status.success(),
        "tmux: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux(
        &socket,
        &["set-option", "-t", "leak", "remain-on-exit", "on"],
    );
    wait_for(&socket, "sheet entry", |s| s.contains("sheet entry"));
    for (text, key) in [
        ("Тарас Прихований", "Tab"),
        ("taras.pryhovanyi@example.ua", "Tab"),
        ("+380 67 765 4321", "Enter"),
    ] {
        tmux(&socket, &["send-keys", "-t", "leak", "-l", text]);
        tmux(&socket, &["send-keys", "-t", "leak", key]);
    }
    wait_for(&socket, "the save", |s| s.contains("Saved sheet 5 line 1"));
    tmux(&socket, &["send-keys", "-t", "leak", "C-q"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let dead = tmux(
            &socket,
            &["display-message", "-p", "-t", "leak", "#{pane_dead}"],
        );
        if String::from_utf8_lossy(&dead.stdout).trim() == "1" {
            break;
        }
        assert!(Instant::now() < deadline, "the TUI did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    let history = tmux(
        &socket,
        &[
            "capture-pane",
            "-p",
            "-J",
            "-S",
            "-",
            "-E",
            "-",
            "-t",
            "leak",
        ],
    );
    tmux(&socket, &["kill-server"]);
    Some(String::from_utf8_lossy(&history.stdout).into_owned())
}

#[test]
fn an_end_to_end_session_leaves_nothing_in_the_vault_temp_folder_or_scrollback() {
    let t = TestVault::new();
    let tmp = t.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let (campaign, event) = cli_session(&t, &tmp);
    let scrollback = tui_session(&t, &tmp, &campaign, &event);
    // Everything typed was saved (so the search below is searching for something).
    let names: Vec<String> = t
        .records()
        .iter()
        .map(|r| r["fields"]["name"].as_str().unwrap().to_owned())
        .collect();
    for name in ["Олена Секретна", "Σοφία Κρυφή"] {
        assert!(
            names.iter().any(|n| n == name),
            "{name} not saved: {names:?}"
        );
    }
    let mut secrets = vec![
        NAME,
        EMAIL,
        PHONE,
        "Секретна",
        "olena.sekretna",
        "Житомир Таємне",
        "Σοφία Κρυφή",
        "sofia.kryfi",
        "+30 210 555 0101",
    ];
    if scrollback.is_some() {
        assert!(
            names.iter().any(|n| n == "Тарас Прихований"),
            "the TUI line was not saved"
        );
        secrets.extend([
            "Тарас Прихований",
            "Прихований",
            "taras.pryhovanyi",
            "+380 67 765 4321",
        ]);
    }
    for dir in [&t.vault, &tmp] {
        for file in files_below(dir) {
            let bytes = std::fs::read(&file).unwrap();
            for secret in &secrets {
                assert!(
                    !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                    "`{secret}` in plain text in {}",
                    file.display()
                );
            }
        }
    }
    if let Some(scrollback) = scrollback {
        for secret in &secrets {
            assert!(
                !scrollback.contains(secret),
                "`{secret}` left in the scrollback:\n{scrollback}"
            );
        }
    }
}

/// Every regular file below `dir` that contains one of `secrets` as raw bytes.
fn leaks_below(dir: &Path, secrets: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files_below(dir) {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for secret in secrets {
            if bytes.windows(secret.len()).any(|w| w == secret.as_bytes()) {
                found.push(format!("`{secret}` in {}", file.display()));
            }
        }
    }
    found
}

const EXCHANGED: [(&str, &str, &str); 2] = [
    (
        "Віра Обмінна",
        "vira.obminna@example.ua",
        "+380 50 111 2233",
    ),
    (
        "Ἑλένη Ἀνταλλαγή",
        "eleni.antallagi@example.gr",
        "+30 694 555 6677",
    ),
];

/// Organizer → bundle → coordinator → receipt → organizer → purge, every command with
/// `TMPDIR` set to `tmp`. Returns the campaign id, the bundle and the receipt files.
fn run_exchange(org: &TestVault, coord: &TestVault, tmp: &Path) -> (String, PathBuf, PathBuf) {
    let run = |t: &TestVault, args: &[&str]| {
        let out = t.cmd().env("TMPDIR", tmp).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let file = coord.path("campaign.fieldsign");
    let campaign = run(
        coord,
        &[
            "campaign",
            "create",
            "--title",
            "Free them",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    run(org, &["campaign", "join", file.to_str().unwrap()]);
    let event = run(
        org,
        &[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Vigil",
        ],
    );
    for (i, (name, email, phone)) in EXCHANGED.iter().enumerate() {
        let line = (i + 1).to_string();
        run(
            org,
            &[
                "add",
                "--campaign",
                &campaign,
                "--event",
                &event,
                "--sheet",
                "1",
                "--line",
                &line,
                "--field",
                &format!("name={name}"),
                "--field",
                &format!("email={email}"),
                "--field",
                &format!("phone={phone}"),
            ],
        );
    }
    let bundle = org.path("to-coordinator.age");
    run(
        org,
        &[
            "export",
            "bundle",
            "--campaign",
            &campaign,
            "--out",
            bundle.to_str().unwrap(),
        ],
    );
    run(coord, &["import", "bundle", bundle.to_str().unwrap()]);
    run(coord, &["verify", bundle.to_str().unwrap()]);
    let device: serde_json::Value =
        serde_json::from_str(&run(org, &["identity", "show", "--format", "json"])).unwrap();
    let receipt = coord.path("to-organizer.age");
    run(
        coord,
        &[
            "receipt",
            "--device",
            device["signing_key"].as_str().unwrap(),
            "--out",
            receipt.to_str().unwrap(),
        ],
    );
    run(org, &["import", "receipt", receipt.to_str().unwrap()]);
    let purged = run(org, &["purge", "--acknowledged"]);
    assert!(purged.starts_with("2 delivered and purged"), "{purged}");
    (campaign, bundle, receipt)
}

#[test]
fn an_exchange_session_leaves_nothing_in_plain_text() {
    // Organizer and coordinator, each with TMPDIR pointed at a folder that is searched.
    let org = TestVault::new();
    let coord = TestVault::new();
    let tmp = org.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let (campaign, bundle, receipt) = run_exchange(&org, &coord, &tmp);
    // The coordinator holds the signatures (so the search is for something real).
    let held = coord.ok(&["list", "--campaign", &campaign, "--format", "json"]);
    for (name, _, _) in &EXCHANGED {
        assert!(held.contains(name), "{name} did not reach the coordinator");
    }
    let secrets: Vec<&str> = EXCHANGED
        .iter()
        .flat_map(|(n, e, p)| [*n, *e, *p])
        .chain(["Обмінна", "Ἀνταλλαγή", "vira.obminna", "eleni.antallagi"])
        .collect();
    // Both vault folders, the temp folder, and the bundle and receipt files.
    let mut leaks = leaks_below(&org.vault, &secrets);
    leaks.extend(leaks_below(&coord.vault, &secrets));
    leaks.extend(leaks_below(&tmp, &secrets));
    for f in [&bundle, &receipt] {
        leaks.extend(
            leaks_below(f.parent().unwrap(), &secrets)
                .into_iter()
                .filter(|l| l.ends_with(f.to_str().unwrap())),
        );
    }
    assert!(leaks.is_empty(), "plain text found:\n{}", leaks.join("\n"));
}

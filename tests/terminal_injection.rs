//! Terminal escape and bidi injection (threat model, "text that attacks the terminal"):
//! free text from outside — event names, places and notes, campaign titles and texts,
//! void reasons, field values, bundle headers — is refused when it holds control,
//! direction-override or invisible characters, on every way in (typed, crafted
//! campaign file, crafted bundle); and text stored before the check is printed with
//! those characters made visible, never raw, by every CLI command and TUI screen.
//! Errors never echo a name typed where an id or a campaign was expected.

mod common;
#[path = "tui/harness.rs"]
mod harness;

use common::{Exchange, TestVault, assert_clean_failure, s};
use fieldsign::model::{Event, EventId};
use fieldsign::vault::Vault;

/// Sets the window title, then turns the text red: what a hostile event name carries.
const OSC_TITLE: &str = "Rally\u{1b}]0;pwned\u{7}\u{1b}[31mRED";
/// SGR 8 conceals what follows; U+202E reverses it.
const CONCEALED: &str = "Vigil\u{1b}[8mhidden\u{202E}txt.exe";

/// Whether `text` holds anything that would act on a terminal or on the reader.
fn raw_hazard(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c != '\n' && fieldsign::model::text::hidden(c).is_some())
}

fn assert_safe(output: &std::process::Output, what: &str) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert_eq!(
            raw_hazard(&text),
            None,
            "{what}: {stream} holds a raw control/bidi character: {text:?}"
        );
    }
}

fn passphrase() -> age::secrecy::SecretString {
    harness::PASSPHRASE.to_owned().into()
}

/// Waits (a few seconds at most) until no one holds the vault's lock: a `Vault` just
/// dropped can release it a moment later under load.
fn wait_unlocked(dir: &std::path::Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while fieldsign::vault::DirLock::acquire(dir).is_err() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Opens a vault with the library, as an attacker holding the passphrase would. A
/// vault just closed (by the CLI or a dropped `Vault`) can take a moment to release
/// its lock under load, so "in use" is retried for a few seconds.
fn open(dir: &std::path::Path) -> Vault {
    wait_unlocked(dir);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match Vault::open(dir, &passphrase()) {
            Ok(vault) => return vault,
            Err(e)
                if std::time::Instant::now() < deadline
                    && (e.to_string().contains("in use") || e.to_string().contains("lock")) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => panic!("open vault: {e}"),
        }
    }
}

/// Stores events whose texts hold escapes straight into the vault, as a vault written
/// before the input check existed (or by a tool that skipped it) would hold them.
fn plant_events(t: &TestVault, campaign: &str, names: &[(&str, &str)]) -> Vec<EventId> {
    let vault = open(&t.vault);
    let events: Vec<Event> = names
        .iter()
        .map(|(name, place)| Event {
            id: EventId::random(),
            campaign: campaign.parse().expect("campaign id"),
            name: (*name).to_owned(),
            place: (*place).to_owned(),
            date: "2026-11-28".into(),
            notes: "\u{1b}[8m".into(),
            lines_per_sheet: None,
            created_by: vault.device_id(),
            created_at: 0,
        })
        .collect();
    vault.put_events(&events).expect("put events");
    events.iter().map(|e| e.id).collect()
}

#[test]
fn typed_text_with_escapes_overrides_or_invisibles_is_refused() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.store_snapshot();
    for name in [OSC_TITLE, CONCEALED, "Vi\u{200B}gil", "Vigil\u{2066}"] {
        let out = t.run(&["event", "create", "--campaign", &campaign, "--name", name]);
        assert_clean_failure(&out, &[name], "event create");
        assert_safe(&out, "event create");
        let out = t.run(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Ok",
            "--place",
            name,
        ]);
        assert_clean_failure(&out, &[name], "event create --place");
    }
    let out = t.run(&["campaign", "create", "--title", OSC_TITLE]);
    assert_clean_failure(&out, &[OSC_TITLE], "campaign create");
    assert_safe(&out, "campaign create");
    for value in ["Ol\u{200B}ena", "O\u{202E}lena", "Olena\u{1b}[8m"] {
        let out = t.run(&[
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
            &format!("name={value}"),
        ]);
        assert_clean_failure(&out, &[value], "add");
        assert_safe(&out, "add");
    }
    assert_eq!(t.store_snapshot(), before, "nothing was stored");
    // ZWJ and ZWNJ are part of Devanagari and Persian names: kept.
    let id = t.add(&campaign, &event, 1, 1, &[("name", "क्\u{200D}षमा")]);
    t.add(&campaign, &event, 1, 2, &[("name", "می\u{200C}نا")]);
    let out = t.run(&["void", &id, "--reason", "dup\u{202E}licate"]);
    assert_clean_failure(&out, &[], "void --reason");
    assert!(t.records().iter().all(|r| r["status"] == "valid"));
    t.ok(&["void", &id, "--reason", "duplicate"]);
}

#[test]
fn stored_escapes_are_shown_not_obeyed_by_every_command() {
    let t = TestVault::new();
    let (campaign, _) = t.campaign_and_event();
    let planted = plant_events(
        &t,
        &campaign,
        &[(OSC_TITLE, "Athens\u{202E}"), (CONCEALED, "\u{1b}[8mKyiv")],
    );
    let first = planted[0].to_string();
    t.add(&campaign, &first, 1, 1, &[("name", "Олена Шевченко")]);
    t.add(&campaign, &first, 1, 2, &[("name", "Олена Шевченко")]);
    for args in [
        &["event", "list"][..],
        &["event", "list", "--format", "json"],
        &["event", "list", "--format", "csv"],
        &["report"],
        &["report", "--format", "json"],
        &["dedupe"],
        &["list"],
        &["list", "--format", "csv"],
    ] {
        let out = t.run(args);
        assert!(out.status.success(), "{args:?}");
        assert_safe(&out, &format!("{args:?}"));
    }
    // The escapes are visible, not dropped: a person sees that something is odd.
    let table = t.ok(&["event", "list"]);
    assert!(
        table.contains("Rally\\u{1B}]0;pwned\\u{7}\\u{1B}[31mRED"),
        "{table}"
    );
    assert!(table.contains("\\u{202E}"), "{table}");
    // JSON keeps the exact text for programs, as JSON escapes.
    let json: serde_json::Value =
        serde_json::from_str(&t.ok(&["event", "list", "--format", "json"])).unwrap();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == OSC_TITLE)
    );
    // The "matches several events" error quotes the events' names: shown, not obeyed.
    let out = t.run(&[
        "add",
        "--campaign",
        &campaign,
        "--event",
        "i",
        "--sheet",
        "1",
        "--line",
        "3",
        "--field",
        "name=Ana",
    ]);
    assert_clean_failure(&out, &[], "ambiguous event");
    assert_safe(&out, "ambiguous event");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("several events"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_crafted_bundle_carrying_escapes_is_refused_at_the_coordinator() {
    let x = Exchange::new();
    // The organizer is the attacker: it holds its own passphrase, so it can put any
    // event into its own vault with the library, and fieldsign signs and sends it.
    plant_events(
        &x.org,
        &x.campaign,
        &[(OSC_TITLE, "Athens"), ("Rally", CONCEALED)],
    );
    let bundle = x.org.path("evil.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&bundle),
    ]);
    let before = x.coord.store_snapshot();
    let out = x.coord.run(&["verify", s(&bundle)]);
    assert_safe(&out, "verify");
    let out = x.coord.run(&["import", "bundle", s(&bundle)]);
    assert_clean_failure(&out, &[], "import of a bundle with escapes");
    assert_safe(&out, "import bundle");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("an event in it") && err.contains("control"),
        "{err}"
    );
    assert_eq!(x.coord.store_snapshot(), before, "nothing was imported");
}

/// A campaign file with escapes, signed with the coordinator's real key.
fn crafted_campaign_file(t: &TestVault, edit: impl Fn(&mut fieldsign::model::Campaign)) -> String {
    let file = t.path("good.fieldsign");
    if !file.exists() {
        t.ok(&[
            "campaign",
            "create",
            "--title",
            "Free them",
            "--out",
            s(&file),
        ]);
    }
    let mut campaign = fieldsign::sync::read_campaign_file(&std::fs::read(&file).unwrap()).unwrap();
    edit(&mut campaign);
    let vault = open(&t.vault);
    let bytes = fieldsign::sync::write_campaign_file(&campaign, &vault.signing_key());
    let path = t.path("crafted.fieldsign");
    std::fs::write(&path, bytes).unwrap();
    s(&path).to_owned()
}

#[test]
fn a_crafted_campaign_file_cannot_hide_the_fingerprint_or_drive_the_terminal() {
    type Edit = Box<dyn Fn(&mut fieldsign::model::Campaign)>;
    let coordinator = TestVault::new();
    let organizer = TestVault::new();
    // SGR 8 would conceal the real fingerprint line and a fake one would be read instead.
    let fake = "Free them\u{1b}[8m";
    let edits: Vec<(&str, Edit)> = vec![
        ("title", Box::new(move |c| c.title = fake.into())),
        ("title", Box::new(|c| c.title = OSC_TITLE.into())),
        ("title", Box::new(|c| c.title = "Free\u{202E}them".into())),
        (
            "petition text",
            Box::new(|c| {
                c.texts.insert("en".into(), "We ask\u{1b}[8m".into());
            }),
        ),
        (
            "option list",
            Box::new(|c| {
                c.fields.push(fieldsign::model::FieldSpec::new(
                    "team",
                    fieldsign::model::FieldKind::Choice(vec!["red\u{200B}".into()]),
                    false,
                ));
            }),
        ),
    ];
    for (part, edit) in edits {
        let file = crafted_campaign_file(&coordinator, edit);
        let out = organizer.run(&["campaign", "join", &file]);
        assert_clean_failure(&out, &[], part);
        assert_safe(&out, part);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(part), "{part}: {err}");
        assert_eq!(
            organizer.ok(&["campaign", "list", "--format", "json"]),
            "[]"
        );
    }
    // The honest file still joins, and its fingerprint is printed in plain sight.
    let out = organizer.run(&["campaign", "join", s(&coordinator.path("good.fieldsign"))]);
    assert!(out.status.success());
    assert_safe(&out, "join");
}

#[test]
fn tui_screens_show_stored_escapes_as_text() {
    let (root, campaign, _) = harness::vault_with_event();
    {
        let vault = open(&root.path().join("vault"));
        let event = Event {
            id: EventId::random(),
            campaign: campaign.id,
            name: OSC_TITLE.into(),
            place: "Kyiv\u{202E}".into(),
            date: String::new(),
            notes: String::new(),
            lines_per_sheet: None,
            created_by: vault.device_id(),
            created_at: 0,
        };
        vault.put_events(&[event]).expect("put");
    }
    wait_unlocked(&root.path().join("vault"));
    let opts = harness::options(&root);
    let mut tui = harness::Tui::start(root, opts, 100, 24);
    tui.keys(harness::PASSPHRASE);
    tui.keys("<enter>");
    let mut screens = vec![tui.screen()];
    // Walk down to the planted event and open it: the entry screen's heading names it.
    for _ in 0..6 {
        tui.keys("<down>");
        screens.push(tui.screen());
    }
    tui.keys("<enter>");
    screens.push(tui.screen());
    for screen in &screens {
        assert_eq!(raw_hazard(screen), None, "{screen}");
        for cell in tui.term.backend().buffer().content() {
            assert_eq!(raw_hazard(cell.symbol()), None);
        }
    }
    assert!(
        screens[0].contains("Rally\\u{1B}]0;pwned\\u{7}\\u{1B}[31mRED"),
        "{}",
        screens[0]
    );
}

#[test]
fn errors_never_echo_a_name_typed_where_an_id_or_campaign_belongs() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let id = t.add(&campaign, &event, 1, 1, &[("name", "Ana")]);
    let name = "Olena Shevchenko";
    for args in [
        &["amend", "Shevchenko", "--field", "name=Olena"][..],
        &["void", "Shevchenko", "--reason", "x"],
        &["list", "--campaign", name],
        &["list", "--campaign", "Shevchenko"],
        &["list", "--event", name],
        &["event", "create", "--campaign", name, "--name", "X"],
        &[
            "add",
            "--campaign",
            &campaign,
            "--event",
            name,
            "--sheet",
            "1",
            "--line",
            "2",
        ],
        &["device", "revoke", "Shevchenko"],
        &["campaign", "create", "--title", "T", "--recipient", name],
        &["report", "--campaign", name],
    ] {
        let out = t.run(args);
        assert_clean_failure(&out, &[name, "Shevchenko"], &format!("{args:?}"));
    }
    // An id is not a value: it may be quoted back.
    let missing = fieldsign::model::RecordId::random().to_string();
    let err = t.fails_cleanly(&["amend", &missing, "--field", "name=Ana"], &[]);
    assert!(err.contains(&missing), "{err}");
    t.ok(&["amend", &id, "--field", "name=Anna"]);
}

/// Stores a record with `fields` straight into the vault's log, as an older fieldsign
/// (before the input check) would have stored it; returns its id.
fn plant_record(
    t: &TestVault,
    campaign: &str,
    event: &str,
    line: u32,
    fields: &[(&str, &str)],
) -> String {
    use fieldsign::sync::{Op, OpBody};
    let vault = open(&t.vault);
    let record = fieldsign::model::RecordId::random();
    let op = Op {
        replica: fieldsign::model::DeviceId::random(),
        seq: 1,
        lamport: 1,
        campaign: campaign.parse().unwrap(),
        record,
        at: 0,
        body: OpBody::Add {
            event: event.parse().unwrap(),
            sheet: 7,
            line,
            line_kind: fieldsign::model::LineKind::Signature,
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        },
    };
    vault.commit_ops(&[op]).expect("commit");
    record.to_string()
}

#[test]
fn stored_values_with_escapes_are_shown_not_obeyed_and_invisibles_do_not_hide_duplicates() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    plant_record(
        &t,
        &campaign,
        &event,
        1,
        &[("name", OSC_TITLE), ("city", CONCEALED)],
    );
    plant_record(
        &t,
        &campaign,
        &event,
        2,
        &[
            ("name", "Ол\u{200B}ена Шевченко"),
            ("email", "o@example.org"),
        ],
    );
    t.add(
        &campaign,
        &event,
        1,
        1,
        &[("name", "Олена Шевченко"), ("email", "o@example.org")],
    );
    for args in [
        &["list"][..],
        &["list", "--format", "csv"],
        &["list", "--format", "json"],
        &["dedupe"],
        &["dedupe", "--format", "json"],
    ] {
        let out = t.run(args);
        assert!(out.status.success(), "{args:?}");
        assert_safe(&out, &format!("{args:?}"));
    }
    assert!(t.ok(&["list"]).contains("\\u{1B}]0;pwned"));
    // The zero-width space stored earlier does not hide the duplicate.
    let groups: serde_json::Value =
        serde_json::from_str(&t.ok(&["dedupe", "--format", "json"])).unwrap();
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    // The TUI's browse screen shows them as text too.
    let root = t.root.path().to_path_buf();
    let mut opts = fieldsign::tui::Options::new(root.join("vault"));
    opts.kdf_work_factor = 10;
    opts.theme = fieldsign::tui::Theme { color: false };
    opts.clock = harness::clock();
    wait_unlocked(&root.join("vault"));
    let mut tui = harness::Tui::start(tempfile::tempdir().unwrap(), opts, 120, 24);
    tui.keys(harness::PASSPHRASE);
    tui.keys("<enter>");
    tui.keys("b");
    let screen = tui.screen();
    assert_eq!(raw_hazard(&screen), None, "{screen}");
    assert!(screen.contains("\\u{1B}"), "{screen}");
    for cell in tui.term.backend().buffer().content() {
        assert_eq!(raw_hazard(cell.symbol()), None);
    }
}

//! `add`, `amend`, `void` and `list` through the real binary, and the errors a person
//! meets typing values: validation, unknown fields and records.

mod common;

use common::TestVault;
use serde_json::Value;

#[test]
fn add_prints_the_id_alone() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let out = t.run(&[
        "add",
        "--campaign",
        &campaign,
        "--event",
        &event,
        "--sheet",
        "2",
        "--line",
        "7",
        "--field",
        "name=Olena Kovalenko",
        "--field",
        "email=Olena@Example.ORG",
        "--field",
        "country=ua",
        "--field",
        "contact_ok=x",
    ]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let id = stdout.strip_suffix('\n').expect("one line");
    assert_eq!(id.len(), 16);
    assert!(
        id.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
        "{id}"
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Olena"));

    let records = t.records();
    assert_eq!(records.len(), 1);
    let r = &records[0];
    // The stable JSON shape.
    for key in [
        "id", "campaign", "event", "sheet", "line", "status", "fields",
    ] {
        assert!(r.get(key).is_some(), "missing {key} in {r}");
    }
    assert_eq!(r["id"], id);
    assert_eq!(r["campaign"], campaign.as_str());
    assert_eq!(r["event"], event.as_str());
    assert_eq!(r["sheet"], 2);
    assert_eq!(r["line"], 7);
    assert_eq!(r["status"], "valid");
    assert_eq!(
        r["fields"],
        serde_json::json!({
            "name": "Olena Kovalenko",
            "email": "Olena@example.org",
            "country": "UA",
            "contact_ok": "yes",
        }),
        "values normalized, empty fields absent"
    );
}

#[test]
fn illegible_lines_need_no_name() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let id = t.ok(&[
        "add",
        "--campaign",
        &campaign,
        "--event",
        &event,
        "--sheet",
        "1",
        "--line",
        "3",
        "--illegible",
    ]);
    assert_eq!(t.records()[0]["id"], id.as_str());
    assert_eq!(t.records()[0]["status"], "illegible");
}

#[test]
fn amend_and_void() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let id = t.add(
        &campaign,
        &event,
        1,
        1,
        &[("name", "Jan Novák"), ("city", "Brno")],
    );
    let other = t.add(&campaign, &event, 1, 2, &[("name", "Eva Svobodová")]);

    t.ok(&[
        "amend",
        &id,
        "--field",
        "name=Jan Nováček",
        "--field",
        "email=jan@example.cz",
        "--field",
        "city=",
    ]);
    let r = &t.records()[0];
    assert_eq!(r["id"], id.as_str());
    assert_eq!(
        r["fields"],
        serde_json::json!({"name": "Jan Nováček", "email": "jan@example.cz"}),
        "an empty value clears an optional field"
    );
    assert_eq!(
        (r["sheet"].as_u64(), r["line"].as_u64()),
        (Some(1), Some(1)),
        "origin kept"
    );

    t.ok(&["void", &other, "--reason", "duplicate of sheet 1 line 1"]);
    let visible: Vec<Value> = serde_json::from_str(&t.ok(&["list", "--format", "json"])).unwrap();
    assert_eq!(visible.len(), 1, "void records are hidden by default");
    let all = t.records();
    assert_eq!(all.len(), 2);
    assert_eq!(all[1]["status"], "void");
    assert_eq!(all[1]["void_reason"], "duplicate of sheet 1 line 1");
    assert_eq!(
        all[1]["fields"]["name"], "Eva Svobodová",
        "its history stays"
    );
}

#[test]
fn amend_and_void_refuse_bad_input() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let id = t.add(&campaign, &event, 1, 1, &[("name", "Jan Novák")]);
    let before = t.snapshot();

    let err = t.fails_cleanly(&["amend", &id, "--field", "name="], &[]);
    assert!(err.contains("field `name` is required"), "{err}");
    let err = t.fails_cleanly(
        &["amend", &id, "--field", "email=jan(at)example.cz"],
        &["jan(at)example.cz"],
    );
    assert!(
        err.contains("field `email` is not an email address"),
        "{err}"
    );
    let err = t.fails_cleanly(&["amend", &id, "--field", "shoe=42"], &[]);
    assert!(err.contains("unknown field `shoe`"), "{err}");

    let unknown = "aaaaaaaaaaaaaaaa";
    for args in [
        &["amend", unknown, "--field", "name=Petr Dvořák"][..],
        &["void", unknown],
    ] {
        let err = t.fails_cleanly(args, &["Petr Dvořák"]);
        assert!(err.contains("no record with id aaaaaaaaaaaaaaaa"), "{err}");
    }
    let err = t.fails_cleanly(&["void", "not-an-id"], &[]);
    assert!(err.contains("not a fieldsign id"), "{err}");
    assert_eq!(t.snapshot(), before, "nothing changed");
}

#[test]
fn validation_errors_name_the_field_and_why_never_the_value() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    let long = "Я".repeat(201);
    // (field pair, expected message part, secret that must not appear)
    let cases: Vec<(String, &str, String)> = vec![
        (
            "email=Олена at mail".into(),
            "field `email` is not an email address",
            "Олена at mail".into(),
        ),
        (
            "phone=call Σωκράτη".into(),
            "field `phone` is not a phone number",
            "Σωκράτη".into(),
        ),
        (
            "country=Ελλάδα".into(),
            "field `country` is not an ISO 3166 country code",
            "Ελλάδα".into(),
        ),
        (
            "postcode=محمد علي ١٢٣٤٥٦٧".into(),
            "field `postcode` is not a postcode",
            "محمد".into(),
        ),
        (
            "contact_ok=शायद".into(),
            "field `contact_ok` is not a checkbox value",
            "शायद".into(),
        ),
        (
            "city=Line\u{7}Bell".into(),
            "field `city` contains control characters",
            "Line".into(),
        ),
        (
            format!("city={long}"),
            "field `city` is too long",
            "ЯЯЯЯЯЯЯЯ".into(),
        ),
    ];
    for (pair, expect, secret) in &cases {
        let args = [
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
            "name=Aarav Sharma",
            "--field",
            pair,
        ];
        let err = t.fails_cleanly(&args, &[secret, "Aarav Sharma"]);
        assert!(err.contains(expect), "{pair}: {err}");
        assert!(err.contains("nothing was saved"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(t.snapshot(), before, "nothing was saved");
}

#[test]
fn several_problems_and_misplaced_values() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    // Several problems at once are all reported.
    let err = t.fails_cleanly(
        &[
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
            "email=nope",
            "--field",
            "shoe=44",
        ],
        &["nope"],
    );
    for part in [
        "field `email`",
        "unknown field `shoe`",
        "field `name` is required",
    ] {
        assert!(err.contains(part), "{part}: {err}");
    }
    // A key that is not shaped like a field key may be a value typed in the wrong place.
    let err = t.fails_cleanly(
        &[
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
            "Олена Шевченко=x",
        ],
        &["Олена"],
    );
    assert!(
        err.contains("unknown field (its name is not shown"),
        "{err}"
    );
    let err = t.fails_cleanly(
        &[
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
            "Олена Шевченко",
        ],
        &["Олена"],
    );
    assert!(err.contains("KEY=VALUE"), "{err}");
    let err = t.fails_cleanly(
        &[
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "0",
            "--line",
            "1",
            "--field",
            "name=Ana",
        ],
        &[],
    );
    assert!(err.contains("--sheet"), "{err}");
    assert_eq!(t.snapshot(), before, "nothing was saved");
}

#[test]
fn list_formats() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let a = t.add(
        &campaign,
        &event,
        1,
        2,
        &[("name", "Zoë, \"the\" Ørsted"), ("city", "Aarhus")],
    );
    let b = t.add(&campaign, &event, 1, 1, &[("name", "अमित शर्मा")]);

    let table = t.ok(&["list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("NAME") && lines[0].contains("CONTACT_OK"),
        "{table}"
    );
    assert!(
        lines[1].starts_with(&b),
        "paper order: sheet 1 line 1 first: {table}"
    );
    assert!(
        lines[2].starts_with(&a) && lines[2].contains("Aarhus"),
        "{table}"
    );

    let csv = t.ok(&["list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        headers,
        [
            "id",
            "event",
            "sheet",
            "line",
            "status",
            "name",
            "email",
            "phone",
            "city",
            "country",
            "postcode",
            "contact_ok"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[1][0], a.as_str());
    assert_eq!(&rows[1][5], "Zoë, \"the\" Ørsted", "quoted properly");
    assert_eq!(&rows[0][5], "अमित शर्मा");

    let json: Vec<Value> =
        serde_json::from_str(&t.ok(&["list", "--format", "json", "--event", "Vigil"])).unwrap();
    assert_eq!(json.len(), 2);
    assert_eq!(json[0]["id"], b.as_str());

    // --event filters; another event's records are not shown.
    let other = t.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Other",
    ]);
    t.add(&campaign, &other, 1, 1, &[("name", "Kari Nordmann")]);
    let json: Vec<Value> =
        serde_json::from_str(&t.ok(&["list", "--format", "json", "--event", "Other"])).unwrap();
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["fields"]["name"], "Kari Nordmann");
    assert_eq!(t.records().len(), 3);
}

#[test]
fn typed_text_round_trips_as_nfc_in_every_script() {
    use unicode_normalization::UnicodeNormalization;
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let names = [
        "Zoë Ørsted-Núñez",
        "Йосип Їжаков",
        "Ἀλέξανδρος Ῥήγας",
        "مُحَمَّد عَلِيّ",
        "प्रिया नायर",
    ];
    for (i, name) in names.iter().enumerate() {
        // Typed decomposed (as some keyboards and macOS file names produce it).
        let nfd: String = name.nfd().collect();
        let line = u32::try_from(i).unwrap() + 1;
        t.add(
            &campaign,
            &event,
            1,
            line,
            &[("name", &nfd), ("city", name)],
        );
    }
    let records = t.records();
    for (record, name) in records.iter().zip(names) {
        let nfc: String = name.nfc().collect();
        assert_eq!(record["fields"]["name"], nfc.as_str());
        assert_eq!(record["fields"]["city"], nfc.as_str());
    }
    // The CSV and table outputs carry the same bytes.
    let csv = t.ok(&["list", "--format", "csv"]);
    let table = t.ok(&["list"]);
    for name in names {
        let nfc: String = name.nfc().collect();
        assert!(csv.contains(&nfc) && table.contains(&nfc), "{name}");
    }
}

#[test]
fn a_stray_word_is_not_echoed() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    for args in [
        &[
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "1",
            "Олена Шевченко",
        ][..],
        &["Олена Шевченко"],
        &["list", "olena@example.org"],
    ] {
        let out = t.run(args);
        assert_eq!(out.status.code(), Some(2), "a usage error");
        common::assert_clean_failure(&out, &["Олена", "olena@example.org"], "stray word");
    }
    // A mistyped flag is still named, with clap's suggestion.
    let out = t.run(&["list", "--fromat", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fromat"));
    assert_eq!(t.snapshot(), before);
}

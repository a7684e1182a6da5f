//! Double entry through the real binary (issue 15, CLI half): a second, blind entry
//! of a paper line that agrees verifies it (the line counts once), one that differs
//! names the differing field keys and never a value of the first entry, `compare`
//! lists lines typed once, agreed and differing, and `resolve` keeps one entry,
//! corrects it and verifies the line. Then verifications and resolutions travel in
//! bundles and come out the same in any order of arrival.

mod common;

use std::path::PathBuf;

use common::{Exchange, TestVault, assert_clean_failure, s};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

/// `add --second-entry`: (stdout id, stderr).
fn second(
    t: &TestVault,
    campaign: &str,
    event: &str,
    sheet: u32,
    line: u32,
    fields: &[(&str, &str)],
) -> (String, String) {
    let (sheet, line) = (sheet.to_string(), line.to_string());
    let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut args = vec![
        "add",
        "--campaign",
        campaign,
        "--event",
        event,
        "--sheet",
        &sheet,
        "--line",
        &line,
        "--second-entry",
    ];
    for pair in &pairs {
        args.push("--field");
        args.push(pair);
    }
    let out = t.run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn compare(t: &TestVault) -> Value {
    json(&t.ok(&["compare", "--format", "json"]))
}

fn listed(t: &TestVault) -> Vec<Value> {
    json(&t.ok(&["list", "--format", "json"]))
        .as_array()
        .unwrap()
        .clone()
}

fn by_id<'a>(records: &'a [Value], id: &str) -> &'a Value {
    records.iter().find(|r| r["id"] == id).expect("listed")
}

const OLENA: &[(&str, &str)] = &[("name", "Olena Shevchenko"), ("email", "olena@example.org")];
const OLENA_TYPO: &[(&str, &str)] = &[("name", "Olena Shevchenco"), ("email", "olena@example.org")];
const JOSE: &[(&str, &str)] = &[("name", "José Lima"), ("city", "Porto")];

#[test]
fn a_second_entry_that_agrees_verifies_the_line_and_counts_once() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let first = t.add(&campaign, &event, 1, 1, OLENA);
    t.add(&campaign, &event, 1, 2, JOSE);
    // Typed again blind; the email domain in capitals agrees after normalization.
    let (id, stderr) = second(
        &t,
        &campaign,
        &event,
        1,
        1,
        &[("name", "Olena Shevchenko"), ("email", "olena@EXAMPLE.ORG")],
    );
    assert_eq!(id.len(), 16);
    assert!(stderr.contains("agrees with the first entry"), "{stderr}");
    assert!(stderr.contains(&first), "{stderr}");
    assert!(
        !stderr.contains("Olena") && !stderr.contains("olena@"),
        "{stderr}"
    );
    // One signature per paper line: the second entry is its verification.
    let records = listed(&t);
    assert_eq!(records.len(), 2);
    assert_eq!(by_id(&records, &first)["verified"], true);
    let all = t.records();
    let kept = by_id(&all, &id);
    assert_eq!(kept["status"], "void");
    assert_eq!(kept["void_reason"], format!("double entry of {first}"));
    let report = json(&t.ok(&["report", "--format", "json"]))[0].clone();
    assert_eq!(report["valid"], 2);
    let c = compare(&t);
    assert_eq!(c["typed_once"], 1);
    assert_eq!(c["differ"].as_array().unwrap().len(), 0);
    let agreed = c["agreed"].as_array().unwrap();
    assert_eq!(agreed.len(), 1);
    assert_eq!(agreed[0]["sheet"], 1);
    assert_eq!(agreed[0]["line"], 1);
    assert_eq!(agreed[0]["event"], event.as_str());
    assert_eq!(agreed[0]["records"], serde_json::json!([first, id]));
    assert_eq!(agreed[0]["verified"], true);
}

#[test]
fn a_second_entry_that_differs_names_the_fields_and_resolve_settles_it() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let first = t.add(&campaign, &event, 2, 5, OLENA);
    let (typo, stderr) = second(&t, &campaign, &event, 2, 5, OLENA_TYPO);
    assert!(stderr.contains("differs from the first entry"), "{stderr}");
    assert!(stderr.contains("in: name."), "{stderr}");
    for value in ["Shevchenko", "Shevchenco", "olena@"] {
        assert!(!stderr.contains(value), "{value} in {stderr}");
    }
    // Both stay listed until the line is resolved: shown, not silently merged.
    assert_eq!(listed(&t).len(), 2);
    let c = compare(&t);
    let differ = c["differ"].as_array().unwrap();
    assert_eq!(differ.len(), 1);
    assert_eq!(differ[0]["records"], serde_json::json!([first, typo]));
    assert_eq!(differ[0]["fields"], serde_json::json!(["name"]));
    assert!(differ[0].get("values").is_none());
    let table = t.ok(&["compare"]);
    assert!(
        table.contains("differ") && table.contains("name"),
        "{table}"
    );
    assert!(!table.contains("Shevchen"), "{table}");
    // Values only on request, for the person holding the paper.
    let shown = t.ok(&["compare", "--show-values"]);
    assert!(
        shown.contains("Shevchenko") && shown.contains("Shevchenco"),
        "{shown}"
    );
    let shown = json(&t.ok(&["compare", "--format", "json", "--show-values"]));
    assert_eq!(
        shown["differ"][0]["values"][&typo]["name"],
        "Olena Shevchenco"
    );
    // The paper says neither: keep the first entry and correct it.
    let out = t.run(&[
        "resolve",
        "--event",
        &event,
        "--sheet",
        "2",
        "--line",
        "5",
        "--keep",
        &first,
        "--field",
        "name=Olena Ševčenko",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("amended: name"), "{stderr}");
    assert!(!stderr.contains("Ševčenko"), "{stderr}");
    let records = listed(&t);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], first.as_str());
    assert_eq!(records[0]["verified"], true);
    assert_eq!(records[0]["fields"]["name"], "Olena Ševčenko");
    let c = compare(&t);
    assert_eq!(c["differ"].as_array().unwrap().len(), 0);
    assert_eq!(c["resolved"][0]["kept"], first.as_str());
    // Resolved again the other way: the latest resolution holds.
    t.ok(&[
        "resolve", "--event", &event, "--sheet", "2", "--line", "5", "--keep", &typo,
    ]);
    let records = listed(&t);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], typo.as_str());
}

#[test]
fn refusals_say_why_and_change_nothing() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let first = t.add(&campaign, &event, 1, 1, OLENA);
    let other = t.add(&campaign, &event, 1, 2, JOSE);
    let second_args = |line: &str| -> Vec<String> {
        [
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            line,
            "--second-entry",
            "--field",
            "name=Olena Shevchenko",
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (second_args("3"), "no first entry"),
        (
            [
                "resolve", "--event", &event, "--sheet", "1", "--line", "1", "--keep", &other,
            ]
            .map(str::to_owned)
            .to_vec(),
            "is not an entry of sheet 1 line 1",
        ),
        (
            [
                "resolve", "--event", &event, "--sheet", "1", "--line", "1", "--keep", &first,
            ]
            .map(str::to_owned)
            .to_vec(),
            "one entry only",
        ),
        (
            [
                "resolve", "--event", &event, "--sheet", "1", "--line", "9", "--keep", &first,
            ]
            .map(str::to_owned)
            .to_vec(),
            "no entries",
        ),
        (
            ["resolve", "--event", &event, "--sheet", "1", "--line", "1"]
                .map(str::to_owned)
                .to_vec(),
            "--keep",
        ),
    ];
    for (args, expect) in cases {
        let before = t.store_snapshot();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = t.run(&args);
        assert_clean_failure(&out, &["Olena", "Shevchenko"], &format!("{args:?}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert_eq!(t.store_snapshot(), before, "{args:?} changed the store");
    }
    // A second entry whose values break the rules saves nothing either.
    let before = t.store_snapshot();
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
        "--second-entry",
        "--field",
        "email=not-an-email",
    ]);
    assert_clean_failure(&out, &["not-an-email"], "invalid second entry");
    assert_eq!(t.store_snapshot(), before);
    // --allow-retype and --second-entry are two different things.
    assert_clean_failure(
        &t.run(&[
            "add",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            "1",
            "--second-entry",
            "--allow-retype",
            "--field",
            "name=x",
        ]),
        &[],
        "both",
    );
}

fn export(who: &TestVault, campaign: &str, name: &str) -> PathBuf {
    let out = who.path(name);
    who.ok(&[
        "export",
        "bundle",
        "--campaign",
        campaign,
        "--out",
        s(&out),
        "--all",
        "--force",
    ]);
    out
}

/// A backup vault of the coordinator, which reads every bundle the coordinator can.
fn backup(x: &Exchange) -> (TestVault, PathBuf) {
    let identity = x.coord.path("identity.txt");
    if !identity.exists() {
        x.coord.ok(&["identity", "export", "--out", s(&identity)]);
    }
    let b = TestVault::new();
    b.ok(&["campaign", "join", s(&x.coord.path("campaign.fieldsign"))]);
    (b, identity)
}

#[test]
fn verifications_and_resolutions_travel_and_merge_in_any_order() {
    let x = Exchange::new();
    let (org, coord) = (&x.org, &x.coord);
    // The organizer types sheet 1 twice: line 1 agrees (verified on the laptop),
    // line 2 has a typo in the second entry.
    let l1 = org.add(&x.campaign, &x.event, 1, 1, OLENA);
    let l2 = org.add(&x.campaign, &x.event, 1, 2, JOSE);
    let (l1b, _) = second(org, &x.campaign, &x.event, 1, 1, OLENA);
    let (l2b, _) = second(
        org,
        &x.campaign,
        &x.event,
        1,
        2,
        &[("name", "Jose Lima"), ("city", "Porto")],
    );
    let typed = export(org, &x.campaign, "typed.age");
    coord.ok(&["import", "bundle", s(&typed)]);
    assert_eq!(
        json(&coord.ok(&["list", "--format", "json"]))
            .as_array()
            .unwrap()
            .len(),
        3
    );
    // The coordinator types line 3 of the organizer's sheet, in the organizer's event,
    // twice.
    let l3 = coord.add(&x.campaign, &x.event, 1, 3, &[("name", "Ana")]);
    let (l3b, _) = second(coord, &x.campaign, &x.event, 1, 3, &[("name", "Ana")]);
    // It resolves line 2 against the paper.
    coord.ok(&[
        "resolve", "--event", &x.event, "--sheet", "1", "--line", "2", "--keep", &l2,
    ]);
    let decided = export(coord, &x.campaign, "decided.age");
    let expected = (
        coord.ok(&["list", "--all", "--format", "json"]),
        coord.ok(&["compare", "--format", "json"]),
    );
    let c = json(&expected.1);
    assert_eq!(c["agreed"].as_array().unwrap().len(), 2);
    assert_eq!(c["resolved"][0]["records"], serde_json::json!([l2, l2b]));
    let listed = json(&coord.ok(&["list", "--format", "json"]));
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    for id in [&l1, &l2, &l3] {
        assert!(ids.contains(&id.as_str()), "{id} in {ids:?}");
    }
    for id in [&l1b, &l2b, &l3b] {
        assert!(!ids.contains(&id.as_str()));
    }
    for order in [[&typed, &decided], [&decided, &typed]] {
        let (b, identity) = backup(&x);
        for bundle in order {
            let out = b.run(&["import", "bundle", "--identity", s(&identity), s(bundle)]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let got = (
            b.ok(&["list", "--all", "--format", "json"]),
            b.ok(&["compare", "--format", "json"]),
        );
        assert_eq!(got, expected, "order {order:?}");
    }
}

#[test]
fn an_organizer_resolves_only_its_own_entries_and_the_coordinator_verifies_agreed_lines() {
    let x = Exchange::new();
    let (org, coord) = (&x.org, &x.coord);
    org.add(&x.campaign, &x.event, 4, 1, OLENA);
    let typed = export(org, &x.campaign, "typed.age");
    coord.ok(&["import", "bundle", s(&typed)]);
    // The coordinator's own entry of the same line (retyped from the paper, not blind).
    let theirs = coord.ok(&[
        "add",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        "--sheet",
        "4",
        "--line",
        "1",
        "--allow-retype",
        "--field",
        "name=Olena Shevchenko",
        "--field",
        "email=olena@example.org",
    ]);
    let c = compare(coord);
    assert_eq!(c["agreed"][0]["verified"], false);
    assert!(coord.ok(&["compare"]).contains("not verified"));
    // Agreed lines from different devices count twice until verified.
    assert_eq!(
        json(&coord.ok(&["list", "--format", "json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let out = coord.ok(&["resolve", "--agreed"]);
    assert_eq!(out.trim(), "1");
    let listed = json(&coord.ok(&["list", "--format", "json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_ne!(listed[0]["id"], theirs.as_str(), "the first entry is kept");
    assert_eq!(listed[0]["verified"], true);
    // An organizer may not verify lines typed elsewhere away.
    let mine = org.add(&x.campaign, &x.event, 5, 1, OLENA);
    org.ok(&[
        "add",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        "--sheet",
        "5",
        "--line",
        "1",
        "--allow-retype",
        "--field",
        "name=Olena",
    ]);
    org.ok(&[
        "resolve", "--event", &x.event, "--sheet", "5", "--line", "1", "--keep", &mine,
    ]);
    let before = org.store_snapshot();
    let out = org.run(&["resolve", "--agreed"]);
    assert_clean_failure(&out, &["Olena"], "organizer --agreed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("only the coordinator"));
    assert_eq!(org.store_snapshot(), before);
}

#[test]
fn a_campaign_that_requires_double_entry_counts_and_exports_verified_apart() {
    let t = TestVault::new();
    let file = t.path("campaign.fieldsign");
    let campaign = t.ok(&[
        "campaign",
        "create",
        "--title",
        "Free them",
        "--double-entry",
        "--out",
        s(&file),
    ]);
    let event = t.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil",
    ]);
    // The campaign file says so in its version, so an older fieldsign refuses it
    // instead of joining it without double entry; a file without it stays version 1.
    let first_line = std::fs::read_to_string(&file).unwrap();
    let body: Value = serde_json::from_str(first_line.lines().next().unwrap()).unwrap();
    assert_eq!(body["version"], 2);
    assert_eq!(body["campaign"]["double_entry"], true);
    let plain = TestVault::new();
    plain.campaign_and_event();
    let plain_file = std::fs::read_to_string(plain.path("campaign.fieldsign")).unwrap();
    let plain_body: Value = serde_json::from_str(plain_file.lines().next().unwrap()).unwrap();
    assert_eq!(plain_body["version"], 1);
    assert!(plain_body["campaign"].get("double_entry").is_none());
    // An organizer joins it and sees it.
    let org = TestVault::new();
    org.ok(&["campaign", "join", s(&file)]);
    let listed = json(&org.ok(&["campaign", "list", "--format", "json"]));
    assert_eq!(listed[0]["double_entry"], true);

    t.add(&campaign, &event, 1, 1, OLENA);
    second(&t, &campaign, &event, 1, 1, OLENA);
    t.add(&campaign, &event, 1, 2, JOSE);
    let report = json(&t.ok(&["report", "--format", "json"]))[0].clone();
    assert_eq!(report["valid"], 2);
    assert_eq!(
        report["double_entry"],
        serde_json::json!({"required": true, "verified": 1, "not_verified": 1, "lines_differ": 0, "lines_agreed_not_verified": 0})
    );
    assert!(
        t.ok(&["report"])
            .contains("double entry: verified 1 · not verified 1")
    );
    // Delivery files carry a `verified` column; --verified-only keeps verified lines.
    for profile in ["plain", "action-network"] {
        let csv = t.path(&format!("{profile}.csv"));
        t.ok(&[
            "export",
            "csv",
            "--campaign",
            &campaign,
            "--out",
            s(&csv),
            "--profile",
            profile,
            "--force",
        ]);
        let text = std::fs::read_to_string(&csv).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].ends_with(",verified"), "{profile}: {text}");
        assert_eq!(lines.len(), 3, "{profile}: {text}");
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Shevchenko") && l.ends_with(",yes")),
            "{text}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Porto") && l.ends_with(",no")),
            "{text}"
        );
        t.ok(&[
            "export",
            "csv",
            "--campaign",
            &campaign,
            "--out",
            s(&csv),
            "--profile",
            profile,
            "--force",
            "--verified-only",
        ]);
        let text = std::fs::read_to_string(&csv).unwrap();
        assert_eq!(text.lines().count(), 2, "{profile}: {text}");
        assert!(
            text.contains("Shevchenko") && !text.contains("Porto"),
            "{text}"
        );
    }
    let xlsx = t.path("d.xlsx");
    t.ok(&[
        "export",
        "xlsx",
        "--campaign",
        &campaign,
        "--out",
        s(&xlsx),
        "--verified-only",
    ]);
    assert!(xlsx.exists());
    // `counts` has no personal data and no such column; --verified-only still applies.
    let counts = t.path("counts.csv");
    t.ok(&[
        "export",
        "csv",
        "--campaign",
        &campaign,
        "--out",
        s(&counts),
        "--profile",
        "counts",
        "--verified-only",
    ]);
    let text = std::fs::read_to_string(&counts).unwrap();
    assert!(!text.lines().next().unwrap().contains("verified"), "{text}");
    assert!(text.lines().nth(1).unwrap().ends_with(",1"), "{text}");
}

#[test]
fn two_organizers_type_one_shared_sheet_and_meet_at_the_coordinator_in_either_order() {
    let coord = TestVault::new();
    let file = coord.path("campaign.fieldsign");
    let campaign = coord.ok(&[
        "campaign",
        "create",
        "--title",
        "Free them",
        "--double-entry",
        "--out",
        s(&file),
    ]);
    // The coordinator shares an event; the campaign file says so (version 2).
    let update = coord.path("update.fieldsign");
    let event = coord.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil at the embassy",
        "--date",
        "2026-11-28",
        "--out",
        s(&update),
    ]);
    let body: Value = serde_json::from_str(
        std::fs::read_to_string(&update)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(body["version"], 2);
    assert_eq!(body["campaign"]["events"][0]["id"], event.as_str());
    let (a, b) = (TestVault::new(), TestVault::new());
    // One organizer joined before the event existed and applies the update; the other
    // joins with the newer file.
    a.ok(&["campaign", "join", s(&file)]);
    a.ok(&["campaign", "update", s(&update)]);
    b.ok(&["campaign", "join", s(&update)]);
    for organizer in [&a, &b] {
        let events = json(&organizer.ok(&["event", "list", "--format", "json"]));
        assert_eq!(events.as_array().unwrap().len(), 1);
        assert_eq!(events[0]["id"], event.as_str());
    }
    // An organizer's own event of the same name is another event.
    let own = a.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil at the embassy",
    ]);
    assert_ne!(own, event);
    // Both type sheet 1 of the shared event: line 1 agrees, line 2 has a typo at B.
    let a1 = a.add(&campaign, &event, 1, 1, OLENA);
    let a2 = a.add(&campaign, &event, 1, 2, JOSE);
    let b1 = b.add(&campaign, &event, 1, 1, OLENA);
    let b2 = b.add(
        &campaign,
        &event,
        1,
        2,
        &[("name", "Jose Lima"), ("city", "Porto")],
    );
    let from_a = export(&a, &campaign, "a.age");
    let from_b = export(&b, &campaign, "b.age");
    // The coordinator imports A then B; a backup of the coordinator B then A.
    coord.ok(&["import", "bundle", s(&from_a)]);
    coord.ok(&["import", "bundle", s(&from_b)]);
    let identity = coord.path("identity.txt");
    coord.ok(&["identity", "export", "--out", s(&identity)]);
    let backup = TestVault::new();
    backup.ok(&["campaign", "join", s(&update)]);
    for bundle in [&from_b, &from_a] {
        backup.ok(&["import", "bundle", "--identity", s(&identity), s(bundle)]);
    }
    let state = |t: &TestVault| {
        (
            t.ok(&["compare", "--format", "json"]),
            t.ok(&["list", "--all", "--format", "json"]),
        )
    };
    assert_eq!(state(&coord), state(&backup));
    let c = compare(&coord);
    assert_eq!(c["typed_once"], 0);
    assert_eq!(c["agreed"][0]["line"], 1);
    assert_eq!(c["agreed"][0]["verified"], false);
    assert_eq!(c["differ"][0]["line"], 2);
    assert_eq!(c["differ"][0]["fields"], serde_json::json!(["name"]));
    let mut entries: Vec<String> = c["differ"][0]["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    entries.sort();
    let mut expected = vec![a2.clone(), b2];
    expected.sort();
    assert_eq!(entries, expected);
    let report = json(&coord.ok(&["report", "--format", "json"]))[0].clone();
    assert_eq!(report["valid"], 4, "not verified yet: each entry counts");
    assert_eq!(report["double_entry"]["lines_agreed_not_verified"], 1);
    assert_eq!(report["double_entry"]["lines_differ"], 1);
    // The coordinator settles both lines; each counts once, verified.
    assert_eq!(coord.ok(&["resolve", "--agreed"]).trim(), "1");
    coord.ok(&[
        "resolve", "--event", &event, "--sheet", "1", "--line", "2", "--keep", &a2,
    ]);
    let report = json(&coord.ok(&["report", "--format", "json"]))[0].clone();
    assert_eq!(report["valid"], 2);
    assert_eq!(report["double_entry"]["verified"], 2);
    assert_eq!(report["double_entry"]["not_verified"], 0);
    let kept: Vec<String> = json(&coord.ok(&["list", "--format", "json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kept.len(), 2);
    assert!(kept.contains(&a2));
    assert!(kept.contains(&a1) || kept.contains(&b1));
    // Only the coordinator shares events.
    let before = a.store_snapshot();
    let out = a.run(&[
        "event",
        "share",
        "--campaign",
        &campaign,
        "--event",
        &own,
        "--out",
        s(&a.path("mine.fieldsign")),
    ]);
    assert_clean_failure(&out, &[], "organizer shares");
    assert!(String::from_utf8_lossy(&out.stderr).contains("only the coordinator"));
    assert_eq!(a.store_snapshot(), before);
}

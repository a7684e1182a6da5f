//! `dedupe resolve` through the real binary: a coordinator decides "same signer" (the
//! others stop counting, everywhere: list, report, exports) or "different people" (never
//! proposed again), undoes either, and every refusal changes nothing. Then decisions
//! travel in bundles to backup vaults, in either order of arrival, and come out the same.

mod common;

use std::path::PathBuf;

use common::{Exchange, TestVault, assert_clean_failure, s};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

/// Three lines of one signer (Latin, Cyrillic, surname first) and a stranger.
fn three_of_one(t: &TestVault, campaign: &str, event: &str) -> Vec<String> {
    let lines: [&[(&str, &str)]; 4] = [
        &[("name", "Olena Shevchenko"), ("email", "olena@example.org")],
        &[("name", "Олена Шевченко"), ("email", "olena@example.org")],
        &[("name", "Shevchenko Olena"), ("email", "OLENA@example.org")],
        &[("name", "Ana Lima"), ("city", "Kyiv")],
    ];
    lines
        .iter()
        .enumerate()
        .map(|(i, fields)| t.add(campaign, event, 1, u32::try_from(i).unwrap() + 1, fields))
        .collect()
}

fn groups(t: &TestVault) -> Vec<Value> {
    json(&t.ok(&["dedupe", "--possible", "--format", "json"]))
        .as_array()
        .unwrap()
        .clone()
}

fn status(t: &TestVault, id: &str) -> (String, Option<String>) {
    let records = t.records();
    let r = records.iter().find(|r| r["id"] == id).expect("listed");
    (
        r["status"].as_str().unwrap().to_owned(),
        r["void_reason"].as_str().map(str::to_owned),
    )
}

fn report(t: &TestVault) -> Value {
    json(&t.ok(&["report", "--format", "json"]))[0].clone()
}

#[test]
fn same_signer_keeps_one_and_undo_brings_the_others_back() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let ids = three_of_one(&t, &campaign, &event);
    assert_eq!(groups(&t).len(), 1);
    let out = t.run(&[
        "dedupe", "resolve", "--same", &ids[0], &ids[1], &ids[2], "--keep", &ids[1],
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the same signer"), "{stderr}");
    assert!(
        !stderr.contains("Olena") && !stderr.contains("Олена"),
        "{stderr}"
    );
    // The decision's id on stdout, for scripts.
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim().len(), 16);
    for other in [&ids[0], &ids[2]] {
        assert_eq!(
            status(&t, other),
            ("void".to_owned(), Some(format!("duplicate of {}", ids[1])))
        );
    }
    assert_eq!(status(&t, &ids[1]).0, "valid");
    assert!(
        groups(&t).is_empty(),
        "decided pairs are not proposed again"
    );
    let r = report(&t);
    assert_eq!(r["valid"], 2);
    assert_eq!(r["void"], 2);
    assert_eq!(r["duplicates_removed"], 2);
    assert_eq!(r["pairs_reviewed"], 3);
    assert!(t.ok(&["report"]).contains("duplicates removed: 2"));
    // Those numbers are the counts the vault keeps; opening every record agrees.
    let recount = t.run(&["report", "--recount", "--format", "json"]);
    assert!(
        String::from_utf8_lossy(&recount.stderr).contains("agree"),
        "{}",
        String::from_utf8_lossy(&recount.stderr)
    );
    // The delivery exports leave the duplicates out (xlsx is written from the same
    // table as csv: report::delivery).
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
        ]);
        let text = std::fs::read_to_string(&csv).unwrap();
        assert_eq!(text.lines().count(), 3, "{profile}: {text}");
        assert!(text.contains("Ana"), "{profile}: {text}");
        assert!(!text.contains("Shevchenko Olena"), "{profile}: {text}");
    }
    // `--decided` lists it; undo by any of its records brings everything back.
    let decided = json(&t.ok(&["dedupe", "--decided", "--format", "json"]));
    assert_eq!(decided.as_array().unwrap().len(), 1);
    assert_eq!(decided[0]["verdict"], "same");
    assert_eq!(decided[0]["keep"], ids[1].as_str());
    t.ok(&["dedupe", "resolve", "--undo", &ids[2]]);
    for id in &ids {
        assert_eq!(status(&t, id), ("valid".to_owned(), None));
    }
    assert_eq!(groups(&t).len(), 1, "proposed again after the undo");
    let r = report(&t);
    assert_eq!(
        (r["duplicates_removed"].clone(), r["pairs_reviewed"].clone()),
        (0.into(), 0.into())
    );
    let recount = t.run(&["report", "--recount"]);
    assert!(String::from_utf8_lossy(&recount.stderr).contains("agree"));
}

#[test]
fn different_people_are_remembered_and_keep_counting() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let ids = three_of_one(&t, &campaign, &event);
    t.ok(&["dedupe", "resolve", "--different", &ids[0], &ids[1]]);
    // The pair is gone from the proposals; the others of the group remain.
    let left = groups(&t);
    let pairs: Vec<(String, String)> = left
        .iter()
        .flat_map(|g| g["pairs"].as_array().unwrap().clone())
        .map(|p| {
            (
                p["a"].as_str().unwrap().to_owned(),
                p["b"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(!pairs.is_empty());
    assert!(
        !pairs
            .iter()
            .any(|(a, b)| [a, b].contains(&&ids[0]) && [a, b].contains(&&ids[1])),
        "{pairs:?}"
    );
    assert_eq!(report(&t)["valid"], 4);
    assert_eq!(report(&t)["pairs_reviewed"], 1);
    // Without --keep, --same keeps the first id given.
    t.ok(&["dedupe", "resolve", "--same", &ids[2], &ids[0]]);
    assert_eq!(
        status(&t, &ids[0]).1,
        Some(format!("duplicate of {}", ids[2]))
    );
    assert!(t.ok(&["dedupe", "--decided"]).contains("different"));
}

#[test]
fn refusals_say_why_and_change_nothing() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let ids = three_of_one(&t, &campaign, &event);
    let stranger = "aaaaaaaaaaaaaaaa";
    t.ok(&["void", &ids[3], "--reason", "crossed out"]);
    let cases: [(&[&str], &str); 6] = [
        (&["--same", &ids[0], &ids[0]], "2 to 64 different records"),
        (
            &["--same", &ids[0], &ids[1], "--keep", &ids[2]],
            "must be among them",
        ),
        (
            &["--different", &ids[0], stranger],
            "not a record of this campaign",
        ),
        (&["--different", &ids[0], &ids[3]], "is void"),
        (&["--undo", &ids[0]], "no decision in force"),
        (
            &["--same", &ids[0], "Olena Shevchenko"],
            "not a fieldsign id",
        ),
    ];
    for (args, expect) in cases {
        let before = t.store_snapshot();
        let mut full = vec!["dedupe", "resolve"];
        full.extend_from_slice(args);
        let out = t.run(&full);
        assert_clean_failure(&out, &["Olena", "Shevchenko"], &format!("{args:?}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expect), "{args:?}: {stderr}");
        assert_eq!(t.store_snapshot(), before, "{args:?} changed the store");
    }
    // One of --same, --different, --undo is required, and only one.
    assert_clean_failure(&t.run(&["dedupe", "resolve"]), &[], "no decision");
    assert_clean_failure(
        &t.run(&[
            "dedupe",
            "resolve",
            "--same",
            &ids[0],
            &ids[1],
            "--different",
            &ids[0],
            &ids[1],
        ]),
        &[],
        "two decisions",
    );
}

#[test]
fn an_organizer_cannot_decide() {
    let x = Exchange::new();
    let a = x.org.add(
        &x.campaign,
        &x.event,
        1,
        1,
        &[("name", "Olena"), ("email", "o@example.org")],
    );
    let b = x.org.add(
        &x.campaign,
        &x.event,
        1,
        2,
        &[("name", "Olena"), ("email", "o@example.org")],
    );
    let before = x.org.store_snapshot();
    let out = x.org.run(&["dedupe", "resolve", "--same", &a, &b]);
    assert_clean_failure(&out, &["Olena"], "organizer decides");
    assert!(String::from_utf8_lossy(&out.stderr).contains("only the coordinator"));
    assert_eq!(x.org.store_snapshot(), before);
}

/// A backup vault of the coordinator: joined the campaign, reads the coordinator's
/// bundles with the coordinator's exported identity.
fn backup(x: &Exchange) -> (TestVault, PathBuf) {
    let identity = x.coord.path("identity.txt");
    if !identity.exists() {
        x.coord.ok(&["identity", "export", "--out", s(&identity)]);
    }
    let b = TestVault::new();
    b.ok(&["campaign", "join", s(&x.coord.path("campaign.fieldsign"))]);
    (b, identity)
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

#[test]
fn decisions_travel_in_bundles_and_merge_in_any_order() {
    let x = Exchange::new();
    let t = &x.org;
    let ids = three_of_one(t, &x.campaign, &x.event);
    let typed = export(t, &x.campaign, "typed.age");
    x.coord.ok(&["import", "bundle", s(&typed)]);
    x.coord.ok(&[
        "dedupe", "resolve", "--same", &ids[0], &ids[1], "--keep", &ids[0],
    ]);
    x.coord
        .ok(&["dedupe", "resolve", "--different", &ids[0], &ids[3]]);
    let first = export(&x.coord, &x.campaign, "decided.age");
    // Undone later, and decided again: the undo travels in a second bundle.
    x.coord
        .ok(&["dedupe", "resolve", "--undo", &ids[0], &ids[3]]);
    x.coord
        .ok(&["dedupe", "resolve", "--same", &ids[0], &ids[2]]);
    let second = export(&x.coord, &x.campaign, "undone.age");
    let expected = (
        x.coord.ok(&["list", "--all", "--format", "json"]),
        x.coord.ok(&["dedupe", "--decided", "--format", "json"]),
        report(&x.coord)["duplicates_removed"].clone(),
    );
    assert_eq!(expected.2, 2);
    let orders: [&[&PathBuf]; 3] = [
        &[&typed, &first, &second],
        &[&second, &first, &typed],
        &[&first, &typed, &second],
    ];
    for order in orders {
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
            b.ok(&["dedupe", "--decided", "--format", "json"]),
            report(&b)["duplicates_removed"].clone(),
        );
        assert_eq!(got, expected, "order {order:?}");
        assert!(
            groups(&b)
                .iter()
                .all(|g| g["records"].as_array().unwrap().len() < 3)
        );
    }
    // A coordinator's bundle of decisions says so in its header's version.
    let identity = x.coord.path("identity.txt");
    let text = std::process::Command::new("age")
        .args(["-d", "-i", s(&identity), s(&first)])
        .output()
        .unwrap();
    let header: Value = serde_json::from_str(
        String::from_utf8_lossy(&text.stdout)
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(header["header"]["version"], 3);
    let plain: Value = serde_json::from_str(
        String::from_utf8_lossy(
            &std::process::Command::new("age")
                .args(["-d", "-i", s(&identity), s(&typed)])
                .output()
                .unwrap()
                .stdout,
        )
        .lines()
        .next()
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        plain["header"]["version"], 2,
        "an organizer's bundle stays version 2"
    );
}

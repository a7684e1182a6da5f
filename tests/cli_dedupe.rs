//! `dedupe` through the real binary: duplicates across scripts, initials and word order;
//! `--possible` for pairs worth a review; JSON with each pair's score and reasons.

mod common;

use common::TestVault;
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

#[test]
fn finds_signers_across_scripts_and_explains_each_pair() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let lines: [&[(&str, &str)]; 5] = [
        &[("name", "Олена Шевченко"), ("email", "olena@example.org")],
        &[("name", "Shevchenko Olena"), ("email", "OLENA@example.org")],
        &[
            ("name", "O. Shevchenko"),
            ("phone", "+380 44 123 4567"),
            ("postcode", "105 58"),
        ],
        &[
            ("name", "Olena Shevchenko"),
            ("phone", "044 123-4567"),
            ("postcode", "10558"),
            ("city", "Kyiv"),
        ],
        &[("name", "Ana Lima"), ("city", "Kyiv")],
    ];
    let ids: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, fields)| t.add(&campaign, &event, 1, u32::try_from(i).unwrap() + 1, fields))
        .collect();
    let groups = json(&t.ok(&["dedupe", "--format", "json"]));
    let groups = groups.as_array().unwrap();
    let members = |g: &Value| -> Vec<String> {
        g["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(groups.len(), 2, "{groups:?}");
    let all: Vec<Vec<String>> = groups.iter().map(members).collect();
    assert!(
        all.contains(&vec![ids[0].clone(), ids[1].clone()]),
        "{all:?}"
    );
    assert!(
        all.contains(&vec![ids[2].clone(), ids[3].clone()]),
        "{all:?}"
    );
    for g in groups {
        assert_eq!(g["verdict"], "likely");
        let pair = &g["pairs"][0];
        assert!(pair["score"].as_f64().unwrap() >= 12.0, "{pair}");
        let fields: Vec<&str> = pair["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&"name"), "{pair}");
        assert!(pair["reasons"][0]["weight"].is_number(), "{pair}");
    }
    // The table names the verdict and score; no group links Ana Lima.
    let table = t.ok(&["dedupe"]);
    assert!(table.contains("likely"), "{table}");
    assert!(!table.contains("Ana Lima"), "{table}");
}

#[test]
fn possible_adds_pairs_worth_a_review() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    // The same name and nothing else: not likely (namesakes exist), but worth a look.
    t.add(&campaign, &event, 1, 1, &[("name", "Ana Lima")]);
    t.add(&campaign, &event, 1, 2, &[("name", "ana  lima")]);
    assert_eq!(
        json(&t.ok(&["dedupe", "--format", "json"])),
        serde_json::json!([])
    );
    let out = t.run(&["dedupe"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--possible"),
        "the empty answer says how to see more"
    );
    let groups = json(&t.ok(&["dedupe", "--possible", "--format", "json"]));
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(groups[0]["verdict"], "possible");
}

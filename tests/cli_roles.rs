//! Field roles through the real binary: a campaign whose name field is `full_name` (role
//! `name`) and whose email field is `mail` (role `email`) gets duplicate detection and the
//! Action Network columns, on the coordinator's vault and on an organizer's that joined
//! the signed campaign file.

mod common;

use common::{TestVault, s};
use serde_json::Value;

/// Creates the campaign with renamed name and email fields and an event; returns
/// (campaign id, event id, campaign file path).
fn renamed_campaign(t: &TestVault) -> (String, String, String) {
    let file = t.path("renamed.fieldsign");
    let campaign = t.ok(&[
        "campaign",
        "create",
        "--title",
        "Renamed",
        "--field",
        "full_name:text:required:role=name",
        "--field",
        "mail:email:role=email",
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
    (campaign, event, s(&file).to_owned())
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

#[test]
fn a_field_given_a_role_replaces_the_default_field_and_travels_in_the_file() {
    let coordinator = TestVault::new();
    let (_, _, file) = renamed_campaign(&coordinator);
    let list = json(&coordinator.ok(&["campaign", "list", "--format", "json"]));
    let fields: Vec<&str> = list[0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"full_name:text:required:role=name"),
        "{fields:?}"
    );
    assert!(fields.contains(&"mail:email:role=email"), "{fields:?}");
    assert!(
        !fields
            .iter()
            .any(|f| f.starts_with("name:") || f.starts_with("email:")),
        "the default name and email fields are replaced: {fields:?}"
    );
    let organizer = TestVault::new();
    organizer.ok(&["campaign", "join", &file]);
    let joined = json(&organizer.ok(&["campaign", "list", "--format", "json"]));
    assert_eq!(
        joined[0]["fields"], list[0]["fields"],
        "roles travel signed"
    );
}

#[test]
fn renamed_name_and_email_fields_get_duplicates_and_action_network_columns() {
    let t = TestVault::new();
    let (campaign, event, _) = renamed_campaign(&t);
    let first = t.add(
        &campaign,
        &event,
        1,
        1,
        &[("full_name", "José Núñez"), ("mail", "jose@example.org")],
    );
    let second = t.add(
        &campaign,
        &event,
        1,
        2,
        &[("full_name", "jose  nunez"), ("mail", "JOSE@example.org")],
    );
    t.add(&campaign, &event, 1, 3, &[("full_name", "Ana Lima")]);

    let groups = json(&t.ok(&["dedupe", "--format", "json"]));
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    let members: Vec<&str> = groups[0]["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(members, [first.as_str(), second.as_str()]);
    let table = t.ok(&["dedupe"]);
    assert!(
        table.contains("José Núñez"),
        "the NAME column reads the role: {table}"
    );

    let csv = t.path("an.csv");
    t.ok(&[
        "export",
        "csv",
        "--campaign",
        &campaign,
        "--out",
        s(&csv),
        "--profile",
        "action-network",
    ]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with(
            "first_name,last_name,email,phone,zip_code,country,city,event,sheet,line\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("José,Núñez,jose@example.org,,,,,Vigil,1,1"),
        "{text}"
    );
    assert!(text.contains("Ana,Lima,,,,,,Vigil,1,3"), "{text}");
}

#[test]
fn contradictory_or_unfit_roles_are_refused_and_nothing_is_created() {
    let t = TestVault::new();
    for (specs, says) in [
        (
            &["a:text:role=name", "b:text:role=name"][..],
            "given to two fields",
        ),
        (&["born:date:role=email"][..], "cannot have the role"),
        (&["x:text:role=surname"][..], "unknown field role"),
    ] {
        let mut args = vec!["campaign", "create", "--title", "Bad"];
        for spec in specs {
            args.extend(["--field", spec]);
        }
        let out = t.path("bad.fieldsign");
        args.extend(["--out", s(&out)]);
        let err = t.fails(&args);
        assert!(err.contains(says), "{specs:?}: {err}");
        assert!(!out.exists(), "{specs:?}: no file written");
    }
    let list = json(&t.ok(&["campaign", "list", "--format", "json"]));
    assert_eq!(list, serde_json::json!([]), "nothing was created");
}

//! `campaign show` through the real binary: what an organizer reads before a rally (the
//! petition texts, the organizer's language first; the fields; the events; the goal;
//! the coordinator's key), as labelled lines and as JSON, and its refusals.

mod common;

use common::{TestVault, s};
use serde_json::Value;

/// A coordinator's campaign with texts in English, Ukrainian and German, a choice field,
/// a renamed name field and a goal, joined by an organizer who created an event and
/// typed one line. Returns (coordinator, organizer, campaign id).
fn joined() -> (TestVault, TestVault, String) {
    let coord = TestVault::new();
    let en = coord.write(
        "en.txt",
        "We ask for the release of all prisoners.\n\nSecond paragraph.\n",
    );
    let uk = coord.write("uk.txt", "Ми просимо звільнити всіх полонених.\n");
    let de = coord.write("de.txt", "Wir fordern die Freilassung aller Gefangenen.\n");
    let file = coord.path("campaign.fieldsign");
    let en_arg = format!("en={en}");
    let uk_arg = format!("uk-UA={uk}");
    let de_arg = format!("de={de}");
    let campaign = coord.ok(&[
        "campaign",
        "create",
        "--title",
        "Free them",
        "--text",
        &en_arg,
        "--text",
        &uk_arg,
        "--text",
        &de_arg,
        "--field",
        "team:choice=North|South:required",
        "--goal",
        "1000",
        "--out",
        s(&file),
    ]);
    let org = TestVault::new();
    org.ok(&["campaign", "join", s(&file)]);
    let event = org.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil",
        "--place",
        "Athens",
        "--date",
        "2026-11-28",
    ]);
    org.add(
        &campaign,
        &event,
        1,
        1,
        &[("name", "Olena Shevchenko"), ("team", "North")],
    );
    (coord, org, campaign)
}

/// `campaign show` with the locale `locale` (messages stay English: FIELDSIGN_LANG=en).
fn show(t: &TestVault, locale: &str, args: &[&str]) -> String {
    let out = t
        .cmd()
        .env("LC_ALL", locale)
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("LANG")
        .args(["campaign", "show"])
        .args(args)
        .output()
        .expect("run fieldsign");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn an_organizer_reads_the_petition_in_their_language_first_then_the_others() {
    let (_coord, org, campaign) = joined();
    let text = show(&org, "uk_UA.UTF-8", &[&campaign]);
    let uk = text.find("Ми просимо").expect("the Ukrainian text");
    let de = text.find("Wir fordern").expect("the German text");
    let en = text.find("We ask for").expect("the English text");
    assert!(uk < de && de < en, "{text}");
    assert!(text.contains("Petition text, uk-UA (1 of 3):"), "{text}");
    // The whole text, paragraphs kept.
    assert!(text.contains("prisoners.\n\nSecond paragraph."), "{text}");

    // A language fieldsign has no messages in, but the petition has a text in.
    let german = show(&org, "de_DE.UTF-8", &[]);
    assert!(
        german.find("Wir fordern") < german.find("We ask for"),
        "{german}"
    );
    assert!(german.contains("Petition text, de (1 of 3):"), "{german}");
}

#[test]
fn it_names_the_role_key_goal_fields_and_events() {
    let (coord, org, campaign) = joined();
    let text = show(&org, "C", &["Free"]);
    assert!(
        text.starts_with(&format!("campaign        \"Free them\" ({campaign})")),
        "{text}"
    );
    assert!(text.contains("role            organizer\n"), "{text}");
    let key = coord.identity()["signing_key"].as_str().unwrap().to_owned();
    assert!(text.contains(&format!("coordinator key {key}\n")), "{text}");
    assert!(
        text.contains("goal            1,000 signatures\n"),
        "{text}"
    );
    // Fields in schema order, keys lined up; the role named where the key does not say it.
    assert!(
        text.contains("fields          name        text · required\n"),
        "{text}"
    );
    assert!(
        text.contains("                contact_ok  checkbox · role consent\n"),
        "{text}"
    );
    assert!(
        text.contains("                team        choice: North | South · required\n"),
        "{text}"
    );
    assert!(
        text.contains("Vigil · 2026-11-28 · Athens · 1 record\n"),
        "{text}"
    );
    // The English text first when the locale names no language.
    assert!(text.find("We ask for") < text.find("Wir fordern"), "{text}");
    // Nothing a signer wrote: show is about the campaign.
    assert!(!text.contains("Olena"), "{text}");

    let own = show(&coord, "C", &[]);
    assert!(
        own.contains("role            coordinator (this vault holds the campaign's signing key)"),
        "{own}"
    );
    assert!(own.contains("events          none yet\n"), "{own}");
}

#[test]
fn json_is_one_object_with_the_texts_in_reading_order() {
    let (_coord, org, campaign) = joined();
    let json: Value =
        serde_json::from_str(&show(&org, "uk_UA.UTF-8", &["--format", "json"])).expect("JSON");
    assert_eq!(json["id"], campaign.as_str());
    assert_eq!(json["title"], "Free them");
    assert_eq!(json["role"], "organizer");
    assert_eq!(json["goal"], 1000);
    let languages: Vec<&str> = json["texts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["language"].as_str().unwrap())
        .collect();
    assert_eq!(languages, ["uk-UA", "de", "en"]);
    assert_eq!(
        json["texts"][0]["text"],
        "Ми просимо звільнити всіх полонених.\n"
    );
    let team = json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "team")
        .expect("the team field");
    assert_eq!(
        *team,
        serde_json::json!({"key": "team", "kind": "choice", "options": ["North", "South"],
            "required": true, "role": null, "label": "Team"})
    );
    let name = &json["fields"][0];
    assert_eq!(name["role"], "name");
    assert_eq!(json["events"][0]["name"], "Vigil");
    assert_eq!(json["events"][0]["records"], 1);
    assert!(json["coordinator_key"].as_str().unwrap().len() == 32);
}

#[test]
fn a_campaign_without_texts_says_so_and_a_closed_pipe_is_not_an_error() {
    let t = TestVault::new();
    let (campaign, _event) = t.campaign_and_event();
    let text = show(&t, "C", &[]);
    assert!(
        text.contains(
            "petition text   none: the campaign file carries no petition text; ask the coordinator for it"
        ),
        "{text}"
    );
    assert!(text.contains("goal            none set\n"), "{text}");
    let json: Value =
        serde_json::from_str(&show(&t, "C", &[&campaign, "--format", "json"])).unwrap();
    assert_eq!(json["texts"], serde_json::json!([]));
    assert!(json.get("goal").is_none(), "{json}");

    // `| head`: the reader closes the pipe early; that is not a failure.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("fieldsign"))
        .env("FIELDSIGN_LANG", "en")
        .arg("--vault")
        .arg(&t.vault)
        .arg("--passphrase-file")
        .arg(&t.passphrase_file)
        .args(["campaign", "show"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn refusals_name_what_to_give() {
    let t = TestVault::new();
    let none = t.fails(&["campaign", "show"]);
    assert!(none.contains("no campaign"), "{none}");
    t.campaign_and_event();
    let other = t.path("second.fieldsign");
    t.ok(&[
        "campaign",
        "create",
        "--title",
        "Second",
        "--out",
        s(&other),
    ]);
    let which = t.fails(&["campaign", "show"]);
    assert!(
        which.contains("Free them") && which.contains("Second"),
        "{which}"
    );
    let unknown = t.fails(&["campaign", "show", "Nothing like it"]);
    assert!(unknown.starts_with("error: "), "{unknown}");
    assert_eq!(unknown.lines().count(), 1, "{unknown}");
}

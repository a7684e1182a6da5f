//! The shortest path through the CLI: init, campaign, event, add, list.

mod common;

use common::TestVault;

#[test]
fn add_then_list_round_trips_every_script() {
    let t = TestVault::new();
    let (_campaign, event) = t.campaign_and_event();
    let names = [
        "Olena Шевченко",
        "Σωκράτης Παπαδόπουλος",
        "محمد علي",
        "अमित शर्मा",
        "Zoë Ørsted",
    ];
    for (i, name) in names.iter().enumerate() {
        let line = (i + 1).to_string();
        let id = t.ok(&[
            "add",
            "--campaign",
            "Free them",
            "--event",
            &event,
            "--sheet",
            "1",
            "--line",
            &line,
            "--field",
            &format!("name={name}"),
        ]);
        assert_eq!(id.len(), 16, "add prints the id alone");
    }
    let records = t.records();
    let got: Vec<&str> = records
        .iter()
        .map(|r| r["fields"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(got, names);
    for name in names {
        assert_eq!(
            common::found_in_files(&t.vault, name),
            None,
            "{name} found in plain text"
        );
    }
}

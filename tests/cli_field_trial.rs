//! The field trial's findings (issue 11) at the command line, through the real binary.

mod common;

use common::TestVault;

/// Bug 5: `add` on a paper line already typed refuses, names the existing record's id
/// (ids are not personal data), and saves nothing; `--allow-retype` saves a second one.
/// A voided entry does not block typing the line again.
#[test]
fn add_refuses_a_paper_line_already_typed_unless_allow_retype() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let first = t.add(&campaign, &event, 1, 1, &[("name", "Olena Kovalenko")]);
    let before = t.snapshot();
    let add = |extra: &[&'static str]| {
        let mut args = vec![
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
            "name=Petr Dvořák",
        ];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let args = add(&[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = t.fails_cleanly(&args, &["Olena", "Petr"]);
    assert!(
        err.contains("sheet 1 line 1 of this event is already typed"),
        "{err}"
    );
    assert!(err.contains(&first), "names the existing record: {err}");
    assert!(err.contains("--allow-retype"), "{err}");
    assert_eq!(t.snapshot(), before, "nothing saved");

    let args = add(&["--allow-retype"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let second = t.ok(&args);
    assert_ne!(second, first);
    assert_eq!(t.records().len(), 2);

    // Both voided: the line is free again.
    t.ok(&["void", &first]);
    t.ok(&["void", &second]);
    t.add(&campaign, &event, 1, 1, &[("name", "Petr Dvořák")]);
}

/// Bug 6: a second event of the same name and date in a campaign is refused (naming the
/// first one's id), and an exact full name (in any Unicode normal form) wins over names
/// that merely contain it.
#[test]
fn a_second_event_of_the_same_name_and_date_is_refused_and_exact_names_win() {
    let t = TestVault::new();
    let (campaign, vigil) = t.campaign_and_event();
    let before = t.ok(&["event", "list", "--format", "json"]);
    let err = t.fails_cleanly(
        &[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "vigil",
            "--date",
            "2026-11-28",
        ],
        &[],
    );
    assert!(
        err.contains("already has an event \"Vigil\" on 2026-11-28"),
        "{err}"
    );
    assert!(err.contains(&vigil), "names the first one's id: {err}");
    assert_eq!(t.ok(&["event", "list", "--format", "json"]), before);
    // Another day, or another name, is another event.
    t.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil",
        "--date",
        "2026-11-29",
    ]);
    let embassy = t.ok(&[
        "event",
        "create",
        "--campaign",
        &campaign,
        "--name",
        "Vigil at the Café",
    ]);
    // "Vigil at the Café" typed decomposed (e + combining acute) still names it exactly,
    // though "Vigil" matches three events' names in part.
    let decomposed = "Vigil at the Cafe\u{301}";
    let id = t.add(&campaign, decomposed, 1, 1, &[("name", "Olena")]);
    let records = t.records();
    let record = records
        .iter()
        .find(|r| r["id"] == id.as_str())
        .expect("saved");
    assert_eq!(record["event"], embassy.as_str());
}

/// `list`'s table names the event (CSV and JSON keep its id); `verify` names the
/// campaign by its title; `verify` of a receipt the coordinator itself wrote says that
/// only the device it is for can open it.
#[test]
fn list_and_verify_name_events_and_campaigns_as_people_know_them() {
    let x = common::Exchange::new();
    x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Olena")]);
    let table = x.org.ok(&["list"]);
    let row = table.lines().nth(1).expect("a row");
    assert!(row.contains("Vigil"), "{table}");
    assert!(!row.contains(&x.event), "{table}");
    let csv = x.org.ok(&["list", "--format", "csv"]);
    assert!(csv.contains(&x.event), "{csv}");

    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        common::s(&bundle),
    ]);
    let verify = x.coord.ok(&["verify", common::s(&bundle)]);
    assert!(
        verify.contains(&format!("campaign     \"Free them\" ({})", x.campaign)),
        "{verify}"
    );
    x.coord.ok(&["import", "bundle", common::s(&bundle)]);
    let fp = x.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let receipt = x.coord.path("r.age");
    x.coord
        .ok(&["receipt", "--device", &fp, "--out", common::s(&receipt)]);
    let err = x.coord.fails_cleanly(&["verify", common::s(&receipt)], &[]);
    assert!(err.contains("opens only on the device it is for"), "{err}");
    let verify = x.org.ok(&["verify", common::s(&receipt)]);
    assert!(verify.contains("\"Free them\""), "{verify}");
}

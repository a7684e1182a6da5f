//! `import csv` through the real binary: with and without sheet/line columns, and
//! all-or-nothing refusal of a file with bad rows.

mod common;

use common::TestVault;

#[test]
fn import_with_sheet_and_line_columns() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let file = t.write(
        "sheet.csv",
        "\u{feff}Sheet,Line,Name,Email,Country\n\
         4,1,Олена Шевченко,olena@example.org,ua\n\
         4,2,\"Παπαδόπουλος, Νίκος\",,GR\n\
         5,1,محمد علي,m@example.org,\n",
    );
    let out = t.run(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &file,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Imported 3 signatures"), "{stderr}");
    assert!(!stderr.contains("Олена"), "{stderr}");
    let records = t.records();
    let got: Vec<(u64, u64, &str)> = records
        .iter()
        .map(|r| {
            (
                r["sheet"].as_u64().unwrap(),
                r["line"].as_u64().unwrap(),
                r["fields"]["name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (4, 1, "Олена Шевченко"),
            (4, 2, "Παπαδόπουλος, Νίκος"),
            (5, 1, "محمد علي")
        ]
    );
    assert_eq!(records[0]["fields"]["country"], "UA");
    assert!(
        records[1]["fields"].get("email").is_none(),
        "empty cells are absent"
    );
    assert!(
        records
            .iter()
            .all(|r| r["event"] == event.as_str() && r["status"] == "valid")
    );
}

#[test]
fn import_without_sheet_and_line_numbers_a_new_sheet() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    t.add(&campaign, &event, 1, 1, &[("name", "Typed by hand")]);
    t.add(&campaign, &event, 2, 1, &[("name", "Also by hand")]);
    let file = t.write("rows.csv", "name,city\nअमित शर्मा,Delhi\nPriya Nair,\n");
    t.ok(&[
        "import",
        "csv",
        "--campaign",
        "Free them",
        "--event",
        "Vigil",
        &file,
    ]);
    let records = t.records();
    let imported: Vec<(u64, u64)> = records[2..]
        .iter()
        .map(|r| (r["sheet"].as_u64().unwrap(), r["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        imported,
        [(3, 1), (3, 2)],
        "the next free sheet, lines from 1"
    );
    assert_eq!(records[2]["fields"]["name"], "अमित शर्मा");

    // A sheet column alone: lines continue after the last line of that sheet.
    let file = t.write(
        "sheet-only.csv",
        "sheet,name\n1,Second on sheet one\n1,Third on sheet one\n",
    );
    t.ok(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &file,
    ]);
    let on_sheet_one: Vec<u64> = t
        .records()
        .iter()
        .filter(|r| r["sheet"] == 1)
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(on_sheet_one, [1, 2, 3]);
}

#[test]
fn a_file_longer_than_a_sheet_without_sheet_numbers_fills_sheet_after_sheet() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let rows = fieldsign::model::MAX_LINE as usize + 2;
    let csv: String = std::iter::once("name\n".to_owned())
        .chain((0..rows).map(|i| format!("Signer {i}\n")))
        .collect();
    let file = t.write("long.csv", &csv);
    t.ok(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &file,
    ]);
    let records = t.records();
    assert_eq!(records.len(), rows);
    let last: Vec<(u64, u64)> = records[rows - 3..]
        .iter()
        .map(|r| (r["sheet"].as_u64().unwrap(), r["line"].as_u64().unwrap()))
        .collect();
    let max = u64::from(fieldsign::model::MAX_LINE);
    assert_eq!(last, [(1, max), (2, 1), (2, 2)]);
}

#[test]
fn one_bad_row_rejects_the_whole_file_and_lists_every_bad_row() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    t.add(&campaign, &event, 1, 1, &[("name", "Already here")]);
    let before = t.snapshot();
    let file = t.write(
        "bad.csv",
        "sheet,line,name,email,country\n\
         2,1,Good Row,good@example.org,DE\n\
         2,2,Олена Шевченко,olena-at-example.org,UA\n\
         2,3,,nobody@example.org,FR\n\
         two,4,Σωκράτης,,GR\n\
         2,5,Good Too,,ZZ\n\
         2,6,Too,many,DE,extra-cell\n\
         2,7,Fine,,\n",
    );
    let err = t.fails_cleanly(
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            &file,
        ],
        &[
            "Олена",
            "olena-at-example.org",
            "nobody@example.org",
            "Σωκράτης",
            "Good Row",
            "Fine",
            "ZZ",
            "extra-cell",
        ],
    );
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].contains("5 bad row(s), nothing was imported"),
        "{err}"
    );
    assert_eq!(
        &lines[1..],
        [
            "line 3: field `email` is not an email address (expected name@example.org)",
            "line 4: field `name` is required",
            "line 5: `sheet` must be a whole number from 1 to 1000000",
            "line 6: field `country` is not an ISO 3166 country code (two letters, e.g. DE, GR, IN)",
            "line 7: has 6 columns, the header has 5",
        ],
        "{err}"
    );
    assert_eq!(t.snapshot(), before, "the store is untouched");
}

#[test]
fn header_problems_are_refused_without_echoing_data() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let before = t.snapshot();
    let import = |name: &str, contents: &str, secrets: &[&str]| {
        let file = t.write(name, contents);
        t.fails_cleanly(
            &[
                "import",
                "csv",
                "--campaign",
                &campaign,
                "--event",
                &event,
                &file,
            ],
            secrets,
        )
    };
    // No header row: the first signer's line would be read as the header.
    let err = import(
        "noheader.csv",
        "Ольга Петренко,olga@example.org\nIvan,ivan@example.org\n",
        &["Ольга", "olga", "Ivan"],
    );
    assert!(err.contains("is the header row missing"), "{err}");
    let err = import(
        "unknown.csv",
        "name,shoe_size,E-Mail Address\nAna,42,a@example.org\n",
        &["Ana"],
    );
    assert!(
        err.contains("`shoe_size`") && err.contains("column 3"),
        "{err}"
    );
    let err = import("twice.csv", "name,name\nAna,Ana\n", &["Ana"]);
    assert!(err.contains("names `name` twice"), "{err}");
    let err = import("empty.csv", "name,email\n", &[]);
    assert!(err.contains("no rows"), "{err}");
    let err = t.fails_cleanly(
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            "/nonexistent.csv",
        ],
        &[],
    );
    assert!(err.contains("cannot open"), "{err}");
    let latin1 = t.path("latin1.csv");
    std::fs::write(&latin1, b"name\nZo\xeb\n").unwrap();
    let err = t.fails_cleanly(
        &[
            "import",
            "csv",
            "--campaign",
            &campaign,
            "--event",
            &event,
            latin1.to_str().unwrap(),
        ],
        &[],
    );
    assert!(err.contains("line 2: is not valid UTF-8"), "{err}");
    assert_eq!(t.snapshot(), before);
}

//! The coordinator's desk on the command line: the goal, `report` (per day, per
//! device, last bundles), `report --chart`, `export xlsx` and `export csv --profile
//! counts`. A coordinator and two organizers, three events on three days, five
//! countries: what a dashboard has to show.

mod common;

use std::path::Path;

use common::{TestVault, s};

/// A coordinator whose campaign (goal 40) two organizers joined; their bundles are
/// imported, and the coordinator typed two lines of its own.
struct Desk {
    coord: TestVault,
    orgs: [TestVault; 2],
    campaign: String,
    file: std::path::PathBuf,
}

/// Every value typed into the fixture: none may appear in a chart or a counts file.
const NAMES: [&str; 3] = ["Олена Коваль", "Osoba Nowak", "Άτομο Παπά"];

fn desk() -> Desk {
    let coord = TestVault::new();
    let file = coord.path("campaign.fieldsign");
    let campaign = coord.ok(&[
        "campaign",
        "create",
        "--title",
        "Free them all",
        "--goal",
        "40",
        "--out",
        s(&file),
    ]);
    let orgs = [TestVault::new(), TestVault::new()];
    // Who types which event, on which date, with the (country, postcode) of each line.
    type Plan<'a> = (&'a TestVault, &'a str, &'a str, &'a [(&'a str, &'a str)]);
    let plan: [Plan; 3] = [
        (
            &orgs[0],
            "Vigil Kyiv",
            "2026-11-20",
            &[
                ("UA", "01001"),
                ("UA", "01001"),
                ("UA", "01003"),
                ("PL", "00-950"),
            ],
        ),
        (
            &orgs[0],
            "Rally Warsaw",
            "2026-11-22",
            &[("PL", "00-950"), ("PL", "00-951"), ("DE", "10115")],
        ),
        (
            &orgs[1],
            "Meeting Athens",
            "2026-11-23",
            &[("GR", ""), ("GR", ""), ("GR", ""), ("CY", ""), ("GR", "")],
        ),
    ];
    for org in &orgs {
        org.ok(&["campaign", "join", s(&file)]);
    }
    for (n, (org, name, date, lines)) in plan.iter().enumerate() {
        let event = org.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            name,
            "--date",
            date,
        ]);
        for (i, (country, postcode)) in (1..).zip(lines.iter()) {
            let mut fields = vec![("name", NAMES[n]), ("country", *country)];
            if !postcode.is_empty() {
                fields.push(("postcode", postcode));
            }
            if n == 2 {
                fields.push(("phone", "+30 210 123 4567"));
            }
            org.add(&campaign, &event, 1, i, &fields);
        }
    }
    for (i, org) in orgs.iter().enumerate() {
        let bundle = org.path(&format!("b{i}.age"));
        org.ok(&[
            "export",
            "bundle",
            "--campaign",
            &campaign,
            "--out",
            s(&bundle),
        ]);
        coord.ok(&["import", "bundle", s(&bundle)]);
    }
    // One void line (the first of Kyiv), so the totals are not all valid.
    let records = coord.records();
    let first = records
        .iter()
        .find(|r| r["fields"]["postcode"] == "01001")
        .and_then(|r| r["id"].as_str())
        .expect("a Kyiv line")
        .to_owned();
    coord.ok(&["void", &first, "--reason", "signed twice"]);
    Desk {
        coord,
        orgs,
        campaign,
        file,
    }
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("json")
}

#[test]
fn report_has_the_goal_the_days_and_the_last_bundle_of_each_device() {
    let d = desk();
    let report = json(&d.coord.ok(&["report", "--format", "json"]));
    let r = &report[0];
    assert_eq!(r["goal"], 40);
    assert_eq!((&r["valid"], &r["void"]), (&11.into(), &1.into()));
    let days: Vec<(String, u64, u64)> = r["by_day"]
        .as_array()
        .expect("by_day")
        .iter()
        .map(|day| {
            (
                day["date"].as_str().expect("date").to_owned(),
                day["valid"].as_u64().expect("valid"),
                day["cumulative"].as_u64().expect("cumulative"),
            )
        })
        .collect();
    // The void line is one of the four of the first day.
    assert_eq!(
        days,
        [
            ("2026-11-20".to_owned(), 3, 3),
            ("2026-11-22".to_owned(), 3, 6),
            ("2026-11-23".to_owned(), 5, 11)
        ]
    );
    let devices = r["devices"].as_array().expect("devices");
    assert_eq!(devices.len(), 2);
    let mut signatures: Vec<u64> = devices
        .iter()
        .map(|dev| dev["signatures"].as_u64().expect("signatures"))
        .collect();
    signatures.sort_unstable();
    assert_eq!(signatures, [5, 6]);
    for dev in devices {
        assert!(
            dev["last_bundle"]
                .as_str()
                .is_some_and(|t| t.ends_with('Z'))
        );
        assert_eq!(dev["fingerprint"].as_str().map(str::len), Some(32));
        assert_eq!(dev["revoked"], serde_json::Value::Null);
    }
    let table = d.coord.ok(&["report"]);
    assert!(table.contains("goal: 11 of 40 signatures (27%)"), "{table}");
    assert!(table.contains("day 2026-11-22"), "{table}");
    assert!(table.contains("last bundle from each device:"), "{table}");
}

#[test]
fn the_goal_changes_travels_signed_and_an_old_copy_is_refused() {
    let d = desk();
    let new_file = d.coord.path("campaign-2.fieldsign");
    d.coord
        .ok(&["campaign", "goal", "Free", "60", "--out", s(&new_file)]);
    let goal =
        |v: &TestVault| json(&v.ok(&["campaign", "list", "--format", "json"]))[0]["goal"].clone();
    assert_eq!(goal(&d.coord), 60);
    assert_eq!(
        json(&d.coord.ok(&["report", "--format", "json"]))[0]["goal"],
        60
    );
    // The organizer sees it once it joins the new file, and the old file cannot bring
    // the old goal back.
    let org = &d.orgs[0];
    assert_eq!(goal(org), 40);
    org.ok(&["campaign", "join", s(&new_file)]);
    assert_eq!(goal(org), 60);
    let before = org.store_snapshot();
    let err = org.fails_cleanly(&["campaign", "join", s(&d.file)], &[]);
    assert!(err.contains("older copy"), "{err}");
    assert_eq!(org.store_snapshot(), before);
    assert_eq!(goal(org), 60);
    // An organizer cannot set it; a goal that is not a positive number is refused;
    // neither changes anything.
    let err = org.fails_cleanly(
        &[
            "campaign",
            "goal",
            &d.campaign,
            "99",
            "--out",
            s(&org.path("x")),
        ],
        &[],
    );
    assert!(err.contains("only the coordinator"), "{err}");
    assert!(!org.path("x").exists());
    for bad in ["0", "-3", "lots", "99999999999"] {
        let before = d.coord.store_snapshot();
        let out = d.coord.run(&[
            "campaign",
            "goal",
            &d.campaign,
            bad,
            "--out",
            s(&d.coord.path("y")),
        ]);
        assert!(!out.status.success(), "goal {bad} accepted");
        assert_eq!(d.coord.store_snapshot(), before);
    }
    // --clear removes it.
    d.coord.ok(&[
        "campaign",
        "goal",
        "Free",
        "--clear",
        "--out",
        s(&d.coord.path("campaign-3.fieldsign")),
    ]);
    assert_eq!(goal(&d.coord), serde_json::Value::Null, "no goal, no key");
}

/// The text of every `<text>` element of an SVG document (parsing it proves it is
/// well-formed XML).
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("width"), Some("1200"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn the_chart_is_an_svg_of_counts_with_no_personal_data() {
    let d = desk();
    let chart = d.coord.path("chart.svg");
    d.coord.ok(&["report", "--chart", s(&chart)]);
    let svg = std::fs::read_to_string(&chart).expect("chart written");
    let texts = svg_texts(&svg);
    let has = |t: &str| texts.iter().any(|x| x.contains(t));
    assert!(has("11 of 40 signatures (27%)"), "{texts:?}");
    for label in [
        "Free them all",
        "Signatures per day",
        "Signatures so far",
        "goal 40",
        "Vigil Kyiv",
        "Meeting Athens",
        "GR",
        "UA",
        "11-22",
    ] {
        assert!(has(label), "no {label} in {texts:?}");
    }
    // The bars: three days, three events, five countries, two devices, and the gauge.
    let rects = roxmltree::Document::parse(&svg)
        .expect("xml")
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .count();
    assert!(rects >= 3 + 3 + 5 + 2 + 2, "{rects} rectangles");
    for value in NAMES.iter().chain(&["01001", "00-950", "2101234567"]) {
        assert!(!svg.contains(value), "the chart holds a typed value");
    }
    // Twice refuses (create-new), --force replaces, .png is refused before anything.
    let err = d
        .coord
        .fails_cleanly(&["report", "--chart", s(&chart)], &[]);
    assert!(err.contains("already exists"), "{err}");
    d.coord.ok(&["report", "--chart", s(&chart), "--force"]);
    let png = d.coord.path("chart.png");
    let err = d.coord.fails_cleanly(&["report", "--chart", s(&png)], &[]);
    assert!(err.contains(".svg"), "{err}");
    assert!(!png.exists());
}

#[test]
fn a_campaign_without_goal_or_records_still_charts() {
    let v = TestVault::new();
    v.ok(&[
        "campaign",
        "create",
        "--title",
        "Empty",
        "--out",
        s(&v.path("c")),
    ]);
    let chart = v.path("chart.svg");
    v.ok(&["report", "--chart", s(&chart)]);
    let texts = svg_texts(&std::fs::read_to_string(&chart).expect("chart"));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("0 signatures (no goal set)")),
        "{texts:?}"
    );
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).expect("file").permissions().mode() & 0o777
}

#[test]
fn counts_csv_has_groups_and_no_personal_data_or_warning() {
    let d = desk();
    let out = d.coord.path("counts.csv");
    let run = d.coord.run(&[
        "export",
        "csv",
        "--campaign",
        "Free",
        "--profile",
        "counts",
        "--out",
        s(&out),
    ]);
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!stderr.contains("PLAIN TEXT"), "{stderr}");
    assert_eq!(mode(&out), 0o600);
    let csv = std::fs::read_to_string(&out).expect("csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "event,event_date,country,postcode,signatures");
    // The void line (the first of Kyiv, UA 01001) no longer counts.
    assert!(rows.contains(&"Vigil Kyiv,2026-11-20,UA,01001,1"), "{csv}");
    assert!(
        rows.contains(&"Rally Warsaw,2026-11-22,PL,00-950,1"),
        "{csv}"
    );
    assert!(rows.contains(&"Meeting Athens,2026-11-23,GR,,4"), "{csv}");
    let total: u64 = rows[1..]
        .iter()
        .map(|r| {
            r.rsplit(',')
                .next()
                .expect("count")
                .parse::<u64>()
                .expect("number")
        })
        .sum();
    assert_eq!(total, 11);
    for name in NAMES {
        assert!(!csv.contains(name));
    }
}

#[test]
#[allow(clippy::too_many_lines)] // one export, read back cell by cell
fn xlsx_reads_back_as_text_cells_with_a_sheet_per_event() {
    use calamine::{Data, Reader as _, Xlsx, open_workbook};
    let d = desk();
    // A value a spreadsheet would run, were it written as a formula.
    let event = d.coord.ok(&[
        "event",
        "create",
        "--campaign",
        "Free",
        "--name",
        "Vigil Kyiv",
        "--date",
        "2026-11-29",
    ]);
    d.coord.add(
        &d.campaign,
        &event,
        9,
        1,
        &[("name", "=HYPERLINK(\"http://x\")"), ("postcode", "01001")],
    );
    let out = d.coord.path("delivery.xlsx");
    let run = d.coord.run(&[
        "export",
        "xlsx",
        "--campaign",
        "Free",
        "--out",
        s(&out),
        "--sheet-per-event",
        "--right-to-left",
    ]);
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("PLAIN TEXT"), "{stderr}");
    assert_eq!(mode(&out), 0o600);
    let mut book: Xlsx<_> = open_workbook(&out).expect("a real XLSX reader opens it");
    assert_eq!(
        book.sheet_names(),
        [
            "Vigil Kyiv",
            "Rally Warsaw",
            "Meeting Athens",
            "Vigil Kyiv (2)"
        ]
    );
    let athens = book.worksheet_range("Meeting Athens").expect("sheet");
    let rows: Vec<Vec<Data>> = athens.rows().map(<[Data]>::to_vec).collect();
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert_eq!(&header[..4], ["event", "event_date", "sheet", "line"]);
    let phone = header
        .iter()
        .position(|h| h == "phone")
        .expect("phone column");
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[1][phone], Data::String("+302101234567".into()));
    // Every cell is text, also sheet and line numbers.
    assert!(
        rows.iter()
            .flatten()
            .all(|c| matches!(c, Data::String(_) | Data::Empty))
    );
    let kyiv = book.worksheet_range("Vigil Kyiv").expect("sheet");
    let postcode = header
        .iter()
        .position(|h| h == "postcode")
        .expect("postcode");
    assert_eq!(
        kyiv.rows().nth(1).expect("row")[postcode],
        Data::String("01001".into())
    );
    let late = book.worksheet_range("Vigil Kyiv (2)").expect("sheet");
    let name = header.iter().position(|h| h == "name").expect("name");
    assert_eq!(
        late.rows().nth(1).expect("row")[name],
        Data::String("=HYPERLINK(\"http://x\")".into())
    );
    let formulas = book.worksheet_formula("Vigil Kyiv (2)").expect("formulas");
    assert!(
        formulas.cells().all(|(_, _, f)| f.is_empty()),
        "a formula was written"
    );
    // The raw sheet: header frozen, right to left.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("open")).expect("zip");
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"),
        &mut sheet,
    )
    .expect("read");
    assert!(sheet.contains("rightToLeft=\"1\""), "{sheet}");
    assert!(sheet.contains("state=\"frozen\""), "{sheet}");
    assert!(sheet.contains("<col "), "column widths: {sheet}");
    // Create-new unless --force.
    let err = d.coord.fails_cleanly(
        &["export", "xlsx", "--campaign", "Free", "--out", s(&out)],
        &[],
    );
    assert!(err.contains("already exists"), "{err}");
    d.coord.ok(&[
        "export",
        "xlsx",
        "--campaign",
        "Free",
        "--out",
        s(&out),
        "--force",
    ]);
    let mut book: Xlsx<_> = open_workbook(&out).expect("xlsx");
    assert_eq!(book.sheet_names(), ["Signatures"]);
    let all = book.worksheet_range("Signatures").expect("sheet");
    // A header and the 12 valid signatures.
    assert_eq!(all.rows().count(), 13);
}

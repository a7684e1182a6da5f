//! Receipts and purge, organizer → coordinator → receipt → purge, with two vaults; and
//! receipts that must be refused. Also the coordinator's report and delivery CSV.

mod common;

use common::s;

use common::TestVault;
use fieldsign::sync::{VersionVector, envelope, receipt};

type Pair = common::Exchange;

fn pair(names: &[&str]) -> Pair {
    let p = Pair::new();
    for (i, name) in names.iter().enumerate() {
        add(&p, i + 1, name);
    }
    p
}

fn add(p: &Pair, line: usize, name: &str) -> String {
    p.org.ok(&[
        "add",
        "--campaign",
        &p.campaign,
        "--event",
        &p.event,
        "--sheet",
        "1",
        "--line",
        &line.to_string(),
        "--field",
        &format!("name={name}"),
        "--field",
        "country=GR",
    ])
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

#[test]
#[allow(clippy::too_many_lines)] // one story, told in order
fn organizer_to_coordinator_to_receipt_to_purge() {
    let names = ["Σωκράτης Παπαδόπουλος", "Olena Шевченко", "अमित शर्मा"];
    let p = pair(&names);
    let b1 = p.org.path("b1.age");
    p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--out",
        s(&b1),
    ]);
    p.coord.ok(&["import", "bundle", s(&b1)]);
    let fingerprint = p.org.identity()["signing_key"].as_str().unwrap().to_owned();
    let r1 = p.coord.path("r1.age");
    let out = p
        .coord
        .ok(&["receipt", "--device", &fingerprint, "--out", s(&r1)]);
    assert!(out.contains("acknowledges 3 operations"), "{out}");
    let verify = p.org.ok(&["verify", s(&r1)]);
    assert!(
        verify.contains("fieldsign-receipt")
            && verify.contains("(3 operations)")
            && verify.contains("— the campaign's coordinator"),
        "{verify}"
    );

    // A line typed after the export is not acknowledged, so it is neither purged nor
    // left out of the next bundle.
    add(&p, 4, "Zoë Ørsted");
    let out = p.org.ok(&["import", "receipt", s(&r1)]);
    assert!(
        out.contains("3 operations newly acknowledged; 1 still to send"),
        "{out}"
    );
    let before = p.org.store_snapshot();
    let out = p.org.ok(&["import", "receipt", s(&r1)]);
    assert!(out.contains("0 operations newly acknowledged"), "{out}");
    assert_eq!(
        p.org.store_snapshot(),
        before,
        "a replayed receipt changed the store"
    );

    let out = p.org.ok(&["purge", "--acknowledged"]);
    assert!(out.starts_with("3 delivered and purged"), "{out}");
    let records = p.org.records();
    let statuses: Vec<&str> = records
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["purged", "purged", "purged", "valid"]);
    assert!(
        records[..3]
            .iter()
            .all(|r| r["fields"] == serde_json::json!({}))
    );
    assert_eq!(records[0]["sheet"], 1);
    assert_eq!(records[2]["line"], 3);
    let report = json(&p.org.ok(&["report", "--format", "json"]));
    assert_eq!(report[0]["purged"], 3);
    assert_eq!(report[0]["valid"], 1);
    assert_eq!(report[0]["by_country"]["purged"], 3);
    assert!(p.org.ok(&["report"]).contains("3 delivered and purged"));
    let err = p.org.fails(&[
        "amend",
        records[0]["id"].as_str().unwrap(),
        "--field",
        "city=Athens",
    ]);
    assert!(err.contains("purged"), "{err}");
    // Purging again finds nothing new.
    assert!(
        p.org
            .ok(&["purge", "--acknowledged"])
            .starts_with("0 delivered and purged")
    );

    // The next bundle carries only the unacknowledged line, and the coordinator still
    // holds every name.
    let b2 = p.org.path("b2.age");
    let out = p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--out",
        s(&b2),
    ]);
    assert!(out.contains(": 1 operation ("), "{out}");
    let out = p.coord.ok(&["import", "bundle", s(&b2)]);
    assert!(out.contains("1 new record,"), "{out}");
    let held: Vec<String> = p
        .coord
        .records()
        .iter()
        .map(|r| r["fields"]["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(held, [names[0], names[1], names[2], "Zoë Ørsted"]);
    // A full re-send after the purge is still a clean replay at the coordinator.
    let all = p.org.path("all.age");
    p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--all",
        "--out",
        s(&all),
    ]);
    assert!(
        p.coord
            .ok(&["import", "bundle", s(&all)])
            .contains("replay")
    );
}

#[test]
fn receipts_not_from_the_coordinator_are_refused() {
    let p = pair(&["Ana"]);
    let b1 = p.org.path("b1.age");
    p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--out",
        s(&b1),
    ]);
    p.coord.ok(&["import", "bundle", s(&b1)]);
    let org = p.org.identity();
    let coord_key = {
        let c = json(&p.org.ok(&["campaign", "list", "--format", "json"]));
        c[0]["id"].as_str().unwrap().to_owned()
    };
    assert_eq!(coord_key, p.campaign);
    // Another vault signs a receipt claiming this campaign, for this organizer.
    let mallory = TestVault::new();
    let passphrase = age::secrecy::SecretString::from("correct horse battery staple".to_owned());
    let vault = fieldsign::vault::Vault::open(&mallory.vault, &passphrase).unwrap();
    let mut held = VersionVector::default();
    held.insert(org["device_id"].as_str().unwrap().parse().unwrap(), 1);
    let forged = receipt::Receipt {
        format: receipt::FORMAT.into(),
        version: 1,
        campaign: p.campaign.parse().unwrap(),
        device: org["device_id"].as_str().unwrap().parse().unwrap(),
        coordinator_key: fieldsign::sync::keys::encode_verifying_key(
            &vault.signing_key().verifying_key(),
        ),
        created_at: "2026-11-28T00:00:00Z".into(),
        held,
    };
    let recipient = vec![org["recipient"].as_str().unwrap().to_owned()];
    let sealed = envelope::seal(
        &receipt::encode(&forged, &vault.signing_key()),
        &recipient,
        false,
    )
    .unwrap();
    let file = p.org.path("forged.age");
    std::fs::write(&file, sealed).unwrap();
    // Same forgery, but naming the real coordinator's key: the signature fails.
    let campaign_file = std::fs::read_to_string(p.coord.path("campaign.fieldsign")).unwrap();
    let real_key = json(campaign_file.lines().next().unwrap())["campaign"]["signing_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let lying = receipt::Receipt {
        coordinator_key: real_key,
        ..forged
    };
    let sealed = envelope::seal(
        &receipt::encode(&lying, &vault.signing_key()),
        &recipient,
        false,
    )
    .unwrap();
    let lying_file = p.org.path("lying.age");
    std::fs::write(&lying_file, sealed).unwrap();
    drop(vault);

    let verify = p.org.ok(&["verify", s(&file)]);
    assert!(
        verify.contains("NOT this campaign's coordinator"),
        "{verify}"
    );
    for (file, expect) in [
        (&file, "not signed by the coordinator"),
        (&lying_file, "altered"),
        (&b1, "not encrypted to this vault"),
    ] {
        let before = p.org.store_snapshot();
        let err = p.org.fails(&["import", "receipt", s(file)]);
        assert!(err.contains(expect), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert_eq!(p.org.store_snapshot(), before);
        assert!(
            !p.org
                .ok(&["purge", "--acknowledged"])
                .starts_with("1 delivered")
        );
    }
    // A receipt for another device is encrypted to that device: not readable here.
    let r = p.coord.path("r.age");
    p.coord.ok(&[
        "receipt",
        "--device",
        org["device_id"].as_str().unwrap(),
        "--out",
        s(&r),
    ]);
    let err = mallory.fails(&["import", "receipt", s(&r)]);
    assert!(err.contains("not encrypted to this vault"), "{err}");
    // Only the coordinator writes receipts.
    let err = p.org.fails(&[
        "receipt",
        "--device",
        "0000000000000000",
        "--out",
        s(&p.org.path("x")),
    ]);
    assert!(err.contains("no known device"), "{err}");
}

#[test]
fn report_and_delivery_csv() {
    let p = pair(&["José Núñez", "=HYPERLINK(\"x\")", "Ирина"]);
    let ids: Vec<String> = p
        .org
        .records()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    p.org.ok(&["void", &ids[2], "--reason", "duplicate"]);
    let b = p.org.path("b.age");
    p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--out",
        s(&b),
    ]);
    p.coord.ok(&["import", "bundle", s(&b)]);
    let report = json(
        &p.coord
            .ok(&["report", "--campaign", "Free", "--format", "json"]),
    );
    assert_eq!(report[0]["valid"], 2);
    assert_eq!(report[0]["void"], 1);
    assert_eq!(report[0]["total"], 3);
    assert_eq!(report[0]["by_country"]["GR"], 2);
    assert_eq!(report[0]["by_event"][0]["name"], "Vigil");
    assert_eq!(report[0]["by_event"][0]["valid"], 2);
    let device = p.org.identity()["device_id"].as_str().unwrap().to_owned();
    assert_eq!(report[0]["by_device"][&device]["total"], 3);

    let csv = p.coord.path("delivery.csv");
    let out = p
        .coord
        .cmd()
        .args(["export", "csv", "--campaign", &p.campaign, "--out", s(&csv)])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PLAIN TEXT"));
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let headers = rows.headers().unwrap().clone();
    assert_eq!(
        headers.iter().take(5).collect::<Vec<_>>(),
        ["event", "event_date", "sheet", "line", "name"]
    );
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "one row per valid signature");
    assert_eq!(
        rows[0].iter().take(5).collect::<Vec<_>>(),
        ["Vigil", "2026-11-28", "1", "1", "José Núñez"]
    );
    assert_eq!(&rows[1][4], "'=HYPERLINK(\"x\")", "formula guarded");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&csv).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let err = p.coord.fails(&[
        "export",
        "csv",
        "--campaign",
        &p.campaign,
        "--out",
        s(&csv),
        "--profile",
        "action-network",
    ]);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&csv).unwrap(),
        text,
        "refused overwrite changed the file"
    );
    p.coord.ok(&[
        "export",
        "csv",
        "--campaign",
        &p.campaign,
        "--out",
        s(&csv),
        "--profile",
        "action-network",
        "--force",
    ]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with(
            "first_name,last_name,email,phone,zip_code,country,city,event,sheet,line\n"
        )
    );
    assert!(text.contains("José,Núñez,,,,GR,,Vigil,1,1"), "{text}");
}

#[test]
fn dedupe_lists_likely_duplicate_groups() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let lines = [
        ("José Núñez", "jose@example.org", "28001"),
        ("jose  nunez", "other@example.org", "28001"),
        ("Ana Lima", "jose@example.org", "28001"),
        ("Ана Лима", "ana@example.org", ""),
    ];
    let mut ids = Vec::new();
    for (i, (name, email, postcode)) in lines.iter().enumerate() {
        let mut fields = vec![("name", *name), ("email", *email)];
        if !postcode.is_empty() {
            fields.push(("postcode", *postcode));
        }
        ids.push(t.add(&campaign, &event, 1, u32::try_from(i).unwrap() + 1, &fields));
    }
    let groups = json(&t.ok(&["dedupe", "--format", "json"]));
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(groups[0]["reasons"], serde_json::json!(["name+postcode"]));
    let members: Vec<&str> = groups[0]["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(members, [ids[0].as_str(), ids[1].as_str()]);
    let table = t.ok(&["dedupe"]);
    assert!(
        table.contains("José Núñez") && table.contains("jose  nunez"),
        "{table}"
    );
    t.ok(&["void", &ids[1], "--reason", "duplicate"]);
    assert_eq!(
        json(&t.ok(&["dedupe", "--format", "json"])),
        serde_json::json!([])
    );
}

#[test]
fn purge_counts_have_one_meaning_in_purge_report_and_list() {
    // Two signatures, one illegible line (with what could be read of the name), one
    // voided signature: all delivered and acknowledged.
    let p = pair(&["Ирина Петрова", "José Núñez"]);
    p.org.ok(&[
        "add",
        "--campaign",
        &p.campaign,
        "--event",
        &p.event,
        "--sheet",
        "1",
        "--line",
        "3",
        "--field",
        "name=Ἀλέξ",
        "--illegible",
    ]);
    let voided = add(&p, 4, "Ana Lima");
    p.org.ok(&["void", &voided, "--reason", "signed twice"]);
    let before = json(&p.org.ok(&["report", "--format", "json"]));
    assert_eq!(
        (
            &before[0]["valid"],
            &before[0]["illegible"],
            &before[0]["void"],
            &before[0]["purged"]
        ),
        (&2.into(), &1.into(), &1.into(), &0.into())
    );
    let b = p.org.path("b.age");
    p.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &p.campaign,
        "--out",
        s(&b),
    ]);
    p.coord.ok(&["import", "bundle", s(&b)]);
    let device = p.org.identity()["device_id"].as_str().unwrap().to_owned();
    let r = p.coord.path("r.age");
    p.coord
        .ok(&["receipt", "--device", &device, "--out", s(&r)]);
    p.org.ok(&["import", "receipt", s(&r)]);

    let out = p.org.ok(&["purge", "--acknowledged"]);
    assert!(
        out.starts_with(
            "2 delivered and purged; values also removed from 1 illegible line and 1 void line (still counted as such); 5 operations cleared; 0 records wait for a receipt."
        ),
        "{out}"
    );
    // The report counts the same two as purged, and illegible and void lines as such.
    let after = json(&p.org.ok(&["report", "--format", "json"]));
    assert_eq!(
        (
            &after[0]["valid"],
            &after[0]["illegible"],
            &after[0]["void"],
            &after[0]["purged"]
        ),
        (&0.into(), &1.into(), &1.into(), &2.into())
    );
    assert_eq!(after[0]["total"], 4);
    assert_eq!(after[0]["by_country"]["purged"], 2);
    let table = p.org.ok(&["report"]);
    assert!(
        table.contains("2 delivered and purged from this vault"),
        "{table}"
    );
    let statuses: Vec<String> = p
        .org
        .records()
        .iter()
        .map(|r| r["status"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(statuses, ["purged", "purged", "illegible", "void"]);
    // Every value is gone from all four, including the illegible line's partial name.
    assert!(
        p.org
            .records()
            .iter()
            .all(|r| r["fields"] == serde_json::json!({}))
    );
    // The coordinator's counts are the same lines: nothing purged there.
    let coord = json(&p.coord.ok(&["report", "--format", "json"]));
    assert_eq!(
        (
            &coord[0]["valid"],
            &coord[0]["illegible"],
            &coord[0]["void"]
        ),
        (&2.into(), &1.into(), &1.into())
    );
}

//! A malicious organizer with their own device key (read from `key.age` with their
//! passphrase) crafts bundles: speaking for other devices (issue 10 §1, scenarios a–d),
//! overflowing clocks and counters (§2). Each crafted bundle must be refused with one
//! clear line, leave the coordinator's store as it was, and leave every later command
//! working.

mod common;
#[path = "common/forge.rs"]
mod forge;

use common::{TestVault, s};
use forge::{Forge, keys_of, random_id};
use serde_json::json;

/// A coordinator and two organizers, A (the attacker) and B, in one campaign.
struct Three {
    coord: TestVault,
    a: TestVault,
    b: TestVault,
    campaign: String,
    event: String,
}

impl Three {
    fn new() -> Self {
        Self::with(TestVault::new(), &[])
    }

    /// With `a` as the attacker's vault, and extra campaign recipients.
    fn with(a: TestVault, extra_recipients: &[&str]) -> Self {
        let coord = TestVault::new();
        let file = coord.path("campaign.fieldsign");
        let mut args = vec![
            "campaign",
            "create",
            "--title",
            "Free them",
            "--out",
            s(&file),
        ];
        for r in extra_recipients {
            args.extend(["--recipient", r]);
        }
        let campaign = coord.ok(&args);
        let b = TestVault::new();
        for org in [&a, &b] {
            org.ok(&["campaign", "join", s(&file)]);
        }
        let event = b.ok(&[
            "event",
            "create",
            "--campaign",
            &campaign,
            "--name",
            "Vigil",
        ]);
        Self {
            coord,
            a,
            b,
            campaign,
            event,
        }
    }

    fn add(&self, who: &TestVault, line: u32, name: &str) -> String {
        who.add(&self.campaign, &self.event, 1, line, &[("name", name)])
    }

    fn export(&self, who: &TestVault, name: &str) -> String {
        let out = who.path(name);
        who.ok(&[
            "export",
            "bundle",
            "--campaign",
            &self.campaign,
            "--out",
            s(&out),
        ]);
        s(&out).to_owned()
    }

    fn device(t: &TestVault) -> String {
        t.identity()["device_id"].as_str().unwrap().to_owned()
    }

    fn fingerprint(t: &TestVault) -> String {
        t.identity()["signing_key"].as_str().unwrap().to_owned()
    }

    /// A's own genuine bundle, opened as a template for forgeries.
    fn template(&self) -> Forge {
        // A new event each time (names are unique in a campaign).
        let name = format!("Rally {}", random_id());
        let a_event = self.a.ok(&[
            "event",
            "create",
            "--campaign",
            &self.campaign,
            "--name",
            &name,
        ]);
        self.a
            .add(&self.campaign, &a_event, 1, 1, &[("name", "Ana")]);
        let bundle = self.a.path(&format!("a-template-{}.age", random_id()));
        let bundle = self.export(&self.a, bundle.file_name().unwrap().to_str().unwrap());
        Forge::open(&self.coord, std::path::Path::new(&bundle))
    }
}

/// `import bundle FILE` refused: one line naming `expect`, store unchanged.
fn refused(t: &TestVault, file: &str, expect: &str) -> String {
    let before = t.store_snapshot();
    let err = t.fails_cleanly(&["import", "bundle", file], &[]);
    assert!(err.contains(expect), "expected `{expect}`, got: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one line please: {err}");
    assert_eq!(
        t.store_snapshot(),
        before,
        "the refused bundle changed the store"
    );
    err
}

fn void_op(replica: &str, seq: u64, record: &str, campaign: &str) -> serde_json::Value {
    json!({"replica": replica, "seq": seq, "lamport": seq, "campaign": campaign,
           "record": record, "at": 1_795_899_198, "kind": "void", "reason": "duplicate"})
}

#[test]
fn a_device_cannot_speak_for_another_and_purge_only_erases_what_was_delivered() {
    let x = Three::new();
    for line in 1..=2 {
        x.add(&x.b, line, "Олена Шевченко");
    }
    let b1 = x.export(&x.b, "b1.age");
    x.coord.ok(&["import", "bundle", &b1]);
    // B types three more lines, not delivered yet.
    for line in 3..=5 {
        x.add(&x.b, line, "Σωκράτης Παπαδόπουλος");
    }
    // (a) A sends harmless-looking voids tagged as B, seq 3..50.
    let (b_dev, campaign) = (Three::device(&x.b), x.campaign.clone());
    let mut forge = x.template();
    forge.ops = (3..=50)
        .map(|seq| void_op(&b_dev, seq, &random_id(), &campaign))
        .collect();
    let a_keys = keys_of(&x.a);
    let file = forge.write(&a_keys, &x.coord, "forged.age");
    let err = refused(&x.coord, &file, "carries operations of other devices");
    assert!(
        err.contains(&b_dev) && err.contains(&a_keys.device),
        "{err}"
    );
    // Mixed with A's own operations, it is refused all the same.
    let mut mixed = x.template();
    mixed.ops.push(void_op(&b_dev, 3, &random_id(), &campaign));
    refused(
        &x.coord,
        &mixed.write(&a_keys, &x.coord, "mixed.age"),
        "other devices",
    );
    // verify names every replica the bundle carries.
    let verify = x.coord.ok(&["verify", &file]);
    assert!(
        verify.contains(&format!("{b_dev} (48 operations, ANOTHER device")),
        "{verify}"
    );

    // The coordinator's routine receipt for B acknowledges only what B delivered.
    let receipt = x.coord.path("r.age");
    let out = x.coord.ok(&[
        "receipt",
        "--device",
        &Three::fingerprint(&x.b),
        "--out",
        s(&receipt),
    ]);
    assert!(out.contains("acknowledges 2 operations"), "{out}");
    x.b.ok(&["import", "receipt", s(&receipt)]);
    let out = x.b.ok(&["purge", "--acknowledged"]);
    assert!(out.starts_with("2 delivered and purged"), "{out}");
    let statuses: Vec<String> =
        x.b.records()
            .iter()
            .map(|r| r["status"].as_str().unwrap().to_owned())
            .collect();
    assert_eq!(statuses, ["purged", "purged", "valid", "valid", "valid"]);
    // (b) B's genuine bundle then imports without a conflict alarm.
    let b2 = x.export(&x.b, "b2.age");
    let out = x.coord.ok(&["import", "bundle", &b2]);
    assert!(
        out.contains("3 new records") && out.contains(&format!("operations of {b_dev}")),
        "{out}"
    );
}

#[test]
fn revocation_holds_on_every_route() {
    let x = Three::new();
    let mut forge = x.template();
    let a_first = x.export(&x.a, "a1.age");
    x.coord.ok(&["import", "bundle", &a_first]);
    x.coord.ok(&["device", "revoke", &Three::fingerprint(&x.a)]);
    // (c) A's later work, relayed inside B's bundle (B's key, as a colluding or
    // compromised device would sign it), is refused like A's own bundle.
    let a_dev = Three::device(&x.a);
    let campaign = x.campaign.clone();
    forge.ops.push(void_op(&a_dev, 2, &random_id(), &campaign));
    refused(
        &x.coord,
        &forge.write(&keys_of(&x.a), &x.coord, "a2.age"),
        "was revoked",
    );
    x.add(&x.b, 1, "Bo");
    let b_bundle = x.export(&x.b, "b.age");
    let mut relay = Forge::open(&x.coord, std::path::Path::new(&b_bundle));
    relay.ops.push(void_op(&a_dev, 2, &random_id(), &campaign));
    let err = refused(
        &x.coord,
        &relay.write(&keys_of(&x.b), &x.coord, "relay.age"),
        "other devices",
    );
    assert!(err.contains(&a_dev), "{err}");
    // B's own bundle is fine.
    assert!(
        x.coord
            .ok(&["import", "bundle", &b_bundle])
            .contains("1 new record,")
    );
}

#[test]
fn only_the_typist_or_the_coordinator_changes_a_record() {
    // A is also a campaign recipient, so it can read B's bundles.
    let a = TestVault::new();
    let a_recipient = a.identity()["recipient"].as_str().unwrap().to_owned();
    let x = Three::with(a, &[&a_recipient]);
    let victim = x.add(&x.b, 1, "Олена Шевченко");
    let other = x.add(&x.b, 2, "محمد علي");
    let b1 = x.export(&x.b, "b1.age");
    x.coord.ok(&["import", "bundle", &b1]);
    // (d) through the normal CLI: A imports B's bundle, then tries to amend and void
    // B's records: refused on A's laptop already...
    x.a.ok(&["import", "bundle", &b1]);
    let before = x.a.store_snapshot();
    for args in [
        vec!["amend", victim.as_str(), "--field", "name=Someone Else"],
        vec!["void", other.as_str(), "--reason", "duplicate"],
    ] {
        let err = x.a.fails_cleanly(&args, &[]);
        assert!(
            err.contains("only that device or the campaign's coordinator"),
            "{err}"
        );
    }
    assert_eq!(x.a.store_snapshot(), before);
    // ...and, written by hand and signed with A's key, refused by the coordinator.
    let mut forged = x.template();
    let a_dev = Three::device(&x.a);
    let next = forged
        .ops
        .iter()
        .map(|o| o["seq"].as_u64().unwrap())
        .max()
        .unwrap()
        + 1;
    forged
        .ops
        .push(json!({"replica": a_dev, "seq": next, "lamport": next + 5,
        "campaign": x.campaign, "record": victim, "at": 1_795_899_198, "kind": "amend",
        "fields": {"name": "Someone Else"}}));
    forged
        .ops
        .push(void_op(&a_dev, next + 1, &other, &x.campaign));
    let a1 = forged.write(&keys_of(&x.a), &x.coord, "a1.age");
    let err = refused(&x.coord, &a1, "did not type");
    assert!(err.contains("only the campaign's coordinator"), "{err}");
    // A crafted add that reuses B's record id would take over its paper origin.
    let mut forge = x.template();
    let own_add = forge
        .ops
        .iter()
        .find(|o| o["kind"] == "add")
        .unwrap()
        .clone();
    let mut takeover = own_add.clone();
    takeover["record"] = json!(victim);
    forge.ops = vec![takeover];
    refused(
        &x.coord,
        &forge.write(&keys_of(&x.a), &x.coord, "takeover.age"),
        "adds again",
    );
    // B's records are untouched; the coordinator itself may change them.
    let names: Vec<String> = x
        .coord
        .records()
        .iter()
        .map(|r| r["fields"]["name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(names, ["Олена Шевченко", "محمد علي"]);
    x.coord.ok(&["amend", &victim, "--field", "city=Kyiv"]);
    // A changing its own record is fine.
    let record = own_add["record"].as_str().unwrap().to_owned();
    let next = own_add["seq"].as_u64().unwrap() + 1;
    forge.ops = vec![own_add, void_op(&a_dev, next, &record, &x.campaign)];
    let out = x.coord.ok(&[
        "import",
        "bundle",
        &forge.write(&keys_of(&x.a), &x.coord, "own.age"),
    ]);
    assert!(out.contains("1 new record, 0 amendments, 1 void"), "{out}");
}

#[test]
#[allow(clippy::too_many_lines)] // one table of cases, then one story
fn numbers_from_outside_are_bounded_and_later_commands_still_work() {
    let x = Three::new();
    let template = x.template();
    let a_keys = keys_of(&x.a);
    let coord_dev = Three::device(&x.coord);
    let add = template
        .ops
        .iter()
        .find(|o| o["kind"] == "add")
        .unwrap()
        .clone();
    let with = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut op = add.clone();
        edit(&mut op);
        let mut forge = Forge {
            header: template.header.clone(),
            events: template.events.clone(),
            ops: vec![op],
        };
        forge.ops[0]["record"] = json!(random_id());
        forge
    };
    let cases: Vec<(&str, Forge, &str)> = vec![
        // The attack: the coordinator's own replica at u64::MAX (relayed).
        (
            "coordinator seq u64::MAX",
            with(&|op| {
                op["replica"] = json!(coord_dev);
                op["seq"] = json!(u64::MAX);
            }),
            "other devices",
        ),
        (
            "seq u64::MAX",
            with(&|op| op["seq"] = json!(u64::MAX)),
            "above the limit",
        ),
        (
            "seq gap",
            with(&|op| op["seq"] = json!(20_000_000u64)),
            "skip",
        ),
        (
            "lamport u64::MAX",
            with(&|op| op["lamport"] = json!(u64::MAX)),
            "Lamport time",
        ),
        ("sheet 0", with(&|op| op["sheet"] = json!(0)), "sheet 0"),
        (
            "line u32::MAX",
            with(&|op| op["line"] = json!(u32::MAX)),
            "line 4294967295",
        ),
        (
            "2 letters and 2.5 million combining marks",
            with(&|op| op["fields"]["name"] = json!(format!("ab{}", "\u{301}".repeat(2_500_000)))),
            "breaks the campaign's rules",
        ),
        (
            "far future",
            with(&|op| op["at"] = json!(i64::MAX)),
            "plausible window",
        ),
        (
            "before 1970",
            with(&|op| op["at"] = json!(-1)),
            "plausible window",
        ),
        (
            "header time",
            {
                let mut f = with(&|_| {});
                f.header["created_at"] = json!("whenever");
                f
            },
            "creation time",
        ),
        (
            "event time",
            {
                let mut f = with(&|_| {});
                f.events[0]["created_at"] = json!(i64::MAX);
                f
            },
            "plausible window",
        ),
    ];
    for (what, forge, expect) in cases {
        eprintln!("case: {what}");
        let file = forge.write(&a_keys, &x.coord, "bad.age");
        let err = refused(&x.coord, &file, expect);
        assert!(err.contains("nothing was imported"), "{what}: {err}");
    }
    // Everything still works at the coordinator: add, amend, void, receipt.
    let event = x
        .coord
        .ok(&["event", "create", "--campaign", &x.campaign, "--name", "HQ"]);
    let id = x.coord.add(&x.campaign, &event, 1, 1, &[("name", "Ana")]);
    x.coord.ok(&["amend", &id, "--field", "name=Anna"]);
    let record = x
        .coord
        .records()
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_eq!(
        record["fields"]["name"], "Anna",
        "the amendment took effect"
    );
    x.coord.ok(&["void", &id, "--reason", "test"]);
    // A genuine bundle with a large but plausible jump is still accepted.
    let ok = with(&|op| {
        op["lamport"] = json!(5_000_000u64);
        op["seq"] = json!(9_000_000u64);
    });
    assert!(
        x.coord
            .ok(&["import", "bundle", &ok.write(&a_keys, &x.coord, "ok.age")])
            .contains("1 new record,")
    );
    let receipt = x.coord.path("r.age");
    x.coord.ok(&[
        "receipt",
        "--device",
        &Three::fingerprint(&x.a),
        "--out",
        s(&receipt),
    ]);
    // The coordinator's clock moved up to the accepted lamport, and its next change
    // still wins over it.
    x.coord.ok(&["amend", &id, "--field", "name=Anny"]);
    let record = x
        .coord
        .records()
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_eq!(record["fields"]["name"], "Anny");
}

#[test]
fn version_1_bundles_import_only_without_relayed_operations() {
    let x = Three::new();
    let mut forge = x.template();
    forge.header["version"] = json!(1);
    let a_keys = keys_of(&x.a);
    let mut relayed = Forge {
        header: forge.header.clone(),
        events: forge.events.clone(),
        ops: forge.ops.clone(),
    };
    relayed
        .ops
        .push(void_op(&Three::device(&x.b), 1, &random_id(), &x.campaign));
    refused(
        &x.coord,
        &relayed.write(&a_keys, &x.coord, "v1-relay.age"),
        "other devices",
    );
    let out = x.coord.ok(&[
        "import",
        "bundle",
        &forge.write(&a_keys, &x.coord, "v1.age"),
    ]);
    assert!(out.contains("1 new record,"), "{out}");
    // Version 3 carries decisions (a coordinator's); the next one is unknown.
    forge.header["version"] = json!(4);
    refused(
        &x.coord,
        &forge.write(&a_keys, &x.coord, "v4.age"),
        "update fieldsign",
    );
}

#[test]
fn a_receipt_cannot_make_an_organizer_purge_what_it_never_wrote() {
    let x = Three::new();
    for line in 1..=3 {
        x.add(&x.b, line, "Олена Шевченко");
    }
    // A receipt signed with the real coordinator key (a careless or compromised
    // coordinator) claiming B:1-50 and another replica's operations.
    let coord_keys = keys_of(&x.coord);
    let b = x.b.identity();
    let b_dev: fieldsign::model::DeviceId = b["device_id"].as_str().unwrap().parse().unwrap();
    let mut held = fieldsign::sync::VersionVector::default();
    let mut range = fieldsign::sync::RangeSet::default();
    range.insert_range(1, 50);
    held.set(b_dev, range.clone());
    held.set(Three::device(&x.a).parse().unwrap(), range);
    let receipt = fieldsign::sync::receipt::Receipt {
        format: fieldsign::sync::receipt::FORMAT.into(),
        version: 1,
        campaign: x.campaign.parse().unwrap(),
        device: b_dev,
        coordinator_key: coord_keys.signing_key_b64(),
        created_at: "2026-11-28T00:00:00Z".into(),
        held,
    };
    let plain = fieldsign::sync::receipt::encode(&receipt, &coord_keys.signing);
    let sealed = fieldsign::sync::envelope::seal(
        &plain,
        &[b["recipient"].as_str().unwrap().to_owned()],
        false,
    )
    .unwrap();
    let file = x.b.path("r.age");
    std::fs::write(&file, sealed).unwrap();
    let out = x.b.run(&["import", "receipt", s(&file)]);
    assert!(out.status.success());
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        stdout.contains("3 operations newly acknowledged"),
        "{stdout}"
    );
    assert!(
        stderr.contains("97 operation(s) this laptop never wrote"),
        "{stderr}"
    );
    // Lines typed later, under numbers the receipt claimed, are not purged.
    x.add(&x.b, 4, "Zoë Ørsted");
    let out = x.b.ok(&["purge", "--acknowledged"]);
    assert!(out.starts_with("3 delivered and purged"), "{out}");
    assert_eq!(x.b.records()[3]["status"], "valid");
}

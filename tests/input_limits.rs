//! Files from outside are size-checked before they are read (issue 10 §4): a 2 GiB
//! file is refused at once by every command that reads one, an endless one is cut off,
//! `--max-size` moves the limit where a real user could need it; a CSV with a million
//! bad rows gets a summary, not a million lines; a receipt that is not one is called a
//! bad receipt, not a bad bundle.

mod common;

use std::process::Command as Process;

use common::{Exchange, s};

/// A sparse file of `len` bytes: as large as `stat` says, costing no disk.
fn sparse(x: &Exchange, name: &str, len: u64) -> String {
    let path = x.coord.path(name);
    std::fs::File::create(&path).unwrap().set_len(len).unwrap();
    s(&path).to_owned()
}

#[test]
fn every_file_from_outside_is_refused_by_its_size_before_it_is_read() {
    let x = Exchange::new();
    let big = sparse(&x, "big", 2 << 30);
    let before = (x.coord.store_snapshot(), x.org.store_snapshot());
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["import", "bundle", &big],
            "over the 512.0 MiB limit for a bundle",
        ),
        (vec!["verify", &big], "over the 512.0 MiB limit"),
        (
            vec!["import", "receipt", &big],
            "over the 16.0 MiB limit for a receipt",
        ),
        (
            vec!["campaign", "join", &big],
            "over the 1.0 MiB limit for a campaign file",
        ),
        (
            vec![
                "import",
                "csv",
                "--campaign",
                &x.campaign,
                "--event",
                &x.event,
                &big,
            ],
            "over the 64.0 MiB limit for a CSV file",
        ),
    ];
    for (args, expect) in cases {
        let who = if args[0] == "import" && args[1] == "bundle" || args[0] == "verify" {
            &x.coord
        } else {
            &x.org
        };
        let err = who.fails_cleanly(&args, &[]);
        assert!(
            err.contains(expect) && err.contains("is 2.0 GiB"),
            "{args:?}: {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        if expect.contains("bundle") || expect.contains("CSV") {
            assert!(
                err.contains("--max-size"),
                "{args:?}: says how to raise it: {err}"
            );
        }
    }
    assert_eq!((x.coord.store_snapshot(), x.org.store_snapshot()), before);
    // A file whose size stat cannot tell is cut off at the limit, not read forever.
    let err = x
        .org
        .fails_cleanly(&["import", "receipt", "/dev/zero"], &[]);
    assert!(err.contains("over the 16.0 MiB limit"), "{err}");
    // A folder is named as one.
    let err = x
        .coord
        .fails_cleanly(&["verify", s(x.coord.root.path())], &[]);
    assert!(err.contains("is a folder"), "{err}");
}

#[test]
fn max_size_moves_the_bundle_limit() {
    let x = Exchange::new();
    x.org.add(&x.campaign, &x.event, 1, 1, &[("name", "Ana")]);
    let bundle = x.org.path("b.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&bundle),
    ]);
    let err = x
        .coord
        .fails_cleanly(&["import", "bundle", "--max-size", "100", s(&bundle)], &[]);
    assert!(err.contains("over the 100 bytes limit"), "{err}");
    let err = x
        .coord
        .fails_cleanly(&["verify", "--max-size", "1T", s(&bundle)], &[]);
    assert!(err.contains("600M or 2G"), "{err}");
    let out = x
        .coord
        .ok(&["import", "bundle", "--max-size", "1M", s(&bundle)]);
    assert!(out.contains("1 new record,"), "{out}");
}

#[test]
fn a_million_bad_csv_rows_are_summarized() {
    let x = Exchange::new();
    let mut csv = String::from("name\n");
    for _ in 0..1_000_000 {
        csv.push_str("a,b\n");
    }
    let file = x.org.write("bad.csv", &csv);
    let before = x.org.store_snapshot();
    let out = x.org.run(&[
        "import",
        "csv",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        &file,
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].contains("1000000 bad row(s), nothing was imported"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "line 2: has 2 columns, the header has 1");
    assert!(lines.len() <= 23, "{} lines of errors", lines.len());
    assert!(
        err.contains("… and 999980 more bad row(s) (only the first 20 are listed)"),
        "{err}"
    );
    assert_eq!(x.org.store_snapshot(), before);
}

#[test]
fn a_value_is_limited_in_bytes_as_well_as_characters() {
    let x = Exchange::new();
    // Two letters and 2.5 million combining marks: two characters, 5 MB.
    let zalgo = format!("ab{}", "\u{301}".repeat(2_500_000));
    let file = x.org.write("zalgo.csv", &format!("name\n{zalgo}\n"));
    let before = x.org.store_snapshot();
    let err = x.org.fails_cleanly(
        &[
            "import",
            "csv",
            "--campaign",
            &x.campaign,
            "--event",
            &x.event,
            &file,
        ],
        &[],
    );
    assert!(
        err.contains("line 2: field `name` is too long") && err.contains("4096 bytes"),
        "{err}"
    );
    assert!(err.len() < 1000, "the value is not echoed");
    assert_eq!(x.org.store_snapshot(), before);
}

#[test]
fn a_bad_receipt_is_called_a_bad_receipt() {
    let x = Exchange::new();
    let recipient = x.org.identity()["recipient"].as_str().unwrap().to_owned();
    let seal = |name: &str, plain: &[u8]| {
        let plain_path = x.org.path(&format!("{name}.txt"));
        std::fs::write(&plain_path, plain).unwrap();
        let out = x.org.path(name);
        assert!(
            Process::new("age")
                .args(["-r", &recipient, "-o", s(&out), s(&plain_path)])
                .status()
                .unwrap()
                .success()
        );
        s(&out).to_owned()
    };
    let before = x.org.store_snapshot();
    for (plain, expect) in [
        (
            &b"hello, not a receipt\n{}\n"[..],
            "not a fieldsign receipt",
        ),
        (
            &b"{\"receipt\":{\"format\":\"fieldsign-receipt\",\"version\":1}}"[..],
            "receipt is damaged or truncated",
        ),
        (
            &b"{\"receipt\":{\"format\":\"fieldsign-receipt\",\"version\":7}}\n{}\n"[..],
            "receipt has format version 7",
        ),
        (
            &b"{\"header\":{\"format\":\"fieldsign-bundle\",\"version\":2}}\n{}\n"[..],
            "this is a bundle, not a receipt",
        ),
    ] {
        let file = seal("r.age", plain);
        let err = x.org.fails_cleanly(&["import", "receipt", &file], &[]);
        assert!(err.contains(expect), "expected `{expect}`: {err}");
        assert!(
            !err.contains("export bundle"),
            "a receipt error talks of bundles: {err}"
        );
        std::fs::remove_file(&file).unwrap();
    }
    assert_eq!(x.org.store_snapshot(), before);
}

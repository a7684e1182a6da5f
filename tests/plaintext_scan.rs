//! The grep test: enter names, emails, phones, cities and void reasons in Latin,
//! Cyrillic, Greek, Arabic and Devanagari, through `add`, `amend`, `void` and
//! `import csv`; then read every raw file in the vault folder and find none of them, in
//! any form a careless implementation might store: as typed (UTF-8), NFC, NFD, lower
//! case, upper case, or folded for duplicate matching.

mod common;

use std::fmt::Write as _;

use common::{TestVault, files_below};
use fieldsign::model::text::fold_for_matching;
use unicode_normalization::UnicodeNormalization;

/// (name, email, city) per script. Names carry marks that NFC and NFD encode
/// differently, so both byte forms are searched.
const PEOPLE: [(&str, &str, &str); 10] = [
    ("José Ñúñez-García", "Jose.Nunez@Example.ORG", "Logroño"),
    ("Zoë Ørsted Åberg", "zoe.orsted@example.dk", "Århus"),
    ("Олена Шевченко", "olena.shevchenko@example.ua", "Житомир"),
    ("Йосип Їжаков", "yosyp.yizhakov@example.ua", "Вінниця"),
    (
        "Σωκράτης Παπαδόπουλος",
        "sokratis.papadopoulos@example.gr",
        "Θεσσαλονίκη",
    ),
    (
        "Ἀλέξανδρος Ῥήγας",
        "alexandros.rigas@example.gr",
        "Ἡράκλειο",
    ),
    ("مُحَمَّد عَلِيّ", "mohammed.ali@example.eg", "الإسكندرية"),
    ("فاطمة الزهراء", "fatima.zahraa@example.ma", "الدار البيضاء"),
    ("अमित शर्मा", "amit.sharma@example.in", "वाराणसी"),
    ("प्रिया नायर", "priya.nair@example.in", "तिरुवनंतपुरम"),
];

const VOID_REASON: &str = "Дубликат Παπαδόπουλος";
const AMENDED_NAME: &str = "Олександра Ковальчук-Ґудзь";

fn variants(value: &str) -> Vec<String> {
    let mut out = vec![
        value.to_owned(),
        value.nfc().collect(),
        value.nfd().collect(),
        value.to_lowercase(),
        value.to_uppercase(),
        value.to_lowercase().nfd().collect(),
        fold_for_matching(value),
    ];
    // Each word alone too: a store that split names would leak them word by word.
    out.extend(
        value
            .split([' ', '-', '@', '.'])
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_owned),
    );
    out.sort();
    out.dedup();
    out.retain(|v| v.len() >= 5);
    out
}

#[test]
fn no_entered_value_is_in_any_raw_vault_file() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();

    // Half through `add`, one at a time; the other half through `import csv`.
    let mut ids = Vec::new();
    for (i, (name, email, city)) in PEOPLE.iter().step_by(2).enumerate() {
        let line = u32::try_from(i).unwrap() + 1;
        ids.push(t.add(
            &campaign,
            &event,
            1,
            line,
            &[
                ("name", name),
                ("email", email),
                ("city", city),
                ("phone", "+30 210 555 0199"),
            ],
        ));
    }
    let mut csv = String::from("name,email,city\n");
    for (name, email, city) in PEOPLE.iter().skip(1).step_by(2) {
        // NFD in the file: stored NFC after validation, and neither form may appear.
        let nfd: String = name.nfd().collect();
        writeln!(csv, "{nfd},{email},{city}").unwrap();
    }
    let file = t.write("sheet.csv", &csv);
    t.ok(&[
        "import",
        "csv",
        "--campaign",
        &campaign,
        "--event",
        &event,
        &file,
    ]);
    std::fs::remove_file(&file).unwrap();

    t.ok(&["amend", &ids[1], "--field", &format!("name={AMENDED_NAME}")]);
    t.ok(&["void", &ids[2], "--reason", VOID_REASON]);

    // Everything is in the vault and reads back exactly (so the scan is not vacuous).
    let records = t.records();
    assert_eq!(records.len(), PEOPLE.len());
    for (name, _, _) in PEOPLE.iter().filter(|(n, _, _)| *n != PEOPLE[2].0) {
        let nfc: String = name.nfc().collect();
        assert!(
            records.iter().any(|r| r["fields"]["name"] == nfc.as_str()),
            "{name} not read back"
        );
    }
    assert!(records.iter().any(|r| r["fields"]["name"] == AMENDED_NAME));

    let mut needles: Vec<String> = Vec::new();
    for (name, email, city) in PEOPLE {
        needles.extend(variants(name));
        needles.extend(variants(email));
        needles.extend(variants(city));
    }
    needles.extend(variants(VOID_REASON));
    needles.extend(variants(AMENDED_NAME));
    needles.push("+30 210 555 0199".into());
    needles.push("2105550199".into());
    needles.sort();
    needles.dedup();

    let files = files_below(&t.vault);
    assert!(
        files.len() >= 3,
        "the vault has a key file, a lock and sled's files: {files:?}"
    );
    let total: usize = files.iter().map(|f| std::fs::read(f).unwrap().len()).sum();
    assert!(total > 1000, "the scan reads real data ({total} bytes)");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for needle in &needles {
            let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
            assert!(
                !found,
                "`{needle}` found in plain text in {}",
                file.display()
            );
        }
    }
}

#[test]
fn the_scan_would_find_plain_text() {
    // The check above is only meaningful if the scanner finds what is there.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("db")).unwrap();
    let nfd: String = PEOPLE[0].0.nfd().collect();
    std::fs::write(dir.path().join("db").join("blob"), format!("xx{nfd}yy")).unwrap();
    assert!(common::found_in_files(dir.path(), &nfd).is_some());
    assert!(
        common::found_in_files(dir.path(), PEOPLE[0].0).is_none(),
        "NFC and NFD differ in bytes"
    );
}

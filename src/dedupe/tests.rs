//! The matcher on whole records: grouping, reasons, and its laws (a score is symmetric;
//! a record is never its own duplicate).

use proptest::prelude::*;

use super::*;
use crate::model::{CampaignId, DeviceId, Stamp, Stamped};

fn record(fields: &[(&str, &str)]) -> Record {
    let mut r = Record::new(RecordId::random(), CampaignId::random());
    let stamp = Stamp {
        lamport: 1,
        replica: DeviceId::random(),
        seq: 1,
    };
    for (k, v) in fields {
        r.fields.insert(
            (*k).into(),
            Stamped {
                value: (*v).into(),
                stamp,
            },
        );
    }
    r
}

fn person(name: &str, email: &str, postcode: &str) -> Record {
    record(&[("name", name), ("email", email), ("postcode", postcode)])
}

#[test]
fn groups_likely_pairs_with_their_shared_fields() {
    let rs = vec![
        person("José Núñez", "jose@x.org", "28001"),
        person("jose nunez", "other@x.org", "28001"),
        person("JOSÉ  NÚÑEZ", "other@x.org", ""),
        person("José Núñez", "", ""),
        person("Ana", "jose@x.org", "28001"),
    ];
    let groups = groups(&Roles::defaults(), &rs, Verdict::Likely);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].records, vec![rs[0].id, rs[1].id, rs[2].id]);
    assert_eq!(groups[0].reasons, ["name+email", "name+postcode"]);
    assert_eq!(groups[0].verdict, Verdict::Likely);
    assert!(groups[0].pairs.iter().all(|p| p.verdict == Verdict::Likely));
}

#[test]
fn the_review_level_adds_a_name_alone_and_an_email_alone() {
    let rs = vec![
        person("Olena Shevchenko", "o@x.org", ""),
        person("Olena Shevchenko", "", ""),
        person("Ana Lima", "ana@x.org", ""),
        person("Anna Lim", "ana@x.org", ""),
    ];
    let likely = groups(&Roles::defaults(), &rs, Verdict::Likely);
    let possible = groups(&Roles::defaults(), &rs, Verdict::Possible);
    assert!(likely.len() < possible.len(), "{likely:?} / {possible:?}");
    assert!(
        possible
            .iter()
            .any(|g| g.records == [rs[0].id, rs[1].id] && g.verdict == Verdict::Possible)
    );
}

#[test]
fn roles_decide_which_field_is_the_name() {
    let rs = vec![
        record(&[("full_name", "Олена Шевченко"), ("mail", "o@x.org")]),
        record(&[("full_name", "Olena Shevchenko"), ("mail", "O@x.org")]),
    ];
    let fields = vec![
        crate::model::FieldSpec::new("full_name", crate::model::FieldKind::Text, true)
            .with_role(crate::model::Role::Name),
        crate::model::FieldSpec::new("mail", crate::model::FieldKind::Email, false)
            .with_role(crate::model::Role::Email),
    ];
    assert_eq!(
        groups(&Roles::of_fields(&fields), &rs, Verdict::Likely).len(),
        1
    );
    assert!(groups(&Roles::defaults(), &rs, Verdict::Possible).is_empty());
}

#[test]
fn the_entry_check_scores_with_the_same_rules() {
    let stored = vec![person("Olena Shevchenko", "o@x.org", "01001")];
    let typed = BTreeMap::from([
        ("name".to_owned(), "Shevchenko O.".to_owned()),
        ("email".to_owned(), "O@X.org".to_owned()),
    ]);
    let found = entry_matches(&Roles::defaults(), &typed, &stored);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.verdict(), Verdict::Likely);
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Olena Shevchenko",
        "O. Shevchenko",
        "Шевченко Олена",
        "Petro Shevchenko",
        "Ana Lima",
        "Ана Лима",
        "محمد عبدالله",
        "Mohammed Abdullah",
        "Zoë Ørsted",
        "Σωκράτης Παπαδόπουλος",
        "राहुल शर्मा",
        "",
    ])
    .prop_map(str::to_owned)
}

fn contact() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["o@x.org", "O@X.org", "ana@x.org", ""]).prop_map(str::to_owned)
}

proptest! {
    #[test]
    fn scores_are_symmetric(a in name(), b in name(), ea in contact(), eb in contact()) {
        let roles = Roles::defaults();
        let x = Prepared::record(&roles, &person(&a, &ea, ""));
        let y = Prepared::record(&roles, &person(&b, &eb, ""));
        prop_assert_eq!(score(&x, &y), score(&y, &x));
    }

    #[test]
    fn a_record_is_never_its_own_duplicate(names in prop::collection::vec(name(), 1..8)) {
        let rs: Vec<Record> = names.iter().map(|n| person(n, "o@x.org", "01001")).collect();
        for g in groups(&Roles::defaults(), &rs, Verdict::Possible) {
            for p in &g.pairs {
                prop_assert_ne!(p.a, p.b);
            }
            let mut ids = g.records.clone();
            ids.dedup();
            prop_assert_eq!(ids.len(), g.records.len());
        }
    }
}

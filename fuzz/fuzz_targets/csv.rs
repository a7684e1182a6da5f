//! A CSV file for `import csv`: parsed against the default campaign fields, then every
//! readable row validated, as the import does before it saves anything.
#![no_main]

use std::sync::OnceLock;

use fieldsign::model::{Campaign, CampaignId, Check, default_fields};
use libfuzzer_sys::fuzz_target;

fn campaign() -> &'static Campaign {
    static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();
    CAMPAIGN.get_or_init(|| Campaign {
        id: CampaignId::random(),
        title: "fuzz".into(),
        texts: Default::default(),
        fields: default_fields(),
        recipients: vec![],
        signing_key: String::new(),
        created_at: 0,
        goal: None,
        double_entry: false,
        events: Vec::new(),
    })
}

fuzz_target!(|data: &[u8]| {
    let campaign = campaign();
    if let Ok(parsed) = fieldsign::ingest::parse_csv(campaign, data) {
        for row in &parsed.rows {
            if let Ok(values) = campaign.check_values(&row.fields, Check::NewLine) {
                // Validation is idempotent: a normalized value stays as it is.
                assert_eq!(campaign.check_values(&values, Check::NewLine).as_ref(), Ok(&values));
            }
        }
    }
});

//! Every parser of outside input returns a value or an error for any bytes, never a
//! panic: random bytes, and random damage to valid files. The quick, always-run
//! companion of the cargo-fuzz targets in `fuzz/` (see docs/reliability.md).

use std::sync::OnceLock;

use age::secrecy::SecretString;
use fieldsign::model::{Campaign, CampaignId, Check, default_fields};
use fieldsign::sync::{read_campaign_file, write_campaign_file};
use proptest::prelude::*;

fn campaign() -> &'static Campaign {
    static CAMPAIGN: OnceLock<Campaign> = OnceLock::new();
    CAMPAIGN.get_or_init(|| {
        let key = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
        Campaign {
            id: CampaignId::random(),
            title: "Свобода".into(),
            texts: [("en".to_owned(), "Free them.".to_owned())].into(),
            fields: default_fields(),
            recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
            signing_key: fieldsign::sync::keys::encode_verifying_key(&key.verifying_key()),
            created_at: 0,
            goal: None,
            double_entry: false,
            events: Vec::new(),
        }
    })
}

fn campaign_file() -> &'static [u8] {
    static FILE: OnceLock<Vec<u8>> = OnceLock::new();
    FILE.get_or_init(|| {
        write_campaign_file(campaign(), &ed25519_dalek::SigningKey::from_bytes(&[3; 32]))
    })
}

/// Applies `edits` (position, new byte) to `base`, positions taken modulo its length.
fn damaged(base: &[u8], edits: &[(usize, u8)]) -> Vec<u8> {
    let mut out = base.to_vec();
    for (at, byte) in edits {
        let at = at % out.len();
        out[at] = *byte;
    }
    out
}

/// CSV-ish text: header-like and row-like pieces, quotes, separators and odd characters.
fn csv_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("name".to_owned()),
            Just("email".to_owned()),
            Just("sheet".to_owned()),
            Just("line".to_owned()),
            Just("phone".to_owned()),
            Just("country".to_owned()),
            Just(",".to_owned()),
            Just("\n".to_owned()),
            Just("\r\n".to_owned()),
            Just("\"".to_owned()),
            Just("\u{feff}".to_owned()),
            "[0-9]{0,12}",
            "\\PC{0,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// JSON-Lines-ish text with the keys bundles and receipts use, unsigned: parsed as far
/// as it goes, and always refused (nothing here carries a valid signature).
fn json_lines() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("{\"header\":{\"format\":\"fieldsign-bundle\",\"version\":1}}\n".to_owned()),
            Just("{\"receipt\":{\"format\":\"fieldsign-receipt\",\"version\":1}}\n".to_owned()),
            Just("{\"op\":{}}\n".to_owned()),
            Just("{\"event\":{}}\n".to_owned()),
            Just("{\"trailer\":{\"signature\":\"\"}}\n".to_owned()),
            Just("\n".to_owned()),
            "[{}\\[\\]\",:a-z0-9]{0,24}",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn campaign_file_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_campaign_file(&bytes);
    }

    #[test]
    fn campaign_file_random_damage(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let bad = damaged(campaign_file(), &edits);
        if bad != campaign_file() {
            prop_assert!(read_campaign_file(&bad).is_err());
        }
    }

    #[test]
    fn csv_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = fieldsign::ingest::parse_csv(campaign(), bytes.as_slice());
    }

    #[test]
    fn csv_random_text_validates_without_panic(text in csv_text()) {
        if let Ok(parsed) = fieldsign::ingest::parse_csv(campaign(), text.as_bytes()) {
            for row in &parsed.rows {
                if let Ok(values) = campaign().check_values(&row.fields, Check::NewLine) {
                    // Normalizing is idempotent: a stored value re-validates to itself.
                    let again = campaign().check_values(&values, Check::NewLine);
                    prop_assert_eq!(again.as_ref(), Ok(&values));
                }
            }
        }
    }

    #[test]
    fn bundle_plaintext_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = fieldsign::sync::bundle::decode(&bytes);
    }

    #[test]
    fn bundle_plaintext_random_lines(text in json_lines()) {
        prop_assert!(fieldsign::sync::bundle::decode(text.as_bytes()).is_err());
    }

    #[test]
    fn receipt_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = fieldsign::sync::receipt::decode(&bytes);
    }

    #[test]
    fn receipt_random_lines(text in json_lines()) {
        prop_assert!(fieldsign::sync::receipt::decode(text.as_bytes()).is_err());
    }

    #[test]
    fn key_file_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        let passphrase = SecretString::from("p".to_owned());
        prop_assert!(fieldsign::vault::keyfile::read_bytes(&bytes, &passphrase).is_err());
    }
}

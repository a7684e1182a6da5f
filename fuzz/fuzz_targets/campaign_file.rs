//! A signed campaign file, as `campaign join` reads it: any bytes must give a campaign
//! or an error, never a panic. Inputs without a newline are also tried as the body line
//! of a file correctly signed with a fixed key, so that the fuzzer gets past the
//! signature to the campaign's own parsing and rules.
#![no_main]

use data_encoding::BASE64;
use ed25519_dalek::{Signer, SigningKey};
use libfuzzer_sys::fuzz_target;

/// Must match `DOMAIN` in `src/sync/campaign_file.rs`.
const DOMAIN: &[u8] = b"fieldsign campaign file v1\n";

fn check(bytes: &[u8]) {
    if let Ok(campaign) = fieldsign::sync::read_campaign_file(bytes) {
        // Whatever is accepted must also pass the rules every campaign obeys.
        assert!(fieldsign::sync::campaign_file::check_campaign(&campaign).is_ok());
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if !data.contains(&b'\n') {
        let key = SigningKey::from_bytes(&[7; 32]);
        let signature = key.sign(&[DOMAIN, data].concat());
        let mut file = data.to_vec();
        file.extend_from_slice(
            format!(
                "\n{{\"signing_key\":\"{}\",\"signature\":\"{}\"}}\n",
                BASE64.encode(key.verifying_key().as_bytes()),
                BASE64.encode(&signature.to_bytes())
            )
            .as_bytes(),
        );
        check(&file);
    }
});

//! A signed campaign file, as `campaign join` reads it: any bytes must give a campaign
//! or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(campaign) = fieldsign::sync::read_campaign_file(data) {
        // Whatever is accepted must also pass the rules every campaign obeys.
        assert!(fieldsign::sync::campaign_file::check_campaign(&campaign).is_ok());
    }
});

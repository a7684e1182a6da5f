//! The vault's key file (age, scrypt recipient). Inputs that demand more scrypt work
//! than the test factor are skipped: each would cost up to a second and a GiB per run
//! (the real cap, `MAX_WORK_FACTOR`, is tested elsewhere); everything else is parsed.
#![no_main]

use age::secrecy::SecretString;
use libfuzzer_sys::fuzz_target;

/// The scrypt work factor named in an age header, if any (`-> scrypt SALT N`).
fn demanded_work(data: &[u8]) -> Option<u32> {
    let text = String::from_utf8_lossy(&data[..data.len().min(512)]);
    text.lines()
        .filter_map(|l| l.strip_prefix("-> scrypt "))
        .filter_map(|rest| rest.split(' ').nth(1))
        .filter_map(|n| n.trim().parse().ok())
        .max()
}

fuzz_target!(|data: &[u8]| {
    if demanded_work(data).is_some_and(|n| n > 12) {
        return;
    }
    let passphrase = SecretString::from("fuzz passphrase".to_owned());
    let _ = fieldsign::vault::keyfile::read_bytes(data, &passphrase);
});

//! The plaintext inside a bundle's age encryption (JSON Lines: header, events,
//! operations, signed trailer), as `import bundle` and `verify` read it after
//! decrypting: any bytes give a parsed bundle or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = fieldsign::sync::bundle::decode(data);
});

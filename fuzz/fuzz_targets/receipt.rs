//! The plaintext inside a receipt's age encryption, as `import receipt` reads it after
//! decrypting: any bytes give a receipt or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = fieldsign::sync::receipt::decode(data);
});

//! `import bundle` reads a bundle as a stream, twice (issue 10 §4): the first pass
//! checks the signature, which is at the very end of the file, while the operations go
//! by; nothing is written before it ends. These bundles are damaged only near their
//! end, so the first pass has read (and checked, and classified) thousands of
//! operations before it finds out: each is refused with one line, the store exactly as
//! before; then the genuine bundle imports whole, in several chunks.

mod common;
#[path = "common/forge.rs"]
mod forge;

use std::fmt::Write as _;
use std::io::{Read, Write};

use common::{Exchange, TestVault, s};
use forge::{Forge, keys_of};

/// More than two chunks of the second pass and of the bulk writer.
const LINES: usize = 4_500;

/// The organizer's bundle of `LINES` lines typed through `import csv`.
fn big_bundle(x: &Exchange) -> std::path::PathBuf {
    let mut csv = String::from("name,email\n");
    for i in 0..LINES {
        writeln!(csv, "Ольга Стрім {i},olga{i}@example.org").unwrap();
    }
    let file = x.org.write("lines.csv", &csv);
    x.org.ok(&[
        "import",
        "csv",
        "--campaign",
        &x.campaign,
        "--event",
        &x.event,
        &file,
    ]);
    let out = x.org.path("big.age");
    x.org.ok(&[
        "export",
        "bundle",
        "--campaign",
        &x.campaign,
        "--out",
        s(&out),
    ]);
    out
}

/// The plaintext inside `sealed`, decrypted with `holder`'s identity.
fn decrypt(holder: &TestVault, sealed: &[u8]) -> Vec<u8> {
    let identity: age::x25519::Identity = keys_of(holder).age_identity.parse().unwrap();
    let mut plain = Vec::new();
    age::Decryptor::new(sealed)
        .unwrap()
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut plain)
        .unwrap();
    plain
}

/// `plain` encrypted to `holder` (its recipient), as a sender would.
fn encrypt_to(holder: &TestVault, plain: &[u8]) -> Vec<u8> {
    let recipient: age::x25519::Recipient = holder.identity()["recipient"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

/// `import bundle` of `bytes` is refused with one line naming `expect`, and so is
/// `verify` unless the bundle is validly signed (`forged…`: verify checks signature and
/// counts, not the campaign's rules); nothing changes.
fn refused(t: &TestVault, name: &str, bytes: &[u8], expect: &str) {
    let path = t.path(name);
    std::fs::write(&path, bytes).unwrap();
    let before = t.store_snapshot();
    let signed = name.starts_with("forged");
    let import = ["import", "bundle", s(&path)];
    let verify = ["verify", s(&path)];
    let mut commands: Vec<&[&str]> = vec![&import];
    if !signed {
        commands.push(&verify);
    }
    for command in commands {
        let err = t.fails_cleanly(command, &["Ольга", "olga"]);
        assert!(
            err.contains(expect),
            "{name}: expected `{expect}`, got: {err}"
        );
        assert_eq!(
            err.trim().lines().count(),
            1,
            "{name}: one line please: {err}"
        );
    }
    assert_eq!(t.store_snapshot(), before, "{name} changed the store");
}

#[test]
fn a_bundle_damaged_only_near_its_end_is_refused_and_changes_nothing() {
    let x = Exchange::new();
    let sealed = std::fs::read(big_bundle(&x)).unwrap();
    assert!(sealed.len() > 4 * 64 * 1024, "several age chunks");

    // The encryption's last chunk: one bit of its tag, or the chunk cut off.
    let mut flipped = sealed.clone();
    let at = flipped.len() - 3;
    flipped[at] ^= 0x01;
    refused(&x.coord, "flipped.age", &flipped, "damaged");
    refused(
        &x.coord,
        "cut.age",
        &sealed[..sealed.len() - 1_000],
        "damaged or truncated",
    );

    // The plaintext's last operation altered and encrypted again (anyone holding the
    // coordinator's recipient can): only the signature in the trailer can tell.
    let plain = decrypt(&x.coord, &sealed);
    let needle = b"olga4499@";
    let last_op = plain
        .windows(needle.len())
        .rposition(|w| w == needle)
        .expect("the last line's email");
    let mut altered = plain.clone();
    altered[last_op + "olga449".len()] = b'8';
    refused(
        &x.coord,
        "altered.age",
        &encrypt_to(&x.coord, &altered),
        "the signature does not match",
    );
    // The trailer itself gone: truncated, not merged.
    let body_end = plain[..plain.len() - 1]
        .iter()
        .rposition(|b| *b == b'\n')
        .unwrap();
    refused(
        &x.coord,
        "no-trailer.age",
        &encrypt_to(&x.coord, &plain[..=body_end]),
        "damaged or truncated",
    );

    // Signed with the organizer's real key (which its owner can read), so the
    // signature holds: the last operation breaks a rule the first pass checks.
    let mut forge = Forge::open(&x.coord, &x.org.path("big.age"));
    let last = forge.ops.last_mut().unwrap();
    last["fields"]["email"] = "not an email".into();
    let path = forge.write(&keys_of(&x.org), &x.coord, "forged.age");
    let forged = std::fs::read(&path).unwrap();
    refused(
        &x.coord,
        "forged.age",
        &forged,
        "breaks the campaign's rules",
    );

    // The genuine bundle: everything, in chunks, and `verify` counts it.
    let verified = x.coord.ok(&["verify", s(&x.org.path("big.age"))]);
    assert!(verified.contains(&format!("{LINES}")), "{verified}");
    let out = x.coord.ok(&["import", "bundle", s(&x.org.path("big.age"))]);
    assert!(out.contains(&format!("{LINES} new records")), "{out}");
    assert_eq!(x.coord.records().len(), LINES);
    let again = x.coord.ok(&["import", "bundle", s(&x.org.path("big.age"))]);
    assert!(again.contains("already imported"), "{again}");
}

#[test]
fn a_pipe_is_refused_before_it_is_read_instead_of_waiting_for_ever() {
    // A bundle is read twice; a named pipe would be opened twice, the second time
    // waiting for a writer that never comes (and an unnamed pipe reads empty).
    let x = Exchange::new();
    let fifo = x.coord.path("bundle.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let before = x.coord.store_snapshot();
    // Killed after a minute, so that the bug fails the test instead of hanging it.
    let out = x
        .coord
        .cmd()
        .args(["import", "bundle", s(&fifo)])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("import bundle of a named pipe ends within a minute");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(
        err.contains("not a regular file") && err.contains("save it to a file first"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(x.coord.store_snapshot(), before);
}

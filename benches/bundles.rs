//! Bundle benchmark (`harness = false`; not run by `cargo test`; synthetic names only):
//!
//! ```sh
//! cargo bench --bench bundles
//! FIELDSIGN_BENCH_RECORDS=100000 FIELDSIGN_BENCH_HELD=1000000 FIELDSIGN_BENCH_RUNS=3 cargo bench --bench bundles
//! ```
//!
//! It measures, in one run: exporting a bundle of RECORDS new lines against the `age`
//! tool encrypting the same plaintext; importing it into an empty vault against `age -d`
//! decrypting it; and importing a fresh bundle of the same size into a vault that
//! already holds HELD records. Medians are printed; results go in docs/performance.md.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use age::secrecy::{ExposeSecret, SecretString};
use fieldsign::exchange::bundle::{self, ExportOptions, ImportOptions, ImportStage};
use fieldsign::exchange::identities_from_file;
use fieldsign::model::Campaign;
use fieldsign::sync::envelope;
use fieldsign::vault::{CampaignDraft, NewLine, Vault};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// An organizer vault that joined `file` and typed `count` synthetic lines.
fn organizer(dir: &Path, name: &str, file: &[u8], count: usize) -> (Vault, Campaign) {
    let pass = SecretString::from("bench".to_owned());
    let vault = Vault::create(&dir.join(name), &pass, 10).unwrap();
    let campaign = vault.join_campaign(file).unwrap();
    let event = vault
        .create_event(&campaign, "Rally", "Athens", "2026-11-28")
        .unwrap();
    let mut sheet = 0u32;
    for chunk in (0..count).collect::<Vec<_>>().chunks(20_000) {
        let lines = chunk
            .iter()
            .map(|i| {
                if i % 20 == 0 {
                    sheet += 1;
                }
                NewLine {
                    event: Some(event.id),
                    sheet,
                    line: u32::try_from(i % 20).unwrap() + 1,
                    fields: BTreeMap::from([
                        (
                            "name".to_owned(),
                            format!("Σωκράτης Παπαδόπουλος {name} {i}"),
                        ),
                        ("email".to_owned(), format!("s{i}.{name}@example.org")),
                        ("country".to_owned(), "GR".to_owned()),
                        ("postcode".to_owned(), format!("{:05}", i % 99_999)),
                    ]),
                    ..NewLine::default()
                }
            })
            .collect();
        vault.add_many(&campaign, lines).expect("batch saved");
    }
    (vault, campaign)
}

fn time_cmd(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().unwrap();
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

#[allow(clippy::too_many_lines)] // one benchmark story, in order
fn main() {
    // `cargo test --all-targets` runs benches once without `--bench`: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("bundle benchmark: skipped (run it with `cargo bench --bench bundles`)");
        return;
    }
    let records = env("FIELDSIGN_BENCH_RECORDS", 100_000);
    let held = env("FIELDSIGN_BENCH_HELD", 1_000_000);
    let runs = env("FIELDSIGN_BENCH_RUNS", 3);
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let pass = SecretString::from("bench".to_owned());
    let coordinator = Vault::create(&dir.path().join("coordinator"), &pass, 10).unwrap();
    let (_, file) = coordinator
        .create_campaign(CampaignDraft {
            title: "Bench".into(),
            ..CampaignDraft::default()
        })
        .unwrap();
    let key_file = dir.path().join("coordinator.key");
    std::fs::write(
        &key_file,
        coordinator.age_identity_text().unwrap().expose_secret(),
    )
    .unwrap();
    let recipient = coordinator.recipient().unwrap();
    drop(coordinator);

    let start = Instant::now();
    let (org, campaign) = organizer(dir.path(), "org", &file, records);
    println!(
        "setup: {records} records typed in {}",
        secs(start.elapsed())
    );

    // Export against `age -r` on the same plaintext.
    let mut export_times = Vec::new();
    let mut bundle_bytes = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let (bytes, summary) = bundle::export(&org, &campaign, ExportOptions::default()).unwrap();
        export_times.push(start.elapsed());
        assert_eq!(summary.ops, records);
        bundle_bytes = bytes;
    }
    let identity: age::x25519::Identity = std::fs::read_to_string(&key_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let plaintext = envelope::open(&bundle_bytes, &[Box::new(identity)]).unwrap();
    let plain_file = dir.path().join("plain.jsonl");
    let bundle_file = dir.path().join("bundle.age");
    std::fs::write(&plain_file, &plaintext).unwrap();
    std::fs::write(&bundle_file, &bundle_bytes).unwrap();
    let age_out = dir.path().join("age-out.age");
    let age_enc: Vec<Duration> = (0..runs)
        .map(|_| {
            let _ = std::fs::remove_file(&age_out);
            time_cmd(
                Command::new("age")
                    .args(["-r", &recipient, "-o"])
                    .arg(&age_out)
                    .arg(&plain_file),
            )
        })
        .collect();
    let age_dec: Vec<Duration> = (0..runs)
        .map(|_| {
            time_cmd(Command::new("sh").arg("-c").arg(format!(
                "age -d -i {} {} > /dev/null",
                key_file.display(),
                bundle_file.display()
            )))
        })
        .collect();

    // Import into empty coordinator-side vaults (fresh each run).
    let mut import_times = Vec::new();
    for run in 0..runs {
        let vault = fresh_importer(dir.path(), &format!("empty{run}"), &file);
        let start = Instant::now();
        let saving = std::sync::Mutex::new(None);
        let progress = |stage: ImportStage, _: usize, _: usize| {
            if stage == ImportStage::Saving {
                *saving.lock().unwrap() = Some(start.elapsed());
            }
        };
        let opts = ImportOptions {
            progress: Some(&progress),
            ..options(&key_file)
        };
        let report = bundle::import(&vault, &bundle_bytes, opts).unwrap();
        let took = start.elapsed();
        let checked = saving.lock().unwrap().unwrap_or_default();
        println!(
            "  import run {run}: {} (decrypt, verify, parse, check: {}; the chunked write: {})",
            secs(took),
            secs(checked),
            secs(took.saturating_sub(checked))
        );
        import_times.push(took);
        assert_eq!(report.new_records, records);
    }
    let (export, enc) = (median(export_times), median(age_enc));
    let (import, dec) = (median(import_times), median(age_dec));
    println!(
        "plaintext {} MB, bundle {} MB",
        plaintext.len() / 1_000_000,
        bundle_bytes.len() / 1_000_000
    );
    println!(
        "export {records}: fieldsign {} vs age -r {} (ratio {:.1})",
        secs(export),
        secs(enc),
        export.as_secs_f64() / enc.as_secs_f64()
    );
    println!(
        "import {records} into empty vault: fieldsign {} vs age -d {} (ratio {:.1})",
        secs(import),
        secs(dec),
        import.as_secs_f64() / dec.as_secs_f64()
    );

    // Import the same size into a vault already holding `held` records.
    if held > 0 {
        let big = fresh_importer(dir.path(), "big", &file);
        let start = Instant::now();
        let mut filled = 0;
        let mut n = 0;
        while filled < held {
            let count = records.min(held - filled);
            let (v, c) = organizer(dir.path(), &format!("filler{n}"), &file, count);
            let (bytes, _) = bundle::export(&v, &c, ExportOptions::default()).unwrap();
            drop(v);
            let _ = std::fs::remove_dir_all(dir.path().join(format!("filler{n}")));
            bundle::import(&big, &bytes, options(&key_file)).unwrap();
            filled += count;
            n += 1;
            println!("  filled {filled} after {}", secs(start.elapsed()));
        }
        println!(
            "filled a vault with {filled} records in {}",
            secs(start.elapsed())
        );
        let mut times = Vec::new();
        for run in 0..runs {
            let (v, c) = organizer(dir.path(), &format!("late{run}"), &file, records);
            let (bytes, _) = bundle::export(&v, &c, ExportOptions::default()).unwrap();
            drop(v);
            let start = Instant::now();
            bundle::import(&big, &bytes, options(&key_file)).unwrap();
            times.push(start.elapsed());
        }
        let at_held = median(times);
        println!(
            "import {records} into a vault holding {held}+: fieldsign {} (vs {} into an empty vault, ratio {:.2})",
            secs(at_held),
            secs(import),
            at_held.as_secs_f64() / import.as_secs_f64()
        );
    }
}

fn options(key_file: &Path) -> ImportOptions<'static> {
    ImportOptions {
        identities: identities_from_file(key_file).unwrap(),
        ..ImportOptions::default()
    }
}

/// A vault that joined the campaign and imports with the coordinator's key file.
fn fresh_importer(dir: &Path, name: &str, file: &[u8]) -> Vault {
    let pass = SecretString::from("bench".to_owned());
    let vault = Vault::create(&dir.join(name), &pass, 10).unwrap();
    vault.join_campaign(file).unwrap();
    vault
}

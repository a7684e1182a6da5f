//! Vault benchmark: durable `add` latency as the vault grows, and bulk CSV import
//! throughput next to `SQLCipher` importing the same file. Results go to
//! `docs/performance.md` ("Vault").
//!
//! ```sh
//! cargo bench --bench vault                      # 0, 10k and 100k records, 3 runs
//! cargo bench --bench vault -- --sizes 0,1000 --samples 100 --import-rows 2000
//! ```
//!
//! `cargo test --all-targets` builds this file and runs it without `--bench`; it then
//! returns at once, so CI only checks that it compiles.

// Durations and counts become floating-point rates and ranks for printing only.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use fieldsign::model::{Campaign, Event, LineKind};
use fieldsign::vault::{CampaignDraft, ListFilter, NewLine, Vault};

/// A fast key-file KDF: the benchmark measures storage, not scrypt.
const WORK_FACTOR: u8 = 10;
const BATCH: usize = 1000;

struct Options {
    sizes: Vec<usize>,
    samples: usize,
    rounds: usize,
    import_rows: usize,
    runs: usize,
}

fn options(args: &[String]) -> Options {
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let number =
        |name: &str, default: usize| value(name).and_then(|v| v.parse().ok()).unwrap_or(default);
    Options {
        sizes: value("--sizes").map_or_else(
            || vec![0, 10_000, 100_000],
            |v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect(),
        ),
        samples: number("--samples", 200),
        rounds: number("--rounds", 3),
        import_rows: number("--import-rows", 10_000),
        runs: number("--runs", 3),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--bench") {
        eprintln!("vault benchmark: skipped (run it with `cargo bench --bench vault`)");
        return;
    }
    let opts = options(&args);
    let work = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir on disk");
    println!("# fieldsign vault benchmark");
    println!("machine: {} cores, {}", cores(), cpu_model());
    println!(
        "work dir: {} (same disk as the build)",
        work.path().display()
    );
    println!();
    add_latency(work.path(), &opts);
    println!();
    import_throughput(work.path(), &opts);
}

// ---- durable add latency ----

fn add_latency(work: &Path, opts: &Options) {
    println!(
        "## durable add latency ({} rounds x {} adds per size; each add = one flushed transaction)",
        opts.rounds, opts.samples
    );
    println!(
        "| records in vault | median | p99 | round medians | list all records | reopen (KDF wf {WORK_FACTOR}) |"
    );
    println!("|---|---|---|---|---|---|");
    let dir = work.join("latency");
    let (mut vault, campaign, event) = setup(&dir);
    let mut rng = Rng(0x5eed);
    let mut filled = 0usize;
    for &size in &opts.sizes {
        while filled < size {
            let n = BATCH.min(size - filled);
            let lines: Vec<NewLine> = (0..n)
                .map(|i| new_line(&event, filled + i, &mut rng))
                .collect();
            vault.add_many(&campaign, lines).expect("batch saved");
            filled += n;
        }
        // Close and re-open, as a person opening an existing vault would: the bulk
        // fill's background work (sled's flusher and segment cleaner) is then done and
        // does not compete with the adds being timed on a 2-core machine.
        drop(vault);
        let start = Instant::now();
        vault = Vault::open(&dir, &passphrase()).expect("reopen");
        let reopen = start.elapsed();
        let mut all = Vec::new();
        let mut round_medians = Vec::new();
        for _ in 0..opts.rounds {
            let mut round = Vec::with_capacity(opts.samples);
            for _ in 0..opts.samples {
                let line = new_line(&event, filled, &mut rng);
                let start = Instant::now();
                vault.add(&campaign, line).expect("add saved");
                round.push(start.elapsed());
                filled += 1;
            }
            round_medians.push(percentile(&mut round, 50.0));
            all.extend(round);
        }
        let start = Instant::now();
        let listed = vault
            .records(
                campaign.id,
                ListFilter {
                    event: None,
                    include_void: true,
                },
            )
            .expect("list")
            .len();
        let list_time = start.elapsed();
        assert_eq!(listed, filled);
        println!(
            "| {size} | {} | {} | {} | {} | {} |",
            ms(percentile(&mut all, 50.0)),
            ms(percentile(&mut all, 99.0)),
            round_medians
                .iter()
                .map(|d| ms(*d))
                .collect::<Vec<_>>()
                .join(" / "),
            ms(list_time),
            ms(reopen),
        );
    }
    println!(
        "vault size on disk at the end ({filled} records): {:.1} MiB",
        mib(dir_size(&dir))
    );
    sqlite_commit_latency(work, opts);
}

/// The reference for one durable save: `SQLite` in WAL mode with `synchronous=FULL`,
/// committing one row per transaction, in the same run and on the same disk, at the
/// same vault sizes. Python's `sqlite3` module (`SQLite` without encryption, so a lower
/// bound for `SQLCipher`), because the `sqlcipher` shell times only to the millisecond.
fn sqlite_commit_latency(work: &Path, opts: &Options) {
    let script = r"
import sqlite3, sys, time
db, sizes, samples, rounds = sys.argv[1], [int(s) for s in sys.argv[2].split(',') if s], int(sys.argv[3]), int(sys.argv[4])
c = sqlite3.connect(db, isolation_level=None)
c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA synchronous=FULL')
c.execute('CREATE TABLE t(name, email, city, country, postcode)')
row = ('Olena Shevchenko', 'signer@example.org', 'Kyiv', 'UA', '01001')
filled = 0
for size in sizes:
    if size > filled:
        c.execute('BEGIN'); c.executemany('INSERT INTO t VALUES (?,?,?,?,?)', [row] * (size - filled)); c.execute('COMMIT')
        filled = size
    times = []
    for _ in range(samples * rounds):
        t = time.perf_counter(); c.execute('INSERT INTO t VALUES (?,?,?,?,?)', row); times.append(time.perf_counter() - t)
        filled += 1
    times.sort()
    print(f'{size} {times[len(times) // 2] * 1000:.3f} {times[min(len(times) - 1, round(0.99 * (len(times) - 1)))] * 1000:.3f}')
";
    let sizes: Vec<String> = opts.sizes.iter().map(ToString::to_string).collect();
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(work.join("sqlite-wal.db"))
        .arg(sizes.join(","))
        .arg(opts.samples.to_string())
        .arg(opts.rounds.to_string())
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        println!("(python3 with sqlite3 not available: no SQLite reference)");
        return;
    };
    println!();
    println!(
        "## reference: SQLite WAL, synchronous=FULL, one row per commit (same disk, same run)"
    );
    println!("| rows in table | median | p99 |");
    println!("|---|---|---|");
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if let [size, median, p99] = parts.as_slice() {
            println!("| {size} | {median} ms | {p99} ms |");
        }
    }
}

// ---- bulk CSV import against SQLCipher ----

fn import_throughput(work: &Path, opts: &Options) {
    let rows = opts.import_rows;
    let csv_path = work.join("import.csv");
    std::fs::write(&csv_path, csv_file(rows)).expect("write csv");
    println!(
        "## bulk CSV import: {rows} rows ({:.1} KiB), {} runs, median shown",
        std::fs::metadata(&csv_path).map_or(0, |m| m.len()) as f64 / 1024.0,
        opts.runs
    );
    let mut library = Vec::new();
    let mut cli = Vec::new();
    let mut sqlcipher = Vec::new();
    let mut sqlcipher_empty = Vec::new();
    for run in 0..opts.runs {
        library.push(time_library_import(
            &work.join(format!("import-lib-{run}")),
            &csv_path,
            rows,
        ));
        cli.push(time_cli_import(work, run, &csv_path));
        let (full, empty) = time_sqlcipher(work, run, &csv_path);
        sqlcipher.push(full);
        sqlcipher_empty.push(empty);
    }
    let lib = percentile(&mut library, 50.0);
    let cli = percentile(&mut cli, 50.0);
    let sql = percentile(&mut sqlcipher, 50.0);
    let sql0 = percentile(&mut sqlcipher_empty, 50.0);
    let rate = |d: Duration| rows as f64 / d.as_secs_f64();
    println!("| importer | time | records/s | vs sqlcipher |");
    println!("|---|---|---|---|");
    println!(
        "| fieldsign library `import_csv` | {} | {:.0} | {:.2}x |",
        ms(lib),
        rate(lib),
        rate(lib) / rate(sql)
    );
    println!(
        "| fieldsign CLI `import csv` (process) | {} | {:.0} | {:.2}x |",
        ms(cli),
        rate(cli),
        rate(cli) / rate(sql)
    );
    println!(
        "| sqlcipher `.import` (process) | {} | {:.0} | 1.00x |",
        ms(sql),
        rate(sql)
    );
    println!(
        "| sqlcipher, key + create table only | {} | - | - |",
        ms(sql0)
    );
}

/// fieldsign, library call: validate, normalize, seal, index, one flushed transaction.
fn time_library_import(dir: &Path, csv_path: &Path, rows: usize) -> Duration {
    let (vault, campaign, event) = setup(dir);
    let start = Instant::now();
    let file = std::fs::File::open(csv_path).expect("open csv");
    let done =
        fieldsign::ingest::import_csv(&vault, &campaign, &event, std::io::BufReader::new(file))
            .expect("import");
    let elapsed = start.elapsed();
    assert_eq!(done.ids.len(), rows);
    drop(vault);
    println!(
        "fieldsign vault after importing {rows} rows: {:.1} MiB on disk",
        mib(dir_size(dir))
    );
    elapsed
}

/// fieldsign, the command a person runs: process start, unlock, import, exit.
fn time_cli_import(work: &Path, run: usize, csv_path: &Path) -> Duration {
    let dir = work.join(format!("import-cli-{run}"));
    let pass = work.join("passphrase");
    std::fs::write(&pass, "bench passphrase\n").expect("passphrase");
    let fs = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_fieldsign"))
            .arg("--vault")
            .arg(&dir)
            .arg("--passphrase-file")
            .arg(&pass)
            .args(args)
            .output()
            .expect("run fieldsign");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    fs(&["init", "--kdf-work-factor", &WORK_FACTOR.to_string()]);
    let out = work.join(format!("campaign-{run}.fieldsign"));
    let c = fs(&[
        "campaign",
        "create",
        "--title",
        "Bench",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    let e = fs(&["event", "create", "--campaign", &c, "--name", "Rally"]);
    let start = Instant::now();
    fs(&[
        "import",
        "csv",
        "--campaign",
        &c,
        "--event",
        &e,
        csv_path.to_str().expect("utf-8"),
    ]);
    start.elapsed()
}

/// `SQLCipher`: the same file into an encrypted table (the shell's `.import` runs in one
/// transaction); and, apart, its fixed cost of keying and creating a table.
fn time_sqlcipher(work: &Path, run: usize, csv_path: &Path) -> (Duration, Duration) {
    let db = work.join(format!("sqlcipher-{run}.db"));
    let start = Instant::now();
    let status = Command::new("sqlcipher")
        .arg(&db)
        .arg("PRAGMA key='bench passphrase';")
        .arg(".mode csv")
        .arg(format!(".import {} t", csv_path.display()))
        .status()
        .expect("sqlcipher is installed");
    let full = start.elapsed();
    assert!(status.success());
    println!(
        "sqlcipher database after the same import: {:.1} MiB on disk",
        mib(std::fs::metadata(&db).map_or(0, |m| m.len()))
    );
    let db = work.join(format!("sqlcipher-empty-{run}.db"));
    let start = Instant::now();
    let status = Command::new("sqlcipher")
        .arg(&db)
        .arg("PRAGMA key='bench passphrase';")
        .arg("CREATE TABLE t(name, email, city, country, postcode);")
        .status()
        .expect("sqlcipher");
    assert!(status.success());
    (full, start.elapsed())
}

// ---- helpers ----

fn passphrase() -> SecretString {
    SecretString::from("bench passphrase".to_owned())
}

fn setup(dir: &Path) -> (Vault, Campaign, Event) {
    let vault = Vault::create(dir, &passphrase(), WORK_FACTOR).expect("create vault");
    let (campaign, _) = vault
        .create_campaign(CampaignDraft {
            title: "Bench".into(),
            ..CampaignDraft::default()
        })
        .expect("campaign");
    let event = vault
        .create_event(&campaign, "Rally", "", "")
        .expect("event");
    (vault, campaign, event)
}

/// Names from the five scripts the campaigns run in.
const GIVEN: [&str; 10] = [
    "Olena",
    "José",
    "Zoë",
    "Олександр",
    "Ірина",
    "Σωκράτης",
    "Ελένη",
    "محمد",
    "فاطمة",
    "प्रिया",
];
const FAMILY: [&str; 10] = [
    "Shevchenko",
    "Núñez",
    "Ørsted",
    "Коваленко",
    "Петренко",
    "Παπαδόπουλος",
    "Νικολάου",
    "علي",
    "الزهراء",
    "शर्मा",
];
const CITIES: [&str; 5] = ["Kyiv", "Αθήνα", "القاهرة", "वाराणसी", "Porto"];

struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap_or(0)
    }
}

fn person(i: usize, rng: &mut Rng) -> [String; 5] {
    let given = GIVEN[rng.next(GIVEN.len())];
    let family = FAMILY[rng.next(FAMILY.len())];
    [
        format!("{given} {family}"),
        format!("signer{i}@example.org"),
        CITIES[rng.next(CITIES.len())].to_owned(),
        ["UA", "GR", "EG", "IN", "PT"][rng.next(5)].to_owned(),
        format!("{:05}", rng.next(99_999)),
    ]
}

fn new_line(event: &Event, i: usize, rng: &mut Rng) -> NewLine {
    let [name, email, city, country, postcode] = person(i, rng);
    let fields = BTreeMap::from([
        ("name".to_owned(), name),
        ("email".to_owned(), email),
        ("city".to_owned(), city),
        ("country".to_owned(), country),
        ("postcode".to_owned(), postcode),
    ]);
    NewLine {
        event: Some(event.id),
        sheet: u32::try_from(i / 20 + 1).unwrap_or(u32::MAX),
        line: u32::try_from(i % 20 + 1).unwrap_or(u32::MAX),
        kind: LineKind::Signature,
        fields,
    }
}

fn csv_file(rows: usize) -> String {
    let mut rng = Rng(0xc5f);
    let mut out = String::from("name,email,city,country,postcode\n");
    for i in 0..rows {
        let p = person(i, &mut rng);
        writeln!(out, "{},{},{},{},{}", p[0], p[1], p[2], p[3], p[4]).expect("write to string");
    }
    out
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let rank = (p / 100.0 * (samples.len() - 1) as f64).round() as usize;
    samples[rank.min(samples.len() - 1)]
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        total += if path.is_dir() {
            dir_size(&path)
        } else {
            entry.metadata().map_or(0, |m| m.len())
        };
    }
    total
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

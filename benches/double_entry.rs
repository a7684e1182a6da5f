//! Double-entry benchmark (`harness = false`; not run by `cargo test`; synthetic data):
//!
//! ```sh
//! cargo bench --bench double_entry
//! FIELDSIGN_BENCH_RECORDS=1000000 FIELDSIGN_BENCH_TYPO=0.003 cargo bench --bench double_entry
//! ```
//!
//! Two measurements, reported in docs/double-entry.md:
//! 1. `compare` (`model::paper::compare`, what `fieldsign compare` runs once the records
//!    are read) over RECORDS records — every paper line typed twice, a few differing —
//!    at a tenth, half and all of RECORDS, to show the cost grows linearly. Reading and
//!    opening the records from the vault is `list`'s cost (docs/performance.md) and is
//!    not included.
//! 2. A simulation of typists: synthetic paper lines (name, email, postcode), each
//!    character mistyped with probability TYPO (a random letter or digit instead, or
//!    dropped), typed once and typed twice; the double entry's differing lines are
//!    resolved *against the simulated paper* (the resolver reads the paper, as
//!    docs/double-entry.md asks). It prints the fields left wrong per 10 000 fields
//!    after single entry and after double entry with resolution.

use std::collections::BTreeMap;
use std::time::Instant;

use fieldsign::model::{CampaignId, DeviceId, EventId, LineKind, Record, RecordId, paper};
use fieldsign::sync::{Op, OpBody, apply};

fn env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small, seeded generator (xorshift64*): the same run every time, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";

fn word(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| LETTERS[rng.below(26) as usize] as char)
        .collect()
}

/// What the paper says on one line.
fn paper_line(rng: &mut Rng) -> BTreeMap<String, String> {
    let (first_len, last_len) = (4 + rng.below(5) as usize, 5 + rng.below(7) as usize);
    let first = word(rng, first_len);
    let last = word(rng, last_len);
    let mut fields = BTreeMap::new();
    fields.insert("email".to_owned(), format!("{first}.{last}@example.org"));
    fields.insert("name".to_owned(), format!("{first} {last}"));
    fields.insert("postcode".to_owned(), format!("{:05}", rng.below(100_000)));
    fields
}

/// One typist's entry of `paper`: each character mistyped with probability `typo`.
fn typed(rng: &mut Rng, paper: &BTreeMap<String, String>, typo: f64) -> BTreeMap<String, String> {
    paper
        .iter()
        .map(|(k, v)| {
            let mut out = String::with_capacity(v.len());
            for c in v.chars() {
                if rng.chance(typo) {
                    if rng.below(4) > 0 {
                        out.push(LETTERS[rng.below(26) as usize] as char);
                    }
                } else {
                    out.push(c);
                }
            }
            (k.clone(), out)
        })
        .collect()
}

fn record(
    campaign: CampaignId,
    event: EventId,
    device: DeviceId,
    seq: u64,
    line: u32,
    fields: BTreeMap<String, String>,
) -> Record {
    let id = RecordId::random();
    let mut record = Record::new(id, campaign);
    apply(
        &mut record,
        &Op {
            replica: device,
            seq,
            lamport: seq,
            campaign,
            record: id,
            at: 1_795_899_198,
            body: OpBody::Add {
                event,
                sheet: line / 20 + 1,
                line: line % 20 + 1,
                line_kind: LineKind::Signature,
                fields,
            },
        },
    );
    record
}

fn bench_compare(total: usize) {
    let (campaign, event, device) = (CampaignId::random(), EventId::random(), DeviceId::random());
    let mut rng = Rng(0x5eed);
    let lines = total / 2;
    let mut records = Vec::with_capacity(total);
    for line in 0..lines {
        let paper = paper_line(&mut rng);
        let second = typed(&mut rng, &paper, 0.003);
        let n = u32::try_from(line).unwrap();
        records.push(record(
            campaign,
            event,
            device,
            2 * line as u64 + 1,
            n,
            paper,
        ));
        records.push(record(
            campaign,
            event,
            device,
            2 * line as u64 + 2,
            n,
            second,
        ));
    }
    println!("compare (model::paper::compare), every line typed twice, typos at 0.3 %:");
    for share in [10, 2, 1] {
        let slice = &records[..records.len() / share];
        let start = Instant::now();
        let result = paper::compare(slice);
        let took = start.elapsed();
        println!(
            "  {:>9} records: {:>8.3} s  ({} agreed, {} differ)  {:.2} µs/record",
            slice.len(),
            took.as_secs_f64(),
            result.agreed.len(),
            result.differ.len(),
            took.as_secs_f64() * 1e6 / slice.len() as f64
        );
    }
}

fn simulate(lines: usize, typo: f64) {
    let mut rng = Rng(0xd0_0b1e);
    let (mut fields, mut single_wrong, mut double_wrong, mut resolved) = (0u64, 0u64, 0u64, 0u64);
    for _ in 0..lines {
        let paper = paper_line(&mut rng);
        let first = typed(&mut rng, &paper, typo);
        let second = typed(&mut rng, &paper, typo);
        fields += paper.len() as u64;
        single_wrong += paper
            .iter()
            .filter(|(k, v)| first.get(*k) != Some(v))
            .count() as u64;
        let differ =
            paper::differing_values(&LineKind::Signature, &first, &LineKind::Signature, &second);
        // Agreed fields stay as typed (both typists may have made the same mistake);
        // differing fields are resolved by reading the paper.
        for (k, v) in &paper {
            if differ.contains(k) {
                resolved += 1;
            } else if first.get(k) != Some(v) {
                double_wrong += 1;
            }
        }
    }
    let per = |n: u64| n as f64 * 10_000.0 / fields as f64;
    println!("typists, {lines} lines ({fields} fields), each character mistyped with p = {typo}:");
    println!(
        "  single entry:                     {:>7.2} wrong fields per 10 000",
        per(single_wrong)
    );
    println!(
        "  double entry, resolved on paper:  {:>7.2} wrong fields per 10 000  ({} fields resolved)",
        per(double_wrong),
        resolved
    );
}

fn main() {
    let records = env("FIELDSIGN_BENCH_RECORDS", 200_000usize);
    let typo = env("FIELDSIGN_BENCH_TYPO", 0.003f64);
    bench_compare(records);
    simulate(env("FIELDSIGN_BENCH_LINES", 200_000usize), typo);
}

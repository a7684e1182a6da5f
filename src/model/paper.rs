//! Paper lines typed more than once (double entry): which entries of a line agree,
//! which differ and in which fields, and which lines a decision verified. Pure over
//! records, so `compare`, `add --second-entry` and `resolve` judge alike.
//!
//! A paper line is (event, sheet, line). Its *entries* are the records typed for it
//! that have not been voided for another reason: a record that a "verified" decision
//! keeps as the verification of another (`DecisionKind::Verified`) is still an entry,
//! a record voided by hand or decided a duplicate of another signer is not. Values
//! are compared as they were saved, that is after each field kind's normalization
//! (`normalize_value`: NFC, trimmed, emails and phones in one form).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::{EventId, LineKind, Record, RecordId};

/// The identity of a paper line: where on paper a record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PaperLine {
    pub event: EventId,
    pub sheet: u32,
    pub line: u32,
}

impl PaperLine {
    /// The paper line of `record`, once its `add` has arrived.
    pub fn of(record: &Record) -> Option<Self> {
        record.origin.as_ref().map(|o| Self {
            event: o.event,
            sheet: o.sheet,
            line: o.line,
        })
    }
}

/// The name under which a difference of line kind (a signature on one entry, an
/// illegible line on the other) is reported among the differing fields.
pub const LINE_KIND: &str = "line_kind";

/// Whether `record` is an entry of its paper line: typed (its `add` arrived), its
/// values still here (not purged), and not void for a reason other than being the
/// verification of another entry.
pub fn is_entry(record: &Record) -> bool {
    record.origin.is_some()
        && !record.purged
        && record.void.is_none()
        && record.duplicate_of().is_none()
}

/// The field keys in which two entries of one line differ, sorted; [`LINE_KIND`] when
/// one is a signature and the other an illegible line. Empty: they agree.
pub fn differing(a: &Record, b: &Record) -> Vec<String> {
    differing_values(&kind(a), &a.values(), &kind(b), &b.values())
}

/// [`differing`] over raw parts: the line kinds and non-empty values of two entries.
pub fn differing_values(
    kind_a: &LineKind,
    a: &BTreeMap<String, String>,
    kind_b: &LineKind,
    b: &BTreeMap<String, String>,
) -> Vec<String> {
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let mut out: Vec<String> = keys
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    if kind_a != kind_b {
        out.insert(0, LINE_KIND.to_owned());
    }
    out
}

fn kind(record: &Record) -> LineKind {
    record.origin.as_ref().map(|o| o.kind).unwrap_or_default()
}

/// The entry a new entry of the line is compared with: the one a verification keeps,
/// else the one typed first.
pub fn reference<'a>(entries: &[&'a Record]) -> Option<&'a Record> {
    entries.iter().copied().find(|r| r.verified()).or_else(|| {
        entries
            .iter()
            .copied()
            .min_by_key(|r| r.origin.as_ref().map(|o| (o.stamp, r.id)))
    })
}

/// One paper line with several entries, as `compare` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComparedLine {
    pub event: EventId,
    pub sheet: u32,
    pub line: u32,
    /// Every entry's id; the reference entry ([`reference`]) first.
    pub records: Vec<RecordId>,
    /// The keys in which some entry differs from the reference entry (empty when
    /// they agree).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// The entry a verification keeps, when the line is verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<RecordId>,
}

/// The paper lines of a set of records, by how their entries compare.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// Lines with one entry.
    pub typed_once: usize,
    /// Lines whose entries agree (verified or not yet).
    pub agreed: Vec<ComparedLine>,
    /// Lines whose entries differ and that nobody resolved yet.
    pub differ: Vec<ComparedLine>,
    /// Lines whose entries differ and that a resolution verified.
    pub resolved: Vec<ComparedLine>,
}

impl Comparison {
    /// Lines typed twice or more whose entries agree but no verification names yet
    /// (entries typed on different laptops meet only at the coordinator).
    pub fn unverified_agreed(&self) -> impl Iterator<Item = &ComparedLine> {
        self.agreed.iter().filter(|l| l.kept.is_none())
    }
}

/// Groups `records` by paper line and compares each line's entries. Linear in the
/// number of records, plus sorting the lines typed more than once.
pub fn compare<'a>(records: impl IntoIterator<Item = &'a Record>) -> Comparison {
    let mut lines: HashMap<PaperLine, Vec<&Record>> = HashMap::new();
    for record in records {
        if let Some(at) = PaperLine::of(record).filter(|_| is_entry(record)) {
            lines.entry(at).or_default().push(record);
        }
    }
    let mut out = Comparison::default();
    let mut several: Vec<(PaperLine, Vec<&Record>)> = Vec::new();
    for (at, entries) in lines {
        if entries.len() == 1 && !entries[0].verified() {
            out.typed_once += 1;
        } else {
            several.push((at, entries));
        }
    }
    several.sort_unstable_by_key(|(at, _)| *at);
    for (at, entries) in several {
        let Some(first) = reference(&entries) else {
            continue;
        };
        let mut fields: BTreeSet<String> = BTreeSet::new();
        let mut records = vec![first.id];
        let mut rest: Vec<&Record> = entries
            .iter()
            .copied()
            .filter(|r| r.id != first.id)
            .collect();
        rest.sort_by_key(|r| r.origin.as_ref().map(|o| (o.stamp, r.id)));
        for other in rest {
            records.push(other.id);
            fields.extend(differing(first, other));
        }
        let kept = entries.iter().find(|r| r.verified()).map(|r| r.id);
        let line = ComparedLine {
            event: at.event,
            sheet: at.sheet,
            line: at.line,
            records,
            fields: fields.into_iter().collect(),
            kept,
        };
        match (line.fields.is_empty(), kept.is_some()) {
            (true, _) => out.agreed.push(line),
            (false, false) => out.differ.push(line),
            (false, true) => out.resolved.push(line),
        }
    }
    out
}

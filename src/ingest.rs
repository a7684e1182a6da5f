//! Bulk entry from CSV: the header row names the fields; `sheet` and `line` columns are
//! optional. The whole file is read and validated before anything is saved, and saved
//! in one transaction, so a bad row leaves the vault exactly as it was.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use crate::model::{Campaign, Event, LineKind, RecordId};
use crate::vault::{AddError, LineError, NewLine, Vault, VaultError};

/// A CSV file was refused. Messages name lines and fields, never values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    #[error("the CSV header {0}")]
    Header(String),
    #[error("{total} bad row(s), nothing was imported; fix them and import the whole file again:\n{}{}", first.join("\n"), more(*total, first.len()))]
    Rows {
        /// The first [`MAX_LISTED`] problems, in file order.
        first: Vec<String>,
        /// How many rows are bad in all.
        total: usize,
    },
    #[error("the file could not be read to its end ({0}); nothing was imported")]
    Read(String),
    #[error("the file has no rows below its header; nothing was imported")]
    Empty,
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// How many bad rows an error lists: a file with a million bad rows gets the first ones
/// and a count, not a million lines (nor a million messages in memory).
pub const MAX_LISTED: usize = 20;

fn more(total: usize, listed: usize) -> String {
    if total > listed {
        format!(
            "\n… and {} more bad row(s) (only the first {listed} are listed)",
            total - listed
        )
    } else {
        String::new()
    }
}

/// Problems in file order, keeping only the first [`MAX_LISTED`] messages and a count.
#[derive(Debug, Default)]
pub struct Problems {
    pub first: Vec<(u64, String)>,
    pub total: usize,
}

impl Problems {
    fn push(&mut self, problem: (u64, String)) {
        self.total += 1;
        if self.first.len() < MAX_LISTED {
            self.first.push(problem);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Merges two lists that are each in file order.
    fn merge(mut self, other: Problems) -> Problems {
        self.first.extend(other.first);
        self.first.sort_by_key(|(at, _)| *at);
        self.first.truncate(MAX_LISTED);
        self.total += other.total;
        self
    }

    fn into_error(self) -> IngestError {
        IngestError::Rows {
            first: self.first.into_iter().map(|(_, p)| p).collect(),
            total: self.total,
        }
    }
}

/// A summary of a finished import.
#[derive(Debug)]
pub struct Imported {
    pub ids: Vec<RecordId>,
    pub sheets: (u32, u32),
}

/// One readable data row of a CSV file, before validation: where it is in the file,
/// its sheet and line if given, and its non-empty values by field key.
#[derive(Clone)]
pub struct CsvRow {
    /// The line number in the file (1 is the header).
    pub at: u64,
    pub sheet: Option<u32>,
    pub line: Option<u32>,
    pub fields: BTreeMap<String, String>,
}

impl std::fmt::Debug for CsvRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "CsvRow(line {}, sheet {:?}, line {:?}, fields {:?})",
            self.at,
            self.sheet,
            self.line,
            self.fields.keys().collect::<Vec<_>>()
        )
    }
}

/// A CSV file read against a campaign's fields, touching no vault: the rows that could
/// be read, and a message (with its file line) for each that could not.
#[derive(Debug, Default)]
pub struct ParsedCsv {
    pub rows: Vec<CsvRow>,
    pub problems: Problems,
}

/// Reads a CSV file whose header names fields of `campaign`. Pure: the parsing half of
/// [`import_csv`], separate so that it can be fuzzed and tested without a vault.
pub fn parse_csv(campaign: &Campaign, input: impl Read) -> Result<ParsedCsv, IngestError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| IngestError::Header("is not valid UTF-8 CSV".into()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    check_headers(campaign, &headers)?;
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (sheet_col, line_col) = (column("sheet"), column("line"));
    let mut parsed = ParsedCsv::default();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            // A read error repeats on every later call: stop, or this never ends.
            Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => {
                let csv::ErrorKind::Io(io) = e.into_kind() else {
                    unreachable!("matched above")
                };
                return Err(IngestError::Read(io.to_string()));
            }
            Err(e) => {
                parsed.problems.push(read_problem(&e));
                continue;
            }
        };
        let at = row.position().map_or(0, csv::Position::line);
        let number = |col: Option<usize>, what: &str| paper_number(&row, col, what, at);
        let (sheet, line) = match (number(sheet_col, "sheet"), number(line_col, "line")) {
            (Ok(s), Ok(l)) => (s, l),
            (Err(e), _) | (_, Err(e)) => {
                parsed.problems.push((at, e));
                continue;
            }
        };
        let fields: BTreeMap<String, String> = headers
            .iter()
            .zip(row.iter())
            .filter(|(h, v)| *h != "sheet" && *h != "line" && !v.trim().is_empty())
            .map(|(h, v)| (h.clone(), v.to_owned()))
            .collect();
        parsed.rows.push(CsvRow {
            at,
            sheet,
            line,
            fields,
        });
    }
    Ok(parsed)
}

/// Reads, validates and saves every row of a CSV file into `event`.
pub fn import_csv(
    vault: &Vault,
    campaign: &Campaign,
    event: &Event,
    input: impl Read,
) -> Result<Imported, IngestError> {
    let ParsedCsv { rows, problems } = parse_csv(campaign, input)?;
    let default_sheet = vault.last_sheet(campaign.id, event.id)?.saturating_add(1);
    let mut next_line: HashMap<u32, u32> = HashMap::new();
    let mut lines = Vec::with_capacity(rows.len());
    let mut csv_lines = Vec::with_capacity(rows.len());
    // Rows that name neither sheet nor line fill the next unused sheets in order, one
    // after another once a sheet has the most lines a sheet may have.
    let mut unplaced = (default_sheet, 1);
    for row in rows {
        if row.sheet.is_none() && row.line.is_none() {
            if unplaced.1 > crate::model::MAX_LINE {
                unplaced = (unplaced.0.saturating_add(1), 1);
            }
            lines.push(NewLine {
                event: Some(event.id),
                sheet: unplaced.0,
                line: unplaced.1,
                kind: LineKind::default(),
                fields: row.fields,
            });
            csv_lines.push(row.at);
            next_line.insert(unplaced.0, unplaced.1 + 1);
            unplaced.1 += 1;
            continue;
        }
        let sheet = row.sheet.unwrap_or(default_sheet);
        let line = if let Some(l) = row.line {
            l
        } else {
            let next = match next_line.get(&sheet) {
                Some(n) => *n,
                None => vault
                    .last_line(campaign.id, event.id, sheet)?
                    .saturating_add(1),
            };
            next_line.insert(sheet, next.saturating_add(1));
            next
        };
        lines.push(NewLine {
            event: Some(event.id),
            sheet,
            line,
            kind: LineKind::default(),
            fields: row.fields,
        });
        csv_lines.push(row.at);
    }
    if lines.is_empty() && problems.is_empty() {
        return Err(IngestError::Empty);
    }
    let sheets = lines.iter().fold((u32::MAX, 0), |(lo, hi), l| {
        (lo.min(l.sheet), hi.max(l.sheet))
    });
    if !problems.is_empty() {
        // Also validate the readable rows, so that one run reports every problem.
        let mut more = Problems::default();
        if let Err(rows) = validate_only(campaign, &lines) {
            for (i, e) in rows {
                more.push((
                    csv_lines[i],
                    format!("line {}: {}", csv_lines[i], e.problem()),
                ));
            }
        }
        // One list in file order, however each problem was found.
        return Err(problems.merge(more).into_error());
    }
    match vault.add_many(campaign, lines) {
        Ok(ids) => Ok(Imported { ids, sheets }),
        Err(AddError::Lines(rows)) => {
            let mut problems = Problems::default();
            for (i, e) in rows {
                let at = csv_lines.get(i).copied().unwrap_or(0);
                problems.push((at, format!("line {at}: {}", e.problem())));
            }
            Err(problems.into_error())
        }
        // The rows were fine: a full disk or a damaged store is said as such, never
        // as "bad rows".
        Err(AddError::Vault(e)) => Err(IngestError::Vault(e)),
    }
}

/// Every column must name a field (or `sheet`/`line`), once. A header that is not a
/// well-formed field key is named by its column number only: when the header row is
/// missing, the "header" is a signer's line, which must not reach the terminal.
fn check_headers(campaign: &Campaign, headers: &[String]) -> Result<(), IngestError> {
    let known = |h: &str| h == "sheet" || h == "line" || campaign.field(h).is_some();
    let unknown: Vec<usize> = (0..headers.len())
        .filter(|&i| !known(&headers[i]))
        .collect();
    if !unknown.is_empty() && unknown.len() == headers.len() {
        return Err(IngestError::Header(format!(
            "names no field of this campaign: is the header row missing? The first row must name the columns (fields: {}; plus optional sheet and line)",
            campaign.field_keys()
        )));
    }
    if !unknown.is_empty() {
        let named: Vec<String> = unknown
            .iter()
            .map(|&i| {
                if crate::model::FieldSpec::check_key(&headers[i]).is_ok() {
                    format!("`{}`", headers[i])
                } else {
                    format!("column {}", i + 1)
                }
            })
            .collect();
        return Err(IngestError::Header(format!(
            "names {}, which this campaign does not have (its fields are: {}; plus optional sheet and line)",
            named.join(", "),
            campaign.field_keys()
        )));
    }
    for (i, h) in headers.iter().enumerate() {
        if headers[..i].contains(h) {
            // A data row read as a header (no header row) may repeat a value.
            let named = if crate::model::FieldSpec::check_key(h).is_ok() {
                format!("`{h}`")
            } else {
                format!(
                    "the same text in columns {} and {}",
                    headers[..i]
                        .iter()
                        .position(|x| x == h)
                        .map_or(0, |p| p + 1),
                    i + 1
                )
            };
            return Err(IngestError::Header(format!("names {named} twice")));
        }
    }
    Ok(())
}

/// The message for a row the CSV reader could not read, with its line number.
fn read_problem(e: &csv::Error) -> (u64, String) {
    let at = e.position().map_or(0, csv::Position::line);
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            len, expected_len, ..
        } => format!("line {at}: has {len} columns, the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => format!("line {at}: is not valid UTF-8"),
        _ => format!("line {at}: could not be read as CSV"),
    };
    (at, message)
}

/// A sheet or line number from column `col` of `row`: empty means "not given".
fn paper_number(
    row: &csv::StringRecord,
    col: Option<usize>,
    what: &str,
    at: u64,
) -> Result<Option<u32>, String> {
    let max = if what == "sheet" {
        crate::model::MAX_SHEET
    } else {
        crate::model::MAX_LINE
    };
    match col.map(|c| row.get(c).unwrap_or("").trim()) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .map(Some)
            .ok_or_else(|| format!("line {at}: `{what}` must be a whole number from 1 to {max}")),
    }
}

fn validate_only(campaign: &Campaign, lines: &[NewLine]) -> Result<(), Vec<(usize, LineError)>> {
    let errors: Vec<(usize, LineError)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            campaign
                .check_values(&l.fields, crate::model::Check::NewLine)
                .err()
                .map(|e| (i, LineError::Invalid(e)))
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

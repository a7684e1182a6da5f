//! `export xlsx`: the delivery table of [`delivery`](super::delivery) as an Excel
//! workbook, for coordinators who hand over spreadsheets. Like the CSV it is plain text
//! to anyone who opens it, and is written only when asked for.
//!
//! Every cell is written as a text cell — never a number, never a formula — so a value
//! such as `=HYPERLINK(…)` stays the text it was typed as, and phone numbers and
//! postcodes keep their leading zeros. The header row is bold and frozen, columns are
//! as wide as their longest value (within bounds), and a sheet can run right to left
//! for Arabic campaigns. `rust_xlsxwriter` is used without its `constant_memory`
//! feature, which would put the rows in temporary files: the workbook is built in
//! memory and written once, into the caller's atomic file.

use std::collections::BTreeMap;
use std::io::Write;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr as _;

use super::delivery::{self, DeliverySummary, Profile};
use crate::model::{Campaign, EventId};
use crate::vault::{Vault, VaultError};

/// How the workbook is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XlsxOptions {
    pub profile: Profile,
    /// One sheet per event (named after it) instead of one sheet for all.
    pub sheet_per_event: bool,
    /// Sheets read right to left (Arabic, Hebrew, Persian campaigns).
    pub right_to_left: bool,
    /// Which signatures (only verified ones, for double entry).
    pub selection: delivery::Selection,
}

/// Writing the workbook failed. Messages never hold a value: the library's own errors
/// can quote the text of a cell, so only their kind is told.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum XlsxExportError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(
        "a value is longer than a spreadsheet cell can hold (32 767 characters); export CSV instead"
    )]
    ValueTooLong,
    #[error(
        "the campaign has more rows than a spreadsheet sheet can hold (1 048 576); write one sheet per event, or export CSV"
    )]
    TooManyRows,
    #[error("could not write the workbook: {0}")]
    Write(#[from] std::io::Error),
    #[error(
        "the spreadsheet library refused the workbook ({0}); export CSV instead, and please report this"
    )]
    Library(&'static str),
}

impl From<XlsxError> for XlsxExportError {
    fn from(e: XlsxError) -> Self {
        match e {
            XlsxError::MaxStringLengthExceeded => Self::ValueTooLong,
            XlsxError::RowColumnLimitError => Self::TooManyRows,
            XlsxError::IoError(e) => Self::Write(e),
            // The other kinds concern names and options this module sets itself.
            _ => Self::Library("an internal limit"),
        }
    }
}

/// A column is at least this wide and at most that, in characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;
/// Excel's limit on a sheet name, in characters.
const MAX_SHEET_NAME: usize = 31;

/// One sheet being filled: its rows so far and the widest cell of each column.
struct Sheet {
    /// The event whose rows it holds (with one sheet for all: `None`).
    event: Option<EventId>,
    worksheet: Worksheet,
    next_row: u32,
    widths: Vec<usize>,
}

impl Sheet {
    fn new(
        event: Option<EventId>,
        headers: &[String],
        options: XlsxOptions,
    ) -> Result<Self, XlsxError> {
        let mut worksheet = Worksheet::new();
        worksheet.set_right_to_left(options.right_to_left);
        let bold = Format::new().set_bold();
        for (col, header) in (0..).zip(headers) {
            worksheet.write_string_with_format(0, col, header, &bold)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
        Ok(Self {
            event,
            worksheet,
            next_row: 1,
            widths: headers.iter().map(|h| h.width()).collect(),
        })
    }

    fn push(&mut self, cells: &[String]) -> Result<(), XlsxError> {
        for (col, cell) in (0..).zip(cells) {
            self.worksheet.write_string(self.next_row, col, cell)?;
            if let Some(width) = self.widths.get_mut(usize::from(col)) {
                *width = (*width).max(cell.width());
            }
        }
        self.next_row += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<Worksheet, XlsxError> {
        for (col, width) in (0..).zip(&self.widths) {
            let chars = (*width).clamp(MIN_WIDTH, MAX_WIDTH) + 2;
            self.worksheet
                .set_column_width(col, u16::try_from(chars).unwrap_or(u16::MAX))?;
        }
        Ok(self.worksheet)
    }
}

/// Writes `campaign`'s delivery workbook to `out`.
pub fn write_xlsx(
    vault: &Vault,
    campaign: &Campaign,
    options: XlsxOptions,
    out: impl Write + Send,
) -> Result<DeliverySummary, XlsxExportError> {
    let columns = delivery::columns(campaign, options.profile);
    // Sheets as their first row arrives; `by_event` maps events to them. They are
    // named once in their final order, so "Vigil (2)" is always the later Vigil.
    let mut sheets: Vec<Sheet> = Vec::new();
    let mut by_event: BTreeMap<Option<EventId>, usize> = BTreeMap::new();
    let summary =
        delivery::for_each_row(vault, campaign, options.profile, options.selection, |row| {
            let key = if options.sheet_per_event {
                row.event.map(|e| e.id)
            } else {
                None
            };
            let index = if let Some(&i) = by_event.get(&key) {
                i
            } else {
                sheets.push(Sheet::new(key, &columns.headers, options)?);
                by_event.insert(key, sheets.len() - 1);
                sheets.len() - 1
            };
            let cells: Vec<String> = row
                .cells
                .iter()
                .zip(&columns.phone)
                .map(|(cell, &phone)| {
                    if phone {
                        delivery::normalized_phone(cell).unwrap_or_else(|| cell.clone())
                    } else {
                        cell.clone()
                    }
                })
                .collect();
            Ok::<_, XlsxExportError>(sheets[index].push(&cells)?)
        })?;
    if sheets.is_empty() {
        sheets.push(Sheet::new(None, &columns.headers, options)?);
    }
    // Sheets in the campaign's event order (by date), whatever order rows came in.
    let events = vault.events(Some(campaign.id))?;
    let position = |event: Option<EventId>| {
        event
            .and_then(|id| events.iter().position(|e| e.id == id))
            .unwrap_or(events.len())
    };
    sheets.sort_by_key(|sheet| position(sheet.event));
    let mut names: Vec<String> = Vec::new();
    for sheet in &mut sheets {
        let name = match sheet.event {
            _ if !options.sheet_per_event => "Signatures".to_owned(),
            Some(id) => {
                let event = events.iter().find(|e| e.id == id);
                unique_sheet_name(
                    event.map_or("event not received", |e| e.name.as_str()),
                    &names,
                )
            }
            None => unique_sheet_name("event not received", &names),
        };
        sheet.worksheet.set_name(&name)?;
        names.push(name);
    }
    let mut workbook = Workbook::new();
    for sheet in sheets {
        workbook.push_worksheet(sheet.finish()?);
    }
    workbook.save_to_writer(out)?;
    Ok(summary)
}

/// An event's name made into a sheet name Excel accepts: no `* ? : [ ] \ /`, no
/// apostrophe at either end, at most 31 characters, not "History", and unlike the
/// names already taken (a number is added).
fn unique_sheet_name(event: &str, taken: &[String]) -> String {
    let cleaned: String = event
        .chars()
        .map(|c| if "*?:[]\\/".contains(c) { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    let base = if cleaned.is_empty() || cleaned.eq_ignore_ascii_case("history") {
        "Event".to_owned()
    } else {
        cleaned.to_owned()
    };
    let is_taken = |name: &str| {
        taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
    };
    let fit = |text: &str, room: usize| text.chars().take(room).collect::<String>();
    let first = fit(&base, MAX_SHEET_NAME);
    if !is_taken(&first) {
        return first;
    }
    // A free name is always found: each name taken rules out at most one number.
    (2..=taken.len() + 2)
        .map(|n| {
            let suffix = format!(" ({n})");
            format!(
                "{}{suffix}",
                fit(&base, MAX_SHEET_NAME - suffix.chars().count())
            )
        })
        .find(|name| !is_taken(name))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let taken = vec!["Vigil".to_owned()];
        assert_eq!(unique_sheet_name("vigil", &taken), "vigil (2)");
        assert_eq!(unique_sheet_name("a/b:c?", &[]), "a_b_c_");
        assert_eq!(unique_sheet_name("'quoted'", &[]), "quoted");
        assert_eq!(unique_sheet_name("History", &[]), "Event");
        let long = "Вечір солідарності з політв'язнями, Київ";
        let name = unique_sheet_name(long, &[]);
        assert_eq!(name.chars().count(), 31);
        let second = unique_sheet_name(long, std::slice::from_ref(&name));
        assert_eq!(second.chars().count(), 31);
        assert!(second.ends_with(" (2)"));
        for name in [name, second] {
            rust_xlsxwriter::utility::check_sheet_name(&name).unwrap();
        }
    }
}

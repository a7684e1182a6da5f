//! The delivery CSV: one row per valid signature, with its event, sheet and line so every
//! row traces back to paper. UTF-8, RFC 4180. This is the one file fieldsign writes in
//! plain text, and only when a coordinator asks for it.
//!
//! The file is meant to be opened in a spreadsheet, which runs a cell starting with
//! `=`, `+`, `-` or `@` as a formula (`-1+cmd|' /C calc'!A0`, `+HYPERLINK(…)`). Every
//! cell is therefore guarded by OWASP's rule, with no exemption — except cells of a
//! phone field, which are written normalized (`+` and digits, or digits only) and so
//! hold nothing a spreadsheet could run.

use std::io::Write;

use std::collections::BTreeMap;

use crate::model::{Campaign, Event, EventId, FieldKind, Record, Role, Roles, Status};
use crate::vault::{ListFilter, Vault, VaultError};

/// Column layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `event`, `event_date`, `sheet`, `line`, then every campaign field in schema order
    Plain,
    /// Action Network's upload columns (`first_name`, `last_name`, `email`, `phone`,
    /// `zip_code`, `country`, `city`) followed by `event`, `sheet`, `line`
    ActionNetwork,
    /// No personal data: `event`, `event_date`, `country`, `postcode`, `signatures` —
    /// how many valid signatures each event has from each country and postcode
    Counts,
}

impl Profile {
    /// Whether files of this profile hold signers' personal data (and so need the
    /// plain-text warning).
    pub fn is_personal(self) -> bool {
        !matches!(self, Self::Counts)
    }
}

/// Which signatures a delivery file holds, besides its layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only signatures whose paper line is verified (double entry).
    pub verified_only: bool,
}

/// What a delivery export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliverySummary {
    /// Rows written after the header (signatures; for `counts`, groups).
    pub rows: usize,
    /// Signatures counted in the rows (for `counts`; otherwise equal to `rows`).
    pub signatures: usize,
    /// Valid records skipped because their values were purged from this vault.
    pub purged: usize,
}

/// One row of a delivery file, before a file format's own rules (the CSV formula
/// guard) are applied.
pub struct Row<'a> {
    /// The event the row belongs to, if this vault has it.
    pub event: Option<&'a Event>,
    pub cells: Vec<String>,
}

/// A delivery file's header, and which of its columns hold a phone field's value
/// (and nothing else): those are written normalized.
pub struct Columns {
    pub headers: Vec<String>,
    pub phone: Vec<bool>,
}

/// The columns of `campaign`'s delivery file in `profile`.
pub fn columns(campaign: &Campaign, profile: Profile) -> Columns {
    let keys: Vec<&str> = campaign.fields.iter().map(|f| f.key.as_str()).collect();
    let roles = campaign.roles();
    let is_phone = |key: &str| {
        campaign
            .field(key)
            .is_some_and(|f| f.kind == FieldKind::Phone)
    };
    let headers: Vec<&str> = match profile {
        Profile::Plain => ["event", "event_date", "sheet", "line"]
            .into_iter()
            .chain(keys.iter().copied())
            .collect(),
        Profile::ActionNetwork => vec![
            "first_name",
            "last_name",
            "email",
            "phone",
            "zip_code",
            "country",
            "city",
            "event",
            "sheet",
            "line",
        ],
        Profile::Counts => vec!["event", "event_date", "country", "postcode", "signatures"],
    };
    let phone = match profile {
        Profile::Plain => [false; 4]
            .into_iter()
            .chain(keys.iter().map(|k| is_phone(k)))
            .collect(),
        Profile::ActionNetwork => headers
            .iter()
            .map(|h| *h == "phone" && roles.key(Role::Phone).is_some_and(is_phone))
            .collect(),
        Profile::Counts => vec![false; headers.len()],
    };
    let mut headers: Vec<String> = headers.into_iter().map(str::to_owned).collect();
    let mut phone = phone;
    if has_verified_column(campaign, profile) {
        headers.push("verified".to_owned());
        phone.push(false);
    }
    Columns { headers, phone }
}

/// A campaign that requires double entry says, per signature, whether its paper line
/// is verified (`yes` or `no`): the last column of a file with personal data.
fn has_verified_column(campaign: &Campaign, profile: Profile) -> bool {
    campaign.double_entry && profile.is_personal()
}

/// Hands each row of `campaign`'s delivery table in `profile` to `each`, in paper
/// order (for `counts`: by event, country and postcode). Cells match [`columns`].
/// `each` may fail with its own error (a file format's), which stops the walk.
pub fn for_each_row<E: From<VaultError>>(
    vault: &Vault,
    campaign: &Campaign,
    profile: Profile,
    selection: Selection,
    mut each: impl FnMut(&Row<'_>) -> Result<(), E>,
) -> Result<DeliverySummary, E> {
    let records = vault.records(campaign.id, ListFilter::default())?;
    let events = vault.events(Some(campaign.id))?;
    let keys: Vec<&str> = campaign.fields.iter().map(|f| f.key.as_str()).collect();
    let roles = campaign.roles();
    let mut summary = DeliverySummary::default();
    // For `counts`: signatures per (event, country, postcode), events in the order of
    // the campaign's event list (by date), then any this vault never received.
    let mut groups: BTreeMap<(usize, EventId, String, String), usize> = BTreeMap::new();
    for record in &records {
        match record.status() {
            Status::Valid => {}
            Status::Purged => {
                summary.purged += 1;
                continue;
            }
            Status::Illegible | Status::Void => continue,
        }
        if selection.verified_only && !record.verified() {
            continue;
        }
        let Some(origin) = &record.origin else {
            continue;
        };
        summary.signatures += 1;
        if profile == Profile::Counts {
            let position = events
                .iter()
                .position(|e| e.id == origin.event)
                .unwrap_or(events.len());
            let key = (
                position,
                origin.event,
                roles.value(record, Role::Country).unwrap_or("").to_owned(),
                roles.value(record, Role::Postcode).unwrap_or("").to_owned(),
            );
            *groups.entry(key).or_default() += 1;
            continue;
        }
        let event = events.iter().find(|e| e.id == origin.event);
        let mut cells = row(
            record,
            event,
            origin.sheet,
            origin.line,
            profile,
            &keys,
            &roles,
        );
        if has_verified_column(campaign, profile) {
            cells.push(if record.verified() { "yes" } else { "no" }.to_owned());
        }
        each(&Row { event, cells })?;
        summary.rows += 1;
    }
    for ((position, _, country, postcode), n) in groups {
        let event = events.get(position);
        let cells = vec![
            event.map(|e| e.name.clone()).unwrap_or_default(),
            event.map(|e| e.date.clone()).unwrap_or_default(),
            country,
            postcode,
            n.to_string(),
        ];
        each(&Row { event, cells })?;
        summary.rows += 1;
    }
    Ok(summary)
}

/// Writing the delivery CSV failed. Messages never hold a value (a cell's text).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeliveryError {
    /// Reading the records failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The disk the CSV goes to is full. The vault is untouched.
    #[error(
        "the disk is full: the delivery CSV could not be written; free some space or write it to another disk, then export again"
    )]
    DiskFull,
    /// Writing the CSV failed otherwise (a removed stick, a read-only folder). The
    /// vault is untouched.
    #[error(
        "could not write the delivery CSV ({0}); check the disk and the folder, then export again"
    )]
    Write(std::io::ErrorKind),
}

impl From<std::io::Error> for DeliveryError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => Self::DiskFull,
            // Only the kind: an io error's text is the OS's, but it is kept short.
            kind => Self::Write(kind),
        }
    }
}

impl From<csv::Error> for DeliveryError {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(e) => e.into(),
            // The writer's other errors are about records of unequal length, which
            // this module never writes; report them as a failed write all the same.
            _ => Self::Write(std::io::ErrorKind::InvalidData),
        }
    }
}

/// Writes the delivery CSV of `campaign` to `out`.
pub fn write_csv(
    vault: &Vault,
    campaign: &Campaign,
    profile: Profile,
    selection: Selection,
    out: impl Write,
) -> Result<DeliverySummary, DeliveryError> {
    let mut writer = csv::Writer::from_writer(out);
    let columns = columns(campaign, profile);
    writer
        .write_record(&columns.headers)
        .map_err(DeliveryError::from)?;
    let summary = for_each_row(vault, campaign, profile, selection, |row| {
        let cells = row.cells.iter().zip(&columns.phone).map(|(cell, &phone)| {
            if phone {
                phone_cell(cell)
            } else {
                guard_formula(cell).into_owned()
            }
        });
        writer.write_record(cells).map_err(DeliveryError::from)
    })?;
    writer.flush()?;
    Ok(summary)
}

fn row(
    record: &Record,
    event: Option<&Event>,
    sheet: u32,
    line: u32,
    profile: Profile,
    keys: &[&str],
    roles: &Roles,
) -> Vec<String> {
    let value = |k: &str| record.value(k).unwrap_or("").to_owned();
    let event_name = event.map(|e| e.name.clone()).unwrap_or_default();
    match profile {
        Profile::Plain => {
            let mut row = vec![
                event_name,
                event.map(|e| e.date.clone()).unwrap_or_default(),
                sheet.to_string(),
                line.to_string(),
            ];
            row.extend(keys.iter().map(|k| value(k)));
            row
        }
        Profile::ActionNetwork => {
            let by_role = |role| roles.value(record, role).unwrap_or("").to_owned();
            let (first, last) = split_name(&by_role(Role::Name));
            vec![
                first,
                last,
                by_role(Role::Email),
                by_role(Role::Phone),
                by_role(Role::Postcode),
                by_role(Role::Country),
                by_role(Role::City),
                event_name,
                sheet.to_string(),
                line.to_string(),
            ]
        }
        // Counts rows are groups of records, made in `for_each_row`.
        Profile::Counts => Vec::new(),
    }
}

/// First word as first name, the rest as last name: what Action Network expects. Names
/// with one word go to `first_name` whole.
fn split_name(name: &str) -> (String, String) {
    match name.trim().split_once(char::is_whitespace) {
        Some((first, rest)) => (first.to_owned(), rest.trim().to_owned()),
        None => (name.trim().to_owned(), String::new()),
    }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe: OWASP's CSV
/// injection rule, for every cell that starts with `=`, `+`, `-`, `@`, tab or CR —
/// whatever follows, since `-1+cmd|…` and `+(HYPERLINK(…))` are formulas too.
fn guard_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A phone field's value, normalized: `+` and the digits when it was typed with a
/// country code (E.164 form, `+302101234567`), otherwise the digits as typed nationally.
/// Such a cell is a number to a spreadsheet, never a formula; a value that somehow is
/// not a phone number falls back to the formula guard.
fn phone_cell(cell: &str) -> String {
    normalized_phone(cell).unwrap_or_else(|| guard_formula(cell).into_owned())
}

/// A phone value in the form [`phone_cell`] writes, or `None` if it is not shaped like
/// a phone number.
pub fn normalized_phone(cell: &str) -> Option<String> {
    let digits: String = cell.chars().filter(char::is_ascii_digit).collect();
    let phone_like = !digits.is_empty()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && cell.matches('+').count() <= 1
        && (!cell.contains('+') || cell.trim_start().starts_with('+'));
    if !phone_like {
        return None;
    }
    Some(if cell.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_every_formula_and_writes_phones_normalized() {
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_formula("-cmd"), "'-cmd");
        // No exemption for + or - followed by a digit, a space or a parenthesis.
        for formula in [
            "-1+cmd|' /C calc'!A0",
            "+(HYPERLINK(\"http://evil\"))",
            "+1 cmd",
            "- 2",
            "+380441234567",
            "\tx",
            "\rx",
        ] {
            assert_eq!(guard_formula(formula), format!("'{formula}"), "{formula:?}");
        }
        assert_eq!(phone_cell("+30 210 123 4567"), "+302101234567");
        assert_eq!(phone_cell("(030) 1234-5678"), "03012345678");
        assert_eq!(phone_cell("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
        // Not phone-shaped (a + inside): guarded like free text, and harmless here.
        assert_eq!(phone_cell("1+2"), "1+2");
        assert_eq!(phone_cell("+1+2"), "'+1+2");
        assert_eq!(guard_formula("Олена"), "Олена");
        assert_eq!(
            split_name("José Núñez García"),
            ("José".into(), "Núñez García".into())
        );
        assert_eq!(split_name("Madonna"), ("Madonna".into(), String::new()));
    }

    /// A write that fails as a full disk does is told as one, and no write failure is
    /// told as a problem with the vault (it is the CSV's disk that failed).
    #[test]
    fn write_failures_name_the_disk_not_the_vault() {
        use std::io::{Error, ErrorKind};
        let full = DeliveryError::from(csv::Error::from(Error::from(ErrorKind::StorageFull)));
        assert!(matches!(full, DeliveryError::DiskFull), "{full:?}");
        let gone = DeliveryError::from(Error::from(ErrorKind::NotFound));
        assert!(
            matches!(gone, DeliveryError::Write(ErrorKind::NotFound)),
            "{gone:?}"
        );
        for e in [full, gone] {
            let message = e.to_string();
            assert!(message.contains("delivery CSV"), "{message}");
            assert!(!message.contains("vault"), "{message}");
        }
    }
}

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

use crate::model::{Campaign, Event, FieldKind, Record, Role, Roles, Status};
use crate::vault::{ListFilter, Vault, VaultError};

/// Column layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `event`, `event_date`, `sheet`, `line`, then every campaign field in schema order
    Plain,
    /// Action Network's upload columns (`first_name`, `last_name`, `email`, `phone`,
    /// `zip_code`, `country`, `city`) followed by `event`, `sheet`, `line`
    ActionNetwork,
}

/// What a delivery export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliverySummary {
    pub rows: usize,
    /// Valid records skipped because their values were purged from this vault.
    pub purged: usize,
}

/// Writes the delivery CSV of `campaign` to `out`.
pub fn write_csv(
    vault: &Vault,
    campaign: &Campaign,
    profile: Profile,
    out: impl Write,
) -> Result<DeliverySummary, VaultError> {
    let records = vault.records(campaign.id, ListFilter::default())?;
    let events = vault.events(Some(campaign.id))?;
    let mut writer = csv::Writer::from_writer(out);
    let io = |e: csv::Error| VaultError::Io(std::io::Error::other(e.to_string()));
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
    };
    // Which columns hold a phone field's value (and nothing else).
    let phone_columns: Vec<bool> = match profile {
        Profile::Plain => [false; 4]
            .into_iter()
            .chain(keys.iter().map(|k| is_phone(k)))
            .collect(),
        Profile::ActionNetwork => headers
            .iter()
            .map(|h| *h == "phone" && roles.key(Role::Phone).is_some_and(is_phone))
            .collect(),
    };
    writer.write_record(&headers).map_err(io)?;
    let mut summary = DeliverySummary::default();
    for record in &records {
        match record.status() {
            Status::Valid => {}
            Status::Purged => {
                summary.purged += 1;
                continue;
            }
            Status::Illegible | Status::Void => continue,
        }
        let Some(origin) = &record.origin else {
            continue;
        };
        let event = events.iter().find(|e| e.id == origin.event);
        let row = row(
            record,
            event,
            origin.sheet,
            origin.line,
            profile,
            &keys,
            &roles,
        );
        let cells = row.iter().zip(&phone_columns).map(|(cell, &phone)| {
            if phone {
                phone_cell(cell)
            } else {
                guard_formula(cell).into_owned()
            }
        });
        writer.write_record(cells).map_err(io)?;
        summary.rows += 1;
    }
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
    let digits: String = cell.chars().filter(char::is_ascii_digit).collect();
    let phone_like = !digits.is_empty()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && cell.matches('+').count() <= 1
        && (!cell.contains('+') || cell.trim_start().starts_with('+'));
    if !phone_like {
        return guard_formula(cell).into_owned();
    }
    if cell.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
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
}

//! The delivery CSV: one row per valid signature, with its event, sheet and line so every
//! row traces back to paper. UTF-8, RFC 4180. This is the one file fieldsign writes in
//! plain text, and only when a coordinator asks for it.

use std::io::Write;

use crate::model::{Campaign, Event, Record, Status};
use crate::vault::{ListFilter, Vault, VaultError};

/// Column layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
        let row = row(record, event, origin.sheet, origin.line, profile, &keys);
        writer
            .write_record(row.iter().map(|c| guard_formula(c).into_owned()))
            .map_err(io)?;
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
            let (first, last) = split_name(record.value("name").unwrap_or(""));
            vec![
                first,
                last,
                value("email"),
                value("phone"),
                value("postcode"),
                value("country"),
                value("city"),
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

/// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV
/// injection advice). Phone numbers such as `+380…` are left alone.
fn guard_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = cell.chars();
    let risky = match chars.next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !chars
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == ' ' || c == '('),
        _ => false,
    };
    if risky {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_formulas_but_not_phone_numbers() {
        assert_eq!(guard_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_formula("+380441234567"), "+380441234567");
        assert_eq!(guard_formula("-cmd"), "'-cmd");
        assert_eq!(guard_formula("Олена"), "Олена");
        assert_eq!(
            split_name("José Núñez García"),
            ("José".into(), "Núñez García".into())
        );
        assert_eq!(split_name("Madonna"), ("Madonna".into(), String::new()));
    }
}

//! Printing: aligned tables (width-correct for every script), JSON, CSV and messages.
//!
//! Everything the CLI prints goes through here, and so through
//! [`text::display`](crate::model::text::display): a campaign title, event name or value
//! holding terminal escapes, direction overrides or invisible characters (from a forged
//! campaign file, a crafted bundle, or a vault older than the input check) is printed
//! with those characters made visible, never acted on. Commands print with [`out!`]
//! (stdout) and [`note!`] (stderr) instead of `println!`/`eprintln!`, and every sentence
//! a person reads with [`out_t!`] / [`note_t!`], which look it up in their language.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::model::text::{self, display, display_lines};
use crate::model::{Record, format_time};

/// Output formats that commands offer with `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

/// `println!` through the display filter (line breaks kept, everything else that
/// could drive the terminal shown as `\u{…}`).
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::output::out_line(&format!($($arg)*))
    };
}

/// `eprintln!` through the display filter.
macro_rules! note {
    ($($arg:tt)*) => {
        $crate::cli::output::note_line(&format!($($arg)*))
    };
}
/// [`out!`] of a message in the person's language: `out_t!("id", arg = value, …)`.
macro_rules! out_t {
    ($($arg:tt)*) => {
        $crate::cli::output::out_line(&$crate::i18n::t!($($arg)*))
    };
}

/// [`note!`] of a message in the person's language.
macro_rules! note_t {
    ($($arg:tt)*) => {
        $crate::cli::output::note_line(&$crate::i18n::t!($($arg)*))
    };
}
pub(crate) use {note, note_t, out, out_t};

/// Prints one message line to stdout, made safe for the terminal.
pub fn out_line(line: &str) {
    println!("{}", display_lines(line));
}

/// Prints one message line to stderr, made safe for the terminal.
pub fn note_line(line: &str) {
    eprintln!("{}", display_lines(line));
}

/// Prints `value` as pretty JSON followed by a newline. Strings keep their exact value
/// for programs, but control, direction and invisible characters are written as JSON
/// `\uXXXX` escapes, so the same output is also safe to look at in a terminal.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    write_json(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// [`print_json`] into any writer.
pub fn write_json<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// `serde_json`'s pretty formatter, except for string contents (see [`print_json`]).
#[derive(Default)]
struct SafeFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if text::hidden(c).is_some() {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Prints rows as an aligned table under `headers`, every cell through the display
/// filter (widths are measured on what is shown).
pub fn print_table(headers: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| display(c).into_owned()).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = io::stdout().lock();
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut text = String::new();
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            text.extend(std::iter::repeat_n(
                ' ',
                widths[i].saturating_sub(cell.width()),
            ));
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&mut out, &mut headers.iter().copied())?;
    for row in &rows {
        line(&mut out, &mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

/// `label   value` lines, the values lined up after the widest label (in any script)
/// and at least `at_least` columns in; a value of several lines continues under its
/// first. Each line ends with a line break.
pub fn labelled(lines: &[(String, String)], at_least: usize) -> String {
    let width = lines
        .iter()
        .map(|(l, _)| l.width())
        .max()
        .unwrap_or(0)
        .max(at_least);
    let mut text = String::new();
    for (label, value) in lines {
        let mut parts = value.lines();
        let first = parts.next().unwrap_or("");
        let pad = " ".repeat(width - label.width() + 1);
        text.push_str(&format!("{label}{pad}{first}\n"));
        for more in parts {
            text.push_str(&format!("{}{more}\n", " ".repeat(width + 1)));
        }
    }
    text
}

/// Writes `text` to stdout through the display filter, as [`out!`] does, but returning
/// the error: a reader that closed the pipe (`| head`) ends the command quietly
/// (`main` treats a broken pipe as success) instead of a panic in `println!`.
pub fn write_out(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(display_lines(text).as_bytes())?;
    out.flush()
}

/// Prints rows as RFC 4180 CSV under `headers`. Cells go through the display filter
/// too: stored text passed the input check, so this changes only text that did not
/// (and that must not reach a terminal raw).
pub fn print_csv(headers: &[&str], rows: &[Vec<String>]) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(io::stdout().lock());
    writer.write_record(headers)?;
    for row in rows {
        writer.write_record(row.iter().map(|c| display(c).into_owned()))?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_would_act_on_a_terminal_and_round_trips() {
        let value =
            serde_json::json!({"name": "R\u{1b}]0;x\u{7}\u{202E}ok\u{200B}\u{E0041}", "n": 1});
        let mut bytes = Vec::new();
        write_json(&mut bytes, &value).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text.chars().any(|c| text::hidden(c).is_some() && c != '\n'),
            "{text:?}"
        );
        assert!(
            text.contains("\\u202e") && text.contains("\\udb40\\udc41"),
            "{text}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}

/// The stable JSON shape of a record (documented in docs/cli.md).
pub fn record_json(r: &Record) -> serde_json::Value {
    let origin = r.origin.as_ref();
    serde_json::json!({
        "id": r.id,
        "campaign": r.campaign,
        "event": origin.map(|o| o.event),
        "sheet": origin.map(|o| o.sheet),
        "line": origin.map(|o| o.line),
        "status": r.status().as_str(),
        "fields": r.values(),
        "entered_at": origin.map(|o| format_time(o.entered_at)),
        "entered_by": origin.map(|o| o.entered_by),
        "void_reason": r.void_reason(),
        "verified": r.verified(),
    })
}

//! Sheet entry, the heart of the app: the event and sheet stay fixed while line numbers
//! advance. Enter saves the line durably (the vault returns only after its fsync) and
//! starts the next; Ctrl-N starts the next sheet; Ctrl-X records an illegible line. Every
//! field is validated as it is typed, and a likely duplicate is flagged before saving.
//!
//! Blind second entry (double entry, docs/double-entry.md) is the same screen in another
//! mode: it types a sheet typed before without ever showing the first entry (no "last
//! saved" values of the sheet, no browsing, no duplicate flag pointing at the line
//! itself). A line that differs from its first entry is not saved at the first Enter:
//! the differing fields are named and cleared, the typist reads the paper again, and
//! the next save keeps what was typed, left for resolution if it still differs.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::form::{Form, FormEvent};
use super::keys::{Binding, Global, Key};
use super::routes::To;
use super::screen::{Cx, Flash, Resume, Route, Screen, ViewCx};
use crate::i18n::t;
use crate::model::{Campaign, Event, FieldKind, FieldSpec, LineKind, Record, Status, paper};
use crate::vault::{AddError, NewLine, VaultError};

/// The last saved line of this sheet, as shown under the form.
#[derive(Clone)]
struct Last {
    sheet: u32,
    line: u32,
    status: Status,
    summary: String,
}

impl Last {
    /// The line with its first few values in the campaign's field order.
    fn from_record(record: &Record, campaign: &Campaign) -> Option<Self> {
        let origin = record.origin.as_ref()?;
        let summary = campaign
            .fields
            .iter()
            .filter_map(|f| record.value(&f.key))
            .map(|v| crate::model::text::display(v))
            .take(3)
            .collect::<Vec<_>>()
            .join(" · ");
        Some(Self {
            sheet: origin.sheet,
            line: origin.line,
            status: record.status(),
            summary,
        })
    }
}

/// A key that must be pressed twice because it would drop a half-typed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Leave,
    NextSheet,
    /// Saving would be a warning's second press; the checks run in this order, and a
    /// confirmed one skips itself and those before it.
    Save(Check, LineKind),
}

/// What saving a line checks first, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Check {
    /// The paper line already has a record.
    Retype,
    /// The line number is beyond the lines set for the paper sheet.
    Beyond,
    /// The signer looks like one already typed.
    Duplicate,
}

/// How a blind second entry of a line came out, as shown under the form: keys and
/// labels only, never a value.
#[derive(Clone)]
struct Outcome {
    sheet: u32,
    line: u32,
    /// The labels of the fields that still differ (empty: it agreed, verified).
    differ: Vec<String>,
}

/// What blind second entry keeps besides the usual sheet state.
#[derive(Clone, Default)]
struct Blind {
    /// Lines of this sheet with entries; of them, typed twice or more.
    typed: usize,
    again: usize,
    /// The (sheet, line) whose differing fields the typist was asked to type again
    /// from the paper: its next save keeps what is typed.
    recheck: Option<(u32, u32)>,
    outcome: Option<Outcome>,
}

pub struct Entry {
    campaign: Campaign,
    event: Event,
    sheet: u32,
    line: u32,
    form: Form,
    /// Blind second entry (double entry) instead of first entry.
    blind: Option<Blind>,
    /// Lines typed on this sheet (illegible and void ones included), as on paper.
    tally: usize,
    last: Option<Last>,
    /// Where the likely duplicates of the line being typed are, e.g. "sheet 1 line 4".
    dupes: Vec<String>,
    pending: Option<Pending>,
    /// Ctrl-T: sheet number, next line and lines per paper sheet.
    setup: Option<Form>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Passed on to the form: move between fields, tick a checkbox.
    Field,
    Save,
    Illegible,
    NextSheet,
    SheetSetup,
    ClearLine,
    Browse,
    Petition,
    Back,
    ApplySetup,
    SetupField,
    CancelSetup,
}

const KEYS: &[Binding<Action>] = &[
    Binding::new(
        super::keys::FIELD_KEYS,
        "Tab / Shift-Tab",
        Action::Field,
        tx!("key-entry-field-help"),
    )
    .footer_as(1, "Tab", tx!("key-next-field")),
    Binding::new(
        &[Key::Plain(KeyCode::Enter)],
        "Enter",
        Action::Save,
        tx!("key-save-line-help"),
    )
    .footer(0, tx!("key-save")),
    Binding::new(
        &[Key::Ctrl('x')],
        "Ctrl-X",
        Action::Illegible,
        tx!("key-illegible-help"),
    )
    .footer(3, tx!("key-illegible")),
    Binding::new(
        &[Key::Ctrl('n')],
        "Ctrl-N",
        Action::NextSheet,
        tx!("key-next-sheet-help"),
    )
    .footer(2, tx!("key-next-sheet")),
    Binding::new(
        &[Key::Ctrl('t')],
        "Ctrl-T",
        Action::SheetSetup,
        tx!("key-sheet-setup-help"),
    ),
    Binding::new(
        &[Key::Ctrl('r')],
        "Ctrl-R",
        Action::ClearLine,
        tx!("key-clear-line-help"),
    ),
    Binding::new(
        &[Key::Ctrl('b')],
        "Ctrl-B",
        Action::Browse,
        tx!("key-browse-event-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::F(2))],
        "F2",
        Action::Petition,
        tx!("key-petition-entry-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Char(' '))],
        "Space",
        Action::Field,
        tx!("key-tick-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::Esc)],
        "Esc",
        Action::Back,
        tx!("key-entry-back-help"),
    ),
    Binding::global(Global::Help, "F1", tx!("key-all-keys")),
];

/// Blind second entry: the same keys but browsing, which would show the first
/// entries' values.
const BLIND_KEYS: &[Binding<Action>] = &[
    KEYS[0], KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[7], KEYS[8], KEYS[9], KEYS[10],
];
const _: () =
    assert!(KEYS.len() == 11 && matches!(KEYS[6].does, super::keys::Does::Act(Action::Browse)));

const SETUP_KEYS: &[Binding<Action>] = &[
    Binding::enter(Action::ApplySetup, tx!("key-apply-setup-help")).footer(0, tx!("key-apply")),
    Binding::next_field(Action::SetupField).footer(1, tx!("key-next")),
    Binding::esc(Action::CancelSetup, tx!("key-cancel-setup-help")).footer(2, tx!("key-cancel")),
];

impl Entry {
    /// Opens sheet entry for `event`: on `sheet` if given, else where typing stopped.
    /// `blind`: a second entry, on `sheet` if given, else where lines wait for one.
    pub fn open(
        cx: &mut Cx,
        campaign: Campaign,
        event: Event,
        sheet: Option<u32>,
        blind: bool,
    ) -> Result<Self, VaultError> {
        if blind {
            return Self::open_blind(cx, campaign, event, sheet);
        }
        let last_sheet = cx.vault.last_sheet(campaign.id, event.id)?;
        let sheet = sheet.unwrap_or(last_sheet.max(1));
        let form = Form::new(&campaign.fields);
        if let Some(n) = event.lines_per_sheet {
            cx.paper_lines.insert(event.id, n);
        }
        let mut entry = Self {
            campaign,
            event,
            sheet,
            line: 1,
            form,
            blind: None,
            tally: 0,
            last: None,
            dupes: Vec::new(),
            pending: None,
            setup: None,
        };
        entry.load_sheet(cx)?;
        *cx.flash = Some(if entry.tally == 0 {
            Flash::info(t!(
                "entry-start",
                sheet = entry.sheet.to_string(),
                line = entry.line.to_string()
            ))
        } else {
            Flash::info(t!(
                "entry-continue",
                sheet = entry.sheet.to_string(),
                line = entry.line.to_string(),
                next = (entry.sheet + 1).to_string()
            ))
        });
        Ok(entry)
    }

    /// Blind second entry of `event`: on `sheet`, else on the first sheet with a line
    /// typed once.
    fn open_blind(
        cx: &mut Cx,
        campaign: Campaign,
        event: Event,
        sheet: Option<u32>,
    ) -> Result<Self, VaultError> {
        let waiting = cx.vault.first_typed_once(campaign.id, event.id)?;
        let sheet = sheet.or(waiting.map(|(s, _)| s)).unwrap_or(1);
        if let Some(n) = event.lines_per_sheet {
            cx.paper_lines.insert(event.id, n);
        }
        let mut entry = Self {
            form: Form::new(&campaign.fields),
            campaign,
            event,
            sheet,
            line: 1,
            blind: Some(Blind::default()),
            tally: 0,
            last: None,
            dupes: Vec::new(),
            pending: None,
            setup: None,
        };
        entry.load_sheet(cx)?;
        *cx.flash = Some(if waiting.is_none() {
            Flash::warn(t!("entry-blind-none"))
        } else {
            Flash::info(t!(
                "entry-blind-start",
                sheet = entry.sheet.to_string(),
                line = entry.line.to_string()
            ))
        });
        Ok(entry)
    }

    /// Blind: reads the sheet's lines by entries and goes to the first line after
    /// `after` typed once (else the first one before it, else past the last). Whether
    /// one waits.
    fn load_blind(&mut self, cx: &mut Cx, after: u32) -> Result<bool, VaultError> {
        let (c, e) = (self.campaign.id, self.event.id);
        let counts = cx.vault.sheet_entry_counts(c, e, self.sheet)?;
        let once = |l: &u32, n: &usize| *n == 1 && *l != after;
        let next = counts
            .iter()
            .find(|(l, n)| **l > after && once(l, n))
            .or_else(|| counts.iter().find(|(l, n)| once(l, n)))
            .map(|(l, _)| *l);
        self.line = next.unwrap_or_else(|| counts.keys().next_back().map_or(1, |l| l + 1));
        self.tally = cx.vault.sheet_line_count(c, e, self.sheet)?;
        if let Some(blind) = &mut self.blind {
            blind.typed = counts.len();
            blind.again = counts.values().filter(|n| **n >= 2).count();
        }
        Ok(next.is_some())
    }

    /// Reads where this sheet stands: next line, tally, last saved line.
    fn load_sheet(&mut self, cx: &mut Cx) -> Result<(), VaultError> {
        if self.blind.is_some() {
            // Never the sheet's last record: it may be the first entry of a line.
            self.last = None;
            return self.load_blind(cx, 0).map(|_| ());
        }
        let (c, e) = (self.campaign.id, self.event.id);
        self.line = cx.vault.last_line(c, e, self.sheet)? + 1;
        self.tally = cx.vault.sheet_line_count(c, e, self.sheet)?;
        self.last = cx
            .vault
            .last_record_on_sheet(c, e, self.sheet)?
            .as_ref()
            .and_then(|r| Last::from_record(r, &self.campaign));
        Ok(())
    }

    fn on_escape(&mut self, pending: Option<Pending>, cx: &mut Cx) -> Route {
        if matches!(pending, Some(Pending::Save(..))) {
            *cx.flash = Some(Flash::info(t!("entry-not-saved-check")));
            return Route::Stay;
        }
        if self.form.is_blank() || pending == Some(Pending::Leave) {
            return Route::Back;
        }
        self.pending = Some(Pending::Leave);
        *cx.flash = Some(Flash::warn(t!(
            "entry-unsaved-leave",
            line = self.line.to_string()
        )));
        Route::Stay
    }

    fn on_next_sheet(&mut self, pending: Option<Pending>, cx: &mut Cx) {
        if self.form.is_blank() || pending == Some(Pending::NextSheet) {
            self.next_sheet(cx);
        } else {
            self.pending = Some(Pending::NextSheet);
            *cx.flash = Some(Flash::warn(t!(
                "entry-unsaved-next",
                line = self.line.to_string(),
                next = (self.sheet + 1).to_string()
            )));
        }
    }

    fn pass_to_form(&mut self, key: KeyEvent, cx: &mut Cx) {
        if let FormEvent::Changed(index) = self.form.handle_key(key) {
            self.field_changed(index, cx);
        }
    }

    /// At most this many index candidates are scored per keystroke (a shared email of a
    /// large family, a phone typed as zeros): enough to find the signer, cheap to score.
    const CANDIDATES: usize = 50;

    /// After the name or a contact the duplicate check reads changed (by role, so a
    /// `full_name` field counts): look for likely duplicates now, so the flag is up
    /// before Enter.
    fn field_changed(&mut self, index: usize, cx: &mut Cx) {
        let key = self.form.fields[index].spec.key.as_str();
        let role = self.campaign.roles().role_of(key);
        if !role.is_some_and(|r| crate::vault::PROBE_ROLES.contains(&r)) {
            return;
        }
        self.dupes.clear();
        let values = self.form.values();
        // Candidates from the vault's index, scored by the same matcher as `dedupe`:
        // only a likely pair raises the flag.
        let candidates = cx
            .vault
            .likely_duplicates(&self.campaign, &values)
            .map(|ids| {
                ids.into_iter()
                    .take(Self::CANDIDATES)
                    .filter_map(|id| cx.vault.record(id).ok().flatten())
                    .collect::<Vec<_>>()
            });
        match candidates {
            Ok(records) => {
                let likely =
                    crate::dedupe::entry_matches(&self.campaign.roles(), &values, &records)
                        .into_iter()
                        .filter(|(_, score)| score.verdict() == crate::dedupe::Verdict::Likely);
                // Blind, the line's own first entry is not a duplicate, and naming it
                // would tell the typist the name agrees.
                let this_line = |o: &crate::model::Origin| {
                    self.blind.is_some()
                        && (o.event, o.sheet, o.line) == (self.event.id, self.sheet, self.line)
                };
                let likely = likely.filter(|(id, _)| {
                    records
                        .iter()
                        .find(|r| r.id == *id)
                        .and_then(|r| r.origin.as_ref())
                        .is_some_and(|o| !this_line(o))
                });
                for (id, _) in likely.take(3) {
                    if let Some(record) = records.iter().find(|r| r.id == id)
                        && let Some(o) = &record.origin
                    {
                        let (sheet, line) = (o.sheet.to_string(), o.line.to_string());
                        let place = if o.event == self.event.id {
                            t!("entry-sheet-line", sheet = sheet, line = line)
                        } else {
                            t!("entry-sheet-line-elsewhere", sheet = sheet, line = line)
                        };
                        self.dupes.push(place);
                    }
                }
            }
            Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
        }
    }

    /// A signature line that cannot be saved as typed: blank, or a field invalid. Says
    /// so, naming every invalid field.
    fn refused(&mut self, cx: &mut Cx, kind: LineKind) -> bool {
        let line = self.line;
        if kind != LineKind::Signature {
            return false;
        }
        if self.form.is_blank() {
            *cx.flash = Some(Flash::warn(t!(
                "entry-nothing-typed",
                line = line.to_string()
            )));
            return true;
        }
        if !self.form.validate_all() {
            let fields: Vec<String> = self
                .form
                .fields
                .iter()
                .filter(|f| f.error.is_some())
                .map(|f| {
                    super::form::label(&f.spec)
                        .trim_end_matches(" *")
                        .to_owned()
                })
                .collect();
            *cx.flash = Some(Flash::error(t!(
                "entry-fix-fields",
                line = line.to_string(),
                fields = crate::explain::list(&fields)
            )));
            return true;
        }
        false
    }

    /// The checks a second press of the same key confirms: the paper line is already
    /// typed, it is beyond the sheet's lines, the signer looks typed already.
    fn warned(&mut self, cx: &mut Cx, kind: LineKind, confirmed: Option<Check>) -> bool {
        let line = self.line;
        let passed = |check: Check| confirmed.is_some_and(|c| c >= check);
        let again = if kind == LineKind::Illegible {
            t!("entry-again-illegible")
        } else {
            t!("entry-again-save")
        };
        // Blind, the line is typed already: that is the point.
        let warning = if passed(Check::Retype) || self.blind.is_some() {
            None
        } else {
            match cx
                .vault
                .records_on_line(self.campaign.id, self.event.id, self.sheet, line)
            {
                Ok(ids) if !ids.is_empty() => Some((
                    Check::Retype,
                    t!(
                        "entry-retype",
                        sheet = self.sheet.to_string(),
                        line = line.to_string(),
                        again = again.as_str()
                    ),
                )),
                Ok(_) => None,
                Err(e) => {
                    *cx.flash = Some(Flash::error(t!(
                        "entry-not-saved-error",
                        line = line.to_string(),
                        error = super::hints::describe(&e)
                    )));
                    return true;
                }
            }
        };
        let paper = cx.paper_lines.get(&self.event.id).copied();
        let warning = warning.or_else(|| match paper {
            Some(n) if line > n && !passed(Check::Beyond) => Some((
                Check::Beyond,
                t!(
                    "entry-beyond",
                    line = line.to_string(),
                    lines = n,
                    again = again.as_str()
                ),
            )),
            _ => None,
        });
        let warning = warning.or_else(|| {
            (kind == LineKind::Signature && !self.dupes.is_empty() && !passed(Check::Duplicate))
                .then(|| {
                    (
                        Check::Duplicate,
                        t!("entry-duplicate", places = self.dupes.join(", ")),
                    )
                })
        });
        let Some((check, text)) = warning else {
            return false;
        };
        self.pending = Some(Pending::Save(check, kind));
        *cx.flash = Some(Flash::warn(text));
        true
    }

    /// Saves the line, unless a check not yet `confirmed` warns first (the same key
    /// again confirms it).
    fn save(&mut self, cx: &mut Cx, kind: LineKind, confirmed: Option<Check>) {
        let line = self.line;
        if self.refused(cx, kind) || self.warned(cx, kind, confirmed) {
            return;
        }
        let new = NewLine {
            event: Some(self.event.id),
            sheet: self.sheet,
            line,
            kind,
            fields: self.form.values(),
        };
        if self.blind.is_some() {
            self.save_blind(cx, new);
            return;
        }
        match cx.vault.add(&self.campaign, new) {
            Ok(id) => {
                if let Ok(Some(record)) = cx.vault.record(id) {
                    cx.rows.upsert(&record);
                    self.last = Last::from_record(&record, &self.campaign);
                }
                if let Some(counts) = cx.counts.get_mut(&self.campaign.id) {
                    *counts.entry(self.event.id).or_insert(0) += 1;
                }
                self.tally += 1;
                self.line += 1;
                self.form.clear();
                self.dupes.clear();
                let (sheet, saved) = (self.sheet.to_string(), line.to_string());
                let what = if kind == LineKind::Illegible {
                    t!(
                        "entry-saved-illegible",
                        sheet = sheet.as_str(),
                        line = saved
                    )
                } else {
                    t!("entry-sheet-line", sheet = sheet.as_str(), line = saved)
                };
                let paper = cx.paper_lines.get(&self.event.id).copied();
                *cx.flash = Some(match paper {
                    Some(n) if self.tally >= n as usize => Flash::ok(t!(
                        "entry-saved-complete",
                        what = what,
                        sheet = sheet,
                        count = self.tally,
                        lines = n,
                        next = (self.sheet + 1).to_string()
                    )),
                    _ => Flash::ok(t!("entry-saved", what = what, line = self.line.to_string())),
                });
            }
            Err(e) => self.not_saved(&e, line, cx),
        }
    }

    /// Says why line `line` was not saved, marking the fields at fault.
    fn not_saved(&mut self, e: &AddError, line: u32, cx: &mut Cx) {
        if let Some(errors) = e.field_errors() {
            self.form.apply_errors(errors);
            *cx.flash = Some(Flash::error(t!(
                "entry-fix-marked",
                line = line.to_string()
            )));
        } else {
            *cx.flash = Some(Flash::error(t!(
                "entry-not-saved-error",
                line = line.to_string(),
                error = super::hints::describe(e)
            )));
        }
    }

    /// The labels of field keys, in the form's words ([`paper::LINE_KIND`] left out).
    fn labels(&self, keys: &[String]) -> Vec<String> {
        keys.iter()
            .filter(|k| k.as_str() != paper::LINE_KIND)
            .map(|k| {
                self.form
                    .fields
                    .iter()
                    .find(|f| &f.spec.key == k)
                    .map_or_else(
                        || k.clone(),
                        |f| {
                            super::form::label(&f.spec)
                                .trim_end_matches(" *")
                                .to_owned()
                        },
                    )
            })
            .collect()
    }

    /// Blind second entry of the line: compared first, without saving; a line that
    /// differs is sent back to the paper once (its differing fields named and
    /// cleared), then saved as typed the next time.
    fn save_blind(&mut self, cx: &mut Cx, new: NewLine) {
        let (sheet, line, kind) = (new.sheet, new.line, new.kind);
        let recheck = self.blind.as_ref().and_then(|b| b.recheck);
        if recheck != Some((sheet, line)) {
            match cx.vault.check_second_entry(&self.campaign, &new) {
                Ok(found) if !found.differ.is_empty() => {
                    self.read_paper_again(cx, &found.differ, kind);
                    return;
                }
                Ok(_) => {}
                Err(e) => return self.not_saved(&e, line, cx),
            }
        }
        match cx.vault.add_second_entry(&self.campaign, new) {
            Ok(found) => {
                for id in [found.id, found.first] {
                    if let Ok(Some(record)) = cx.vault.record(id) {
                        cx.rows.upsert(&record);
                    }
                }
                if let Some(counts) = cx.counts.get_mut(&self.campaign.id) {
                    *counts.entry(self.event.id).or_insert(0) += 1;
                }
                let differ = self.labels(&found.differ);
                let kind_differs = found.differ.iter().any(|k| k == paper::LINE_KIND);
                self.form.clear();
                self.dupes.clear();
                let waiting = match self.load_blind(cx, line) {
                    Ok(waiting) => waiting,
                    Err(e) => {
                        *cx.flash = Some(Flash::error(super::hints::describe(&e)));
                        false
                    }
                };
                let mut shown = differ.clone();
                if kind_differs {
                    shown.insert(0, t!("entry-blind-kind-field"));
                }
                if let Some(blind) = &mut self.blind {
                    blind.recheck = None;
                    blind.outcome = Some(Outcome {
                        sheet,
                        line,
                        differ: shown.clone(),
                    });
                }
                let what = if kind == LineKind::Illegible {
                    t!(
                        "entry-saved-illegible",
                        sheet = sheet.to_string(),
                        line = line.to_string()
                    )
                } else {
                    t!(
                        "entry-sheet-line",
                        sheet = sheet.to_string(),
                        line = line.to_string()
                    )
                };
                let next = self.line.to_string();
                *cx.flash = Some(match (shown.is_empty(), waiting) {
                    (_, false) => {
                        let done = t!(
                            "entry-blind-sheet-done",
                            sheet = sheet.to_string(),
                            next = (sheet + 1).to_string()
                        );
                        if shown.is_empty() {
                            Flash::ok(done)
                        } else {
                            Flash::warn(done)
                        }
                    }
                    (true, true) => Flash::ok(t!("entry-blind-agrees", what = what, line = next)),
                    (false, true) => Flash::warn(t!(
                        "entry-blind-still-differs",
                        what = what,
                        fields = crate::explain::list(&shown),
                        line = next
                    )),
                });
            }
            Err(e) => self.not_saved(&e, line, cx),
        }
    }

    /// The line differs from its first entry: name the fields (never the first
    /// entry's values), clear them, and ask for the paper again. When the line kind
    /// differs (a signature on one, illegible on the other), that is all it says.
    fn read_paper_again(&mut self, cx: &mut Cx, differ: &[String], kind: LineKind) {
        let (sheet, line) = (self.sheet, self.line);
        if let Some(blind) = &mut self.blind {
            blind.recheck = Some((sheet, line));
        }
        if differ.iter().any(|k| k == paper::LINE_KIND) {
            *cx.flash = Some(Flash::warn(t!(
                "entry-blind-differs-kind",
                line = line.to_string()
            )));
            return;
        }
        let mut first = None;
        for (i, field) in self.form.fields.iter_mut().enumerate() {
            if differ.contains(&field.spec.key) {
                field.input.clear();
                field.error = Some(t!("entry-blind-read-paper"));
                first.get_or_insert(i);
            }
        }
        if let Some(i) = first {
            self.form.focus = i;
        }
        let again = if kind == LineKind::Illegible {
            t!("entry-again-illegible")
        } else {
            t!("entry-again-save")
        };
        *cx.flash = Some(Flash::warn(t!(
            "entry-blind-differs",
            line = line.to_string(),
            fields = crate::explain::list(&self.labels(differ)),
            again = again
        )));
    }

    fn next_sheet(&mut self, cx: &mut Cx) {
        self.sheet += 1;
        self.form.clear();
        self.dupes.clear();
        match self.load_sheet(cx) {
            Ok(()) => {
                *cx.flash = Some(Flash::info(t!(
                    "entry-next-paper",
                    sheet = self.sheet.to_string(),
                    line = self.line.to_string()
                )));
            }
            Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
        }
    }

    fn setup_form(&self, cx: &Cx) -> Form {
        let specs = [
            FieldSpec::new("sheet", FieldKind::Text, true),
            FieldSpec::new("next_line", FieldKind::Text, true),
            FieldSpec::new("lines_per_sheet", FieldKind::Text, false),
        ];
        let mut form = Form::new(&specs);
        form.fields[0].input.set(&self.sheet.to_string());
        form.fields[1].input.set(&self.line.to_string());
        if let Some(n) = cx.paper_lines.get(&self.event.id) {
            form.fields[2].input.set(&n.to_string());
        }
        form.focus = 2;
        form
    }

    fn apply_setup(&mut self, cx: &mut Cx) {
        let Some(form) = &mut self.setup else { return };
        {
            {
                let numbers: Vec<Option<Option<u32>>> = form
                    .fields
                    .iter()
                    .map(|f| {
                        let text = f.input.value().trim();
                        if text.is_empty() {
                            Some(None)
                        } else {
                            text.parse::<u32>().ok().filter(|n| *n >= 1).map(Some)
                        }
                    })
                    .collect();
                let number = |i: usize| numbers.get(i).copied().flatten().flatten();
                let mut ok = true;
                for (i, field) in form.fields.iter_mut().enumerate() {
                    let required = i < 2;
                    let bad = match numbers.get(i).copied().flatten() {
                        None => true,
                        Some(None) => required,
                        Some(Some(_)) => false,
                    };
                    field.error = bad.then(|| t!("entry-setup-number"));
                    ok &= !bad;
                }
                if !ok {
                    return;
                }
                let sheet = number(0).unwrap_or(self.sheet);
                let line = number(1).unwrap_or(self.line);
                let lines = number(2);
                match lines {
                    Some(n) => cx.paper_lines.insert(self.event.id, n),
                    None => cx.paper_lines.remove(&self.event.id),
                };
                self.setup = None;
                // Kept with the event, so it also holds after a lock or a restart.
                match cx.vault.set_lines_per_sheet(self.event.id, lines) {
                    Ok(event) => self.event = event,
                    Err(e) => {
                        *cx.flash = Some(Flash::error(t!(
                            "entry-setup-session-only",
                            error = super::hints::describe(&e)
                        )));
                        return;
                    }
                }
                if sheet != self.sheet {
                    self.sheet = sheet;
                    if let Err(e) = self.load_sheet(cx) {
                        *cx.flash = Some(Flash::error(super::hints::describe(&e)));
                        return;
                    }
                }
                self.line = line;
                *cx.flash = Some(Flash::info(t!(
                    "entry-setup-done",
                    sheet = self.sheet.to_string(),
                    line = self.line.to_string()
                )));
            }
        }
    }

    #[allow(clippy::too_many_lines)] // the screen, top to bottom
    fn render(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        let theme = v.theme;
        let area = super::inset(area);
        let row = |n: u16| Rect::new(area.x, area.y + n, area.width, 1);
        let mut event = crate::model::text::display(&self.event.name).into_owned();
        if !self.event.date.is_empty() {
            event = format!("{event} · {}", self.event.date);
        }
        super::mirrored(Line::from(vec![
            Span::styled(
                crate::model::text::display(&self.campaign.title).into_owned(),
                theme.dim(),
            ),
            Span::styled(" › ", theme.dim()),
            Span::styled(event, theme.heading()),
            Span::styled(
                if self.blind.is_some() {
                    format!(" · {}", t!("entry-blind-heading"))
                } else {
                    String::new()
                },
                theme.warn(),
            ),
        ]))
        .render(row(0), buf);
        let paper = v_paper(self, v);
        let tally = match (paper, &self.blind) {
            (_, Some(blind)) => t!(
                "entry-blind-tally",
                count = blind.typed,
                again = blind.again
            ),
            (Some(n), None) => {
                let left = (n as usize).saturating_sub(self.tally);
                if left == 0 {
                    t!("entry-tally-complete", count = self.tally, lines = n)
                } else {
                    t!(
                        "entry-tally-left",
                        count = self.tally,
                        lines = n,
                        left = left
                    )
                }
            }
            (None, None) => t!("entry-tally", count = self.tally),
        };
        super::mirrored(Line::from(vec![
            Span::styled(
                format!("{} {:<4}", t!("entry-sheet"), self.sheet),
                theme.ok(),
            ),
            Span::styled(
                format!(" {} {:<4}", t!("entry-line"), self.line),
                theme.ok(),
            ),
            Span::raw("   "),
            Span::raw(tally),
        ]))
        .render(row(1), buf);
        let fields = u16::try_from(self.form.fields.len()).unwrap_or(0);
        let reserved = 5; // full error, dupes, last saved, setup
        let form_height = fields.min(area.height.saturating_sub(3 + reserved));
        let mut cursor = self.form.render(
            Rect::new(area.x, area.y + 3, area.width, form_height),
            buf,
            theme,
            self.setup.is_none(),
        );
        let mut y = 3 + form_height;
        // The focused field's problem in full (next to the field it may be cut short).
        if let Some(field) = self.form.focused()
            && let Some(error) = &field.error
            && y < area.height
        {
            super::mirrored(Line::styled(
                format!(
                    "✗ {} {error}",
                    super::form::label(&field.spec).trim_end_matches(" *")
                ),
                theme.warn(),
            ))
            .render(row(y), buf);
        }
        y += 1;
        if !self.dupes.is_empty() && y < area.height {
            super::mirrored(Line::styled(
                t!("entry-likely-duplicate", places = self.dupes.join(", ")),
                theme.warn(),
            ))
            .render(row(y), buf);
        }
        y += 1;
        if y < area.height {
            let last = match (&self.blind, &self.last) {
                (Some(blind), _) => blind_outcome(blind.outcome.as_ref(), theme),
                (None, None) => Line::styled(t!("entry-nothing-saved"), theme.dim()),
                (None, Some(last)) => {
                    let what = if v.privacy {
                        format!("•••••  ({})", t!("entry-privacy-mode"))
                    } else if last.status == Status::Illegible {
                        format!(
                            "{}{}",
                            t!("entry-illegible"),
                            if last.summary.is_empty() {
                                String::new()
                            } else {
                                format!(" · {}", last.summary)
                            }
                        )
                    } else {
                        last.summary.clone()
                    };
                    Line::from(vec![
                        Span::styled(format!("{} ", t!("entry-last-saved")), theme.dim()),
                        Span::styled(
                            t!(
                                "entry-sheet-line",
                                sheet = last.sheet.to_string(),
                                line = last.line.to_string()
                            ),
                            theme.ok(),
                        ),
                        Span::raw("  "),
                        Span::raw(what),
                    ])
                }
            };
            super::mirrored(last).render(row(y), buf);
        }
        y += 1;
        if let Some(setup) = &self.setup
            && y + 1 < area.height
        {
            super::mirrored(Line::styled(t!("entry-setup-heading"), theme.heading()))
                .render(row(y), buf);
            cursor = setup.render(
                Rect::new(area.x, area.y + y + 1, area.width, area.height - y - 1),
                buf,
                theme,
                true,
            );
        }
        cursor
    }
}

impl Screen<Cx<'_>> for Entry {
    type Action = Action;

    fn title(&self) -> String {
        t!("title-entry")
    }

    fn keymap(&self) -> &'static [Binding<Action>] {
        if self.setup.is_some() {
            SETUP_KEYS
        } else if self.blind.is_some() {
            BLIND_KEYS
        } else {
            KEYS
        }
    }

    fn act(&mut self, action: Action, key: KeyEvent, cx: &mut Cx) -> Route {
        // A warning waits for the same key again; any other key answers it.
        let pending = self.pending.take();
        match action {
            Action::Save => self.save(
                cx,
                LineKind::Signature,
                confirmed(pending, LineKind::Signature),
            ),
            Action::Illegible => self.save(
                cx,
                LineKind::Illegible,
                confirmed(pending, LineKind::Illegible),
            ),
            Action::Back => return self.on_escape(pending, cx),
            Action::NextSheet => self.on_next_sheet(pending, cx),
            Action::ClearLine => {
                self.form.clear();
                self.dupes.clear();
                *cx.flash = Some(Flash::info(format!("Line {} cleared.", self.line)));
            }
            Action::SheetSetup => self.setup = Some(self.setup_form(cx)),
            Action::Browse => {
                return Route::Open(To::Browse {
                    campaign: self.campaign.clone(),
                    events: vec![self.event.clone()],
                });
            }
            Action::Petition => {
                return Route::Open(To::Petition {
                    campaign: self.campaign.clone(),
                });
            }
            Action::Field => self.pass_to_form(key, cx),
            Action::ApplySetup => self.apply_setup(cx),
            Action::CancelSetup => self.setup = None,
            Action::SetupField => {
                if let Some(form) = &mut self.setup {
                    form.handle_key(key);
                }
            }
        }
        Route::Stay
    }

    fn typed(&mut self, key: KeyEvent, cx: &mut Cx) -> Route {
        if let Some(form) = &mut self.setup {
            form.handle_key(key);
        } else {
            self.pending = None;
            self.pass_to_form(key, cx);
        }
        Route::Stay
    }

    fn paste(&mut self, text: &str, cx: &mut Cx) -> Route {
        let event = match &mut self.setup {
            Some(form) => form.paste(text),
            None => self.form.paste(text),
        };
        if let (None, FormEvent::Changed(index)) = (&self.setup, event) {
            self.field_changed(index, cx);
        }
        Route::Stay
    }

    fn view(&self, area: Rect, buf: &mut Buffer, v: &ViewCx) -> Option<Position> {
        self.render(area, buf, v)
    }

    fn text_focus(&self) -> bool {
        true
    }

    fn unsaved(&self) -> Option<String> {
        (!self.form.is_blank()).then(|| {
            t!(
                "entry-unsaved-resume",
                line = self.line.to_string(),
                sheet = self.sheet.to_string()
            )
        })
    }

    /// Back from browsing: records may have changed, but keep the line being typed.
    fn resumed(&mut self, cx: &mut Cx) {
        let line = self.line;
        match self.load_sheet(cx) {
            // Blind, the line typed is where the typist is on the paper.
            Ok(()) if self.blind.is_some() => self.line = line,
            Ok(()) => self.line = self.line.max(line),
            Err(e) => *cx.flash = Some(Flash::error(super::hints::describe(&e))),
        }
    }

    fn resume_point(&self) -> Option<Resume> {
        Some(Resume {
            campaign: self.campaign.id,
            event: self.event.id,
            sheet: self.sheet,
            blind: self.blind.is_some(),
        })
    }
}

/// The last line of a blind second entry: where, and whether it agreed; no value.
fn blind_outcome(outcome: Option<&Outcome>, theme: super::theme::Theme) -> Line<'static> {
    let Some(o) = outcome else {
        return Line::styled(t!("entry-blind-nothing-saved"), theme.dim());
    };
    let (words, style) = if o.differ.is_empty() {
        (t!("entry-blind-last-agrees"), theme.ok())
    } else {
        (
            t!(
                "entry-blind-last-differs",
                fields = crate::explain::list(&o.differ)
            ),
            theme.warn(),
        )
    };
    Line::from(vec![
        Span::styled(format!("{} ", t!("entry-last-saved")), theme.dim()),
        Span::styled(
            t!(
                "entry-sheet-line",
                sheet = o.sheet.to_string(),
                line = o.line.to_string()
            ),
            theme.ok(),
        ),
        Span::raw("  "),
        Span::styled(words, style),
    ])
}

/// The check a key confirms: the warning it answers, if that warning was for the same
/// kind of save.
fn confirmed(pending: Option<Pending>, kind: LineKind) -> Option<Check> {
    match pending {
        Some(Pending::Save(check, k)) if k == kind => Some(check),
        _ => None,
    }
}

/// Lines per paper sheet, if the organizer set it (kept per event for the session).
fn v_paper(entry: &Entry, v: &ViewCx) -> Option<u32> {
    v.paper_lines.get(&entry.event.id).copied()
}

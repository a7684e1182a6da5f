//! Field-by-field comparison of two prepared records: for each field, how strongly the
//! two agree (an [`Agreement`]), or that one of them has no value. The weights of these
//! outcomes are in [`super::score`]. Fields are named by their [`Role`].

use serde::Serialize;

use super::name::{NameAgreement, compare as compare_names};
use super::prepare::Prepared;
use crate::model::Role;

/// How one field of two records compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// The same after folding.
    Same,
    /// The same but for a typo, a transliteration or word order (names).
    Near,
    /// Names: every word agrees, some only as an initial.
    Initials,
    /// Emails: the same local part at another domain (`ana@gmail` / `ana@yahoo`).
    SameLocalPart,
    /// Names: one word agrees, another clearly differs (relatives, namesakes).
    Partial,
    Different,
}

/// Compares every field both records have, in role order. Fields missing on either
/// side are left out: a blank is no evidence either way.
pub fn compare(a: &Prepared, b: &Prepared) -> Vec<(Role, Agreement)> {
    let mut out = Vec::with_capacity(6);
    if let (Some(x), Some(y)) = (&a.name, &b.name) {
        let agreement = match compare_names(x, y) {
            NameAgreement::Same => Agreement::Same,
            NameAgreement::Near => Agreement::Near,
            NameAgreement::Initials => Agreement::Initials,
            NameAgreement::Partial => Agreement::Partial,
            NameAgreement::Different => Agreement::Different,
        };
        out.push((Role::Name, agreement));
    }
    if let (Some((xl, xd)), Some((yl, yd))) = (&a.email, &b.email) {
        let agreement = if xl == yl && xd == yd {
            Agreement::Same
        } else if xd == yd && digits(xl) == digits(yl) && strsim::jaro_winkler(xl, yl) >= 0.93 {
            Agreement::Near
        } else if xl == yl {
            Agreement::SameLocalPart
        } else {
            Agreement::Different
        };
        out.push((Role::Email, agreement));
    }
    push_exact(&mut out, Role::Phone, a.phone.as_ref(), b.phone.as_ref());
    push_exact(
        &mut out,
        Role::Postcode,
        a.postcode.as_ref(),
        b.postcode.as_ref(),
    );
    if let (Some(x), Some(y)) = (&a.city, &b.city) {
        let agreement = if x == y {
            Agreement::Same
        } else if strsim::jaro_winkler(x, y) >= 0.9 {
            Agreement::Near
        } else {
            Agreement::Different
        };
        out.push((Role::City, agreement));
    }
    push_exact(
        &mut out,
        Role::Country,
        a.country.as_ref(),
        b.country.as_ref(),
    );
    out
}

/// The digits of an email's local part: `ana.lima1@` and `ana.lima2@` are two inboxes,
/// not a typo.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn push_exact(
    out: &mut Vec<(Role, Agreement)>,
    field: Role,
    a: Option<&String>,
    b: Option<&String>,
) {
    if let (Some(x), Some(y)) = (a, b) {
        let agreement = if x == y {
            Agreement::Same
        } else {
            Agreement::Different
        };
        out.push((field, agreement));
    }
}

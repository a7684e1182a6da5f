//! Fellegi–Sunter scoring: each field comparison adds its weight, `log2(m / u)`, where
//! `m` is how often the outcome occurs when two records are the same signer and `u` how
//! often when they are two people who reached the same candidate block (so `u` is high
//! for a shared city, and a first name that differs under a shared surname is strong
//! evidence *against*: that is how relatives and namesakes look). A missing value adds
//! nothing. The numbers are estimates, written down here so that every score can be
//! explained; `docs/dedupe.md` shows what they achieve on labelled data.

use serde::Serialize;

use super::compare::{Agreement, compare};
use super::prepare::Prepared;
use crate::model::Role;

/// A pair scoring at least this is a likely duplicate.
pub const LIKELY: f64 = 12.0;
/// A pair scoring at least this (and less than [`LIKELY`]) is worth a look.
pub const POSSIBLE: f64 = 6.0;

/// `(m, u)` of each outcome.
fn m_u(field: Role, agreement: Agreement) -> (f64, f64) {
    use Agreement::{Different, Initials, Near, Partial, Same, SameLocalPart};
    match (field, agreement) {
        (Role::Name, Same) => (0.55, 0.000_8),
        (Role::Name, Near) => (0.25, 0.003),
        (Role::Name, Initials) => (0.08, 0.004),
        (Role::Name, Partial) => (0.000_3, 0.3),
        (Role::Name, Different) => (0.000_2, 0.9),
        (Role::Email, Same) => (0.6, 0.000_1),
        (Role::Email, Near) => (0.05, 0.000_5),
        (Role::Email, SameLocalPart) => (0.05, 0.002),
        (Role::Email, Different) => (0.12, 0.95),
        // A phone number is nearly as personal as an email; a postcode is shared by a
        // street or a village.
        (Role::Phone, Same) => (0.9, 0.000_2),
        (Role::Postcode, Same) => (0.9, 0.01),
        (Role::City, Same) => (0.95, 0.3),
        (Role::City, Near) => (0.03, 0.01),
        (Role::City, Different) => (0.02, 0.7),
        (Role::Country, Same) => (0.98, 0.8),
        // A name no word of which agrees; a phone, postcode or country that differs.
        (_, _) => (0.02, 0.9),
    }
}

/// The weight of one outcome, in bits.
pub fn weight(field: Role, agreement: Agreement) -> f64 {
    let (m, u) = m_u(field, agreement);
    (m / u).log2()
}

/// One field's part in a score: the reason a person reviewing the pair is shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reason {
    pub field: Role,
    pub agreement: Agreement,
    /// `log2(m/u)`, rounded to a tenth.
    pub weight: f64,
}

/// How much two records look like the same signer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub total: f64,
    pub reasons: Vec<Reason>,
}

/// Where a score falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Unlikely,
    Possible,
    Likely,
}

impl Score {
    pub fn verdict(&self) -> Verdict {
        if self.total >= LIKELY {
            Verdict::Likely
        } else if self.total >= POSSIBLE {
            Verdict::Possible
        } else {
            Verdict::Unlikely
        }
    }
}

/// Scores a candidate pair.
pub fn score(a: &Prepared, b: &Prepared) -> Score {
    let reasons: Vec<Reason> = compare(a, b)
        .into_iter()
        .map(|(field, agreement)| Reason {
            field,
            agreement,
            weight: (weight(field, agreement) * 10.0).round() / 10.0,
        })
        .collect();
    let total = (reasons.iter().map(|r| r.weight).sum::<f64>() * 10.0).round() / 10.0;
    Score { total, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn p(name: &str, email: &str, postcode: &str, city: &str) -> Prepared {
        Prepared::from_lookup(|role| {
            let v = match role {
                Role::Name => name,
                Role::Email => email,
                Role::Postcode => postcode,
                Role::City => city,
                _ => "",
            };
            (!v.is_empty()).then_some(v)
        })
    }

    #[test]
    fn a_shared_contact_with_the_same_name_is_likely() {
        let a = p("Olena Shevchenko", "o@x.org", "", "Kyiv");
        let b = p("Шевченко Олена", "O@X.org", "", "Київ");
        assert_eq!(score(&a, &b).verdict(), Verdict::Likely);
        let c = p("O. Shevchenko", "", "01001", "Kyiv");
        let d = p("Olena Shevchenko", "", "01 001", "Kyiv");
        assert_eq!(score(&c, &d).verdict(), Verdict::Likely);
    }

    #[test]
    fn namesakes_and_relatives_are_not_likely() {
        let a = p("Olena Shevchenko", "o@x.org", "01001", "Kyiv");
        let namesake = p("Olena Shevchenko", "olena@y.org", "02002", "Kyiv");
        assert_ne!(score(&a, &namesake).verdict(), Verdict::Likely);
        let sister = p("Iryna Shevchenko", "o@x.org", "01001", "Kyiv");
        assert_ne!(score(&a, &sister).verdict(), Verdict::Likely);
    }

    #[test]
    fn weights_follow_from_m_and_u() {
        assert!(weight(Role::Email, Agreement::Same) > 12.0);
        assert!(weight(Role::Name, Agreement::Partial) < -9.0);
        assert!(weight(Role::City, Agreement::Same) < 2.0);
    }
}

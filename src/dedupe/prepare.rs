//! A record reduced, once, to what the matcher compares: its name, email, phone,
//! postcode, city and country read by role and folded. Blocking and scoring then work on
//! these, never on the raw values, and nothing here is ever printed.

use std::collections::BTreeMap;

use super::fold::{self, fold};
use super::name::Name;
use crate::model::{Record, Role, Roles};

/// One record's comparable values (each `None` when the field is missing or empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prepared {
    pub name: Option<Name>,
    /// (local part, domain).
    pub email: Option<(String, String)>,
    pub phone: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

impl Prepared {
    /// Prepares values looked up by `value(role)`.
    pub fn from_lookup<'v>(value: impl Fn(Role) -> Option<&'v str>) -> Self {
        Self {
            name: value(Role::Name).and_then(Name::new),
            email: value(Role::Email).and_then(fold::email),
            phone: value(Role::Phone).and_then(fold::phone),
            postcode: value(Role::Postcode).and_then(fold::postcode),
            city: value(Role::City)
                .map(|c| fold(c).text)
                .filter(|c| !c.is_empty()),
            country: value(Role::Country)
                .map(|c| c.trim().to_ascii_uppercase())
                .filter(|c| !c.is_empty()),
        }
    }

    /// Prepares a stored record of a campaign with `roles`.
    pub fn record(roles: &Roles, record: &Record) -> Self {
        Self::from_lookup(|role| roles.value(record, role))
    }

    /// Prepares values typed in a form (by field key), not yet saved or validated.
    pub fn values(roles: &Roles, values: &BTreeMap<String, String>) -> Self {
        Self::from_lookup(|role| {
            values
                .get(roles.key(role)?)
                .map(String::as_str)
                .filter(|v| !v.trim().is_empty())
        })
    }
}

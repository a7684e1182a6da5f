//! Field roles: what a field *means* to fieldsign (the signer's name, email, phone, …),
//! apart from what the coordinator called it. Duplicate detection, the entry warning,
//! reports and delivery profiles ask for a role, never for a key string, so a campaign
//! whose name field is `full_name` works like one whose field is `name`.
//!
//! A field may say its role in the campaign's schema (`"role": "name"`). Campaign files
//! written before roles existed say none: there, and for any role no field claims, the
//! field whose key is the role's default key (`name`, `email`, …, `contact_ok`) has it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Campaign, FieldKind, FieldSpec, Record};

/// What a field holds about the signer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person's name as written on the sheet.
    Name,
    Email,
    Phone,
    Postcode,
    Country,
    City,
    /// Whether the signer agreed to be contacted.
    Consent,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Name,
        Role::Email,
        Role::Phone,
        Role::Postcode,
        Role::Country,
        Role::City,
        Role::Consent,
    ];

    /// The role's name as written in a field spec and a campaign file.
    pub fn name(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Postcode => "postcode",
            Self::Country => "country",
            Self::City => "city",
            Self::Consent => "consent",
        }
    }

    /// The key a field has this role by when no field claims the role: the keys of
    /// [`super::default_fields`], which every campaign before roles used.
    pub fn default_key(self) -> &'static str {
        match self {
            Self::Consent => "contact_ok",
            other => other.name(),
        }
    }

    /// Whether a field of `kind` can hold this role's values: an email role on a date
    /// field would feed dates to duplicate detection and delivery columns.
    pub fn fits(self, kind: &FieldKind) -> bool {
        match self {
            Self::Name | Self::City => *kind == FieldKind::Text,
            Self::Email => matches!(kind, FieldKind::Email | FieldKind::Text),
            Self::Phone => matches!(kind, FieldKind::Phone | FieldKind::Text),
            Self::Postcode => matches!(kind, FieldKind::Postcode | FieldKind::Text),
            Self::Country => matches!(kind, FieldKind::Country | FieldKind::Text),
            Self::Consent => matches!(kind, FieldKind::Checkbox | FieldKind::Choice(_)),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A role name that is not one of [`Role::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown field role (roles: name, email, phone, postcode, country, city, consent)")]
pub struct UnknownRole;

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or(UnknownRole)
    }
}

/// Which field key has each role in one campaign, resolved once (explicit roles first,
/// then the default keys) so that hot paths — the write path's index, the matcher —
/// look a role up without walking the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    keys: [Option<String>; Role::ALL.len()],
}

impl Roles {
    /// The roles of a schema.
    pub fn of_fields(fields: &[FieldSpec]) -> Self {
        let keys = Role::ALL.map(|role| {
            fields
                .iter()
                .find(|f| f.role == Some(role))
                .or_else(|| {
                    fields
                        .iter()
                        .find(|f| f.role.is_none() && f.key == role.default_key())
                })
                .map(|f| f.key.clone())
        });
        Self { keys }
    }

    /// The roles of `campaign`.
    pub fn of(campaign: &Campaign) -> Self {
        Self::of_fields(&campaign.fields)
    }

    /// The roles of a campaign this vault does not hold (records can arrive before their
    /// campaign file): every role on its default key, as before roles existed.
    pub fn defaults() -> Self {
        Self {
            keys: Role::ALL.map(|r| Some(r.default_key().to_owned())),
        }
    }

    /// The key of the field with `role`, if the campaign has one.
    pub fn key(&self, role: Role) -> Option<&str> {
        self.keys[role as usize].as_deref()
    }

    /// The role of field `key`, if it has one.
    pub fn role_of(&self, key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|&r| self.key(r) == Some(key))
    }

    /// `record`'s non-empty value for `role`.
    pub fn value<'r>(&self, record: &'r Record, role: Role) -> Option<&'r str> {
        record.value(self.key(role)?)
    }
}

impl Campaign {
    /// Which field has each role in this campaign.
    pub fn roles(&self) -> Roles {
        Roles::of(self)
    }

    /// The spec of the field with `role`, if the campaign has one.
    pub fn role_field(&self, role: Role) -> Option<&FieldSpec> {
        self.field(Roles::of(self).key(role)?)
    }
}

/// A schema's roles are contradictory or do not fit their fields.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleError {
    #[error("the role `{role}` is given to two fields, `{first}` and `{second}`; give it to one")]
    Twice {
        role: Role,
        first: String,
        second: String,
    },
    #[error("field `{key}` cannot have the role `{role}`: it is a {kind} field")]
    Unfit {
        key: String,
        role: Role,
        kind: &'static str,
    },
}

/// Checks that each role is claimed by at most one field, and only by a field whose kind
/// can hold it.
pub fn check_roles(fields: &[FieldSpec]) -> Result<(), RoleError> {
    for (i, field) in fields.iter().enumerate() {
        let Some(role) = field.role else { continue };
        if !role.fits(&field.kind) {
            return Err(RoleError::Unfit {
                key: field.key.clone(),
                role,
                kind: field.kind.name(),
            });
        }
        if let Some(first) = fields[..i].iter().find(|f| f.role == Some(role)) {
            return Err(RoleError::Twice {
                role,
                first: first.key.clone(),
                second: field.key.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_fields;

    #[test]
    fn old_schemas_get_the_default_keys() {
        let roles = Roles::of_fields(&default_fields());
        for role in Role::ALL {
            assert_eq!(roles.key(role), Some(role.default_key()), "{role}");
        }
        assert_eq!(roles.role_of("contact_ok"), Some(Role::Consent));
        assert_eq!(roles.role_of("age"), None);
    }

    #[test]
    fn an_explicit_role_wins_over_a_default_key() {
        let mut fields = default_fields();
        fields.push(FieldSpec::new("full_name", FieldKind::Text, true).with_role(Role::Name));
        let roles = Roles::of_fields(&fields);
        assert_eq!(roles.key(Role::Name), Some("full_name"));
        assert_eq!(roles.role_of("name"), None);
        assert_eq!(roles.key(Role::Email), Some("email"));
    }

    #[test]
    fn a_field_with_another_role_does_not_take_its_keys_default() {
        // `email` is the signer's phone here; the email role has no field.
        let fields = vec![FieldSpec::new("email", FieldKind::Text, false).with_role(Role::Phone)];
        let roles = Roles::of_fields(&fields);
        assert_eq!(roles.key(Role::Phone), Some("email"));
        assert_eq!(roles.key(Role::Email), None);
    }

    #[test]
    fn refuses_a_role_twice_or_on_the_wrong_kind() {
        let twice = vec![
            FieldSpec::new("a", FieldKind::Text, false).with_role(Role::Name),
            FieldSpec::new("b", FieldKind::Text, false).with_role(Role::Name),
        ];
        assert!(matches!(check_roles(&twice), Err(RoleError::Twice { .. })));
        let unfit = vec![FieldSpec::new("a", FieldKind::Date, false).with_role(Role::Email)];
        assert!(matches!(check_roles(&unfit), Err(RoleError::Unfit { .. })));
        assert_eq!(check_roles(&default_fields()), Ok(()));
    }

    #[test]
    fn names_parse_back() {
        for role in Role::ALL {
            assert_eq!(role.name().parse::<Role>(), Ok(role));
        }
        assert_eq!("surname".parse::<Role>(), Err(UnknownRole));
    }
}

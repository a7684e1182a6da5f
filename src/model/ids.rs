//! Random identifiers. They carry no personal data, so they may be used as storage keys
//! and may appear in messages, logs and file names.

use std::fmt;
use std::str::FromStr;

use data_encoding::BASE32_NOPAD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The number of random bytes in an id: 80 bits keeps collisions negligible across
/// millions of records from many devices while staying short enough to type.
const ID_BYTES: usize = 10;

/// An id string is not 16 characters of lowercase base32.
///
/// The text is never shown, however id-like it looks: text that is not an id may be a
/// name typed where an id belongs (`fieldsign amend Shevchenko`), and no command
/// echoes a value.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the text given is not a fieldsign id (not shown, as it may be a value; an id is 16 letters and digits, as the list of records shows them)"
)]
pub struct IdParseError(pub String);

impl fmt::Debug for IdParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IdParseError(..)")
    }
}

/// A query for a message ("no campaign matches …"): quoted when it is a fieldsign id or
/// a lowercase hex key fingerprint (of 8 or more digits) — random strings that carry no
/// personal data — and otherwise replaced by `otherwise`, since a name may have been
/// typed where a campaign, event or device was expected.
pub fn shown_query(query: &str, otherwise: &str) -> String {
    let q = query.trim();
    let is_id = q.parse::<RecordId>().is_ok();
    let is_fingerprint = (8..=64).contains(&q.len())
        && q.chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
    if is_id || is_fingerprint {
        format!("`{}`", q.to_ascii_lowercase())
    } else {
        otherwise.to_owned()
    }
}

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name([u8; ID_BYTES]);

        impl $name {
            /// A fresh random id from the operating system's generator.
            ///
            /// # Panics
            /// When the operating system has no random source, which fieldsign cannot
            /// work without.
            pub fn random() -> Self {
                let mut bytes = [0u8; ID_BYTES];
                getrandom::fill(&mut bytes).expect("the operating system's random source failed");
                Self(bytes)
            }

            /// The raw bytes, as used in storage keys.
            pub fn as_bytes(&self) -> &[u8; ID_BYTES] {
                &self.0
            }

            /// Rebuilds an id from storage-key bytes.
            pub fn from_slice(bytes: &[u8]) -> Option<Self> {
                bytes.try_into().ok().map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&BASE32_NOPAD.encode(&self.0).to_ascii_lowercase())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({self})", stringify!($name))
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                BASE32_NOPAD
                    .decode(s.trim().to_ascii_uppercase().as_bytes())
                    .ok()
                    .and_then(|b| Self::from_slice(&b))
                    .ok_or_else(|| IdParseError(s.chars().take(40).collect()))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

define_id!(
    /// A signature record, the same on every device that holds it.
    RecordId
);
define_id!(
    /// A campaign, chosen by the coordinator who created it.
    CampaignId
);
define_id!(
    /// An event (rally, vigil, meeting) within a campaign.
    EventId
);
define_id!(
    /// A device (one vault): the replica id of the operation log.
    DeviceId
);
define_id!(
    /// A coordinator's decision about a set of records (see `model::decision`), the
    /// same on every device that holds it, so that an undo can name it.
    DecisionId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_parse_round_trip() {
        let id = RecordId::random();
        let text = id.to_string();
        assert_eq!(text.len(), 16);
        assert_eq!(text.parse::<RecordId>().unwrap(), id);
        assert_eq!(text.to_uppercase().parse::<RecordId>().unwrap(), id);
    }

    #[test]
    fn rejects_garbage() {
        assert!("not-an-id".parse::<RecordId>().is_err());
        assert!("".parse::<EventId>().is_err());
    }

    #[test]
    fn errors_never_echo_what_was_typed() {
        for typed in ["Shevchenko", "Olena Shevchenko", "abc", "Олена"] {
            let err = typed.parse::<RecordId>().unwrap_err();
            assert!(!err.to_string().contains(typed), "{err}");
            assert!(!format!("{err:?}").contains(typed));
            assert_eq!(shown_query(typed, "the name given"), "the name given");
        }
        let id = CampaignId::random().to_string();
        assert_eq!(shown_query(&id, "-"), format!("`{id}`"));
        assert_eq!(shown_query("0123abcd", "-"), "`0123abcd`");
    }

    #[test]
    fn parsing_trims_and_ignores_case_but_refuses_wrong_lengths() {
        let id = EventId::random();
        assert_eq!(format!("  {id}\n").parse::<EventId>().unwrap(), id);
        let text = id.to_string();
        assert!(text[..15].parse::<EventId>().is_err());
        assert!(format!("{text}a").parse::<EventId>().is_err());
        // `0`, `1`, `8`, `9` are not in the base32 alphabet.
        assert!("0000000000000000".parse::<RecordId>().is_err());
        assert!("aaaaaaaaaaaaaaaa".parse::<RecordId>().is_ok());
        // The error quotes at most 40 characters of what was typed.
        let long = "x".repeat(500);
        assert_eq!(long.parse::<RecordId>().unwrap_err().0.len(), 40);
    }

    #[test]
    fn ids_serialize_as_their_text() {
        let id = DeviceId::random();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<DeviceId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<DeviceId>("\"nope\"").is_err());
        assert_eq!(format!("{id:?}"), format!("DeviceId({id})"));
    }

    proptest::proptest! {
        #[test]
        fn every_id_round_trips(bytes in proptest::array::uniform10(proptest::num::u8::ANY)) {
            let id = CampaignId(bytes);
            let text = id.to_string();
            proptest::prop_assert_eq!(text.len(), 16);
            proptest::prop_assert!(text.chars().all(|c| c.is_ascii_lowercase() || ('2'..='7').contains(&c)));
            proptest::prop_assert_eq!(text.parse::<CampaignId>(), Ok(id));
            proptest::prop_assert_eq!(text.to_uppercase().parse::<CampaignId>(), Ok(id));
        }

        #[test]
        fn garbage_never_parses_to_a_different_text(s in "\\PC{0,24}") {
            if let Ok(id) = s.parse::<RecordId>() {
                proptest::prop_assert_eq!(id.to_string(), s.trim().to_ascii_lowercase());
            }
        }
    }
}

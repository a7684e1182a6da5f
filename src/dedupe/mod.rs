//! Likely duplicates for a coordinator's review: valid records that share a folded name
//! (see [`fold_for_matching`]) and a folded email, phone or postcode. Records linked by
//! any shared key form one group (union-find), so a signer who signed three times with
//! the same email once and the same postcode twice is one group.
//!
//! Read-only: deciding which to void is the coordinator's (`fieldsign void ID`).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::model::text::fold_for_matching;
use crate::model::{Campaign, Record, RecordId, Role, Roles, Status};
use crate::vault::{ListFilter, Vault, VaultError};

/// The contacts that, with the same name, make two records likely the same signer.
const CONTACT_ROLES: [Role; 3] = [Role::Email, Role::Phone, Role::Postcode];

/// A set of records that are likely the same signer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// What they share: e.g. `["name+email"]`.
    pub reasons: Vec<String>,
    /// In paper order (event, sheet, line).
    pub records: Vec<RecordId>,
}

/// Finds the groups of likely duplicates among `campaign`'s valid records.
pub fn find(vault: &Vault, campaign: &Campaign) -> Result<(Vec<Group>, Vec<Record>), VaultError> {
    let records: Vec<Record> = vault
        .records(campaign.id, ListFilter::default())?
        .into_iter()
        .filter(|r| r.status() == Status::Valid)
        .collect();
    Ok((groups(&campaign.roles(), &records), records))
}

/// The union-find root of `i`, halving paths on the way.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The grouping itself, on records already loaded (pure, for tests and the TUI).
pub fn groups(roles: &Roles, records: &[Record]) -> Vec<Group> {
    let mut parent: Vec<usize> = (0..records.len()).collect();
    // (contact kind, folded name, folded contact) → first record index seen with it.
    let mut first: HashMap<(Role, String, String), usize> = HashMap::new();
    let mut reasons: HashMap<(usize, usize), Vec<String>> = HashMap::new();
    for (i, record) in records.iter().enumerate() {
        let Some(name) = roles
            .value(record, Role::Name)
            .map(fold_for_matching)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        for kind in CONTACT_ROLES {
            let Some(contact) = roles
                .value(record, kind)
                .map(fold_for_matching)
                .filter(|c| !c.is_empty())
            else {
                continue;
            };
            match first.get(&(kind, name.clone(), contact.clone())) {
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                    reasons
                        .entry((j, i))
                        .or_default()
                        .push(format!("name+{kind}"));
                }
                None => {
                    first.insert((kind, name.clone(), contact), i);
                }
            }
        }
    }
    let mut by_root: BTreeMap<usize, Group> = BTreeMap::new();
    for (i, record) in records.iter().enumerate() {
        let r = root(&mut parent, i);
        by_root
            .entry(r)
            .or_insert_with(|| Group {
                reasons: Vec::new(),
                records: Vec::new(),
            })
            .records
            .push(record.id);
    }
    for ((j, _), why) in reasons {
        let Some(group) = by_root.get_mut(&root(&mut parent, j)) else {
            continue;
        };
        for w in why {
            if !group.reasons.contains(&w) {
                group.reasons.push(w);
            }
        }
    }
    let mut out: Vec<Group> = by_root
        .into_values()
        .filter(|g| g.records.len() > 1)
        .collect();
    for g in &mut out {
        g.reasons.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CampaignId, Stamp, Stamped};

    fn record(name: &str, email: &str, postcode: &str) -> Record {
        let mut r = Record::new(RecordId::random(), CampaignId::random());
        let stamp = Stamp {
            lamport: 1,
            replica: crate::model::DeviceId::random(),
            seq: 1,
        };
        for (k, v) in [("name", name), ("email", email), ("postcode", postcode)] {
            r.fields.insert(
                k.into(),
                Stamped {
                    value: v.into(),
                    stamp,
                },
            );
        }
        r
    }

    #[test]
    fn groups_by_folded_name_and_any_shared_contact() {
        let rs = vec![
            record("José Núñez", "jose@x.org", "28001"),
            record("jose nunez", "other@x.org", "28001"),
            record("JOSÉ  NÚÑEZ", "other@x.org", ""),
            record("José Núñez", "", ""),
            record("Ana", "jose@x.org", "28001"),
        ];
        let groups = groups(&Roles::defaults(), &rs);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].records, vec![rs[0].id, rs[1].id, rs[2].id]);
        assert_eq!(groups[0].reasons, ["name+email", "name+postcode"]);
    }
}

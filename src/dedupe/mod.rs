//! Finding the same signer across scripts, typos and sheets: record linkage as the field
//! does it (Fellegi–Sunter, as in Splink). One matcher serves `fieldsign dedupe`, the
//! warning during sheet entry and the review of groups.
//!
//! - [`fold`] and [`romanize`]: every value folded to lower-case ASCII words, by script
//!   (Russian, Ukrainian and Serbian Cyrillic each their own way; Arabic compared as
//!   consonant skeletons), invisible and bidi-control characters dropped.
//! - `prepare`: a record read by field *role* (name, email, phone, postcode, city,
//!   country) and folded once.
//! - `blocking`: the candidate pairs, a tiny fraction of all pairs.
//! - `compare` and `score`: per-field agreement and its weight, `log2(m/u)`; a pair is
//!   *likely* at [`LIKELY`] and *possible, review* at [`POSSIBLE`].
//! - `cluster`: pairs worth review joined into groups.
//!
//! Everything but [`find`] is pure and reads no vault. Read-only: deciding is the
//! coordinator's (`Vault::decide`), and pairs already decided are left out.

mod blocking;
mod cluster;
mod compare;
pub mod fold;
mod name;
mod prepare;
pub mod romanize;
mod score;

use std::collections::BTreeMap;

use serde::Serialize;

pub use self::blocking::candidate_pairs;
pub use self::compare::Agreement;
pub use self::prepare::Prepared;
pub use self::score::{LIKELY, POSSIBLE, Reason, Score, Verdict, score};
use crate::model::{Campaign, Record, RecordId, Role, Roles, Status};
use crate::vault::{ListFilter, Vault, VaultError};

/// A candidate pair (indexes into the prepared records) and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredPair {
    pub a: usize,
    pub b: usize,
    pub score: Score,
}

/// Scores every candidate pair of `records` and keeps those worth review (at least
/// [`POSSIBLE`]), on every core.
pub fn scored_pairs(records: &[Prepared]) -> Vec<ScoredPair> {
    let candidates = candidate_pairs(records);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = candidates.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = candidates
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .filter_map(|&(a, b)| {
                            let (a, b) = (a as usize, b as usize);
                            let score = score(&records[a], &records[b]);
                            (score.verdict() >= Verdict::Possible).then_some(ScoredPair {
                                a,
                                b,
                                score,
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    })
}

/// One pair of a group, for review: its records, score, verdict and the per-field
/// reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairScore {
    pub a: RecordId,
    pub b: RecordId,
    pub score: f64,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

/// Records that may be the same signer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The best verdict among its pairs.
    pub verdict: Verdict,
    /// The best score among its pairs.
    pub score: f64,
    /// What its pairs share, in short: `name+email`, `name+postcode`, …
    pub reasons: Vec<String>,
    /// In paper order (event, sheet, line).
    pub records: Vec<RecordId>,
    /// Every scored pair within the group, best first.
    pub pairs: Vec<PairScore>,
}

/// Finds the groups of duplicates among `campaign`'s valid records: pairs scoring
/// [`Verdict::Likely`], or with `at_least` [`Verdict::Possible`] those worth a review too.
pub fn find(
    vault: &Vault,
    campaign: &Campaign,
    at_least: Verdict,
) -> Result<(Vec<Group>, Vec<Record>), VaultError> {
    let records: Vec<Record> = vault
        .records(campaign.id, ListFilter::default())?
        .into_iter()
        .filter(|r| r.status() == Status::Valid)
        .collect();
    Ok((groups(&campaign.roles(), &records, at_least), records))
}

/// The groups among records already loaded (pure, for tests and the TUI), best first:
/// records joined by pairs scoring `at_least`.
pub fn groups(roles: &Roles, records: &[Record], at_least: Verdict) -> Vec<Group> {
    let prepared: Vec<Prepared> = records.iter().map(|r| Prepared::record(roles, r)).collect();
    let mut pairs = scored_pairs(&prepared);
    // A pair the coordinator decided about (and did not undo) is never proposed
    // again, whatever it scores: "different people" is remembered.
    pairs.retain(|p| {
        p.score.verdict() >= at_least && records[p.a].decisions.about(records[p.b].id).is_none()
    });
    let mut by_member: BTreeMap<usize, Vec<&ScoredPair>> = BTreeMap::new();
    for pair in &pairs {
        by_member.entry(pair.a).or_default().push(pair);
    }
    let mut out: Vec<Group> = cluster::groups(records.len(), pairs.iter().map(|p| (p.a, p.b)))
        .into_iter()
        .map(|members| {
            let mut scored: Vec<&ScoredPair> = members
                .iter()
                .filter_map(|m| by_member.get(m))
                .flatten()
                .copied()
                .collect();
            scored.sort_by(|x, y| y.score.total.total_cmp(&x.score.total));
            let mut reasons: Vec<String> = scored.iter().flat_map(|p| shared(&p.score)).collect();
            reasons.sort();
            reasons.dedup();
            Group {
                verdict: scored
                    .first()
                    .map_or(Verdict::Possible, |p| p.score.verdict()),
                score: scored.first().map_or(0.0, |p| p.score.total),
                reasons,
                records: members.iter().map(|&m| records[m].id).collect(),
                pairs: scored
                    .iter()
                    .map(|p| PairScore {
                        a: records[p.a].id,
                        b: records[p.b].id,
                        score: p.score.total,
                        verdict: p.score.verdict(),
                        reasons: p.score.reasons.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|x, y| y.score.total_cmp(&x.score));
    out
}

/// What a pair shares, in the short form of [`Group::reasons`]: `name+email` when the
/// names agree and so do the emails, or the agreeing fields alone when the names do not.
fn shared(score: &Score) -> Vec<String> {
    let agrees = |r: &&Reason| {
        matches!(
            r.agreement,
            Agreement::Same | Agreement::Near | Agreement::Initials
        )
    };
    let name = score
        .reasons
        .iter()
        .filter(agrees)
        .any(|r| r.field == Role::Name);
    let contacts: Vec<&str> = score
        .reasons
        .iter()
        .filter(|r| r.agreement == Agreement::Same)
        .filter(|r| matches!(r.field, Role::Email | Role::Phone | Role::Postcode))
        .map(|r| r.field.name())
        .collect();
    match (name, contacts.is_empty()) {
        (true, true) => vec!["name".to_owned()],
        (true, false) => contacts.iter().map(|c| format!("name+{c}")).collect(),
        (false, _) => contacts.iter().map(|c| (*c).to_owned()).collect(),
    }
}

/// The records among `candidates` that `typed` (a form's values by key) may duplicate,
/// best first, with their scores: the sheet-entry warning, scored by the same rules as
/// `dedupe` on the candidates the vault's index finds.
pub fn entry_matches(
    roles: &Roles,
    typed: &BTreeMap<String, String>,
    candidates: &[Record],
) -> Vec<(RecordId, Score)> {
    let typed = Prepared::values(roles, typed);
    let mut out: Vec<(RecordId, Score)> = candidates
        .iter()
        .map(|r| (r.id, score(&typed, &Prepared::record(roles, r))))
        .filter(|(_, s)| s.verdict() >= Verdict::Possible)
        .collect();
    out.sort_by(|x, y| y.1.total.total_cmp(&x.1.total));
    out
}

#[cfg(test)]
mod tests;

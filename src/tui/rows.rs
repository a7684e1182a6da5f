//! The records of one campaign held in memory while the vault is unlocked, for browsing:
//! searched as you type and sorted without touching the disk. Dropped when the vault
//! locks. Rows keep paper order (event, sheet, line); search and sort produce a list of
//! row indexes, so only the rows on screen are ever turned into cells.

use std::collections::BTreeMap;

use zeroize::Zeroize;

use crate::model::{
    CampaignId, EventId, Record, RecordId, Status, UnixTime, text::fold_for_matching,
};

/// One record as the browse screen shows it.
#[derive(Clone)]
pub struct Row {
    pub id: RecordId,
    pub event: EventId,
    pub sheet: u32,
    pub line: u32,
    pub status: Status,
    pub entered_at: UnixTime,
    pub values: BTreeMap<String, String>,
    /// Every value folded for matching (case, accents, punctuation), space-separated.
    haystack: String,
}

impl std::fmt::Debug for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Row({} sheet {} line {})",
            self.id, self.sheet, self.line
        )
    }
}

/// Wipes the decrypted values when the row goes (at lock, or when the campaign's rows
/// are read again), so they do not linger in freed memory.
impl Drop for Row {
    fn drop(&mut self) {
        for value in self.values.values_mut() {
            value.zeroize();
        }
        self.haystack.zeroize();
    }
}

impl Row {
    /// A row for `record`, if it has come with its paper origin.
    pub fn from_record(record: &Record) -> Option<Self> {
        let origin = record.origin.as_ref()?;
        let values = record.values();
        let haystack = values
            .values()
            .map(|v| fold_for_matching(v))
            .collect::<Vec<_>>()
            .join(" ");
        Some(Self {
            id: record.id,
            event: origin.event,
            sheet: origin.sheet,
            line: origin.line,
            status: record.status(),
            entered_at: origin.entered_at,
            values,
            haystack,
        })
    }

    fn paper_key(&self) -> (EventId, u32, u32, RecordId) {
        (self.event, self.sheet, self.line, self.id)
    }
}

/// How the browse list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// By event, sheet and line: the paper.
    #[default]
    Paper,
    NewestFirst,
    OldestFirst,
}

impl Order {
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Self::Paper => Self::NewestFirst,
            Self::NewestFirst => Self::OldestFirst,
            Self::OldestFirst => Self::Paper,
        }
    }

    pub fn name(self) -> String {
        match self {
            Self::Paper => crate::i18n::t!("order-paper"),
            Self::NewestFirst => crate::i18n::t!("order-newest"),
            Self::OldestFirst => crate::i18n::t!("order-oldest"),
        }
    }
}

/// The rows of one campaign, in paper order.
#[derive(Debug, Default)]
pub struct RowSet {
    pub campaign: Option<CampaignId>,
    pub rows: Vec<Row>,
}

impl RowSet {
    pub fn new(campaign: CampaignId, mut rows: Vec<Row>) -> Self {
        rows.sort_by_key(Row::paper_key);
        Self {
            campaign: Some(campaign),
            rows,
        }
    }

    /// Adds or replaces the row of `record` (after a save, amend or void here).
    pub fn upsert(&mut self, record: &Record) {
        if Some(record.campaign) != self.campaign {
            return;
        }
        let Some(row) = Row::from_record(record) else {
            return;
        };
        match self
            .rows
            .binary_search_by_key(&row.paper_key(), Row::paper_key)
        {
            Ok(at) => self.rows[at] = row,
            Err(at) => self.rows.insert(at, row),
        }
    }

    pub fn get(&self, index: u32) -> Option<&Row> {
        self.rows.get(index as usize)
    }

    /// Those of `hits` that match `folded` (a query already folded for matching): used
    /// while typing, when the new query only extends the last one.
    pub fn narrow(&self, hits: &[u32], folded: &str) -> Vec<u32> {
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        hits.iter()
            .copied()
            .filter(|&i| {
                self.rows
                    .get(i as usize)
                    .is_some_and(|row| words.iter().all(|w| row.haystack.contains(w)))
            })
            .collect()
    }

    /// Indexes of the rows matching `query` (every word must occur), in `order`.
    pub fn select(&self, query: &str, order: Order) -> Vec<u32> {
        let words: Vec<String> = fold_for_matching(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let mut hits: Vec<u32> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| words.iter().all(|w| row.haystack.contains(w.as_str())))
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        match order {
            Order::Paper => {}
            // Lines typed in the same second keep their paper order between them.
            Order::NewestFirst => {
                hits.sort_by_key(|&i| std::cmp::Reverse((self.rows[i as usize].entered_at, i)));
            }
            Order::OldestFirst => hits.sort_by_key(|&i| (self.rows[i as usize].entered_at, i)),
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeviceId, LineKind, Origin, Stamp, Stamped};

    fn record(
        campaign: CampaignId,
        event: EventId,
        sheet: u32,
        line: u32,
        name: &str,
        at: i64,
    ) -> Record {
        let stamp = Stamp {
            lamport: 1,
            replica: DeviceId::random(),
            seq: 1,
        };
        let mut r = Record::new(RecordId::random(), campaign);
        r.origin = Some(Origin {
            event,
            sheet,
            line,
            kind: LineKind::Signature,
            entered_at: at,
            entered_by: stamp.replica,
            stamp,
        });
        r.fields.insert(
            "name".into(),
            Stamped {
                value: name.into(),
                stamp,
            },
        );
        r
    }

    #[test]
    fn searches_folded_words_and_sorts() {
        let c = CampaignId::random();
        let e = EventId::random();
        let mut set = RowSet::new(
            c,
            vec![
                Row::from_record(&record(c, e, 2, 1, "José Núñez", 30)).unwrap(),
                Row::from_record(&record(c, e, 1, 1, "Олена Шевченко", 10)).unwrap(),
            ],
        );
        set.upsert(&record(c, e, 1, 2, "ΣΩΚΡΆΤΗΣ", 20));
        assert_eq!(set.select("", Order::Paper), [0, 1, 2]);
        assert_eq!(set.rows[1].sheet, 1);
        assert_eq!(set.select("nunez jose", Order::Paper), [2]);
        assert_eq!(set.select("олена", Order::Paper), [0]);
        assert_eq!(set.select("σωκρατησ", Order::Paper), [1]);
        assert_eq!(set.select("", Order::NewestFirst), [2, 1, 0]);
        assert!(set.select("nobody", Order::Paper).is_empty());
    }

    #[test]
    fn narrowing_a_longer_query_equals_searching_it_afresh() {
        let c = CampaignId::random();
        let e = EventId::random();
        let names = [
            "Олена Шевченко",
            "Олег Бойко",
            "Ольга",
            "José Núñez",
            "Jose Luis",
        ];
        let rows = (1..)
            .zip(names)
            .filter_map(|(line, n)| Row::from_record(&record(c, e, 1, line, n, 0)))
            .collect();
        let set = RowSet::new(c, rows);
        for (short, long) in [
            ("о", "оле"),
            ("оле", "олен"),
            ("jose", "jose n"),
            ("", "ольга"),
        ] {
            let narrowed = set.narrow(&set.select(short, Order::Paper), &fold_for_matching(long));
            assert_eq!(narrowed, set.select(long, Order::Paper), "{short} → {long}");
        }
    }
}

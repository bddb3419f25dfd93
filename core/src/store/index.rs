//! The compact, encrypted index that lets the vault list, filter and count entries without
//! decrypting them.
//!
//! The index is kept per ISO week ("bucket"), sealed like every other value and stored under a
//! keyed hash of the week, so the file does not even show in which weeks entries exist. At
//! unlock all buckets are decrypted once into memory; a capture rewrites only its week's bucket.
//! Every field can be rebuilt from the entries themselves, so the index is never the only copy
//! of anything.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::sealed::{Bytes, Part, SealedTable};
use crate::model::{EntryId, EntryKind, Platform, ShareStatus, SourceType, Theme, Urgency};
use crate::time::IsoWeek;

/// Version of the bucket encoding; a bucket of another version is rebuilt from the entries.
pub(crate) const BUCKET_VERSION: u8 = 2;

/// The sealed buckets, under keyed hashes of their weeks.
pub(crate) const INDEX_TABLE: SealedTable<u64, Bytes> = SealedTable::new(super::INDEX, Part::Index);

/// What the index knows of one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Row {
    pub id: u128,
    pub revision: u32,
    /// The version the entry's stored value was written with: a value put back to an older
    /// copy no longer matches.
    pub version: u64,
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    pub observed_at: i64,
    pub recorded_at: i64,
    pub neighbourhood: String,
    pub share: ShareStatus,
    pub attachments: u32,
    /// Vault-keyed pseudonyms of the tagged aliases (for the systematic-monitoring rule).
    pub aliases: Vec<u64>,
}

impl Row {
    pub fn id(&self) -> EntryId {
        EntryId::from_u128(self.id)
    }

    pub fn observed(&self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.observed_at, 0).unwrap_or_default()
    }

    pub fn recorded(&self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.recorded_at, 0).unwrap_or_default()
    }

    pub fn week(&self) -> IsoWeek {
        IsoWeek::of(self.observed())
    }

    fn order_key(&self) -> OrderKey {
        (self.observed_at, self.recorded_at, self.id)
    }
}

/// Newest first is the reverse of this order.
type OrderKey = (i64, i64, u128);

#[derive(Serialize, Deserialize)]
struct Bucket {
    version: u8,
    rows: Vec<Row>,
}

/// The in-memory index of an unlocked vault.
#[derive(Debug, Default, Clone)]
pub(crate) struct Index {
    rows: HashMap<u128, Row>,
    order: BTreeSet<OrderKey>,
    weeks: BTreeMap<IsoWeek, BTreeSet<u128>>,
}

impl Index {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn get(&self, id: EntryId) -> Option<&Row> {
        self.rows.get(&id.as_u128())
    }

    /// Adds or replaces a row; returns the weeks whose buckets changed.
    pub fn upsert(&mut self, row: Row) -> Vec<IsoWeek> {
        let mut touched = Vec::with_capacity(2);
        if let Some(old) = self.remove_row(row.id) {
            touched.push(old.week());
        }
        let week = row.week();
        self.order.insert(row.order_key());
        self.weeks.entry(week).or_default().insert(row.id);
        self.rows.insert(row.id, row);
        if !touched.contains(&week) {
            touched.push(week);
        }
        touched
    }

    /// Removes a row; returns the week whose bucket changed.
    pub fn remove(&mut self, id: EntryId) -> Option<IsoWeek> {
        self.remove_row(id.as_u128()).map(|row| row.week())
    }

    fn remove_row(&mut self, id: u128) -> Option<Row> {
        let row = self.rows.remove(&id)?;
        self.order.remove(&row.order_key());
        let week = row.week();
        if let Some(ids) = self.weeks.get_mut(&week) {
            ids.remove(&id);
            if ids.is_empty() {
                self.weeks.remove(&week);
            }
        }
        Some(row)
    }

    /// Every row now names `version` (all values were re-sealed with it), except the rows of
    /// `damaged` entries, whose values were carried over as they were.
    pub fn set_versions(&mut self, version: u64, damaged: &std::collections::HashSet<u128>) {
        for row in self.rows.values_mut() {
            if !damaged.contains(&row.id) {
                row.version = version;
            }
        }
    }

    /// Rows newest first (by observation, then recording).
    pub fn newest_first(&self) -> impl Iterator<Item = &Row> + '_ {
        self.order
            .iter()
            .rev()
            .filter_map(|key| self.rows.get(&key.2))
    }

    /// Rows of one week, in no particular order.
    pub fn in_week(&self, week: IsoWeek) -> impl Iterator<Item = &Row> + '_ {
        self.weeks
            .get(&week)
            .into_iter()
            .flat_map(|ids| ids.iter().filter_map(|id| self.rows.get(id)))
    }

    /// Every row, in no particular order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> + '_ {
        self.rows.values()
    }

    /// Weeks that hold entries.
    pub fn weeks(&self) -> impl Iterator<Item = IsoWeek> + '_ {
        self.weeks.keys().copied()
    }

    /// The serialized bucket of `week` (empty rows when the week has none).
    pub fn encode_bucket(&self, week: IsoWeek) -> Vec<u8> {
        let mut rows: Vec<Row> = self.in_week(week).cloned().collect();
        rows.sort_by_key(|r| r.id);
        postcard::to_stdvec(&Bucket {
            version: BUCKET_VERSION,
            rows,
        })
        .unwrap_or_default()
    }

    /// Loads one decrypted bucket; `None` if it cannot be decoded (the caller rebuilds).
    pub fn load_bucket(&mut self, bytes: &[u8]) -> Option<()> {
        let bucket: Bucket = postcard::from_bytes(bytes).ok()?;
        if bucket.version != BUCKET_VERSION {
            return None;
        }
        for row in bucket.rows {
            self.upsert(row);
        }
        Some(())
    }
}

impl Drop for Index {
    /// The index holds neighbourhoods in the clear: wiped when the vault locks.
    fn drop(&mut self) {
        for row in self.rows.values_mut() {
            zeroize::Zeroize::zeroize(&mut row.neighbourhood);
        }
    }
}

/// The name a week's bucket is stored under, before keyed hashing.
pub(crate) fn bucket_name(week: IsoWeek) -> String {
    format!("index:{week}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn row(id: u128, observed_at: i64) -> Row {
        Row {
            id,
            revision: 1,
            version: 1,
            kind: EntryKind::Trend,
            theme: Theme::Other,
            platform: Platform::TikTok,
            source_type: SourceType::OpenSource,
            urgency: Urgency::Normal,
            observed_at,
            recorded_at: observed_at + 10,
            neighbourhood: "Noord".into(),
            share: ShareStatus::NotShared,
            attachments: 0,
            aliases: vec![],
        }
    }

    #[test]
    fn moving_an_entry_to_another_week_touches_both_buckets() {
        let mut index = Index::default();
        let week_a = 1_790_000_000;
        index.upsert(row(1, week_a));
        let touched = index.upsert(row(1, week_a + 14 * 86_400));
        assert_eq!(touched.len(), 2);
        assert_eq!(index.len(), 1);
    }

    proptest! {
        #[test]
        fn buckets_round_trip(ids in proptest::collection::btree_set(any::<u128>(), 0..50),
                              base in 1_700_000_000i64..1_900_000_000) {
            let mut index = Index::default();
            for (i, id) in ids.iter().enumerate() {
                index.upsert(row(*id, base + i as i64));
            }
            let mut reloaded = Index::default();
            for week in index.weeks().collect::<Vec<_>>() {
                reloaded.load_bucket(&index.encode_bucket(week)).expect("decodes");
            }
            let a: Vec<_> = index.newest_first().cloned().collect();
            let b: Vec<_> = reloaded.newest_first().cloned().collect();
            prop_assert_eq!(a, b);
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut index = Index::default();
            let _ = index.load_bucket(&bytes);
        }
    }
}

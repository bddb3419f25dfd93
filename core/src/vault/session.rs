//! An unlocked vault: the keys, the decrypted index and the head; the checks that unlocking
//! runs over the file; and the write transaction that keeps values, index buckets, the audit
//! chain and the head in one atomic commit.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use redb::{Database, ReadableDatabase, ReadableTable, WriteTransaction};

use crate::audit::{self, AuditAction, NewRecord, PendingFailure};
use crate::crypto::Keys;
use crate::crypto::constant_time_eq;
use crate::error::{Damage, Error, Result};
use crate::model::EntryId;
use crate::profile::{Profile, Settings};
use crate::store::head::Head;
use crate::store::index::{INDEX_TABLE, Index, Row, bucket_name};
use crate::store::sealed::{self, Bytes, Codec, Part, Reader, SealedTable, Writer};
use crate::store::{CLEAR, PENDING_AUDIT, PENDING_NOTES, clear_keys, meta_keys};
use crate::time::IsoWeek;

use super::records::{DEVICE, ENTRY_TABLE, PROFILE, SETTINGS};

/// At most this many failed unlock attempts wait while the vault is locked; they are written
/// without the key, so anyone with the file could add more, and the oldest make way.
pub(crate) const MAX_PENDING_FAILURES: usize = 20;

pub(crate) struct Session {
    pub keys: Keys,
    pub vault_id: String,
    pub device_id: String,
    pub profile: Profile,
    pub settings: Settings,
    pub index: Index,
    pub head: Head,
    /// Entries whose stored value is not the one the index vouches for (put back to an older
    /// copy, or added outside the app): reported as damaged, never shown as they are.
    pub damaged: HashSet<u128>,
    pub last_activity: DateTime<Utc>,
    /// The entry deleted last, for a few seconds (memory only; see `vault/undo.rs`).
    pub recently_deleted: Option<super::undo::Deleted>,
}

/// What unlocking found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnlockReport {
    /// Failed unlock attempts recorded while the vault was locked. They cannot be
    /// authenticated (anyone with the file could have added them), so they are shown as
    /// unverified.
    pub failed_attempts: u32,
    /// When those attempts say they happened, oldest first.
    pub failed_attempt_times: Vec<DateTime<Utc>>,
    /// Entries removed because their retention ran out.
    pub purged: u32,
    /// Whether the index had to be rebuilt from the entries.
    pub index_rebuilt: bool,
    /// Entries that cannot be read (damaged, or changed outside the app); every other entry is
    /// available.
    pub damaged: Vec<EntryId>,
}

impl Session {
    /// Opens the vault's sealed state with `keys` and checks the file against the head.
    pub fn load(db: &Database, keys: Keys, now: DateTime<Utc>) -> Result<(Session, UnlockReport)> {
        let txn = db.begin_read()?;
        let (vault_id, recipient) = {
            let clear = txn.open_table(CLEAR)?;
            let text = |key: &str| -> Result<String> {
                let value = clear.get(key)?.ok_or(Error::Damaged(Damage::Metadata))?;
                String::from_utf8(value.value().to_vec())
                    .map_err(|_| Error::Damaged(Damage::Metadata))
            };
            (text(clear_keys::VAULT_ID)?, text(clear_keys::RECIPIENT)?)
        };
        if keys.recipient() != recipient {
            return Err(Error::Damaged(Damage::KeyMismatch));
        }
        let head = {
            let clear = txn.open_table(CLEAR)?;
            let bytes = clear.get(clear_keys::HEAD)?.map(|v| v.value().to_vec());
            bytes
                .and_then(|b| Head::decode(&b, &keys, &vault_id, &recipient))
                .ok_or(Error::Damaged(Damage::Head))?
        };
        let scan = sealed::scan(&txn, &keys, head.generation)?;
        if scan.head_behind {
            return Err(Error::Damaged(Damage::Head));
        }
        for part in Part::ALL {
            let recoverable = matches!(part, Part::Entries | Part::Index);
            if !recoverable
                && !constant_time_eq(&scan.digests[part.number()], &head.digests[part.number()])
            {
                return Err(Error::Damaged(Damage::Record(part)));
            }
        }
        let reader = Reader::new(txn, &keys);
        let settings_damaged = || Error::Damaged(Damage::Record(Part::Settings));
        let profile: Profile = reader
            .get(&PROFILE, meta_keys::PROFILE)?
            .ok_or_else(settings_damaged)?;
        let settings: Settings = reader
            .get(&SETTINGS, meta_keys::SETTINGS)?
            .ok_or_else(settings_damaged)?;
        let device = reader
            .get(&DEVICE, meta_keys::DEVICE)?
            .ok_or_else(settings_damaged)?;

        let mut report = UnlockReport::default();
        let mut index = Index::default();
        let mut buckets_ok = constant_time_eq(
            &scan.digests[Part::Index.number()],
            &head.digests[Part::Index.number()],
        );
        reader.for_each(&INDEX_TABLE, |_, bucket| {
            match bucket {
                Some(bytes) if index.load_bucket(&bytes.0).is_some() => {}
                _ => buckets_ok = false,
            }
            Ok(())
        })?;
        let entries_ok = constant_time_eq(
            &scan.digests[Part::Entries.number()],
            &head.digests[Part::Entries.number()],
        );
        let mut damaged = HashSet::new();
        let mut reanchor_entries = false;
        if !buckets_ok || (entries_ok && index.len() != scan.entry_versions.len()) {
            if !entries_ok {
                // Neither the index nor the digest can say which entries are the right ones.
                return Err(Error::Damaged(Damage::Record(Part::Entries)));
            }
            index = Index::default();
            reader.for_each(&ENTRY_TABLE, |key, stored| {
                match stored.filter(|s| s.id.as_u128() == key) {
                    Some(stored) => {
                        let version = scan.entry_versions.get(&key).copied().unwrap_or(0);
                        index.upsert(stored.row(&keys, version));
                    }
                    None => report.damaged.push(EntryId::from_u128(key)),
                }
                Ok(())
            })?;
            report.index_rebuilt = true;
        } else {
            // The index vouches for each entry's version: an entry put back to an older copy,
            // or one the index does not know, is named.
            for row in index.rows() {
                if scan.entry_versions.get(&row.id) != Some(&row.version) {
                    damaged.insert(row.id);
                }
            }
            for id in scan.entry_versions.keys() {
                if index.get(EntryId::from_u128(*id)).is_none() {
                    damaged.insert(*id);
                }
            }
            if !entries_ok && damaged.is_empty() {
                return Err(Error::Damaged(Damage::Record(Part::Entries)));
            }
            reanchor_entries = !entries_ok;
            report
                .damaged
                .extend(damaged.iter().map(|id| EntryId::from_u128(*id)));
        }
        report.damaged.sort();
        let pending = pending_failures(reader.txn(), &keys, now)?;
        drop(reader);

        let mut session = Session {
            keys,
            vault_id,
            device_id: device.0,
            profile,
            settings,
            index,
            head,
            damaged,
            last_activity: now,
            recently_deleted: None,
        };
        if report.index_rebuilt || reanchor_entries || !pending.is_empty() {
            let mut tx = session.begin(db)?;
            if report.index_rebuilt {
                tx.rebuild_index()?;
            }
            if reanchor_entries {
                // Named above and kept unreadable; the digest now describes the file as it is,
                // and the audit log keeps the break visible.
                tx.head.digests[Part::Entries.number()] = scan.digests[Part::Entries.number()];
                tx.audit(NewRecord {
                    at: now,
                    action: AuditAction::ChainBreakDetected,
                    entry: None,
                    reason: format!("entries-changed-outside:{}", report.damaged.len()),
                })?;
            }
            tx.clear_pending_failures()?;
            for failure in &pending {
                tx.audit(NewRecord {
                    at: failure.at,
                    action: AuditAction::UnlockFailure,
                    entry: None,
                    reason: "wrong-passphrase;unverified".into(),
                })?;
            }
            tx.commit()?;
            report.failed_attempts = pending.len() as u32;
            report.failed_attempt_times = pending.iter().map(|f| f.at).collect();
        }
        Ok((session, report))
    }

    /// Starts a write transaction. Its values carry the number it will commit as.
    pub fn begin<'s>(&'s mut self, db: &Database) -> Result<Tx<'s>> {
        let txn = db.begin_write()?;
        let mut head = self.head;
        head.generation = head
            .generation
            .checked_add(1)
            .ok_or(Error::Damaged(Damage::Head))?;
        Ok(Tx {
            txn: Some(txn),
            session: self,
            head,
            undo: Vec::new(),
            weeks: BTreeSet::new(),
        })
    }

    /// Reads of the committed state.
    pub fn reader<'a>(&'a self, db: &Database) -> Result<Reader<'a>> {
        Ok(Reader::new(db.begin_read()?, &self.keys))
    }

    /// An entry's damage as the unlock checks found it.
    pub fn check_entry(&self, id: EntryId) -> Result<()> {
        if self.damaged.contains(&id.as_u128()) {
            Err(Error::EntryDamaged(id))
        } else {
            Ok(())
        }
    }
}

/// The failed attempts waiting in the file: at most [`MAX_PENDING_FAILURES`], the newest, none
/// claiming a time after `now`, oldest first.
fn pending_failures(
    txn: &redb::ReadTransaction,
    keys: &Keys,
    now: DateTime<Utc>,
) -> Result<Vec<PendingFailure>> {
    let table = txn.open_table(PENDING_AUDIT)?;
    let mut failures = Vec::new();
    for item in table.iter()?.rev() {
        let (_, value) = item?;
        if failures.len() == MAX_PENDING_FAILURES {
            break;
        }
        let failure = keys
            .open_addressed(value.value())
            .and_then(|plain| serde_json::from_slice::<PendingFailure>(&plain).ok());
        if let Some(mut failure) = failure {
            failure.at = failure.at.min(now);
            failures.push(failure);
        }
    }
    failures.sort_by_key(|f| f.at);
    Ok(failures)
}

/// One atomic change to the vault. Dropping it without [`Tx::commit`] changes nothing on disk
/// and undoes every index change made through it.
pub(crate) struct Tx<'s> {
    txn: Option<WriteTransaction>,
    pub session: &'s mut Session,
    head: Head,
    /// Each changed entry's row as it was before the first change, oldest change first.
    undo: Vec<(EntryId, Option<Row>)>,
    weeks: BTreeSet<IsoWeek>,
}

impl<'s> Tx<'s> {
    /// Continues a write transaction begun elsewhere (the passphrase change, which re-seals
    /// the file with new keys first), with the session's head as it stands.
    pub fn adopt(txn: WriteTransaction, session: &'s mut Session) -> Tx<'s> {
        let head = session.head;
        Tx {
            txn: Some(txn),
            session,
            head,
            undo: Vec::new(),
            weeks: BTreeSet::new(),
        }
    }

    /// Marks every week's bucket to be written at commit.
    pub fn rewrite_all_buckets(&mut self) {
        let weeks: Vec<IsoWeek> = self.session.index.weeks().collect();
        self.weeks.extend(weeks);
    }

    /// Removes a note made while locked (it was confirmed in this transaction); `false` when
    /// it was not waiting.
    pub(crate) fn remove_pending_note(&mut self, key: u128) -> Result<bool> {
        let mut table = self.txn().open_table(PENDING_NOTES)?;
        let removed = table.remove(key)?.is_some();
        Ok(removed)
    }

    fn txn(&self) -> &WriteTransaction {
        self.txn
            .as_ref()
            .expect("a transaction is present until commit")
    }

    fn writer(&mut self) -> Writer<'_> {
        Writer {
            txn: self
                .txn
                .as_ref()
                .expect("a transaction is present until commit"),
            keys: &self.session.keys,
            head: &mut self.head,
        }
    }

    /// The value under `key` as this transaction sees it.
    pub fn get<'k, K: redb::Key + 'static, V: Codec>(
        &self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
    ) -> Result<Option<V>> {
        let redb_table = self.txn().open_table(table.def)?;
        let Some(stored) = redb_table.get(&key)? else {
            return Ok(None);
        };
        let key_bytes = K::as_bytes(&key);
        let plain = sealed::open(
            &self.session.keys,
            table.part,
            key_bytes.as_ref(),
            stored.value(),
        )
        .ok_or(Error::Damaged(Damage::Record(table.part)))?;
        V::decode(&plain)
            .map(Some)
            .ok_or(Error::Damaged(Damage::Record(table.part)))
    }

    pub fn put<'k, K: redb::Key + 'static, V: Codec>(
        &mut self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
        value: &V,
    ) -> Result<()> {
        self.writer().put(table, key, value)
    }

    pub fn remove<'k, K: redb::Key + 'static, V>(
        &mut self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
    ) -> Result<bool> {
        self.writer().remove(table, key)
    }

    pub fn remove_range<'k, K: redb::Key + 'static, V>(
        &mut self,
        table: &SealedTable<K, V>,
        range: std::ops::RangeInclusive<K::SelfType<'k>>,
    ) -> Result<u32> {
        self.writer().remove_range(table, range)
    }

    /// The version this transaction writes its values with.
    pub fn version(&self) -> u64 {
        self.head.generation
    }

    /// Adds or replaces an entry's index row; its week's bucket is rewritten at commit.
    pub fn index_upsert(&mut self, row: Row) {
        let id = row.id();
        let old = self.session.index.get(id).cloned();
        self.undo.push((id, old));
        self.weeks.extend(self.session.index.upsert(row));
    }

    /// Removes an entry's index row.
    pub fn index_remove(&mut self, id: EntryId) {
        let old = self.session.index.get(id).cloned();
        self.undo.push((id, old));
        self.weeks.extend(self.session.index.remove(id));
    }

    /// Appends an audit record, attributed to this vault's user.
    pub fn audit(&mut self, record: NewRecord) -> Result<()> {
        let profile = &self.session.profile;
        let (link, tip) = audit::link(
            &self.session.keys,
            self.head.audit_count,
            self.head.audit_tip,
            (&profile.pseudonym, profile.role),
            record,
        )?;
        let seq = self.head.audit_count;
        self.writer().put(&audit::AUDIT_TABLE, seq, &link)?;
        self.head.audit_count = seq.checked_add(1).ok_or(Error::Damaged(Damage::Head))?;
        self.head.audit_tip = tip;
        Ok(())
    }

    /// Replaces the clear language record (readable before unlock; not personal data).
    pub fn set_clear_language(&mut self, code: &str) -> Result<()> {
        self.txn()
            .open_table(CLEAR)?
            .insert(clear_keys::LANGUAGE, code.as_bytes())?;
        Ok(())
    }

    fn clear_pending_failures(&mut self) -> Result<()> {
        let txn = self.txn();
        txn.delete_table(PENDING_AUDIT)?;
        txn.open_table(PENDING_AUDIT)?;
        Ok(())
    }

    /// Writes every bucket anew from the in-memory index.
    fn rebuild_index(&mut self) -> Result<()> {
        self.writer().clear(&INDEX_TABLE)?;
        self.rewrite_all_buckets();
        Ok(())
    }

    /// Rewrites the sealed index bucket of `week` from the in-memory index.
    fn put_bucket(&mut self, week: IsoWeek) -> Result<()> {
        let key = self.session.keys.bucket(&bucket_name(week));
        if self.session.index.in_week(week).next().is_none() {
            self.writer().remove(&INDEX_TABLE, key)?;
        } else {
            let bucket = Bytes(zeroize::Zeroizing::new(
                self.session.index.encode_bucket(week),
            ));
            self.writer().put(&INDEX_TABLE, key, &bucket)?;
        }
        Ok(())
    }

    /// Makes the change durable, with the buckets it touched and the new head; only then does
    /// the session adopt the new head.
    pub fn commit(mut self) -> Result<()> {
        for week in std::mem::take(&mut self.weeks) {
            self.put_bucket(week)?;
        }
        let encoded = self.head.encode(
            &self.session.keys,
            &self.session.vault_id,
            &self.session.keys.recipient(),
        );
        self.txn()
            .open_table(CLEAR)?
            .insert(clear_keys::HEAD, encoded.as_slice())?;
        let txn = self
            .txn
            .take()
            .expect("a transaction is present until commit");
        txn.commit()?;
        self.session.head = self.head;
        self.undo.clear();
        Ok(())
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        for (id, old) in self.undo.drain(..).rev() {
            match old {
                Some(row) => {
                    self.session.index.upsert(row);
                }
                None => {
                    self.session.index.remove(id);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::{Deserialize, Serialize};

    use super::*;
    use crate::store::REMINDERS;
    use crate::store::sealed::JsonRecord;
    use crate::{Lang, Role, Vault, VaultOptions, WORK_FACTOR_MIN};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Value(u32);
    impl JsonRecord for Value {}

    /// A table of the layer's own, over a raw table no other test value lives in here.
    const TABLE: SealedTable<u64, Value> = SealedTable::new(REMINDERS, Part::Reminders);

    #[derive(Debug, Clone)]
    enum Op {
        Put(u64, u32),
        Remove(u64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u64..8, any::<u32>()).prop_map(|(k, v)| Op::Put(k, v)),
            (0u64..8).prop_map(Op::Remove),
        ]
    }

    fn vault() -> Vault {
        let profile = crate::Profile {
            role: Role::YouthWorker,
            organisation: "Jongerenwerk Zuid".into(),
            pseudonym: "JW-07".into(),
            language: Lang::Nl,
        };
        let options = VaultOptions {
            work_factor: WORK_FACTOR_MIN,
            ..VaultOptions::default()
        };
        Vault::create_in_memory("fietsbel paraplu wolkenkrabber", profile, options).unwrap()
    }

    fn contents(vault: &Vault) -> BTreeMap<u64, u32> {
        let mut guard = vault.guard();
        let (db, session) = guard.unlocked().unwrap();
        let mut found = BTreeMap::new();
        session
            .reader(db)
            .unwrap()
            .for_each(&TABLE, |key, value| {
                found.insert(key, value.expect("every value opens").0);
                Ok(())
            })
            .unwrap();
        found
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// Any sequence of puts, removes and aborted transactions reads back as the committed
        /// ones say, and the head still vouches for the file at the next unlock.
        #[test]
        fn committed_changes_read_back_and_aborted_ones_leave_nothing(
            transactions in proptest::collection::vec(
                (proptest::collection::vec(op(), 0..6), any::<bool>()), 1..12),
        ) {
            let vault = vault();
            let mut model: BTreeMap<u64, u32> = BTreeMap::new();
            for (ops, commit) in transactions {
                let mut guard = vault.guard();
                let (db, session) = guard.unlocked().unwrap();
                let mut tx = session.begin(db).unwrap();
                let mut staged = model.clone();
                for op in ops {
                    match op {
                        Op::Put(k, v) => {
                            tx.put(&TABLE, k, &Value(v)).unwrap();
                            staged.insert(k, v);
                        }
                        Op::Remove(k) => {
                            let existed = tx.remove(&TABLE, k).unwrap();
                            prop_assert_eq!(existed, staged.remove(&k).is_some());
                        }
                    }
                }
                if commit {
                    tx.commit().unwrap();
                    model = staged;
                } else {
                    drop(tx);
                }
                drop(guard);
                prop_assert_eq!(contents(&vault), model.clone());
            }
            vault.lock();
            vault.unlock("fietsbel paraplu wolkenkrabber").unwrap();
            prop_assert_eq!(contents(&vault), model);
        }
    }
}

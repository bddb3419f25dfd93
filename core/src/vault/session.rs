//! An unlocked vault: the keys and the decrypted index, and the write transaction that keeps
//! entries, index buckets and the audit chain in one atomic commit.

use chrono::{DateTime, Utc};
use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, WriteTransaction};

use crate::audit::{self, AuditAction, Head, NewRecord, PendingFailure};
use crate::crypto::Keys;
use crate::error::{Error, Result};
use crate::model::EntryId;
use crate::profile::{Profile, Settings};
use crate::store::index::{Index, bucket_name};
use crate::store::{AUDIT, ENTRIES, INDEX, META, PENDING_AUDIT, meta_keys};
use crate::time::IsoWeek;

use super::records::StoredEntry;

pub(crate) struct Session {
    pub keys: Keys,
    pub device_id: String,
    pub profile: Profile,
    pub settings: Settings,
    pub index: Index,
    pub head: Head,
    pub last_activity: DateTime<Utc>,
}

/// What unlocking found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnlockReport {
    /// Failed unlock attempts since the last successful one.
    pub failed_attempts: u32,
    /// Entries removed because their retention ran out.
    pub purged: u32,
    /// Whether the index had to be rebuilt from the entries.
    pub index_rebuilt: bool,
    /// Entries that could not be decrypted while rebuilding; every other entry is available.
    pub damaged: Vec<EntryId>,
}

impl Session {
    /// Opens the sealed state of the vault with `keys`.
    pub fn load(db: &Database, keys: Keys, now: DateTime<Utc>) -> Result<(Session, UnlockReport)> {
        let read = db.begin_read()?;
        let meta = read.open_table(META)?;
        let profile: Profile = open_json(&meta, meta_keys::PROFILE, &keys)?;
        let settings: Settings = open_json(&meta, meta_keys::SETTINGS, &keys)?;
        let device_id = {
            let damaged = || Error::Damaged(crate::error::Damage::Metadata);
            let value = meta.get(meta_keys::DEVICE)?.ok_or_else(damaged)?;
            let plain = keys.open(value.value()).ok_or_else(damaged)?;
            String::from_utf8(plain.to_vec()).map_err(|_| damaged())?
        };
        let stored_head = audit::read_head(&meta, &keys)?;
        let audit_table = read.open_table(AUDIT)?;
        let tail_head = match audit_table.last()? {
            Some((seq, value)) => {
                let bytes = value.value();
                let mut last_mac = [0u8; 32];
                if bytes.len() >= 64 {
                    last_mac.copy_from_slice(&bytes[32..64]);
                }
                Head {
                    count: seq.value() + 1,
                    last_mac,
                }
            }
            None => Head::EMPTY,
        };
        let (head, chain_break) = match stored_head {
            Some(head) => (head, false),
            None => (tail_head, true),
        };

        let mut report = UnlockReport::default();
        let entries = read.open_table(ENTRIES)?;
        let mut index = Index::default();
        let mut buckets_ok = true;
        for item in read.open_table(INDEX)?.iter()? {
            let (_, value) = item?;
            match keys.open(value.value()) {
                Some(plain) if index.load_bucket(&plain).is_some() => {}
                _ => buckets_ok = false,
            }
        }
        if !buckets_ok || index.len() as u64 != entries.len()? {
            index = Index::default();
            for item in entries.iter()? {
                let (key, value) = item?;
                let id = EntryId::from_u128(key.value());
                match StoredEntry::open(&keys, value.value()) {
                    Some(stored) => {
                        index.upsert(stored.row(&keys));
                    }
                    None => report.damaged.push(id),
                }
            }
            report.index_rebuilt = true;
        }
        let pending: Vec<(u64, PendingFailure)> = read
            .open_table(PENDING_AUDIT)?
            .iter()?
            .filter_map(|item| item.ok())
            .filter_map(|(k, v)| {
                let plain = keys.open(v.value())?;
                Some((k.value(), serde_json::from_slice(&plain).ok()?))
            })
            .collect();
        drop((meta, audit_table, entries, read));

        let mut session = Session {
            keys,
            device_id,
            profile,
            settings,
            index,
            head,
            last_activity: now,
        };
        let rebuilt_weeks: Vec<IsoWeek> = if report.index_rebuilt {
            session.index.weeks().collect()
        } else {
            vec![]
        };
        if chain_break || !pending.is_empty() || report.index_rebuilt {
            let mut tx = session.begin(db)?;
            if chain_break {
                tx.audit(NewRecord {
                    at: now,
                    action: AuditAction::ChainBreakDetected,
                    entry: None,
                    reason: "audit-head-invalid".into(),
                })?;
            }
            let mut pending = pending;
            pending.sort_by_key(|(_, failure)| failure.at);
            {
                let mut table = tx.txn.open_table(PENDING_AUDIT)?;
                for (key, _) in &pending {
                    table.remove(key)?;
                }
            }
            for (_, failure) in &pending {
                tx.audit(NewRecord {
                    at: failure.at,
                    action: AuditAction::UnlockFailure,
                    entry: None,
                    reason: "wrong-passphrase".into(),
                })?;
            }
            if report.index_rebuilt {
                tx.txn.delete_table(INDEX)?;
                for week in &rebuilt_weeks {
                    tx.put_bucket(*week)?;
                }
            }
            tx.commit()?;
            report.failed_attempts = pending.len() as u32;
        }
        Ok((session, report))
    }

    /// Starts a write transaction that appends to this session's audit chain.
    pub fn begin<'s>(&'s mut self, db: &Database) -> Result<Tx<'s>> {
        let txn = db.begin_write()?;
        let head = self.head;
        Ok(Tx {
            txn,
            session: self,
            head,
        })
    }
}

fn open_json<T: serde::de::DeserializeOwned>(
    meta: &impl ReadableTable<&'static str, &'static [u8]>,
    key: &str,
    keys: &Keys,
) -> Result<T> {
    let damaged = || Error::Damaged(crate::error::Damage::Metadata);
    let value = meta.get(key)?.ok_or_else(damaged)?;
    let plain = keys.open(value.value()).ok_or_else(damaged)?;
    serde_json::from_slice(&plain).map_err(|_| damaged())
}

/// One atomic change to the vault. Dropping it without [`Tx::commit`] changes nothing on disk;
/// the caller restores any in-memory index change it made.
pub(crate) struct Tx<'s> {
    pub txn: WriteTransaction,
    pub session: &'s mut Session,
    head: Head,
}

impl Tx<'_> {
    /// Appends an audit record, attributed to this vault's user.
    pub fn audit(&mut self, record: NewRecord) -> Result<()> {
        let mut audit_table = self.txn.open_table(AUDIT)?;
        let mut meta = self.txn.open_table(META)?;
        let profile = &self.session.profile;
        self.head = audit::append(
            &mut audit_table,
            &mut meta,
            &self.session.keys,
            self.head,
            (&profile.pseudonym, profile.role),
            record,
        )?;
        Ok(())
    }

    /// Rewrites the sealed index bucket of `week` from the in-memory index.
    pub fn put_bucket(&mut self, week: IsoWeek) -> Result<()> {
        let key = self.session.keys.bucket(&bucket_name(week));
        let mut table = self.txn.open_table(INDEX)?;
        if self.session.index.in_week(week).next().is_none() {
            table.remove(key)?;
        } else {
            let sealed = self
                .session
                .keys
                .seal(&self.session.index.encode_bucket(week))?;
            table.insert(key, sealed.as_slice())?;
        }
        Ok(())
    }

    /// Seals `value` as JSON under `key` in the meta table.
    pub fn put_meta_json<T: serde::Serialize>(&mut self, key: &str, value: &T) -> Result<()> {
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(value).map_err(Error::storage)?);
        let sealed = self.session.keys.seal(&plain)?;
        self.txn.open_table(META)?.insert(key, sealed.as_slice())?;
        Ok(())
    }

    /// Makes the change durable; only then does the session adopt the new audit head.
    pub fn commit(self) -> Result<()> {
        let Tx { txn, session, head } = self;
        txn.commit()?;
        session.head = head;
        Ok(())
    }
}

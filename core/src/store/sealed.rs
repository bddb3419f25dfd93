//! The one way values are read and written: typed sealed tables.
//!
//! A [`SealedTable`] names a redb table, the [`Part`] of the vault it belongs to and the type of
//! its values. Every value is stored as `version ‖ age file`, sealed (see `crypto::bound`) to
//! its place: the part, the key and the version (the number of the write transaction that
//! wrote it). Reading checks all three, decodes, and validates the value as input would be
//! validated; anything else is damage of that record, reported as such — never a panic, never
//! a silently different value.
//!
//! Every write also keeps the part's digest in the head up to date: the XOR of a keyed MAC of
//! (part, key, version) over all live records. At unlock the digests are recomputed from the
//! file, so a record deleted, added, moved or put back to an older version is noticed even if
//! it is never read.

use std::marker::PhantomData;

use redb::{ReadTransaction, ReadableTable, TableDefinition, WriteTransaction};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::head::Head;
use crate::crypto::Keys;
pub use crate::error::Part;
use crate::error::{Damage, Error, Result};

/// How a value type becomes bytes and back. `decode` is where stored values meet the same
/// checks as input.
pub(crate) trait Codec: Sized {
    fn encode(&self) -> Result<Zeroizing<Vec<u8>>>;
    fn decode(bytes: &[u8]) -> Option<Self>;
}

/// A value kept as JSON. `valid` says whether a decoded value is within what input allows.
pub(crate) trait JsonRecord: Serialize + DeserializeOwned {
    fn valid(&self) -> bool {
        true
    }
}

impl<T: JsonRecord> Codec for T {
    fn encode(&self) -> Result<Zeroizing<Vec<u8>>> {
        serde_json::to_vec(self)
            .map(Zeroizing::new)
            .map_err(Error::storage)
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice::<T>(bytes)
            .ok()
            .filter(JsonRecord::valid)
    }
}

/// Bytes kept as they are (attachments, encoded index buckets).
pub(crate) struct Bytes(pub Zeroizing<Vec<u8>>);

impl Codec for Bytes {
    fn encode(&self) -> Result<Zeroizing<Vec<u8>>> {
        Ok(self.0.clone())
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        Some(Bytes(Zeroizing::new(bytes.to_vec())))
    }
}

/// A redb table whose values are sealed `V`s.
pub struct SealedTable<K: redb::Key + 'static, V> {
    pub(crate) def: TableDefinition<'static, K, &'static [u8]>,
    pub(crate) part: Part,
    value: PhantomData<fn() -> V>,
}

impl<K: redb::Key + 'static, V> SealedTable<K, V> {
    /// A typed, sealed view of the raw table `def` (see the table list in `store`).
    pub(crate) const fn new(def: TableDefinition<'static, K, &'static [u8]>, part: Part) -> Self {
        SealedTable {
            def,
            part,
            value: PhantomData,
        }
    }
}

const VERSION_BYTES: usize = 8;

/// What a value is sealed to.
fn place(part: Part, key: &[u8], version: u64) -> Vec<u8> {
    let mut place = Vec::with_capacity(12 + key.len() + VERSION_BYTES);
    place.extend_from_slice(b"lw-place/1");
    place.push(part.number() as u8);
    place.extend_from_slice(&(key.len() as u32).to_be_bytes());
    place.extend_from_slice(key);
    place.extend_from_slice(&version.to_be_bytes());
    place
}

/// The version a stored value claims (0 when it is too short to claim any).
pub(crate) fn stored_version(stored: &[u8]) -> u64 {
    stored
        .get(..VERSION_BYTES)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes)
        .unwrap_or(0)
}

/// A record's contribution to its part's digest.
pub(crate) fn element(keys: &Keys, part: Part, key: &[u8], version: u64) -> [u8; 32] {
    keys.mac(&[
        b"element",
        &[part.number() as u8],
        key,
        &version.to_be_bytes(),
    ])
}

pub(crate) fn xor_into(digest: &mut [u8; 32], element: &[u8; 32]) {
    for (d, e) in digest.iter_mut().zip(element) {
        *d ^= e;
    }
}

/// Seals `plain` for `key` at `version`: the bytes a table holds.
pub(crate) fn seal(
    keys: &Keys,
    part: Part,
    key: &[u8],
    version: u64,
    plain: &[u8],
) -> Result<Vec<u8>> {
    let sealed = keys.seal_at(&place(part, key, version), plain)?;
    let mut out = Vec::with_capacity(VERSION_BYTES + sealed.len());
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens stored bytes found under `key`; `None` when they were not sealed there by this vault.
pub(crate) fn open(
    keys: &Keys,
    part: Part,
    key: &[u8],
    stored: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    let sealed = stored.get(VERSION_BYTES..)?;
    keys.open_at(&place(part, key, stored_version(stored)), sealed)
}

fn damaged(part: Part) -> Error {
    Error::Damaged(Damage::Record(part))
}

/// Reads of one consistent snapshot of the vault.
pub(crate) struct Reader<'a> {
    txn: ReadTransaction,
    keys: &'a Keys,
}

impl<'a> Reader<'a> {
    pub fn new(txn: ReadTransaction, keys: &'a Keys) -> Reader<'a> {
        Reader { txn, keys }
    }

    /// The value under `key`, `None` when there is none; damage is an error naming the part
    /// (callers about one entry turn it into that entry's damage).
    pub fn get<'k, K: redb::Key + 'static, V: Codec>(
        &self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
    ) -> Result<Option<V>> {
        let redb_table = self.txn.open_table(table.def)?;
        let Some(stored) = redb_table.get(&key)? else {
            return Ok(None);
        };
        let key_bytes = K::as_bytes(&key);
        decode_stored(self.keys, table.part, key_bytes.as_ref(), stored.value()).map(Some)
    }

    /// Calls `f` with every key and value (`None` for a damaged value), in key order.
    pub fn for_each<K: redb::Key + 'static, V: Codec>(
        &self,
        table: &SealedTable<K, V>,
        mut f: impl FnMut(K::SelfType<'_>, Option<V>) -> Result<()>,
    ) -> Result<()> {
        let redb_table = self.txn.open_table(table.def)?;
        for item in redb_table.iter()? {
            let (key, value) = item?;
            let key = key.value();
            let key_bytes = K::as_bytes(&key);
            let decoded = decode_stored(self.keys, table.part, key_bytes.as_ref(), value.value());
            drop(key_bytes);
            f(key, decoded.ok())?;
        }
        Ok(())
    }

    /// The values of the keys in `range`, in key order; a damaged value is an error.
    pub fn range<'k, K: redb::Key + 'static, V: Codec>(
        &self,
        table: &SealedTable<K, V>,
        range: std::ops::RangeInclusive<K::SelfType<'k>>,
    ) -> Result<Vec<V>> {
        let redb_table = self.txn.open_table(table.def)?;
        let mut out = Vec::new();
        for item in redb_table.range(range)? {
            let (key, value) = item?;
            let key = key.value();
            let key_bytes = K::as_bytes(&key);
            out.push(decode_stored(
                self.keys,
                table.part,
                key_bytes.as_ref(),
                value.value(),
            )?);
        }
        Ok(out)
    }

    /// How many records the table holds, without opening any.
    pub fn len<K: redb::Key + 'static, V>(&self, table: &SealedTable<K, V>) -> Result<u64> {
        use redb::ReadableTableMetadata;
        Ok(self.txn.open_table(table.def)?.len()?)
    }

    pub fn txn(&self) -> &ReadTransaction {
        &self.txn
    }
}

fn decode_stored<V: Codec>(keys: &Keys, part: Part, key: &[u8], stored: &[u8]) -> Result<V> {
    let plain = open(keys, part, key, stored).ok_or_else(|| damaged(part))?;
    V::decode(&plain).ok_or_else(|| damaged(part))
}

/// Writes inside one redb write transaction, keeping the head's digests in step.
pub(crate) struct Writer<'t> {
    pub txn: &'t WriteTransaction,
    pub keys: &'t Keys,
    pub head: &'t mut Head,
}

impl Writer<'_> {
    /// Seals and stores `value` under `key`, replacing what was there.
    pub fn put<'k, K: redb::Key + 'static, V: Codec>(
        &mut self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
        value: &V,
    ) -> Result<()> {
        let plain = value.encode()?;
        self.put_plain(table, key, &plain)
    }

    /// Like [`Writer::put`] with already encoded bytes (a re-seal).
    pub fn put_plain<'k, K: redb::Key + 'static, V>(
        &mut self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
        plain: &[u8],
    ) -> Result<()> {
        let version = self.head.generation;
        let part = table.part;
        let mut redb_table = self.txn.open_table(table.def)?;
        let key_bytes = K::as_bytes(&key).as_ref().to_vec();
        if let Some(old) = redb_table.get(&key)? {
            let old_version = stored_version(old.value());
            drop(old);
            self.head
                .forget(part, element(self.keys, part, &key_bytes, old_version));
        }
        let stored = seal(self.keys, part, &key_bytes, version, plain)?;
        redb_table.insert(&key, stored.as_slice())?;
        self.head
            .remember(part, element(self.keys, part, &key_bytes, version));
        Ok(())
    }

    /// Removes the value under `key`; whether there was one.
    pub fn remove<'k, K: redb::Key + 'static, V>(
        &mut self,
        table: &SealedTable<K, V>,
        key: K::SelfType<'k>,
    ) -> Result<bool> {
        let part = table.part;
        let mut redb_table = self.txn.open_table(table.def)?;
        let key_bytes = K::as_bytes(&key).as_ref().to_vec();
        let Some(old) = redb_table.remove(&key)? else {
            return Ok(false);
        };
        let old_version = stored_version(old.value());
        drop(old);
        self.head
            .forget(part, element(self.keys, part, &key_bytes, old_version));
        Ok(true)
    }

    /// Removes every value with a key in `range`.
    pub fn remove_range<'k, K: redb::Key + 'static, V>(
        &mut self,
        table: &SealedTable<K, V>,
        range: std::ops::RangeInclusive<K::SelfType<'k>>,
    ) -> Result<u32> {
        let part = table.part;
        let mut redb_table = self.txn.open_table(table.def)?;
        let mut gone = Vec::new();
        for item in redb_table.range(range)? {
            let (key, value) = item?;
            let key = key.value();
            gone.push((
                K::as_bytes(&key).as_ref().to_vec(),
                stored_version(value.value()),
            ));
        }
        for (key_bytes, version) in &gone {
            self.head
                .forget(part, element(self.keys, part, key_bytes, *version));
        }
        let mut removed = 0;
        for (key_bytes, _) in &gone {
            let key = K::from_bytes(key_bytes);
            if redb_table.remove(&key)?.is_some() {
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Removes every value of the table (a rebuild follows).
    pub fn clear<K: redb::Key + 'static, V>(&mut self, table: &SealedTable<K, V>) -> Result<()> {
        self.txn.delete_table(table.def)?;
        self.txn.open_table(table.def)?;
        self.head.digests[table.part.number()] = [0; 32];
        Ok(())
    }
}

/// Recomputes every part's digest from the file and the highest version any value claims:
/// what unlock compares with the head.
///
/// A value this vault sealed that claims a version after `generation` means the head is older
/// than the data.
pub(crate) fn scan(txn: &ReadTransaction, keys: &Keys, generation: u64) -> Result<Scan> {
    let mut scan = Scan {
        generation,
        ..Scan::default()
    };
    for part in Part::ALL {
        scan_part(txn, keys, part, &mut scan)?;
    }
    Ok(scan)
}

/// What the file holds, as [`scan`] found it.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    generation: u64,
    pub digests: [[u8; 32]; Part::ALL.len()],
    /// Whether a value this vault sealed claims a version after the head's: the head is older
    /// than the data.
    pub head_behind: bool,
    /// Entry ids with the version each entry's value claims.
    pub entry_versions: std::collections::HashMap<u128, u64>,
}

fn scan_part(txn: &ReadTransaction, keys: &Keys, part: Part, scan: &mut Scan) -> Result<()> {
    use super::{
        ATTACHMENTS, AUDIT, ENTRIES, INDEX, META, OUTBOX, REMINDERS, REVISIONS, SHARING,
        TEAM_REPORTS,
    };
    fn each<K: redb::Key + 'static>(
        txn: &ReadTransaction,
        keys: &Keys,
        def: TableDefinition<'static, K, &'static [u8]>,
        part: Part,
        scan: &mut Scan,
        mut also: impl FnMut(&K::SelfType<'_>, u64, &mut Scan),
    ) -> Result<()> {
        let redb_table = txn.open_table(def)?;
        for item in redb_table.iter()? {
            let (key, value) = item?;
            let key = key.value();
            let version = stored_version(value.value());
            let key_bytes = K::as_bytes(&key);
            let e = element(keys, part, key_bytes.as_ref(), version);
            xor_into(&mut scan.digests[part.number()], &e);
            if version > scan.generation {
                // A forged value (one that does not open) is caught by its part's digest.
                if open(keys, part, key_bytes.as_ref(), value.value()).is_some() {
                    scan.head_behind = true;
                }
            }
            drop(key_bytes);
            also(&key, version, scan);
        }
        Ok(())
    }
    fn none<T: ?Sized>(_: &T, _: u64, _: &mut Scan) {}
    match part {
        Part::Settings => each(txn, keys, META, part, scan, |_: &&str, _, _| {}),
        Part::Entries => each(
            txn,
            keys,
            ENTRIES,
            part,
            scan,
            |id: &u128, version, scan| {
                scan.entry_versions.insert(*id, version);
            },
        ),
        Part::Revisions => each(txn, keys, REVISIONS, part, scan, none),
        Part::Attachments => each(txn, keys, ATTACHMENTS, part, scan, none),
        Part::Index => each(txn, keys, INDEX, part, scan, none),
        Part::AuditLog => each(txn, keys, AUDIT, part, scan, none),
        Part::Sharing => each(txn, keys, SHARING, part, scan, none),
        Part::Outbox => each(txn, keys, OUTBOX, part, scan, none),
        Part::Reminders => each(txn, keys, REMINDERS, part, scan, none),
        Part::TeamReports => each(txn, keys, TEAM_REPORTS, part, scan, none),
    }
}

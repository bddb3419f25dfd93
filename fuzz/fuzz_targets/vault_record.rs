//! One sealed record of the vault (an entry, an index bucket or a meta record) changed with
//! redb itself, as an attacker with the storage can: the vault names the damage or refuses to
//! open; it never panics.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use leefwereld_core::store::{self, DATABASE_FILE};
use leefwereld_fuzz::{Edit, Pristine, mutate};
use libfuzzer_sys::fuzz_target;
use redb::ReadableTable;

#[derive(Debug, Arbitrary)]
struct Input {
    table: u8,
    record: u8,
    edits: Vec<Edit>,
}

fuzz_target!(|input: Input| {
    static VAULT: OnceLock<Pristine> = OnceLock::new();
    let vault = VAULT.get_or_init(Pristine::new);
    let dir = vault.copy(None);
    {
        let db = redb::Database::open(dir.join(DATABASE_FILE)).unwrap();
        let txn = db.begin_write().unwrap();
        match input.table % 3 {
            0 => {
                let mut table = txn.open_table(store::ENTRIES).unwrap();
                let rows: Vec<(u128, Vec<u8>)> = table
                    .iter()
                    .unwrap()
                    .flatten()
                    .map(|(k, v)| (k.value(), v.value().to_vec()))
                    .collect();
                let (key, value) = &rows[input.record as usize % rows.len()];
                table
                    .insert(*key, mutate(value, &input.edits).as_slice())
                    .unwrap();
            }
            1 => {
                let mut table = txn.open_table(store::INDEX).unwrap();
                let rows: Vec<(u64, Vec<u8>)> = table
                    .iter()
                    .unwrap()
                    .flatten()
                    .map(|(k, v)| (k.value(), v.value().to_vec()))
                    .collect();
                let (key, value) = &rows[input.record as usize % rows.len()];
                table
                    .insert(*key, mutate(value, &input.edits).as_slice())
                    .unwrap();
            }
            _ => {
                let mut table = txn.open_table(store::META).unwrap();
                let rows: Vec<(String, Vec<u8>)> = table
                    .iter()
                    .unwrap()
                    .flatten()
                    .map(|(k, v)| (k.value().to_owned(), v.value().to_vec()))
                    .collect();
                let (key, value) = &rows[input.record as usize % rows.len()];
                table
                    .insert(key.as_str(), mutate(value, &input.edits).as_slice())
                    .unwrap();
            }
        }
        txn.commit().unwrap();
    }
    let _ = vault.use_vault(&dir);
});

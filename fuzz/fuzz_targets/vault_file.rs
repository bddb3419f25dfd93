//! The vault's redb file with arbitrary byte runs overwritten (a forged or torn page): it opens
//! or gives a typed error; it never panics.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use leefwereld_core::store::DATABASE_FILE;
use leefwereld_fuzz::Pristine;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    changes: Vec<(u32, Vec<u8>)>,
}

fuzz_target!(|input: Input| {
    static VAULT: OnceLock<Pristine> = OnceLock::new();
    let vault = VAULT.get_or_init(Pristine::new);
    let mut file = vault.file(DATABASE_FILE).to_vec();
    let len = file.len();
    for (at, run) in input.changes.iter().take(16) {
        let at = *at as usize % len;
        let end = (at + run.len()).min(len);
        file[at..end].copy_from_slice(&run[..end - at]);
    }
    let dir = vault.copy(Some((DATABASE_FILE, &file)));
    let _ = vault.use_vault(&dir);
});

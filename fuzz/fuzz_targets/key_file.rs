//! The key file next to the vault, replaced by anyone with the phone's storage: unlocking
//! fails with a typed error unless it is the vault's own key file.
#![no_main]

use std::sync::OnceLock;

use leefwereld_core::store::KEY_FILE;
use leefwereld_fuzz::Pristine;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static VAULT: OnceLock<Pristine> = OnceLock::new();
    let vault = VAULT.get_or_init(Pristine::new);
    let dir = vault.copy(Some((KEY_FILE, data)));
    let opened = vault.use_vault(&dir);
    if data != vault.file(KEY_FILE) {
        assert!(opened.is_err(), "a changed key file unlocked the vault");
    }
});

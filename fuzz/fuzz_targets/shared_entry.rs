//! The shared-entry JSON and its age encryption, as the municipality receives a document.
#![no_main]

use std::sync::OnceLock;

use leefwereld_core::share::payload::{SharedEntry, decrypt_with};
use libfuzzer_sys::fuzz_target;

fn identity() -> &'static str {
    static IDENTITY: OnceLock<String> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        use age::secrecy::ExposeSecret;
        age::x25519::Identity::generate()
            .to_string()
            .expose_secret()
            .to_owned()
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(entry) = serde_json::from_slice::<SharedEntry>(data) {
        let again: SharedEntry = serde_json::from_str(&entry.to_json()).unwrap();
        assert_eq!(again, entry);
    }
    // Not encrypted to this identity: whatever the bytes, nothing opens.
    assert!(decrypt_with(identity(), data).is_none());
});

//! The connection profile, as a file, a paste or a QR code (`LWP1:` text) from anyone.
#![no_main]

use leefwereld_core::Lang;
use leefwereld_core::sync::ConnectionProfile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match ConnectionProfile::parse(&text) {
        Ok(profile) => assert_eq!(profile.validate(), Ok(())),
        Err(problem) => assert!(!problem.localized(Lang::Nl).is_empty()),
    }
});

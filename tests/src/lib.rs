//! Shared set-up for Leefwereld's cross-crate tests: fixtures that read like the situations
//! they stand for, and the helper binaries the crash tests drive.

pub mod cases;
pub mod fuzz;
pub mod hostile;
pub mod municipality;
pub mod recorder;
pub mod zgw;

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use leefwereld_core::{
    Clock, EntryContent, Lang, Platform, Profile, Role, SystemClock, Theme, Vault, VaultOptions,
    WORK_FACTOR_MIN,
};

/// A passphrase the strength check accepts.
pub const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";

/// A youth worker's profile as onboarding would store it.
pub fn youth_worker() -> Profile {
    Profile {
        role: Role::YouthWorker,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language: Lang::Nl,
    }
}

/// Options with a fast KDF (tests only) and the given clock.
pub fn fast_options(clock: Arc<dyn Clock>) -> VaultOptions {
    VaultOptions {
        work_factor: WORK_FACTOR_MIN,
        clock,
    }
}

/// The second passphrase the crash test rotates to and back.
pub const OTHER_PASSPHRASE: &str = "zeilboot lantaarn kaasschaaf";

thread_local! {
    static CURRENT: std::cell::Cell<&'static str> = const { std::cell::Cell::new(PASSPHRASE) };
}

/// The passphrase the vault was last unlocked or changed with in this process, and the other.
pub fn passphrases() -> (&'static str, &'static str) {
    let current = CURRENT.get();
    let other = if current == PASSPHRASE {
        OTHER_PASSPHRASE
    } else {
        PASSPHRASE
    };
    (current, other)
}

/// Notes which passphrase now opens the vault.
pub fn remember_passphrase(passphrase: &'static str) {
    CURRENT.set(passphrase);
}

/// Opens the vault at `dir`, creating it first when it does not exist, and unlocks it with
/// whichever of the two test passphrases opens it (a passphrase change may have been cut off
/// at any instant: exactly one of them must work).
pub fn open_or_create(dir: &Path) -> leefwereld_core::Result<Vault> {
    let options = fast_options(Arc::new(SystemClock));
    if Vault::exists(dir) {
        let vault = Vault::open_with(dir, options)?;
        for passphrase in [PASSPHRASE, OTHER_PASSPHRASE] {
            match vault.unlock(passphrase) {
                Ok(_) => {
                    remember_passphrase(passphrase);
                    return Ok(vault);
                }
                Err(leefwereld_core::Error::WrongPassphrase) => {}
                Err(err) => return Err(err),
            }
        }
        Err(leefwereld_core::Error::WrongPassphrase)
    } else {
        Vault::create(dir, PASSPHRASE, youth_worker(), options)
    }
}

/// A trend note whose text carries `marker`.
pub fn marked_trend(marker: &str, at: DateTime<Utc>) -> EntryContent {
    EntryContent::trend(
        Theme::Recruitment,
        Platform::Telegram,
        format!("Ronselkanaal gezien, kenmerk {marker}"),
        at,
    )
}

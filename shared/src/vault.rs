//! The vault object: lifecycle, language, profile and settings. Entry and audit calls live in
//! their own modules as further `impl Vault` blocks.

use std::sync::Arc;

use leefwereld_core as lw;
use zeroize::Zeroizing;

use crate::types::{Lang, to_ms};
use leefwereld_core::ffi::LeefwereldError;
use leefwereld_core::{Profile, Settings};

/// Choices made when a vault is created or opened.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct VaultOptions {
    /// scrypt work factor (log2 N) for the key file when a passphrase is set. `None` is the
    /// phone default; tests and the training mode may go down to `work_factors().min`.
    #[uniffi(default = None)]
    pub work_factor: Option<u8>,
}

/// The scrypt work factors the core accepts.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WorkFactors {
    pub min: u8,
    pub default: u8,
    pub max: u8,
}

/// The work factors of the core.
#[uniffi::export]
pub fn work_factors() -> WorkFactors {
    WorkFactors {
        min: lw::WORK_FACTOR_MIN,
        default: lw::WORK_FACTOR_DEFAULT,
        max: lw::WORK_FACTOR_MAX,
    }
}

impl VaultOptions {
    fn to_core(&self) -> Result<lw::VaultOptions, LeefwereldError> {
        let mut options = lw::VaultOptions::default();
        if let Some(work_factor) = self.work_factor {
            if !(lw::WORK_FACTOR_MIN..=lw::WORK_FACTOR_MAX).contains(&work_factor) {
                return Err(LeefwereldError::out_of_range("work_factor"));
            }
            options.work_factor = work_factor;
        }
        Ok(options)
    }
}

/// What unlocking found and did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnlockReport {
    /// Failed unlock attempts since the last successful one.
    pub failed_attempts: u32,
    /// Entries removed because their retention ran out.
    pub purged: u32,
    /// Whether the index had to be rebuilt from the entries.
    pub index_rebuilt: bool,
    /// Ids of entries that could not be decrypted; every other entry is available.
    pub damaged: Vec<String>,
}

impl From<lw::UnlockReport> for UnlockReport {
    fn from(r: lw::UnlockReport) -> Self {
        UnlockReport {
            failed_attempts: r.failed_attempts,
            purged: r.purged,
            index_rebuilt: r.index_rebuilt,
            damaged: r.damaged.iter().map(ToString::to_string).collect(),
        }
    }
}

/// Whether `path` holds a vault (complete or damaged).
#[uniffi::export]
pub fn vault_exists(path: String) -> bool {
    !path.trim().is_empty() && lw::Vault::exists(&path)
}

/// A user's encrypted vault. Safe to share between threads; calls are serialised inside.
#[derive(uniffi::Object)]
pub struct Vault {
    pub(crate) inner: lw::Vault,
    /// The options it was opened with: a changed passphrase is wrapped with the same work factor.
    options: lw::VaultOptions,
}

fn folder(path: &str) -> Result<&str, LeefwereldError> {
    if path.trim().is_empty() {
        return Err(LeefwereldError::invalid_argument("path: empty"));
    }
    Ok(path)
}

impl Vault {
    /// Runs a core call and translates its error into the vault's language.
    pub(crate) fn call<T>(&self, result: lw::Result<T>) -> Result<T, LeefwereldError> {
        result.map_err(|err| LeefwereldError::from_core(err, self.inner.language()))
    }

    /// Puts an argument error of the bindings into the vault's language.
    pub(crate) fn arg<T>(&self, result: Result<T, LeefwereldError>) -> Result<T, LeefwereldError> {
        result.map_err(|err| err.in_lang(self.inner.language()))
    }

    /// An entry id from its text form; a malformed one is an argument error in the vault's
    /// language.
    pub(crate) fn id(&self, id: &str) -> Result<lw::EntryId, LeefwereldError> {
        self.arg(crate::types::entry_id(id))
    }

    /// Wraps a core vault for the bindings, for Rust callers that need core options the
    /// foreign side does not have (a manual clock in tests).
    pub fn from_core(inner: lw::Vault, options: lw::VaultOptions) -> Arc<Vault> {
        Arc::new(Vault { inner, options })
    }
}

#[uniffi::export]
impl Vault {
    /// Creates a vault in the folder `path` (which must not exist or be empty) and returns it
    /// unlocked. Errors speak the profile's language.
    #[uniffi::constructor(default(options = None))]
    pub fn create(
        path: String,
        passphrase: String,
        profile: Profile,
        options: Option<VaultOptions>,
    ) -> Result<Arc<Vault>, LeefwereldError> {
        let lang: lw::Lang = profile.language;
        let options = options
            .unwrap_or_default()
            .to_core()
            .map_err(|err| err.in_lang(lang))?;
        let passphrase = Zeroizing::new(passphrase);
        let path = folder(&path).map_err(|err| err.in_lang(lang))?;
        let inner = lw::Vault::create(path, &passphrase, profile, options.clone())
            .map_err(|err| LeefwereldError::from_core(err, lang))?;
        Ok(Vault::from_core(inner, options))
    }

    /// Creates a vault that lives in memory only (the workshop training mode), unlocked.
    #[uniffi::constructor(default(options = None))]
    pub fn create_in_memory(
        passphrase: String,
        profile: Profile,
        options: Option<VaultOptions>,
    ) -> Result<Arc<Vault>, LeefwereldError> {
        let lang: lw::Lang = profile.language;
        let options = options
            .unwrap_or_default()
            .to_core()
            .map_err(|err| err.in_lang(lang))?;
        let passphrase = Zeroizing::new(passphrase);
        let inner = lw::Vault::create_in_memory(&passphrase, profile, options.clone())
            .map_err(|err| LeefwereldError::from_core(err, lang))?;
        Ok(Vault::from_core(inner, options))
    }

    /// Opens the vault in the folder `path`, locked. Errors here speak Dutch: no vault
    /// language is known yet.
    #[uniffi::constructor(default(options = None))]
    pub fn open(
        path: String,
        options: Option<VaultOptions>,
    ) -> Result<Arc<Vault>, LeefwereldError> {
        let options = options.unwrap_or_default().to_core()?;
        let inner = lw::Vault::open_with(folder(&path)?, options.clone())?;
        Ok(Vault::from_core(inner, options))
    }

    /// Unlocks with the passphrase: runs the KDF once, loads the index, records failed
    /// attempts in the audit log and purges expired entries.
    pub fn unlock(&self, passphrase: String) -> Result<UnlockReport, LeefwereldError> {
        let passphrase = Zeroizing::new(passphrase);
        self.call(self.inner.unlock(&passphrase)).map(Into::into)
    }

    /// Drops the keys (zeroized) and the decrypted index.
    pub fn lock(&self) {
        self.inner.lock()
    }

    pub fn is_locked(&self) -> bool {
        self.inner.is_locked()
    }

    /// Locks when idle longer than the configured timeout; returns whether it is locked now.
    /// Call it on a timer and when the app returns to the foreground.
    pub fn lock_if_idle(&self) -> bool {
        self.inner.lock_if_idle()
    }

    /// Replaces the passphrase (the vault must be unlocked) and rotates the keys: every value
    /// is re-sealed, and the old key file opens nothing afterwards.
    pub fn change_passphrase(&self, old: String, new: String) -> Result<(), LeefwereldError> {
        let (old, new) = (Zeroizing::new(old), Zeroizing::new(new));
        self.call(self.inner.change_passphrase(&old, &new, &self.options))
    }

    /// Quick delete: destroys the key first, then the data. Works locked or unlocked; every
    /// later call raises `Wiped`.
    pub fn wipe(&self) -> Result<(), LeefwereldError> {
        self.call(self.inner.wipe())
    }

    /// The interface language; readable while locked, so the unlock screen speaks it.
    pub fn language(&self) -> Lang {
        self.inner.language()
    }

    pub fn set_language(&self, lang: Lang) -> Result<(), LeefwereldError> {
        self.call(self.inner.set_language(lang))
    }

    pub fn profile(&self) -> Result<Profile, LeefwereldError> {
        self.call(self.inner.profile())
    }

    pub fn settings(&self) -> Result<Settings, LeefwereldError> {
        self.call(self.inner.settings())
    }

    /// Stores new settings and applies a shorter retention at once; returns how many entries
    /// that purged.
    pub fn update_settings(&self, settings: Settings) -> Result<u32, LeefwereldError> {
        self.call(self.inner.update_settings(settings))
    }

    /// This vault's public age recipient (`age1…`): a team lead gives it to the team, so that
    /// weekly reports are encrypted to them. Safe to share; readable while locked.
    pub fn recipient(&self) -> Result<String, LeefwereldError> {
        self.call(self.inner.recipient())
    }

    /// The pseudonymous id of this installation (`lw-…`), sent instead of the worker's name.
    pub fn device_id(&self) -> Result<String, LeefwereldError> {
        self.call(self.inner.device_id())
    }

    /// The current time as the vault sees it, in Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        to_ms(self.inner.now())
    }

    /// The folder of this vault; `None` for the in-memory training vault.
    pub fn location(&self) -> Option<String> {
        self.inner
            .location()
            .map(|path| path.to_string_lossy().into_owned())
    }

    /// Whether this vault keeps nothing (training mode).
    pub fn is_in_memory(&self) -> bool {
        self.inner.is_in_memory()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_options_keep_the_phone_work_factor() {
        let options = VaultOptions::default().to_core().unwrap();
        assert_eq!(options.work_factor, lw::WORK_FACTOR_DEFAULT);
        let fast = VaultOptions {
            work_factor: Some(lw::WORK_FACTOR_MIN),
        };
        assert_eq!(fast.to_core().unwrap().work_factor, lw::WORK_FACTOR_MIN);
    }
}

//! The facade: one [`Vault`] per user, used by the app and the FFI crate alike.
//!
//! All methods take `&self` and owned data, and return owned data or [`Error`]; the vault is
//! `Send + Sync` and serialises calls internally, so a UI thread, a sync thread and foreign
//! callers can share it.

mod entries;
mod frames;
mod hints;
mod pending;
pub(crate) mod records;
mod rotate;
mod session;
mod undo;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use leefwereld_locales::Lang;
use redb::{Database, ReadableDatabase, ReadableTable};

pub use entries::{Entries, EntryPage, ListFilter};
pub use hints::CaptureHints;
pub use pending::{PENDING_MAX, Pending, PendingNote};
pub use session::UnlockReport;
pub use undo::UNDO_SECONDS;

use crate::audit::{AuditAction, NewRecord, PendingFailure};
use crate::clock::{Clock, SystemClock};
use crate::crypto::{self, Keys, WORK_FACTOR_DEFAULT};
use crate::error::{Damage, Error, Result};
use crate::passphrase;
use crate::profile::{Profile, Settings};
use crate::store::head::Head;
use crate::store::keystore::{KeyStore, private_dir, sync_dir};
use crate::store::sealed;
use crate::store::{
    CLEAR, DATABASE_FILE, FORMAT_VERSION, KEY_FILE, PENDING_AUDIT, clear_keys, meta_keys,
};
use records::{DEVICE, DeviceId, PROFILE, SETTINGS};
pub(crate) use session::Tx;
use session::{MAX_PENDING_FAILURES, Session};

/// redb's page cache. Its default (1 GiB) let a phone's memory grow with the vault (480 MiB
/// after unlocking 100k entries); the index lives decrypted in memory anyway, so pages are
/// rarely read twice.
const CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Choices made when a vault is created or opened.
#[derive(Clone)]
pub struct VaultOptions {
    /// scrypt work factor of the key file (log2 N). The default suits phones; tests and the
    /// training mode may go down to [`crypto::WORK_FACTOR_MIN`].
    pub work_factor: u8,
    pub clock: Arc<dyn Clock>,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            work_factor: WORK_FACTOR_DEFAULT,
            clock: Arc::new(SystemClock),
        }
    }
}

impl std::fmt::Debug for VaultOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultOptions")
            .field("work_factor", &self.work_factor)
            .finish()
    }
}

/// A user's encrypted vault.
pub struct Vault {
    state: Mutex<State>,
    clock: Arc<dyn Clock>,
    dir: Option<PathBuf>,
    /// Held for the whole of a sync run, so two runs (a timer and the "send now" button, or
    /// two foreign threads) never work the outbox at the same time.
    pub(crate) sync_run: Mutex<()>,
}

enum State {
    Open(Box<OpenVault>),
    Wiped,
}

struct OpenVault {
    db: Database,
    keystore: KeyStore,
    vault_id: String,
    recipient: String,
    language: Lang,
    session: Option<Session>,
}

/// Holds the vault's state while a facade method runs.
pub(crate) struct Guard<'v> {
    state: MutexGuard<'v, State>,
    pub now: DateTime<Utc>,
}

impl Guard<'_> {
    fn open(&mut self) -> Result<&mut OpenVault> {
        match &mut *self.state {
            State::Open(open) => Ok(open),
            State::Wiped => Err(Error::Wiped),
        }
    }

    /// The database and the unlocked session, or [`Error::Locked`]. Counts as the user's
    /// activity unless the call runs inside [`in_background`].
    pub fn unlocked(&mut self) -> Result<(&Database, &mut Session)> {
        let now = self.now;
        let open = self.open()?;
        let session = open.session.as_mut().ok_or(Error::Locked)?;
        if !BACKGROUND.get() {
            session.last_activity = now;
        }
        Ok((&open.db, session))
    }
}

thread_local! {
    static BACKGROUND: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `work` as background work of this thread: facade calls made in it (an automatic sync,
/// a timer asking whether something is due) do not count as the user's activity, so they
/// never keep an unattended vault from locking itself.
pub fn in_background<T>(work: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            BACKGROUND.set(self.0);
        }
    }
    let _restore = Restore(BACKGROUND.replace(true));
    work()
}

impl Vault {
    /// Creates a vault in `dir` (which must not exist or be empty) and returns it unlocked.
    ///
    /// The files are written to a temporary folder beside `dir` and renamed into place, so a
    /// crash leaves either no vault or a complete one.
    pub fn create(
        dir: impl AsRef<Path>,
        passphrase: &str,
        profile: Profile,
        options: VaultOptions,
    ) -> Result<Vault> {
        let dir = dir.as_ref().to_path_buf();
        if dir.join(DATABASE_FILE).exists() || dir.join(KEY_FILE).exists() {
            return Err(Error::AlreadyExists);
        }
        if dir.exists() && fs::read_dir(&dir)?.next().is_some() {
            return Err(Error::AlreadyExists);
        }
        check_new_passphrase(passphrase, &profile)?;
        profile.validate()?;
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let staging = parent.join(format!(
            ".{}.creating-{}",
            dir.file_name().and_then(|n| n.to_str()).unwrap_or("vault"),
            crypto::hex(&crypto::random_bytes::<4>())
        ));
        private_dir(&staging)?;
        let built = (|| {
            let keys = Keys::generate();
            let vault_id = crypto::hex(&crypto::random_bytes::<16>());
            let keystore = KeyStore::File(staging.join(KEY_FILE));
            keystore.write(&keys.wrap(&vault_id, passphrase, options.work_factor)?)?;
            let db = Database::builder().create(staging.join(DATABASE_FILE))?;
            crate::store::keystore::private_file(&staging.join(DATABASE_FILE))?;
            initialise(&db, &keys, &vault_id, &profile)?;
            drop(db);
            sync_dir(&staging);
            if dir.exists() {
                fs::remove_dir(&dir)?;
            }
            fs::rename(&staging, &dir)?;
            sync_dir(parent);
            Ok::<_, Error>(keys)
        })();
        let keys = match built {
            Ok(keys) => keys,
            Err(err) => {
                let _ = fs::remove_dir_all(&staging);
                return Err(err);
            }
        };
        let vault = Vault::open_with(&dir, options)?;
        vault.adopt(keys)?;
        Ok(vault)
    }

    /// Creates a vault that lives in memory only: the workshop training mode. Nothing is
    /// written anywhere; dropping it forgets everything.
    pub fn create_in_memory(
        passphrase: &str,
        profile: Profile,
        options: VaultOptions,
    ) -> Result<Vault> {
        check_new_passphrase(passphrase, &profile)?;
        profile.validate()?;
        let keys = Keys::generate();
        let vault_id = crypto::hex(&crypto::random_bytes::<16>());
        let keystore = KeyStore::Memory(Mutex::new(None), Mutex::new(None));
        keystore.write(&keys.wrap(&vault_id, passphrase, options.work_factor)?)?;
        let db = Database::builder().create_with_backend(redb::backends::InMemoryBackend::new())?;
        initialise(&db, &keys, &vault_id, &profile)?;
        let open = OpenVault {
            db,
            keystore,
            vault_id,
            recipient: keys.recipient(),
            language: profile.language,
            session: None,
        };
        let vault = Vault {
            state: Mutex::new(State::Open(Box::new(open))),
            clock: options.clock,
            dir: None,
            sync_run: Mutex::new(()),
        };
        vault.adopt(keys)?;
        Ok(vault)
    }

    /// Whether `dir` holds a vault (complete or damaged).
    pub fn exists(dir: impl AsRef<Path>) -> bool {
        let dir = dir.as_ref();
        dir.join(DATABASE_FILE).exists() || dir.join(KEY_FILE).exists()
    }

    /// Opens the vault in `dir`, locked, with the system clock.
    pub fn open(dir: impl AsRef<Path>) -> Result<Vault> {
        Vault::open_with(dir, VaultOptions::default())
    }

    /// Opens the vault in `dir`, locked. Checks the file's integrity and format; a second
    /// instance on the same vault gets [`Error::InUse`].
    pub fn open_with(dir: impl AsRef<Path>, options: VaultOptions) -> Result<Vault> {
        let dir = dir.as_ref().to_path_buf();
        let db_path = dir.join(DATABASE_FILE);
        let key_path = dir.join(KEY_FILE);
        if !db_path.exists() {
            return Err(if key_path.exists() {
                Error::Damaged(Damage::Database)
            } else {
                Error::NoVault
            });
        }
        if fs::metadata(&db_path)?.len() == 0 {
            return Err(Error::Damaged(Damage::Database));
        }
        let db = Database::builder()
            .set_check_integrity_on_open(true)
            .set_cache_size(CACHE_BYTES)
            .open(&db_path)?;
        let (vault_id, recipient, language) = read_clear_meta(&db)?;
        rotate::finish_interrupted(&dir, &recipient)?;
        if !key_path.exists() {
            return Err(Error::Damaged(Damage::KeyFile));
        }
        let open = OpenVault {
            db,
            keystore: KeyStore::File(key_path),
            vault_id,
            recipient,
            language,
            session: None,
        };
        Ok(Vault {
            state: Mutex::new(State::Open(Box::new(open))),
            clock: options.clock,
            dir: Some(dir),
            sync_run: Mutex::new(()),
        })
    }

    pub(crate) fn guard(&self) -> Guard<'_> {
        Guard {
            state: self.state.lock().unwrap_or_else(|p| p.into_inner()),
            now: self.clock.now(),
        }
    }

    /// The current time as the vault sees it.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The clock this vault reads, for vaults made beside it (the training's example team).
    pub(crate) fn clock(&self) -> Arc<dyn Clock> {
        Arc::clone(&self.clock)
    }

    /// The folder of this vault (`None` for the in-memory training vault).
    pub fn location(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Whether this vault keeps nothing (training mode).
    pub fn is_in_memory(&self) -> bool {
        self.dir.is_none()
    }

    fn adopt(&self, keys: Keys) -> Result<UnlockReport> {
        let mut guard = self.guard();
        let now = guard.now;
        let open = guard.open()?;
        let (session, report) = Session::load(&open.db, keys, now)?;
        open.session = Some(session);
        drop(guard);
        let purged = self.entries().purge_expired()?;
        Ok(UnlockReport { purged, ..report })
    }

    /// Unlocks with the passphrase: runs the KDF once, loads the index, moves recorded failed
    /// attempts into the audit log and purges expired entries.
    pub fn unlock(&self, passphrase: &str) -> Result<UnlockReport> {
        let keys = {
            let mut guard = self.guard();
            let now = guard.now;
            let open = guard.open()?;
            if open.session.is_some() {
                return Ok(UnlockReport::default());
            }
            let key_file = open.keystore.read()?;
            match Keys::unwrap(&key_file, passphrase, &open.vault_id) {
                Ok(keys) => keys,
                Err(Error::WrongPassphrase) => {
                    record_failure(open, now)?;
                    return Err(Error::WrongPassphrase);
                }
                Err(other) => return Err(other),
            }
        };
        self.adopt(keys)
    }

    /// Locks: the keys and the decrypted index are dropped (and the keys zeroized).
    pub fn lock(&self) {
        let mut guard = self.guard();
        if let Ok(open) = guard.open() {
            open.session = None;
        }
    }

    /// `Ok` when the vault is open and unlocked, else [`Error::Locked`] or [`Error::Wiped`]: a
    /// caller that parses an argument (an id written outside Rust) asks this first, so the
    /// vault's state is reported before a malformed argument, as every facade call does.
    pub fn check_unlocked(&self) -> Result<()> {
        let mut guard = self.guard();
        guard.unlocked().map(|_| ())
    }

    pub fn is_locked(&self) -> bool {
        let mut guard = self.guard();
        guard
            .open()
            .map(|open| open.session.is_none())
            .unwrap_or(true)
    }

    /// Locks when the vault has been idle longer than the configured timeout; returns whether
    /// it is locked now. The app calls this on a timer and when it returns to the foreground.
    pub fn lock_if_idle(&self) -> bool {
        let mut guard = self.guard();
        let now = guard.now;
        let Ok(open) = guard.open() else { return true };
        let idle = match &open.session {
            None => return true,
            Some(session) => {
                let timeout =
                    chrono::Duration::seconds(i64::from(session.settings.lock_timeout_seconds));
                now - session.last_activity >= timeout
            }
        };
        if idle {
            open.session = None;
        }
        idle
    }

    /// Quick delete: destroys the key first (after that nothing is readable, even if the rest
    /// is cut short), then removes the database and the folder. Works locked or unlocked.
    pub fn wipe(&self) -> Result<()> {
        let mut guard = self.guard();
        let state = std::mem::replace(&mut *guard.state, State::Wiped);
        let State::Open(open) = state else {
            return Ok(());
        };
        let OpenVault {
            db,
            keystore,
            session,
            ..
        } = *open;
        drop(session);
        keystore.destroy()?;
        drop(db);
        if let Some(dir) = &self.dir {
            match fs::remove_file(dir.join(DATABASE_FILE)) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(err.into()),
            }
            let _ = fs::remove_dir(dir);
            if let Some(parent) = dir.parent() {
                sync_dir(parent);
            }
        }
        Ok(())
    }

    /// The interface language; readable while locked, so the unlock screen speaks it.
    pub fn language(&self) -> Lang {
        let mut guard = self.guard();
        guard.open().map(|open| open.language).unwrap_or_default()
    }

    /// Changes the interface language (kept in the clear: it is not personal data).
    pub fn set_language(&self, lang: Lang) -> Result<()> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let mut profile = session.profile.clone();
        profile.language = lang;
        let mut tx = session.begin(db)?;
        tx.put(&PROFILE, meta_keys::PROFILE, &profile)?;
        tx.set_clear_language(lang.code())?;
        tx.commit()?;
        guard.unlocked()?.1.profile = profile;
        guard.open()?.language = lang;
        Ok(())
    }

    pub fn profile(&self) -> Result<Profile> {
        let mut guard = self.guard();
        Ok(guard.unlocked()?.1.profile.clone())
    }

    /// This vault's public age recipient (`age1…`). A team lead gives it to the team so that
    /// weekly reports are encrypted to them; it is safe to share.
    pub fn recipient(&self) -> Result<String> {
        let mut guard = self.guard();
        Ok(guard.open()?.recipient.clone())
    }

    /// The pseudonymous id of this installation (`lw-…`), sent instead of the worker's name.
    pub fn device_id(&self) -> Result<String> {
        let mut guard = self.guard();
        Ok(guard.unlocked()?.1.device_id.clone())
    }

    pub fn settings(&self) -> Result<Settings> {
        let mut guard = self.guard();
        Ok(guard.unlocked()?.1.settings.clone())
    }

    /// Stores new settings (refused when a value is out of range) and applies a shorter
    /// retention at once.
    pub fn update_settings(&self, settings: Settings) -> Result<u32> {
        settings.validate()?;
        {
            let mut guard = self.guard();
            let now = guard.now;
            let (db, session) = guard.unlocked()?;
            let mut tx = session.begin(db)?;
            tx.put(&SETTINGS, meta_keys::SETTINGS, &settings)?;
            tx.audit(NewRecord {
                at: now,
                action: AuditAction::SettingsChanged,
                entry: None,
                reason: String::new(),
            })?;
            tx.commit()?;
            session.settings = settings;
        }
        self.entries().purge_expired()
    }
}

/// A new passphrase must be acceptable by [`passphrase::assess`].
fn check_new_passphrase(passphrase: &str, profile: &Profile) -> Result<()> {
    let context = profile.passphrase_context();
    let words: Vec<&str> = context.iter().map(String::as_str).collect();
    if passphrase::assess(passphrase, &words).acceptable {
        Ok(())
    } else {
        Err(Error::WeakPassphrase)
    }
}

/// Writes the records every vault starts with, vouched for by the first head.
fn initialise(db: &Database, keys: &Keys, vault_id: &str, profile: &Profile) -> Result<()> {
    let txn = db.begin_write()?;
    crate::store::create_tables(&txn)?;
    let mut head = Head::EMPTY;
    head.generation = 1;
    {
        let mut clear = txn.open_table(CLEAR)?;
        clear.insert(clear_keys::FORMAT, FORMAT_VERSION.to_be_bytes().as_slice())?;
        clear.insert(clear_keys::VAULT_ID, vault_id.as_bytes())?;
        clear.insert(clear_keys::RECIPIENT, keys.recipient().as_bytes())?;
        clear.insert(clear_keys::LANGUAGE, profile.language.code().as_bytes())?;
    }
    {
        let mut writer = sealed::Writer {
            txn: &txn,
            keys,
            head: &mut head,
        };
        writer.put(&PROFILE, meta_keys::PROFILE, profile)?;
        writer.put(&SETTINGS, meta_keys::SETTINGS, &Settings::default())?;
        // A pseudonymous id for this installation: what the case system sees instead of a name.
        let device = DeviceId(format!("lw-{}", crypto::hex(&crypto::random_bytes::<6>())));
        writer.put(&DEVICE, meta_keys::DEVICE, &device)?;
    }
    txn.open_table(CLEAR)?.insert(
        clear_keys::HEAD,
        head.encode(keys, vault_id, &keys.recipient()).as_slice(),
    )?;
    txn.commit()?;
    Ok(())
}

/// The records that must be readable before unlock.
fn read_clear_meta(db: &Database) -> Result<(String, String, Lang)> {
    let read = db.begin_read()?;
    let clear = match read.open_table(CLEAR) {
        Ok(table) => table,
        // A vault of format 1 kept these in `meta`.
        Err(redb::TableError::TableDoesNotExist(_)) => return Err(legacy_format(&read)),
        Err(_) => return Err(Error::Damaged(Damage::Metadata)),
    };
    let get = |key: &str| -> Result<Vec<u8>> {
        Ok(clear
            .get(key)?
            .ok_or(Error::Damaged(Damage::Metadata))?
            .value()
            .to_vec())
    };
    let format_bytes = get(clear_keys::FORMAT)?;
    let format = u32::from_be_bytes(
        format_bytes
            .try_into()
            .map_err(|_| Error::Damaged(Damage::Metadata))?,
    );
    if format > FORMAT_VERSION {
        return Err(Error::NewerFormat {
            found: format,
            supported: FORMAT_VERSION,
        });
    }
    if format < FORMAT_VERSION {
        return Err(Error::OlderFormat { found: format });
    }
    let text = |bytes: Vec<u8>| {
        String::from_utf8(bytes)
            .ok()
            .filter(|t| t.len() <= 100)
            .ok_or(Error::Damaged(Damage::Metadata))
    };
    let vault_id = text(get(clear_keys::VAULT_ID)?)?;
    let recipient = text(get(clear_keys::RECIPIENT)?)?;
    let language = clear
        .get(clear_keys::LANGUAGE)?
        .map(|v| Lang::from_code(&String::from_utf8_lossy(v.value())))
        .unwrap_or_default();
    Ok((vault_id, recipient, language))
}

/// The error for a file without the `clear` table: a format-1 vault, or not a vault at all.
fn legacy_format(read: &redb::ReadTransaction) -> Error {
    let legacy: redb::TableDefinition<&str, &[u8]> = redb::TableDefinition::new("meta");
    let format = read.open_table(legacy).ok().and_then(|meta| {
        let value = meta.get("format").ok()??;
        let bytes: [u8; 4] = value.value().try_into().ok()?;
        Some(u32::from_be_bytes(bytes))
    });
    match format {
        Some(found) if found > FORMAT_VERSION => Error::NewerFormat {
            found,
            supported: FORMAT_VERSION,
        },
        Some(found) => Error::OlderFormat { found },
        None => Error::Damaged(Damage::Metadata),
    }
}

/// Remembers a failed unlock without the key: sealed to the vault's public recipient, under a
/// time-ordered key so that the oldest make way when more than [`MAX_PENDING_FAILURES`] wait.
/// Nothing vouches for these records; unlock shows them as unverified.
fn record_failure(open: &OpenVault, now: DateTime<Utc>) -> Result<()> {
    let record = serde_json::to_vec(&PendingFailure { at: now }).map_err(Error::storage)?;
    let sealed = crypto::seal_to(&open.recipient, &record)?;
    let millis = u64::try_from(now.timestamp_millis()).unwrap_or(0);
    let key = (millis << 16) | u64::from(u16::from_be_bytes(crypto::random_bytes()));
    let txn = open.db.begin_write()?;
    {
        let mut table = txn.open_table(PENDING_AUDIT)?;
        table.insert(key, sealed.as_slice())?;
        let keys: Vec<u64> = table
            .iter()?
            .filter_map(|item| item.ok().map(|(k, _)| k.value()))
            .collect();
        let excess = keys.len().saturating_sub(MAX_PENDING_FAILURES);
        for old in keys.into_iter().take(excess) {
            table.remove(old)?;
        }
    }
    txn.commit()?;
    Ok(())
}

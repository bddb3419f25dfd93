//! Where the passphrase-wrapped key lives: a file beside the database, or memory for the
//! training vault that keeps nothing.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::crypto::random_bytes;
use crate::error::{Damage, Error, Result};

pub(crate) enum KeyStore {
    File(PathBuf),
    /// The key, and a new key staged during a passphrase change.
    Memory(Mutex<Option<Vec<u8>>>, Mutex<Option<Vec<u8>>>),
}

impl KeyStore {
    pub fn read(&self) -> Result<Vec<u8>> {
        match self {
            KeyStore::File(path) => match fs::read(path) {
                Ok(bytes) => Ok(bytes),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                    Err(Error::Damaged(Damage::KeyFile))
                }
                Err(err) => Err(err.into()),
            },
            KeyStore::Memory(bytes, _) => bytes
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone()
                .ok_or(Error::Wiped),
        }
    }

    /// Replaces the key atomically: a crash leaves either the old or the new key, never neither.
    pub fn write(&self, bytes: &[u8]) -> Result<()> {
        match self {
            KeyStore::File(path) => write_atomically(path, bytes),
            KeyStore::Memory(slot, _) => {
                *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(bytes.to_vec());
                Ok(())
            }
        }
    }

    /// Puts a new key beside the current one (durably), for [`KeyStore::promote`] once the
    /// database has been re-sealed with it.
    pub fn stage(&self, bytes: &[u8]) -> Result<()> {
        match self {
            KeyStore::File(path) => write_atomically(&staged_path(path), bytes),
            KeyStore::Memory(_, staged) => {
                *staged.lock().unwrap_or_else(|p| p.into_inner()) = Some(bytes.to_vec());
                Ok(())
            }
        }
    }

    /// The staged key replaces the current one (an atomic rename).
    pub fn promote(&self) -> Result<()> {
        match self {
            KeyStore::File(path) => {
                fs::rename(staged_path(path), path)?;
                if let Some(dir) = path.parent() {
                    sync_dir(dir);
                }
                Ok(())
            }
            KeyStore::Memory(slot, staged) => {
                let new = staged.lock().unwrap_or_else(|p| p.into_inner()).take();
                let mut slot = slot.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(mut old) = std::mem::replace(&mut *slot, new) {
                    zeroize::Zeroize::zeroize(&mut old);
                }
                Ok(())
            }
        }
    }

    /// Forgets a staged key after the re-seal failed.
    pub fn unstage(&self) {
        match self {
            KeyStore::File(path) => {
                let _ = fs::remove_file(staged_path(path));
            }
            KeyStore::Memory(_, staged) => {
                staged.lock().unwrap_or_else(|p| p.into_inner()).take();
            }
        }
    }

    /// Overwrites the key with random bytes, makes that durable, then removes it. After this,
    /// the database is unreadable even if deleting it is cut short.
    pub fn destroy(&self) -> Result<()> {
        match self {
            KeyStore::File(path) => {
                let len = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                if let Ok(mut file) = OpenOptions::new().write(true).open(path) {
                    let mut left = len.max(512);
                    while left > 0 {
                        let chunk: [u8; 512] = random_bytes();
                        let n = left.min(512) as usize;
                        file.write_all(&chunk[..n])?;
                        left -= n as u64;
                    }
                    file.sync_all()?;
                }
                match fs::remove_file(path) {
                    Ok(()) => {}
                    Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                    Err(err) => return Err(err.into()),
                }
                if let Some(dir) = path.parent() {
                    sync_dir(dir);
                }
                Ok(())
            }
            KeyStore::Memory(slot, _) => {
                if let Some(mut bytes) = slot.lock().unwrap_or_else(|p| p.into_inner()).take() {
                    zeroize::Zeroize::zeroize(&mut bytes);
                }
                Ok(())
            }
        }
    }
}

fn staged_path(path: &Path) -> PathBuf {
    path.with_file_name(crate::store::NEW_KEY_FILE)
}

/// Writes `bytes` to a temporary file beside `path` (mode 0600), syncs it and renames it into
/// place.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut file = private_options().open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Makes a rename or removal in `dir` durable (a no-op where directories cannot be synced).
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Options that create a file only its owner can read and write.
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates `dir` (and its parents) so that only its owner can enter it.
pub(crate) fn private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes an existing file readable and writable by its owner only.
pub(crate) fn private_file(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

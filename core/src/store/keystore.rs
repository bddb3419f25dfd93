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
    Memory(Mutex<Option<Vec<u8>>>),
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
            KeyStore::Memory(bytes) => bytes
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
            KeyStore::Memory(slot) => {
                *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(bytes.to_vec());
                Ok(())
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
            KeyStore::Memory(slot) => {
                if let Some(mut bytes) = slot.lock().unwrap_or_else(|p| p.into_inner()).take() {
                    zeroize::Zeroize::zeroize(&mut bytes);
                }
                Ok(())
            }
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it into place.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut file = File::create(&tmp)?;
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

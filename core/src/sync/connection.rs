//! Storing the connection profile in the vault.

use redb::ReadableDatabase;

use super::profile::ConnectionProfile;
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::store::{META, meta_keys};
use crate::vault::Vault;

impl Vault {
    /// Reads, validates and stores a connection profile (file contents, pasted text or a QR
    /// code's text). Replaces an earlier one.
    pub fn import_connection_profile(&self, text: &str) -> Result<ConnectionProfile> {
        let profile = ConnectionProfile::parse(text).map_err(Error::ConnectionProfile)?;
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_meta_json(meta_keys::CONNECTION, &profile)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::ProfileImported,
            entry: None,
            reason: format!(
                "client:{}",
                profile.client_id.chars().take(60).collect::<String>()
            ),
        })?;
        tx.commit()?;
        Ok(profile)
    }

    /// The stored connection profile, if any.
    pub fn connection_profile(&self) -> Result<Option<ConnectionProfile>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let read = db.begin_read()?;
        let meta = read.open_table(META)?;
        let Some(value) = meta.get(meta_keys::CONNECTION)? else {
            return Ok(None);
        };
        let damaged = || Error::Damaged(crate::error::Damage::Metadata);
        let plain = session.keys.open(value.value()).ok_or_else(damaged)?;
        serde_json::from_slice(&plain)
            .map(Some)
            .map_err(|_| damaged())
    }

    /// Forgets the connection profile (and with it the client secret).
    pub fn remove_connection_profile(&self) -> Result<()> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let tx = session.begin(db)?;
        tx.txn.open_table(META)?.remove(meta_keys::CONNECTION)?;
        tx.commit()
    }
}

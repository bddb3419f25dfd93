//! Storing the connection profile in the vault.

use super::profile::ConnectionProfile;
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::store::sealed::{JsonRecord, Part, SealedTable};
use crate::store::{META, meta_keys};

/// The connection profile (under `meta_keys::CONNECTION`).
pub(crate) const CONNECTION: SealedTable<&str, ConnectionProfile> =
    SealedTable::new(META, Part::Settings);

/// A stored profile meets the same checks as an imported one.
impl JsonRecord for ConnectionProfile {
    fn valid(&self) -> bool {
        self.validate().is_ok()
    }
}

vault_handle!(
    /// The connection profile, and sync and team-report fetches that use it.
    Connection,
    connection
);

impl<'v> Connection<'v> {
    /// The vault this connection belongs to (for the crate that syncs over the network).
    pub fn vault(&self) -> &'v crate::vault::Vault {
        self.vault
    }

    /// Reads, validates and stores a connection profile (file contents, pasted text or a QR
    /// code's text). Replaces an earlier one.
    pub fn import(&self, text: &str) -> Result<ConnectionProfile> {
        let profile = ConnectionProfile::parse(text).map_err(Error::ConnectionProfile)?;
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put(&CONNECTION, meta_keys::CONNECTION, &profile)?;
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
    pub fn profile(&self) -> Result<Option<ConnectionProfile>> {
        self.guard().connection()
    }

    /// Forgets the connection profile (and with it the client secret).
    pub fn remove(&self) -> Result<()> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.remove(&CONNECTION, meta_keys::CONNECTION)?;
        tx.commit()
    }
}

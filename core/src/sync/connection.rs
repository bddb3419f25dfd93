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

impl Connection<'_> {
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

#[cfg(feature = "zgw-http")]
impl Connection<'_> {
    /// The ZGW client for the stored connection profile, calling as this installation.
    fn zgw_client(&self) -> Result<super::zgw::ZgwClient> {
        let profile = self.profile()?.ok_or(Error::NoConnection)?;
        let organisation = self.vault.profile()?.organisation;
        Ok(super::zgw::ZgwClient::new(
            &profile,
            &self.vault.device_id()?,
            &organisation,
            super::zgw::DEFAULT_TIMEOUT,
        ))
    }

    /// Runs the outbox against the municipality of the stored connection profile.
    pub fn sync(
        &self,
        force: bool,
        on_event: &mut dyn FnMut(super::SyncEvent),
    ) -> Result<super::SyncReport> {
        let client = self.zgw_client()?;
        self.vault.outbox().sync_now(&client, force, on_event)
    }

    /// The team lead's fetch of weekly reports from the municipality's case system.
    pub fn fetch_team_reports(
        &self,
        weeks: &[crate::time::IsoWeek],
    ) -> Result<crate::summary::team::FetchOutcome> {
        let client = self.zgw_client()?;
        self.vault.team().fetch_reports(&client, weeks)
    }
}

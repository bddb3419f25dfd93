//! Sync and team-report fetches with the connection profile stored in the vault.

use leefwereld_core::summary::team::FetchOutcome;
use leefwereld_core::sync::{Connection, SyncEvent, SyncReport};
use leefwereld_core::{Error, IsoWeek, Result};

use crate::client::{DEFAULT_TIMEOUT, ZgwClient};

/// What a vault's [`Connection`] can do once there is a network: `use` it and call
/// `vault.connection().sync(…)`.
pub trait ConnectionExt {
    /// The ZGW client for the stored connection profile, calling as this installation
    /// (the organisation and the pseudonymous device id, never the worker).
    fn client(&self) -> Result<ZgwClient>;

    /// Runs the outbox against the municipality of the stored connection profile.
    fn sync(&self, force: bool, on_event: &mut dyn FnMut(SyncEvent)) -> Result<SyncReport>;

    /// The team lead's fetch of weekly reports from the municipality's case system.
    fn fetch_team_reports(&self, weeks: &[IsoWeek]) -> Result<FetchOutcome>;
}

impl ConnectionExt for Connection<'_> {
    fn client(&self) -> Result<ZgwClient> {
        let profile = self.profile()?.ok_or(Error::NoConnection)?;
        let vault = self.vault();
        let organisation = vault.profile()?.organisation;
        Ok(ZgwClient::new(
            &profile,
            &vault.device_id()?,
            &organisation,
            DEFAULT_TIMEOUT,
        ))
    }

    fn sync(&self, force: bool, on_event: &mut dyn FnMut(SyncEvent)) -> Result<SyncReport> {
        let client = self.client()?;
        self.vault().outbox().sync_now(&client, force, on_event)
    }

    fn fetch_team_reports(&self, weeks: &[IsoWeek]) -> Result<FetchOutcome> {
        let client = self.client()?;
        self.vault().team().fetch_reports(&client, weeks)
    }
}

//! What only the training mode has: an example team for team leads, so that fetching weekly
//! reports, comparing fingerprints and reading the merged week can be practised without a
//! municipality. The team itself (made-up colleagues whose reports are signed and encrypted
//! like real ones) is the core's `ExampleTeam`; this keeps it for the session.

use std::sync::Arc;

use dioxus::prelude::*;

use leefwereld_core::summary::team::FetchOutcome;
use leefwereld_core::summary::team::example::ExampleTeam;
use leefwereld_core::summary::team::weeks_to_fetch;
use leefwereld_core::{IsoWeek, Vault};

use crate::platform::off_thread;
use crate::state::AppState;

/// Fetches `week` (and the weeks its comparison reads) from the example team, making the team
/// on the first fetch of the session. The lead's vault checks every report as it would a real
/// one: the first fetch refuses them as signed by new keys.
pub async fn fetch_from_example_team(
    app: AppState,
    vault: Arc<Vault>,
    week: IsoWeek,
) -> leefwereld_core::Result<FetchOutcome> {
    let existing = app.example_team.peek().clone();
    let team = match existing {
        Some(team) => team,
        None => {
            let lead = Arc::clone(&vault);
            let team = Arc::new(off_thread(move || ExampleTeam::join(&lead)).await?);
            let mut kept = app.example_team;
            kept.set(Some(Arc::clone(&team)));
            team
        }
    };
    off_thread(move || vault.team().fetch_reports(&*team, &weeks_to_fetch(week))).await
}

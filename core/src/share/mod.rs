//! The privacy pipeline between an entry and the outbox: consent, the minimised payload, and the
//! sharing status the list shows.

mod checklist;
pub mod consent;
mod ops;
pub mod payload;
mod preview;
pub(crate) mod state;

pub use crate::error::ConsentProblem;
pub use checklist::{ShareCheck, ShareStep};
pub use consent::{
    Blocker, Circumstances, Consent, ConsentGiver, ConsentInput, Eligibility, InformedHow, decide,
};
pub use preview::{FindingView, SharePreview};
pub use state::{SafetyException, Transparency};

use chrono::{DateTime, Utc};

use crate::error::Result;
use crate::model::{EntryId, ShareStatus};
use crate::vault::Tx;
use crate::vault::records::ENTRY_TABLE;

impl Tx<'_> {
    /// Sets the sharing status of an entry (no new revision: the content is unchanged). An
    /// entry that no longer exists is skipped: a share can outlive a purged entry.
    pub(crate) fn set_share_status(&mut self, id: EntryId, status: ShareStatus) -> Result<()> {
        // A damaged entry keeps its damage: its status is not rewritten over it.
        if self.session.check_entry(id).is_err() {
            return Ok(());
        }
        let Ok(Some(mut stored)) = self.get(&ENTRY_TABLE, id.as_u128()) else {
            return Ok(());
        };
        if stored.share == status {
            return Ok(());
        }
        stored.share = status;
        self.put(&ENTRY_TABLE, id.as_u128(), &stored)?;
        let row = stored.row(&self.session.keys, self.version());
        self.index_upsert(row);
        Ok(())
    }

    /// Records that the case system confirmed a delivery; `false` when it was already
    /// recorded (by an overlapping run).
    pub(crate) fn mark_delivered(
        &mut self,
        id: EntryId,
        revision: u32,
        document_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let mut state = self.sharing(id)?;
        let Some(share) = state
            .shares
            .iter_mut()
            .find(|s| s.document_id == document_id && s.revision == revision)
        else {
            return Ok(true);
        };
        if share.delivered_at.is_some() {
            return Ok(false);
        }
        share.delivered_at = Some(now);
        let live = share.is_live();
        if !live {
            // Arrived after consent was withdrawn: it is there until the queued retraction
            // removes it.
            share.retracted_at = None;
        }
        self.put_sharing(id, &state)?;
        if live {
            self.set_share_status(id, ShareStatus::Shared)?;
        }
        Ok(true)
    }

    /// Records that the case system confirmed a retraction.
    pub(crate) fn mark_retracted(
        &mut self,
        id: EntryId,
        document_id: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut state = self.sharing(id)?;
        for share in state
            .shares
            .iter_mut()
            .filter(|s| s.document_id == document_id)
        {
            share.retracted_at = Some(now);
        }
        let any_live = state.shares.iter().any(|s| s.is_live());
        let retracting = state
            .shares
            .iter()
            .any(|s| s.retract_requested_at.is_some() && s.retracted_at.is_none());
        self.put_sharing(id, &state)?;
        let status = if any_live {
            ShareStatus::Shared
        } else if retracting {
            ShareStatus::Retracting
        } else {
            ShareStatus::Retracted
        };
        self.set_share_status(id, status)
    }
}

vault_handle!(
    /// Consent, transparency, the minimiser's findings and the share itself.
    Sharing,
    sharing
);

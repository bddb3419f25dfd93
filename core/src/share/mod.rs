//! The privacy pipeline between an entry and the outbox: consent, the minimised payload, and the
//! sharing status the list shows.

pub mod consent;
mod ops;
pub mod payload;
mod preview;
pub(crate) mod state;

pub use consent::{
    Blocker, Circumstances, Consent, ConsentGiver, ConsentInput, Eligibility, InformedHow, decide,
};
pub use ops::ConsentProblem;
pub use preview::{FindingView, SharePreview};
pub use state::{SafetyException, Transparency};

use chrono::{DateTime, Utc};
use redb::ReadableTable;

use crate::error::Result;
use crate::model::{EntryId, ShareStatus};
use crate::store::ENTRIES;
use crate::vault::Tx;
use crate::vault::records::StoredEntry;

impl Tx<'_> {
    /// Sets the sharing status of an entry (no new revision: the content is unchanged). An
    /// entry that no longer exists is skipped: a share can outlive a purged entry.
    pub(crate) fn set_share_status(&mut self, id: EntryId, status: ShareStatus) -> Result<()> {
        let sealed = {
            let table = self.txn.open_table(ENTRIES)?;
            let value = table.get(id.as_u128())?;
            value.map(|v| v.value().to_vec())
        };
        let Some(sealed) = sealed else { return Ok(()) };
        let Some(mut stored) = StoredEntry::open(&self.session.keys, &sealed) else {
            return Ok(());
        };
        if stored.share == status {
            return Ok(());
        }
        stored.share = status;
        let resealed = stored.seal(&self.session.keys)?;
        self.txn
            .open_table(ENTRIES)?
            .insert(id.as_u128(), resealed.as_slice())?;
        let row = stored.row(&self.session.keys);
        for week in self.session.index.upsert(row) {
            self.put_bucket(week)?;
        }
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
        state.store(&self.txn, &self.session.keys, id)?;
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
        state.store(&self.txn, &self.session.keys, id)?;
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

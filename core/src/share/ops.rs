//! Recording consent, transparency and safety exceptions, and withdrawing consent.

use chrono::Duration;

use super::Sharing;
use super::consent::{Consent, ConsentGiver, ConsentInput, InformedHow};
use super::state::{SafetyException, SharingState, Transparency};
use crate::audit::{AuditAction, NewRecord};
use crate::error::{ConsentProblem, Error, Result};
use crate::model::{EntryId, EntryKind, ShareStatus};
use crate::sync::{Job, Record};
use crate::vault::Guard;

impl Guard<'_> {
    pub(crate) fn sharing_state(&mut self, id: EntryId) -> Result<SharingState> {
        let (db, session) = self.unlocked()?;
        if session.index.get(id).is_none() {
            return Err(Error::EntryNotFound(id));
        }
        SharingState::load(&session.reader(db)?, id)
    }
}

impl Sharing<'_> {
    /// Records consent for sharing an entry, replacing an earlier one.
    pub fn record_consent(&self, id: EntryId, input: ConsentInput) -> Result<Consent> {
        let mut guard = self.guard();
        let now = guard.now;
        let mut state = guard.sharing_state(id)?;
        let kind = guard
            .unlocked()?
            .1
            .index
            .get(id)
            .map(|r| r.kind)
            .ok_or(Error::EntryNotFound(id))?;
        let right_giver = match kind {
            EntryKind::Trend => input.given_by == ConsentGiver::WorkerRelease,
            EntryKind::Signaal => input.given_by != ConsentGiver::WorkerRelease,
        };
        if !right_giver {
            return Err(Error::Consent(ConsentProblem::WrongGiver));
        }
        if input.scope.is_empty() {
            return Err(Error::Consent(ConsentProblem::EmptyScope));
        }
        if input.given_at > now + Duration::minutes(5) {
            return Err(Error::Consent(ConsentProblem::InFuture));
        }
        let mut scope = input.scope;
        scope.sort();
        scope.dedup();
        let consent = Consent {
            given_by: input.given_by,
            informed_how: input.informed_how,
            given_at: input.given_at,
            scope,
            recorded_at: now,
            withdrawn_at: None,
        };
        if let Some(previous) = state.consent.replace(consent.clone()) {
            state.history.push(previous);
        }
        if consent.given_by == ConsentGiver::YoungPerson
            && consent.informed_how != InformedHow::NotApplicable
        {
            state.transparency = Some(Transparency {
                informed_how: consent.informed_how,
                at: consent.given_at,
            });
        }
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_sharing(id, &state)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::Consent,
            entry: Some(id),
            reason: consent.basis(),
        })?;
        tx.commit()?;
        Ok(consent)
    }

    /// The current consent of an entry and the earlier ones (oldest first).
    pub fn consent(&self, id: EntryId) -> Result<(Option<Consent>, Vec<Consent>)> {
        let state = self.guard().sharing_state(id)?;
        Ok((state.consent, state.history))
    }

    /// Records that the young person was told what is noted and may be shared.
    pub fn record_transparency(&self, id: EntryId, informed_how: InformedHow) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let mut state = guard.sharing_state(id)?;
        state.transparency = Some(Transparency {
            informed_how,
            at: now,
        });
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_sharing(id, &state)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::ReminderAcknowledged,
            entry: Some(id),
            reason: format!("transparency:{informed_how}"),
        })?;
        tx.commit()
    }

    /// Records that the young person is not informed because that would endanger someone; the
    /// justification is kept with the entry (encrypted), the audit log notes only that it exists.
    pub fn record_safety_exception(&self, id: EntryId, justification: &str) -> Result<()> {
        let justification = justification.trim();
        if justification.chars().count() < 10 {
            return Err(Error::Consent(ConsentProblem::JustificationMissing));
        }
        let mut guard = self.guard();
        let now = guard.now;
        let mut state = guard.sharing_state(id)?;
        state.safety_exception = Some(SafetyException {
            justification: justification
                .chars()
                .take(crate::model::limits::JUSTIFICATION_MAX)
                .collect(),
            recorded_at: now,
        });
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_sharing(id, &state)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::FrameOverride,
            entry: Some(id),
            reason: "safety-exception".into(),
        })?;
        tx.commit()
    }

    /// The transparency record and the safety exception of an entry.
    pub fn transparency(
        &self,
        id: EntryId,
    ) -> Result<(Option<Transparency>, Option<SafetyException>)> {
        let state = self.guard().sharing_state(id)?;
        Ok((state.transparency, state.safety_exception))
    }

    /// Withdraws consent: shares not yet sent are cancelled, shares already delivered are
    /// queued for retraction. Returns the number of retractions queued.
    pub fn withdraw_consent(&self, id: EntryId) -> Result<u32> {
        let mut guard = self.guard();
        let now = guard.now;
        let mut state = guard.sharing_state(id)?;
        let Some(mut consent) = state.consent.take() else {
            return Err(Error::Consent(ConsentProblem::NothingToWithdraw));
        };
        consent.withdrawn_at = Some(now);
        state.history.push(consent);
        let pending: Vec<Record> = guard
            .outbox_records()?
            .into_iter()
            .filter(|r| matches!(&r.job, Job::Share { entry, .. } if *entry == id))
            .collect();
        let mut retractions = Vec::new();
        for share in state.shares.iter_mut().filter(|s| s.is_live()) {
            share.retract_requested_at = Some(now);
            let unsent = pending.iter().any(|r| matches!(&r.job, Job::Share { delivery, .. } if delivery.document_id == share.document_id));
            if unsent && share.delivered_at.is_none() {
                // Never sent: cancelling is enough. (It may have arrived without the app hearing
                // back; the retraction below is harmless when the document is not there.)
                share.retracted_at = Some(now);
            }
            retractions.push(Record::new(
                Job::Retract {
                    entry: Some(id),
                    case_id: share.case_id.clone(),
                    document_id: share.document_id.clone(),
                },
                now,
            ));
        }
        let queued = retractions.len() as u32;
        let status = if queued > 0 {
            ShareStatus::Retracting
        } else {
            ShareStatus::NotShared
        };
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        for record in &pending {
            tx.remove_outbox(record.id)?;
        }
        for record in &retractions {
            tx.put_outbox(record)?;
        }
        tx.put_sharing(id, &state)?;
        tx.set_share_status(id, status)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::ConsentWithdrawn,
            entry: Some(id),
            reason: format!("retractions:{queued}"),
        })?;
        tx.commit()?;
        Ok(queued)
    }
}

//! Runs the outbox against a case system.
//!
//! The vault is locked (its mutex, not the user's lock) only to read the due items and to record
//! each outcome; the network calls run without holding it, so the app stays responsive and a
//! capture during a sync is not delayed. Every outcome is committed together with its audit
//! record and the entry's new sharing status.

use std::sync::TryLockError;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::outbox::{Job, OUTBOX_TABLE, Record, Stage};
use super::transport::{CaseSystem, DeliveryStep, TransportError};
use crate::audit::{AuditAction, NewRecord};
use crate::error::SyncProblem;
use crate::error::{Damage, Error, Result};
use crate::model::ShareStatus;
use crate::store::Part;
use crate::vault::{Guard, Tx};

pub use super::outbox::{OutboxId, OutboxItem, OutboxKind};

/// Progress of a sync run, for the outbox screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SyncEvent {
    Started {
        total: u32,
    },
    Step {
        done: u32,
        total: u32,
        kind: OutboxKind,
        step: DeliveryStep,
    },
    ItemFinished {
        done: u32,
        total: u32,
        problem: Option<SyncProblem>,
    },
    Finished(SyncReport),
}

/// What a sync run achieved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncReport {
    pub delivered: u32,
    pub retracted: u32,
    /// Items refused by the case system and parked.
    pub parked: u32,
    /// Items that failed in a way that is retried later.
    pub deferred: u32,
    /// Items still in the outbox after the run.
    pub remaining: u32,
    /// Set when the run stopped early because the credentials were refused.
    pub stopped: Option<SyncProblem>,
    /// Set when another run (the background sync, or "send now") was already under way: this
    /// one sent nothing and left the queue to it.
    #[serde(default)]
    pub already_running: bool,
    /// Seconds the device clock was off from the case system's (server minus device), when the
    /// server refused a token for its time and the run corrected it and sent again.
    #[serde(default)]
    pub clock_corrected_seconds: Option<i64>,
}

impl Guard<'_> {
    pub(crate) fn outbox_records(&mut self) -> Result<Vec<Record>> {
        let (db, session) = self.unlocked()?;
        let mut records = Vec::new();
        session.reader(db)?.for_each(&OUTBOX_TABLE, |_, record| {
            records.push(record.ok_or(Error::Damaged(Damage::Record(Part::Outbox)))?);
            Ok(())
        })?;
        records.sort_by_key(|r| (r.created_at, r.id));
        Ok(records)
    }

    /// How many items wait in the outbox, without decrypting them.
    pub(crate) fn outbox_len(&mut self) -> Result<u32> {
        let (db, session) = self.unlocked()?;
        let len = session.reader(db)?.len(&OUTBOX_TABLE)?;
        Ok(u32::try_from(len).unwrap_or(u32::MAX))
    }

    /// One outbox record as it is now (`None` when it is gone: delivered by another run, or
    /// cancelled by a withdrawal).
    pub(crate) fn outbox_record(&mut self, id: u128) -> Result<Option<Record>> {
        let (db, session) = self.unlocked()?;
        session.reader(db)?.get(&OUTBOX_TABLE, id)
    }
}

impl Tx<'_> {
    pub(crate) fn put_outbox(&mut self, record: &Record) -> Result<()> {
        self.put(&OUTBOX_TABLE, record.id, record)
    }

    /// Removes an outbox item; whether it was still there.
    pub(crate) fn remove_outbox(&mut self, id: u128) -> Result<bool> {
        self.remove(&OUTBOX_TABLE, id)
    }
}

vault_handle!(
    /// What waits for the case system, and the runs that send it.
    Outbox,
    outbox
);

impl Outbox<'_> {
    /// Everything waiting in the outbox, oldest first.
    pub fn list(&self) -> Result<Vec<OutboxItem>> {
        Ok(self
            .guard()
            .outbox_records()?
            .iter()
            .map(Record::view)
            .collect())
    }

    /// When the next waiting item is due (`None` when nothing waits); the app schedules its
    /// automatic sync by this.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>> {
        Ok(self
            .guard()
            .outbox_records()?
            .iter()
            .filter(|r| r.stage == Stage::Waiting)
            .map(|r| r.next_attempt_at)
            .min())
    }

    /// Puts a parked item back in line for the next sync (after the worker fixed the cause).
    pub fn retry(&self, id: OutboxId) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let mut record = guard
            .outbox_records()?
            .into_iter()
            .find(|r| r.id == id.0)
            .ok_or(Error::OutboxItemNotFound)?;
        record.stage = Stage::Waiting;
        record.next_attempt_at = now;
        let entry = record.entry();
        let is_share = matches!(record.job, Job::Share { .. });
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_outbox(&record)?;
        if let (Some(entry), true) = (entry, is_share) {
            tx.set_share_status(entry, ShareStatus::Queued)?;
        }
        tx.commit()
    }

    /// Delivers what is due (everything waiting when `force`, e.g. the "send now" button),
    /// reporting progress. Safe to interrupt at any point: the next run picks up where this one
    /// stopped, and the case system never receives a document twice.
    pub fn sync_now(
        &self,
        system: &dyn CaseSystem,
        force: bool,
        on_event: &mut dyn FnMut(SyncEvent),
    ) -> Result<SyncReport> {
        // One run at a time. A second run returns at once rather than waiting: it may have been
        // started from the first run's own listener, on the same thread.
        let _one_run = match self.vault.sync_run.try_lock() {
            Ok(run) => run,
            Err(TryLockError::Poisoned(run)) => run.into_inner(),
            Err(TryLockError::WouldBlock) => {
                let report = SyncReport {
                    remaining: self.guard().outbox_len()?,
                    already_running: true,
                    ..SyncReport::default()
                };
                on_event(SyncEvent::Started { total: 0 });
                on_event(SyncEvent::Finished(report.clone()));
                return Ok(report);
            }
        };
        let now = self.vault.now();
        let due: Vec<Record> = self
            .guard()
            .outbox_records()?
            .into_iter()
            .filter(|r| r.stage == Stage::Waiting && (force || r.next_attempt_at <= now))
            .collect();
        let total = due.len() as u32;
        on_event(SyncEvent::Started { total });
        let mut report = SyncReport::default();
        for (index, listed) in due.into_iter().enumerate() {
            let done = index as u32;
            // The list was read before the run; since then consent may have been withdrawn
            // (which cancels a share) or another run may have delivered the item.
            let Some(record) = self.guard().outbox_record(listed.id)? else {
                continue;
            };
            if record.stage != Stage::Waiting {
                continue;
            }
            let kind = record.view().kind;
            let mut step = |step| {
                on_event(SyncEvent::Step {
                    done,
                    total,
                    kind,
                    step,
                })
            };
            let outcome = match &record.job {
                Job::Share { delivery, .. } | Job::TeamReport { delivery, .. } => {
                    system.deliver(delivery, &mut step).map(|_| ())
                }
                Job::Retract {
                    case_id,
                    document_id,
                    ..
                } => system.retract(case_id, document_id, &mut step),
            };
            let problem = outcome
                .as_ref()
                .err()
                .map(|err| SyncProblem::of_job(err, &record.job));
            self.record_outcome(record, outcome, &mut report)?;
            on_event(SyncEvent::ItemFinished {
                done: done + 1,
                total,
                problem,
            });
            if report.stopped.is_some() {
                break;
            }
        }
        report.remaining = self.guard().outbox_len()?;
        report.clock_corrected_seconds = system.clock_correction();
        on_event(SyncEvent::Finished(report.clone()));
        Ok(report)
    }

    fn record_outcome(
        &self,
        mut record: Record,
        outcome: std::result::Result<(), TransportError>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        // Gone when consent was withdrawn while the item was in flight, or when another run
        // recorded it first.
        let still_queued = tx.remove_outbox(record.id)?;
        match outcome {
            Ok(()) => match &record.job {
                Job::Share {
                    entry,
                    revision,
                    target,
                    delivery,
                } => {
                    if !tx.mark_delivered(*entry, *revision, &delivery.document_id, now)? {
                        return tx.commit();
                    }
                    report.delivered += 1;
                    tx.audit(NewRecord {
                        at: now,
                        action: AuditAction::Share,
                        entry: Some(*entry),
                        reason: format!("target:{target};revision:{revision}"),
                    })?;
                }
                Job::Retract {
                    entry, document_id, ..
                } => {
                    report.retracted += 1;
                    if let Some(entry) = entry {
                        tx.mark_retracted(*entry, document_id, now)?;
                    }
                    tx.audit(NewRecord {
                        at: now,
                        action: AuditAction::Retract,
                        entry: *entry,
                        reason: "consent-withdrawn-or-replaced".into(),
                    })?;
                }
                Job::TeamReport { week, .. } => {
                    report.delivered += 1;
                    tx.audit(NewRecord {
                        at: now,
                        action: AuditAction::Share,
                        entry: None,
                        reason: format!("team-report:{week}"),
                    })?;
                }
            },
            Err(_) if !still_queued => {
                // Cancelled in flight: the retraction queued with the withdrawal removes
                // whatever this attempt may have left on the server.
            }
            Err(err) => {
                record.problem = Some(SyncProblem::of_job(&err, &record.job));
                match &err {
                    TransportError::Unauthorized { .. } => {
                        report.stopped = record.problem.clone();
                    }
                    TransportError::Network { .. } | TransportError::Server { .. } => {
                        report.deferred += 1;
                        let retry_after = match &err {
                            TransportError::Server { retry_after, .. } => *retry_after,
                            _ => None,
                        };
                        record.back_off(now, retry_after);
                    }
                    TransportError::Rejected { .. }
                    | TransportError::Misconfigured { .. }
                    | TransportError::ForeignUrl { .. }
                    | TransportError::Redirected { .. }
                    | TransportError::CaseClosed { .. }
                    | TransportError::TypeMismatch { .. } => {
                        report.parked += 1;
                        record.stage = Stage::Parked;
                        record.attempts = record.attempts.saturating_add(1);
                        match &record.job {
                            Job::Share { entry, .. } => {
                                tx.set_share_status(*entry, ShareStatus::Parked)?;
                            }
                            Job::Retract { entry, .. }
                                if matches!(err, TransportError::CaseClosed { .. }) =>
                            {
                                // The copy stays at the municipality although consent was
                                // withdrawn: said in the outbox (`of_job`) and in the audit log
                                // (and so in the accountability report).
                                if let Some(entry) = entry {
                                    tx.set_share_status(*entry, ShareStatus::Parked)?;
                                }
                                tx.audit(NewRecord {
                                    at: now,
                                    action: AuditAction::RetractRefused,
                                    entry: *entry,
                                    reason: "case-closed".into(),
                                })?;
                            }
                            _ => {}
                        }
                    }
                }
                tx.put_outbox(&record)?;
            }
        }
        tx.commit()
    }
}

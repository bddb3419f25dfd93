//! The durable outbox: every delivery and retraction waits here, sealed in the vault, until the
//! case system confirmed it. It survives restarts and crashes; the engine resumes it.

use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::transport::{Delivery, TransportError};
use crate::error::SyncProblem;
use crate::model::EntryId;
use crate::positions::Partner;
use crate::store::OUTBOX;
use crate::store::sealed::{JsonRecord, Part, SealedTable};
use crate::time::IsoWeek;

/// The items waiting for the case system, by item id.
pub(crate) const OUTBOX_TABLE: SealedTable<u128, Record> = SealedTable::new(OUTBOX, Part::Outbox);

impl JsonRecord for Record {}

/// First retry delay; doubled per failed attempt, with jitter, up to [`BACKOFF_CAP`].
pub const BACKOFF_BASE: Duration = Duration::seconds(10);
/// The longest wait between attempts. Attempts themselves are unbounded: nothing is dropped.
pub const BACKOFF_CAP: Duration = Duration::hours(1);
/// The longest `Retry-After` the outbox honours.
pub const RETRY_AFTER_CAP: Duration = Duration::hours(24);

/// What an outbox item does.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Job {
    /// Deliver a minimised, consented entry.
    Share {
        entry: EntryId,
        revision: u32,
        target: Partner,
        delivery: Delivery,
    },
    /// Remove a delivered document (consent withdrawn, or replaced by a newer revision).
    Retract {
        entry: Option<EntryId>,
        case_id: String,
        document_id: String,
    },
    /// Deliver the weekly aggregate report to the team.
    TeamReport { week: IsoWeek, delivery: Delivery },
}

impl From<&TransportError> for SyncProblem {
    fn from(err: &TransportError) -> Self {
        match err {
            TransportError::Network { .. } => SyncProblem::Offline,
            TransportError::Server { status, .. } => SyncProblem::ServerTrouble { status: *status },
            TransportError::Rejected {
                status,
                detail,
                invalid_params,
            } => SyncProblem::Refused {
                status: *status,
                detail: detail.clone(),
                fields: invalid_params.clone(),
            },
            TransportError::Unauthorized { status } => {
                SyncProblem::NotAuthorised { status: *status }
            }
            TransportError::Misconfigured { detail } => SyncProblem::Misconfigured {
                detail: detail.clone(),
            },
            TransportError::ForeignUrl { origin } => SyncProblem::ForeignUrl {
                origin: origin.clone(),
            },
            TransportError::Redirected { status } => SyncProblem::Redirected { status: *status },
            TransportError::CaseClosed { .. } => SyncProblem::CaseClosed,
            TransportError::TypeMismatch { document } => SyncProblem::TypeMismatch {
                document: document.clone(),
            },
        }
    }
}

impl SyncProblem {
    /// The problem as the worker should read it for this item: a closed zaak that refuses a
    /// withdrawal means the municipality must remove the copy.
    pub(crate) fn of_job(err: &TransportError, job: &Job) -> SyncProblem {
        match (err, job) {
            (TransportError::CaseClosed { .. }, Job::Retract { .. }) => {
                SyncProblem::WithdrawalRefused
            }
            _ => SyncProblem::from(err),
        }
    }
}

/// Where an item stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Stage {
    /// Waiting for its next attempt.
    Waiting,
    /// Refused; waits for the worker (retry) or is removed by a retraction.
    Parked,
}

#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Record {
    pub id: u128,
    pub job: Job,
    pub stage: Stage,
    pub attempts: u32,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: DateTime<Utc>,
    pub problem: Option<SyncProblem>,
}

impl Record {
    pub fn new(job: Job, now: DateTime<Utc>) -> Record {
        Record {
            id: u128::from_be_bytes(crate::crypto::random_bytes()),
            job,
            stage: Stage::Waiting,
            attempts: 0,
            created_at: now,
            next_attempt_at: now,
            problem: None,
        }
    }

    /// Schedules the next attempt after a retryable failure.
    pub fn back_off(&mut self, now: DateTime<Utc>, retry_after: Option<std::time::Duration>) {
        self.attempts = self.attempts.saturating_add(1);
        let exponent = self.attempts.saturating_sub(1).min(20);
        let full = (BACKOFF_BASE * 2i32.saturating_pow(exponent)).min(BACKOFF_CAP);
        let millis = full.num_milliseconds().max(1);
        let jittered = Duration::milliseconds(rand::thread_rng().gen_range(millis / 2..=millis));
        let wait = match retry_after {
            Some(after) => Duration::from_std(after)
                .unwrap_or(RETRY_AFTER_CAP)
                .min(RETRY_AFTER_CAP),
            None => jittered,
        };
        self.next_attempt_at = now + wait;
    }

    pub fn entry(&self) -> Option<EntryId> {
        match &self.job {
            Job::Share { entry, .. } => Some(*entry),
            Job::Retract { entry, .. } => *entry,
            Job::TeamReport { .. } => None,
        }
    }

    pub fn view(&self) -> OutboxItem {
        let (kind, week) = match &self.job {
            Job::Share { .. } => (OutboxKind::Share, None),
            Job::Retract { .. } => (OutboxKind::Retract, None),
            Job::TeamReport { week, .. } => (OutboxKind::TeamReport, Some(*week)),
        };
        OutboxItem {
            id: OutboxId(self.id),
            kind,
            entry: self.entry(),
            week,
            parked: self.stage == Stage::Parked,
            attempts: self.attempts,
            created_at: self.created_at,
            next_attempt_at: self.next_attempt_at,
            problem: self.problem.clone(),
        }
    }
}

/// An outbox item's id: random, written as 32 hex digits (the form callers outside Rust pass
/// back to retry an item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct OutboxId(pub(crate) u128);

impl std::fmt::Display for OutboxId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl std::str::FromStr for OutboxId {
    type Err = crate::error::Error;

    /// Parses the written form; anything else names no item
    /// ([`Error::OutboxItemNotFound`](crate::error::Error::OutboxItemNotFound)).
    fn from_str(text: &str) -> Result<OutboxId, Self::Err> {
        let text = text.trim();
        if text.len() != 32 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(crate::error::Error::OutboxItemNotFound);
        }
        u128::from_str_radix(text, 16)
            .map(OutboxId)
            .map_err(|_| crate::error::Error::OutboxItemNotFound)
    }
}

impl From<OutboxId> for String {
    fn from(id: OutboxId) -> String {
        id.to_string()
    }
}

impl TryFrom<String> for OutboxId {
    type Error = crate::error::Error;

    fn try_from(text: String) -> Result<OutboxId, Self::Error> {
        text.parse()
    }
}

code_enum! {
    /// What an outbox item does, for display.
    OutboxKind, "outbox-kind" {
        Share = "share",
        Retract = "retract",
        TeamReport = "team-report",
    }
}

/// An outbox item as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: OutboxId,
    pub kind: OutboxKind,
    pub entry: Option<EntryId>,
    pub week: Option<IsoWeek>,
    /// Refused by the case system: waits for a manual retry.
    pub parked: bool,
    pub attempts: u32,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: DateTime<Utc>,
    pub problem: Option<SyncProblem>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record::new(
            Job::Retract {
                entry: None,
                case_id: "z".into(),
                document_id: "d".into(),
            },
            Utc::now(),
        )
    }

    #[test]
    fn backoff_grows_with_jitter_and_stays_capped() {
        let now = Utc::now();
        let mut r = record();
        let mut previous_max = Duration::zero();
        for attempt in 1..=40 {
            r.back_off(now, None);
            let wait = r.next_attempt_at - now;
            let full = (BACKOFF_BASE * 2i32.pow((attempt - 1).min(20) as u32)).min(BACKOFF_CAP);
            assert!(
                wait <= full && wait >= full / 2,
                "attempt {attempt}: {wait} vs {full}"
            );
            assert!(full >= previous_max);
            previous_max = full;
        }
        assert_eq!(r.attempts, 40, "attempts are unbounded");
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let now = Utc::now();
        let mut r = record();
        r.back_off(now, Some(std::time::Duration::from_secs(120)));
        assert_eq!(r.next_attempt_at - now, Duration::seconds(120));
        r.back_off(now, Some(std::time::Duration::from_secs(10_000_000)));
        assert_eq!(r.next_attempt_at - now, RETRY_AFTER_CAP);
    }
}

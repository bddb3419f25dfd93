//! The outbox and syncing it with the municipality's case system, with progress reported to a
//! listener the foreign side implements; the team lead's fetch of weekly reports.

use leefwereld_core as lw;
use lw::sync;

use crate::types::{IsoWeek, OutboxKind, TeamRefusal, to_ms};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// Why an outbox item is not delivered yet, in words a worker can act on.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncProblem {
    /// `offline`, `server`, `refused`, `not-authorised`, `misconfigured`, `foreign-url`,
    /// `redirected`, `case-closed`, `type-mismatch` or `withdrawal-refused`.
    pub code: String,
    /// The problem in plain words, in the vault's language.
    pub message: String,
    /// Whether the outbox tries again by itself (`offline`, `server`); otherwise the item is
    /// parked or the run stopped until the worker or administrator acts.
    pub retryable: bool,
    /// The HTTP status, when the case system answered.
    pub status: Option<u16>,
}

impl SyncProblem {
    pub(crate) fn from_core(problem: &sync::SyncProblem, lang: lw::Lang) -> Self {
        use sync::SyncProblem as P;
        let status = match problem {
            P::ServerTrouble { status }
            | P::Refused { status, .. }
            | P::NotAuthorised { status }
            | P::Redirected { status } => Some(*status),
            P::Offline
            | P::Misconfigured { .. }
            | P::ForeignUrl { .. }
            | P::CaseClosed
            | P::TypeMismatch { .. }
            | P::WithdrawalRefused => None,
        };
        SyncProblem {
            code: problem.code().to_owned(),
            message: problem.localized(lang),
            retryable: matches!(problem, P::Offline | P::ServerTrouble { .. }),
            status,
        }
    }
}

/// An outbox item as the outbox screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OutboxItem {
    /// Pass this to `retry_outbox_item`.
    pub id: String,
    pub kind: OutboxKind,
    pub entry: Option<String>,
    /// For a team report: its week.
    pub week: Option<IsoWeek>,
    /// Refused by the case system: waits for a manual retry.
    pub parked: bool,
    pub attempts: u32,
    pub created_at_ms: i64,
    pub next_attempt_at_ms: i64,
    pub problem: Option<SyncProblem>,
}

impl OutboxItem {
    pub(crate) fn from_core(item: sync::OutboxItem, lang: lw::Lang) -> Self {
        OutboxItem {
            id: item.id.to_string(),
            kind: item.kind,
            entry: item.entry.map(|id| id.to_string()),
            week: item.week.map(Into::into),
            parked: item.parked,
            attempts: item.attempts,
            created_at_ms: to_ms(item.created_at),
            next_attempt_at_ms: to_ms(item.next_attempt_at),
            problem: item.problem.map(|p| SyncProblem::from_core(&p, lang)),
        }
    }
}

/// The step a delivery is at, with its translated `label(lang)`: the core's own enum.
pub use sync::DeliveryStep;

/// What a sync run achieved.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    /// Another run was already under way; this one sent nothing.
    pub already_running: bool,
    /// Seconds the device clock was off from the case system's, when the run corrected it.
    pub clock_corrected_seconds: Option<i64>,
}

impl SyncReport {
    // Without the HTTP client (the iOS check on Linux) nothing syncs, so nothing converts.
    #[cfg_attr(not(feature = "zgw-http"), allow(dead_code))]
    fn from_core(r: sync::SyncReport, lang: lw::Lang) -> Self {
        SyncReport {
            delivered: r.delivered,
            retracted: r.retracted,
            parked: r.parked,
            deferred: r.deferred,
            remaining: r.remaining,
            stopped: r.stopped.map(|p| SyncProblem::from_core(&p, lang)),
            already_running: r.already_running,
            clock_corrected_seconds: r.clock_corrected_seconds,
        }
    }
}

/// Progress of a sync run. `done` counts finished items, `total` the items due at the start.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SyncEvent {
    Started {
        total: u32,
    },
    /// An item is at `step`; `label` is the step in the vault's language.
    Step {
        done: u32,
        total: u32,
        kind: OutboxKind,
        step: DeliveryStep,
        label: String,
    },
    /// An item finished: delivered when `problem` is empty.
    ItemFinished {
        done: u32,
        total: u32,
        problem: Option<SyncProblem>,
    },
    Finished {
        report: SyncReport,
    },
}

impl SyncEvent {
    // Without the HTTP client (the iOS check on Linux) nothing syncs, so nothing converts.
    #[cfg_attr(not(feature = "zgw-http"), allow(dead_code))]
    fn from_core(event: sync::SyncEvent, lang: lw::Lang) -> Self {
        match event {
            sync::SyncEvent::Started { total } => SyncEvent::Started { total },
            sync::SyncEvent::Step {
                done,
                total,
                kind,
                step,
            } => SyncEvent::Step {
                done,
                total,
                kind,
                step,
                label: leefwereld_locales::tr(lang, step.label_id()),
            },
            sync::SyncEvent::ItemFinished {
                done,
                total,
                problem,
            } => SyncEvent::ItemFinished {
                done,
                total,
                problem: problem.map(|p| SyncProblem::from_core(&p, lang)),
            },
            sync::SyncEvent::Finished(report) => SyncEvent::Finished {
                report: SyncReport::from_core(report, lang),
            },
        }
    }
}

/// What a listener may raise; the sync carries on regardless (a failing progress display
/// must not stop a delivery).
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ListenerError {
    #[error("the sync listener failed")]
    Failed,
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ListenerError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ListenerError::Failed
    }
}

/// Receives the progress of a sync run, on the thread that called `sync_with_connection`.
/// It must not start another sync of the same vault.
#[uniffi::export(callback_interface)]
pub trait SyncListener: Send + Sync {
    fn on_event(&self, event: SyncEvent) -> Result<(), ListenerError>;
}

/// A weekly report the team lead's app refused, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RefusedReport {
    /// The document's `identificatie` in the case system.
    pub document_id: String,
    pub refusal: TeamRefusal,
    /// The reason in plain words, in the vault's language.
    pub explanation: String,
}

/// The outcome of fetching the weekly reports.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FetchOutcome {
    pub accepted: u32,
    pub refused: Vec<RefusedReport>,
    /// Texts of accepted reports left out because the minimiser found identifiers in them.
    pub withheld_texts: u32,
}

#[uniffi::export]
impl Vault {
    /// Everything waiting in the outbox, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxItem>, LeefwereldError> {
        let lang = self.inner.language();
        let items = self.call(self.inner.outbox().list())?;
        Ok(items
            .into_iter()
            .map(|item| OutboxItem::from_core(item, lang))
            .collect())
    }

    /// When the next waiting item is due (Unix milliseconds); none when nothing waits.
    pub fn outbox_next_due_ms(&self) -> Result<Option<i64>, LeefwereldError> {
        Ok(self.call(self.inner.outbox().next_due())?.map(to_ms))
    }

    /// Puts a parked item back in line for the next sync; an unknown id raises `OutboxItemNotFound`.
    pub fn retry_outbox_item(&self, id: String) -> Result<(), LeefwereldError> {
        self.call(
            self.inner
                .check_unlocked()
                .and_then(|()| id.parse::<lw::sync::OutboxId>())
                .and_then(|id| self.inner.outbox().retry(id)),
        )
    }
}

#[cfg(feature = "zgw-http")]
use leefwereld_zgw::ConnectionExt;

#[cfg(feature = "zgw-http")]
#[uniffi::export]
impl Vault {
    /// Delivers what is due to the municipality of the stored connection profile (everything
    /// waiting when `force`, the "send now" button), reporting progress to `listener`. A
    /// failure to reach the case system is not an error: it is in the report and the events,
    /// and the item waits for the next run. Without a profile raises `NoConnection`.
    pub fn sync_with_connection(
        &self,
        force: bool,
        listener: Box<dyn SyncListener>,
    ) -> Result<SyncReport, LeefwereldError> {
        let lang = self.inner.language();
        let mut on_event = |event: sync::SyncEvent| {
            // A listener that raises only misses its own progress display.
            let _ = listener.on_event(SyncEvent::from_core(event, lang));
        };
        let report = self.call(self.inner.connection().sync(force, &mut on_event))?;
        Ok(SyncReport::from_core(report, lang))
    }

    /// The team lead's side: fetches, checks and keeps the weekly reports of `weeks` from the
    /// case system. Needs a connection profile (else `NoConnection`) that names a team (else
    /// `NoTeam`); an unreachable case system raises `Sync`.
    pub fn fetch_team_reports_with_connection(
        &self,
        weeks: Vec<IsoWeek>,
    ) -> Result<FetchOutcome, LeefwereldError> {
        let weeks: Vec<lw::IsoWeek> =
            self.arg(weeks.into_iter().map(TryInto::try_into).collect())?;
        let lang = self.inner.language();
        let outcome = self.call(self.inner.connection().fetch_team_reports(&weeks))?;
        Ok(FetchOutcome {
            accepted: outcome.accepted,
            withheld_texts: outcome.withheld_texts,
            refused: outcome
                .refused
                .into_iter()
                .map(|(document_id, refusal)| RefusedReport {
                    document_id,
                    explanation: refusal.explanation(lang),
                    refusal,
                })
                .collect(),
        })
    }
}

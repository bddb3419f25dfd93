//! One cell of the fault matrix: queue a little work, arm one fault on one kind of call, sync,
//! check what the first run made of it, then get the work through the way the app would (wait
//! for the backoff, force, or let the worker retry a parked item).

use std::collections::VecDeque;

use chrono::Duration;
use leefwereld_core::sync::{OutboxKind, SyncProblem, SyncReport};
use leefwereld_core::{Clock, EntryKind, ShareStatus};
use leefwereld_tests::zgw::{Fault, Matcher};

use crate::sync::{Ledger, Note, Plan, SLOW, World};

/// The kinds of call the ZGW client makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Types,
    ZaakSearch,
    ZaakCreate,
    DocumentSearch,
    DocumentCreate,
    LinkSearch,
    LinkCreate,
    LinkDelete,
    DocumentDelete,
}

impl Call {
    pub const ALL: [Call; 9] = [
        Call::Types,
        Call::ZaakSearch,
        Call::ZaakCreate,
        Call::DocumentSearch,
        Call::DocumentCreate,
        Call::LinkSearch,
        Call::LinkCreate,
        Call::LinkDelete,
        Call::DocumentDelete,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Call::Types => "types?",
            Call::ZaakSearch => "zaak?",
            Call::ZaakCreate => "zaak+",
            Call::DocumentSearch => "doc?",
            Call::DocumentCreate => "doc+",
            Call::LinkSearch => "link?",
            Call::LinkCreate => "link+",
            Call::LinkDelete => "link-",
            Call::DocumentDelete => "doc-",
        }
    }

    /// The first request of this kind from now on.
    pub fn matcher(self) -> Matcher {
        let (method, path) = match self {
            Call::Types => ("GET", "/catalogi/api/v1/zaaktypen"),
            Call::ZaakSearch => ("GET", "/zaken/api/v1/zaken"),
            Call::ZaakCreate => ("POST", "/zaken/api/v1/zaken"),
            Call::DocumentSearch => ("GET", "/documenten/api/v1/enkelvoudiginformatieobjecten"),
            Call::DocumentCreate => ("POST", "/documenten/api/v1/enkelvoudiginformatieobjecten"),
            Call::LinkSearch => ("GET", "/zaken/api/v1/zaakinformatieobjecten"),
            Call::LinkCreate => ("POST", "/zaken/api/v1/zaakinformatieobjecten"),
            Call::LinkDelete => ("DELETE", "/zaken/api/v1/zaakinformatieobjecten/*"),
            Call::DocumentDelete => (
                "DELETE",
                "/documenten/api/v1/enkelvoudiginformatieobjecten/*",
            ),
        };
        Matcher::new(method, path)
    }

    /// Made only by a retraction.
    pub fn retracts(self) -> bool {
        matches!(self, Call::LinkDelete | Call::DocumentDelete)
    }

    /// A create, after whose failure the client searches for what it may have made.
    pub fn creates(self) -> bool {
        matches!(
            self,
            Call::ZaakCreate | Call::DocumentCreate | Call::LinkCreate
        )
    }
}

/// Every fault the server can inject, with its row label.
pub fn faults() -> Vec<(Fault, &'static str)> {
    vec![
        (Fault::DropBeforeCommit, "dropped before commit"),
        (Fault::DropAfterCommit, "dropped after commit"),
        (Fault::SlowAfterCommit { delay: SLOW }, "slow after commit"),
        (Fault::InternalError, "500"),
        (
            Fault::Unavailable {
                retry_after_secs: 120,
            },
            "503 Retry-After 120",
        ),
        (Fault::Unauthorized, "401"),
        (Fault::Forbidden, "403"),
        (Fault::PreconditionFailed, "412"),
        // Followed, it would reach the discard port and read as "offline": parked means the
        // redirect was not followed.
        (
            Fault::Redirect {
                location: "http://127.0.0.1:9/elders".into(),
            },
            "307 elsewhere",
        ),
        (Fault::ZaakClosed, "403 zaak closed"),
    ]
}

/// What the first sync run made of the fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstRun {
    /// Done in the same run: the search after the failure found what the server committed.
    SameRun,
    /// Deferred as offline (no answer), backed off with jitter.
    Offline,
    /// Deferred as server trouble (5xx), backed off (Retry-After when given).
    ServerTrouble,
    /// Parked as refused until the worker retries it.
    Parked,
    /// The run stopped: credentials refused; everything stays queued.
    Stopped,
}

impl FirstRun {
    pub fn code(self) -> &'static str {
        match self {
            FirstRun::SameRun => "same",
            FirstRun::Offline => "net",
            FirstRun::ServerTrouble => "5xx",
            FirstRun::Parked => "park",
            FirstRun::Stopped => "stop",
        }
    }
}

/// What the outbox must make of `fault` on `call`.
pub fn expected(fault: &Fault, call: Call) -> FirstRun {
    match fault {
        Fault::Unauthorized | Fault::Forbidden => FirstRun::Stopped,
        Fault::PreconditionFailed | Fault::Redirect { .. } | Fault::ZaakClosed => FirstRun::Parked,
        Fault::InternalError | Fault::Unavailable { .. } => FirstRun::ServerTrouble,
        Fault::DropBeforeCommit => FirstRun::Offline,
        Fault::DropAfterCommit | Fault::SlowAfterCommit { .. } if call.creates() => {
            FirstRun::SameRun
        }
        Fault::DropAfterCommit | Fault::SlowAfterCommit { .. } => FirstRun::Offline,
    }
}

/// Hands out shareable notes: each batch starts with a signal, so it creates a zaak.
pub struct Feeder {
    signals: VecDeque<usize>,
    trends: VecDeque<usize>,
}

impl Feeder {
    pub fn new(notes: &[Note]) -> Feeder {
        let of = |plans: &[Plan]| {
            notes
                .iter()
                .enumerate()
                .filter(|(_, n)| plans.contains(&n.plan))
                .map(|(i, _)| i)
                .collect()
        };
        Feeder {
            signals: of(&[Plan::Signal, Plan::ChildSignal]),
            trends: of(&[Plan::Trend]),
        }
    }

    /// A signal, a trend and another signal (as far as there are any left).
    pub fn batch(&mut self) -> Vec<usize> {
        [
            self.signals.pop_front(),
            self.trends.pop_front(),
            self.signals.pop_front(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Everything not handed out yet.
    pub fn rest(&mut self) -> Vec<usize> {
        self.signals
            .drain(..)
            .chain(self.trends.drain(..))
            .collect()
    }
}

/// The outcome of one cell, for the table.
pub struct CellResult {
    pub first: FirstRun,
    /// Sync runs until the outbox was empty.
    pub runs: u32,
    /// Requests the server saw in this cell.
    pub requests: usize,
}

fn classify(report: &SyncReport) -> Option<FirstRun> {
    if report.stopped.is_some() {
        Some(FirstRun::Stopped)
    } else if report.parked > 0 {
        Some(FirstRun::Parked)
    } else if report.deferred > 0 {
        None
    } else {
        Some(FirstRun::SameRun)
    }
}

/// Queues the cell's work: three new shares, or (for the delete calls) two withdrawals of
/// delivered notes. Returns the notes involved, in queue order.
fn queue_work(
    world: &World,
    ledger: &mut Ledger,
    notes: &[Note],
    feeder: &mut Feeder,
    call: Call,
) -> Vec<usize> {
    let vault = world.vault();
    let involved: Vec<usize> = if call.retracts() {
        ledger
            .live()
            .filter(|s| {
                vault
                    .entries()
                    .get(notes[s.note].id)
                    .map(|e| e.share_status)
                    .ok()
                    == Some(ShareStatus::Shared)
            })
            .map(|s| s.note)
            .take(2)
            .collect()
    } else {
        feeder.batch()
    };
    assert!(
        !involved.is_empty(),
        "the population has enough notes for {call:?}"
    );
    for &index in &involved {
        if call.retracts() {
            assert_eq!(
                ledger.withdraw(vault, notes, index),
                1,
                "one retraction queued"
            );
        } else {
            ledger
                .share(vault, notes, index)
                .expect("a shareable note is shared");
        }
        // One second apart, so the queue order is the order of queueing.
        world.clock.advance(Duration::seconds(1));
    }
    involved
}

/// Runs one cell and checks every step; see the module docs.
pub fn run_cell(
    world: &World,
    ledger: &mut Ledger,
    notes: &[Note],
    feeder: &mut Feeder,
    (fault, label): &(Fault, &'static str),
    call: Call,
) -> CellResult {
    let cell = format!("{label} on {}", call.label());
    let involved = queue_work(world, ledger, notes, feeder, call);
    let vault = world.vault();
    let server = &world.server;
    let start = server.request_log().len();
    server.inject(fault.clone(), call.matcher());
    let report = world.sync(false);
    assert_eq!(server.pending_faults(), 0, "{cell}: the fault fired");
    let waiting = vault.outbox().list().expect("outbox");
    let first = classify(&report).unwrap_or_else(|| {
        match waiting.first().and_then(|i| i.problem.as_ref()) {
            Some(SyncProblem::Offline) => FirstRun::Offline,
            _ => FirstRun::ServerTrouble,
        }
    });
    assert_eq!(first, expected(fault, call), "{cell}: {report:?}");
    if first != FirstRun::SameRun {
        // The item the fault hit stays queued and visible, with the reason.
        let hit = waiting
            .first()
            .unwrap_or_else(|| panic!("{cell}: the hit item is still queued"));
        assert!(hit.problem.is_some(), "{cell}: the outbox says why");
        let entry = hit.entry.expect("about an entry");
        let status = vault.entries().get(entry).expect("entry").share_status;
        if call.retracts() {
            assert_eq!(hit.kind, OutboxKind::Retract, "{cell}");
            // A withdrawal the closed zaak refuses will not happen by waiting: it shows as
            // refused; any other stays "being removed".
            let expected_status = if *fault == Fault::ZaakClosed {
                ShareStatus::Parked
            } else {
                ShareStatus::Retracting
            };
            assert_eq!(status, expected_status, "{cell}: the withdrawal is visible");
        } else {
            assert_eq!(hit.kind, OutboxKind::Share, "{cell}");
            let expected_status = if first == FirstRun::Parked {
                ShareStatus::Parked
            } else {
                ShareStatus::Queued
            };
            assert_eq!(status, expected_status, "{cell}");
        }
    }
    let mut runs = 1;
    match first {
        FirstRun::SameRun => {}
        FirstRun::Stopped => {
            let status = if *fault == Fault::Unauthorized {
                401
            } else {
                403
            };
            assert_eq!(
                report.stopped,
                Some(SyncProblem::NotAuthorised { status }),
                "{cell}"
            );
            let log = server.request_log();
            assert_eq!(
                log.last().and_then(|r| r.fault.clone()).as_ref(),
                Some(fault),
                "{cell}: nothing was sent after the refusal"
            );
            let done = (report.delivered + report.retracted) as usize;
            assert_eq!(
                waiting.len(),
                involved.len() - done,
                "{cell}: the rest stays queued"
            );
            assert_eq!(
                waiting[0].problem,
                Some(SyncProblem::NotAuthorised { status })
            );
            assert!(
                waiting[1..]
                    .iter()
                    .all(|i| i.problem.is_none() && i.attempts == 0),
                "{cell}: untouched"
            );
            world.sync(false);
            runs += 1;
        }
        FirstRun::Parked => {
            let parked = &waiting[0];
            assert!(parked.parked, "{cell}");
            assert!(
                matches!(
                    parked.problem,
                    Some(SyncProblem::Refused { status: 412, .. })
                        | Some(SyncProblem::Redirected { status: 307 })
                        | Some(SyncProblem::CaseClosed)
                        | Some(SyncProblem::WithdrawalRefused)
                ),
                "{cell}: {:?}",
                parked.problem
            );
            let before = server.request_log().len();
            let report = world.sync(true);
            assert_eq!(
                (
                    report.delivered,
                    report.retracted,
                    server.request_log().len()
                ),
                (0, 0, before),
                "{cell}: a parked item waits for the worker, even on a forced run"
            );
            vault.outbox().retry(parked.id).expect("retry");
            world.sync(false);
            runs += 2;
        }
        FirstRun::Offline | FirstRun::ServerTrouble => {
            assert_eq!(waiting.len(), 1, "{cell}: only the hit item waits");
            let item = &waiting[0];
            let wait = item.next_attempt_at - world.clock.now();
            match fault {
                Fault::Unavailable { retry_after_secs } => {
                    assert_eq!(
                        item.problem,
                        Some(SyncProblem::ServerTrouble { status: 503 })
                    );
                    assert_eq!(
                        wait,
                        Duration::seconds(*retry_after_secs as i64),
                        "{cell}: Retry-After honoured"
                    );
                }
                Fault::InternalError => {
                    assert_eq!(
                        item.problem,
                        Some(SyncProblem::ServerTrouble { status: 500 })
                    );
                    assert!(
                        wait >= Duration::seconds(5) && wait <= Duration::seconds(10),
                        "{cell}: first backoff {wait}"
                    );
                }
                _ => {
                    assert_eq!(item.problem, Some(SyncProblem::Offline));
                    assert!(
                        wait >= Duration::seconds(5) && wait <= Duration::seconds(10),
                        "{cell}: first backoff {wait}"
                    );
                }
            }
            let before = server.request_log().len();
            let report = world.sync(false);
            assert_eq!(
                (report.deferred, server.request_log().len()),
                (0, before),
                "{cell}: not due yet, not tried"
            );
            if first == FirstRun::Offline {
                // The worker presses "send now".
                world.sync(true);
            } else {
                world.wait_for_next_due();
                world.sync(false);
            }
            runs += 2;
        }
    }
    assert!(
        vault.outbox().list().expect("outbox").is_empty(),
        "{cell}: everything went through"
    );
    for &index in &involved {
        let status = vault
            .entries()
            .get(notes[index].id)
            .expect("entry")
            .share_status;
        let expected = if call.retracts() {
            ShareStatus::Retracted
        } else {
            ShareStatus::Shared
        };
        assert_eq!(
            status,
            expected,
            "{cell}: {:?}",
            notes[index].kind == EntryKind::Trend
        );
    }
    CellResult {
        first,
        runs,
        requests: server.request_log().len() - start,
    }
}

//! Syncing to a municipality's case system through every fault the network and the server can
//! produce: every consented, minimised entry arrives exactly once, nothing else ever arrives,
//! withdrawals retract, and the outbox survives a crash in the middle of a run.
//!
//! `cargo test -p leefwereld-tests --test sync_fault_matrix -- --nocapture` prints the table.

#[path = "sync_fault_matrix/cells.rs"]
mod cells;
mod sync;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use chrono::Duration;
use leefwereld_core::sync::{DeliveryStep, OutboxId, OutboxKind, SyncEvent, SyncProblem};
use leefwereld_core::{AuditAction, Error, Partner, ShareStatus};
use leefwereld_tests::zgw::{Fault, Matcher};

use cells::{Call, CellResult, Feeder, faults, run_cell};
use sync::checks::{History, assert_clean_history, assert_server_state};
use sync::{Ledger, Note, Plan, SLOW, World, mixed_plans, populate};

/// The app being killed in the middle of a sync run.
struct SimulatedCrash;

/// Keeps the simulated crashes out of the test output; every other panic is reported as usual.
fn quiet_simulated_crashes() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !info.payload().is::<SimulatedCrash>() {
                default(info);
            }
        }));
    });
}

/// The notes that must never be shared are refused with the reason their plan stands for.
fn ineligible_notes_are_refused(world: &World, notes: &[Note]) {
    for note in notes.iter().filter(|n| !n.plan.shareable()) {
        let err = world
            .vault()
            .sharing()
            .share(note.id, Partner::MunicipalityOov)
            .expect_err("an ineligible note is not shared");
        let Error::NotEligible(blockers) = err else {
            panic!("{:?}: {err:?}", note.plan)
        };
        let expected = note.plan.blocker().expect("a reason");
        assert!(
            blockers.contains(&expected),
            "{:?}: {blockers:?}",
            note.plan
        );
    }
    assert!(world.vault().outbox().list().expect("outbox").is_empty());
}

fn print_table(rows: &[(&str, Vec<CellResult>)]) {
    print!("{:<22}", "fault \\ call");
    for call in Call::ALL {
        print!("{:>9}", call.label());
    }
    println!("{:>10}", "requests");
    for (label, cells) in rows {
        print!("{label:<22}");
        for cell in cells {
            print!("{:>9}", format!("{}/{}", cell.first.code(), cell.runs));
        }
        println!("{:>10}", cells.iter().map(|c| c.requests).sum::<usize>());
    }
    println!(
        "outcome/runs-to-empty. same: done in the same run (the search after the failure found the commit); \
         net: deferred as offline, sent on \"send now\"; 5xx: deferred with backoff or Retry-After, sent when due; \
         park: parked as refused, sent after the worker's retry; stop: run stopped, rest queued, sent on the next run."
    );
    println!(
        "calls: ? search, + create, - delete; types = zaaktype lookup in Catalogi. Each delivery cell queues a signal, \
         a trend and a signal; each delete cell withdraws two delivered notes."
    );
}

#[test]
fn every_consented_entry_arrives_exactly_once_through_every_fault() {
    quiet_simulated_crashes();
    let started = std::time::Instant::now();
    let mut world = World::new();
    // Enough for every cell of the matrix and a long second phase (a row of cells takes about 40).
    let plans = mixed_plans(380);
    let notes = populate(world.vault(), &plans);
    ineligible_notes_are_refused(&world, &notes);
    let mut ledger = Ledger::default();
    let mut feeder = Feeder::new(&notes);

    // 1. The matrix: every fault on every kind of call.
    let mut rows = Vec::new();
    for fault in faults() {
        let cells: Vec<CellResult> = Call::ALL
            .iter()
            .map(|call| run_cell(&world, &mut ledger, &notes, &mut feeder, &fault, *call))
            .collect();
        rows.push((fault.1, cells));
    }
    assert_clean_history(&world, &ledger, &notes);
    assert_server_state(&world, &ledger, &notes);

    // 2. Everything else at once, with faults sprinkled in, a crash in the middle of a run and
    // a restart while the queue is stopped.
    for index in feeder.rest() {
        ledger.share(world.vault(), &notes, index).expect("share");
    }
    for (index, _) in notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.plan == Plan::WithdrawnBeforeSync)
    {
        ledger.share(world.vault(), &notes, index).expect("share");
        ledger.withdraw(world.vault(), &notes, index);
        let queued = world.vault().outbox().list().expect("outbox");
        assert!(
            !queued
                .iter()
                .any(|i| i.kind == OutboxKind::Share && i.entry == Some(notes[index].id)),
            "withdrawing cancels the share that was not sent yet"
        );
    }
    let server = &world.server;
    let documents = "/documenten/api/v1/enkelvoudiginformatieobjecten";
    let links = "/zaken/api/v1/zaakinformatieobjecten";
    server.inject(
        Fault::DropAfterCommit,
        Matcher::new("POST", documents).nth(3),
    );
    server.inject(
        Fault::SlowAfterCommit { delay: SLOW },
        Matcher::new("POST", "/zaken/api/v1/zaken").nth(4),
    );
    server.inject(Fault::InternalError, Matcher::new("GET", documents).nth(7));
    server.inject(Fault::DropBeforeCommit, Matcher::new("POST", links).nth(9));
    server.inject(
        Fault::Unavailable {
            retry_after_secs: 30,
        },
        Matcher::new("POST", links).nth(15),
    );
    let due = world.vault().outbox().list().expect("outbox");
    let mut linking = 0;
    let mut crashed_at = None;
    let crash = catch_unwind(AssertUnwindSafe(|| {
        world.sync_with(false, &mut |event| {
            if let SyncEvent::Step {
                done,
                step: DeliveryStep::Linking,
                ..
            } = event
            {
                linking += 1;
                if linking == 20 {
                    crashed_at = Some(done as usize);
                    std::panic::panic_any(SimulatedCrash);
                }
            }
        })
    }));
    assert!(crash.is_err(), "the run was cut short");
    let crashed = &due[crashed_at.expect("crashed while linking")];
    let crashed_entry = crashed.entry.expect("a share");
    let reference = ledger
        .shares
        .values()
        .find(|s| notes[s.note].id == crashed_entry)
        .map(|s| s.reference.clone())
        .expect("shared");
    let orphan = world
        .server
        .documents()
        .into_iter()
        .find(|d| d.identificatie == reference)
        .expect("the document was created before the crash");
    assert!(
        !world
            .server
            .links()
            .iter()
            .any(|l| l.informatieobject == orphan.url),
        "but not linked yet"
    );
    let before: Vec<OutboxId> = world
        .vault()
        .outbox()
        .list()
        .expect("outbox")
        .into_iter()
        .map(|i| i.id)
        .collect();
    world.restart();
    let after: Vec<OutboxId> = world
        .vault()
        .outbox()
        .list()
        .expect("outbox")
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(before, after, "the outbox survived the crash");
    assert!(
        after.contains(&crashed.id),
        "the interrupted delivery is still queued"
    );

    world.server.inject(
        Fault::Forbidden,
        Matcher::new("GET", "/zaken/api/v1/zaken").nth(5),
    );
    let report = world.sync(true);
    assert_eq!(
        report.stopped,
        Some(SyncProblem::NotAuthorised { status: 403 })
    );
    let queued = world.vault().outbox().list().expect("outbox");
    let next_due = world.vault().outbox().next_due().expect("outbox");
    world.restart();
    assert_eq!(
        world.vault().outbox().list().expect("outbox"),
        queued,
        "the queue survives a restart"
    );
    assert_eq!(
        world.vault().outbox().next_due().expect("outbox"),
        next_due,
        "and so do the backoffs"
    );
    let mut bulk_runs = 2;
    while !world.vault().outbox().list().expect("outbox").is_empty() {
        assert!(bulk_runs < 20, "the outbox drains");
        world.wait_for_next_due();
        world.sync(false);
        bulk_runs += 1;
    }
    assert_eq!(
        world.server.pending_faults(),
        0,
        "every sprinkled fault fired"
    );

    // 3. Late withdrawals of delivered signals and trends, the first of them hitting a fault.
    let late: Vec<usize> = ledger.live().map(|s| s.note).take(6).collect();
    for &index in &late {
        assert_eq!(ledger.withdraw(world.vault(), &notes, index), 1);
        world.clock.advance(Duration::seconds(1));
    }
    world.server.inject(
        Fault::InternalError,
        Matcher::new("DELETE", &format!("{documents}/*")),
    );
    let report = world.sync(false);
    assert_eq!((report.retracted, report.deferred), (5, 1));
    let waiting = world.vault().outbox().list().expect("outbox");
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].kind, OutboxKind::Retract);
    assert_eq!(
        world
            .vault()
            .entries()
            .get(waiting[0].entry.expect("entry"))
            .expect("entry")
            .share_status,
        ShareStatus::Retracting
    );
    world.wait_for_next_due();
    assert_eq!(world.sync(false).retracted, 1);

    let history: History = assert_clean_history(&world, &ledger, &notes);
    assert_server_state(&world, &ledger, &notes);
    let audit = world.vault().audit().log(0, u64::MAX).expect("audit");
    let delivered = ledger
        .shares
        .values()
        .filter(|s| notes[s.note].plan != Plan::WithdrawnBeforeSync)
        .count();
    let withdrawn = ledger.shares.values().filter(|s| !s.live).count();
    let count = |action| audit.iter().filter(|r| r.action == action).count();
    assert_eq!(
        count(AuditAction::Share),
        delivered,
        "one audit record per delivery"
    );
    assert_eq!(count(AuditAction::Retract), withdrawn, "one per retraction");

    print_table(&rows);
    let eligible = notes
        .iter()
        .filter(|n| n.plan.shareable() && n.plan != Plan::WithdrawnBeforeSync)
        .count();
    println!(
        "\nnotes {} (shareable {eligible}, refused {}, withdrawn before sync {}); delivered {delivered}, retracted {withdrawn}; \
         live on server: {} documents, {} links, {} zaken",
        notes.len(),
        notes.iter().filter(|n| !n.plan.shareable()).count(),
        notes
            .iter()
            .filter(|n| n.plan == Plan::WithdrawnBeforeSync)
            .count(),
        world.server.documents().len(),
        world.server.links().len(),
        world.server.zaken().len(),
    );
    println!(
        "requests {} (faults fired {}): documents created {}, zaken created {}, links created {}, deletes {}; \
         bulk phase: crash while linking + restart, 403 stop + restart, {bulk_runs} runs; refused by the server: 0",
        history.requests,
        history.faults_fired,
        history.documents_posted,
        history.zaken_created,
        history.links_created,
        history.deletes,
    );
    println!(
        "wall time {:.1} s (not asserted)",
        started.elapsed().as_secs_f64()
    );
}

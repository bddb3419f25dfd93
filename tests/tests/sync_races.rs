//! Sync runs racing the worker: consent withdrawn while a run is under way, and two runs that
//! overlap (the background sync and the "send now" button). The app runs a sync in the
//! background while the worker goes on using the vault, so both happen.
//!
//! The engine re-reads each outbox item just before sending it and records an outcome only
//! for an item that is still queued, and one vault runs one sync at a time; these tests hold
//! it to that.

mod sync;

use chrono::Duration;
use leefwereld_core::sync::{DeliveryStep, SyncEvent};
use leefwereld_core::{AuditAction, ShareStatus, Vault};
use leefwereld_tests::zgw::{Fault, Matcher};

use sync::{Ledger, Note, Plan, World, populate};

/// Three consented signals, shared one second apart (so the queue is in this order).
fn three_shared(world: &World) -> (Vec<Note>, Ledger) {
    let notes = populate(world.vault(), &[Plan::Signal, Plan::Signal, Plan::Signal]);
    let mut ledger = Ledger::default();
    for index in 0..notes.len() {
        ledger.share(world.vault(), &notes, index).expect("share");
        world.clock.advance(Duration::seconds(1));
    }
    (notes, ledger)
}

/// Runs until the outbox is empty, waiting out each backoff.
fn drain(world: &World) {
    for _ in 0..5 {
        if world.vault().outbox().list().expect("outbox").is_empty() {
            return;
        }
        world.wait_for_next_due();
        world.sync(false);
    }
    panic!("the outbox did not drain");
}

fn withdraw(vault: &Vault, note: &Note) {
    assert_eq!(
        vault.sharing().withdraw_consent(note.id).expect("withdraw"),
        1
    );
}

/// The `identificatie` of every document the client tried to create.
fn documents_sent(world: &World) -> Vec<String> {
    world
        .server
        .request_log()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/enkelvoudiginformatieobjecten"))
        .filter_map(|r| serde_json::from_slice::<serde_json::Value>(&r.body).ok())
        .filter_map(|b| b["identificatie"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn consent_withdrawn_during_a_run_keeps_the_entry_from_arriving() {
    let world = World::new();
    let (notes, ledger) = three_shared(&world);
    let late = ledger.of_note(2).expect("shared").reference.clone();
    let mut withdrew = false;
    world.sync_with(false, &mut |event| {
        if let SyncEvent::ItemFinished { done: 1, .. } = event
            && !withdrew
        {
            withdrew = true;
            withdraw(world.vault(), &notes[2]);
        }
    });
    assert!(withdrew, "the withdrawal happened during the run");
    assert!(
        !documents_sent(&world).contains(&late),
        "a document was sent after its consent was withdrawn"
    );
    assert_ne!(
        world
            .vault()
            .entries()
            .get(notes[2].id)
            .expect("entry")
            .share_status,
        ShareStatus::Shared
    );
    drain(&world);
    assert_eq!(world.server.documents().len(), 2);
    assert_eq!(
        world
            .vault()
            .entries()
            .get(notes[2].id)
            .expect("entry")
            .share_status,
        ShareStatus::Retracted
    );
}

#[test]
fn a_share_that_fails_while_consent_is_withdrawn_is_never_sent_later() {
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    world.server.inject(
        Fault::DropBeforeCommit,
        Matcher::new("POST", "/documenten/api/v1/enkelvoudiginformatieobjecten"),
    );
    let mut withdrew = false;
    world.sync_with(false, &mut |event| {
        if let SyncEvent::Step {
            step: DeliveryStep::CreatingDocument,
            ..
        } = event
            && !withdrew
        {
            // The worker withdraws while the document is on its way; the connection drops.
            withdrew = true;
            withdraw(world.vault(), &notes[0]);
        }
    });
    assert_eq!(world.server.pending_faults(), 0, "the delivery failed");
    drain(&world);
    assert!(
        world.server.documents().is_empty(),
        "nothing of an entry whose consent was withdrawn stays at the municipality \
         (it arrived {} time(s) after the withdrawal; status {:?})",
        documents_sent(&world).len() - 1,
        world
            .vault()
            .entries()
            .get(notes[0].id)
            .expect("entry")
            .share_status
    );
    assert_eq!(
        world
            .vault()
            .entries()
            .get(notes[0].id)
            .expect("entry")
            .share_status,
        ShareStatus::Retracted
    );
}

#[test]
fn overlapping_sync_runs_record_each_delivery_once() {
    let world = World::new();
    three_shared(&world);
    let mut inner = None;
    let outer = world.sync_with(false, &mut |event| {
        if let SyncEvent::Started { .. } = event
            && inner.is_none()
        {
            // The second run starts while the first one holds the queue (here on the same
            // thread, which must not deadlock).
            inner = Some(world.sync(false));
        }
    });
    let inner = inner.expect("the second run ran");
    assert!(
        inner.already_running && inner.delivered == 0,
        "the second run leaves the queue to the first: {inner:?}"
    );
    assert_eq!(
        world.server.documents().len(),
        3,
        "the server has each once"
    );
    let audit = world.vault().audit().log(0, u64::MAX).expect("audit");
    let shares = audit
        .iter()
        .filter(|r| r.action == AuditAction::Share)
        .count();
    assert_eq!(
        (shares, outer.delivered + inner.delivered),
        (3, 3),
        "each delivery is audited and reported once"
    );
}

//! The audit log detects edits, deletions, reordering and truncation.

mod support;

use leefwereld_core::{AuditAction, ChainProblem, Damage, Error, Lang, store, store::Part};
use redb::ReadableTable;
use support::*;

fn fixture_with_history() -> Fixture {
    let fx = Fixture::new();
    for i in 0..5 {
        let entry = fx
            .vault
            .entries()
            .capture(trend(&format!("trend {i}")), vec![])
            .unwrap();
        fx.vault
            .entries()
            .edit(entry.id, trend(&format!("trend {i} bewerkt")), vec![])
            .unwrap();
    }
    fx
}

/// Changes the audit table with a redb editor, as someone with the phone's storage could, and
/// unlocks again.
fn tamper(
    fx: Fixture,
    change: impl FnOnce(&mut redb::Table<u64, &[u8]>),
) -> Result<Fixture, Error> {
    let path = fx.path();
    let clock = fx.clock.clone();
    let dir = fx.dir;
    drop(fx.vault);
    let db = redb::Database::open(path.join(store::DATABASE_FILE)).unwrap();
    let txn = db.begin_write().unwrap();
    change(&mut txn.open_table(store::AUDIT).unwrap());
    txn.commit().unwrap();
    drop(db);
    let vault = leefwereld_core::Vault::open_with(&path, options(&clock)).unwrap();
    vault.unlock(PASSPHRASE)?;
    Ok(Fixture { dir, clock, vault })
}

/// The unlock refused, naming the audit log, and nothing opened.
fn refused(result: Result<Fixture, Error>) {
    match result {
        Err(err @ Error::Damaged(Damage::Record(Part::AuditLog))) => {
            assert!(err.localized(Lang::Nl).contains("logboek"));
        }
        Err(other) => panic!("unexpected error {other:?}"),
        Ok(_) => panic!("a vault with a changed audit log opened"),
    }
}

fn value(table: &redb::Table<u64, &[u8]>, seq: u64) -> Vec<u8> {
    table.get(seq).unwrap().unwrap().value().to_vec()
}

#[test]
fn every_action_is_logged_without_content() {
    let fx = fixture_with_history();
    let log = fx.vault.audit().log(0, 1000).unwrap();
    assert_eq!(log.len(), 10);
    assert!(log.iter().enumerate().all(|(i, r)| r.seq == i as u64));
    assert_eq!(
        log.iter()
            .filter(|r| r.action == AuditAction::Create)
            .count(),
        5
    );
    assert!(
        log.iter()
            .all(|r| r.actor == "JW-07" && !r.reason.contains("trend "))
    );
    assert!(fx.vault.audit().verify().unwrap().intact());
}

#[test]
fn an_edited_record_is_detected() {
    let fx = tamper(fixture_with_history(), |t| {
        let mut v = value(t, 3);
        let last = v.len() - 1;
        v[last] ^= 1;
        t.insert(3, v.as_slice()).unwrap();
    })
    .unwrap();
    let report = fx.vault.audit().verify().unwrap();
    assert_eq!(report.problem, Some((3, ChainProblem::Altered)));
}

// Deleting, reordering, cutting off or renumbering records changes which (sequence, version)
// pairs the file holds: the head's digest no longer matches and unlock is refused.

#[test]
fn a_deleted_record_is_detected() {
    refused(tamper(fixture_with_history(), |t| {
        t.remove(4).unwrap();
    }));
}

#[test]
fn reordered_records_are_detected() {
    refused(tamper(fixture_with_history(), |t| {
        let (a, b) = (value(t, 2), value(t, 6));
        t.insert(2, b.as_slice()).unwrap();
        t.insert(6, a.as_slice()).unwrap();
    }));
}

#[test]
fn a_cut_off_tail_is_detected() {
    refused(tamper(fixture_with_history(), |t| {
        t.remove(9).unwrap();
        t.remove(8).unwrap();
    }));
}

#[test]
fn a_replaced_record_from_another_place_breaks_the_link() {
    refused(tamper(fixture_with_history(), |t| {
        let rest: Vec<Vec<u8>> = (6..10).map(|s| value(t, s)).collect();
        for (i, v) in rest.iter().enumerate() {
            t.insert(5 + i as u64, v.as_slice()).unwrap();
        }
        t.remove(9).unwrap();
    }));
}

#[test]
fn the_chain_survives_lock_and_reopen() {
    let fx = fixture_with_history().reopen();
    fx.vault.unlock(PASSPHRASE).unwrap();
    fx.vault
        .entries()
        .capture(trend("na heropenen"), vec![])
        .unwrap();
    let report = fx.vault.audit().verify().unwrap();
    assert!(report.intact());
    assert_eq!(report.records, 11);
    let log = fx.vault.audit().log(0, 100).unwrap();
    let read_back: Vec<_> = log.iter().map(|r| r.seq).collect();
    assert_eq!(read_back, (0..11).collect::<Vec<_>>());
}

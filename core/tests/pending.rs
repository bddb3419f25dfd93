//! Notes made while the vault is locked: sealed to the public recipient at once, unreadable
//! until unlock, confirmed or discarded by the worker one by one; a planted one cannot slip in.

mod support;

use leefwereld_core::frames::FrameRule;
use leefwereld_core::{
    AuditAction, Error, Lang, PENDING_MAX, Profile, Role, SourceType, Vault, store,
};
use redb::ReadableDatabase;
use support::*;

const MARKER: &str = "VASTGELEGD-IN-DE-BUS-4411";

fn locked(fx: &Fixture) {
    fx.vault.lock();
    assert!(matches!(fx.vault.entries().count(), Err(Error::Locked)));
}

#[test]
fn a_note_made_while_locked_waits_unreadable_and_joins_the_vault_when_confirmed() {
    let fx = Fixture::new();
    let fx = fx.reopen();
    let noted = fx.vault.now();
    fx.vault
        .pending()
        .capture(trend(&format!("Nieuwe challenge {MARKER}")), vec![])
        .unwrap();
    assert_eq!(
        fx.vault.pending().count().unwrap(),
        1,
        "the lock screen may say how many"
    );
    assert!(matches!(fx.vault.pending().list(), Err(Error::Locked)));
    assert!(
        !contains(&all_bytes(&fx.path()), MARKER.as_bytes()),
        "no plaintext on disk"
    );

    fx.clock.advance(chrono::Duration::minutes(20));
    fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(
        fx.vault.entries().count().unwrap(),
        0,
        "nothing joins by itself"
    );
    let pending = fx.vault.pending().list().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].noted_at, Some(noted));
    let content = pending[0].content.clone().expect("readable after unlock");
    assert!(content.text.contains(MARKER));

    let entry = fx.vault.pending().confirm(&pending[0].id).unwrap();
    assert_eq!(entry.recorded_at, noted, "kept when it was noted");
    assert_eq!(fx.vault.entries().count().unwrap(), 1);
    assert_eq!(fx.vault.pending().count().unwrap(), 0);
    let audit = fx.vault.audit().log(0, u64::MAX).unwrap();
    let create = audit
        .iter()
        .find(|r| r.action == AuditAction::Create)
        .unwrap();
    assert_eq!(create.at, fx.vault.now(), "confirmed now");
    assert!(
        create
            .reason
            .contains(&format!("noted-while-locked:{}", noted.to_rfc3339())),
        "{}",
        create.reason
    );
    assert!(matches!(
        fx.vault.pending().confirm(&pending[0].id),
        Err(Error::PendingNotFound)
    ));
    assert!(
        !contains(&all_bytes(&fx.path()), MARKER.as_bytes()),
        "no plaintext on disk"
    );
}

#[test]
fn a_discarded_note_is_gone_and_the_discard_is_audited() {
    let fx = Fixture::new();
    locked(&fx);
    fx.vault
        .pending()
        .capture(trend("Toch niet nodig"), vec![])
        .unwrap();
    fx.vault.unlock(PASSPHRASE).unwrap();
    let id = fx.vault.pending().list().unwrap().remove(0).id;
    fx.vault.pending().discard(&id).unwrap();
    assert!(fx.vault.pending().list().unwrap().is_empty());
    assert_eq!(fx.vault.entries().count().unwrap(), 0);
    let audit = fx.vault.audit().log(0, u64::MAX).unwrap();
    assert!(
        audit
            .iter()
            .any(|r| r.action == AuditAction::Delete && r.reason == "noted-while-locked-discarded")
    );
    assert!(matches!(
        fx.vault.pending().discard("geen-id"),
        Err(Error::PendingNotFound)
    ));
}

#[test]
fn a_planted_note_is_shown_unconfirmed_and_garbage_can_only_be_discarded() {
    let fx = Fixture::new();
    let recipient = fx.vault.recipient().unwrap();
    let fx = fx.reopen();
    // Someone with the file and the public recipient writes two records: a well-formed note
    // and garbage. Neither needs the passphrase.
    let content = trend("Geplant door iemand anders");
    let planted = serde_json::json!({
        "noted_at": start(),
        "content": content,
        "attachments": [],
    });
    let sealed = leefwereld_core::share::payload::encrypt_to(
        std::slice::from_ref(&recipient),
        planted.to_string().as_bytes(),
    )
    .unwrap();
    // The vault holds its file open; the attacker works on it while the app is closed.
    drop(fx.vault);
    {
        let db =
            redb::Database::open(fx.dir.path().join("vault").join(store::DATABASE_FILE)).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut table = txn.open_table(store::PENDING_NOTES).unwrap();
            table.insert(7u128, sealed.as_slice()).unwrap();
            table.insert(8u128, b"geen age".as_slice()).unwrap();
        }
        txn.commit().unwrap();
        let read = db.begin_read().unwrap();
        drop(read);
    }
    let vault = Vault::open_with(fx.dir.path().join("vault"), options(&fx.clock)).unwrap();
    assert_eq!(vault.pending().count().unwrap(), 2);
    vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(vault.entries().count().unwrap(), 0, "nothing slipped in");
    let pending = vault.pending().list().unwrap();
    assert_eq!(pending.len(), 2);
    let readable = pending.iter().find(|p| p.content.is_some()).unwrap();
    let garbage = pending.iter().find(|p| p.content.is_none()).unwrap();
    assert_eq!(readable.content.as_ref().unwrap().text, content.text);
    assert!(matches!(
        vault.pending().confirm(&garbage.id),
        Err(Error::PendingNotFound)
    ));
    vault.pending().discard(&garbage.id).unwrap();
    vault.pending().discard(&readable.id).unwrap();
    assert_eq!(vault.pending().count().unwrap(), 0);
}

#[test]
fn notes_made_while_locked_open_after_a_passphrase_change() {
    let fx = Fixture::new();
    locked(&fx);
    fx.vault
        .pending()
        .capture(trend(&format!("Voor de wissel {MARKER}")), vec![])
        .unwrap();
    fx.vault.unlock(PASSPHRASE).unwrap();
    fx.vault
        .change_passphrase(PASSPHRASE, OTHER_PASSPHRASE, &options(&fx.clock))
        .unwrap();
    fx.vault.lock();
    fx.vault.unlock(OTHER_PASSPHRASE).unwrap();
    let pending = fx.vault.pending().list().unwrap();
    assert!(pending[0].content.as_ref().unwrap().text.contains(MARKER));
}

#[test]
fn the_pending_area_is_bounded_and_says_so() {
    let fx = Fixture::new();
    locked(&fx);
    for _ in 0..PENDING_MAX {
        fx.vault.pending().capture(trend("kort"), vec![]).unwrap();
    }
    let err = fx
        .vault
        .pending()
        .capture(trend("een te veel"), vec![])
        .unwrap_err();
    assert!(matches!(err, Error::PendingFull { max } if max == PENDING_MAX));
    assert!(err.localized(Lang::Nl).contains("wachten al"));
}

#[test]
fn an_invalid_note_is_refused_on_the_lock_screen_as_anywhere() {
    let fx = Fixture::new();
    locked(&fx);
    let err = fx
        .vault
        .pending()
        .capture(trend("   "), vec![])
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(_)));
    assert_eq!(fx.vault.pending().count().unwrap(), 0);
}

#[test]
fn role_frames_run_at_confirmation_and_for_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let clock = std::sync::Arc::new(leefwereld_core::ManualClock::new(start()));
    let profile = Profile {
        role: Role::Police,
        ..profile()
    };
    let vault = Vault::create(dir.path().join("v"), PASSPHRASE, profile, options(&clock)).unwrap();
    let mut content = signal("Ronselbericht in besloten kanaal", "Tip van collega");
    content.source_type = SourceType::ClosedGroup;
    vault.lock();
    vault.pending().capture(content.clone(), vec![]).unwrap();
    vault.unlock(PASSPHRASE).unwrap();
    let id = vault.pending().list().unwrap().remove(0).id;
    assert!(matches!(
        vault.pending().confirm(&id),
        Err(Error::FrameRefused(ref r)) if r.contains(&FrameRule::PoliceClosedSource)
    ));
    assert_eq!(
        vault.pending().count().unwrap(),
        1,
        "still waiting, to be completed"
    );
    // The same content through an import is refused as well (hard rule 4).
    assert!(matches!(
        vault.entries().capture_batch(vec![content]),
        Err(Error::FrameRefused(_))
    ));
    assert_eq!(vault.entries().count().unwrap(), 0);
}

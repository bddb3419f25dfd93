//! Creating, unlocking, locking, re-keying and wiping a vault.

mod support;

use leefwereld_core::{
    AuditAction, Damage, Error, Lang, Profile, Role, Vault, VaultOptions, store,
};
use support::*;

#[test]
fn a_new_vault_is_unlocked_and_reopens_locked() {
    let fx = Fixture::new();
    assert!(!fx.vault.is_locked());
    fx.vault
        .entries()
        .capture(trend("Nieuwe challenge op TikTok"), vec![])
        .unwrap();
    let fx = fx.reopen();
    assert!(fx.vault.is_locked());
    assert!(matches!(fx.vault.entries().count(), Err(Error::Locked)));
    fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(fx.vault.entries().count().unwrap(), 1);
    assert_eq!(fx.vault.profile().unwrap().pseudonym, "JW-07");
}

#[test]
fn a_wrong_passphrase_is_a_clear_error_and_is_audited_after_the_next_unlock() {
    let fx = Fixture::new().reopen();
    let err = fx.vault.unlock("verkeerde wachtzin hier").unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase));
    assert!(err.localized(Lang::Nl).contains("wachtzin klopt niet"));
    assert!(err.localized(Lang::En).contains("passphrase is wrong"));
    let _ = fx.vault.unlock("nog een poging fout");
    let report = fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(report.failed_attempts, 2);
    let log = fx.vault.audit().log(0, 100).unwrap();
    let failures = log
        .iter()
        .filter(|r| r.action == AuditAction::UnlockFailure)
        .count();
    assert_eq!(failures, 2);
    assert!(fx.vault.audit().verify().unwrap().intact());
}

#[test]
fn lock_forgets_the_keys_and_unlock_restores_everything() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(trend("Veel gepraat over een nieuwe app"), vec![])
        .unwrap();
    fx.vault.lock();
    assert!(fx.vault.is_locked());
    assert!(matches!(
        fx.vault.entries().get(entry.id),
        Err(Error::Locked)
    ));
    assert!(matches!(
        fx.vault.entries().capture(trend("x"), vec![]),
        Err(Error::Locked)
    ));
    fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(
        fx.vault.entries().get(entry.id).unwrap().content.text,
        "Veel gepraat over een nieuwe app"
    );
}

#[test]
fn the_vault_locks_itself_after_the_idle_timeout() {
    let fx = Fixture::new();
    assert!(!fx.vault.lock_if_idle());
    fx.clock.advance(chrono::Duration::seconds(119));
    assert!(!fx.vault.lock_if_idle());
    fx.clock.advance(chrono::Duration::seconds(2));
    assert!(fx.vault.lock_if_idle());
    assert!(fx.vault.is_locked());
}

#[test]
fn background_work_does_not_keep_an_unattended_vault_unlocked() {
    let fx = Fixture::new();
    fx.clock.advance(chrono::Duration::seconds(100));
    // An automatic sync polling the outbox while nobody touches the app.
    leefwereld_core::in_background(|| {
        fx.vault.outbox().list().unwrap();
        fx.vault
            .entries()
            .list(&leefwereld_core::ListFilter::default(), 0, 5)
            .unwrap();
    });
    fx.clock.advance(chrono::Duration::seconds(21));
    assert!(fx.vault.lock_if_idle(), "background calls are not activity");

    fx.vault.unlock(PASSPHRASE).unwrap();
    fx.clock.advance(chrono::Duration::seconds(100));
    fx.vault.outbox().list().unwrap();
    fx.clock.advance(chrono::Duration::seconds(21));
    assert!(!fx.vault.lock_if_idle(), "the user's own calls are");
}

#[test]
fn changing_the_passphrase_rotates_the_keys() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(trend("Trend blijft leesbaar"), vec![])
        .unwrap();
    let opts = options(&fx.clock);
    assert!(matches!(
        fx.vault
            .change_passphrase("fout fout fout fout", OTHER_PASSPHRASE, &opts),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        fx.vault.change_passphrase(PASSPHRASE, "kort", &opts),
        Err(Error::WeakPassphrase)
    ));
    assert!(matches!(
        fx.vault.change_passphrase(PASSPHRASE, PASSPHRASE, &opts),
        Err(Error::SamePassphrase)
    ));
    fx.vault
        .change_passphrase(PASSPHRASE, OTHER_PASSPHRASE, &opts)
        .unwrap();
    let fx = fx.reopen();
    assert!(matches!(
        fx.vault.unlock(PASSPHRASE),
        Err(Error::WrongPassphrase)
    ));
    fx.vault.unlock(OTHER_PASSPHRASE).unwrap();
    assert_eq!(
        fx.vault.entries().get(entry.id).unwrap().content.text,
        "Trend blijft leesbaar"
    );
}

#[test]
fn weak_passphrases_and_incomplete_profiles_are_refused_at_creation() {
    let dir = tempfile::tempdir().unwrap();
    let clock = std::sync::Arc::new(leefwereld_core::ManualClock::new(start()));
    let err = Vault::create(
        dir.path().join("a"),
        "welkom123",
        profile(),
        options(&clock),
    )
    .err()
    .unwrap();
    assert!(matches!(err, Error::WeakPassphrase));
    let mut incomplete = profile();
    incomplete.organisation = "  ".into();
    let err = Vault::create(
        dir.path().join("b"),
        PASSPHRASE,
        incomplete,
        options(&clock),
    )
    .err()
    .unwrap();
    assert!(matches!(
        err,
        Error::InvalidSetting {
            name: "organisation"
        }
    ));
    assert!(!dir.path().join("a").exists() && !dir.path().join("b").exists());
}

#[test]
fn a_second_instance_on_the_same_vault_is_refused() {
    let fx = Fixture::new();
    let second = Vault::open_with(fx.path(), options(&fx.clock));
    assert!(matches!(second, Err(Error::InUse)), "{:?}", second.err());
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let fx = Fixture::new();
    let again = Vault::create(fx.path(), PASSPHRASE, profile(), options(&fx.clock));
    assert!(matches!(again, Err(Error::AlreadyExists)));
}

#[test]
fn a_missing_folder_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Vault::open(dir.path().join("nothing")),
        Err(Error::NoVault)
    ));
}

#[test]
fn a_truncated_or_garbled_database_is_reported_as_damaged() {
    for damage in ["truncate", "garble", "empty"] {
        let fx = Fixture::new();
        for i in 0..20 {
            fx.vault
                .entries()
                .capture(trend(&format!("trend {i}")), vec![])
                .unwrap();
        }
        let path = fx.path();
        let clock = fx.clock.clone();
        drop(fx.vault);
        let db = path.join(store::DATABASE_FILE);
        let mut bytes = std::fs::read(&db).unwrap();
        match damage {
            "truncate" => bytes.truncate(bytes.len() / 3),
            "garble" => {
                for b in bytes.iter_mut().skip(4096).step_by(7) {
                    *b ^= 0x5a;
                }
            }
            _ => bytes.clear(),
        }
        std::fs::write(&db, bytes).unwrap();
        let result =
            Vault::open_with(&path, options(&clock)).and_then(|v| v.unlock(PASSPHRASE).map(|_| v));
        match result {
            Err(Error::Damaged(_)) | Err(Error::Storage(_)) => {}
            Err(other) => panic!("{damage}: unexpected error {other:?}"),
            Ok(_) => panic!("{damage}: a damaged vault opened"),
        }
    }
}

#[test]
fn a_vault_of_a_newer_format_is_refused_before_anything_changes() {
    let fx = Fixture::new();
    let path = fx.path();
    let clock = fx.clock.clone();
    drop(fx.vault);
    let db = redb::Database::open(path.join(store::DATABASE_FILE)).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(store::CLEAR)
        .unwrap()
        .insert("format", 99u32.to_be_bytes().as_slice())
        .unwrap();
    txn.commit().unwrap();
    drop(db);
    let err = Vault::open_with(&path, options(&clock)).err().unwrap();
    assert!(matches!(
        err,
        Error::NewerFormat {
            found: 99,
            supported: 2
        }
    ));
    assert!(err.localized(Lang::En).contains("newer version"));
    // Nothing was migrated or rewritten: the newer version still finds its own format.
    let db = redb::Database::open(path.join(store::DATABASE_FILE)).unwrap();
    let read = redb::ReadableDatabase::begin_read(&db).unwrap();
    let meta = read.open_table(store::CLEAR).unwrap();
    let format = redb::ReadableTable::get(&meta, "format")
        .unwrap()
        .unwrap()
        .value()
        .to_vec();
    assert!(format == 99u32.to_be_bytes(), "format record changed");
}

#[test]
fn a_damaged_key_file_is_a_typed_error() {
    let fx = Fixture::new();
    let path = fx.path();
    let clock = fx.clock.clone();
    drop(fx.vault);
    let key = path.join(store::KEY_FILE);
    let mut bytes = std::fs::read(&key).unwrap();
    let last = bytes.len() - 5;
    bytes[last] ^= 0x01;
    std::fs::write(&key, &bytes).unwrap();
    let vault = Vault::open_with(&path, options(&clock)).unwrap();
    let err = vault.unlock(PASSPHRASE).unwrap_err();
    // The clear checksum tells a damaged key file apart from a wrong passphrase.
    assert!(matches!(err, Error::Damaged(Damage::KeyFile)), "{err:?}");
    std::fs::write(&key, b"not an age file").unwrap();
    assert!(matches!(
        vault.unlock(PASSPHRASE),
        Err(Error::Damaged(Damage::KeyFile))
    ));
}

#[test]
fn a_key_file_from_another_vault_does_not_fit() {
    let a = Fixture::new();
    let b = Fixture::new();
    let (pa, pb, clock) = (a.path(), b.path(), a.clock.clone());
    drop(a.vault);
    drop(b.vault);
    std::fs::copy(pb.join(store::KEY_FILE), pa.join(store::KEY_FILE)).unwrap();
    let vault = Vault::open_with(&pa, options(&clock)).unwrap();
    assert!(matches!(
        vault.unlock(PASSPHRASE),
        Err(Error::Damaged(Damage::KeyMismatch))
    ));
}

#[test]
fn wipe_removes_everything_and_makes_the_vault_unusable() {
    let fx = Fixture::new();
    fx.vault
        .entries()
        .capture(trend("weg ermee"), vec![])
        .unwrap();
    fx.vault.wipe().unwrap();
    assert!(!fx.path().exists());
    assert!(matches!(fx.vault.entries().count(), Err(Error::Wiped)));
    assert!(matches!(fx.vault.unlock(PASSPHRASE), Err(Error::Wiped)));
    assert!(matches!(Vault::open(fx.path()), Err(Error::NoVault)));
}

#[test]
fn a_wipe_cut_short_after_the_key_is_destroyed_leaves_nothing_readable() {
    let fx = Fixture::new();
    fx.vault
        .entries()
        .capture(trend("weg ermee"), vec![])
        .unwrap();
    let path = fx.path();
    let clock = fx.clock.clone();
    drop(fx.vault);
    // Simulate the first step of a wipe only: the key is destroyed, the database remains.
    std::fs::remove_file(path.join(store::KEY_FILE)).unwrap();
    let err = Vault::open_with(&path, options(&clock)).err().unwrap();
    assert!(matches!(err, Error::Damaged(Damage::KeyFile)));
}

#[test]
fn the_training_vault_keeps_nothing_on_disk_and_works_the_same() {
    let clock = std::sync::Arc::new(leefwereld_core::ManualClock::new(start()));
    let profile = Profile {
        role: Role::Police,
        ..profile()
    };
    let vault = Vault::create_in_memory(PASSPHRASE, profile, options(&clock)).unwrap();
    assert!(vault.is_in_memory());
    let entry = vault.entries().capture(trend("oefening"), vec![]).unwrap();
    vault.lock();
    assert!(matches!(
        vault.unlock("fout fout fout fout"),
        Err(Error::WrongPassphrase)
    ));
    vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(
        vault.entries().get(entry.id).unwrap().content.text,
        "oefening"
    );
    vault.wipe().unwrap();
    assert!(matches!(vault.unlock(PASSPHRASE), Err(Error::Wiped)));
}

#[test]
fn language_is_readable_while_locked_and_switchable() {
    let fx = Fixture::new();
    assert_eq!(fx.vault.language(), Lang::Nl);
    fx.vault.set_language(Lang::En).unwrap();
    let fx = fx.reopen();
    assert_eq!(fx.vault.language(), Lang::En);
}

#[test]
fn default_options_use_the_phone_work_factor() {
    assert_eq!(
        VaultOptions::default().work_factor,
        leefwereld_core::WORK_FACTOR_DEFAULT
    );
}

//! Someone with the phone's storage but not the passphrase (a backup, a forensic copy, malware
//! on a locked phone) has nothing but a redb editor and the vault's public recipient. Every
//! change they can make ends in a typed error naming the record, or a refused unlock; never a
//! panic and never a silently different vault (issue 11).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Duration;
use leefwereld_core::share::{ConsentGiver, ConsentInput, InformedHow};
use leefwereld_core::store::{self, Part};
use leefwereld_core::{
    Damage, EntryContent, EntryId, Error, Lang, ListFilter, ManualClock, Partner, Platform,
    SourceType, Theme, Vault,
};
use leefwereld_tests::{PASSPHRASE, fast_options, youth_worker};
use redb::{ReadableDatabase, ReadableTable};

const NEW_PASSPHRASE: &str = "zeilboot lantaarn kaasschaaf";

struct Victim {
    _dir: tempfile::TempDir,
    path: PathBuf,
    clock: Arc<ManualClock>,
}

impl Victim {
    /// A vault with a few entries, then locked and closed: what the attacker finds.
    fn new(setup: impl FnOnce(&Vault)) -> Victim {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault");
        let clock = Arc::new(ManualClock::new(start()));
        let vault = Vault::create(
            &path,
            PASSPHRASE,
            youth_worker(),
            fast_options(clock.clone()),
        )
        .unwrap();
        setup(&vault);
        drop(vault);
        Victim {
            _dir: dir,
            path,
            clock,
        }
    }

    fn db(&self) -> redb::Database {
        redb::Database::open(self.path.join(store::DATABASE_FILE)).unwrap()
    }

    fn recipient(&self) -> String {
        let db = self.db();
        let read = db.begin_read().unwrap();
        let clear = read.open_table(store::CLEAR).unwrap();
        let value = clear.get("recipient").unwrap().unwrap();
        String::from_utf8(value.value().to_vec()).unwrap()
    }

    fn unlock(&self) -> Result<(Vault, leefwereld_core::UnlockReport), Error> {
        let vault = Vault::open_with(&self.path, fast_options(self.clock.clone()))?;
        let report = vault.unlock(PASSPHRASE)?;
        Ok((vault, report))
    }

    fn edit<K: redb::Key + 'static>(
        &self,
        def: redb::TableDefinition<K, &[u8]>,
        change: impl FnOnce(&mut redb::Table<K, &[u8]>),
    ) {
        let db = self.db();
        let txn = db.begin_write().unwrap();
        change(&mut txn.open_table(def).unwrap());
        txn.commit().unwrap();
    }
}

fn start() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
        .unwrap()
        .into()
}

fn trend(text: &str) -> EntryContent {
    EntryContent::trend(Theme::Borderline, Platform::TikTok, text, start())
}

fn signal(text: &str) -> EntryContent {
    EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        text,
        "aanleiding",
        start(),
    )
}

/// What an attacker can make: a valid age file to the vault's public recipient.
fn age_to(recipient: &str, plain: &[u8]) -> Vec<u8> {
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    age::encrypt(&recipient, plain).unwrap()
}

/// The database key of an entry (its UUID as a number).
fn key(id: EntryId) -> u128 {
    uuid::Uuid::parse_str(&id.to_string()).unwrap().as_u128()
}

fn id_of(key: u128) -> EntryId {
    uuid::Uuid::from_u128(key).to_string().parse().unwrap()
}

fn u128_value(table: &redb::Table<u128, &[u8]>, key: u128) -> Vec<u8> {
    table.get(key).unwrap().unwrap().value().to_vec()
}

fn refused_naming(result: Result<(Vault, leefwereld_core::UnlockReport), Error>, part: Part) {
    match result {
        Err(err @ Error::Damaged(Damage::Record(found))) => {
            assert_eq!(found, part, "{err:?}");
            // Translated, and naming the part in words.
            assert!(err.localized(Lang::En).contains("changed outside the app"));
        }
        Err(other) => panic!("expected damage of {part:?}, got {other:?}"),
        Ok(_) => panic!("the vault opened after {part:?} was changed"),
    }
}

fn refused_head(result: Result<(Vault, leefwereld_core::UnlockReport), Error>) {
    match result {
        Err(Error::Damaged(Damage::Head)) => {}
        Err(other) => panic!("expected a refused head, got {other:?}"),
        Ok(_) => panic!("the vault opened with a changed head"),
    }
}

fn two_entries() -> (Victim, EntryId, EntryId) {
    let mut ids = Vec::new();
    let victim = Victim::new(|vault| {
        ids.push(
            vault
                .entries()
                .capture(trend("eerste trend"), vec![])
                .unwrap()
                .id,
        );
        ids.push(
            vault
                .entries()
                .capture(trend("tweede trend"), vec![])
                .unwrap()
                .id,
        );
    });
    (victim, ids[0], ids[1])
}

#[test]
fn swapped_entries_are_both_reported_and_neither_reads_as_the_other() {
    let (victim, a, b) = two_entries();
    victim.edit(store::ENTRIES, |t| {
        let (va, vb) = (u128_value(t, key(a)), u128_value(t, key(b)));
        t.insert(key(a), vb.as_slice()).unwrap();
        t.insert(key(b), va.as_slice()).unwrap();
    });
    let (vault, report) = victim.unlock().unwrap();
    let mut expected = vec![a, b];
    expected.sort();
    assert_eq!(report.damaged, expected);
    for id in [a, b] {
        let err = vault.entries().get(id).unwrap_err();
        assert!(matches!(err, Error::EntryDamaged(found) if found == id));
        assert!(err.localized(Lang::Nl).contains(&id.short()));
    }
    let page = vault.entries().list(&ListFilter::default(), 0, 10).unwrap();
    assert!(page.items.is_empty());
    assert_eq!(page.damaged.len(), 2);
    // Editing a damaged entry does not overwrite the other one.
    assert!(matches!(
        vault.entries().edit(a, trend("overschrijven"), vec![]),
        Err(Error::EntryDamaged(_))
    ));
}

#[test]
fn an_entry_moved_to_another_key_does_not_open_there() {
    let (victim, a, _) = two_entries();
    let moved = id_of(0x1234_5678);
    victim.edit(store::ENTRIES, |t| {
        let va = u128_value(t, key(a));
        t.insert(key(moved), va.as_slice()).unwrap();
    });
    let (vault, report) = victim.unlock().unwrap();
    assert_eq!(report.damaged, vec![moved]);
    vault.entries().get(a).unwrap();
    assert_eq!(vault.entries().count().unwrap(), 2);
}

#[test]
fn an_entry_put_back_to_an_earlier_revision_is_reported() {
    let mut id = None;
    let mut old = Vec::new();
    let victim = Victim::new(|vault| {
        id = Some(
            vault
                .entries()
                .capture(trend("versie een"), vec![])
                .unwrap()
                .id,
        );
    });
    let id = id.unwrap();
    victim.edit(store::ENTRIES, |t| old = u128_value(t, key(id)));
    {
        let (vault, _) = victim.unlock().unwrap();
        vault
            .entries()
            .edit(id, trend("versie twee"), vec![])
            .unwrap();
    }
    victim.edit(store::ENTRIES, |t| {
        t.insert(key(id), old.as_slice()).unwrap();
    });
    let (vault, report) = victim.unlock().unwrap();
    assert_eq!(report.damaged, vec![id]);
    assert!(matches!(
        vault.entries().get(id),
        Err(Error::EntryDamaged(_))
    ));
    // The break is in the audit log for the privacy officer.
    let log = vault.audit().log(0, 100).unwrap();
    assert!(
        log.iter()
            .any(|r| r.reason.starts_with("entries-changed-outside"))
    );
}

#[test]
fn a_forged_entry_is_not_listed_and_is_reported() {
    let (victim, _, _) = two_entries();
    let recipient = victim.recipient();
    let forged = id_of(42);
    let json = serde_json::json!({
        "id": forged, "revision": 1,
        "recorded_at": "2026-11-23T09:00:00Z", "updated_at": "2026-11-23T09:00:00Z",
        "content": serde_json::to_value(trend("verzonnen signaal")).unwrap(),
        "attachments": [], "next_attachment": 1, "share": "not-shared"
    });
    let sealed = age_to(&recipient, json.to_string().as_bytes());
    // With and without a plausible version prefix.
    for prefix in [Vec::new(), 9u64.to_be_bytes().to_vec()] {
        let bytes = [prefix.as_slice(), &sealed].concat();
        victim.edit(store::ENTRIES, |t| {
            t.insert(key(forged), bytes.as_slice()).unwrap();
        });
        let (vault, report) = victim.unlock().unwrap();
        assert_eq!(report.damaged, vec![forged]);
        let page = vault.entries().list(&ListFilter::default(), 0, 10).unwrap();
        assert_eq!(page.items.len(), 2);
        assert!(matches!(
            vault.entries().get(forged),
            Err(Error::EntryDamaged(_))
        ));
    }
}

#[test]
fn a_consent_copied_onto_another_entry_refuses_the_unlock() {
    let mut ids = Vec::new();
    let victim = Victim::new(|vault| {
        let a = vault
            .entries()
            .capture(signal("signaal a"), vec![])
            .unwrap()
            .id;
        let b = vault
            .entries()
            .capture(signal("signaal b"), vec![])
            .unwrap()
            .id;
        vault
            .sharing()
            .record_consent(
                a,
                ConsentInput {
                    given_by: ConsentGiver::YoungPerson,
                    informed_how: InformedHow::InPerson,
                    given_at: vault.now() - Duration::minutes(1),
                    scope: vec![Partner::MunicipalityOov],
                },
            )
            .unwrap();
        ids = vec![a, b];
    });
    victim.edit(store::SHARING, |t| {
        let consent = u128_value(t, key(ids[0]));
        t.insert(key(ids[1]), consent.as_slice()).unwrap();
    });
    refused_naming(victim.unlock(), Part::Sharing);
}

#[test]
fn forged_settings_and_connection_profiles_refuse_the_unlock() {
    let forged_settings = serde_json::json!({
        "retention_trend_days": 4294967295u32, "retention_signal_days": 4294967295u32,
        "lock_timeout_seconds": 4294967295u32, "suppression_threshold": 0,
        "expiry_warning_days": 7
    });
    let forged_profile = serde_json::json!({
        "format": "leefwereld-connection/1", "municipality": "Vervalst",
        "catalogi_url": "https://evil.example/catalogi/api/v1",
        "zaken_url": "https://evil.example/zaken/api/v1",
        "documenten_url": "https://evil.example/documenten/api/v1",
        "client_id": "x", "secret": "x", "bronorganisatie": "002220647",
        "recipients": ["age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq"]
    });
    for (key, value) in [
        ("settings", forged_settings),
        ("connection", forged_profile),
    ] {
        let (victim, _, _) = two_entries();
        let sealed = age_to(&victim.recipient(), value.to_string().as_bytes());
        for prefix in [Vec::new(), 1u64.to_be_bytes().to_vec()] {
            let bytes = [prefix.as_slice(), &sealed].concat();
            victim.edit(store::META, |t| {
                t.insert(key, bytes.as_slice()).unwrap();
            });
            refused_naming(victim.unlock(), Part::Settings);
        }
    }
}

#[test]
fn a_deleted_or_rolled_back_head_refuses_the_unlock() {
    let (victim, _, _) = two_entries();
    let old_head = {
        let db = victim.db();
        let read = db.begin_read().unwrap();
        let clear = read.open_table(store::CLEAR).unwrap();
        clear.get("head").unwrap().unwrap().value().to_vec()
    };
    {
        let (vault, _) = victim.unlock().unwrap();
        let id = vault
            .entries()
            .capture(trend("nog een"), vec![])
            .unwrap()
            .id;
        vault.entries().delete(id).unwrap();
        let today = vault.now().date_naive();
        leefwereld_render::export_report(
            &vault,
            today,
            today,
            leefwereld_core::report::ReportFormat::Csv,
        )
        .unwrap();
    }
    // An older head (hiding the delete) is older than the data it should vouch for.
    victim.edit(store::CLEAR, |t| {
        t.insert("head", old_head.as_slice()).unwrap();
    });
    refused_head(victim.unlock());
    // No head, and no audit records at all: not "intact, 0 records".
    victim.edit(store::CLEAR, |t| {
        t.remove("head").unwrap();
    });
    victim.edit(store::AUDIT, |t| {
        t.retain(|_, _| false).unwrap();
    });
    refused_head(victim.unlock());
}

#[test]
fn a_truncated_audit_log_refuses_the_unlock() {
    let (victim, _, _) = two_entries();
    victim.edit(store::AUDIT, |t| {
        let last = t.last().unwrap().unwrap().0.value();
        t.remove(last).unwrap();
    });
    refused_naming(victim.unlock(), Part::AuditLog);
}

#[test]
fn forged_failed_attempts_are_capped_unverified_and_keep_the_chain_intact() {
    let (victim, _, _) = two_entries();
    let recipient = victim.recipient();
    victim.edit(store::PENDING_AUDIT, |t| {
        for i in 0..200u64 {
            let record = serde_json::json!({ "at": "2099-01-01T00:00:00Z" });
            let sealed = age_to(&recipient, record.to_string().as_bytes());
            t.insert(i, sealed.as_slice()).unwrap();
        }
    });
    let (vault, report) = victim.unlock().unwrap();
    assert!(report.failed_attempts <= 20, "{}", report.failed_attempts);
    // A time in the future is not believed.
    assert!(
        report
            .failed_attempt_times
            .iter()
            .all(|t| *t <= vault.now())
    );
    let log = vault.audit().log(0, 1000).unwrap();
    let failures: Vec<_> = log
        .iter()
        .filter(|r| r.action == leefwereld_core::AuditAction::UnlockFailure)
        .collect();
    assert_eq!(failures.len() as u32, report.failed_attempts);
    assert!(failures.iter().all(|r| r.reason.contains("unverified")));
    assert!(vault.audit().verify().unwrap().intact());
}

#[test]
fn after_a_passphrase_change_the_old_key_file_opens_nothing() {
    let (victim, a, _) = two_entries();
    let old_key = std::fs::read(victim.path.join(store::KEY_FILE)).unwrap();
    {
        let (vault, _) = victim.unlock().unwrap();
        vault
            .change_passphrase(
                PASSPHRASE,
                NEW_PASSPHRASE,
                &fast_options(victim.clock.clone()),
            )
            .unwrap();
    }
    let new_key = std::fs::read(victim.path.join(store::KEY_FILE)).unwrap();
    std::fs::write(victim.path.join(store::KEY_FILE), &old_key).unwrap();
    // The old key with the old passphrase: not this vault's key any more.
    let vault = Vault::open_with(&victim.path, fast_options(victim.clock.clone())).unwrap();
    assert!(matches!(
        vault.unlock(PASSPHRASE),
        Err(Error::Damaged(Damage::KeyMismatch))
    ));
    drop(vault);
    // Pointing the database back at the old recipient does not help either: the head and
    // every value were sealed with the new keys.
    let old_recipient =
        String::from_utf8(old_key.split(|b| *b == b'\n').nth(1).unwrap().to_vec()).unwrap();
    victim.edit(store::CLEAR, |t| {
        t.insert("recipient", old_recipient.as_bytes()).unwrap();
    });
    let vault = Vault::open_with(&victim.path, fast_options(victim.clock.clone())).unwrap();
    assert!(matches!(
        vault.unlock(PASSPHRASE),
        Err(Error::Damaged(Damage::Head))
    ));
    drop(vault);
    // With its own key file and recipient back, the new passphrase opens everything.
    let new_recipient =
        String::from_utf8(new_key.split(|b| *b == b'\n').nth(1).unwrap().to_vec()).unwrap();
    victim.edit(store::CLEAR, |t| {
        t.insert("recipient", new_recipient.as_bytes()).unwrap();
    });
    std::fs::write(victim.path.join(store::KEY_FILE), &new_key).unwrap();
    let vault = Vault::open_with(&victim.path, fast_options(victim.clock.clone())).unwrap();
    vault.unlock(NEW_PASSPHRASE).unwrap();
    assert_eq!(vault.entries().get(a).unwrap().content.text, "eerste trend");
    assert!(vault.audit().verify().unwrap().intact());
}

#[test]
fn rolling_back_the_whole_folder_together_is_the_one_change_that_stays_possible() {
    // Documented in the README: without a counter outside the file (a phone's keystore), a
    // complete older copy of the folder is a consistent older vault.
    let (victim, a, _) = two_entries();
    let copy = tempfile::tempdir().unwrap();
    copy_folder(&victim.path, copy.path());
    {
        let (vault, _) = victim.unlock().unwrap();
        vault.entries().delete(a).unwrap();
    }
    std::fs::remove_dir_all(&victim.path).unwrap();
    copy_folder(copy.path(), &victim.path);
    let (vault, report) = victim.unlock().unwrap();
    assert!(report.damaged.is_empty());
    vault.entries().get(a).unwrap();
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for item in std::fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        std::fs::copy(item.path(), to.join(item.file_name())).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn only_the_owner_can_read_the_vault_folder() {
    use std::os::unix::fs::PermissionsExt;
    let (victim, _, _) = two_entries();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&victim.path), 0o700);
    assert_eq!(mode(&victim.path.join(store::KEY_FILE)), 0o600);
    assert_eq!(mode(&victim.path.join(store::DATABASE_FILE)), 0o600);
}

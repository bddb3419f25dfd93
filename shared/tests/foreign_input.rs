//! What a foreign caller can throw at the bindings: every bad input comes back as a typed error
//! with a translated message (or is harmlessly capped), never as a panic across the FFI.

use std::sync::Arc;
use std::thread;

use chrono::{DateTime, Duration, Utc};
use leefwereld_core as lw;
use leefwereld_ffi::{
    Attachment, EntryContent, EntryKind, IsoWeek, Lang, LeefwereldError, ListFilter, Platform,
    Profile, Role, Settings, SourceType, Theme, Vault, VaultOptions, audit_action_from_code,
    role_from_code, signal_content, theme_from_code, trend_content, work_factors,
};

const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";

fn profile(language: Lang) -> Profile {
    Profile {
        role: Role::YouthWorker,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language,
    }
}

fn fast() -> Option<VaultOptions> {
    Some(VaultOptions {
        work_factor: Some(work_factors().min),
    })
}

fn vault() -> Arc<Vault> {
    Vault::create_in_memory(PASSPHRASE.into(), profile(Lang::Nl), fast()).unwrap()
}

fn trend(vault: &Vault, text: &str) -> EntryContent {
    trend_content(
        Theme::Borderline,
        Platform::TikTok,
        text.into(),
        vault.now_ms(),
    )
    .unwrap()
}

/// Asserts `result` failed with the error of `code` and returns its message.
#[track_caller]
fn fails<T>(result: Result<T, LeefwereldError>, code: &str) -> String {
    match result {
        Ok(_) => panic!("expected {code}, got a result"),
        Err(err) => {
            assert_eq!(err.code(), code, "{err:?}");
            let message = err.to_string();
            assert!(!message.trim().is_empty(), "{code} without a message");
            message
        }
    }
}

#[test]
fn empty_and_huge_strings_are_refused_with_translated_messages() {
    let v = vault();
    let huge = "ab€😀".repeat(1_000_000);

    let message = fails(v.capture(trend(&v, ""), vec![]), "invalid");
    assert!(
        message.contains("Schrijf op wat je hebt gezien"),
        "{message}"
    );
    let message = fails(v.capture(trend(&v, &huge), vec![]), "invalid");
    assert!(message.contains("De tekst is te lang"), "{message}");
    assert!(
        !message.contains("ab€😀"),
        "the input leaked into the message"
    );

    let mut signal = signal_content(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        "Afspraak voor een vechtpartij".into(),
        String::new(),
        v.now_ms(),
    )
    .unwrap();
    signal.aliases = vec![String::new(), huge.clone()];
    let problems = v.check_entry(signal.clone(), true).unwrap();
    let codes: Vec<&str> = problems.iter().map(|p| p.code.as_str()).collect();
    assert!(codes.contains(&"reason-missing"), "{codes:?}");
    assert!(codes.contains(&"alias-empty"), "{codes:?}");
    assert!(codes.contains(&"alias-too-long"), "{codes:?}");
    fails(v.capture(signal, vec![]), "invalid");

    let page = v
        .list(
            ListFilter {
                search: Some(huge.clone()),
                ..ListFilter::default()
            },
            0,
            50,
        )
        .unwrap();
    assert!(page.items.is_empty());

    for id in ["", "   ", "not-an-id", huge.as_str()] {
        fails(v.entry(id.into()), "invalid-argument");
        fails(v.delete(id.into()), "invalid-argument");
    }
    let unknown = "6f1c7a52-1a8e-4d4e-9d1b-3f1f6f0e2a10".to_string();
    let message = fails(v.entry(unknown.clone()), "entry-not-found");
    assert!(message.contains("6f1c7a52"), "{message}");
    fails(v.attachment(unknown, u32::MAX), "entry-not-found");

    v.lock();
    for passphrase in [String::new(), huge.clone()] {
        let message = fails(v.unlock(passphrase), "wrong-passphrase");
        assert!(message.starts_with("De wachtzin klopt niet"), "{message}");
    }
    v.unlock(PASSPHRASE.into()).unwrap();
}

#[test]
fn bad_vault_creation_input_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();

    fails(
        Vault::create(String::new(), PASSPHRASE.into(), profile(Lang::Nl), fast()),
        "invalid-argument",
    );
    fails(Vault::open("  ".into(), None), "invalid-argument");
    let message = fails(
        Vault::create(path("a"), String::new(), profile(Lang::Nl), fast()),
        "weak-passphrase",
    );
    assert!(message.contains("te makkelijk te raden"), "{message}");
    let message = fails(
        Vault::create(path("a"), "password123".into(), profile(Lang::En), fast()),
        "weak-passphrase",
    );
    assert!(message.contains("too easy to guess"), "{message}");
    let nameless = Profile {
        organisation: " ".into(),
        ..profile(Lang::Nl)
    };
    let message = fails(
        Vault::create(path("a"), PASSPHRASE.into(), nameless, fast()),
        "invalid-setting",
    );
    assert!(message.contains("organisatie"), "{message}");
    for work_factor in [0, work_factors().min - 1, work_factors().max + 1, u8::MAX] {
        let options = Some(VaultOptions {
            work_factor: Some(work_factor),
        });
        fails(
            Vault::create(path("a"), PASSPHRASE.into(), profile(Lang::Nl), options),
            "invalid-argument",
        );
    }
    assert!(!dir.path().join("a").exists());
    fails(Vault::open(path("a"), None), "no-vault");
}

#[test]
fn out_of_range_numbers_are_typed_errors_or_capped() {
    let v = vault();
    // An instant out of range inside a record cannot be built in Rust; the Python tests pass one
    // through the real boundary (`test_an_instant_out_of_range_is_an_argument_error`).
    for at in [i64::MIN, i64::MAX] {
        fails(
            trend_content(Theme::Other, Platform::Other, "x".into(), at),
            "invalid-argument",
        );
    }
    let mut future = trend(&v, "een trend");
    future.observed_at += chrono::Duration::days(1);
    let message = fails(v.capture(future, vec![]), "invalid");
    assert!(message.contains("toekomst"), "{message}");

    for week in [
        IsoWeek {
            year: 2026,
            week: 0,
        },
        IsoWeek {
            year: 2026,
            week: 60,
        },
        IsoWeek {
            year: i32::MAX,
            week: 1,
        },
    ] {
        let filter = ListFilter {
            week: Some(week),
            ..ListFilter::default()
        };
        fails(v.list(filter, 0, 10), "invalid-argument");
    }

    let first = v.capture(trend(&v, "een trend"), vec![]).unwrap();
    for (offset, limit) in [(0, u32::MAX), (u32::MAX, u32::MAX), (u32::MAX, 0), (0, 0)] {
        let page = v.list(ListFilter::default(), offset, limit).unwrap();
        let expected = usize::from(offset == 0 && limit > 0);
        assert_eq!(page.items.len(), expected, "offset {offset}, limit {limit}");
        assert_eq!(page.total, Some(1));
    }
    assert!(v.audit_log(u64::MAX, u32::MAX).unwrap().is_empty());
    assert_eq!(v.audit_log(0, u32::MAX).unwrap().len(), 1);
    fails(
        v.attachment(first.id.to_string(), u32::MAX),
        "entry-not-found",
    );
    fails(
        v.remove_attachment(first.id.to_string(), 0),
        "entry-not-found",
    );

    let settings = Settings {
        lock_timeout_seconds: u32::MAX,
        ..v.settings().unwrap()
    };
    let message = fails(v.update_settings(settings), "invalid-setting");
    assert!(message.contains("vergrendelen"), "{message}");
}

#[test]
fn unknown_codes_are_invalid_arguments() {
    for code in ["", "nope", "TREND", &"x".repeat(100_000)] {
        fails(theme_from_code(code.into()), "invalid-argument");
        fails(role_from_code(code.into()), "invalid-argument");
        fails(audit_action_from_code(code.into()), "invalid-argument");
    }
    assert_eq!(
        theme_from_code("planned-fight".into()).unwrap(),
        Theme::PlannedFight
    );
    assert_eq!(Lang::En.code(), "en");
    assert_eq!(leefwereld_ffi::lang_from_code("en-GB".into()), Lang::En);
    assert_eq!(leefwereld_ffi::lang_from_code(String::new()), Lang::Nl);
}

#[test]
fn every_vocabulary_value_keeps_its_core_code_and_label() {
    macro_rules! round_trip {
        ($($name:ident, $from_code:ident);+ $(;)?) => {$(
            for value in lw::$name::ALL {
                let mirrored = leefwereld_ffi::$name::from(*value);
                assert_eq!(mirrored.code(), value.code());
                assert_eq!(leefwereld_ffi::$from_code(value.code().into()).unwrap(), mirrored);
                assert_eq!(lw::$name::from(mirrored), *value);
            }
        )+};
    }
    round_trip! {
        EntryKind, entry_kind_from_code;
        Theme, theme_from_code;
        Platform, platform_from_code;
        SourceType, source_type_from_code;
        Urgency, urgency_from_code;
        AgeBand, age_band_from_code;
        Role, role_from_code;
        ShareStatus, share_status_from_code;
        AuditAction, audit_action_from_code;
    }
    assert_eq!(EntryKind::Signaal.label(Lang::Nl), "Signaal");
    assert_eq!(
        Theme::Radicalisation.label(Lang::Nl),
        lw::Theme::Radicalisation.label(lw::Lang::Nl)
    );
}

#[test]
fn every_core_error_keeps_its_code_and_its_translated_message() {
    let id: lw::EntryId = "6f1c7a52-1a8e-4d4e-9d1b-3f1f6f0e2a10".parse().unwrap();
    let errors = || {
        vec![
            lw::Error::WrongPassphrase,
            lw::Error::Locked,
            lw::Error::Wiped,
            lw::Error::NoVault,
            lw::Error::FindingNotFound,
            lw::Error::ReminderNotFound,
            lw::Error::OutboxItemNotFound,
            lw::Error::InvalidPeriod,
            lw::Error::NothingToUndo,
            lw::Error::AlreadyExists,
            lw::Error::InUse,
            lw::Error::NewerFormat {
                found: 9,
                supported: 1,
            },
            lw::Error::Damaged(lw::Damage::KeyFile),
            lw::Error::EntryDamaged(id),
            lw::Error::EntryNotFound(id),
            lw::Error::WeakPassphrase,
            lw::Error::SamePassphrase,
            lw::Error::Invalid(vec![lw::Invalid::TextEmpty]),
            lw::Error::InvalidSetting { name: "pseudonym" },
            lw::Error::DiskFull,
            lw::Error::Storage("io".into()),
            lw::Error::ConnectionProfile(lw::sync::ProfileProblem::BadRsin),
            lw::Error::NoConnection,
            lw::Error::FrameRefused(vec![lw::frames::FrameRule::ConcreteReason]),
            lw::Error::Consent(lw::share::ConsentProblem::EmptyScope),
            lw::Error::NotEligible(vec![lw::share::Blocker::NoConsent]),
            lw::Error::Sync(lw::sync::SyncProblem::Offline),
        ]
    };
    for lang in lw::Lang::ALL {
        for (err, same) in errors().into_iter().zip(errors()) {
            let mapped = LeefwereldError::from_core(err, lang);
            assert_eq!(mapped.code(), same.code());
            assert_eq!(mapped.to_string(), same.localized(lang));
        }
    }
}

#[test]
fn a_locked_vault_refuses_entry_calls_and_a_wiped_one_refuses_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault").to_string_lossy().into_owned();
    let v = Vault::create(path.clone(), PASSPHRASE.into(), profile(Lang::En), fast()).unwrap();
    let entry = v.capture(trend(&v, "a trend"), vec![]).unwrap();
    let content = entry.content.clone();

    v.lock();
    assert!(v.is_locked());
    assert!(v.lock_if_idle());
    assert_eq!(v.language(), Lang::En);
    let message = fails(v.entry_count(), "locked");
    assert!(message.starts_with("The app is locked"), "{message}");
    fails(v.capture(content.clone(), vec![]), "locked");
    fails(
        v.edit(entry.id.to_string(), content.clone(), vec![]),
        "locked",
    );
    fails(v.entry(entry.id.to_string()), "locked");
    fails(v.revisions(entry.id.to_string()), "locked");
    fails(v.list(ListFilter::default(), 0, 10), "locked");
    fails(v.settings(), "locked");
    fails(v.profile(), "locked");
    fails(v.set_language(Lang::Nl), "locked");
    fails(v.verify_audit(), "locked");
    fails(v.audit_log(0, 10), "locked");
    fails(v.purge_expired(), "locked");
    fails(
        v.change_passphrase(PASSPHRASE.into(), "zeilboot lantaarn kaasschaaf".into()),
        "locked",
    );

    v.wipe().unwrap();
    assert!(!leefwereld_ffi::vault_exists(path.clone()));
    assert!(v.is_locked());
    fails(v.unlock(PASSPHRASE.into()), "wiped");
    fails(v.capture(content, vec![]), "wiped");
    fails(v.entry(entry.id.to_string()), "wiped");
    fails(v.set_language(Lang::Nl), "wiped");
    v.lock();
    v.wipe().unwrap();
    fails(Vault::open(path, None), "no-vault");
}

#[test]
fn many_threads_share_one_vault() {
    let v = vault();
    let workers: Vec<_> = (0..8)
        .map(|t| {
            let v = Arc::clone(&v);
            thread::spawn(move || {
                for i in 0..10 {
                    let entry = v
                        .capture(trend(&v, &format!("trend {t}-{i}")), vec![])
                        .unwrap();
                    assert_eq!(v.entry(entry.id.to_string()).unwrap().revision, 1);
                    v.list(ListFilter::default(), 0, 5).unwrap();
                    assert!(!v.is_locked());
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(v.entry_count().unwrap(), 80);
    let report = v.verify_audit().unwrap();
    assert!(report.intact, "{report:?}");
    assert_eq!(report.records, 80);
}

#[test]
fn attachments_round_trip_as_bytes_and_bad_ones_are_refused() {
    let v = vault();
    let png = Attachment {
        name: "screenshot.png".into(),
        media_type: "image/png".into(),
        bytes: vec![0x89, b'P', b'N', b'G', 0, 255],
    };
    let entry = v
        .capture(trend(&v, "met plaatje"), vec![png.clone()])
        .unwrap();
    assert_eq!(entry.attachments[0].size, 6);
    assert_eq!(v.attachment(entry.id.to_string(), 1).unwrap(), png);
    let empty = Attachment {
        bytes: vec![],
        ..png.clone()
    };
    let message = fails(
        v.edit(entry.id.to_string(), entry.content.clone(), vec![empty]),
        "invalid",
    );
    assert!(message.contains("Bijlage 2 is leeg"), "{message}");
    let after = v.remove_attachment(entry.id.to_string(), 1).unwrap();
    assert!(after.attachments.is_empty());
    assert_eq!(after.revision, 2);
}

#[test]
fn retention_and_idle_locking_follow_the_vault_clock() {
    // A manual clock is a Rust-side option only; foreign callers get the system clock.
    let start: DateTime<Utc> = "2026-11-23T09:00:00Z".parse().unwrap();
    let clock = Arc::new(lw::ManualClock::new(start));
    let options = lw::VaultOptions {
        work_factor: lw::WORK_FACTOR_MIN,
        clock: clock.clone() as Arc<dyn lw::Clock>,
    };
    let core = lw::Vault::create_in_memory(PASSPHRASE, profile(Lang::Nl), options.clone()).unwrap();
    let v = Vault::from_core(core, options);
    let signal = signal_content(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        "Afspraak voor een vechtpartij".into(),
        "Gezien in een open groep".into(),
        v.now_ms(),
    )
    .unwrap();
    let entry = v.capture(signal, vec![]).unwrap();
    assert_eq!(entry.content.kind, EntryKind::Signaal);
    assert_eq!(
        (entry.expires_at - entry.recorded_at).num_milliseconds(),
        i64::from(v.settings().unwrap().retention_signal_days) * 86_400_000
    );

    clock.advance(Duration::days(91));
    assert_eq!(v.purge_expired().unwrap(), 1);
    assert_eq!(v.entry_count().unwrap(), 0);

    clock.advance(Duration::seconds(119));
    assert!(!v.lock_if_idle());
    clock.advance(Duration::seconds(1));
    assert!(v.lock_if_idle());
    assert!(v.is_locked());
}

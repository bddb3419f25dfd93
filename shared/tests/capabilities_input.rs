//! Foreign input to the sharing, consent, reminder, summary, connection, sync and report calls:
//! bad values come back as typed errors with translated messages, never as a panic, also on a
//! locked or wiped vault and from several threads.
//!
//! They sync over HTTP, so they need the default `zgw-http` feature.
#![cfg(feature = "zgw-http")]

use std::sync::{Arc, Mutex};
use std::thread;

use leefwereld_ffi::{
    CalendarDate, ConsentGiver, ConsentInput, Decision, EntryContent, InformedHow, IsoWeek, Lang,
    LeefwereldError, ListenerError, Partner, Platform, Profile, ReportFormat, Role, SummaryFormat,
    SummaryScope, SyncEvent, SyncListener, Theme, Vault, VaultOptions, trend_content, work_factors,
};

const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";
const ID: &str = "6f1c7a52-1a8e-4d4e-9d1b-3f1f6f0e2a10";

fn vault(language: Lang) -> Arc<Vault> {
    let profile = Profile {
        role: Role::YouthWorker,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language,
    };
    let fast = VaultOptions {
        work_factor: Some(work_factors().min),
    };
    Vault::create_in_memory(PASSPHRASE.into(), profile, Some(fast)).unwrap()
}

fn trend(vault: &Vault) -> EntryContent {
    trend_content(
        Theme::Borderline,
        Platform::TikTok,
        "Veel filmpjes".into(),
        vault.now_ms(),
    )
    .unwrap()
}

/// The worker's own release of a trend.
fn release(given_at_ms: i64, scope: Vec<Partner>) -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::WorkerRelease,
        informed_how: InformedHow::NotApplicable,
        given_at_ms,
        scope,
    }
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

/// A listener as a foreign app would write one: it keeps what it hears.
#[derive(Clone, Default)]
struct Events(Arc<Mutex<Vec<SyncEvent>>>);

impl SyncListener for Events {
    fn on_event(&self, event: SyncEvent) -> Result<(), ListenerError> {
        self.0.lock().unwrap().push(event);
        Ok(())
    }
}

struct Failing;

impl SyncListener for Failing {
    fn on_event(&self, _: SyncEvent) -> Result<(), ListenerError> {
        Err(ListenerError::Failed)
    }
}

fn profile_json(base: &str) -> String {
    let recipient = age_recipient();
    format!(
        r#"{{"format":"leefwereld-connection/1","municipality":"Gemeente Voorbeeldstad",
        "catalogi_url":"{base}/catalogi/api/v1","zaken_url":"{base}/zaken/api/v1",
        "documenten_url":"{base}/documenten/api/v1","client_id":"leefwereld-jw-zuid",
        "secret":"een-lang-gedeeld-geheim-van-de-gemeente","bronorganisatie":"002220647","zaaktype":"LW-SIGNAAL",
        "informatieobjecttype":"Leefwereld-notitie","vertrouwelijkheidaanduiding":"vertrouwelijk",
        "recipients":["{recipient}"],"team":{{"id":"jw-zuid","recipient":"{recipient}"}}}}"#
    )
}

/// The public test key of the age crate's own tests.
fn age_recipient() -> &'static str {
    "age1t7rxyev2z3rw82stdlrrepyc39nvn86l5078zqkf5uasdy86jp6svpy7pa"
}

/// A loopback address where nothing listens.
fn unreachable_base() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn bad_ids_keys_and_codes_are_argument_errors_in_the_vault_language() {
    let v = vault(Lang::En);
    let huge = "ab€😀".repeat(1_000_000);
    for id in ["", "not-an-id", huge.as_str()] {
        let message = fails(
            v.share_preview(id.into(), Partner::Police),
            "invalid-argument",
        );
        assert!(
            message.starts_with("The app passed on a value"),
            "{message}"
        );
        assert!(
            !message.contains("ab€"),
            "the input leaked into the message"
        );
        fails(v.consent(id.into()), "invalid-argument");
        fails(v.withdraw_consent(id.into()), "invalid-argument");
        fails(
            v.check_frames(trend(&v), Some(id.into())),
            "invalid-argument",
        );
    }
    let message = fails(
        v.share_preview(ID.into(), Partner::Police),
        "entry-not-found",
    );
    assert!(message.contains("6f1c7a52"), "{message}");
    fails(
        v.record_transparency(ID.into(), InformedHow::Phone),
        "entry-not-found",
    );
    let entry = v.capture(trend(&v), vec![]).unwrap();
    for key in ["", "nope", huge.as_str()] {
        fails(
            v.decide_finding(entry.id.to_string(), key.into(), Decision::Keep),
            "finding-not-found",
        );
    }
    for id in ["", "reminder", huge.as_str()] {
        fails(v.acknowledge_reminder(id.into()), "reminder-not-found");
        fails(v.retry_outbox_item(id.into()), "outbox-item-not-found");
    }
    let message = fails(
        v.import_connection_profile(huge.clone()),
        "connection-profile",
    );
    assert!(!message.contains("ab€"), "{message}");
    fails(
        v.record_safety_exception(entry.id.to_string(), String::new()),
        "consent",
    );
    v.record_safety_exception(entry.id.to_string(), huge.clone())
        .unwrap();
    let kept = v
        .transparency(entry.id.to_string())
        .unwrap()
        .safety_exception
        .unwrap();
    assert!(kept.len() < huge.len(), "the core caps the justification");

    // Before a vault exists, argument errors speak the new profile's language.
    let profile = Profile {
        role: Role::Police,
        organisation: "Basisteam Zuid".into(),
        pseudonym: "DW-3".into(),
        language: Lang::En,
    };
    let too_weak = Some(VaultOptions {
        work_factor: Some(0),
    });
    let message = fails(
        Vault::create_in_memory(PASSPHRASE.into(), profile, too_weak),
        "invalid-argument",
    );
    assert!(message.contains("work_factor"), "{message}");
    assert!(
        message.starts_with("The app passed on a value"),
        "{message}"
    );

    let dutch = vault(Lang::Nl);
    let message = fails(dutch.consent(String::new()), "invalid-argument");
    assert!(
        message.starts_with("De app gaf een waarde door"),
        "{message}"
    );
}

#[test]
fn out_of_range_numbers_and_dates_are_refused_or_capped() {
    let v = vault(Lang::Nl);
    let entry = v.capture(trend(&v), vec![]).unwrap();
    for at in [i64::MIN, i64::MAX] {
        fails(
            v.record_consent(entry.id.to_string(), release(at, vec![Partner::Police])),
            "invalid-argument",
        );
        fails(
            v.snooze_reminder("avg-principles".into(), at),
            "invalid-argument",
        );
    }
    let future = v.now_ms() + 86_400_000;
    fails(
        v.record_consent(entry.id.to_string(), release(future, vec![Partner::Police])),
        "consent",
    );
    // A snooze far ahead is capped to the longest snooze, not refused.
    v.snooze_reminder("avg-principles".into(), v.now_ms() + 1_000 * 86_400_000)
        .unwrap();
    assert!(v.reminders().unwrap().is_empty());

    for week in [
        IsoWeek {
            year: 2026,
            week: 0,
        },
        IsoWeek {
            year: i32::MAX,
            week: 60,
        },
    ] {
        fails(v.week_summary(week), "invalid-argument");
        fails(v.queue_team_report(week), "invalid-argument");
        fails(
            v.export_week_summary(week, SummaryScope::Team, SummaryFormat::Html),
            "invalid-argument",
        );
    }
    let week = leefwereld_ffi::iso_week_of(v.now_ms()).unwrap();
    assert_eq!(v.theme_series(week, u32::MAX).unwrap().weeks.len(), 520);
    assert_eq!(v.theme_series(week, 0).unwrap().weeks, vec![week]);

    let today = leefwereld_ffi::local_date_of(v.now_ms()).unwrap();
    for bad in [
        CalendarDate {
            year: 2026,
            month: 13,
            day: 1,
        },
        CalendarDate {
            year: 2026,
            month: 2,
            day: 30,
        },
        CalendarDate {
            year: i32::MAX,
            month: 1,
            day: 1,
        },
    ] {
        fails(v.accountability_report(bad, today), "invalid-argument");
        fails(
            v.export_accountability_report(today, bad, ReportFormat::Csv),
            "invalid-argument",
        );
    }
    // A period that ends before it starts is refused in words (the core checks it, not the
    // app).
    let since_ever = CalendarDate {
        year: 1,
        month: 1,
        day: 1,
    };
    fails(v.accountability_report(today, since_ever), "invalid-period");
}

#[test]
fn a_locked_vault_refuses_every_new_call_and_a_wiped_one_too() {
    let v = vault(Lang::En);
    let mut content = trend(&v);
    content.text = "Oproep: bel 0612345678".into();
    let entry = v.capture(content, vec![]).unwrap();
    v.import_connection_profile(profile_json(&unreachable_base()))
        .unwrap();
    let preview = v
        .share_preview(entry.id.to_string(), Partner::Police)
        .unwrap();
    let key = preview.findings[0].key.clone();
    let week = leefwereld_ffi::iso_week_of(v.now_ms()).unwrap();
    let today = leefwereld_ffi::local_date_of(v.now_ms()).unwrap();
    let consent = release(v.now_ms(), vec![Partner::Police]);

    for (state, lock) in [("locked", true), ("wiped", false)] {
        if lock {
            v.lock();
        } else {
            v.wipe().unwrap();
        }
        let id = || entry.id.to_string();
        let message = fails(v.share_preview(id(), Partner::Police), state);
        assert!(!message.is_empty());
        fails(v.eligibility(id(), Partner::Police), state);
        fails(v.decide_finding(id(), key.clone(), Decision::Keep), state);
        fails(v.decide_all_findings(id(), Decision::Redact), state);
        fails(v.share(id(), Partner::Police), state);
        fails(v.check_frames(trend(&v), None), state);
        fails(v.record_consent(id(), consent.clone()), state);
        fails(v.consent(id()), state);
        fails(v.withdraw_consent(id()), state);
        fails(v.record_transparency(id(), InformedHow::Message), state);
        fails(v.transparency(id()), state);
        fails(v.reminders(), state);
        fails(v.acknowledge_reminder("avg-principles".into()), state);
        fails(v.week_summary(week), state);
        fails(v.team_summary(week), state);
        fails(
            v.export_week_summary(week, SummaryScope::Own, SummaryFormat::Csv),
            state,
        );
        fails(v.queue_team_report(week), state);
        fails(v.week_counts(week), state);
        fails(v.released_trends(week), state);
        fails(v.weekly_report(week), state);
        fails(v.capture_batch(vec![trend(&v)]), state);
        fails(v.device_id(), state);
        // The recipient is public: readable while locked, gone with the wipe.
        assert_eq!(v.recipient().is_ok(), lock);
        fails(
            v.import_connection_profile(profile_json("https://x.nl")),
            state,
        );
        fails(v.connection_profile(), state);
        fails(v.remove_connection_profile(), state);
        fails(v.outbox(), state);
        fails(v.retry_outbox_item("00".into()), state);
        fails(v.sync_with_connection(true, Box::new(Failing)), state);
        fails(v.fetch_team_reports_with_connection(vec![week]), state);
        fails(v.accountability_report(today, today), state);
        fails(
            v.export_accountability_report(today, today, ReportFormat::Markdown),
            state,
        );
    }
}

#[test]
fn sync_progress_reaches_the_listener_and_runs_from_several_threads() {
    let v = vault(Lang::Nl);
    v.import_connection_profile(profile_json(&unreachable_base()))
        .unwrap();
    let entry = v.capture(trend(&v), vec![]).unwrap();
    v.record_consent(
        entry.id.to_string(),
        release(v.now_ms(), vec![Partner::MunicipalityOov]),
    )
    .unwrap();
    v.share(entry.id.to_string(), Partner::MunicipalityOov)
        .unwrap();

    let events = Events::default();
    let report = v
        .sync_with_connection(true, Box::new(events.clone()))
        .unwrap();
    assert_eq!((report.deferred, report.remaining), (1, 1));
    let heard = events.0.lock().unwrap().clone();
    assert_eq!(heard.first(), Some(&SyncEvent::Started { total: 1 }));
    assert_eq!(heard.last(), Some(&SyncEvent::Finished { report }));
    let problem = heard.iter().find_map(|event| match event {
        SyncEvent::ItemFinished { problem, .. } => problem.clone(),
        _ => None,
    });
    let problem = problem.expect("the item finished with a problem");
    assert!(
        problem.retryable && problem.code == "offline",
        "{problem:?}"
    );

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let v = Arc::clone(&v);
            thread::spawn(move || {
                let report = v.sync_with_connection(true, Box::new(Failing)).unwrap();
                v.outbox().unwrap();
                v.reminders().unwrap();
                report
            })
        })
        .collect();
    // A run that finds another under way leaves the queue to it; each run that ran tried once.
    let ran = workers
        .into_iter()
        .map(|worker| worker.join().unwrap())
        .filter(|report| !report.already_running)
        .count() as u32;
    assert!(ran >= 1, "at least one of the runs sent");
    assert_eq!(v.outbox().unwrap()[0].attempts, 1 + ran);
    assert!(v.verify_audit().unwrap().intact);
}

#[test]
fn every_new_vocabulary_value_keeps_its_core_code_and_label() {
    use leefwereld_core as lw;
    macro_rules! round_trip {
        ($($core:path => $name:ident, $from_code:ident);+ $(;)?) => {$({
            use $core as Core;
            for value in Core::ALL {
                let mirrored = leefwereld_ffi::$name::from(*value);
                assert_eq!(mirrored.code(), value.code());
                assert_eq!(mirrored.label(Lang::En), value.label(lw::Lang::En));
                assert!(!mirrored.label(Lang::Nl).starts_with(Core::LABEL_PREFIX), "{value}");
                assert_eq!(leefwereld_ffi::$from_code(value.code().into()).unwrap(), mirrored);
                assert_eq!(Core::from(mirrored), *value);
            }
            fails(leefwereld_ffi::$from_code("nope".into()), "invalid-argument");
        })+};
    }
    round_trip! {
        lw::frames::FrameRule => FrameRule, frame_rule_from_code;
        lw::minimise::FindingKind => FindingKind, finding_kind_from_code;
        lw::minimise::FindingField => FindingField, finding_field_from_code;
        lw::minimise::Decision => Decision, decision_from_code;
        lw::share::ConsentGiver => ConsentGiver, consent_giver_from_code;
        lw::share::InformedHow => InformedHow, informed_how_from_code;
        lw::share::Blocker => Blocker, blocker_from_code;
        lw::positions::Partner => Partner, partner_from_code;
        lw::positions::Heading => Heading, heading_from_code;
        lw::reminders::ReminderKind => ReminderKind, reminder_kind_from_code;
        lw::sync::OutboxKind => OutboxKind, outbox_kind_from_code;
        lw::summary::team::TeamRefusal => TeamRefusal, team_refusal_from_code;
    }
}

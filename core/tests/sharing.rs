//! Sharing an entry: the preview, the minimised payload, the outbox and retraction.

mod support;

use leefwereld_core::positions::Partner;
use leefwereld_core::share::payload::decrypt_with;
use leefwereld_core::share::{Blocker, ConsentGiver, ConsentInput, InformedHow};
use leefwereld_core::sync::{SyncEvent, SyncProblem, TransportError};
use leefwereld_core::{AuditAction, Decision, Error, Lang, ShareStatus};
use support::cases::MemoryCases;
use support::*;

fn consent() -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::YoungPerson,
        informed_how: InformedHow::InPerson,
        given_at: start(),
        scope: vec![Partner::MunicipalityOov],
    }
}

/// A signal with a tagged alias and a phone number, consented, with a connection set up.
fn ready() -> (Fixture, Municipality, leefwereld_core::EntryId) {
    let fx = Fixture::new();
    let town = municipality();
    fx.vault.connection().import(&town.profile_json).unwrap();
    let mut content = signal(
        "Kevin (15) belt steeds vanaf 06-12345678 over een afspraak",
        "Kevin vertelde het zelf",
    );
    content.aliases = vec!["Kevin".into()];
    let entry = fx.vault.entries().capture(content, vec![]).unwrap();
    fx.vault
        .sharing()
        .record_consent(entry.id, consent())
        .unwrap();
    (fx, town, entry.id)
}

#[test]
fn nothing_is_shared_without_a_connection_or_with_open_findings() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(signal("Bel 06-12345678", "reden"), vec![])
        .unwrap();
    assert!(matches!(
        fx.vault.sharing().share(entry.id, Partner::MunicipalityOov),
        Err(Error::NoConnection)
    ));
    fx.vault
        .connection()
        .import(&municipality().profile_json)
        .unwrap();
    let err = fx
        .vault
        .sharing()
        .share(entry.id, Partner::MunicipalityOov)
        .unwrap_err();
    let Error::NotEligible(blockers) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        blockers,
        &vec![Blocker::NoConsent, Blocker::UnresolvedFindings]
    );
    assert!(
        err.localized(Lang::Nl)
            .contains("Er is nog geen toestemming")
    );
    assert!(fx.vault.outbox().list().unwrap().is_empty());
}

#[test]
fn the_preview_shows_exactly_what_is_sent_and_the_municipality_reads_exactly_that() {
    let (fx, town, id) = ready();
    let preview = fx
        .vault
        .sharing()
        .preview(id, Partner::MunicipalityOov)
        .unwrap();
    assert_eq!(
        preview.eligibility.blockers,
        vec![Blocker::UnresolvedFindings]
    );
    let kinds: Vec<_> = preview.findings.iter().map(|f| f.kind.code()).collect();
    assert!(
        kinds.contains(&"name") && kinds.contains(&"phone") && kinds.contains(&"exact-age"),
        "{kinds:?}"
    );
    assert!(!preview.guidance.may.is_empty() && !preview.guidance.may_not.is_empty());
    assert!(
        !preview.inform_first,
        "the young person consented in person"
    );

    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    let preview = fx
        .vault
        .sharing()
        .preview(id, Partner::MunicipalityOov)
        .unwrap();
    assert!(
        preview.eligibility.is_eligible(),
        "{:?}",
        preview.eligibility
    );
    for secret in ["Kevin", "06-12345678", "(15)", "JW-07"] {
        assert!(
            !preview.json.contains(secret),
            "{secret} in {}",
            preview.json
        );
    }
    assert!(preview.json.contains("[telefoon]") && preview.json.contains("Jongerenwerk Zuid"));
    assert_eq!(
        preview.payload.observed, "2026-11-23",
        "a signal's time becomes its date"
    );
    assert_eq!(preview.payload.observed_display(Lang::Nl), "23-11-2026");

    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    assert_eq!(
        fx.vault.entries().get(id).unwrap().share_status,
        ShareStatus::Queued
    );
    let cases = MemoryCases::default();
    let mut events = Vec::new();
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, false, &mut |e| events.push(e))
        .unwrap();
    assert_eq!((report.delivered, report.remaining), (1, 0));
    assert!(matches!(
        events.first(),
        Some(SyncEvent::Started { total: 1 })
    ));
    assert!(matches!(events.last(), Some(SyncEvent::Finished(_))));
    let documents = cases.documents.lock().unwrap().clone();
    let (_, content) = documents.values().next().unwrap();
    let plain = decrypt_with(&town.identity, content).expect("the municipality can read it");
    assert_eq!(String::from_utf8(plain).unwrap(), preview.json);
    assert_eq!(
        fx.vault.entries().get(id).unwrap().share_status,
        ShareStatus::Shared
    );
    let shares = fx
        .vault
        .audit()
        .log(0, 100)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == AuditAction::Share)
        .count();
    assert_eq!(shares, 1);
    // Sharing the same revision again is refused as already shared.
    let again = fx
        .vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap_err();
    assert!(matches!(again, Error::NotEligible(b) if b == vec![Blocker::AlreadyShared]));
}

#[test]
fn withdrawing_consent_retracts_what_was_shared() {
    let (fx, _town, id) = ready();
    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    let cases = MemoryCases::default();
    fx.vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    assert_eq!(cases.document_ids().len(), 1);
    assert_eq!(fx.vault.sharing().withdraw_consent(id).unwrap(), 1);
    assert_eq!(
        fx.vault.entries().get(id).unwrap().share_status,
        ShareStatus::Retracting
    );
    // The server refuses once: the retraction stays queued and visible.
    cases.fail_next(TransportError::Server {
        status: 503,
        retry_after: None,
    });
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, true, &mut |_| {})
        .unwrap();
    assert_eq!(
        (report.retracted, report.deferred, report.remaining),
        (0, 1, 1)
    );
    let waiting = fx.vault.outbox().list().unwrap();
    assert_eq!(
        waiting[0].problem,
        Some(SyncProblem::ServerTrouble { status: 503 })
    );
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, true, &mut |_| {})
        .unwrap();
    assert_eq!(report.retracted, 1);
    assert!(cases.document_ids().is_empty());
    assert_eq!(
        fx.vault.entries().get(id).unwrap().share_status,
        ShareStatus::Retracted
    );
    let log = fx.vault.audit().log(0, 100).unwrap();
    assert!(
        log.iter()
            .any(|r| r.action == AuditAction::ConsentWithdrawn)
    );
    assert!(log.iter().any(|r| r.action == AuditAction::Retract));
}

#[test]
fn withdrawing_before_sending_cancels_the_delivery() {
    let (fx, _town, id) = ready();
    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    fx.vault.sharing().withdraw_consent(id).unwrap();
    let cases = MemoryCases::default();
    fx.vault
        .outbox()
        .sync_now(&cases, true, &mut |_| {})
        .unwrap();
    assert!(
        cases.document_ids().is_empty(),
        "nothing arrives after withdrawal"
    );
    let verdict = fx
        .vault
        .sharing()
        .eligibility(id, Partner::MunicipalityOov)
        .unwrap();
    assert_eq!(
        verdict.blockers,
        vec![Blocker::ConsentWithdrawn],
        "the worker is told consent was withdrawn, not that there never was any"
    );
}

#[test]
fn an_edited_entry_replaces_its_earlier_shared_revision() {
    let (fx, _town, id) = ready();
    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    let cases = MemoryCases::default();
    fx.vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    let first = cases.document_ids();
    let mut content = fx.vault.entries().get(id).unwrap().content;
    content
        .text
        .push_str(" — inmiddels ook op school besproken");
    fx.vault.entries().edit(id, content, vec![]).unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    fx.vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    let now = cases.document_ids();
    assert_eq!(now.len(), 1);
    assert_ne!(
        now, first,
        "the new revision is a new document, the old one was retracted"
    );
}

#[test]
fn refusals_park_and_credentials_stop_the_queue() {
    let (fx, _town, id) = ready();
    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    let cases = MemoryCases::default();
    cases.fail_next(TransportError::Unauthorized { status: 403 });
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, true, &mut |_| {})
        .unwrap();
    assert_eq!(
        report.stopped,
        Some(SyncProblem::NotAuthorised { status: 403 })
    );
    assert!(
        report
            .stopped
            .unwrap()
            .localized(Lang::Nl)
            .contains("koppelprofiel")
    );
    cases.fail_next(TransportError::Rejected {
        status: 400,
        detail: "Invalid input".into(),
        invalid_params: vec![leefwereld_core::sync::InvalidParam {
            name: "vertrouwelijkheidaanduiding".into(),
            code: "invalid_choice".into(),
            reason: "geen geldige keuze".into(),
        }],
    });
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, true, &mut |_| {})
        .unwrap();
    assert_eq!(report.parked, 1);
    let item = &fx.vault.outbox().list().unwrap()[0];
    assert!(item.parked);
    let text = item.problem.as_ref().unwrap().localized(Lang::Nl);
    assert!(
        text.contains("vertrouwelijkheidaanduiding: geen geldige keuze"),
        "{text}"
    );
    assert_eq!(
        fx.vault.entries().get(id).unwrap().share_status,
        ShareStatus::Parked
    );
    // A parked item waits until the worker retries it.
    assert_eq!(
        fx.vault
            .outbox()
            .sync_now(&cases, true, &mut |_| {})
            .unwrap()
            .delivered,
        0
    );
    fx.vault.outbox().retry(item.id).unwrap();
    assert_eq!(
        fx.vault
            .outbox()
            .sync_now(&cases, true, &mut |_| {})
            .unwrap()
            .delivered,
        1
    );
}

#[test]
fn network_failures_back_off_and_the_outbox_survives_a_restart() {
    let (fx, _town, id) = ready();
    fx.vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();
    fx.vault
        .sharing()
        .share(id, Partner::MunicipalityOov)
        .unwrap();
    let cases = MemoryCases::default();
    cases.fail_next(TransportError::Network {
        detail: "offline".into(),
    });
    let report = fx
        .vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    assert_eq!(report.deferred, 1);
    let due = fx.vault.outbox().next_due().unwrap().unwrap();
    assert!(due > fx.vault.now(), "the next attempt waits");
    assert_eq!(
        fx.vault
            .outbox()
            .sync_now(&cases, false, &mut |_| {})
            .unwrap()
            .delivered,
        0,
        "not due yet"
    );
    let fx = fx.reopen();
    fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(fx.vault.outbox().list().unwrap().len(), 1);
    fx.clock.advance(chrono::Duration::minutes(2));
    assert_eq!(
        fx.vault
            .outbox()
            .sync_now(&cases, false, &mut |_| {})
            .unwrap()
            .delivered,
        1
    );
}

#[test]
fn a_trend_released_by_the_worker_goes_into_the_weekly_case() {
    let fx = Fixture::new();
    fx.vault
        .connection()
        .import(&municipality().profile_json)
        .unwrap();
    let entry = fx
        .vault
        .entries()
        .capture(trend("Veel jongeren delen een nieuwe challenge"), vec![])
        .unwrap();
    fx.vault
        .sharing()
        .record_consent(
            entry.id,
            ConsentInput {
                given_by: ConsentGiver::WorkerRelease,
                informed_how: InformedHow::NotApplicable,
                given_at: start(),
                scope: vec![Partner::MunicipalityOov],
            },
        )
        .unwrap();
    let preview = fx
        .vault
        .sharing()
        .preview(entry.id, Partner::MunicipalityOov)
        .unwrap();
    assert!(
        preview.eligibility.is_eligible(),
        "{:?}",
        preview.eligibility
    );
    assert_eq!(
        preview.payload.observed, "2026-W48",
        "a trend's time becomes its ISO week"
    );
    assert_eq!(preview.payload.observed_display(Lang::En), "Week 48, 2026");
    fx.vault
        .sharing()
        .share(entry.id, Partner::MunicipalityOov)
        .unwrap();
    let cases = MemoryCases::default();
    fx.vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    let documents = cases.documents.lock().unwrap().clone();
    assert_eq!(documents.values().next().unwrap().0, "LW-T-2026-W48");
}

#[test]
fn keeping_a_direct_identifier_needs_a_reason_and_is_audited_without_it() {
    let (fx, _town, id) = ready();
    let preview = fx
        .vault
        .sharing()
        .preview(id, Partner::MunicipalityOov)
        .unwrap();
    let phone = preview
        .findings
        .iter()
        .find(|f| f.kind.code() == "phone")
        .expect("the phone number is found");

    // Without a reason (or with one of a letter or two) a phone number cannot be kept.
    for attempt in [
        fx.vault
            .sharing()
            .decide_finding(id, &phone.key, Decision::Keep),
        fx.vault.sharing().keep_finding(id, &phone.key, "  x "),
        fx.vault
            .sharing()
            .decide_all_findings(id, Decision::Keep)
            .map(|_| ()),
    ] {
        let err = attempt.unwrap_err();
        assert!(
            matches!(
                err,
                Error::Consent(leefwereld_core::share::ConsentProblem::KeepReasonMissing)
            ),
            "{err:?}"
        );
        assert!(err.localized(Lang::Nl).contains("reden"));
    }
    fx.vault
        .sharing()
        .keep_finding(id, &phone.key, "nummer van de jongerenwerker zelf")
        .unwrap();
    assert_eq!(
        fx.vault
            .sharing()
            .kept_reason(id, &phone.key)
            .unwrap()
            .as_deref(),
        Some("nummer van de jongerenwerker zelf")
    );

    // The audit log and the report name the kind, never the reason.
    let log = fx.vault.audit().log(0, 100).unwrap();
    let kept: Vec<_> = log
        .iter()
        .filter(|r| r.action == AuditAction::FindingKept)
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].reason, "kept:phone");
    assert!(log.iter().all(|r| !r.reason.contains("jongerenwerker")));
    use leefwereld_core::clock::Clock;
    let day = leefwereld_core::time::local_date(fx.clock.now());
    let report = fx.vault.audit().report(day, day).unwrap();
    assert_eq!(report.reasons.get("kept:phone"), Some(&1));

    // Replacing it again forgets the reason.
    fx.vault
        .sharing()
        .decide_finding(id, &phone.key, Decision::Redact)
        .unwrap();
    assert_eq!(
        fx.vault.sharing().kept_reason(id, &phone.key).unwrap(),
        None
    );
}

#[test]
fn a_possible_name_is_kept_without_a_reason() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(signal("gesprek gehad, ayoub was er ook", "reden"), vec![])
        .unwrap();
    let preview = fx
        .vault
        .sharing()
        .preview(entry.id, Partner::MunicipalityOov)
        .unwrap();
    let possible: Vec<_> = preview
        .findings
        .iter()
        .filter(|f| f.kind.code() == "possible-name")
        .collect();
    assert_eq!(possible.len(), 1, "{:?}", preview.findings);
    assert!(!possible[0].kind.keep_needs_reason());
    fx.vault
        .sharing()
        .decide_finding(entry.id, &possible[0].key, Decision::Keep)
        .unwrap();
    let preview = fx
        .vault
        .sharing()
        .preview(entry.id, Partner::MunicipalityOov)
        .unwrap();
    assert!(preview.findings.iter().all(|f| f.decision.is_some()));
}

//! Consent, transparency and reminders.

mod support;

use chrono::Duration;
use leefwereld_core::positions::Partner;
use leefwereld_core::reminders::ReminderKind;
use leefwereld_core::share::{ConsentGiver, ConsentInput, ConsentProblem, InformedHow};
use leefwereld_core::{AuditAction, Error, Lang, ReminderId};
use support::*;

fn consent(given_by: ConsentGiver, scope: Vec<Partner>) -> ConsentInput {
    ConsentInput {
        given_by,
        informed_how: InformedHow::InPerson,
        given_at: start(),
        scope,
    }
}

#[test]
fn consent_is_recorded_replaced_and_audited_without_content() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(signal("Vechtpartij gepland", "Jongere meldde het"), vec![])
        .unwrap();
    let first = fx
        .vault
        .sharing()
        .record_consent(
            entry.id,
            consent(ConsentGiver::YoungPerson, vec![Partner::MunicipalityOov]),
        )
        .unwrap();
    assert!(first.is_active());
    fx.vault
        .sharing()
        .record_consent(
            entry.id,
            consent(
                ConsentGiver::ParentGuardian,
                vec![Partner::MunicipalityOov, Partner::Police, Partner::Police],
            ),
        )
        .unwrap();
    let (current, history) = fx.vault.sharing().consent(entry.id).unwrap();
    assert_eq!(
        current.unwrap().scope,
        vec![Partner::Police, Partner::MunicipalityOov]
    );
    assert_eq!(history, vec![first]);
    let log = fx.vault.audit().log(0, 100).unwrap();
    let consents: Vec<_> = log
        .iter()
        .filter(|r| r.action == AuditAction::Consent)
        .collect();
    assert_eq!(consents.len(), 2);
    assert!(
        consents[0].reason.contains("given-by:young-person")
            && consents[0].reason.contains("scope:gemeente-oov")
    );
}

#[test]
fn the_wrong_kind_of_consent_is_refused_with_a_reason() {
    let fx = Fixture::new();
    let trend = fx
        .vault
        .entries()
        .capture(trend("Nieuwe trend"), vec![])
        .unwrap();
    let sig = fx
        .vault
        .entries()
        .capture(signal("signaal", "reden"), vec![])
        .unwrap();
    let err = fx
        .vault
        .sharing()
        .record_consent(
            trend.id,
            consent(ConsentGiver::YoungPerson, vec![Partner::MunicipalityOov]),
        )
        .unwrap_err();
    assert!(matches!(err, Error::Consent(ConsentProblem::WrongGiver)));
    assert!(err.localized(Lang::Nl).contains("trend geef je zelf vrij"));
    assert!(matches!(
        fx.vault.sharing().record_consent(
            sig.id,
            consent(ConsentGiver::WorkerRelease, vec![Partner::MunicipalityOov])
        ),
        Err(Error::Consent(ConsentProblem::WrongGiver))
    ));
    assert!(matches!(
        fx.vault
            .sharing()
            .record_consent(sig.id, consent(ConsentGiver::YoungPerson, vec![])),
        Err(Error::Consent(ConsentProblem::EmptyScope))
    ));
    let mut future = consent(ConsentGiver::YoungPerson, vec![Partner::Police]);
    future.given_at = start() + Duration::days(1);
    assert!(matches!(
        fx.vault.sharing().record_consent(sig.id, future),
        Err(Error::Consent(ConsentProblem::InFuture))
    ));
    assert!(matches!(
        fx.vault.sharing().withdraw_consent(sig.id),
        Err(Error::Consent(ConsentProblem::NothingToWithdraw))
    ));
}

#[test]
fn withdrawing_consent_that_was_never_used_queues_nothing() {
    let fx = Fixture::new();
    let sig = fx
        .vault
        .entries()
        .capture(signal("signaal", "reden"), vec![])
        .unwrap();
    fx.vault
        .sharing()
        .record_consent(
            sig.id,
            consent(ConsentGiver::YoungPerson, vec![Partner::Police]),
        )
        .unwrap();
    assert_eq!(fx.vault.sharing().withdraw_consent(sig.id).unwrap(), 0);
    let (current, history) = fx.vault.sharing().consent(sig.id).unwrap();
    assert!(current.is_none());
    assert!(history[0].withdrawn_at.is_some());
    assert!(fx.vault.outbox().list().unwrap().is_empty());
}

#[test]
fn reminders_follow_the_transparency_rules_and_can_be_acknowledged_or_snoozed() {
    let fx = Fixture::new();
    let kinds = |fx: &Fixture| {
        fx.vault
            .reminders()
            .list()
            .unwrap()
            .iter()
            .map(|r| (r.kind, r.entry))
            .collect::<Vec<_>>()
    };
    // The AVG principles come first, right after onboarding.
    assert_eq!(kinds(&fx), vec![(ReminderKind::AvgPrinciples, None)]);
    fx.vault
        .reminders()
        .acknowledge(ReminderId::new(ReminderKind::AvgPrinciples, None))
        .unwrap();
    assert!(kinds(&fx).is_empty());

    let sig = fx
        .vault
        .entries()
        .capture(signal("Direct contact", "Jongere vertelde het"), vec![])
        .unwrap();
    assert_eq!(kinds(&fx), vec![(ReminderKind::Transparency, Some(sig.id))]);
    fx.vault
        .sharing()
        .record_consent(
            sig.id,
            consent(ConsentGiver::ParentGuardian, vec![Partner::MunicipalityOov]),
        )
        .unwrap();
    assert_eq!(
        kinds(&fx),
        vec![(ReminderKind::InformBeforeShare, Some(sig.id))]
    );
    let open = fx.vault.reminders().list().unwrap();
    assert!(open[0].body(Lang::Nl).contains("uitzondering"));
    assert!(matches!(
        fx.vault.sharing().record_safety_exception(sig.id, "kort"),
        Err(Error::Consent(ConsentProblem::JustificationMissing))
    ));
    fx.vault
        .sharing()
        .record_safety_exception(
            sig.id,
            "Vader is zelf de dreiging; informeren brengt de jongere in gevaar",
        )
        .unwrap();
    assert!(kinds(&fx).is_empty());

    // Nearing expiry, snoozed, then back.
    fx.clock.advance(Duration::days(84));
    let open = fx.vault.reminders().list().unwrap();
    let expiring = open
        .iter()
        .find(|r| r.kind == ReminderKind::NearingExpiry)
        .expect("expiry reminder");
    assert_eq!(expiring.entry, Some(sig.id));
    assert!(expiring.body(Lang::En).contains("deleted automatically"));
    fx.vault
        .reminders()
        .snooze(expiring.id, fx.vault.now() + Duration::days(2))
        .unwrap();
    assert!(
        kinds(&fx)
            .iter()
            .all(|(k, _)| *k != ReminderKind::NearingExpiry)
    );
    fx.clock.advance(Duration::days(3));
    assert!(
        kinds(&fx)
            .iter()
            .any(|(k, _)| *k == ReminderKind::NearingExpiry)
    );

    // The AVG principles come back after 30 days.
    assert!(
        kinds(&fx)
            .iter()
            .any(|(k, _)| *k == ReminderKind::AvgPrinciples)
    );
    let acks = fx
        .vault
        .audit()
        .log(0, 100)
        .unwrap()
        .iter()
        .filter(|r| r.action == AuditAction::ReminderAcknowledged)
        .count();
    assert_eq!(acks, 1);
}

#[test]
fn transparency_recorded_by_the_worker_settles_the_reminder() {
    let fx = Fixture::new();
    fx.vault
        .reminders()
        .acknowledge(ReminderId::new(ReminderKind::AvgPrinciples, None))
        .unwrap();
    let sig = fx
        .vault
        .entries()
        .capture(signal("Direct contact", "reden"), vec![])
        .unwrap();
    // What is open asks to inform the young person: the app leads to the share screen for it.
    let open = fx.vault.reminders().list().unwrap();
    assert!(!open.is_empty() && open.iter().all(|r| r.kind.is_about_informing()));
    fx.vault
        .sharing()
        .record_transparency(sig.id, InformedHow::Message)
        .unwrap();
    assert!(fx.vault.reminders().list().unwrap().is_empty());
    for written in [
        "bestaat-niet",
        "transparency",
        "avg-principles:x",
        "transparency:123",
    ] {
        assert!(
            matches!(written.parse::<ReminderId>(), Err(Error::ReminderNotFound)),
            "{written} names no reminder"
        );
    }
    let avg = ReminderId::new(ReminderKind::AvgPrinciples, None);
    assert_eq!(avg.to_string().parse::<ReminderId>().unwrap(), avg);
    let about_entry = ReminderId::new(ReminderKind::Transparency, Some(sig.id));
    assert_eq!(
        about_entry.to_string().parse::<ReminderId>().unwrap(),
        about_entry
    );
}

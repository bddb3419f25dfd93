//! Team summaries: workers' weekly reports merged by the team lead.

mod support;

use std::sync::Arc;

use leefwereld_core::positions::Partner;
use leefwereld_core::share::payload::encrypt_to;
use leefwereld_core::share::{ConsentGiver, ConsentInput, InformedHow};
use leefwereld_core::summary::team::{TeamRefusal, team_case};
use leefwereld_core::{Decision, IsoWeek, ManualClock, Profile, Role, Theme, Vault};
use support::cases::MemoryCases;
use support::*;

const TEAM: &str = "jw-zuid";

fn profile_with_team(team: &str, lead_recipient: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&municipality().profile_json).unwrap();
    value["team"] = serde_json::json!({ "id": team, "recipient": lead_recipient });
    value.to_string()
}

struct Member {
    _dir: tempfile::TempDir,
    vault: Vault,
}

fn member(role: Role, pseudonym: &str, clock: &Arc<ManualClock>) -> Member {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile {
        role,
        pseudonym: pseudonym.into(),
        ..profile()
    };
    let vault = Vault::create(dir.path().join("v"), PASSPHRASE, profile, options(clock)).unwrap();
    Member { _dir: dir, vault }
}

fn release(vault: &Vault, text: &str, theme: Theme) {
    let mut content = trend(text);
    content.theme = theme;
    let entry = vault.entries().capture(content, vec![]).unwrap();
    vault
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
    vault
        .sharing()
        .decide_all_findings(entry.id, Decision::Redact)
        .unwrap();
}

#[test]
fn reports_from_several_workers_are_merged_each_counted_once() {
    let clock = Arc::new(ManualClock::new(start()));
    let week = IsoWeek::of(start());
    let lead = member(Role::TeamLead, "TL-1", &clock);
    let lead_recipient = lead.vault.recipient().unwrap();
    lead.vault
        .connection()
        .import(&profile_with_team(TEAM, &lead_recipient))
        .unwrap();
    let cases = MemoryCases::default();

    let workers: Vec<Member> = ["JW-1", "JW-2", "JW-3"]
        .iter()
        .map(|p| member(Role::YouthWorker, p, &clock))
        .collect();
    for (i, worker) in workers.iter().enumerate() {
        worker
            .vault
            .connection()
            .import(&profile_with_team(TEAM, &lead_recipient))
            .unwrap();
        release(
            &worker.vault,
            &format!("Challenge nummer {i} met 06-12345678"),
            Theme::Borderline,
        );
        worker
            .vault
            .entries()
            .capture(trend("Niet vrijgegeven trend GEHEIM-TREND"), vec![])
            .unwrap();
        worker
            .vault
            .entries()
            .capture(signal("Signaal GEHEIM-SIGNAAL", "reden"), vec![])
            .unwrap();
        worker.vault.team().queue_report(week).unwrap();
        worker
            .vault
            .outbox()
            .sync_now(&cases, false, &mut |_| {})
            .unwrap();
    }
    // Worker 1 adds an entry and sends the week again: only the latest report counts.
    workers[0]
        .vault
        .entries()
        .capture(trend("Nog een trend"), vec![])
        .unwrap();
    clock.advance(chrono::Duration::minutes(5));
    workers[0].vault.team().queue_report(week).unwrap();
    workers[0]
        .vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();
    // Worker 3 leaves: the vault is wiped, the report already sent still counts.
    workers[2].vault.wipe().unwrap();

    // What the lead can read (the report each document encrypts) holds nothing the workers
    // did not release.
    let report =
        serde_json::to_string(&workers[1].vault.team().weekly_report(week).unwrap()).unwrap();
    for secret in [
        "GEHEIM-TREND",
        "GEHEIM-SIGNAAL",
        "06-12345678",
        "JW-",
        "reden",
    ] {
        assert!(
            !report.contains(secret),
            "{secret} would reach the team lead"
        );
    }

    // The first fetch meets three keys the lead has not accepted: nothing counts yet.
    let outcome = lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(outcome.accepted, 0);
    assert_eq!(outcome.refused.len(), 4);
    assert!(
        outcome
            .refused
            .iter()
            .all(|(_, r)| *r == TeamRefusal::NewKey)
    );
    assert_eq!(accept_waiting_keys(&lead.vault), 3, "one key per worker");
    let outcome = lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(outcome.accepted, 4);
    assert!(outcome.refused.is_empty());
    let summary = lead.vault.team().summary(week).unwrap();
    assert_eq!(summary.reporters, 3);
    assert_eq!(
        summary.total,
        3 * 3 + 1,
        "three entries per worker, one more from worker 1"
    );
    assert_eq!(summary.trends.len(), 3);
    assert!(summary.trends.iter().all(|t| t.text.contains("[telefoon]")));
    // Fetching again changes nothing.
    lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(lead.vault.team().summary(week).unwrap().total, 10);
}

#[test]
fn bad_reports_are_refused_with_a_reason_and_the_rest_still_counts() {
    let clock = Arc::new(ManualClock::new(start()));
    let week = IsoWeek::of(start());
    let lead = member(Role::TeamLead, "TL-1", &clock);
    let lead_recipient = lead.vault.recipient().unwrap();
    lead.vault
        .connection()
        .import(&profile_with_team(TEAM, &lead_recipient))
        .unwrap();
    let cases = MemoryCases::default();
    let good = member(Role::YouthWorker, "JW-1", &clock);
    good.vault
        .connection()
        .import(&profile_with_team(TEAM, &lead_recipient))
        .unwrap();
    good.vault
        .entries()
        .capture(trend("trend"), vec![])
        .unwrap();
    let report = good.vault.team().weekly_report(week).unwrap();
    good.vault.team().queue_report(week).unwrap();
    good.vault
        .outbox()
        .sync_now(&cases, false, &mut |_| {})
        .unwrap();

    let case = team_case(TEAM, week);
    let put = |id: &str, bytes: Vec<u8>| {
        cases
            .documents
            .lock()
            .unwrap()
            .insert(id.into(), (case.clone(), bytes));
    };
    // Signed by the good worker's own vault: everything but the content is right.
    let to_lead = |value: &leefwereld_core::summary::team::WeeklyReport| {
        good.vault.team().sealed_report(value).unwrap()
    };
    // The lead accepts the good worker's key first.
    lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(accept_waiting_keys(&lead.vault), 1);
    let mut other_team = report.clone();
    other_team.team = "jw-noord".into();
    other_team.reporter = "lw-other".into();
    put("other-team", to_lead(&other_team));
    let stranger = age::x25519::Identity::generate().to_public().to_string();
    put(
        "someone-else",
        encrypt_to(
            &[stranger],
            serde_json::to_string(&report).unwrap().as_bytes(),
        )
        .unwrap(),
    );
    put(
        "unsigned",
        encrypt_to(
            std::slice::from_ref(&lead_recipient),
            serde_json::to_string(&report).unwrap().as_bytes(),
        )
        .unwrap(),
    );
    let mut tampered = to_lead(&report);
    let last = tampered.len() - 3;
    tampered[last] ^= 1;
    put("tampered", tampered);
    put(
        "malformed",
        encrypt_to(
            std::slice::from_ref(&lead_recipient),
            b"{\"schema\":\"iets\"}",
        )
        .unwrap(),
    );
    let mut inconsistent = report.clone();
    inconsistent.reporter = "lw-liar".into();
    inconsistent.counts.theme.insert("other".into(), 99);
    put("inconsistent", to_lead(&inconsistent));
    let mut future = report.clone();
    future.reporter = "lw-future".into();
    future.week = week.next().next();
    put("future", to_lead(&future));

    let outcome = lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(outcome.accepted, 1);
    let mut refused = outcome.refused.clone();
    refused.sort();
    assert_eq!(
        refused,
        vec![
            ("future".to_string(), TeamRefusal::FutureWeek),
            ("inconsistent".to_string(), TeamRefusal::Malformed),
            ("malformed".to_string(), TeamRefusal::Malformed),
            ("other-team".to_string(), TeamRefusal::OtherTeam),
            ("someone-else".to_string(), TeamRefusal::Unreadable),
            ("tampered".to_string(), TeamRefusal::Unreadable),
            ("unsigned".to_string(), TeamRefusal::Malformed),
        ]
    );
    assert!(
        TeamRefusal::OtherTeam
            .explanation(leefwereld_core::Lang::Nl)
            .contains("ander team")
    );
    let summary = lead.vault.team().summary(week).unwrap();
    assert_eq!((summary.reporters, summary.total), (1, 1));
}

#[test]
fn a_report_for_a_week_that_has_not_begun_is_refused_in_words() {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = member(Role::TeamLead, "TL-1", &clock);
    let lead_recipient = lead.vault.recipient().unwrap();
    let worker = member(Role::YouthWorker, "JW-1", &clock);
    worker
        .vault
        .connection()
        .import(&profile_with_team(TEAM, &lead_recipient))
        .unwrap();
    let next = IsoWeek::of(start()).next();
    let err = worker.vault.team().queue_report(next).unwrap_err();
    for lang in [leefwereld_core::Lang::Nl, leefwereld_core::Lang::En] {
        let message = err.localized(lang);
        assert!(!message.contains("setting-"), "untranslated: {message}");
    }
    assert!(
        err.localized(leefwereld_core::Lang::Nl)
            .contains("teamverslag")
    );
    assert!(
        worker.vault.outbox().list().unwrap().is_empty(),
        "nothing queued"
    );
}

#[test]
fn without_a_profile_there_is_no_connection_and_without_a_team_no_team() {
    let clock = Arc::new(ManualClock::new(start()));
    let week = IsoWeek::of(start());
    let worker = member(Role::YouthWorker, "JW-1", &clock);
    let lead = member(Role::TeamLead, "TL-1", &clock);
    let cases = MemoryCases::default();
    let code = |err: leefwereld_core::Error| err.code();
    assert_eq!(
        code(worker.vault.team().queue_report(week).unwrap_err()),
        "no-connection"
    );
    // A profile that names no team: the worker and the lead are told that, not "no connection".
    for member in [&worker, &lead] {
        member
            .vault
            .connection()
            .import(&municipality().profile_json)
            .unwrap();
    }
    assert_eq!(
        code(worker.vault.team().queue_report(week).unwrap_err()),
        "no-team"
    );
    assert_eq!(
        code(
            lead.vault
                .team()
                .fetch_reports(&cases, &[week])
                .unwrap_err()
        ),
        "no-team"
    );
    let message = leefwereld_core::Error::NoTeam.localized(leefwereld_core::Lang::Nl);
    assert!(message.contains("noemt geen team"), "{message}");
}

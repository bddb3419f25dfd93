//! Weekly team reports over the real channel: two workers send their week through the ZGW test
//! server (the same outbox and HTTP client as shared entries, into the team's zaak of that
//! week), and the team lead fetches the documents back over HTTP, decrypts and merges them.
//! The municipality's server sees only ciphertext; the lead sees only what workers released.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use leefwereld_core::summary::team::team_case;
use leefwereld_core::{
    Clock, Decision, EntryContent, IsoWeek, ManualClock, Platform, Profile, Role, SourceType,
    Theme, Vault,
};
use leefwereld_tests::municipality::{Municipality, trend_release};
use leefwereld_tests::zgw::{ServerConfig, ZgwServer};
use leefwereld_tests::{PASSPHRASE, fast_options, youth_worker};
use leefwereld_zgw::ConnectionExt;

const TEAM: &str = "jw-zuid";
/// What a worker noted but did not release: it must reach neither the server nor the lead.
const UNRELEASED: &str = "NIET-VRIJGEGEVEN-7731";
const PHONE: &str = "06-12345678";

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T15:00:00+01:00")
        .expect("valid time")
        .with_timezone(&Utc)
}

struct Member {
    _dir: tempfile::TempDir,
    vault: Vault,
}

/// A member of the team with the municipality's connection profile and the team's lead.
fn member(
    role: Role,
    pseudonym: &str,
    clock: &Arc<ManualClock>,
    profile_json: impl FnOnce(&Vault) -> String,
) -> Member {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = Profile {
        role,
        pseudonym: pseudonym.into(),
        ..youth_worker()
    };
    let vault = Vault::create(
        dir.path().join("vault"),
        PASSPHRASE,
        profile,
        fast_options(clock.clone() as Arc<dyn Clock>),
    )
    .expect("create vault");
    vault
        .connection()
        .import(&profile_json(&vault))
        .expect("the team's profile is valid");
    Member { _dir: dir, vault }
}

fn with_team(base: &str, lead_recipient: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(base).expect("profile JSON");
    value["team"] = serde_json::json!({ "id": TEAM, "recipient": lead_recipient });
    value.to_string()
}

/// A trend the worker releases, with a phone number the minimiser replaces.
fn release(vault: &Vault, theme: Theme, text: &str) {
    let content = EntryContent::trend(theme, Platform::TikTok, text, vault.now());
    let entry = vault.entries().capture(content, vec![]).expect("capture");
    vault
        .sharing()
        .record_consent(entry.id, trend_release(vault.now()))
        .expect("release");
    vault
        .sharing()
        .decide_all_findings(entry.id, Decision::Redact)
        .expect("decide");
}

fn unreleased_notes(vault: &Vault) {
    let trend = EntryContent::trend(
        Theme::Polarisation,
        Platform::Instagram,
        format!("Eigen aantekening {UNRELEASED}"),
        vault.now(),
    );
    vault.entries().capture(trend, vec![]).expect("capture");
    let signal = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        format!("Signaal {UNRELEASED} via {PHONE}"),
        "Een jongere liet het zelf zien",
        vault.now(),
    );
    vault.entries().capture(signal, vec![]).expect("capture");
}

fn send_week(vault: &Vault, week: IsoWeek) {
    vault.team().queue_report(week).expect("queue the report");
    let report = vault.connection().sync(false, &mut |_| {}).expect("sync");
    assert_eq!(
        (report.delivered, report.remaining),
        (1, 0),
        "the report is delivered: {report:?}"
    );
}

#[test]
fn the_team_lead_merges_the_workers_reports_fetched_from_the_case_system() {
    let server = ZgwServer::start(ServerConfig::default());
    let town = Municipality::new();
    let clock = Arc::new(ManualClock::new(start()));
    let week = IsoWeek::of(start());

    let lead = member(Role::TeamLead, "TL-1", &clock, |v| {
        with_team(
            &town.profile_json(&server),
            &v.recipient().expect("unlocked"),
        )
    });
    let lead_recipient = lead.vault.recipient().expect("unlocked");
    let workers: Vec<Member> = ["JW-1", "JW-2"]
        .into_iter()
        .map(|pseudonym| {
            member(Role::YouthWorker, pseudonym, &clock, |_| {
                with_team(&town.profile_json(&server), &lead_recipient)
            })
        })
        .collect();

    release(
        &workers[0].vault,
        Theme::Borderline,
        &format!("Challenge met oproep om {PHONE} te bellen"),
    );
    release(
        &workers[1].vault,
        Theme::Recruitment,
        "Ronselberichten in groepschats",
    );
    for worker in &workers {
        unreleased_notes(&worker.vault);
        send_week(&worker.vault, week);
    }
    // Worker 1 notes one more trend and sends the week again: the newer report replaces the
    // older one at the lead.
    clock.advance(Duration::minutes(10));
    release(
        &workers[0].vault,
        Theme::Borderline,
        "Nog een challenge gezien",
    );
    send_week(&workers[0].vault, week);

    // The municipality's server holds the team's zaak for the week with three documents, all
    // ciphertext.
    let zaak = server
        .zaken()
        .into_iter()
        .find(|z| z.identificatie == team_case(TEAM, week))
        .expect("the team's zaak of the week");
    assert_eq!(
        server.links().iter().filter(|l| l.zaak == zaak.url).count(),
        3
    );
    for request in server.request_log() {
        let body = String::from_utf8_lossy(&request.body);
        for secret in [UNRELEASED, PHONE, "Challenge", "JW-1", "JW-2"] {
            assert!(
                !body.contains(secret),
                "{secret} was sent in the clear to {}",
                request.path
            );
        }
    }

    // The lead has not accepted the two workers' signing keys yet: nothing counts, and both
    // keys wait with their fingerprints.
    let outcome = lead
        .vault
        .connection()
        .fetch_team_reports(&[week])
        .expect("fetch");
    assert_eq!(outcome.accepted, 0);
    let waiting = lead.vault.team().keys().expect("keys");
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    for worker in &workers {
        let fingerprint = worker.vault.team().signing_fingerprint().expect("unlocked");
        let key = waiting
            .iter()
            .find(|k| k.waiting.as_deref() == Some(fingerprint.as_str()))
            .expect("the worker's own fingerprint is what the lead sees");
        lead.vault
            .team()
            .accept_key(&key.reporter, &fingerprint)
            .expect("accept");
    }
    let outcome = lead
        .vault
        .connection()
        .fetch_team_reports(&[week])
        .expect("fetch");
    assert_eq!(outcome.accepted, 3);
    assert!(outcome.refused.is_empty(), "{:?}", outcome.refused);
    let summary = lead.vault.team().summary(week).expect("team summary");
    assert_eq!(summary.reporters, 2, "each worker counts once");
    assert_eq!(
        summary.total,
        4 + 3,
        "worker 1's latest report (two released trends, one unreleased, a signal), worker 2's three"
    );
    let texts: Vec<&str> = summary.trends.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(
        texts.iter().any(|t| t.contains("[telefoon]")),
        "minimised: {texts:?}"
    );
    assert!(
        texts
            .iter()
            .all(|t| !t.contains(PHONE) && !t.contains(UNRELEASED)),
        "{texts:?}"
    );

    // Fetching again (the lead's app does so each time the week is opened) changes nothing.
    lead.vault
        .connection()
        .fetch_team_reports(&[week])
        .expect("fetch again");
    assert_eq!(lead.vault.team().summary(week).expect("summary").total, 7);
}

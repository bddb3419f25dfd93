//! Forged team reports: anyone who can add a document to the team's zaak (a colleague, the
//! case system, whoever holds the lead's public recipient) tries to change what the team lead
//! sees. Each attempt is refused with its reason or neutralised, and the real reports stand.

mod support;

use std::sync::Arc;

use chrono::Duration;
use leefwereld_core::summary::SummaryFormat;
use leefwereld_core::summary::team::{TeamRefusal, WeeklyReport, limits, team_case};
use leefwereld_core::{IsoWeek, ManualClock, Profile, Role, Vault, WORK_FACTOR_MIN};
use support::cases::MemoryCases;
use support::*;

const TEAM: &str = "jw-zuid";

struct Member {
    _dir: tempfile::TempDir,
    vault: Vault,
}

struct Team {
    clock: Arc<ManualClock>,
    cases: MemoryCases,
    lead: Member,
    worker: Member,
    /// A colleague gone rogue: a real Leefwereld vault with the team's profile.
    rogue: Member,
    week: IsoWeek,
}

fn member(role: Role, pseudonym: &str, clock: &Arc<ManualClock>, lead: Option<&str>) -> Member {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile {
        role,
        pseudonym: pseudonym.into(),
        ..profile()
    };
    let vault = Vault::create(dir.path().join("v"), PASSPHRASE, profile, options(clock)).unwrap();
    let lead = lead.map_or_else(|| vault.recipient().unwrap(), str::to_owned);
    let mut value: serde_json::Value = serde_json::from_str(&municipality().profile_json).unwrap();
    value["team"] = serde_json::json!({ "id": TEAM, "recipient": lead });
    vault.connection().import(&value.to_string()).unwrap();
    Member { _dir: dir, vault }
}

/// A lead who has accepted the worker's and the rogue's keys, with the worker's real report
/// (one trend) counted.
fn team() -> Team {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = member(Role::TeamLead, "TL-1", &clock, None);
    let lead_recipient = lead.vault.recipient().unwrap();
    let worker = member(Role::YouthWorker, "JW-1", &clock, Some(&lead_recipient));
    let rogue = member(Role::YouthWorker, "JW-9", &clock, Some(&lead_recipient));
    let week = IsoWeek::of(start());
    let cases = MemoryCases::default();
    worker
        .vault
        .entries()
        .capture(trend("Echte trend"), vec![])
        .unwrap();
    for member in [&worker, &rogue] {
        member.vault.team().queue_report(week).unwrap();
        member
            .vault
            .outbox()
            .sync_now(&cases, false, &mut |_| {})
            .unwrap();
    }
    lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(accept_waiting_keys(&lead.vault), 2);
    let outcome = lead.vault.team().fetch_reports(&cases, &[week]).unwrap();
    assert_eq!(outcome.accepted, 2);
    Team {
        clock,
        cases,
        lead,
        worker,
        rogue,
        week,
    }
}

impl Team {
    /// Puts a document straight into the team's zaak of the week.
    fn plant(&self, id: &str, bytes: Vec<u8>) {
        self.cases
            .documents
            .lock()
            .unwrap()
            .insert(id.into(), (team_case(TEAM, self.week), bytes));
    }

    /// Fetches and returns the refusal of `id`, if any.
    fn refusal_of(&self, id: &str) -> Option<TeamRefusal> {
        let outcome = self
            .lead
            .vault
            .team()
            .fetch_reports(&self.cases, &[self.week])
            .unwrap();
        outcome
            .refused
            .into_iter()
            .find(|(doc, _)| doc == id)
            .map(|(_, r)| r)
    }

    fn total(&self) -> u32 {
        self.lead.vault.team().summary(self.week).unwrap().total
    }

    fn worker_report(&self) -> WeeklyReport {
        self.worker.vault.team().weekly_report(self.week).unwrap()
    }
}

#[test]
fn a_colleague_posing_as_another_is_refused_as_a_changed_key() {
    let team = team();
    let mut forged = team.worker_report();
    forged.counts = team.rogue.vault.summaries().week_counts(team.week).unwrap();
    forged.generated_at += Duration::minutes(1);
    // Signed by the rogue's own vault, in the worker's name.
    let bytes = team.rogue.vault.team().sealed_report(&forged).unwrap();
    team.plant("forged", bytes);
    assert_eq!(team.refusal_of("forged"), Some(TeamRefusal::KeyChanged));
    assert_eq!(team.total(), 1, "the worker's real report stands");
    let keys = team.lead.vault.team().keys().unwrap();
    let worker = keys.iter().find(|k| k.waiting.is_some()).unwrap();
    assert!(worker.pinned.is_some(), "the accepted key stays pinned");
    assert_ne!(
        worker.waiting.as_deref(),
        Some(
            team.worker
                .vault
                .team()
                .signing_fingerprint()
                .unwrap()
                .as_str()
        )
    );
}

#[test]
fn after_a_passphrase_change_the_new_key_counts_once_the_lead_accepts_it() {
    let team = team();
    team.worker
        .vault
        .change_passphrase(
            PASSPHRASE,
            OTHER_PASSPHRASE,
            &leefwereld_core::VaultOptions {
                work_factor: WORK_FACTOR_MIN,
                clock: team.clock.clone() as Arc<dyn leefwereld_core::Clock>,
            },
        )
        .unwrap();
    team.worker
        .vault
        .entries()
        .capture(trend("Tweede trend"), vec![])
        .unwrap();
    team.clock.advance(Duration::minutes(5));
    team.worker.vault.team().queue_report(team.week).unwrap();
    team.worker
        .vault
        .outbox()
        .sync_now(&team.cases, false, &mut |_| {})
        .unwrap();
    let outcome = team
        .lead
        .vault
        .team()
        .fetch_reports(&team.cases, &[team.week])
        .unwrap();
    assert!(
        outcome
            .refused
            .iter()
            .any(|(_, r)| *r == TeamRefusal::KeyChanged),
        "{outcome:?}"
    );
    assert_eq!(team.total(), 1);
    let new_print = team.worker.vault.team().signing_fingerprint().unwrap();
    let waiting = team.lead.vault.team().keys().unwrap().remove(0);
    assert_eq!(waiting.waiting.as_deref(), Some(new_print.as_str()));
    // A fingerprint that is not the waiting one is not accepted, and the lead is told why.
    let err = team
        .lead
        .vault
        .team()
        .accept_key(&waiting.reporter, "00000 00000 00000 00000 00000 00000")
        .unwrap_err();
    assert!(matches!(err, leefwereld_core::Error::TeamKeyNotWaiting));
    assert!(
        err.localized(leefwereld_core::Lang::Nl)
            .contains("Vergelijk de vingerafdruk")
    );
    team.lead
        .vault
        .team()
        .accept_key(&waiting.reporter, &new_print)
        .unwrap();
    team.lead
        .vault
        .team()
        .fetch_reports(&team.cases, &[team.week])
        .unwrap();
    assert_eq!(team.total(), 2, "the newer report replaces the older one");
}

#[test]
fn a_replayed_older_report_changes_nothing() {
    let team = team();
    let old = team.worker_report();
    let old_bytes = team.worker.vault.team().sealed_report(&old).unwrap();
    team.worker
        .vault
        .entries()
        .capture(trend("Nieuwere trend"), vec![])
        .unwrap();
    team.clock.advance(Duration::minutes(5));
    team.worker.vault.team().queue_report(team.week).unwrap();
    team.worker
        .vault
        .outbox()
        .sync_now(&team.cases, false, &mut |_| {})
        .unwrap();
    team.lead
        .vault
        .team()
        .fetch_reports(&team.cases, &[team.week])
        .unwrap();
    assert_eq!(team.total(), 2);
    team.plant("replay", old_bytes);
    assert_eq!(team.refusal_of("replay"), None, "valid, but older");
    assert_eq!(team.total(), 2, "the newer report still counts");
}

#[test]
fn a_report_dated_in_the_future_cannot_pin_itself_over_the_real_one() {
    let team = team();
    let mut future = team.worker_report();
    future.generated_at = team.worker.vault.now() + Duration::days(365);
    future.counts = Default::default();
    let bytes = team.worker.vault.team().sealed_report(&future).unwrap();
    team.plant("future", bytes);
    assert_eq!(team.refusal_of("future"), Some(TeamRefusal::FutureDate));
    assert_eq!(team.total(), 1);
}

#[test]
fn an_oversized_document_is_refused_unopened() {
    let team = team();
    team.plant("big", vec![b'x'; limits::REPORT_MAX_BYTES + 1]);
    assert_eq!(team.refusal_of("big"), Some(TeamRefusal::TooLarge));
}

#[test]
fn counts_that_overflow_are_refused() {
    let team = team();
    let mut report = team.worker_report();
    report.generated_at += Duration::minutes(1);
    for map in [
        &mut report.counts.kind,
        &mut report.counts.theme,
        &mut report.counts.platform,
        &mut report.counts.source,
        &mut report.counts.neighbourhood,
    ] {
        let key = map.keys().next().unwrap().clone();
        map.insert(key, u32::MAX);
    }
    let bytes = team.worker.vault.team().sealed_report(&report).unwrap();
    team.plant("overflow", bytes);
    assert_eq!(team.refusal_of("overflow"), Some(TeamRefusal::Overflow));
    assert_eq!(team.total(), 1);
}

#[test]
fn unminimised_text_never_reaches_the_lead_but_its_counts_do() {
    let team = team();
    let mut report = team.worker_report();
    report.generated_at += Duration::minutes(1);
    let mut trend =
        report
            .trends
            .first()
            .cloned()
            .unwrap_or_else(|| leefwereld_core::summary::ReleasedTrend {
                theme: leefwereld_core::Theme::Borderline,
                platform: leefwereld_core::Platform::TikTok,
                week: team.week,
                text: String::new(),
            });
    trend.text = "Kevin de Vries belt steeds 0612345678".into();
    report.trends = vec![trend];
    let bytes = team.worker.vault.team().sealed_report(&report).unwrap();
    team.plant("leaky", bytes);
    let outcome = team
        .lead
        .vault
        .team()
        .fetch_reports(&team.cases, &[team.week])
        .unwrap();
    assert_eq!(outcome.withheld_texts, 1, "{outcome:?}");
    let summary = team.lead.vault.team().summary(team.week).unwrap();
    assert_eq!(summary.total, 1, "the counts still count");
    let everything = serde_json::to_string(&summary).unwrap();
    assert!(!everything.contains("0612345678") && !everything.contains("Kevin"));
    let message = leefwereld_locales::tr_args(
        leefwereld_core::Lang::Nl,
        "team-withheld-texts",
        &[("count", leefwereld_locales::Arg::from(1u32))],
    );
    assert!(message.contains("weggelaten"), "{message}");
}

#[test]
fn a_formula_in_a_neighbourhood_name_is_neutralised_in_the_csv() {
    let team = team();
    let mut report = team.worker_report();
    report.generated_at += Duration::minutes(1);
    let total = report.counts.total();
    let mut many = report.counts.clone();
    for map in [
        &mut many.kind,
        &mut many.theme,
        &mut many.platform,
        &mut many.source,
    ] {
        for n in map.values_mut() {
            *n *= 5;
        }
    }
    many.neighbourhood.clear();
    many.neighbourhood
        .insert("=Kralingen+Crooswijk".into(), 5 * total);
    report.counts = many;
    let bytes = team.worker.vault.team().sealed_report(&report).unwrap();
    team.plant("formula", bytes);
    assert_eq!(team.refusal_of("formula"), None);
    let summary = team.lead.vault.team().summary(team.week).unwrap();
    let csv = leefwereld_render::export_week(&team.lead.vault, &summary, SummaryFormat::Csv)
        .unwrap()
        .text;
    assert!(csv.contains(",'=Kralingen+Crooswijk,"), "{csv}");
    for cell in csv.lines().flat_map(|line| line.split(',')) {
        let cell = cell.trim_start_matches('"');
        let number = cell.trim_start_matches(['+', '-']).parse::<u32>().is_ok();
        assert!(
            number || !cell.starts_with(['=', '+', '-', '@']),
            "a cell starts a formula: {cell}"
        );
    }
}

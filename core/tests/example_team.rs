//! The training's example team: made-up colleagues whose reports go through every check a real
//! report goes through, so a team lead can practise fetching, comparing fingerprints and
//! reading the merged week.

mod support;

use std::sync::Arc;

use leefwereld_core::summary::team::example::{EXAMPLE_TEAM, ExampleTeam};
use leefwereld_core::summary::team::{TeamRefusal, weeks_to_fetch};
use leefwereld_core::sync::CaseSystem;
use leefwereld_core::{IsoWeek, ManualClock, Profile, Role, Theme, Vault};
use support::*;

fn lead(clock: &Arc<ManualClock>) -> Vault {
    let profile = Profile {
        role: Role::TeamLead,
        pseudonym: "TL-01".into(),
        ..profile()
    };
    Vault::create_in_memory(PASSPHRASE, profile, options(clock)).unwrap()
}

fn count(tallies: &[leefwereld_core::summary::Tally], theme: Theme) -> u32 {
    tallies
        .iter()
        .find(|t| t.key == theme.code())
        .map_or(0, |t| t.count)
}

#[test]
fn a_lead_fetches_compares_fingerprints_accepts_and_reads_the_merged_week() {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = lead(&clock);
    let team = ExampleTeam::join(&lead).unwrap();
    let profile = lead.connection().profile().unwrap().unwrap();
    assert_eq!(profile.team.unwrap().id, EXAMPLE_TEAM);
    assert_eq!(team.colleagues().len(), 3);

    // Monday morning: the lead reads the week that is over, with the four weeks before it.
    let week = IsoWeek::of(start()).previous();
    let weeks = weeks_to_fetch(week);
    assert_eq!(weeks.len(), 5);
    let first = lead.team().fetch_reports(&team, &weeks).unwrap();
    assert_eq!(first.accepted, 0, "new keys are never trusted on sight");
    assert_eq!(first.refused.len(), 3 * 5);
    assert!(
        first
            .refused
            .iter()
            .all(|(_, why)| *why == TeamRefusal::NewKey)
    );

    // The lead accepts each key whose fingerprint the colleague read out.
    let waiting = lead.team().keys().unwrap();
    assert_eq!(waiting.len(), 3);
    for colleague in team.colleagues() {
        let key = waiting
            .iter()
            .find(|k| k.reporter == colleague.reporter)
            .expect("every colleague's key waits");
        assert_eq!(key.waiting.as_deref(), Some(colleague.fingerprint.as_str()));
        lead.team()
            .accept_key(&colleague.reporter, &colleague.fingerprint)
            .unwrap();
    }

    let second = lead.team().fetch_reports(&team, &weeks).unwrap();
    assert_eq!((second.accepted, second.refused.len()), (3 * 5, 0));
    let summary = lead.team().summary(week).unwrap();
    assert_eq!(summary.reporters, 3);
    assert_eq!(count(&summary.by_theme, Theme::PlannedFight), 3);
    assert_eq!(count(&summary.by_theme, Theme::Polarisation), 6);
    // Polarisation came up this week; the steady fights did not, and one note is no trend.
    assert_eq!(summary.emerging, vec![Theme::Polarisation]);
    assert_eq!(count(&summary.by_theme, Theme::Recruitment), 1);
    // Only reports were made: the colleagues' texts never reach the lead.
    assert!(summary.trends.is_empty());
}

#[test]
fn the_example_team_holds_reports_and_takes_nothing() {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = lead(&clock);
    let team = ExampleTeam::join(&lead).unwrap();
    assert!(
        team.fetch_case_documents("zaak-die-niet-bestaat")
            .unwrap()
            .is_empty()
    );
    let mut steps = |_| {};
    assert!(team.retract("zaak", "document", &mut steps).is_err());
    // A second example team for the same lead reuses the profile and makes new colleagues.
    let again = ExampleTeam::join(&lead).unwrap();
    assert_ne!(
        again.colleagues()[0].fingerprint,
        team.colleagues()[0].fingerprint
    );
}

#[test]
fn a_lead_with_a_profile_without_a_team_gets_no_example_team() {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = lead(&clock);
    lead.connection()
        .import(&municipality().profile_json)
        .unwrap();
    assert!(matches!(
        ExampleTeam::join(&lead),
        Err(leefwereld_core::Error::NoTeam)
    ));
}

#[test]
fn a_lead_with_a_team_of_their_own_practises_with_it() {
    let clock = Arc::new(ManualClock::new(start()));
    let lead = lead(&clock);
    let mut profile: serde_json::Value =
        serde_json::from_str(&municipality().profile_json).unwrap();
    profile["team"] =
        serde_json::json!({ "id": "jw-zuid", "recipient": lead.recipient().unwrap() });
    lead.connection().import(&profile.to_string()).unwrap();
    let team = ExampleTeam::join(&lead).unwrap();
    // The lead's own profile stays; the colleagues report to its team.
    let kept = lead.connection().profile().unwrap().unwrap();
    assert_eq!(kept.team.unwrap().id, "jw-zuid");
    let week = IsoWeek::of(start()).previous();
    let first = lead.team().fetch_reports(&team, &[week]).unwrap();
    assert_eq!(
        first.refused.len(),
        3,
        "new keys first, as with a real team"
    );
    for colleague in team.colleagues() {
        lead.team()
            .accept_key(&colleague.reporter, &colleague.fingerprint)
            .unwrap();
    }
    let outcome = lead.team().fetch_reports(&team, &[week]).unwrap();
    assert_eq!((outcome.accepted, outcome.refused.len()), (3, 0));
}

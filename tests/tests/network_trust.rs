//! What goes over the network can be trusted: the token only reaches the profile's own
//! origins, whatever the server answers (redirects, URLs on another origin); a device clock
//! that is off is corrected once by the server's `Date`; tokens expire within minutes.

mod sync;

use leefwereld_core::Error;
use leefwereld_core::sync::SyncProblem;
use leefwereld_tests::recorder::Recorder;
use leefwereld_tests::zgw::{Fault, Matcher};
use leefwereld_zgw::ConnectionExt;
use sync::{Ledger, Plan, World, populate};

/// Every request the recorder heard; a test fails with what reached it.
fn assert_heard_nothing(recorder: &Recorder) {
    let heard = recorder.heard();
    assert!(
        heard.is_empty(),
        "requests reached another origin: {heard:#?}"
    );
}

/// The problem of the only outbox item, which must be parked.
fn parked_problem(world: &World) -> SyncProblem {
    let items = world.vault().outbox().list().expect("outbox");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].parked, "{items:?}");
    items[0].problem.clone().expect("a parked item says why")
}

#[test]
fn a_redirect_is_not_followed_and_the_item_is_parked_in_words() {
    let world = World::new();
    let recorder = Recorder::start();
    world.server.inject(
        Fault::Redirect {
            location: format!("{}/zaken/api/v1/zaken", recorder.base()),
        },
        Matcher::new("*", "/catalogi/api/v1/zaaktypen"),
    );
    let notes = populate(world.vault(), &[Plan::Signal]);
    Ledger::default()
        .share(world.vault(), &notes, 0)
        .expect("share");

    let report = world.sync(false);
    assert_eq!((report.delivered, report.parked), (0, 1), "{report:?}");
    let problem = parked_problem(&world);
    assert_eq!(problem, SyncProblem::Redirected { status: 307 });
    for lang in leefwereld_core::Lang::ALL {
        let text = problem.localized(lang);
        assert!(
            text.contains("307") && !text.starts_with("sync-problem"),
            "{text}"
        );
    }
    assert_heard_nothing(&recorder);
}

#[test]
fn urls_on_another_origin_never_get_a_request_or_the_token() {
    let world = World::new();
    let recorder = Recorder::start();
    let notes = populate(world.vault(), &[Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    assert_eq!(world.sync(false).delivered, 1);

    // The server now names every object on the recorder's origin (a compromised server, or
    // one behind a proxy that rewrites hosts). A withdrawal must find and delete the document
    // by those URLs: it parks instead, saying where the server pointed.
    world.server.advertise_base(recorder.base());
    assert_eq!(ledger.withdraw(world.vault(), &notes, 0), 1);
    let report = world.sync(false);
    assert_eq!(report.parked, 1, "{report:?}");
    let problem = parked_problem(&world);
    let SyncProblem::ForeignUrl { origin } = &problem else {
        panic!("{problem:?}");
    };
    assert_eq!(origin, recorder.base(), "the origin, never the path");
    assert!(
        problem
            .localized(leefwereld_core::Lang::Nl)
            .contains("andere server")
    );
    assert_heard_nothing(&recorder);
    assert!(
        world.server.refused_requests().is_empty(),
        "{:#?}",
        world.server.refused_requests()
    );
}

#[test]
fn a_team_lead_fetching_from_a_server_that_points_elsewhere_sends_nothing_there() {
    let world = World::new();
    let recorder = Recorder::start();
    let profile = {
        let mut value: serde_json::Value =
            serde_json::from_str(&world.town.profile_json(&world.server)).expect("profile");
        value["team"] = serde_json::json!({
            "id": "jw-zuid",
            "recipient": world.vault().recipient().expect("unlocked"),
        });
        value.to_string()
    };
    world
        .vault()
        .connection()
        .import(&profile)
        .expect("profile with a team");
    let week = leefwereld_core::IsoWeek::of(world.vault().now());
    world.vault().team().queue_report(week).expect("queue");
    assert_eq!(world.sync(false).delivered, 1);

    world.server.advertise_base(recorder.base());
    let err = world
        .vault()
        .connection()
        .fetch_team_reports(&[week])
        .expect_err("the document's URL is on another origin");
    assert!(
        matches!(&err, Error::Sync(SyncProblem::ForeignUrl { .. })),
        "{err:?}"
    );
    assert_heard_nothing(&recorder);
}

#[test]
fn a_server_clock_ten_minutes_off_either_way_is_corrected_once_and_delivers() {
    for offset in [600i64, -600] {
        let world = World::new();
        world.server.set_clock_offset(offset);
        let notes = populate(world.vault(), &[Plan::Signal, Plan::Trend]);
        let mut ledger = Ledger::default();
        for index in 0..notes.len() {
            ledger.share(world.vault(), &notes, index).expect("share");
        }
        let report = world.sync(false);
        assert_eq!(
            (report.delivered, report.remaining),
            (2, 0),
            "offset {offset}: {report:?}"
        );
        let corrected = report
            .clock_corrected_seconds
            .expect("the report says the clock was corrected");
        assert!(
            (corrected - offset).abs() <= 2,
            "offset {offset}, corrected {corrected}"
        );
        // One refused request, then every token is made by the corrected clock.
        let refused: Vec<_> = world
            .server
            .request_log()
            .into_iter()
            .filter(|r| r.status == Some(403))
            .collect();
        assert_eq!(refused.len(), 1, "offset {offset}: {refused:#?}");
    }
}

#[test]
fn tokens_expire_minutes_after_they_are_issued() {
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Signal]);
    Ledger::default()
        .share(world.vault(), &notes, 0)
        .expect("share");
    assert_eq!(world.sync(false).delivered, 1);
    let log = world.server.request_log();
    assert!(!log.is_empty());
    for request in log {
        let token = request
            .header("authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
            .expect("every request carries a token");
        let claims: serde_json::Value =
            leefwereld_tests::zgw::unverified_claims(token).expect("a JWT");
        let (iat, exp) = (
            claims["iat"].as_i64().expect("iat"),
            claims["exp"].as_i64().expect("exp"),
        );
        assert!(
            exp > iat && exp - iat <= 10 * 60,
            "exp {exp} is within minutes of iat {iat}"
        );
        assert!(claims.get("secret").is_none());
    }
    assert!(world.sync(false).clock_corrected_seconds.is_none());
}

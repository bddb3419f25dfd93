//! What a real Open Zaak taught, played by the test server: a closed zaak refuses changes (and
//! must not stop the queue), lists come newest first with look-alike types in them, a document
//! of the wrong type is not linked blindly, and an edited shared entry says the municipality
//! holds an older version.

mod sync;

use leefwereld_core::report::ReportFormat;
use leefwereld_core::sync::SyncProblem;
use leefwereld_core::{AuditAction, ShareStatus};
use leefwereld_tests::zgw::{InformatieobjecttypeSpec, ServerConfig};
use sync::{Ledger, Plan, World, populate};

/// The outbox's parked items with their problems.
fn parked(world: &World) -> Vec<SyncProblem> {
    world
        .vault()
        .outbox()
        .list()
        .expect("outbox")
        .into_iter()
        .filter(|i| i.parked)
        .filter_map(|i| i.problem)
        .collect()
}

#[test]
fn a_withdrawal_the_closed_zaak_refuses_is_parked_in_words_and_the_queue_goes_on() {
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Signal, Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    assert_eq!(world.sync(false).delivered, 1);
    let zaak = world.server.zaken()[0].identificatie.clone();
    world.server.close_zaak(&zaak);

    // Consent withdrawn for the first, the second shared after it: the withdrawal is the
    // oldest item, and must not hold the share back.
    assert_eq!(ledger.withdraw(world.vault(), &notes, 0), 1);
    ledger.share(world.vault(), &notes, 1).expect("share");
    let report = world.sync(false);
    assert_eq!(
        (report.delivered, report.parked, report.stopped.clone()),
        (1, 1, None),
        "{report:?}"
    );
    assert_eq!(parked(&world), vec![SyncProblem::WithdrawalRefused]);
    let message = SyncProblem::WithdrawalRefused.localized(leefwereld_core::Lang::Nl);
    assert!(
        message.contains("zaak gesloten") && message.contains("verwijderen"),
        "{message}"
    );
    assert_eq!(
        world
            .vault()
            .entries()
            .get(notes[0].id)
            .expect("entry")
            .share_status,
        ShareStatus::Parked
    );
    // The copy is still at the municipality, and the accountability report says so.
    assert_eq!(world.server.documents().len(), 2);
    let audit = world.vault().audit().log(0, u64::MAX).expect("audit");
    assert!(
        audit
            .iter()
            .any(|r| r.action == AuditAction::RetractRefused)
    );
    let today = leefwereld_core::time::local_date(world.vault().now());
    let counts = world.vault().audit().report(today, today).expect("report");
    assert_eq!(
        counts
            .by_role
            .values()
            .map(|c| c.retract_refused)
            .sum::<u32>(),
        1
    );
    let csv = leefwereld_render::export_report(world.vault(), today, today, ReportFormat::Csv)
        .expect("report")
        .text;
    assert!(csv.contains("retract-refused,1"), "{csv}");
    let text =
        leefwereld_render::export_report(world.vault(), today, today, ReportFormat::Markdown)
            .expect("report")
            .text;
    assert!(
        text.contains("Intrekken geweigerd (zaak gesloten)"),
        "{text}"
    );
    assert!(
        world
            .server
            .refused_requests()
            .iter()
            .all(|r| r.status == Some(403))
    );
}

#[test]
fn with_the_scope_to_force_changes_the_withdrawal_goes_through() {
    let world = World::with_server(ServerConfig {
        force_update: true,
        ..ServerConfig::default()
    });
    let notes = populate(world.vault(), &[Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    assert_eq!(world.sync(false).delivered, 1);
    world
        .server
        .close_zaak(&world.server.zaken()[0].identificatie.clone());
    ledger.withdraw(world.vault(), &notes, 0);
    assert_eq!(world.sync(false).retracted, 1);
    assert!(world.server.documents().is_empty());
    assert!(world.server.links().is_empty());
}

#[test]
fn a_late_trend_for_a_closed_weekly_zaak_is_parked_and_a_signal_after_it_arrives() {
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Trend, Plan::Trend, Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    assert_eq!(world.sync(false).delivered, 1);
    let week_zaak = world.server.zaken()[0].identificatie.clone();
    assert!(week_zaak.starts_with("LW-T-"), "{week_zaak}");
    world.server.close_zaak(&week_zaak);
    ledger.share(world.vault(), &notes, 1).expect("share");
    ledger.share(world.vault(), &notes, 2).expect("share");
    let report = world.sync(false);
    assert_eq!((report.delivered, report.parked), (1, 1), "{report:?}");
    assert_eq!(parked(&world), vec![SyncProblem::CaseClosed]);
}

#[test]
fn a_look_alike_type_listed_first_is_not_used() {
    let world = World::new();
    // Another type with the same omschrijving, made later (so listed first), not allowed for
    // the zaaktype: what a second catalogue looked like in Open Zaak.
    let config = world.server.config().clone();
    world
        .server
        .add_informatieobjecttype(InformatieobjecttypeSpec {
            omschrijving: config.informatieobjecttype_omschrijving,
            concept: false,
            begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"),
            vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding,
        });
    let notes = populate(world.vault(), &[Plan::Signal]);
    Ledger::default()
        .share(world.vault(), &notes, 0)
        .expect("share");
    let report = world.sync(false);
    assert_eq!(report.delivered, 1, "{report:?}");
    assert!(
        world.server.refused_requests().is_empty(),
        "{:#?}",
        world.server.refused_requests()
    );
    assert_eq!(
        world.server.documents()[0].json["informatieobjecttype"],
        world.server.informatieobjecttype_url()
    );
}

#[test]
fn a_document_of_the_wrong_type_found_by_its_identificatie_is_not_linked_blindly() {
    let world = World::new();
    let config = world.server.config().clone();
    let wrong = world
        .server
        .add_informatieobjecttype(InformatieobjecttypeSpec {
            omschrijving: "Iets anders".into(),
            concept: false,
            begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"),
            vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding.clone(),
        });
    let notes = populate(world.vault(), &[Plan::Signal]);
    let reference = Ledger::default()
        .share(world.vault(), &notes, 0)
        .expect("share");
    // An earlier, wrongly configured attempt left the document behind with another type.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let body = serde_json::json!({
        "identificatie": reference,
        "bronorganisatie": config.rsin,
        "creatiedatum": "2026-11-23",
        "titel": "Leefwereld",
        "auteur": "Jongerenwerk Zuid",
        "taal": "nld",
        "informatieobjecttype": wrong,
        "vertrouwelijkheidaanduiding": config.vertrouwelijkheidaanduiding,
        "bestandsnaam": format!("{reference}.json.age"),
        "formaat": "application/octet-stream",
        "bestandsomvang": 3,
        "inhoud": "YWJj",
        "indicatieGebruiksrecht": false,
    });
    let response = agent
        .post(format!(
            "{}/enkelvoudiginformatieobjecten",
            world.server.documenten_url()
        ))
        .header("Authorization", format!("Bearer {}", world.server.token()))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .send(body.to_string())
        .expect("create");
    assert_eq!(response.status().as_u16(), 201);

    let report = world.sync(false);
    assert_eq!((report.delivered, report.parked), (0, 1), "{report:?}");
    assert_eq!(
        parked(&world),
        vec![SyncProblem::TypeMismatch {
            document: reference.clone()
        }]
    );
    assert!(world.server.links().is_empty(), "nothing linked blindly");
    assert!(
        SyncProblem::TypeMismatch {
            document: reference.clone()
        }
        .localized(leefwereld_core::Lang::Nl)
        .contains(&reference)
    );
}

#[test]
fn an_edited_shared_entry_says_the_municipality_holds_an_older_version() {
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Signal]);
    let mut ledger = Ledger::default();
    ledger.share(world.vault(), &notes, 0).expect("share");
    world.sync(false);
    let vault = world.vault();
    assert_eq!(
        vault
            .entries()
            .get(notes[0].id)
            .expect("entry")
            .share_status,
        ShareStatus::Shared
    );
    let mut content = vault.entries().get(notes[0].id).expect("entry").content;
    content.text.push_str(" Later aangevuld.");
    vault
        .entries()
        .edit(notes[0].id, content, vec![])
        .expect("edit");
    let entry = vault.entries().get(notes[0].id).expect("entry");
    assert_eq!(entry.share_status, ShareStatus::SharedOlder);
    assert_eq!(
        entry.share_status.label(leefwereld_core::Lang::Nl),
        "Gedeeld (oudere versie)"
    );
    // Shared again (the new revision replaces the old copy), it is plain "shared" once more.
    vault
        .sharing()
        .decide_all_findings(notes[0].id, leefwereld_core::Decision::Redact)
        .expect("decide");
    ledger.share(vault, &notes, 0).expect("share again");
    world.sync(false);
    assert_eq!(
        vault
            .entries()
            .get(notes[0].id)
            .expect("entry")
            .share_status,
        ShareStatus::Shared
    );
}

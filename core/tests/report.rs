//! The accountability report for the privacy officer.

mod support;

use chrono::Duration;
use leefwereld_core::report::ReportFormat;
use leefwereld_core::{AuditAction, Lang, Role};
use support::*;

#[test]
fn the_report_counts_actions_by_role_and_holds_no_content() {
    let fx = Fixture::new();
    let marker = "GEHEIM-7731";
    let a = fx
        .vault
        .entries()
        .capture(
            signal(&format!("signaal {marker}"), &format!("reden {marker}")),
            vec![],
        )
        .unwrap();
    fx.vault
        .entries()
        .capture(trend(&format!("trend {marker}")), vec![])
        .unwrap();
    fx.vault
        .entries()
        .edit(a.id, signal("aangepast", "reden"), vec![])
        .unwrap();
    fx.vault.lock();
    let _ = fx.vault.unlock("verkeerd verkeerd verkeerd");
    fx.vault.unlock(PASSPHRASE).unwrap();
    fx.clock.advance(Duration::days(91));
    fx.vault.entries().purge_expired().unwrap();

    let day = start().date_naive();
    let report = fx
        .vault
        .audit()
        .report(day - Duration::days(1), day + Duration::days(120))
        .unwrap();
    let counts = &report.by_role[&Role::YouthWorker];
    assert_eq!((counts.recorded, counts.edited, counts.purged), (2, 1, 1));
    assert_eq!(report.unlock_failures, 1);
    assert_eq!(report.reasons.get("kind:signaal"), Some(&1));
    assert_eq!(report.reasons.get("source:direct-contact"), Some(&1));
    assert_eq!(report.reasons.get("retention"), Some(&1));
    assert!(report.chain.intact());

    for lang in Lang::ALL {
        let md = leefwereld_render::report::markdown(&report, lang);
        let csv = leefwereld_render::report::csv(&report, lang);
        assert!(
            !md.contains(marker) && !csv.contains(marker),
            "no content in the report"
        );
        assert!(md.contains("Jongerenwerk Zuid"));
    }
    assert!(
        leefwereld_render::report::markdown(&report, Lang::Nl).contains("Verantwoordingsrapport")
    );
    assert!(
        leefwereld_render::report::markdown(&report, Lang::En).contains("accountability report")
    );
    assert!(
        leefwereld_render::report::csv(&report, Lang::En)
            .contains("role,jongerenwerker,recorded,2")
    );
}

#[test]
fn a_period_selects_its_records_only() {
    let fx = Fixture::new();
    fx.vault
        .entries()
        .capture(trend("in de periode"), vec![])
        .unwrap();
    fx.clock.advance(Duration::days(10));
    fx.vault.entries().capture(trend("erna"), vec![]).unwrap();
    let day = start().date_naive();
    let report = fx
        .vault
        .audit()
        .report(day, day + Duration::days(2))
        .unwrap();
    assert_eq!(report.by_role[&Role::YouthWorker].recorded, 1);
}

#[test]
fn exporting_is_itself_audited() {
    let fx = Fixture::new();
    let day = start().date_naive();
    let text = leefwereld_render::export_report(&fx.vault, day, day, ReportFormat::Csv)
        .unwrap()
        .text;
    assert!(text.starts_with("Onderdeel,Sleutel,Maat,Aantal"));
    let last = fx.vault.audit().log(0, 100).unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Export);
    assert!(last.reason.starts_with("accountability-report;format:csv"));
}

#[test]
fn a_period_that_ends_before_it_begins_is_refused_in_words() {
    let fx = Fixture::new();
    let day = start().date_naive();
    let err = fx
        .vault
        .audit()
        .report(day, day - Duration::days(1))
        .unwrap_err();
    assert!(matches!(err, leefwereld_core::Error::InvalidPeriod));
    assert!(err.localized(Lang::Nl).contains("einddatum"));
    let exported = leefwereld_render::export_report(
        &fx.vault,
        day,
        day - Duration::days(1),
        ReportFormat::Csv,
    );
    assert!(matches!(
        exported,
        Err(leefwereld_core::Error::InvalidPeriod)
    ));
    let exports = fx
        .vault
        .audit()
        .log(0, 1000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == AuditAction::Export)
        .count();
    assert_eq!(exports, 0, "a refused export is not recorded as made");
}

//! The weekly summary screen rendered without a window (dioxus-ssr), over a real vault whose
//! clock stands on Wednesday 18 November 2026 (week 47, Amsterdam time): what a worker and a
//! team lead see for a week with entries, for an empty week, and when opening one theme.

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use leefwereld_app::state::Start;
use leefwereld_core::{
    EntryContent, Lang, ManualClock, Platform, Role, SourceType, Theme, Vault, VaultOptions,
};

mod support;

use support::{PASSPHRASE, fast, profile_as};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap()
}

fn days_ago(days: i64) -> DateTime<Utc> {
    now() - chrono::Duration::days(days)
}

fn vault(role: Role, language: Lang) -> Vault {
    let options = VaultOptions {
        clock: Arc::new(ManualClock::new(now())),
        ..fast()
    };
    Vault::create_in_memory(PASSPHRASE, profile_as(role, language), options).unwrap()
}

fn trend(vault: &Vault, theme: Theme, text: &str, at: DateTime<Utc>) {
    let content = EntryContent::trend(theme, Platform::TikTok, text, at);
    vault.entries().capture(content, vec![]).unwrap();
}

/// Polarisation twice a week in weeks 43 to 46 and three times in week 47 (steady, so not
/// emerging); online recruitment three times in week 47 and never before (emerging: three is
/// the suppression threshold); and a signal
/// about a planned fight in week 47.
fn worker_with_weeks(language: Lang) -> Arc<Vault> {
    let vault = vault(Role::YouthWorker, language);
    for week_back in 1..=4 {
        for n in 0..2 {
            let text = format!("Polarisatie-{week_back}-{n}");
            trend(&vault, Theme::Polarisation, &text, days_ago(7 * week_back));
        }
    }
    for n in 0..3 {
        let text = format!("KENMERK-POLARISATIE-47-{n}");
        trend(&vault, Theme::Polarisation, &text, days_ago(1));
    }
    for n in 0..3 {
        let text = format!("Ronselkanaal-{n}");
        trend(&vault, Theme::Recruitment, &text, days_ago(1));
    }
    let signal = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        "Oproep tot vechtpartij",
        "Jongere liet het bericht zien",
        days_ago(2),
    );
    vault.entries().capture(signal, vec![]).unwrap();
    Arc::new(vault)
}

fn render_app(vault: Arc<Vault>, path: &str) -> String {
    support::render_app(Start::Opened(vault), path)
}

/// The table row (`<tr …>…</tr>`) whose text contains `label`.
fn row<'a>(html: &'a str, label: &str) -> &'a str {
    html.split("<tr")
        .find(|r| r.contains(label) && r.contains("scope=\"row\""))
        .unwrap_or_else(|| panic!("no row for {label}: {html}"))
        .split("</tr>")
        .next()
        .unwrap()
}

#[test]
fn a_week_with_entries_shows_its_total_the_change_and_the_count_per_theme() {
    let html = render_app(worker_with_weeks(Lang::Nl), "/summary");
    assert!(html.contains("Weekoverzicht"), "{html}");
    assert!(html.contains("Week 47, 2026"));
    assert!(html.contains("(deze week)"));
    assert!(html.contains("16-11-2026 tot en met 22-11-2026"));
    assert!(html.contains(r#"<span class="week-total-number">7</span>"#));
    assert!(html.contains("notities deze week"));
    assert!(
        html.contains("5 meer dan de week ervoor"),
        "7 now, 2 the week before"
    );
    assert!(html.contains("Trend: 6") && html.contains("Signaal: 1"));

    let polarisation = row(&html, "Polarisatie");
    let cells: Vec<&str> = polarisation.split("<td").skip(1).collect();
    assert!(cells[0].contains(">3</a>"), "{polarisation}");
    assert!(cells[1].contains(">2<") && cells[2].contains(">+1<"));
    // The count opens the entries of that week and theme, and says so to a screen reader.
    assert!(polarisation.contains(r#"href="/summary/2026-W47/theme/polarisation""#));
    assert!(polarisation.contains(r#"aria-label="3 notities over Polarisatie in week 47 openen""#));
    // No next week: week 48 has not started.
    assert!(!html.contains("Volgende week"));
    assert!(html.contains(r#"href="/summary/2026-W46""#));
}

#[test]
fn a_theme_new_this_week_is_marked_emerging_in_words() {
    let html = render_app(worker_with_weeks(Lang::Nl), "/summary");
    assert!(html.contains("Opkomende thema"), "{html}");
    assert!(row(&html, "Online ronselen").contains("▲ opkomend"));
    assert!(
        !row(&html, "Polarisatie").contains("opkomend"),
        "a steady theme is not emerging"
    );
    assert!(
        html.contains("minstens 3 keer voorkomt en de vier weken ervoor niet"),
        "what emerging means"
    );
    // The planned fight is new this week too, but one note is no trend.
    assert!(!row(&html, "Geplande vechtpartij").contains("opkomend"));
}

#[test]
fn the_charts_have_accessible_names_and_tables_with_the_same_numbers() {
    let html = render_app(worker_with_weeks(Lang::Nl), "/summary");
    // The bar chart: an image with a title, followed by its table.
    assert!(
        html.contains(r#"role="img" aria-labelledby="theme-chart-title""#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<title id="theme-chart-title">Aantal notities per thema in week 47</title>"#
        )
    );
    // The table scrolls on its own when it is wider than the phone (200 % text), as a named
    // region keyboard users can reach.
    assert!(html.contains(
        r#"<caption id="themes-table-caption">Per thema in week 47, met de week ervoor</caption>"#
    ));
    assert!(html.contains(
        r#"class="table-scroll" role="region" tabindex="0" aria-labelledby="themes-table-caption""#
    ));
    // The sparkline names its numbers; the series table has the weeks as rows.
    assert!(html.contains(
        r#"aria-label="Polarisatie, week 36 tot en met 47: 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 3""#
    ));
    assert!(html.contains("Notities per thema per week"));
    let week_43 = row(&html, ">43<");
    assert!(week_43.contains("<td>2</td>"), "{week_43}");
}

#[test]
fn an_empty_week_says_so_and_offers_no_export() {
    let html = render_app(worker_with_weeks(Lang::Nl), "/summary/2026-W40");
    assert!(html.contains("Week 40, 2026"), "{html}");
    assert!(html.contains("Geen notities in deze week."));
    assert!(!html.contains("(deze week)"));
    assert!(html.contains("Naar deze week"));
    assert!(
        html.contains(r#"href="/summary/2026-W41""#),
        "a next week exists"
    );
    assert!(!html.contains("Exporteren voor het partneroverleg"));
}

#[test]
fn a_theme_count_opens_the_entries_of_that_week_and_theme() {
    let html = render_app(
        worker_with_weeks(Lang::Nl),
        "/summary/2026-W47/theme/polarisation",
    );
    assert!(html.contains("3 notities"), "{html}");
    assert!(html.contains("KENMERK-POLARISATIE-47-0"));
    assert!(
        !html.contains("Polarisatie-1-0"),
        "an entry of week 46 is not listed"
    );
    assert!(
        !html.contains("Ronselkanaal"),
        "another theme is not listed"
    );
    assert!(html.contains("Terug naar het weekoverzicht"));
}

#[test]
fn a_worker_without_a_team_profile_learns_what_a_weekly_report_needs() {
    let html = render_app(worker_with_weeks(Lang::En), "/summary");
    assert!(html.contains("Weekly summary"), "{html}");
    assert!(html.contains("Weekly report for your team lead"));
    assert!(html.contains("A weekly report needs a connection profile with team details."));
    assert!(html.contains("Export for the partner meeting"));
    assert!(html.contains("Printable page (HTML)"));
}

#[test]
fn a_team_lead_sees_the_team_summary_with_how_many_workers_reported() {
    let lead = Arc::new(vault(Role::TeamLead, Lang::Nl));
    trend(&lead, Theme::Polarisation, "Eigen notitie", days_ago(1));
    let html = render_app(lead, "/summary");
    assert!(
        html.contains("Het team") && html.contains("Mijn notities"),
        "{html}"
    );
    assert!(html.contains("0 medewerkers tellen mee"));
    // On Monday morning the lead reviews the week that is over, not the one just begun.
    assert!(html.contains("Week 46, 2026"), "{html}");
    assert!(html.contains("Nog geen weekrapporten van het team voor deze week."));
    // This build (desktop) reaches the case system: the lead can fetch the reports.
    assert!(html.contains("Haal weekrapporten op"));
    assert!(!html.contains("Weekrapport voor je teamleider"));
}

/// A case system that holds one team report document and nothing else.
struct OneReport(Vec<u8>);

impl leefwereld_core::sync::CaseSystem for OneReport {
    fn deliver(
        &self,
        _: &leefwereld_core::sync::Delivery,
        _: &mut dyn FnMut(leefwereld_core::sync::DeliveryStep),
    ) -> Result<leefwereld_core::sync::Receipt, leefwereld_core::sync::TransportError> {
        unreachable!("the lead only fetches")
    }

    fn retract(
        &self,
        _: &str,
        _: &str,
        _: &mut dyn FnMut(leefwereld_core::sync::DeliveryStep),
    ) -> Result<(), leefwereld_core::sync::TransportError> {
        unreachable!("the lead only fetches")
    }

    fn fetch_case_documents(
        &self,
        _: &str,
    ) -> Result<Vec<leefwereld_core::sync::FetchedDocument>, leefwereld_core::sync::TransportError>
    {
        Ok(vec![leefwereld_core::sync::FetchedDocument {
            document_id: "LW-R-1".into(),
            content: self.0.clone(),
        }])
    }
}

#[test]
fn a_team_lead_sees_a_new_colleagues_key_with_its_fingerprint_and_can_accept_it() {
    let lead = Arc::new(vault(Role::TeamLead, Lang::Nl));
    let worker = vault(Role::YouthWorker, Lang::Nl);
    // The lead's key serves as the municipality's too: the test needs no identity of its own.
    let profile = |lead_key: &str| {
        format!(
            r#"{{"format":"leefwereld-connection/1","municipality":"Gemeente Voorbeeldstad",
            "catalogi_url":"https://zaken.voorbeeldstad.nl/catalogi/api/v1",
            "zaken_url":"https://zaken.voorbeeldstad.nl/zaken/api/v1",
            "documenten_url":"https://zaken.voorbeeldstad.nl/documenten/api/v1",
            "client_id":"leefwereld-jw-zuid","secret":"een-lang-gedeeld-geheim-van-de-gemeente",
            "bronorganisatie":"002220647","zaaktype":"LW-SIGNAAL",
            "informatieobjecttype":"Leefwereld-notitie","vertrouwelijkheidaanduiding":"vertrouwelijk",
            "recipients":["{lead_key}"],"team":{{"id":"jw-zuid","recipient":"{lead_key}"}}}}"#
        )
    };
    let lead_key = lead.recipient().unwrap();
    lead.connection().import(&profile(&lead_key)).unwrap();
    worker.connection().import(&profile(&lead_key)).unwrap();
    let week = leefwereld_core::IsoWeek::of(now());
    let report = worker.team().weekly_report(week).unwrap();
    let cases = OneReport(worker.team().sealed_report(&report).unwrap());
    lead.team().fetch_reports(&cases, &[week]).unwrap();

    let html = render_app(lead, "/summary");
    assert!(html.contains("Sleutels van collega"), "{html}");
    assert!(
        html.contains(&format!("Nieuw: {}", report.reporter)),
        "{html}"
    );
    assert!(html.contains(&worker.team().signing_fingerprint().unwrap()));
    assert!(html.contains("Vingerafdruk klopt, accepteren"));
}

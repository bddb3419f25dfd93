//! Sharing as the worker sees it, rendered over a real vault: the share screen before and after
//! consent, the findings marked in the text, the exact payload, the outbox after queueing, and
//! the connection profile in the settings without its secret.

mod support;

use chrono::Duration;
use leefwereld_app::state::Start;
use leefwereld_core::share::{ConsentGiver, ConsentInput, InformedHow};
use leefwereld_core::{
    AgeBand, Decision, EntryContent, EntryId, Lang, Partner, Platform, SourceType, Theme, Vault,
};

use support::*;

const PHONE: &str = "0612345678";
const SECRET: &str = "een-lang-gedeeld-geheim-van-de-gemeente";

/// A signal whose text carries a phone number, seen yesterday, about a 14–15 year old.
fn signal(vault: &Vault) -> EntryId {
    let mut content = EntryContent::trend(
        Theme::PlannedFight,
        Platform::Snapchat,
        format!("Oproep tot een vechtpartij vrijdag, bel {PHONE} voor de plek"),
        vault.now() - Duration::days(1),
    );
    content.kind = leefwereld_core::EntryKind::Signaal;
    content.source_type = SourceType::DirectContact;
    content.reason = "Een jongere liet het bericht zelf zien tijdens het inloopuur".into();
    content.age_band = Some(AgeBand::From16To17);
    vault.entries().capture(content, vec![]).unwrap().id
}

/// A connection profile of a municipality whose recipient is the vault's own key (so the test
/// needs no identity of its own), pointing at a loopback server that is never started; `extra`
/// adds fields (`,"name":…`).
fn profile(vault: &Vault, extra: &str) -> String {
    format!(
        r#"{{"format":"leefwereld-connection/1","municipality":"Gemeente Voorbeeldstad",
        "catalogi_url":"http://127.0.0.1:9/catalogi/api/v1","zaken_url":"http://127.0.0.1:9/zaken/api/v1",
        "documenten_url":"http://127.0.0.1:9/documenten/api/v1","client_id":"leefwereld-jw-zuid",
        "secret":"{SECRET}","bronorganisatie":"002220647","zaaktype":"LW-SIGNAAL",
        "informatieobjecttype":"Leefwereld-notitie","vertrouwelijkheidaanduiding":"vertrouwelijk",
        "recipients":["{}"]{extra}}}"#,
        vault.recipient().unwrap()
    )
}

fn connect(vault: &Vault) {
    vault.connection().import(&profile(vault, "")).unwrap();
}

/// The part of the page between `marker` and the next `end`.
fn part<'a>(html: &'a str, marker: &str, end: &str) -> &'a str {
    html.split(marker)
        .nth(1)
        .and_then(|rest| rest.split(end).next())
        .unwrap_or_else(|| panic!("{marker} is on the page: {html}"))
}

fn consent(vault: &Vault, id: EntryId) {
    consent_for(vault, id, Partner::MunicipalityOov);
}

fn consent_for(vault: &Vault, id: EntryId, partner: Partner) {
    vault
        .sharing()
        .record_consent(
            id,
            ConsentInput {
                given_by: ConsentGiver::YoungPerson,
                informed_how: InformedHow::InPerson,
                given_at: vault.now(),
                scope: vec![partner],
            },
        )
        .unwrap();
}

#[test]
fn before_consent_the_share_screen_marks_the_number_and_says_what_is_missing() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let id = signal(&vault);
    let html = render_app(Start::Opened(vault), &format!("/entries/{id}/share"));

    assert!(html.contains("<mark"), "the finding is marked: {html}");
    assert!(html.contains(PHONE), "the worker sees what was found");
    assert!(html.contains("Telefoonnummer"));
    assert!(html.contains("Nog 1 gegeven om te beslissen"));
    assert!(html.contains("Nog niet. Dit moet eerst geregeld zijn"));
    assert!(html.contains("Er is nog geen toestemming vastgelegd"));
    assert!(html.contains("Eerst de jongere informeren"));
    assert!(html.contains("Leg toestemming vast"));
    // The checklist at the top says the same, step by step, before anything else.
    let checklist = part(&html, "class=\"checklist\"", "</nav>");
    assert!(
        html.find("class=\"checklist\"") < html.find("consent-title"),
        "the checklist comes first"
    );
    for (step, state) in [
        ("Partner", "Gemeente"),
        ("Toestemming", "Nog niet geregeld"),
        ("Jongere informeren", "Nog niet geregeld"),
        ("Herkenbare gegevens", "1 open"),
    ] {
        let line = part(checklist, step, "</li>");
        assert!(line.contains(state), "{step}: {line}");
    }
    // The partner is chosen once, at the top: the consent form does not ask it again.
    assert!(!html.contains("name=\"consent-scope\""));
    // What goes along, in words: the number is still there, because nothing is decided yet.
    assert!(part(&html, "class=\"sent-text", "</p>").contains(PHONE));
    assert!(html.contains("Technische weergave"));
    // Without a connection profile the share button cannot be used, and the screen says why.
    assert!(html.contains("Er is nog geen koppeling met het zaaksysteem"));
    let button = html.split("Zet in de wachtrij").next().unwrap();
    assert!(
        button
            .rsplit("<button")
            .next()
            .unwrap()
            .contains("disabled")
    );
}

#[test]
fn once_everything_is_settled_the_payload_holds_no_number_and_sharing_is_allowed() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let id = signal(&vault);
    connect(&vault);
    consent(&vault, id);
    vault
        .sharing()
        .record_transparency(id, InformedHow::InPerson)
        .unwrap();
    vault
        .sharing()
        .decide_all_findings(id, Decision::Redact)
        .unwrap();

    let html = render_app(
        Start::Opened(vault.clone()),
        &format!("/entries/{id}/share"),
    );
    let payload = html
        .split("class=\"payload\"")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .expect("the payload is shown");
    assert!(!payload.contains(PHONE), "{payload}");
    assert!(payload.contains("[telefoon]"));
    assert!(payload.contains("gemeente-oov"));
    // The card in words shows the text exactly as sent, and the checklist is all done.
    let sent = part(&html, "class=\"sent-text", "</p>");
    assert!(
        sent.contains("[telefoon]") && !sent.contains(PHONE),
        "{sent}"
    );
    let checklist = part(&html, "class=\"checklist\"", "</nav>");
    assert!(
        !checklist.contains("Nog niet") && !checklist.contains("open<"),
        "{checklist}"
    );
    assert_eq!(checklist.matches("Geregeld").count(), 3, "{checklist}");
    assert!(html.contains("Over alles is beslist"));
    assert!(html.contains("Ja. Alles is geregeld"));
    assert!(
        html.contains("Mag wel"),
        "the partner's information position is shown"
    );
    assert!(html.contains("Trek toestemming in"));
    assert!(!html.contains("Eerst de jongere informeren"));

    vault.sharing().share(id, Partner::MunicipalityOov).unwrap();
    let outbox = render_app(Start::Opened(vault.clone()), "/outbox");
    assert!(outbox.contains("1 item in de wachtrij"), "{outbox}");
    assert!(outbox.contains("Wacht op verzenden"));
    assert!(outbox.contains("Nu versturen"));
    let detail = render_app(Start::Opened(vault.clone()), &format!("/entries/{id}"));
    assert!(detail.contains("Klaar om te delen"), "{detail}");
    let home = render_app(Start::Opened(vault), "/");
    let state = home
        .split("home-outbox")
        .nth(1)
        .expect("home shows what waits to be sent");
    assert!(state.contains("1 item in de wachtrij"), "{state}");
    assert!(!state.contains("geweigerd"), "nothing was refused");
}

#[test]
fn home_says_nothing_about_sending_while_nothing_waits() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let home = render_app(Start::Opened(vault), "/");
    assert!(home.contains("Vastleggen"), "{home}");
    assert!(!home.contains("home-outbox"), "{home}");
}

#[test]
fn the_outbox_speaks_english_and_says_when_nothing_waits() {
    let vault = vault_with_trend(Lang::En, "X");
    let html = render_app(Start::Opened(vault), "/outbox");
    assert!(html.contains("Nothing is waiting."), "{html}");
    assert!(html.contains("There is no connection"));
}

#[test]
fn the_settings_show_the_connection_profile_without_its_secret() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let before = render_app(Start::Opened(vault.clone()), "/settings");
    assert!(before.contains("Er is nog geen koppelprofiel"), "{before}");
    connect(&vault);
    let html = render_app(Start::Opened(vault), "/settings");
    assert!(html.contains("Gemeente Voorbeeldstad"), "{html}");
    assert!(html.contains("leefwereld-jw-zuid"));
    assert!(
        !html.contains(SECRET),
        "the secret never reaches the screen"
    );
    assert!(html.contains("Verantwoording"));
}

#[test]
fn the_settings_show_a_fingerprint_of_every_key_to_compare_with_the_paper() {
    let vault = vault_with_trend(Lang::Nl, "X");
    connect(&vault);
    let profile = vault.connection().profile().unwrap().unwrap();
    let expected = profile.recipient_fingerprints()[0].fingerprint.clone();
    let html = render_app(Start::Opened(vault.clone()), "/settings");
    assert!(html.contains("Vingerafdrukken"), "{html}");
    assert!(html.contains("Sleutel 1 van de gemeente"));
    assert!(
        html.contains(&expected),
        "the municipality key's fingerprint"
    );
    // Without a team, no report key is shown.
    assert!(!html.contains("Vingerafdruk van jouw rapportsleutel"));
}

#[test]
fn a_team_lead_finds_the_key_the_municipality_needs_for_the_team_profile() {
    let lead = std::sync::Arc::new(
        Vault::create_in_memory(
            PASSPHRASE,
            profile_as(leefwereld_core::Role::TeamLead, Lang::Nl),
            fast(),
        )
        .unwrap(),
    );
    let recipient = lead.recipient().unwrap();
    let html = render_app(Start::Opened(lead), "/settings");
    assert!(html.contains("Jouw sleutel voor teamrapporten"), "{html}");
    assert!(html.contains(&recipient));
    assert!(html.contains(&leefwereld_core::sync::fingerprint(&recipient)));
    // A worker is not shown a lead's key.
    let worker = render_app(Start::Opened(vault_with_trend(Lang::Nl, "X")), "/settings");
    assert!(!worker.contains("Jouw sleutel voor teamrapporten"));
}

#[test]
fn an_untagged_name_is_marked_as_a_possible_name_and_a_number_is_not_kept_without_a_reason() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let mut content = EntryContent::trend(
        Theme::PlannedFight,
        Platform::Snapchat,
        format!("mo en ayoub gisteren bij de kooi, bel {PHONE}"),
        vault.now() - Duration::days(1),
    );
    content.kind = leefwereld_core::EntryKind::Signaal;
    content.source_type = SourceType::DirectContact;
    content.reason = "Een jongere liet het bericht zelf zien".into();
    let id = vault.entries().capture(content, vec![]).unwrap().id;
    let preview = vault
        .sharing()
        .preview(id, Partner::MunicipalityOov)
        .unwrap();
    let phone = preview
        .findings
        .iter()
        .find(|f| f.kind.code() == "phone")
        .unwrap()
        .key
        .clone();
    // The core refuses a kept number without a reason; the screen asks for one.
    assert!(
        vault
            .sharing()
            .decide_finding(id, &phone, Decision::Keep)
            .is_err()
    );
    let html = render_app(Start::Opened(vault), &format!("/entries/{id}/share"));
    assert!(html.contains("Mogelijk een naam"), "{html}");
    assert!(
        html.contains(">ayoub<") || html.contains("ayoub</mark"),
        "{html}"
    );
    assert!(html.contains("Nog 3 gegevens om te beslissen"), "{html}");
}

#[test]
fn a_consent_for_another_partner_asks_only_for_the_chosen_one() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let id = signal(&vault);
    consent_for(&vault, id, Partner::Police);
    let html = render_app(Start::Opened(vault), &format!("/entries/{id}/share"));
    assert!(
        html.contains("Deze toestemming geldt niet voor Gemeente"),
        "{html}"
    );
    let checklist = part(&html, "class=\"checklist\"", "</nav>");
    assert!(part(checklist, "Toestemming", "</li>").contains("Nog niet geregeld"));
    assert!(html.contains("De toestemming geldt voor: Gemeente"));
}

#[test]
fn about_names_the_privacy_officer_of_the_profile_and_states_privacy_and_accessibility() {
    let vault = vault_with_trend(Lang::Nl, "X");
    let html = render_app(Start::Opened(vault.clone()), "/about");
    assert!(html.contains("Privacyverklaring") && html.contains("Toegankelijkheidsverklaring"));
    assert!(html.contains("WCAG 2.1, niveau AA"));
    assert!(html.contains("noemt nog geen privacy officer"), "{html}");

    let officer = r#","privacy_officer":{"name":"Functionaris gegevensbescherming","contact":"fg@voorbeeldstad.nl"}"#;
    vault
        .connection()
        .import(&profile(&vault, officer))
        .unwrap();
    let html = render_app(Start::Opened(vault.clone()), "/about");
    assert!(
        html.contains("De privacy officer van Gemeente Voorbeeldstad"),
        "{html}"
    );
    assert!(html.contains("Functionaris gegevensbescherming"));
    assert!(html.contains("fg@voorbeeldstad.nl"));
    let settings = render_app(Start::Opened(vault), "/settings");
    assert!(settings.contains(r#"href="/about""#), "settings lead to it");
}

//! The guidance screens rendered without a window (dioxus-ssr), over real vaults: who may do
//! what (the partners' information positions, the principles, the municipal conditions) and the
//! open transparency reminders, with the compact reminders block on home. The reminders are
//! made the way they arise in use: a signal from direct contact with a young person asks the
//! worker to be open about it, and the GDPR principles come up on a new vault.

use std::sync::Arc;

use leefwereld_app::state::Start;
use leefwereld_core::reminders::ReminderKind;
use leefwereld_core::{
    EntryContent, Lang, Partner, Platform, Role, SourceType, Theme, Vault, municipal_conditions,
    principles,
};

mod support;

use support::{PASSPHRASE, fast, profile_as};

fn vault(role: Role, language: Lang) -> Arc<Vault> {
    Arc::new(Vault::create_in_memory(PASSPHRASE, profile_as(role, language), fast()).unwrap())
}

/// A signal a young person showed the worker themselves: the core asks for openness about it.
fn record_signal_from_direct_contact(vault: &Vault) {
    let signal = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        "Oproep tot vechtpartij bij het winkelcentrum",
        "Jongere liet het bericht zelf zien",
        vault.now(),
    );
    vault.entries().capture(signal, vec![]).unwrap();
}

fn acknowledge_all(vault: &Vault) {
    for reminder in vault.reminders().list().unwrap() {
        vault.reminders().acknowledge(reminder.id).unwrap();
    }
}

/// Renders the app over `vault` at `path`, settled.
fn render_app(vault: &Arc<Vault>, path: &str) -> String {
    support::render_app(Start::Opened(vault.clone()), path)
}

/// `text` as dioxus-ssr writes it into the HTML.
fn shown(text: &str) -> String {
    askama_escape::escape(text, askama_escape::Html).to_string()
}

/// The HTML of `partner`'s card, from its opening tag to the end of its summary.
fn card_head(html: &str, partner: Partner) -> &str {
    let id = format!(r#"id="position-{}""#, partner.code());
    let start = html
        .find(&id)
        .unwrap_or_else(|| panic!("no card for {partner}: {html}"));
    let start = html[..start].rfind("<details").unwrap();
    let end = start + html[start..].find("</summary>").unwrap();
    &html[start..end]
}

/// Whether `partner`'s card is unfolded (its `details` tag carries `open`).
fn is_open(html: &str, partner: Partner) -> bool {
    let head = card_head(html, partner);
    head[..head.find('>').unwrap()].contains(" open")
}

/// Where each partner's card starts, in page order.
fn card_order(html: &str) -> Vec<Partner> {
    let mut found: Vec<(usize, Partner)> = Partner::ALL
        .iter()
        .map(|p| {
            (
                html.find(&format!(r#"id="position-{}""#, p.code()))
                    .unwrap(),
                *p,
            )
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

#[test]
fn positions_show_every_partner_the_principles_and_the_municipal_conditions_in_both_languages() {
    for (lang, own_marker, title) in [
        (Lang::Nl, "Jouw rol", "Wie mag wat?"),
        (Lang::En, "Your role", "Who may do what?"),
    ] {
        let html = render_app(&vault(Role::YouthWorker, lang), "/positions");
        assert!(html.contains(title), "{lang:?}: {html}");
        for partner in Partner::ALL {
            assert!(
                card_head(&html, *partner).contains(&shown(&partner.label(lang))),
                "{lang:?}: {partner} is named on its card"
            );
        }
        let principles = principles(lang);
        assert_eq!(principles.len(), 4);
        for principle in &principles {
            assert!(
                html.contains(&shown(&principle.title)),
                "{lang:?}: {}",
                principle.title
            );
        }
        let municipal = municipal_conditions(lang);
        assert!(html.contains(&shown(&municipal.basis)));
        assert!(html.contains(&shown(&municipal.conditions[0])));

        // A youth worker's own card comes first and says so in words.
        assert_eq!(card_order(&html)[0], Partner::YouthWork, "{lang:?}");
        assert!(card_head(&html, Partner::YouthWork).contains(own_marker));
        // The card, and the matrix in both its forms (the table for a wide window, the list of
        // answers for a phone; CSS shows one).
        assert_eq!(
            html.matches(own_marker).count(),
            3,
            "{lang:?}: one card and its row in the matrix are marked"
        );
    }
}

#[test]
fn the_page_opens_with_a_matrix_in_words_and_each_card_with_what_it_may_do_with_your_note() {
    let html = render_app(&vault(Role::Police, Lang::Nl), "/positions");
    let matrix = html
        .split("class=\"matrix\"")
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .expect("a matrix");
    assert!(
        html.find("class=\"matrix\"") < html.find("position-politie"),
        "the matrix comes before the cards"
    );
    for column in [
        "Openbare bronnen",
        "Besloten groepen",
        "Werkaccount",
        "Anoniem account",
        "Een notitie die jij deelt",
    ] {
        assert!(matrix.contains(column), "{column}");
    }
    let police = matrix
        .split("<tr")
        .find(|row| row.contains("class=\"own\""))
        .expect("the user's own row is marked");
    assert!(police.contains("Politie") && police.contains("Jouw rol"));
    assert!(police.contains("Alleen met een opsporingsbevel van het OM."));
    assert!(
        police.contains("✓") && police.contains("Mag"),
        "a sign and a word"
    );
    let enforcement = matrix
        .split("<tr")
        .find(|row| row.contains("Toezicht en handhaving"))
        .unwrap();
    assert!(enforcement.contains("Als boa domein 1 niet."));
    // Each card starts with the verdict on the worker's note; the rest is folded.
    assert!(card_head(&html, Partner::School).contains("Met jouw notitie"));
    assert!(html.contains("Meer over Politie"));
}

#[test]
fn a_police_officer_finds_the_police_card_first_and_a_team_lead_finds_none_marked() {
    let html = render_app(&vault(Role::Police, Lang::Nl), "/positions");
    assert_eq!(card_order(&html)[0], Partner::Police);
    assert!(card_head(&html, Partner::Police).contains("Jouw rol"));
    assert!(
        html.contains("functioneel account"),
        "the police card's text"
    );

    let html = render_app(&vault(Role::TeamLead, Lang::Nl), "/positions");
    assert!(!html.contains("Jouw rol"), "{html}");
    let order: Vec<Partner> = card_order(&html);
    assert_eq!(
        order,
        Partner::ALL.to_vec(),
        "the core's order for a team lead"
    );
}

#[test]
fn a_link_to_one_partner_opens_that_card_with_what_it_may_do_with_a_shared_entry() {
    let html = render_app(&vault(Role::YouthWorker, Lang::Nl), "/positions/school");
    assert!(
        is_open(&html, Partner::School),
        "the linked card is open: {html}"
    );
    assert!(!is_open(&html, Partner::Police));
    let guidance = leefwereld_core::share_guidance(Partner::School, Lang::Nl);
    assert!(html.contains(&shown(&guidance.basis)));
    assert!(html.contains(&shown(&guidance.may_not[0])));

    // An unknown partner in the address shows the page with every card folded.
    let html = render_app(&vault(Role::YouthWorker, Lang::Nl), "/positions/onbekend");
    for partner in Partner::ALL {
        assert!(!is_open(&html, *partner), "{partner} is folded");
    }
}

#[test]
fn open_reminders_are_listed_with_their_text_and_leave_when_acknowledged() {
    let vault = vault(Role::YouthWorker, Lang::Nl);
    record_signal_from_direct_contact(&vault);
    let open = vault.reminders().list().unwrap();
    let transparency = open
        .iter()
        .find(|r| r.kind == ReminderKind::Transparency)
        .expect("a signal from direct contact asks for openness")
        .clone();

    let html = render_app(&vault, "/reminders");
    for reminder in &open {
        assert!(html.contains(&shown(&reminder.title(Lang::Nl))), "{html}");
        assert!(html.contains(&shown(&reminder.body(Lang::Nl))));
    }
    assert!(html.contains("Wees open naar de jongere"));
    assert!(html.contains(r#"aria-label="Gedaan: Wees open naar de jongere""#));
    assert!(html.contains(r#"aria-label="Morgen weer: Wees open naar de jongere""#));
    assert!(
        html.contains(&format!(
            r#"href="/entries/{}""#,
            transparency.entry.unwrap()
        )),
        "the reminder links to its entry"
    );
    assert!(
        html.contains(&format!(
            r#"href="/entries/{}/share""#,
            transparency.entry.unwrap()
        )),
        "and to the share screen, where informing the young person is recorded"
    );

    vault.reminders().acknowledge(transparency.id).unwrap();
    let html = render_app(&vault, "/reminders");
    assert!(!html.contains("Wees open naar de jongere"), "{html}");
    assert!(html.contains("De AVG-beginselen"), "the other one stays");

    acknowledge_all(&vault);
    let html = render_app(&vault, "/reminders");
    assert!(html.contains("Geen open herinneringen"), "{html}");
}

#[test]
fn reminders_speak_english_in_an_english_vault() {
    let vault = vault(Role::YouthWorker, Lang::En);
    record_signal_from_direct_contact(&vault);
    let html = render_app(&vault, "/reminders");
    assert!(html.contains("Be open with the young person"), "{html}");
    assert!(html.contains(r#"aria-label="In a week: Be open with the young person""#));
}

#[test]
fn home_shows_the_open_reminders_only_when_there_are_any() {
    let vault = vault(Role::YouthWorker, Lang::Nl);
    acknowledge_all(&vault);
    let html = render_app(&vault, "/");
    assert!(!html.contains("open herinnering"), "{html}");
    assert!(!html.contains("Bekijk herinneringen"));
    assert!(
        html.contains("Wie mag wat?"),
        "the way to the positions is always there"
    );
    assert!(html.contains(r#"href="/positions""#));

    record_signal_from_direct_contact(&vault);
    let html = render_app(&vault, "/");
    assert!(html.contains("1 open herinnering"), "{html}");
    assert!(html.contains("Wees open naar de jongere"));
    assert!(html.contains(r#"href="/reminders""#));

    // A new vault starts with the GDPR principles; with a signal there are two.
    let fresh = self::vault(Role::YouthWorker, Lang::Nl);
    record_signal_from_direct_contact(&fresh);
    let html = render_app(&fresh, "/");
    assert!(html.contains("2 open herinneringen"), "{html}");
    assert!(html.contains("De AVG-beginselen"));
}

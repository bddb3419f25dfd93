//! The screens rendered without a window (dioxus-ssr), over real vaults: what a person would
//! see in each situation, in both languages. The browser tests drive the same screens
//! interactively; these pin the situations that are hard to reach there (a second instance on
//! the same vault, a full disk, a vault opened in English).

use std::rc::Rc;
use std::sync::Arc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use leefwereld_app::components::form_errors::{ErrorSummary, FormErrors};
use leefwereld_app::state::Start;
use leefwereld_app::{Root, RootProps};
use leefwereld_core::{EntryContent, Error, Lang, Platform, SourceType, Theme, Vault};

mod support;

use support::*;

#[test]
fn an_unlocked_vault_shows_its_latest_entries_on_home() {
    let vault = vault_with_trend(Lang::Nl, "KENMERK-HOME");
    let html = render_app(Start::Opened(vault), "/");
    assert!(html.contains("Vastleggen"), "{html}");
    assert!(html.contains("KENMERK-HOME"));
    assert!(html.contains("Online ronselen"));
    assert!(html.contains("Alle notities (1)"));
}

#[test]
fn quick_delete_is_two_taps_from_home() {
    let vault = vault_with_trend(Lang::Nl, "KENMERK");
    let home = render_app(Start::Opened(vault.clone()), "/");
    assert!(
        home.contains(r#"href="/quick-delete""#) && home.contains("Noodgeval: alles wissen"),
        "tap one: the link at the foot of home"
    );
    let screen = render_app(Start::Opened(vault), "/quick-delete");
    assert!(
        screen.contains("Wis alles"),
        "tap two starts the countdown: {screen}"
    );
    assert!(screen.contains("Dit kan niet ongedaan worden gemaakt"));
    // Its heading says it once: the card under it is named by the screen's heading.
    assert_eq!(screen.matches(">Snel wissen</h").count(), 1, "{screen}");
    assert!(screen.contains(r#"aria-labelledby="quick-delete-heading""#));
    let settings = render_app(Start::Opened(vault_with_trend(Lang::Nl, "X")), "/settings");
    assert!(settings.contains(r#"<h2 id="quick-delete-title">Snel wissen</h2>"#));
}

#[test]
fn a_locked_vault_shows_the_lock_screen_and_nothing_of_its_entries() {
    let vault = vault_with_trend(Lang::Nl, "KENMERK-GEHEIM");
    vault.lock();
    for path in ["/", "/entries", "/settings"] {
        let html = render_app(Start::Opened(vault.clone()), path);
        assert!(html.contains("Leefwereld is vergrendeld"), "{path}: {html}");
        assert!(
            !html.contains("KENMERK-GEHEIM"),
            "{path} shows entry text while locked"
        );
        assert!(
            !html.contains("Notities ("),
            "{path} shows counts while locked"
        );
    }
}

#[test]
fn a_screen_that_finds_the_vault_locked_behind_it_shows_the_lock_screen() {
    let vault = vault_with_trend(Lang::Nl, "KENMERK-ACHTER");
    let mut dom = VirtualDom::new_with_props(
        Root,
        RootProps {
            start: Start::Opened(vault.clone()),
        },
    );
    dom.provide_root_context(
        Rc::new(MemoryHistory::with_initial_path("/entries")) as Rc<dyn History>
    );
    dom.rebuild_in_place();
    // Locked elsewhere (another thread, the idle timer) before the list reads the vault.
    vault.lock();
    settle(&mut dom);
    let html = dioxus_ssr::render(&dom);
    assert!(html.contains("Leefwereld is vergrendeld"), "{html}");
    assert!(!html.contains("KENMERK-ACHTER"));
}

#[test]
fn a_vault_kept_in_english_speaks_english_before_unlocking() {
    let vault = vault_with_trend(Lang::En, "MARKER");
    vault.lock();
    let html = render_app(Start::Opened(vault), "/");
    assert!(html.contains("Leefwereld is locked"), "{html}");
    assert!(html.contains("Unlock"));
    assert!(html.contains(r#"lang="en""#));
}

#[test]
fn a_second_instance_on_the_same_vault_is_told_the_vault_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault");
    let _first = Vault::create(&path, PASSPHRASE, profile(Lang::Nl), fast()).unwrap();
    let html = render_app(Start::Folder(path), "/");
    assert!(html.contains("De kluis is nu niet te openen"), "{html}");
    assert!(html.contains(&Error::InUse.localized(Lang::Nl)));
    assert!(html.contains("Probeer opnieuw"));
}

#[test]
fn an_empty_folder_starts_onboarding_with_what_the_app_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let html = render_app(Start::Folder(dir.path().join("vault")), "/");
    assert!(html.contains("Welkom bij Leefwereld"), "{html}");
    assert!(html.contains("Je notities blijven versleuteld op dit toestel"));
    assert!(html.contains("Je eigen naam gaat nooit mee"));
    assert!(html.contains(r#"autocomplete="new-password""#));
}

#[test]
fn the_entry_list_shows_kind_theme_and_text_of_each_entry() {
    // The trend was seen an hour before the signal: both are captured in the same second, and
    // the list orders by observation.
    let vault = Arc::new(Vault::create_in_memory(PASSPHRASE, profile(Lang::Nl), fast()).unwrap());
    let trend = EntryContent::trend(
        Theme::Recruitment,
        Platform::Telegram,
        "Ronselkanaal gezien KENMERK-LIJST",
        vault.now() - chrono::Duration::hours(1),
    );
    vault.entries().capture(trend, vec![]).unwrap();
    let mut signal = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        "Oproep tot vechtpartij",
        "Jongere liet het bericht zien",
        vault.now(),
    );
    signal.neighbourhood = "Zuidwijk".into();
    vault.entries().capture(signal, vec![]).unwrap();
    let html = render_app(Start::Opened(vault), "/entries");
    assert!(html.contains("2 notities"), "{html}");
    let signal_at = html
        .find("Oproep tot vechtpartij")
        .expect("the signal is listed");
    let trend_at = html.find("KENMERK-LIJST").expect("the trend is listed");
    assert!(signal_at < trend_at, "newest first");
    assert!(html.contains("Signaal") && html.contains("Trend"));
    assert!(html.contains("Zuidwijk"));
}

/// What a host renders inside the app state; the props of a test never change.
#[derive(Clone)]
struct Body(fn() -> Element);

impl PartialEq for Body {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[component]
fn Host(vault: Start, body: Body) -> Element {
    use_context_provider(|| leefwereld_app::state::AppState::new(vault));
    (body.0)()
}

/// Renders one component with an app state around it.
fn render_component(vault: Arc<Vault>, component: fn() -> Element) -> String {
    let mut dom = VirtualDom::new_with_props(
        Host,
        HostProps {
            vault: Start::Opened(vault),
            body: Body(component),
        },
    );
    dom.rebuild_in_place();
    settle(&mut dom);
    dioxus_ssr::render(&dom)
}

#[test]
fn a_full_disk_is_reported_in_plain_words_above_the_form() {
    fn body() -> Element {
        rsx! { ErrorSummary { errors: FormErrors::from_error(Error::DiskFull), lang: Lang::Nl } }
    }
    let html = render_component(vault_with_trend(Lang::Nl, "X"), body);
    assert!(html.contains(r#"role="alert""#));
    assert!(
        html.contains(&Error::DiskFull.localized(Lang::Nl)),
        "{html}"
    );
}

#[test]
fn the_cores_problems_with_a_signal_stand_beside_their_fields() {
    fn body() -> Element {
        let app = leefwereld_app::state::use_app();
        let vault = app.vault().unwrap();
        let mut content = EntryContent::signal(
            Theme::Other,
            Platform::Other,
            SourceType::OpenSource,
            "",
            "",
            vault.now(),
        );
        content.neighbourhood = "x".repeat(200);
        let errors = match vault.entries().capture(content, vec![]) {
            Err(err) => FormErrors::from_error(err),
            Ok(_) => panic!("an empty signal was stored"),
        };
        rsx! {
            leefwereld_app::components::entry_form::EntryForm {
                kind: leefwereld_core::EntryKind::Signaal,
                draft: app.capture,
                errors,
                busy: false,
                save_label: "Opslaan",
                onsave: |_| {},
                secondary: rsx! {},
            }
        }
    }
    let html = render_component(vault_with_trend(Lang::Nl, "X"), body);
    let beside = |field: &str, message: &str| {
        let start = html
            .find(&format!(r#"id="{field}-errors""#))
            .unwrap_or_else(|| panic!("no errors beside {field}: {html}"));
        html[start..]
            .split("</ul>")
            .next()
            .unwrap()
            .contains(message)
    };
    assert!(beside("reason", "concrete aanleiding"));
    assert!(beside("text", "Schrijf op wat je hebt gezien."));
    assert!(beside("neighbourhood", "De wijknaam is te lang"));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains("De notitie is nog niet opgeslagen:"));
}

//! "Over deze app": the privacy statement and the accessibility statement in plain words, whom
//! to ask about privacy (the privacy officer the connection profile names), and where the vault
//! lives and which version this is.

use dioxus::prelude::*;
use leefwereld_core::Lang;
use leefwereld_core::sync::PrivacyOfficer;
use leefwereld_locales::tr_list;

use crate::i18n::{tr, tr_args};
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn About() -> Element {
    let app = use_app();
    let lang = app.lang();
    let officer = use_query(|vault| {
        Ok(vault
            .connection()
            .profile()?
            .and_then(|p| p.privacy_officer.map(|o| (p.municipality, o))))
    });
    let location = app
        .vault()
        .and_then(|vault| vault.location().map(|p| p.display().to_string()));
    rsx! {
        Link { to: Route::SettingsScreen {}, class: "back-link", {tr(lang, "about-back")} }
        h1 { {tr(lang, "settings-about-title")} }
        section { class: "card", aria_labelledby: "privacy-title",
            h2 { id: "privacy-title", {tr(lang, "about-privacy-title")} }
            ul { class: "position-list",
                for (i, item) in tr_list(lang, "about-privacy").into_iter().enumerate() {
                    li { key: "{i}", "{item}" }
                }
            }
            h3 { {tr(lang, "about-officer-title")} }
            match &*officer.read() {
                Loaded::Ready(Some((municipality, officer))) => rsx! {
                    Officer { municipality: municipality.clone(), officer: officer.clone(), lang }
                },
                Loaded::Ready(None) => rsx! { p { {tr(lang, "about-officer-unknown")} } },
                _ => rsx! {},
            }
        }
        section { class: "card", aria_labelledby: "access-title",
            h2 { id: "access-title", {tr(lang, "about-access-title")} }
            ul { class: "position-list",
                for (i, item) in tr_list(lang, "about-access").into_iter().enumerate() {
                    li { key: "{i}", "{item}" }
                }
            }
        }
        section { class: "card", aria_labelledby: "device-title",
            h2 { id: "device-title", {tr(lang, "about-device-title")} }
            match location {
                Some(path) => rsx! { p { {tr_args(lang, "settings-about-location", &[("path", path.into())])} } },
                None => rsx! { p { {tr(lang, "settings-about-training")} } },
            }
            p { class: "hint", {tr_args(lang, "settings-about-version", &[("version", env!("CARGO_PKG_VERSION").into())])} }
        }
    }
}

/// The privacy officer as the profile names them: a name and a contact line, as text (the
/// app opens no mail or phone app on its own).
#[component]
fn Officer(municipality: String, officer: PrivacyOfficer, lang: Lang) -> Element {
    rsx! {
        p { {tr_args(lang, "about-officer-intro", &[("municipality", municipality.into())])} }
        dl { class: "facts",
            div { class: "fact",
                dt { {tr(lang, "about-officer-name")} }
                dd { "{officer.name}" }
            }
            div { class: "fact",
                dt { {tr(lang, "about-officer-contact")} }
                dd { class: "break", "{officer.contact}" }
            }
        }
    }
}

//! The Leefwereld app: screens over the core's [`leefwereld_core::Vault`] facade.
//!
//! The app is thin on purpose: every rule and all data handling live in `leefwereld-core`; a
//! screen calls one facade method and renders its result, or its error's translated message.
//! All text comes from `locales/{nl,en}/app.ftl`.
//!
//! Layout: [`state`] holds the few things the whole app shares (the vault, the phase, the
//! language, the drafts); [`route`] names the screens; [`shell`] gates them behind onboarding
//! and the lock; [`lifecycle`] locks the vault when the user walks away; [`platform`] is the only
//! place that differs between desktop, phones and the web training mode; [`training`] keeps what
//! only the training mode has (the example team).

pub mod components;
pub mod draft;
pub mod i18n;
pub mod lifecycle;
pub mod platform;
pub mod query;
pub mod route;
pub mod screens;
pub mod shell;
pub mod state;
pub mod sync;
pub mod training;
pub mod webview;

use dioxus::prelude::*;

use crate::i18n::tr;
use crate::route::Route;
use crate::state::{AppState, Start};

/// The style sheet, embedded at build time so the app looks the same on every platform
/// without a bundler (and works offline).
pub const STYLE: &str = include_str!("../assets/app.css");

/// The app as each platform launches it.
#[component]
pub fn App() -> Element {
    rsx! {
        Root { start: Start::for_platform() }
    }
}

/// The root: provides the app state for `start` and renders the router. Tests mount this with
/// a vault of their own.
#[component]
pub fn Root(start: Start) -> Element {
    let app = use_context_provider(|| AppState::new(start));
    lifecycle::use_lifecycle(app);
    sync::use_auto_sync(app);
    webview::use_link_guard(app);
    let title = tr(app.lang(), "app-name");
    use_effect(move || {
        // Screen readers pick their voice by the document language.
        let code = app.lang().code();
        document::eval(&format!("document.documentElement.lang = '{code}';"));
    });
    rsx! {
        document::Title { "{title}" }
        document::Style { "{STYLE}" }
        Router::<Route> {}
    }
}

/// Starts the app on the platform selected by the cargo features.
pub fn launch() {
    platform::launch(App);
}

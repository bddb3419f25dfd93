//! Quick delete as a screen of its own, two taps from home (the link at the foot of home, then
//! "Wis alles"): in the moment someone forces the worker to unlock, the settings are too far.

use dioxus::prelude::*;

use crate::components::quick_delete::QuickDelete;
use crate::i18n::tr;
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn QuickDeleteScreen() -> Element {
    let lang = use_app().lang();
    rsx! {
        Link { to: Route::Home {}, class: "back-link", {tr(lang, "capture-back")} }
        h1 { id: "quick-delete-heading", {tr(lang, "quick-delete-title")} }
        QuickDelete { named_by: "quick-delete-heading" }
    }
}

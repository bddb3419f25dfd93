//! The frame around every screen, and the gate in front of it: until the vault exists and is
//! unlocked, the shell shows onboarding or the lock screen instead of the route, so nothing of
//! the vault is on screen (or in the page) while it is locked.

use dioxus::prelude::*;
use leefwereld_core::Lang;

use crate::components::icons::{Glyph, Icon};
use crate::components::jump::{Place, focus_heading, go_to};
use crate::i18n::tr;
use crate::route::Route;
use crate::screens::onboarding::Onboarding;
use crate::screens::unlock::{Unavailable, Unlock};
use crate::state::{Phase, use_app};

/// A tab of the bottom navigation.
pub struct NavItem {
    pub route: Route,
    pub label_id: &'static str,
    pub glyph: Glyph,
}

/// The tabs, in order.
pub fn nav() -> [NavItem; 5] {
    [
        NavItem {
            route: Route::Home {},
            label_id: "nav-home",
            glyph: Glyph::Home,
        },
        NavItem {
            route: Route::EntryList {},
            label_id: "nav-entries",
            glyph: Glyph::List,
        },
        NavItem {
            route: Route::Summary {},
            label_id: "nav-summary",
            glyph: Glyph::Chart,
        },
        NavItem {
            route: Route::Outbox {},
            label_id: "nav-outbox",
            glyph: Glyph::Outbox,
        },
        NavItem {
            route: Route::SettingsScreen {},
            label_id: "nav-settings",
            glyph: Glyph::Settings,
        },
    ]
}

#[component]
pub fn Shell() -> Element {
    let app = use_app();
    let lang = app.lang();
    // Capture and edit are a task of their own: no tabs, Save stays at the bottom instead.
    let route = use_route::<Route>();
    let focused = matches!(
        route,
        Route::CaptureTrend {} | Route::CaptureSignal {} | Route::EntryEdit { .. }
    );
    // After each navigation the focus goes to the new screen's heading; a capture keeps it in
    // its text, where the worker starts typing.
    use_effect(use_reactive((&route,), |(route,)| {
        if !matches!(route, Route::CaptureTrend {} | Route::CaptureSignal {}) {
            focus_heading();
        }
    }));
    let body = match app.phase() {
        Phase::Onboarding => rsx! { Onboarding {} },
        Phase::Locked => rsx! { Unlock {} },
        Phase::Unavailable(error) => rsx! { Unavailable { message: error.localized(lang) } },
        Phase::Unlocked => rsx! {
            a {
                class: "skip-link",
                href: "#main-content",
                onclick: move |event: MouseEvent| {
                    event.prevent_default();
                    go_to("main-content", Place::Start);
                },
                {tr(lang, "skip-to-content")}
            }
            TopBar { lang }
            main { id: "main-content", class: "content", tabindex: "-1",
                Outlet::<Route> {}
            }
            if !focused {
                BottomNav { lang }
            }
        },
    };
    rsx! {
        div {
            class: "app",
            lang: lang.code(),
            onkeydown: move |_| app.note_activity(),
            onpointerdown: move |_| app.note_activity(),
            if app.is_training() {
                TrainingBanner { lang }
            }
            {body}
        }
    }
}

/// The training mode says, on every screen, that nothing is kept and nothing is shared.
#[component]
fn TrainingBanner(lang: Lang) -> Element {
    rsx! {
        div { class: "training", role: "note",
            Icon { glyph: Glyph::Info }
            div {
                p { class: "strong", {tr(lang, "training-title")} }
                p { {tr(lang, "training-body")} }
            }
        }
    }
}

#[component]
fn TopBar(lang: Lang) -> Element {
    let app = use_app();
    rsx! {
        header { class: "topbar",
            span { class: "brand", {tr(lang, "app-name")} }
            button {
                r#type: "button",
                class: "button-quiet lock-button",
                onclick: move |_| app.lock_now(),
                Icon { glyph: Glyph::Lock }
                span { {tr(lang, "lock-now")} }
            }
        }
    }
}

/// Whether `current` belongs to the tab of `tab`: the weekly summary of any week, and the
/// entries opened from it, stay under the summary's tab.
fn in_tab(tab: &Route, current: &Route) -> bool {
    match tab {
        Route::Summary {} => matches!(
            current,
            Route::Summary {} | Route::SummaryWeek { .. } | Route::SummaryEntries { .. }
        ),
        _ => tab == current,
    }
}

#[component]
fn BottomNav(lang: Lang) -> Element {
    let current = use_route::<Route>();
    rsx! {
        nav { class: "tabs", aria_label: tr(lang, "nav-label"),
            for item in nav() {
                Link {
                    key: "{item.label_id}",
                    class: if in_tab(&item.route, &current) { "tab active" } else { "tab" },
                    aria_current: if in_tab(&item.route, &current) { "page" } else { "false" },
                    to: item.route,
                    Icon { glyph: item.glyph }
                    span { {tr(lang, item.label_id)} }
                }
            }
        }
    }
}

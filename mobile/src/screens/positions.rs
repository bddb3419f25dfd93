//! Who may do what: the information position of every partner, the user's own first and marked,
//! the four principles for all partners, and the municipal conditions for online research.
//! The cards fold open one by one, so the page stays short on a phone. All text is the core's
//! (`leefwereld_core::positions`).

use dioxus::prelude::*;
use leefwereld_core::positions::Heading;
use leefwereld_core::{Lang, Partner, disclaimer, municipal_conditions, principles};

use crate::components::fields::Alert;
use crate::components::icons::{Glyph, Icon};
use crate::components::position::PartnerPosition;
use crate::i18n::tr;
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::state::use_app;

/// `/positions`: every card folded.
#[component]
pub fn Positions() -> Element {
    rsx! {
        PositionsPage { open: None }
    }
}

/// `/positions/<partner code>`: the same page with that partner's card open, for links such as
/// the share preview's "what the receiving partner may do with it". An unknown code opens none.
#[component]
pub fn PositionsFor(partner: String) -> Element {
    rsx! {
        PositionsPage { open: Partner::from_code(&partner) }
    }
}

#[component]
fn PositionsPage(open: Option<Partner>) -> Element {
    let app = use_app();
    let lang = app.lang();
    let role = use_query(|vault| vault.profile().map(|profile| profile.role));
    let own = match &*role.read() {
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => {
            return rsx! {
                h1 { {tr(lang, "positions-title")} }
                Alert { p { "{message}" } }
            };
        }
        Loaded::Ready(role) => Partner::for_role(*role),
    };
    // The user's own card first; the others in the core's order.
    let order: Vec<Partner> = own
        .into_iter()
        .chain(Partner::ALL.iter().copied().filter(|p| Some(*p) != own))
        .collect();

    rsx! {
        Link { to: Route::Home {}, class: "back-link", {tr(lang, "capture-back")} }
        h1 { {tr(lang, "positions-title")} }
        p { class: "lead", {tr(lang, "positions-intro")} }
        div { class: "notice notice-info", role: "note",
            Icon { glyph: Glyph::Info }
            div {
                p { class: "strong", {Heading::Disclaimer.label(lang)} }
                p { {disclaimer(lang)} }
            }
        }
        section { aria_labelledby: "partners-title",
            h2 { id: "partners-title", {tr(lang, "positions-partners")} }
            for partner in order {
                PartnerPosition {
                    key: "{partner.code()}",
                    partner,
                    lang,
                    own: Some(partner) == own,
                    open: Some(partner) == open,
                }
            }
        }
        Principles { lang }
        Municipal { lang }
    }
}

/// The four principles for every partner, each folded under its title.
#[component]
fn Principles(lang: Lang) -> Element {
    rsx! {
        section { class: "card", aria_labelledby: "principles-title",
            h2 { id: "principles-title", {Heading::Principles.label(lang)} }
            ol { class: "principles",
                for (i, principle) in principles(lang).into_iter().enumerate() {
                    li { key: "{i}",
                        details { class: "more fold",
                            summary { "{principle.title}" }
                            p { "{principle.body}" }
                        }
                    }
                }
            }
        }
    }
}

/// What a municipality must have in place before online research into persons.
#[component]
fn Municipal(lang: Lang) -> Element {
    let conditions = municipal_conditions(lang);
    let groups = [
        (Heading::Conditions, conditions.conditions, true),
        (Heading::AvgPrinciples, conditions.avg_principles, false),
        (Heading::Notes, conditions.notes, false),
    ];
    rsx! {
        section { class: "card", aria_labelledby: "municipal-title",
            h2 { id: "municipal-title", {Heading::Municipal.label(lang)} }
            p { "{conditions.basis}" }
            for (heading, items, numbered) in groups {
                details { key: "{heading.code()}", class: "more fold",
                    summary { {heading.label(lang)} }
                    if numbered {
                        ol { class: "position-list",
                            for (i, item) in items.iter().enumerate() {
                                li { key: "{i}", "{item}" }
                            }
                        }
                    } else {
                        ul { class: "position-list",
                            for (i, item) in items.iter().enumerate() {
                                li { key: "{i}", "{item}" }
                            }
                        }
                    }
                }
            }
        }
    }
}

//! Who may do what: first a matrix of every partner against open sources, closed groups, a work
//! account, an anonymous account and a note the worker shares (the user's own row marked); then
//! a search over the partner cards, each card opening with what the partner may do with the
//! worker's note; the four principles for all partners, and the municipal conditions for online
//! research. All text and every verdict is the core's (`leefwereld_core::positions`).

use dioxus::prelude::*;
use leefwereld_core::positions::{Activity, Allowance, Cell, Heading, matrix_row, search};
use leefwereld_core::{Lang, Partner, disclaimer, municipal_conditions, principles};

use crate::components::fields::{Alert, Chips, Choice};
use crate::components::icons::{Glyph, Icon};
use crate::components::position::PartnerPosition;
use crate::i18n::{tr, tr1};
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

    let mut query = use_signal(String::new);
    let found = search(&query.read(), lang);
    let searching = !query.read().trim().is_empty();
    let shown: Vec<Partner> = order
        .iter()
        .copied()
        .filter(|p| found.contains(p))
        .collect();

    rsx! {
        // On a wide desktop window the matrix shows whole: see `.positions-wide` in app.css.
        div { class: "positions-wide",
        Link { to: Route::Home {}, class: "back-link", {tr(lang, "capture-back")} }
        h1 { {tr(lang, "positions-title")} }
        p { class: "lead", {tr(lang, "positions-intro")} }
        Matrix { order: order.clone(), own, lang }
        div { class: "notice notice-info", role: "note",
            Icon { glyph: Glyph::Info }
            div {
                p { class: "strong", {Heading::Disclaimer.label(lang)} }
                p { {disclaimer(lang)} }
            }
        }
        section { aria_labelledby: "partners-title",
            h2 { id: "partners-title", {tr(lang, "positions-partners")} }
            div { class: "field",
                label { r#for: "positions-search", {tr(lang, "positions-search")} }
                input {
                    id: "positions-search",
                    r#type: "search",
                    value: "{query}",
                    autocomplete: "off",
                    oninput: move |event| query.set(event.value()),
                }
            }
            p { class: "hint", role: "status",
                if searching {
                    if shown.is_empty() {
                        {tr(lang, "positions-search-none")}
                    } else {
                        {tr1(lang, "positions-search-found", "count", shown.len())}
                    }
                }
            }
            for partner in shown {
                PartnerPosition {
                    key: "{partner.code()}",
                    partner,
                    lang,
                    own: Some(partner) == own,
                    // A search opens what it found; a link opens the card it asked for.
                    open: Some(partner) == open || searching,
                }
            }
        }
        Principles { lang }
        Municipal { lang }
        }
    }
}

/// The sign of a verdict, so that it never rests on colour alone.
fn sign(allowance: Allowance) -> &'static str {
    match allowance {
        Allowance::Allowed => "✓",
        Allowance::Conditional => "!",
        Allowance::NotAllowed => "✗",
        Allowance::NoRole => "–",
        Allowance::NotDescribed => "?",
    }
}

/// Every partner against the things people ask about first, in words; the user's own row
/// marked. Where the table does not fit (a phone), one question at a time: the worker picks
/// what they want to know about and reads every partner's verdict on it, without scrolling
/// sideways (CSS shows one of the two; the other is `display: none`, so a screen reader reads
/// it once).
#[component]
fn Matrix(order: Vec<Partner>, own: Option<Partner>, lang: Lang) -> Element {
    let mut asked = use_signal(|| Activity::ALL[0]);
    let activity = asked();
    // Every row once; the phone's list reads the asked column out of them.
    let rows: Vec<(Partner, Vec<Cell>)> = order
        .iter()
        .map(|partner| (*partner, matrix_row(*partner, lang)))
        .collect();
    let answers: Vec<(Partner, Cell)> = rows
        .iter()
        .filter_map(|(partner, cells)| {
            let cell = cells.iter().find(|cell| cell.activity == activity)?;
            Some((*partner, cell.clone()))
        })
        .collect();
    rsx! {
        section { class: "card matrix-card", aria_labelledby: "matrix-title",
            h2 { id: "matrix-title", {tr(lang, "positions-matrix-title")} }
            div { class: "matrix-by-question",
                Chips {
                    name: "matrix-question",
                    legend: tr(lang, "positions-matrix-question"),
                    options: Activity::ALL.iter().map(|a| Choice::new(a.code(), a.label(lang))).collect::<Vec<_>>(),
                    selected: Some(activity.code().to_owned()),
                    onselect: move |code: String| {
                        if let Some(chosen) = Activity::from_code(&code) {
                            asked.set(chosen);
                        }
                    },
                }
                ul { class: "matrix-answers", aria_label: activity.label(lang), aria_live: "polite",
                    for (partner, cell) in answers {
                        li { key: "{partner.code()}", class: if Some(partner) == own { "own" } else { "" },
                            p { class: "matrix-partner",
                                strong { {partner.label(lang)} }
                                " "
                                OwnBadge { shown: Some(partner) == own, lang }
                            }
                            CellVerdict { cell, lang }
                        }
                    }
                }
            }
            div {
                class: "table-scroll",
                role: "region",
                tabindex: "0",
                aria_labelledby: "matrix-caption",
                table { class: "matrix",
                    caption { id: "matrix-caption", class: "visually-hidden", {tr(lang, "positions-matrix-title")} }
                    thead {
                        tr {
                            th { scope: "col", {tr(lang, "positions-matrix-partner")} }
                            for activity in Activity::ALL {
                                th { key: "{activity.code()}", scope: "col", {activity.label(lang)} }
                            }
                        }
                    }
                    tbody {
                        for (partner, cells) in rows {
                            tr { key: "{partner.code()}", class: if Some(partner) == own { "own" } else { "" },
                                th { scope: "row",
                                    {partner.label(lang)}
                                    OwnBadge { shown: Some(partner) == own, lang }
                                }
                                for cell in cells {
                                    td { key: "{cell.activity.code()}", CellVerdict { cell, lang } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Jouw rol", beside the user's own partner.
#[component]
fn OwnBadge(shown: bool, lang: Lang) -> Element {
    rsx! {
        if shown {
            span { class: "badge badge-own", {tr(lang, "positions-own-role")} }
        }
    }
}

/// One cell's verdict (a sign and a word, never colour alone) and its few words.
#[component]
fn CellVerdict(cell: Cell, lang: Lang) -> Element {
    rsx! {
        span { class: "allowance allowance-{cell.allowance.code()}",
            span { aria_hidden: "true", class: "allowance-sign", {sign(cell.allowance)} }
            " "
            {cell.allowance.label(lang)}
        }
        span { class: "allowance-words", "{cell.words}" }
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

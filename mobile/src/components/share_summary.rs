//! The two parts of the share screen that answer "can it go, and what goes": the checklist at
//! the top (each step done or not, linking to its section) and the card that shows the entry
//! exactly as it will be sent, in words, with the raw JSON behind "Technische weergave".

use dioxus::prelude::*;
use leefwereld_core::Lang;
use leefwereld_core::share::payload::SharedEntry;
use leefwereld_core::share::{ShareCheck, ShareStep};
use leefwereld_core::time::display_date;

use crate::components::icons::{Glyph, Icon};
use crate::components::jump::{Place, go_to};
use crate::i18n::{tr, tr1};

/// The id of the section each step links to; `None` when that section is not on the screen
/// (the informing panel disappears once the young person was told).
fn section_of(step: ShareStep, informing_shown: bool) -> Option<&'static str> {
    match step {
        ShareStep::Partner => Some("share-target-section"),
        ShareStep::Consent => Some("consent-title"),
        ShareStep::Informing => informing_shown.then_some("inform-title"),
        ShareStep::Findings => Some("findings-title"),
        ShareStep::Frames => Some("verdict-title"),
    }
}

/// What a step's line says after its name.
fn state_text(check: &ShareCheck, partner: &str, lang: Lang) -> String {
    match (check.step, check.done) {
        (ShareStep::Partner, true) => partner.to_owned(),
        (ShareStep::Partner, false) => tr(lang, "share-check-already-shared"),
        (ShareStep::Findings, false) if check.open > 0 => {
            tr1(lang, "share-check-findings-open", "count", check.open)
        }
        (ShareStep::Frames, false) => tr(lang, "share-check-not-allowed"),
        (_, true) => tr(lang, "share-check-done"),
        (_, false) => tr(lang, "share-check-open"),
    }
}

/// The checklist: one line per step, a check mark or a warning sign and words (never colour
/// alone), each a link to where the step is taken.
#[component]
pub fn ShareChecklist(
    checks: Vec<ShareCheck>,
    partner: String,
    informing_shown: bool,
    lang: Lang,
) -> Element {
    rsx! {
        nav { class: "checklist", aria_label: tr(lang, "share-checklist"),
            ul {
                for check in checks {
                    li {
                        key: "{check.step.code()}",
                        class: if check.done { "check-line done" } else { "check-line open" },
                        Icon { glyph: if check.done { Glyph::Check } else { Glyph::Alert } }
                        match section_of(check.step, informing_shown) {
                            Some(target) => rsx! {
                                a {
                                    href: "#{target}",
                                    onclick: move |event: MouseEvent| {
                                        event.prevent_default();
                                        go_to(target, Place::Start);
                                    },
                                    span { class: "check-step", {check.step.label(lang)} }
                                }
                            },
                            None => rsx! {
                                span { class: "check-step", {check.step.label(lang)} }
                            },
                        }
                        span { class: "check-state", {state_text(&check, &partner, lang)} }
                    }
                }
            }
        }
    }
}

/// The entry exactly as it will be sent, field by field in words; the JSON that is encrypted,
/// with its English keys, is one tap away for whoever needs to check it.
#[component]
pub fn WhatGoes(payload: SharedEntry, json: String, lang: Lang) -> Element {
    let none = tr(lang, "share-sent-none");
    let or_none = |value: &str| {
        if value.trim().is_empty() {
            none.clone()
        } else {
            value.to_owned()
        }
    };
    // Who gave it and how the young person was informed, then the day, kept on one line (a
    // narrow phone would otherwise break "06-12-2026" at its hyphens).
    let consent = payload.consent.as_ref().map(|c| {
        (
            format!(
                "{} · {} · ",
                c.given_by.label(lang),
                c.informed_how.label(lang)
            ),
            display_date(c.given_on, lang),
        )
    });
    let mut rows = vec![
        ("share-sent-to", payload.target.label(lang)),
        ("share-sent-from", payload.organisation.clone()),
        ("share-sent-kind", payload.kind.label(lang)),
        ("share-sent-theme", payload.theme.label(lang)),
        ("share-sent-platform", payload.platform.label(lang)),
        ("share-sent-source", payload.source_type.label(lang)),
        ("share-sent-urgency", payload.urgency.label(lang)),
        ("share-sent-observed", payload.observed_display(lang)),
        ("share-sent-neighbourhood", or_none(&payload.neighbourhood)),
    ];
    if let Some(band) = payload.age_band {
        rows.push(("share-sent-age", band.label(lang)));
    }
    rsx! {
        section { class: "card", aria_labelledby: "payload-title",
            h2 { id: "payload-title", tabindex: "-1", {tr(lang, "share-payload-title")} }
            p { class: "hint", {tr(lang, "share-payload-hint")} }
            dl { class: "facts",
                for (id, value) in rows {
                    div { key: "{id}", class: "fact",
                        dt { {tr(lang, id)} }
                        dd { "{value}" }
                    }
                }
            }
            h3 { {tr(lang, "share-sent-text")} }
            p { class: "sent-text break", "{payload.text}" }
            if let Some(reason) = &payload.reason {
                h3 { {tr(lang, "share-sent-reason")} }
                p { class: "sent-text break", "{reason}" }
            }
            dl { class: "facts",
                div { class: "fact",
                    dt { {tr(lang, "share-sent-consent")} }
                    match consent {
                        Some((how, day)) => rsx! { dd { "{how}" span { class: "nowrap", "{day}" } } },
                        None => rsx! { dd { {tr(lang, "share-sent-consent-missing")} } },
                    }
                }
            }
            details { class: "more",
                summary { {tr(lang, "share-payload-technical")} }
                p { class: "hint", {tr(lang, "share-payload-technical-hint")} }
                pre { class: "payload", tabindex: "0", aria_label: tr(lang, "share-payload-technical"), "{json}" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_links_to_a_section_except_informing_once_done() {
        for step in ShareStep::ALL {
            assert!(section_of(*step, true).is_some());
        }
        assert_eq!(section_of(ShareStep::Informing, false), None);
    }
}

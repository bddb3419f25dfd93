//! Sharing one entry: choose the receiving partner, record consent (and, for a signal, that
//! the young person was told), resolve the minimiser's findings, see exactly what would be
//! sent and what the partner may do with it, then put it in the outbox. Every verdict comes
//! from the core's share preview; this screen only shows it and passes the worker's answers.

use dioxus::prelude::*;
use leefwereld_core::share::SharePreview;
use leefwereld_core::{Entry, EntryId, EntryKind, Lang, Partner, ShareGuidance};

use crate::components::consent::{ConsentPanel, TransparencyPanel};
use crate::components::fields::{Alert, Chips, Choice};
use crate::components::findings::FindingsPanel;
use crate::components::icons::{Glyph, Icon};
use crate::components::share_summary::{ShareChecklist, WhatGoes};
use crate::i18n::tr;
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::state::{Flash, use_app};

/// Who an entry goes to when the worker has not chosen: the municipality's case system is
/// where shared entries land, for its public order and safety department.
const DEFAULT_TARGET: Partner = Partner::MunicipalityOov;

#[component]
pub fn EntryShare(id: EntryId) -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let mut target = use_signal(|| DEFAULT_TARGET);
    let mut refresh = use_signal(|| 0u32);
    let loaded = use_query(move |vault| {
        refresh();
        let target = target();
        Ok((
            vault.entries().get(id)?,
            vault.sharing().preview(id, target)?,
            vault.sharing().consent(id)?.0,
        ))
    });
    let mut failure = use_signal(|| None::<String>);
    let changed = move |_: ()| {
        failure.set(None);
        refresh += 1;
    };

    let share = move |_| {
        let to = target();
        match app.call(|vault| vault.sharing().share(id, to)) {
            Ok(_) => {
                let mut flash = app.flash;
                flash.set(Some(Flash::Queued));
                nav.push(Route::Outbox {});
            }
            Err(err) => failure.set(Some(err.localized(lang))),
        }
    };

    let (entry, preview, consent) = match loaded.read().clone() {
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => {
            return rsx! {
                h1 { {tr(lang, "share-title")} }
                Alert { p { "{message}" } }
                Link { to: Route::EntryDetail { id }, class: "button button-secondary", {tr(lang, "share-back")} }
            };
        }
        Loaded::Ready(triple) => triple,
    };
    let partners: Vec<Choice> = Partner::ALL
        .iter()
        .map(|p| Choice::new(p.code(), p.label(lang)))
        .collect();

    rsx! {
        Link { to: Route::EntryDetail { id }, class: "back-link", {tr(lang, "share-back")} }
        h1 { {tr(lang, "share-title")} }
        p { class: "lead", {summary_line(&entry, lang)} }
        ShareChecklist {
            checks: preview.checklist(),
            partner: target().label(lang),
            informing_shown: preview.inform_first,
            lang,
        }
        div { id: "share-target-section", tabindex: "-1",
            Chips {
                name: "share-target",
                legend: tr(lang, "share-target"),
                hint: tr(lang, "share-target-hint"),
                options: partners,
                selected: Some(target().code().to_owned()),
                onselect: move |code: String| {
                    if let Some(partner) = Partner::from_code(&code) {
                        target.set(partner);
                    }
                },
            }
        }
        ConsentPanel {
            id,
            kind: entry.content.kind,
            current: consent,
            target: target(),
            changed,
        }
        if preview.inform_first {
            TransparencyPanel { id, changed }
        }
        FindingsPanel {
            id,
            content: entry.content.clone(),
            findings: preview.findings.clone(),
            changed,
        }
        WhatGoes { payload: preview.payload.clone(), json: preview.json.clone(), lang }
        Guidance { guidance: preview.guidance.clone(), lang }
        Verdict { preview: preview.clone(), lang }
        if let Some(message) = failure() {
            Alert { p { "{message}" } }
        }
        button {
            r#type: "button",
            class: "button button-primary",
            disabled: !preview.eligibility.is_eligible() || !preview.connected,
            onclick: share,
            Icon { glyph: Glyph::Send }
            span { {tr(lang, "share-submit")} }
        }
    }
}

/// "Signal: Fight or incident, seen 21-11-2026".
fn summary_line(entry: &Entry, lang: Lang) -> String {
    let kind = entry.content.kind.label(lang);
    let theme = entry.content.theme.label(lang);
    let seen = crate::i18n::date(entry.content.observed_at, lang);
    format!("{kind}: {theme} · {seen}")
}

/// What the receiving partner may and may not do with it, from its information position.
#[component]
fn Guidance(guidance: ShareGuidance, lang: Lang) -> Element {
    rsx! {
        section { class: "card", aria_labelledby: "guidance-title",
            h2 { id: "guidance-title", {tr(lang, "share-guidance-title")} {" "} {guidance.partner.label(lang)} }
            p { "{guidance.basis}" }
            h3 { {tr(lang, "share-guidance-may")} }
            ul { class: "may",
                for (i, item) in guidance.may.iter().enumerate() {
                    li { key: "{i}", "{item}" }
                }
            }
            h3 { {tr(lang, "share-guidance-may-not")} }
            ul { class: "may-not",
                for (i, item) in guidance.may_not.iter().enumerate() {
                    li { key: "{i}", "{item}" }
                }
            }
        }
    }
}

/// Whether it may go now, and if not every reason in plain words.
#[component]
fn Verdict(preview: SharePreview, lang: Lang) -> Element {
    let app = use_app();
    let reasons = preview.eligibility.reasons(lang);
    let not_connected = if app.is_training() {
        tr(lang, "share-training")
    } else {
        leefwereld_core::Error::NoConnection.localized(lang)
    };
    rsx! {
        section { aria_labelledby: "verdict-title",
            h2 { id: "verdict-title", tabindex: "-1", {tr(lang, "share-verdict-title")} }
            if reasons.is_empty() {
                p { class: "notice notice-ok", role: "status",
                    Icon { glyph: Glyph::Check }
                    span { {tr(lang, "share-eligible")} }
                }
            } else {
                div { class: "notice notice-error", role: "status",
                    Icon { glyph: Glyph::Alert }
                    div {
                        p { class: "strong", {tr(lang, "share-blocked")} }
                        ul {
                            for (i, reason) in reasons.iter().enumerate() {
                                li { key: "{i}", "{reason}" }
                            }
                        }
                    }
                }
            }
            if !preview.connected {
                p { class: "notice notice-info",
                    Icon { glyph: Glyph::Info }
                    span { "{not_connected}" }
                }
            }
            if preview.eligibility.is_eligible() && preview.connected && preview.payload.kind == EntryKind::Signaal {
                p { class: "hint", {tr(lang, "share-signal-note")} }
            }
        }
    }
}

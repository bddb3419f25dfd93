//! Consent on the share screen: what is recorded now (who, how informed, when, for whom) with a
//! way to withdraw it, or a short form to record it. The core decides what counts; this only
//! collects the worker's answers and shows the core's verdict.

use dioxus::prelude::*;
use leefwereld_core::share::{Consent, ConsentGiver, ConsentInput, InformedHow};
use leefwereld_core::{EntryId, EntryKind, Lang, Partner};

use crate::components::confirm::ConfirmAction;
use crate::components::fields::{Alert, Chips, Choice, Feedback};
use crate::i18n::{tr, tr_args, tr1, when};
use crate::state::use_app;

/// The people who can consent for an entry of `kind` (a trend is released by the worker).
fn givers(kind: EntryKind) -> &'static [ConsentGiver] {
    match kind {
        EntryKind::Trend => &[ConsentGiver::WorkerRelease],
        EntryKind::Signaal => &[ConsentGiver::YoungPerson, ConsentGiver::ParentGuardian],
    }
}

/// The ways of informing a person (for a worker's own release there is nobody to inform).
fn informed_choices(lang: Lang) -> Vec<Choice> {
    InformedHow::ALL
        .iter()
        .filter(|how| **how != InformedHow::NotApplicable)
        .map(|how| Choice::new(how.code(), how.label(lang)))
        .collect()
}

/// The consent block of the share screen. `changed` is bumped after every change so the
/// screen reloads its preview.
#[component]
pub fn ConsentPanel(
    id: EntryId,
    kind: EntryKind,
    current: Option<Consent>,
    target: Partner,
    changed: EventHandler<()>,
) -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut outcome = use_signal(|| None::<Result<String, String>>);

    let withdraw = move |_: ()| match app.call(|vault| vault.sharing().withdraw_consent(id)) {
        Ok(retractions) => {
            outcome.set(Some(Ok(tr1(
                lang,
                "consent-withdrawn",
                "count",
                retractions,
            ))));
            changed.call(());
        }
        Err(err) => outcome.set(Some(Err(err.localized(lang)))),
    };

    let recorded = move |_: ()| {
        outcome.set(Some(Ok(tr(lang, "consent-recorded"))));
        changed.call(());
    };

    rsx! {
        section { class: "card", aria_labelledby: "consent-title",
            h2 { id: "consent-title", tabindex: "-1", {tr(lang, "consent-title")} }
            Feedback { outcome: outcome() }
            match current.clone() {
                Some(consent) => rsx! {
                    ConsentSummary { consent: consent.clone(), lang }
                    if consent.is_active() && !consent.scope.contains(&target) {
                        // The partner was chosen at the top; consent is asked for that one
                        // partner, added to those it already covers.
                        p { class: "notice notice-warning",
                            {tr_args(lang, "consent-not-for-target", &[("partner", target.label(lang).into())])}
                        }
                        ConsentForm {
                            id,
                            kind,
                            target,
                            base_scope: consent.scope.clone(),
                            onrecorded: recorded,
                        }
                    }
                    ConfirmAction {
                        label: tr(lang, "consent-withdraw"),
                        question: tr(lang, "consent-withdraw-question"),
                        confirm_label: tr(lang, "consent-withdraw-confirm"),
                        cancel_label: tr(lang, "common-cancel"),
                        onconfirm: withdraw,
                    }
                },
                None => rsx! {
                    ConsentForm {
                        id,
                        kind,
                        target,
                        base_scope: Vec::new(),
                        onrecorded: recorded,
                    }
                },
            }
        }
    }
}

/// A recorded consent in words.
#[component]
fn ConsentSummary(consent: Consent, lang: Lang) -> Element {
    let scope: Vec<String> = consent.scope.iter().map(|p| p.label(lang)).collect();
    let rows = [
        (tr(lang, "consent-given-by"), consent.given_by.label(lang)),
        (
            tr(lang, "consent-informed-how"),
            consent.informed_how.label(lang),
        ),
        (tr(lang, "consent-given-at"), when(consent.given_at, lang)),
        (tr(lang, "consent-scope"), scope.join(", ")),
    ];
    rsx! {
        dl { class: "facts",
            for (term, value) in rows {
                div { key: "{term}", class: "fact",
                    dt { "{term}" }
                    dd { "{value}" }
                }
            }
        }
    }
}

/// The form that records a consent given now.
#[component]
fn ConsentForm(
    id: EntryId,
    kind: EntryKind,
    target: Partner,
    base_scope: Vec<Partner>,
    onrecorded: EventHandler<()>,
) -> Element {
    let app = use_app();
    let lang = app.lang();
    let allowed = givers(kind);
    let mut giver = use_signal(|| (allowed.len() == 1).then(|| allowed[0]));
    let mut informed = use_signal(|| None::<InformedHow>);
    let mut failure = use_signal(|| None::<String>);

    let release = kind == EntryKind::Trend;
    let record = move |event: FormEvent| {
        event.prevent_default();
        let Some(given_by) = giver() else {
            failure.set(Some(tr(lang, "consent-choose-giver")));
            return;
        };
        let informed_how = if release {
            InformedHow::NotApplicable
        } else {
            match informed() {
                Some(how) => how,
                None => {
                    failure.set(Some(tr(lang, "consent-choose-informed")));
                    return;
                }
            }
        };
        let input = ConsentInput {
            given_by,
            informed_how,
            given_at: app
                .vault()
                .map(|v| v.now())
                .unwrap_or_else(chrono::Utc::now),
            scope: base_scope.iter().copied().chain([target]).collect(),
        };
        match app.call(|vault| vault.sharing().record_consent(id, input)) {
            Ok(_) => {
                failure.set(None);
                onrecorded.call(());
            }
            Err(err) => failure.set(Some(err.localized(lang))),
        }
    };

    let giver_choices: Vec<Choice> = allowed
        .iter()
        .map(|g| Choice::new(g.code(), g.label(lang)))
        .collect();
    rsx! {
        form { class: "stack", novalidate: true, onsubmit: record,
            p { class: "hint",
                if release {
                    {tr(lang, "consent-intro-trend")}
                } else {
                    {tr(lang, "consent-intro-signal")}
                }
            }
            if let Some(message) = failure() {
                Alert { p { "{message}" } }
            }
            Chips {
                name: "consent-giver",
                legend: tr(lang, "consent-given-by"),
                options: giver_choices,
                selected: giver().map(|g| g.code().to_owned()),
                onselect: move |code: String| giver.set(ConsentGiver::from_code(&code)),
            }
            if !release {
                Chips {
                    name: "consent-informed",
                    legend: tr(lang, "consent-informed-how"),
                    options: informed_choices(lang),
                    selected: informed().map(|h| h.code().to_owned()),
                    onselect: move |code: String| informed.set(InformedHow::from_code(&code)),
                }
            }
            p { class: "hint",
                {tr_args(lang, "consent-for", &[("partner", target.label(lang).into())])}
            }
            button { r#type: "submit", class: "button button-primary",
                {tr(lang, "consent-record")}
            }
        }
    }
}

/// Transparency towards the young person (signals): say how they were told, or record why
/// telling them would endanger someone.
#[component]
pub fn TransparencyPanel(id: EntryId, changed: EventHandler<()>) -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut informed = use_signal(|| None::<InformedHow>);
    let mut justification = use_signal(String::new);
    let mut failure = use_signal(|| None::<String>);

    let told = move |_| {
        let Some(how) = informed() else {
            failure.set(Some(tr(lang, "consent-choose-informed")));
            return;
        };
        match app.call(|vault| vault.sharing().record_transparency(id, how)) {
            Ok(()) => changed.call(()),
            Err(err) => failure.set(Some(err.localized(lang))),
        }
    };
    let exception = move |_| match app.call(|vault| {
        vault
            .sharing()
            .record_safety_exception(id, &justification.read())
    }) {
        Ok(()) => changed.call(()),
        Err(err) => failure.set(Some(err.localized(lang))),
    };

    rsx! {
        section { class: "card notice-info", aria_labelledby: "inform-title",
            h2 { id: "inform-title", tabindex: "-1", {tr(lang, "inform-title")} }
            p { {tr(lang, "inform-body")} }
            if let Some(message) = failure() {
                Alert { p { "{message}" } }
            }
            Chips {
                name: "inform-how",
                legend: tr(lang, "inform-how"),
                options: informed_choices(lang),
                selected: informed().map(|h| h.code().to_owned()),
                onselect: move |code: String| informed.set(InformedHow::from_code(&code)),
            }
            button { r#type: "button", class: "button button-secondary", onclick: told,
                {tr(lang, "inform-record")}
            }
            details { class: "more",
                summary { {tr(lang, "inform-exception")} }
                div { class: "field",
                    label { r#for: "inform-justification", {tr(lang, "inform-justification")} }
                    p { id: "inform-justification-hint", class: "hint", {tr(lang, "inform-justification-hint")} }
                    textarea {
                        id: "inform-justification",
                        rows: 3,
                        aria_describedby: "inform-justification-hint",
                        oninput: move |event| justification.set(event.value()),
                    }
                }
                button { r#type: "button", class: "button button-secondary", onclick: exception,
                    {tr(lang, "inform-exception-record")}
                }
            }
        }
    }
}

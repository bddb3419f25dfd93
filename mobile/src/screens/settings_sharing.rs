//! The settings that concern what leaves the device: the connection profile (koppelprofiel)
//! of the municipality's case system, and the accountability report of this device's actions.

use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use leefwereld_core::report::ReportFormat;
use leefwereld_core::sync::{ConnectionProfile, TrendCases};
use leefwereld_core::time::local_date;

use crate::components::confirm::ConfirmAction;
use crate::components::fields::{Alert, Feedback, TextField};
use crate::i18n::{tr, tr_args};
use crate::platform;
use crate::query::{Loaded, use_query};
use crate::state::use_app;

/// The connection profile: what is set up (never the secret), import from pasted text or a
/// file, remove.
#[component]
pub fn ConnectionSection() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut refresh = use_signal(|| 0u32);
    let current = use_query(move |vault| {
        refresh();
        vault.connection().profile()
    });
    let mut text = use_signal(String::new);
    let mut outcome = use_signal(|| None::<Result<String, String>>);

    let mut import =
        move |pasted: String| match app.call(|vault| vault.connection().import(&pasted)) {
            Ok(profile) => {
                text.set(String::new());
                outcome.set(Some(Ok(tr_args(
                    lang,
                    "connection-imported",
                    &[("municipality", profile.municipality.into())],
                ))));
                refresh += 1;
            }
            Err(err) => outcome.set(Some(Err(err.localized(lang)))),
        };
    let pick = move |event: FormEvent| {
        for file in event.files() {
            spawn(async move {
                match file.read_string().await {
                    Ok(contents) => import(contents),
                    Err(_) => outcome.set(Some(Err(tr(lang, "connection-unreadable")))),
                }
            });
        }
    };
    let remove = move |_: ()| match app.call(|vault| vault.connection().remove()) {
        Ok(()) => {
            outcome.set(Some(Ok(tr(lang, "connection-removed"))));
            refresh += 1;
        }
        Err(err) => outcome.set(Some(Err(err.localized(lang)))),
    };

    let current = match current.read().clone() {
        Loaded::Ready(profile) => profile,
        Loaded::Loading => None,
        Loaded::Failed(message) => {
            return rsx! { Alert { p { "{message}" } } };
        }
    };
    // Without a profile the import form starts open.
    let unset = current.is_none();
    rsx! {
        section { class: "card", aria_labelledby: "connection-title",
            h2 { id: "connection-title", {tr(lang, "connection-title")} }
            Feedback { outcome: outcome() }
            match current {
                Some(profile) => rsx! {
                    ProfileFacts { profile }
                    ConfirmAction {
                        label: tr(lang, "connection-remove"),
                        question: tr(lang, "connection-remove-question"),
                        confirm_label: tr(lang, "connection-remove-confirm"),
                        cancel_label: tr(lang, "common-cancel"),
                        onconfirm: remove,
                    }
                },
                None => rsx! { p { {tr(lang, "connection-none")} } },
            }
            LeadKey {}
            // The training mode sends nothing, but importing a profile can be practised there.
            if app.is_training() {
                p { class: "hint", {tr(lang, "share-training")} }
            }
            details { class: "more", open: unset,
                summary { {tr(lang, "connection-import")} }
                p { class: "hint", {tr(lang, "connection-import-hint")} }
                div { class: "field",
                    label { r#for: "connection-file", {tr(lang, "connection-file")} }
                    input { id: "connection-file", r#type: "file", accept: ".json,.txt,text/plain,application/json", onchange: pick }
                }
                div { class: "field",
                    label { r#for: "connection-text", {tr(lang, "connection-paste")} }
                    textarea {
                        id: "connection-text",
                        rows: 4,
                        spellcheck: "false",
                        autocomplete: "off",
                        value: "{text}",
                        oninput: move |event| text.set(event.value()),
                    }
                }
                button {
                    r#type: "button",
                    class: "button button-primary",
                    disabled: text.read().trim().is_empty(),
                    onclick: move |_| import(text()),
                    {tr(lang, "connection-import-submit")}
                }
            }
        }
    }
}

/// What the profile sets up, without the client secret.
#[component]
fn ProfileFacts(profile: ConnectionProfile) -> Element {
    let app = use_app();
    let lang = app.lang();
    let trend_cases = match profile.trend_cases {
        TrendCases::PerWeek => tr(lang, "connection-trends-per-week"),
        TrendCases::PerEntry => tr(lang, "connection-trends-each"),
    };
    let rows = [
        (
            tr(lang, "connection-municipality"),
            profile.municipality.clone(),
        ),
        (tr(lang, "connection-zaken"), profile.zaken_url.clone()),
        (
            tr(lang, "connection-documenten"),
            profile.documenten_url.clone(),
        ),
        (tr(lang, "connection-client"), profile.client_id.clone()),
        (
            tr(lang, "connection-recipients"),
            profile.recipients.len().to_string(),
        ),
        (tr(lang, "connection-trend-cases"), trend_cases),
    ];
    rsx! {
        dl { class: "facts",
            for (term, value) in rows {
                div { key: "{term}", class: "fact",
                    dt { "{term}" }
                    dd { class: "break", "{value}" }
                }
            }
        }
        Fingerprints { profile }
    }
}

/// A team lead's own key, which the municipality puts in the team's profile as
/// `team.recipient`: the lead's vault decrypts the team reports with it.
#[component]
fn LeadKey() -> Element {
    let app = use_app();
    let lang = app.lang();
    let key = use_query(|vault| {
        if vault.profile()?.role == leefwereld_core::Role::TeamLead {
            vault.recipient().map(Some)
        } else {
            Ok(None)
        }
    });
    let Loaded::Ready(Some(key)) = key.read().clone() else {
        return rsx! {};
    };
    let fingerprint = leefwereld_core::sync::fingerprint(&key);
    rsx! {
        div { class: "fingerprints",
            h3 { {tr(lang, "connection-lead-key")} }
            p { class: "hint", {tr(lang, "connection-lead-key-hint")} }
            p { code { class: "break", "{key}" } }
            p { code { class: "fingerprint", "{fingerprint}" } }
        }
    }
}

/// The fingerprint of every key the profile names, to compare with what the municipality hands
/// out on paper (a forged profile would carry another key), and the worker's own report key.
#[component]
fn Fingerprints(profile: ConnectionProfile) -> Element {
    let app = use_app();
    let lang = app.lang();
    let has_team = profile.team.is_some();
    let own = use_query(move |vault| {
        if has_team {
            vault.team().signing_fingerprint().map(Some)
        } else {
            Ok(None)
        }
    });
    let own = match own.read().clone() {
        Loaded::Ready(own) => own,
        _ => None,
    };
    let recipients = profile.recipient_fingerprints();
    rsx! {
        div { class: "fingerprints",
            h3 { {tr(lang, "connection-fingerprints-title")} }
            p { class: "hint", {tr(lang, "connection-fingerprints-hint")} }
            dl { class: "facts",
                for (i, key) in recipients.into_iter().enumerate() {
                    div { key: "{i}", class: "fact",
                        dt { {tr_args(lang, "connection-fingerprint-recipient", &[("number", (i + 1).into())])} }
                        dd { code { class: "fingerprint", "{key.fingerprint}" } }
                    }
                }
                if let Some(team) = profile.team_fingerprint() {
                    div { class: "fact",
                        dt { {tr(lang, "connection-fingerprint-team")} }
                        dd { code { class: "fingerprint", "{team.fingerprint}" } }
                    }
                }
                if let Some(own) = own {
                    div { class: "fact",
                        dt { {tr(lang, "own-signing-fingerprint")} }
                        dd {
                            code { class: "fingerprint", "{own}" }
                            p { class: "hint", {tr(lang, "own-signing-fingerprint-help")} }
                        }
                    }
                }
            }
        }
    }
}

/// The accountability report: what this device did in a period (no content), as Markdown or
/// CSV; exporting it is itself audited.
#[component]
pub fn ReportSection() -> Element {
    let app = use_app();
    let lang = app.lang();
    let today = app
        .vault()
        .map(|v| local_date(v.now()))
        .unwrap_or_else(|| local_date(chrono::Utc::now()));
    let first = today.with_day(1).unwrap_or(today);
    let mut from = use_signal(move || first.to_string());
    let mut to = use_signal(move || today.to_string());
    let mut outcome = use_signal(|| None::<Result<String, String>>);

    let export = move |format: ReportFormat| {
        move |_| {
            let (Ok(start), Ok(end)) = (
                NaiveDate::parse_from_str(&from(), "%Y-%m-%d"),
                NaiveDate::parse_from_str(&to(), "%Y-%m-%d"),
            ) else {
                outcome.set(Some(Err(tr(lang, "report-dates-invalid"))));
                return;
            };
            let result =
                app.call(|vault| leefwereld_render::export_report(vault, start, end, format));
            outcome.set(Some(match result {
                Ok(file) => {
                    let name = file.file_name;
                    match platform::deliver_file(&name, file.media_type, &file.text) {
                        Ok(delivered) => {
                            let place = match delivered {
                                platform::Delivered::Saved(path) => path.display().to_string(),
                                platform::Delivered::Downloaded => name.clone(),
                            };
                            Ok(tr_args(lang, "report-exported", &[("place", place.into())]))
                        }
                        Err(_) => Err(tr(lang, "report-save-failed")),
                    }
                }
                Err(err) => Err(err.localized(lang)),
            }));
        }
    };

    rsx! {
        section { class: "card", aria_labelledby: "report-title",
            h2 { id: "report-title", {tr(lang, "report-section-title")} }
            p { class: "hint", {tr(lang, "report-section-hint")} }
            TextField {
                id: "report-from",
                kind: "date",
                label: tr(lang, "report-from"),
                value: from(),
                oninput: move |value| from.set(value),
            }
            TextField {
                id: "report-to",
                kind: "date",
                label: tr(lang, "report-to"),
                value: to(),
                oninput: move |value| to.set(value),
            }
            Feedback { outcome: outcome() }
            div { class: "button-row",
                button { r#type: "button", class: "button button-secondary", onclick: export(ReportFormat::Markdown),
                    {tr(lang, "report-export-markdown")}
                }
                button { r#type: "button", class: "button button-secondary", onclick: export(ReportFormat::Csv),
                    {tr(lang, "report-export-csv")}
                }
            }
        }
    }
}

//! The outbox: what waits to be sent to (or removed from) the municipality's case system, the
//! progress of a run, each item's problem in plain words, and retry for refused items.

use dioxus::prelude::*;
use leefwereld_core::Lang;
use leefwereld_core::sync::{OutboxId, OutboxItem, OutboxKind, SyncReport};

use crate::components::fields::{Alert, Status};
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr_args, tr1, when};
use crate::query::Loaded;
use crate::route::Route;
use crate::screens::FlashMessage;
use crate::state::use_app;
use crate::sync::{self, SyncProgress};

#[component]
pub fn Outbox() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut refresh = use_signal(|| 0u32);
    let progress = app.sync;
    let items = sync::use_outbox_query(move |vault| {
        refresh();
        Ok((
            vault.outbox().list()?,
            vault.connection().profile()?.is_some(),
        ))
    });
    let mut failure = use_signal(|| None::<String>);

    let (items, connected) = match items.read().clone() {
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => {
            return rsx! {
                h1 { {tr(lang, "outbox-title")} }
                Alert { p { "{message}" } }
            };
        }
        Loaded::Ready(pair) => pair,
    };
    let state = progress.read().clone();
    let can_send = app.reaches_case_system() && connected && !items.is_empty();

    rsx! {
        h1 { {tr(lang, "outbox-title")} }
        FlashMessage {}
        p { class: "lead", {tr(lang, "outbox-intro")} }
        if app.is_training() {
            p { class: "notice notice-info",
                Icon { glyph: Glyph::Info }
                span { {tr(lang, "share-training")} }
            }
        } else if !connected {
            div { class: "notice notice-info",
                Icon { glyph: Glyph::Info }
                div {
                    p { {leefwereld_core::Error::NoConnection.localized(lang)} }
                    Link { to: Route::SettingsScreen {}, {tr(lang, "outbox-to-settings")} }
                }
            }
        }
        Progress { state: state.clone(), lang }
        if let Some(message) = failure() {
            Alert { p { "{message}" } }
        }
        if items.is_empty() {
            p { class: "empty",
                Icon { glyph: Glyph::Check }
                span { {tr(lang, "outbox-empty")} }
            }
        } else {
            p { {tr1(lang, "outbox-count", "count", items.len())} }
            ul { class: "outbox-items",
                for item in items {
                    OutboxRow {
                        key: "{item.id}",
                        item: item.clone(),
                        lang,
                        onretry: move |id: OutboxId| match app.call(|vault| vault.outbox().retry(id)) {
                            Ok(()) => {
                                failure.set(None);
                                refresh += 1;
                            }
                            Err(err) => failure.set(Some(err.localized(lang))),
                        },
                    }
                }
            }
        }
        button {
            r#type: "button",
            class: "button button-primary",
            disabled: !can_send || state.running,
            onclick: move |_| sync::start(app, true),
            Icon { glyph: Glyph::Send }
            span { {tr(lang, "outbox-send-now")} }
        }
    }
}

/// The state of the current or last run.
#[component]
fn Progress(state: SyncProgress, lang: Lang) -> Element {
    if state.running {
        let step = state
            .step
            .map(|s| tr(lang, s.label_id()))
            .unwrap_or_default();
        return rsx! {
            div { class: "sync-progress", role: "status",
                p { class: "strong",
                    {tr_args(lang, "outbox-progress", &[("done", state.done.into()), ("total", state.total.into())])}
                }
                progress { max: "{state.total.max(1)}", value: "{state.done}", aria_label: tr(lang, "outbox-progress-label") }
                p { class: "hint", "{step}" }
            }
        };
    }
    match state.last {
        None => rsx! {},
        Some(Ok(report)) => rsx! {
            Status { p { {report_line(&report, lang)} } }
        },
        Some(Err(message)) => rsx! {
            Alert { p { "{message}" } }
        },
    }
}

/// "3 sent, 1 removed, 2 still waiting."
fn report_line(report: &SyncReport, lang: Lang) -> String {
    let mut line = tr_args(
        lang,
        "outbox-report",
        &[
            ("delivered", report.delivered.into()),
            ("retracted", report.retracted.into()),
            ("remaining", report.remaining.into()),
        ],
    );
    if let Some(problem) = &report.stopped {
        line.push(' ');
        line.push_str(&problem.localized(lang));
    }
    if let Some(seconds) = report.clock_corrected_seconds {
        line.push(' ');
        line.push_str(&tr_args(
            lang,
            "sync-clock-corrected",
            &[("seconds", seconds.unsigned_abs().into())],
        ));
    }
    line
}

#[component]
fn OutboxRow(item: OutboxItem, lang: Lang, onretry: EventHandler<OutboxId>) -> Element {
    let title = match (item.kind, item.week) {
        (OutboxKind::TeamReport, Some(week)) => format!("{} {week}", item.kind.label(lang)),
        _ => item.kind.label(lang),
    };
    let status = if item.parked {
        tr(lang, "outbox-parked")
    } else if item.attempts == 0 {
        tr(lang, "outbox-waiting")
    } else {
        tr_args(
            lang,
            "outbox-retrying",
            &[
                ("attempts", item.attempts.into()),
                ("when", when(item.next_attempt_at, lang).into()),
            ],
        )
    };
    let id = item.id;
    rsx! {
        li { class: if item.parked { "card outbox-item parked" } else { "card outbox-item" },
            p { class: "strong",
                Icon { glyph: if item.kind == OutboxKind::Share { Glyph::Send } else { Glyph::Outbox } }
                span { "{title}" }
            }
            p { class: "hint", {tr1(lang, "outbox-queued-at", "when", when(item.created_at, lang))} }
            p { class: "outbox-status",
                if item.parked {
                    Icon { glyph: Glyph::Alert }
                }
                span { "{status}" }
            }
            if let Some(problem) = &item.problem {
                p { class: "outbox-problem", {problem.localized(lang)} }
            }
            div { class: "button-row",
                if let Some(entry) = item.entry {
                    Link { to: Route::EntryDetail { id: entry }, class: "button button-secondary",
                        {tr(lang, "outbox-open-entry")}
                    }
                }
                if item.parked {
                    button {
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: move |_| onretry.call(id),
                        Icon { glyph: Glyph::Refresh }
                        span { {tr(lang, "outbox-retry")} }
                    }
                }
            }
        }
    }
}

//! Home: capture a trend or a signal in one tap, pick up a draft, see the latest entries and
//! whether the device is online; what waits to be sent and open reminders when there are any,
//! and the way to who may do what.

use dioxus::prelude::*;
use leefwereld_core::reminders::Reminder;
use leefwereld_core::sync::OutboxItem;
use leefwereld_core::{EntryKind, EntryPage, ListFilter};

use crate::components::entry_card::EntryCard;
use crate::components::fields::{Alert, Status, Warning};
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr_args, tr1};
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::screens::FlashMessage;
use crate::screens::pending::PendingNotes;
use crate::state::use_app;

/// How many recent entries home shows.
const RECENT: usize = 5;
/// How many open reminders home names; the reminders screen has them all.
const REMINDERS_NAMED: usize = 2;

#[component]
pub fn Home() -> Element {
    let app = use_app();
    let lang = app.lang();
    let recent = use_query(|vault| vault.entries().list(&ListFilter::default(), 0, RECENT));
    let reminders = use_query(|vault| vault.reminders().list());
    let open_reminders = match &*reminders.read() {
        Loaded::Ready(open) => open.clone(),
        _ => Vec::new(),
    };
    let draft = app.capture.read().clone();
    let online = (app.online)();

    rsx! {
        h1 { {tr(lang, "home-title")} }
        FlashMessage {}
        UnlockNotice {}
        PendingNotes {}
        p { class: if online { "network online" } else { "network offline" }, role: "status",
            Icon { glyph: if online { Glyph::Online } else { Glyph::Offline } }
            span {
                if online {
                    {tr(lang, "network-online")}
                } else {
                    {tr(lang, "network-offline")}
                }
            }
        }
        if !draft.is_blank() {
            section { class: "card resume", aria_labelledby: "resume-title",
                h2 { id: "resume-title", {tr(lang, "home-draft-title")} }
                p {
                    if draft.content.kind == EntryKind::Trend {
                        {tr(lang, "home-draft-trend")}
                    } else {
                        {tr(lang, "home-draft-signal")}
                    }
                }
                Link {
                    to: if draft.content.kind == EntryKind::Trend { Route::CaptureTrend {} } else { Route::CaptureSignal {} },
                    class: "button button-secondary",
                    {tr(lang, "home-draft-resume")}
                }
            }
        }
        div { class: "capture-buttons",
            Link { to: Route::CaptureTrend {}, class: "capture capture-trend",
                Icon { glyph: Glyph::Trend }
                span { class: "capture-label", {tr(lang, "home-capture-trend")} }
                span { class: "capture-hint", {tr(lang, "home-capture-trend-hint")} }
            }
            Link { to: Route::CaptureSignal {}, class: "capture capture-signal",
                Icon { glyph: Glyph::Signal }
                span { class: "capture-label", {tr(lang, "home-capture-signal")} }
                span { class: "capture-hint", {tr(lang, "home-capture-signal-hint")} }
            }
        }
        OutboxState {}
        if !open_reminders.is_empty() {
            OpenReminders { open: open_reminders }
        }
        section { aria_labelledby: "recent-title",
            h2 { id: "recent-title", {tr(lang, "home-recent")} }
            match &*recent.read() {
                Loaded::Loading => rsx! {},
                Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
                Loaded::Ready(page) => rsx! { Recent { page: page.clone() } },
            }
        }
        Link { to: Route::Positions {}, class: "guide-link",
            Icon { glyph: Glyph::Info }
            span {
                span { class: "guide-label", {tr(lang, "home-positions-link")} }
                span { class: "guide-hint", {tr(lang, "home-positions-hint")} }
            }
        }
        Link { to: Route::QuickDeleteScreen {}, class: "quick-delete-link",
            Icon { glyph: Glyph::Trash }
            span { {tr(lang, "home-quick-delete")} }
        }
    }
}

/// What waits to be sent, while anything does: how many items, a run's progress, and how many
/// the case system refused (those wait for the worker).
#[component]
fn OutboxState() -> Element {
    let app = use_app();
    let lang = app.lang();
    let progress = app.sync;
    let items = crate::sync::use_outbox_query(|vault| vault.outbox().list());
    let items: Vec<OutboxItem> = match &*items.read() {
        Loaded::Ready(items) => items.clone(),
        _ => Vec::new(),
    };
    let run = progress.read().clone();
    if items.is_empty() && !run.running {
        return rsx! {};
    }
    let parked = items.iter().filter(|item| item.parked).count();
    rsx! {
        Link { to: Route::Outbox {}, class: if parked > 0 { "guide-link home-outbox attention" } else { "guide-link home-outbox" },
            Icon { glyph: Glyph::Outbox }
            span {
                span { class: "guide-label", {tr(lang, "outbox-title")} }
                span { class: "guide-hint",
                    if run.running {
                        {tr_args(lang, "outbox-progress", &[("done", run.done.into()), ("total", run.total.into())])}
                    } else {
                        {tr1(lang, "outbox-count", "count", items.len())}
                    }
                }
                if parked > 0 {
                    span { class: "guide-hint strong", {tr1(lang, "home-outbox-parked", "count", parked)} }
                }
            }
        }
    }
}

/// The open reminders in short: how many, the first one or two, and the way to all of them.
#[component]
fn OpenReminders(open: Vec<Reminder>) -> Element {
    let lang = use_app().lang();
    let rest = open.len().saturating_sub(REMINDERS_NAMED);
    rsx! {
        section { class: "card home-reminders", aria_labelledby: "reminders-home-title",
            h2 { id: "reminders-home-title",
                Icon { glyph: Glyph::Alert }
                span { {tr1(lang, "home-reminders-title", "count", open.len())} }
            }
            ul {
                for reminder in open.iter().take(REMINDERS_NAMED) {
                    li { key: "{reminder.id}", {reminder.title(lang)} }
                }
            }
            if rest > 0 {
                p { class: "hint", {tr1(lang, "home-reminders-more", "count", rest)} }
            }
            Link { to: Route::Reminders {}, class: "button button-secondary",
                {tr(lang, "home-reminders-open")}
            }
        }
    }
}

#[component]
fn Recent(page: EntryPage) -> Element {
    let lang = use_app().lang();
    if page.items.is_empty() && page.damaged.is_empty() {
        return rsx! { p { class: "empty", {tr(lang, "home-empty")} } };
    }
    let total = page.total.unwrap_or(page.items.len() as u64);
    rsx! {
        ul { class: "entries",
            for entry in page.items {
                EntryCard { key: "{entry.id}", entry }
            }
        }
        Link { to: Route::EntryList {}, class: "button button-secondary",
            Icon { glyph: Glyph::List }
            span { {tr1(lang, "home-all-entries", "count", total)} }
        }
    }
}

/// What the last unlock found: failed attempts (someone tried the passphrase), entries purged
/// by retention, entries that could not be read.
#[component]
fn UnlockNotice() -> Element {
    let app = use_app();
    let lang = app.lang();
    let Some(report) = app.report.read().clone() else {
        return rsx! {};
    };
    let mut report_signal = app.report;
    let times: Vec<String> = report
        .failed_attempt_times
        .iter()
        .map(|at| leefwereld_core::time::display_datetime(*at, lang))
        .collect();
    let other_news = report.purged > 0 || !report.damaged.is_empty();
    rsx! {
        // Someone may have tried the passphrase: a warning with what to do, not a success.
        if report.failed_attempts > 0 {
            Warning {
                ondismiss: move |_| {
                    if let Some(report) = report_signal.write().as_mut() {
                        report.failed_attempts = 0;
                    }
                },
                dismiss_label: tr(lang, "common-close"),
                p { class: "strong", {tr1(lang, "unlock-report-failed", "count", report.failed_attempts)} }
                if !times.is_empty() {
                    ul { class: "attempt-times",
                        for (i, at) in times.iter().enumerate() {
                            li { key: "{i}", "{at}" }
                        }
                    }
                }
                p { {tr(lang, "unlock-report-not-you")} }
                p { class: "notice-actions",
                    Link { to: Route::SettingsScreen {}, {tr(lang, "unlock-report-change-passphrase")} }
                    " · "
                    Link { to: Route::QuickDeleteScreen {}, {tr(lang, "unlock-report-quick-delete")} }
                }
            }
        }
        if other_news {
            Status {
                ondismiss: move |_| report_signal.set(None),
                dismiss_label: tr(lang, "common-close"),
                if report.purged > 0 {
                    p { {tr1(lang, "unlock-report-purged", "count", report.purged)} }
                }
                for id in report.damaged.iter() {
                    p { key: "{id}", {leefwereld_core::Error::EntryDamaged(*id).localized(lang)} }
                }
            }
        }
    }
}

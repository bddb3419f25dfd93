//! The open transparency reminders, as the core's rule engine finds them (a signal from direct
//! contact, consent before sharing, entries nearing expiry, the GDPR principles): each with
//! its text from the core, a link to its entry, and ways to tick it off or put it off.

use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;
use leefwereld_core::reminders::{AVG_CYCLE_DAYS, Reminder, ReminderKind};

use crate::components::fields::Alert;
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{self, Lang, tr, tr_args, tr1};
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::state::use_app;

/// The snoozes offered, in days (the core accepts up to `SNOOZE_MAX_DAYS`).
const SNOOZES: [(i64, &str); 2] = [(1, "reminders-snooze-day"), (7, "reminders-snooze-week")];

/// What the last tap did, shown once above the list.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Acknowledged(Reminder),
    Snoozed(Reminder, DateTime<Utc>),
    Failed(String),
}

impl Outcome {
    fn text(&self, lang: Lang) -> String {
        match self {
            Outcome::Acknowledged(r) if r.kind == ReminderKind::AvgPrinciples => tr_args(
                lang,
                "reminders-acknowledged-returns",
                &[
                    ("title", r.title(lang).into()),
                    ("days", AVG_CYCLE_DAYS.into()),
                ],
            ),
            Outcome::Acknowledged(r) => tr1(lang, "reminders-acknowledged", "title", r.title(lang)),
            Outcome::Snoozed(r, until) => tr_args(
                lang,
                "reminders-snoozed",
                &[
                    ("title", r.title(lang).into()),
                    ("date", i18n::date(*until, lang).into()),
                ],
            ),
            Outcome::Failed(message) => message.clone(),
        }
    }
}

#[component]
pub fn Reminders() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut refresh = use_signal(|| 0u32);
    let open = use_query(move |vault| {
        refresh();
        vault.reminders().list()
    });
    let mut outcome = use_signal(|| None::<Outcome>);

    let acknowledge = move |reminder: Reminder| {
        let result = app.call(|vault| vault.reminders().acknowledge(reminder.id));
        outcome.set(Some(match result {
            Ok(()) => Outcome::Acknowledged(reminder),
            Err(err) => Outcome::Failed(err.localized(app.lang())),
        }));
        refresh += 1;
    };
    let snooze = move |(reminder, days): (Reminder, i64)| {
        let result = app.call(|vault| {
            let until = vault.now() + Duration::days(days);
            vault.reminders().snooze(reminder.id, until).map(|()| until)
        });
        outcome.set(Some(match result {
            Ok(until) => Outcome::Snoozed(reminder, until),
            Err(err) => Outcome::Failed(err.localized(app.lang())),
        }));
        refresh += 1;
    };

    rsx! {
        Link { to: Route::Home {}, class: "back-link", {tr(lang, "capture-back")} }
        h1 { {tr(lang, "reminders-title")} }
        p { class: "lead", {tr(lang, "reminders-intro")} }
        if let Some(done) = outcome() {
            OutcomeNotice { key: "{refresh}", outcome: done, lang }
        }
        match &*open.read() {
            Loaded::Loading => rsx! {},
            Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
            Loaded::Ready(list) if list.is_empty() => rsx! {
                p { class: "empty", {tr(lang, "reminders-empty")} }
            },
            Loaded::Ready(list) => rsx! {
                ul { class: "reminders",
                    for reminder in list.iter().cloned() {
                        ReminderCard {
                            key: "{reminder.id}",
                            reminder,
                            lang,
                            onacknowledge: acknowledge,
                            onsnooze: snooze,
                        }
                    }
                }
            },
        }
    }
}

/// The confirmation of the last tap. It takes the focus, since the reminder that had it is gone.
#[component]
fn OutcomeNotice(outcome: Outcome, lang: Lang) -> Element {
    let failed = matches!(outcome, Outcome::Failed(_));
    rsx! {
        div {
            class: if failed { "notice notice-error" } else { "notice notice-ok" },
            role: if failed { "alert" } else { "status" },
            tabindex: "-1",
            onmounted: move |event| async move {
                let _ = event.set_focus(true).await;
            },
            Icon { glyph: if failed { Glyph::Alert } else { Glyph::Check } }
            div { class: "notice-body", p { {outcome.text(lang)} } }
        }
    }
}

#[component]
fn ReminderCard(
    reminder: Reminder,
    lang: Lang,
    onacknowledge: EventHandler<Reminder>,
    onsnooze: EventHandler<(Reminder, i64)>,
) -> Element {
    let title = reminder.title(lang);
    let named = |action: &str| {
        tr_args(
            lang,
            "reminders-action-named",
            &[
                ("action", tr(lang, action).into()),
                ("title", title.clone().into()),
            ],
        )
    };
    let title_id = format!("reminder-{}", reminder.id.to_string().replace(':', "-"));
    let informing = reminder.kind.is_about_informing() && reminder.entry.is_some();
    // The AVG principles are read, not done.
    let done = if reminder.kind == ReminderKind::AvgPrinciples {
        "reminders-read"
    } else {
        "reminders-done"
    };
    rsx! {
        li { class: "reminder card",
            h2 { id: "{title_id}", "{title}" }
            p { class: "hint", {tr1(lang, "reminders-since", "date", i18n::date(reminder.due, lang))} }
            p { {reminder.body(lang)} }
            if let Some(id) = reminder.entry {
                div { class: "reminder-links",
                    Link { to: Route::EntryDetail { id }, class: "reminder-entry",
                        {tr(lang, "reminders-entry-link")}
                    }
                    // Informing the young person is recorded with the consent, on the share screen.
                    if informing {
                        Link { to: Route::EntryShare { id }, class: "button button-primary reminder-entry",
                            {tr(lang, "reminders-record-informed")}
                        }
                    }
                }
            }
            div { class: "button-row",
                button {
                    r#type: "button",
                    // Where informing can be recorded, recording it is the main action.
                    class: if informing { "button button-secondary" } else { "button button-primary" },
                    aria_label: named(done),
                    onclick: {
                        let reminder = reminder.clone();
                        move |_| onacknowledge.call(reminder.clone())
                    },
                    Icon { glyph: Glyph::Check }
                    span { {tr(lang, done)} }
                }
                for (days, label) in SNOOZES {
                    button {
                        key: "{days}",
                        r#type: "button",
                        class: "button button-secondary",
                        aria_label: named(label),
                        onclick: {
                            let reminder = reminder.clone();
                            move |_| onsnooze.call((reminder.clone(), days))
                        },
                        {tr(lang, label)}
                    }
                }
            }
        }
    }
}

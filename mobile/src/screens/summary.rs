//! The weekly summary: one ISO week (Amsterdam time) at a time, its totals and the change
//! against the week before, the themes as a chart and a table (a count opens those entries),
//! emerging themes, 12-week sparklines, and the export for the partner meeting. A team lead
//! also sees the team's summary, merged from the workers' weekly reports; a worker can put
//! their own weekly report in the outbox.
//!
//! Every number comes from the core (`Vault::week_summary`, `Vault::team_summary`); every
//! export is made, with small-cell suppression and an audit record, by
//! `leefwereld_render::export_week`.

use dioxus::prelude::*;
use leefwereld_core::summary::SummaryFormat;
use leefwereld_core::summary::WeekSummary;
use leefwereld_core::summary::team::{FetchOutcome, TeamRefusal};
use leefwereld_core::time::display_date;
use leefwereld_core::{EntryKind, IsoWeek, ListFilter, Role, Theme};

use crate::components::fields::{Alert, BusyButton, Chips, Choice, Feedback, Status};
use crate::components::icons::{Glyph, Icon};
use crate::components::week_charts::{Breakdown, ThemeCounts, ThemeSeries};
use crate::i18n::{Lang, tr, tr_args, tr1};
use crate::platform::{self, Delivered};
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::screens::list::Entries;
use crate::screens::team_keys::TeamKeys;
use crate::state::use_app;
use crate::training;

/// The summary of the current week, or for a team lead the last complete one.
#[component]
pub fn Summary() -> Element {
    let app = use_app();
    let Some(vault) = app.vault() else {
        return rsx! {};
    };
    let this_week = IsoWeek::of(vault.now());
    // A team lead reviews the week that is over (Monday morning): its reports are in. A worker
    // looks at the week that is running.
    let lead = vault.profile().is_ok_and(|p| p.role == Role::TeamLead);
    let week = if lead {
        this_week.previous()
    } else {
        this_week
    };
    rsx! {
        WeekView { week }
    }
}

/// The summary of another week (the week picker's links).
#[component]
pub fn SummaryWeek(week: IsoWeek) -> Element {
    rsx! {
        WeekView { week }
    }
}

/// The entries of one week and theme, opened from a count in the summary.
#[component]
pub fn SummaryEntries(week: IsoWeek, theme: String) -> Element {
    let lang = use_app().lang();
    let initial = ListFilter {
        week: Some(week),
        theme: Theme::from_code(&theme),
        ..ListFilter::default()
    };
    rsx! {
        Link { to: Route::SummaryWeek { week }, class: "back-link",
            Icon { glyph: Glyph::Previous }
            span { {tr(lang, "weekview-back")} }
        }
        Entries { initial }
    }
}

/// Whose entries a summary counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Own,
    Team,
}

/// What the screen needs to know about the user: team leads see the team, workers with a team
/// in their connection profile can send their weekly report.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Who {
    lead: bool,
    in_team: bool,
    current: IsoWeek,
}

#[component]
fn WeekView(week: IsoWeek) -> Element {
    let app = use_app();
    let lang = app.lang();
    // The route's week is a prop; the queries below re-run when it changes.
    let mut shown_week = use_reactive((&week,), |(week,)| week);
    let who = use_query(|vault| {
        Ok(Who {
            lead: vault.profile()?.role == Role::TeamLead,
            in_team: vault.connection().profile()?.and_then(|p| p.team).is_some(),
            current: IsoWeek::of(vault.now()),
        })
    });
    let chosen = use_signal(|| None::<Scope>);
    let refresh = use_signal(|| 0u32);
    let scope = use_memo(move || {
        let lead = matches!(&*who.read(), Loaded::Ready(w) if w.lead);
        chosen().unwrap_or(if lead { Scope::Team } else { Scope::Own })
    });
    let summary = use_query(move |vault| {
        let week = shown_week();
        let _ = refresh();
        match scope() {
            Scope::Own => vault.summaries().week(week),
            Scope::Team => vault.team().summary(week),
        }
    });

    let Loaded::Ready(who) = *who.read() else {
        return match &*who.read() {
            Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
            _ => rsx! {},
        };
    };
    let scope = scope();
    rsx! {
        // On a wide desktop window the summary uses the width: see `.summary-wide` in app.css.
        div { class: "summary-wide",
        h1 { {tr(lang, "summary-title")} }
        WeekPicker { week, current: who.current, lang }
        if who.lead {
            ScopeChoice { scope, chosen, lang }
        }
        match &*summary.read() {
            Loaded::Loading => rsx! {},
            Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
            Loaded::Ready(summary) => rsx! {
                if scope == Scope::Team {
                    TeamReports { week, refresh, lang }
                }
                Totals { summary: summary.clone(), team: scope == Scope::Team, lang }
                if summary.total > 0 {
                    Emerging { themes: summary.emerging.clone(), from: summary.emerging_from, lang }
                    ThemeCounts { summary: summary.clone(), drill: scope == Scope::Own, lang }
                }
                ThemeSeries { summary: summary.clone(), lang }
                if summary.total > 0 {
                    Breakdown { summary: summary.clone(), lang }
                    Export { summary: summary.clone(), lang }
                }
            },
        }
        if !who.lead {
            WeeklyReport { week, in_team: who.in_team, lang }
        }
        }
    }
}

/// Previous and next week, and back to this week; never into a week that has not started.
#[component]
fn WeekPicker(week: IsoWeek, current: IsoWeek, lang: Lang) -> Element {
    let title = week.label(lang);
    let period = tr_args(
        lang,
        "summary-period",
        &[
            ("from", display_date(week.monday(), lang).into()),
            ("to", display_date(week.sunday(), lang).into()),
        ],
    );
    rsx! {
        nav { class: "week-picker", aria_label: tr(lang, "weekview-picker"),
            p { class: "week-current", aria_live: "polite",
                span { class: "week-name", "{title}" }
                if week == current {
                    " "
                    span { class: "week-badge", {tr(lang, "weekview-this-week-badge")} }
                }
                br {}
                span { class: "week-period", "{period}" }
            }
            div { class: "week-steps",
                Link {
                    to: Route::SummaryWeek { week: week.previous() },
                    class: "button button-secondary",
                    Icon { glyph: Glyph::Previous }
                    span { {tr(lang, "weekview-previous")} }
                }
                if week < current {
                    Link {
                        to: Route::SummaryWeek { week: week.next() },
                        class: "button button-secondary",
                        span { {tr(lang, "weekview-next")} }
                        Icon { glyph: Glyph::Next }
                    }
                }
            }
            if week != current {
                Link { to: Route::Summary {}, class: "button-quiet this-week",
                    {tr(lang, "weekview-to-this-week")}
                }
            }
        }
    }
}

/// A team lead chooses between the team's summary and their own entries.
#[component]
fn ScopeChoice(scope: Scope, chosen: Signal<Option<Scope>>, lang: Lang) -> Element {
    let mut chosen = chosen;
    let code = match scope {
        Scope::Own => "own",
        Scope::Team => "team",
    };
    rsx! {
        Chips {
            name: "summary-scope",
            legend: tr(lang, "weekview-scope"),
            options: vec![
                Choice::new("team", tr(lang, "weekview-scope-team")),
                Choice::new("own", tr(lang, "weekview-scope-own")),
            ],
            selected: Some(code.to_owned()),
            onselect: move |code: String| {
                chosen.set(Some(if code == "team" { Scope::Team } else { Scope::Own }));
            },
        }
    }
}

/// The week's total, the change against the week before, and the split by kind.
#[component]
fn Totals(summary: WeekSummary, team: bool, lang: Lang) -> Element {
    let change = i64::from(summary.total) - i64::from(summary.previous_total);
    let change_text = match change {
        0 => tr(lang, "weekview-change-same"),
        n if n > 0 => tr1(lang, "weekview-change-more", "count", n),
        n => tr1(lang, "weekview-change-fewer", "count", -n),
    };
    rsx! {
        section { class: "card week-totals", aria_labelledby: "totals-title",
            h2 { id: "totals-title", class: "visually-hidden", {tr(lang, "summary-total")} }
            if team {
                p { class: "reporters",
                    Icon { glyph: Glyph::Team }
                    span { {tr1(lang, "summary-reporters", "count", summary.reporters)} }
                }
            }
            if summary.total == 0 {
                p { class: "empty",
                    if team {
                        {tr(lang, "weekview-empty-team")}
                    } else {
                        {tr(lang, "weekview-empty")}
                    }
                }
                if summary.previous_total > 0 {
                    p { class: "week-change", {tr1(lang, "weekview-previous-total", "count", summary.previous_total)} }
                }
            } else {
                p { class: "week-total",
                    span { class: "week-total-number", "{summary.total}" }
                    " "
                    span { {tr1(lang, "weekview-total-entries", "count", summary.total)} }
                }
                p { class: "week-change", "{change_text}" }
                ul { class: "week-kinds",
                    for tally in summary.by_kind.iter() {
                        li { key: "{tally.key}",
                            {
                                let label = EntryKind::from_code(&tally.key)
                                    .map(|k| k.label(lang))
                                    .unwrap_or_else(|| tally.key.clone());
                                tr_args(
                                    lang,
                                    "weekview-kind-count",
                                    &[("kind", label.into()), ("count", tally.count.into())],
                                )
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Emerging themes, named in words with a marker (not only a colour), and what "emerging"
/// means.
#[component]
fn Emerging(themes: Vec<Theme>, from: u32, lang: Lang) -> Element {
    if themes.is_empty() {
        return rsx! {};
    }
    let names: Vec<String> = themes.iter().map(|t| t.label(lang)).collect();
    rsx! {
        section { class: "notice notice-info emerging-notice", aria_labelledby: "emerging-title",
            span { class: "emerging-icon", aria_hidden: "true", "▲" }
            div {
                h2 { id: "emerging-title", {tr(lang, "summary-emerging")} }
                p { class: "strong", {names.join(", ")} }
                p { class: "hint", {tr1(lang, "summary-emerging-explained", "threshold", from)} }
            }
        }
    }
}

/// CSV and a printable page for the partner meeting, made (and logged) by the core.
#[component]
fn Export(summary: WeekSummary, lang: Lang) -> Element {
    let app = use_app();
    // Tagged with its week: the screen stays mounted while the week picker moves on.
    let mut result = use_signal(|| None::<(IsoWeek, Result<String, String>)>);
    let week = summary.week;
    let export = move |format: SummaryFormat| {
        let summary = summary.clone();
        let exported = app.call(|vault| leefwereld_render::export_week(vault, &summary, format));
        let file = match exported {
            Ok(file) => file,
            Err(err) => {
                result.set(Some((week, Err(err.localized(lang)))));
                return;
            }
        };
        let name = file.file_name;
        result.set(Some((
            week,
            match platform::deliver_file(&name, file.media_type, &file.text) {
                Ok(Delivered::Downloaded) => {
                    Ok(tr1(lang, "weekview-export-downloaded", "name", name))
                }
                Ok(Delivered::Saved(path)) => Ok(tr1(
                    lang,
                    "weekview-export-saved",
                    "path",
                    path.display().to_string(),
                )),
                Err(_) => Err(tr(lang, "weekview-export-failed")),
            },
        )));
    };
    // The printable page first: it is what a partner meeting reads.
    let formats = [
        (SummaryFormat::Html, "weekview-export-html"),
        (SummaryFormat::Csv, "weekview-export-csv"),
    ];
    rsx! {
        section { class: "card week-export", aria_labelledby: "export-title",
            h2 { id: "export-title", {tr(lang, "weekview-export-title")} }
            p { class: "hint", {tr(lang, "weekview-export-hint")} }
            div { class: "button-row",
                for (format, label) in formats {
                    button {
                        key: "{label}",
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: {
                            let mut export = export.clone();
                            move |_| export(format)
                        },
                        Icon { glyph: Glyph::Download }
                        span { {tr(lang, label)} }
                    }
                }
            }
            Feedback { outcome: result().filter(|(at, _)| *at == week).map(|(_, r)| r) }
        }
    }
}

/// The team lead fetches the workers' reports of this week (desktop and phones; in the training
/// mode from the example team).
#[component]
fn TeamReports(week: IsoWeek, refresh: Signal<u32>, lang: Lang) -> Element {
    let app = use_app();
    let mut refresh = refresh;
    let mut busy = use_signal(|| false);
    let mut outcome = use_signal(|| None::<(IsoWeek, Result<FetchOutcome, String>)>);
    // Every build can fetch: desktop and phones from the case system, the training mode (the
    // web build) from its example team.
    let training = app.is_training();
    let mut fetch = move |_: ()| {
        let Some(vault) = app.vault() else {
            return;
        };
        busy.set(true);
        spawn(async move {
            let fetched = if training {
                Some(training::fetch_from_example_team(app, vault, week).await)
            } else {
                platform::fetch_team_reports(vault, week).await
            };
            busy.set(false);
            if let Some(fetched) = fetched {
                app.observe(&fetched);
                outcome.set(Some((week, fetched.map_err(|err| err.localized(lang)))));
                refresh += 1;
            }
        });
    };
    rsx! {
        section { class: "card week-team", aria_labelledby: "team-title",
            h2 { id: "team-title", {tr(lang, "weekview-team-title")} }
            p { class: "hint", {tr(lang, "weekview-team-explain")} }
            if training {
                ExampleTeamNote { refresh, lang }
            }
            BusyButton {
                busy: busy(),
                glyph: Glyph::Download,
                label: tr(lang, "weekview-team-fetch"),
                busy_label: tr(lang, "weekview-team-fetching"),
                onclick: move |_| fetch(()),
            }
            match outcome().filter(|(at, _)| *at == week).map(|(_, o)| o) {
                Some(Ok(outcome)) => rsx! {
                    Status {
                        p { {tr1(lang, "weekview-team-fetched", "count", outcome.accepted)} }
                        if !outcome.refused.is_empty() {
                            p { {tr1(lang, "weekview-team-refused", "count", outcome.refused.len())} }
                            ul { class: "refusals",
                                for (refusal, documents) in refusals_by_reason(&outcome) {
                                    li { key: "{refusal.code()}",
                                        p { {refusal.explanation(lang)} }
                                        p { class: "hint documents", {documents.join(", ")} }
                                    }
                                }
                            }
                        }
                        if outcome.withheld_texts > 0 {
                            p { {tr1(lang, "team-withheld-texts", "count", outcome.withheld_texts)} }
                        }
                    }
                },
                Some(Err(message)) => rsx! { Alert { p { "{message}" } } },
                None => rsx! {},
            }
            TeamKeys { refresh, lang, on_accepted: move |_| fetch(()) }
        }
    }
}

/// The refused documents of a fetch, grouped by why: a new colleague's key refuses every week
/// fetched, and one explanation per reason reads better than one per document.
fn refusals_by_reason(outcome: &FetchOutcome) -> Vec<(TeamRefusal, Vec<String>)> {
    let mut grouped: Vec<(TeamRefusal, Vec<String>)> = Vec::new();
    for (document, refusal) in &outcome.refused {
        match grouped.iter_mut().find(|(r, _)| r == refusal) {
            Some((_, documents)) => documents.push(document.clone()),
            None => grouped.push((*refusal, vec![document.clone()])),
        }
    }
    grouped
}

/// In the training mode: where the reports come from, and, once the example team exists, the
/// fingerprints its made-up colleagues "read out" for the lead to compare (folded once no key
/// waits any more, so the merged week comes into view).
#[component]
fn ExampleTeamNote(refresh: Signal<u32>, lang: Lang) -> Element {
    let app = use_app();
    let team = app.example_team.read().clone();
    let keys = use_query(move |vault| {
        refresh();
        vault.team().keys()
    });
    let waiting = match &*keys.read() {
        Loaded::Ready(keys) => keys.iter().any(|k| k.waiting.is_some()),
        _ => true,
    };
    rsx! {
        p { class: "hint", {tr(lang, "weekview-team-training")} }
        if let Some(team) = team {
            details { class: "more readout-more", open: waiting,
                summary { {tr(lang, "weekview-team-training-readout")} }
                ul { class: "key-list readout",
                    for colleague in team.colleagues() {
                        li { key: "{colleague.reporter}", class: "key",
                            p {
                                {tr_args(
                                    lang,
                                    "weekview-team-training-colleague",
                                    &[
                                        ("pseudonym", colleague.pseudonym.clone().into()),
                                        ("reporter", colleague.reporter.clone().into()),
                                    ],
                                )}
                            }
                            code { class: "fingerprint", "{colleague.fingerprint}" }
                        }
                    }
                }
            }
        }
    }
}

/// A worker puts their report of this week (counts and released trend texts, encrypted to the
/// team lead) in the outbox.
#[component]
fn WeeklyReport(week: IsoWeek, in_team: bool, lang: Lang) -> Element {
    let app = use_app();
    let mut result = use_signal(|| None::<(IsoWeek, Result<String, String>)>);
    let queue = move |_| {
        let queued = app.call(|vault| vault.team().queue_report(week));
        let message = match queued {
            Ok(_) => Ok(tr1(lang, "weekview-report-queued", "week", week.week())),
            Err(err) => Err(err.localized(lang)),
        };
        result.set(Some((week, message)));
    };
    let note = if !app.reaches_case_system() {
        Some(tr(lang, "weekview-report-unavailable"))
    } else if !in_team {
        Some(tr(lang, "weekview-report-no-team"))
    } else {
        None
    };
    rsx! {
        section { class: "card week-report", aria_labelledby: "report-title",
            h2 { id: "report-title", {tr(lang, "weekview-report-title")} }
            p { class: "hint", {tr(lang, "weekview-report-explain")} }
            match note {
                Some(note) => rsx! { p { class: "unavailable", "{note}" } },
                None => rsx! {
                    button {
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: queue,
                        Icon { glyph: Glyph::Send }
                        span { {tr1(lang, "weekview-report-queue", "week", week.week())} }
                    }
                },
            }
            Feedback { outcome: result().filter(|(at, _)| *at == week).map(|(_, r)| r) }
        }
    }
}

//! The parts of the weekly summary that show counts: the bar chart per theme and the 12-week
//! sparklines, both drawn as SVG by `leefwereld_render::chart`, each followed by a table with
//! the same numbers for screen readers (and anyone who prefers numbers). Emerging themes carry
//! a marker in words, never only a colour.
//!
//! On the user's own screen every count is exact: suppression of small numbers is for what
//! leaves the team (the export), and the core applies it there.

use dioxus::prelude::*;
use leefwereld_core::summary::suppress::Shown;
use leefwereld_core::summary::{Tally, WeekSummary};
use leefwereld_core::{IsoWeek, Platform, SourceType, Theme};
use leefwereld_render::chart::{Bar, PHONE_WIDTH, bar_chart, scale_max, sparkline};

use crate::i18n::{Lang, tr, tr_args, tr1};
use crate::route::Route;

/// The themes worth a line: counted this week or the week before.
fn active_themes(summary: &WeekSummary) -> Vec<(Theme, &Tally)> {
    summary
        .by_theme
        .iter()
        .filter(|t| t.count > 0 || t.previous > 0)
        .filter_map(|t| Theme::from_code(&t.key).map(|theme| (theme, t)))
        .collect()
}

fn change_text(change: i64) -> String {
    if change == 0 {
        "0".to_owned()
    } else {
        format!("{change:+}")
    }
}

/// The bar chart of this week's themes and its table; a count opens those entries when
/// `drill` (the user's own summary: a team's entries are not on this device).
#[component]
pub fn ThemeCounts(summary: WeekSummary, drill: bool, lang: Lang) -> Element {
    let week = summary.week;
    let themes = active_themes(&summary);
    let bars: Vec<Bar> = themes
        .iter()
        .filter(|(_, t)| t.count > 0)
        .map(|(theme, t)| Bar {
            label: theme.label(lang),
            value: Shown::Exact(t.count),
            highlight: summary.emerging.contains(theme),
        })
        .collect();
    let title = tr1(lang, "weekview-themes-chart", "week", week.week());
    let chart = bar_chart("theme-chart", &title, &bars, lang, PHONE_WIDTH);
    rsx! {
        section { class: "card week-themes", aria_labelledby: "themes-title",
            h2 { id: "themes-title", {tr(lang, "summary-by-theme")} }
            if !bars.is_empty() {
                figure { class: "chart-figure", dangerous_inner_html: "{chart}" }
            }
            div {
                class: "table-scroll",
                role: "region",
                tabindex: "0",
                aria_labelledby: "themes-table-caption",
                table { class: "week-table",
                    caption { id: "themes-table-caption", {tr1(lang, "weekview-themes-table", "week", week.week())} }
                    thead {
                        tr {
                            th { scope: "col", {tr(lang, "summary-col-theme")} }
                            th { scope: "col", {tr(lang, "summary-col-count")} }
                            th { scope: "col", {tr(lang, "summary-col-previous")} }
                            th { scope: "col", {tr(lang, "summary-col-change")} }
                        }
                    }
                    tbody {
                        for (theme, tally) in themes {
                            tr { key: "{theme}", class: if summary.emerging.contains(&theme) { "emerging" } else { "" },
                                th { scope: "row",
                                    {theme.label(lang)}
                                    if summary.emerging.contains(&theme) {
                                        " "
                                        span { class: "emerging-mark", "▲ " {tr(lang, "summary-emerging-short")} }
                                    }
                                }
                                td {
                                    if drill && tally.count > 0 {
                                        Link {
                                            class: "count-link",
                                            to: Route::SummaryEntries { week, theme: theme.code().to_owned() },
                                            aria_label: tr_args(
                                                lang,
                                                "weekview-open-theme",
                                                &[
                                                    ("count", tally.count.into()),
                                                    ("theme", theme.label(lang).into()),
                                                    ("week", week.week().into()),
                                                ],
                                            ),
                                            "{tally.count}"
                                        }
                                    } else {
                                        "{tally.count}"
                                    }
                                }
                                td { "{tally.previous}" }
                                td { {change_text(tally.change())} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Each theme over the 12 weeks up to this one: a sparkline with the numbers in its name, and
/// a table of the same numbers.
#[component]
pub fn ThemeSeries(summary: WeekSummary, lang: Lang) -> Element {
    let weeks = summary.series.weeks.clone();
    let (Some(first), Some(last)) = (weeks.first().copied(), weeks.last().copied()) else {
        return rsx! {};
    };
    let rows: Vec<(Theme, Vec<u32>)> = summary
        .series
        .themes
        .iter()
        .filter(|(_, counts)| counts.iter().any(|n| *n > 0))
        .cloned()
        .collect();
    // One scale for every line, so that equal heights are equal counts.
    let exact: Vec<Shown> = rows
        .iter()
        .flat_map(|(_, counts)| counts.iter().map(|n| Shown::Exact(*n)))
        .collect();
    let max = scale_max(&exact);
    rsx! {
        section { class: "card week-series", aria_labelledby: "series-title",
            h2 { id: "series-title", {tr(lang, "summary-series")} }
            if rows.is_empty() {
                p { class: "empty", {tr(lang, "weekview-series-empty")} }
            } else {
                p { class: "hint", {series_range(first, last, lang)} " " {tr1(lang, "summary-series-scale", "max", max)} }
                ul { class: "sparklines",
                    for (theme, counts) in rows.iter() {
                        Sparkline {
                            key: "{theme}",
                            theme: *theme,
                            counts: counts.clone(),
                            emerging: summary.emerging.contains(theme),
                            max,
                            first,
                            last,
                            lang,
                        }
                    }
                }
                details { class: "more",
                    summary { {tr(lang, "weekview-series-table")} }
                    div {
                        class: "table-scroll",
                        role: "region",
                        tabindex: "0",
                        aria_labelledby: "series-caption",
                        table { class: "week-table series-table",
                            caption { id: "series-caption", {tr(lang, "weekview-series-caption")} }
                            thead {
                                tr {
                                    th { scope: "col", {tr(lang, "weekview-col-week")} }
                                    for (theme, _) in rows.iter() {
                                        th { key: "{theme}", scope: "col", {theme.label(lang)} }
                                    }
                                }
                            }
                            tbody {
                                // Newest first: on a phone the latest weeks are what is read.
                                for (i, week) in weeks.iter().enumerate().rev() {
                                    tr { key: "{week}",
                                        th { scope: "row", "{week.week()}" }
                                        for (theme, counts) in rows.iter() {
                                            td { key: "{theme}", "{counts[i]}" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn series_range(first: IsoWeek, last: IsoWeek, lang: Lang) -> String {
    tr_args(
        lang,
        "weekview-series-range",
        &[("from", first.week().into()), ("to", last.week().into())],
    )
}

#[component]
fn Sparkline(
    theme: Theme,
    counts: Vec<u32>,
    emerging: bool,
    max: u32,
    first: IsoWeek,
    last: IsoWeek,
    lang: Lang,
) -> Element {
    let values: Vec<Shown> = counts.iter().map(|n| Shown::Exact(*n)).collect();
    let numbers: Vec<String> = counts.iter().map(u32::to_string).collect();
    let name = tr_args(
        lang,
        "weekview-series-spark",
        &[
            ("theme", theme.label(lang).into()),
            ("from", first.week().into()),
            ("to", last.week().into()),
            ("values", numbers.join(", ").into()),
        ],
    );
    let svg = sparkline(&name, &values, max);
    let now = counts.last().copied().unwrap_or(0);
    rsx! {
        li { class: if emerging { "sparkline-row emerging" } else { "sparkline-row" },
            span { class: "sparkline-label",
                {theme.label(lang)}
                if emerging {
                    " "
                    span { class: "emerging-mark", "▲ " {tr(lang, "summary-emerging-short")} }
                }
            }
            span { class: "sparkline-chart", dangerous_inner_html: "{svg}" }
            span { class: "sparkline-now", {tr1(lang, "weekview-series-now", "count", now)} }
        }
    }
}

/// Platforms, source types and neighbourhoods of this week, as tables (folded away).
#[component]
pub fn Breakdown(summary: WeekSummary, lang: Lang) -> Element {
    let platform = |key: &str| Platform::from_code(key).map(|p| p.label(lang));
    let source = |key: &str| SourceType::from_code(key).map(|s| s.label(lang));
    let tables = [
        (
            "summary-by-platform",
            lines(&summary.by_platform, platform, lang),
        ),
        ("summary-by-source", lines(&summary.by_source, source, lang)),
        (
            "summary-by-neighbourhood",
            lines(&summary.by_neighbourhood, |_| None, lang),
        ),
    ];
    rsx! {
        details { class: "more week-breakdown",
            summary { {tr(lang, "weekview-breakdown")} }
            for (title_id, rows) in tables {
                div {
                    key: "{title_id}",
                    class: "table-scroll",
                    role: "region",
                    tabindex: "0",
                    aria_labelledby: "{title_id}-caption",
                    table { class: "week-table",
                        caption { id: "{title_id}-caption", {tr(lang, title_id)} }
                        thead {
                            tr {
                                th { scope: "col", {tr(lang, "summary-col-label")} }
                                th { scope: "col", {tr(lang, "summary-col-count")} }
                                th { scope: "col", {tr(lang, "summary-col-previous")} }
                            }
                        }
                        tbody {
                            for (i, (label, count, previous)) in rows.into_iter().enumerate() {
                                tr { key: "{i}",
                                    th { scope: "row", "{label}" }
                                    td { "{count}" }
                                    td { "{previous}" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The lines of one dimension that were counted in either week, with their labels.
fn lines(
    tallies: &[Tally],
    label: impl Fn(&str) -> Option<String>,
    lang: Lang,
) -> Vec<(String, u32, u32)> {
    tallies
        .iter()
        .filter(|t| t.count > 0 || t.previous > 0)
        .map(|t| {
            let text = label(&t.key).unwrap_or_else(|| {
                if t.key.is_empty() {
                    tr(lang, "summary-no-neighbourhood")
                } else {
                    t.key.clone()
                }
            });
            (text, t.count, t.previous)
        })
        .collect()
}

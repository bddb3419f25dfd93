//! The entry list: newest first, with search and filters (kind, theme, platform, week, sharing
//! status), all answered by `Vault::list`. Entries that cannot be read are reported, never
//! hidden.

use dioxus::prelude::*;
use leefwereld_core::time::display_date;
use leefwereld_core::{
    EntryKind, EntryPage, Error, IsoWeek, ListFilter, Platform, ShareStatus, Theme,
};

use crate::components::entry_card::EntryCard;
use crate::components::fields::{Alert, Choice, SelectField, clear_input};
use crate::components::icons::{Glyph, Icon};
use crate::components::vocab::{choices_or_any, code_of};
use crate::i18n::{Lang, tr, tr_args, tr1};
use crate::query::{Loaded, use_query};
use crate::screens::FlashMessage;
use crate::state::use_app;

/// Entries per page; "show more" adds another page.
const PAGE: usize = 30;
/// Weeks offered in the week filter.
const WEEKS: u32 = 12;

#[component]
pub fn EntryList() -> Element {
    rsx! {
        Entries { initial: ListFilter::default() }
    }
}

/// The list, starting from `initial` (the weekly summary opens it on one week and theme).
#[component]
pub fn Entries(initial: ListFilter) -> Element {
    let app = use_app();
    let lang = app.lang();
    // Filters set by the caller are shown open, so the user sees what the list is limited to.
    let opened = use_hook(|| initial != ListFilter::default());
    let mut filter = use_signal(|| initial);
    let mut search = use_signal(String::new);
    let mut limit = use_signal(|| PAGE);
    let page = use_query(move |vault| vault.entries().list(&filter.read(), 0, limit()));

    let active = *filter.read() != ListFilter::default();
    let this_week = app.vault().map(|v| IsoWeek::of(v.now()));

    rsx! {
        h1 { {tr(lang, "list-title")} }
        FlashMessage {}
        form {
            class: "search",
            role: "search",
            onsubmit: move |event: FormEvent| {
                event.prevent_default();
                let words = search().trim().to_owned();
                filter.write().search = (!words.is_empty()).then_some(words);
                limit.set(PAGE);
            },
            label { r#for: "search", class: "visually-hidden", {tr(lang, "list-search-label")} }
            div { class: "with-button",
                input {
                    id: "search",
                    r#type: "search",
                    initial_value: "{search}",
                    placeholder: tr(lang, "list-search-placeholder"),
                    autocomplete: "off",
                    oninput: move |event| search.set(event.value()),
                }
                button { r#type: "submit", class: "button button-secondary",
                    Icon { glyph: Glyph::Search }
                    span { {tr(lang, "list-search-submit")} }
                }
            }
        }
        details { class: "more filters", open: opened,
            summary { {tr(lang, "list-filters")} }
            Filters { filter, this_week, lang }
        }
        if active {
            button {
                r#type: "button",
                class: "button button-secondary",
                onclick: move |_| {
                    filter.set(ListFilter::default());
                    search.set(String::new());
                    clear_input("search");
                    limit.set(PAGE);
                },
                {tr(lang, "list-clear-filters")}
            }
        }
        match &*page.read() {
            Loaded::Loading => rsx! {},
            Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
            Loaded::Ready(page) => rsx! {
                Results { page: page.clone(), searching: filter.read().search.is_some() || active, lang }
                if page.has_more {
                    button {
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: move |_| limit += PAGE,
                        {tr(lang, "list-more")}
                    }
                }
            },
        }
    }
}

#[component]
fn Filters(filter: Signal<ListFilter>, this_week: Option<IsoWeek>, lang: Lang) -> Element {
    let mut filter = filter;
    let current = filter.read().clone();
    let any = tr(lang, "list-any");
    let mut weeks = vec![Choice::new("", any.clone())];
    if let Some(this_week) = this_week {
        for week in this_week.trailing(WEEKS).into_iter().rev() {
            weeks.push(Choice::new(week.to_string(), week_label(week, lang)));
        }
    }
    // A week further back (opened from the weekly summary) is offered too, so it shows.
    if let Some(week) = current.week
        && !weeks.iter().any(|c| c.code == week.to_string())
    {
        weeks.push(Choice::new(week.to_string(), week_label(week, lang)));
    }
    rsx! {
        div { class: "filter-grid",
            SelectField {
                id: "filter-kind",
                label: tr(lang, "list-filter-kind"),
                options: choices_or_any::<EntryKind>(lang, any.clone()),
                selected: code_of(current.kind),
                onchange: move |code: String| filter.write().kind = EntryKind::from_code(&code),
            }
            SelectField {
                id: "filter-theme",
                label: tr(lang, "list-filter-theme"),
                options: choices_or_any::<Theme>(lang, any.clone()),
                selected: code_of(current.theme),
                onchange: move |code: String| filter.write().theme = Theme::from_code(&code),
            }
            SelectField {
                id: "filter-platform",
                label: tr(lang, "list-filter-platform"),
                options: choices_or_any::<Platform>(lang, any.clone()),
                selected: code_of(current.platform),
                onchange: move |code: String| filter.write().platform = Platform::from_code(&code),
            }
            SelectField {
                id: "filter-week",
                label: tr(lang, "list-filter-week"),
                options: weeks,
                selected: current.week.map(|w| w.to_string()).unwrap_or_default(),
                onchange: move |code: String| filter.write().week = code.parse().ok(),
            }
            SelectField {
                id: "filter-share",
                label: tr(lang, "list-filter-share"),
                options: choices_or_any::<ShareStatus>(lang, any.clone()),
                selected: code_of(current.share_status),
                onchange: move |code: String| filter.write().share_status = ShareStatus::from_code(&code),
            }
        }
    }
}

fn week_label(week: IsoWeek, lang: Lang) -> String {
    tr_args(
        lang,
        "list-week-option",
        &[
            ("week", week.week().into()),
            ("from", display_date(week.monday(), lang).into()),
            ("to", display_date(week.sunday(), lang).into()),
        ],
    )
}

#[component]
fn Results(page: EntryPage, searching: bool, lang: Lang) -> Element {
    let count = match page.total {
        Some(total) => tr1(lang, "common-entries-count", "count", total),
        None => tr1(lang, "list-found", "count", page.items.len()),
    };
    rsx! {
        p { class: "result-count", role: "status", "{count}" }
        if !page.damaged.is_empty() {
            Alert {
                for id in page.damaged.iter() {
                    p { key: "{id}", {Error::EntryDamaged(*id).localized(lang)} }
                }
            }
        }
        if page.items.is_empty() {
            p { class: "empty",
                if searching {
                    {tr(lang, "list-empty-filtered")}
                } else {
                    {tr(lang, "list-empty")}
                }
            }
        } else {
            ul { class: "entries",
                for entry in page.items {
                    EntryCard { key: "{entry.id}", entry }
                }
            }
        }
    }
}

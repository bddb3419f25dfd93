//! The theme of a capture: the worker's most used themes first, the rest folded under "Meer
//! thema's", and the theme of their last note offered in words. Nothing is pre-selected: a
//! theme chosen for the worker would slip into the summaries unnoticed.

use dioxus::prelude::*;
use leefwereld_core::{EntryKind, Theme};

use crate::components::fields::{Chips, Choice};
use crate::draft::Draft;
use crate::i18n::{tr, tr_args};
use crate::query::{Loaded, use_query};
use crate::state::use_app;

/// How many themes stand before "Meer thema's".
const FIRST: usize = 4;

#[component]
pub fn ThemePicker(kind: EntryKind, draft: Signal<Draft>, errors: Vec<String>) -> Element {
    let mut draft = draft;
    let app = use_app();
    let lang = app.lang();
    let hints = use_query(move |vault| vault.entries().capture_hints(kind));
    let chosen = {
        let d = draft.read();
        d.theme_chosen.then_some(d.content.theme)
    };
    let (ordered, last) = match &*hints.read() {
        Loaded::Ready(hints) => (hints.themes.clone(), hints.last.map(|(theme, _)| theme)),
        _ => (Theme::ALL.to_vec(), None),
    };
    let (mut first, mut rest): (Vec<Theme>, Vec<Theme>) = (
        ordered.iter().take(FIRST).copied().collect(),
        ordered.iter().skip(FIRST).copied().collect(),
    );
    // A theme chosen from the folded ones stays in view.
    if let Some(theme) = chosen.filter(|t| rest.contains(t)) {
        rest.retain(|t| *t != theme);
        first.push(theme);
    }
    let options = |themes: &[Theme]| -> Vec<Choice> {
        themes
            .iter()
            .map(|t| Choice::new(t.code(), t.label(lang)))
            .collect()
    };
    let mut choose = move |theme: Theme| {
        let mut d = draft.write();
        d.content.theme = theme;
        d.theme_chosen = true;
    };
    let selected = chosen.map(|t| t.code().to_owned());

    rsx! {
        Chips {
            name: "theme",
            legend: tr(lang, "form-theme"),
            options: options(&first),
            selected: selected.clone(),
            errors,
            onselect: move |code: String| {
                if let Some(theme) = Theme::from_code(&code) {
                    choose(theme);
                }
            },
        }
        if let (Some(last), None) = (last, chosen) {
            button {
                r#type: "button",
                class: "button button-secondary same-as-last",
                onclick: move |_| choose(last),
                {tr_args(lang, "form-theme-same", &[("theme", last.label(lang).into())])}
            }
        }
        if !rest.is_empty() {
            details { class: "more more-themes",
                summary { {tr(lang, "form-theme-more")} }
                Chips {
                    name: "theme",
                    legend: tr(lang, "form-theme-more-legend"),
                    options: options(&rest),
                    selected,
                    onselect: move |code: String| {
                        if let Some(theme) = Theme::from_code(&code) {
                            choose(theme);
                        }
                    },
                }
            }
        }
    }
}

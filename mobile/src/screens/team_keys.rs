//! The team lead's decision about colleagues' report-signing keys: a report counts only once
//! its key is accepted, after the lead compared the fingerprint with the one the colleague's
//! own app shows (Settings → Connection). Waiting keys come first, each with one button.

use dioxus::prelude::*;
use leefwereld_core::summary::team::ReporterKey;

use crate::components::fields::Alert;
use crate::i18n::{Lang, tr, tr_args};
use crate::query::{Loaded, use_query};
use crate::state::use_app;

/// Colleagues' keys; `on_accepted` runs after a key was accepted (the reports are fetched
/// again, so the colleague's report counts at once).
#[component]
pub fn TeamKeys(refresh: Signal<u32>, lang: Lang, on_accepted: EventHandler<()>) -> Element {
    let app = use_app();
    let mut refresh = refresh;
    let keys = use_query(move |vault| {
        refresh();
        vault.team().keys()
    });
    let mut problem = use_signal(|| None::<String>);
    let keys = match keys.read().clone() {
        Loaded::Ready(keys) => keys,
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => return rsx! { Alert { p { "{message}" } } },
    };
    if keys.is_empty() {
        return rsx! {};
    }
    let (waiting, pinned): (Vec<ReporterKey>, Vec<ReporterKey>) =
        keys.into_iter().partition(|k| k.waiting.is_some());
    let mut accept = move |reporter: String, fingerprint: String| match app
        .call(|vault| vault.team().accept_key(&reporter, &fingerprint))
    {
        Ok(()) => {
            problem.set(None);
            refresh += 1;
            on_accepted.call(());
        }
        Err(err) => problem.set(Some(err.localized(lang))),
    };
    rsx! {
        div { class: "team-keys",
            h3 { {tr(lang, "team-keys-title")} }
            if !waiting.is_empty() {
                p { class: "hint", {tr(lang, "team-keys-intro")} }
            }
            if let Some(message) = problem() {
                Alert { p { "{message}" } }
            }
            ul { class: "key-list",
                for key in waiting {
                    li { key: "{key.reporter}", class: "key waiting",
                        p {
                            strong {
                                {tr_args(
                                    lang,
                                    if key.pinned.is_some() { "team-key-changed" } else { "team-key-new" },
                                    &[("reporter", key.reporter.clone().into())],
                                )}
                            }
                        }
                        code { class: "fingerprint", {key.waiting.clone().unwrap_or_default()} }
                        button {
                            r#type: "button",
                            class: "button button-secondary",
                            onclick: {
                                let reporter = key.reporter.clone();
                                let fingerprint = key.waiting.clone().unwrap_or_default();
                                move |_| accept(reporter.clone(), fingerprint.clone())
                            },
                            {tr(lang, "team-key-accept")}
                        }
                    }
                }
            }
            if !pinned.is_empty() {
                details { class: "more",
                    summary { {tr_args(lang, "team-keys-pinned-count", &[("count", pinned.len().into())])} }
                    ul { class: "key-list",
                        for key in pinned {
                            li { key: "{key.reporter}", class: "key",
                                p { {tr_args(lang, "team-key-pinned", &[("reporter", key.reporter.clone().into())])} }
                                code { class: "fingerprint", {key.pinned.clone().unwrap_or_default()} }
                            }
                        }
                    }
                }
            }
        }
    }
}

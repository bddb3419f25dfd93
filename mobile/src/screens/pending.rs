//! Notes made on the lock screen, after unlock: each shown with when it was noted, confirmed
//! into the vault or thrown away. A planted or damaged record can only be thrown away.

use dioxus::prelude::*;
use leefwereld_core::PendingNote;
use leefwereld_core::time::display_datetime;

use crate::components::fields::Feedback;
use crate::i18n::{tr, tr_args};
use crate::query::{Loaded, use_query};
use crate::state::use_app;

/// How much of a note's text the confirmation card shows.
const PREVIEW_CHARS: usize = 240;

#[component]
pub fn PendingNotes() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut refresh = use_signal(|| 0u32);
    let notes = use_query(move |vault| {
        refresh();
        vault.pending().list()
    });
    let mut outcome = use_signal(|| None::<Result<String, String>>);
    let notes: Vec<PendingNote> = match notes.read().clone() {
        Loaded::Ready(notes) => notes,
        _ => Vec::new(),
    };
    if notes.is_empty() && outcome.read().is_none() {
        return rsx! {};
    }
    let mut act = move |id: String, confirm: bool| {
        let result = if confirm {
            app.call(|vault| vault.pending().confirm(&id).map(|_| ()))
        } else {
            app.call(|vault| vault.pending().discard(&id))
        };
        outcome.set(Some(match result {
            Ok(()) if confirm => Ok(tr(lang, "pending-confirmed")),
            Ok(()) => Ok(tr(lang, "pending-discarded")),
            Err(err) => Err(err.localized(lang)),
        }));
        refresh += 1;
    };
    rsx! {
        section { class: "card pending", aria_labelledby: "pending-title",
            h2 { id: "pending-title", {tr(lang, "pending-title")} }
            p { class: "hint", {tr(lang, "pending-intro")} }
            Feedback { outcome: outcome() }
            ul { class: "key-list",
                for note in notes {
                    li { key: "{note.id}", class: "key",
                        if let Some(when) = note.noted_at {
                            p { class: "hint",
                                {tr_args(lang, "pending-noted", &[("when", display_datetime(when, lang).into())])}
                            }
                        }
                        match &note.content {
                            Some(content) => rsx! {
                                p {
                                    strong { {content.kind.label(lang)} " · " {content.theme.label(lang)} " · " {content.platform.label(lang)} }
                                }
                                p { class: "break", {content.text.chars().take(PREVIEW_CHARS).collect::<String>()} }
                            },
                            None => rsx! { p { class: "notice notice-warning", {tr(lang, "pending-unreadable")} } },
                        }
                        div { class: "form-actions",
                            if note.content.is_some() {
                                button {
                                    r#type: "button",
                                    class: "button button-primary",
                                    onclick: {
                                        let id = note.id.clone();
                                        move |_| act(id.clone(), true)
                                    },
                                    {tr(lang, "pending-confirm")}
                                }
                            }
                            button {
                                r#type: "button",
                                class: "button button-secondary",
                                onclick: {
                                    let id = note.id.clone();
                                    move |_| act(id.clone(), false)
                                },
                                {tr(lang, "pending-discard")}
                            }
                        }
                    }
                }
            }
        }
    }
}

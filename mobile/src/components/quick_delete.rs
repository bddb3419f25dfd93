//! Quick delete: for when someone forces the worker to unlock. One tap starts a five-second
//! countdown that can still be cancelled; then the core wipes the vault (key first) and the app
//! starts over at onboarding.

use std::time::Duration;

use dioxus::dioxus_core::Task;
use dioxus::prelude::*;

use crate::components::fields::Alert;
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr1};
use crate::platform;
use crate::state::use_app;

/// Seconds between the tap and the wipe.
pub const COUNTDOWN_SECONDS: u32 = 5;

#[component]
pub fn QuickDelete(
    /// The id of a heading that already names it (the quick-delete screen's h1); without one
    /// the card has its own.
    #[props(default)]
    named_by: Option<String>,
) -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut left = use_signal(|| None::<u32>);
    let mut countdown = use_signal(|| None::<Task>);
    let mut failure = use_signal(|| None::<String>);

    let start = move |_: MouseEvent| {
        failure.set(None);
        left.set(Some(COUNTDOWN_SECONDS));
        let task = spawn(async move {
            for remaining in (0..COUNTDOWN_SECONDS).rev() {
                platform::sleep(Duration::from_secs(1)).await;
                left.set(Some(remaining));
            }
            let result = match app.vault() {
                Some(vault) => vault.wipe(),
                None => Ok(()),
            };
            left.set(None);
            countdown.set(None);
            match result {
                Ok(()) => app.wiped(),
                Err(err) => failure.set(Some(err.localized(app.lang()))),
            }
        });
        countdown.set(Some(task));
    };
    let cancel = move |_: MouseEvent| {
        if let Some(task) = countdown.take() {
            task.cancel();
        }
        left.set(None);
    };

    rsx! {
        section {
            class: "card danger-zone",
            aria_labelledby: named_by.clone().unwrap_or_else(|| "quick-delete-title".into()),
            if named_by.is_none() {
                h2 { id: "quick-delete-title", {tr(lang, "quick-delete-title")} }
            }
            p { {tr(lang, "quick-delete-explain")} }
            if let Some(message) = failure() {
                Alert { p { "{message}" } }
            }
            match left() {
                None => rsx! {
                    button { r#type: "button", class: "button button-danger", onclick: start,
                        Icon { glyph: Glyph::Trash }
                        span { {tr(lang, "quick-delete-start")} }
                    }
                },
                Some(seconds) => rsx! {
                    div { class: "countdown", role: "alert",
                        p { class: "countdown-text",
                            {tr1(lang, "quick-delete-countdown", "seconds", seconds)}
                        }
                        button { r#type: "button", class: "button button-primary", onclick: cancel,
                            {tr(lang, "quick-delete-cancel")}
                        }
                    }
                },
            }
        }
    }
}

//! The lock screen, and the screen for a vault that cannot be opened now. Neither shows
//! anything from the vault; the lock screen only says that a draft is waiting.

use dioxus::prelude::*;
use leefwereld_core::Error;

use crate::components::fields::{Alert, BusyButton};
use crate::components::icons::{Glyph, Icon};
use crate::components::passphrase::PassphraseInput;
use crate::components::quick_delete::QuickDelete;
use crate::i18n::tr;
use crate::platform;
use crate::screens::locked_capture::LockedCapture;
use crate::state::use_app;

#[component]
pub fn Unlock() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut passphrase = use_signal(String::new);
    let mut failure = use_signal(|| None::<std::sync::Arc<Error>>);
    let mut busy = use_signal(|| false);
    let draft_waiting = !app.capture.read().is_blank() || app.editing.read().is_some();

    let unlock = move |event: FormEvent| {
        event.prevent_default();
        if busy() {
            return;
        }
        let Some(vault) = app.vault() else {
            return;
        };
        // Taken out of the field at once (not copied), wiped when the attempt is over, and the
        // field is empty again whatever the outcome.
        let secret = zeroize::Zeroizing::new(std::mem::take(&mut *passphrase.write()));
        crate::components::fields::clear_input("unlock-passphrase");
        failure.set(None);
        busy.set(true);
        let nav = navigator();
        let waiting = vault.clone();
        spawn(async move {
            let result = platform::off_thread(move || vault.unlock(&secret)).await;
            busy.set(false);
            match result {
                Ok(report) => {
                    app.unlocked(report);
                    // Notes made on the lock screen wait on home for the worker's confirmation.
                    if waiting.pending().count().unwrap_or(0) > 0 {
                        nav.push(crate::route::Route::Home {});
                    }
                }
                Err(err) => failure.set(Some(std::sync::Arc::new(err))),
            }
        });
    };

    let errors: Vec<String> = failure
        .read()
        .as_deref()
        .map(|err| vec![err.localized(lang)])
        .unwrap_or_default();

    rsx! {
        main { id: "main-content", class: "content locked",
            div { class: "lock-mark", Icon { glyph: Glyph::Lock } }
            h1 { {tr(lang, "unlock-title")} }
            p { class: "lead", {tr(lang, "unlock-intro")} }
            if draft_waiting {
                // The core's own words: locked, and what was typed is still there.
                p { class: "notice notice-info",
                    Icon { glyph: Glyph::Info }
                    span { {Error::Locked.localized(lang)} }
                }
            }
            form { class: "stack", novalidate: true, onsubmit: unlock,
                PassphraseInput {
                    id: "unlock-passphrase",
                    label: tr(lang, "unlock-passphrase"),
                    value: passphrase(),
                    lang,
                    errors,
                    autofocus: true,
                    oninput: move |value| passphrase.set(value),
                }
                div { class: "form-actions",
                    BusyButton {
                        submit: true,
                        busy: busy(),
                        glyph: Glyph::Lock,
                        label: tr(lang, "unlock-submit"),
                        busy_label: tr(lang, "unlock-busy"),
                    }
                }
            }
            LockedCapture {}
            details { class: "more",
                summary { {tr(lang, "unlock-emergency")} }
                QuickDelete {}
            }
        }
    }
}

/// A vault exists but cannot be opened now (another instance has it open, it is damaged, or
/// it was made by a newer version). Says why and offers to try again.
#[component]
pub fn Unavailable(message: String) -> Element {
    let app = use_app();
    let lang = app.lang();
    rsx! {
        main { id: "main-content", class: "content",
            h1 { {tr(lang, "unavailable-title")} }
            Alert { p { "{message}" } }
            button {
                r#type: "button",
                class: "button button-primary",
                onclick: move |_| app.retry_open(),
                {tr(lang, "unavailable-retry")}
            }
        }
    }
}

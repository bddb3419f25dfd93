//! One module per screen. Each screen reads from or writes to the vault through one facade
//! call and renders the result or the error's translated message.

pub mod about;
pub mod capture;
pub mod detail;
pub mod edit;
pub mod home;
pub mod list;
pub mod locked_capture;
pub mod onboarding;
pub mod outbox;
pub mod pending;
pub mod positions;
pub mod quick_delete;
pub mod reminders;
pub mod settings;
pub mod settings_sharing;
pub mod share;
pub mod summary;
pub mod team_keys;
pub mod unlock;

use dioxus::prelude::*;

use std::time::Duration;

use leefwereld_core::EntryKind;

use crate::components::fields::Status;
use crate::i18n::tr;
use crate::route::Route;
use crate::state::{Flash, use_app};

/// How long a thrown-away capture (or, in the core, a deleted entry) can be brought back.
const UNDO_FOR: Duration = Duration::from_secs(leefwereld_core::UNDO_SECONDS as u64);

/// The confirmation of the last save or delete, shown once on the screen that follows it: the
/// screen takes it when it opens, so a new one set on this screen goes on to the next.
#[component]
pub fn FlashMessage() -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let mut flash = app.flash;
    let shown = use_hook(|| *flash.peek());
    use_effect(move || flash.set(None));
    let mut undo_open = use_signal(|| true);
    let undo_failure = use_signal(|| None::<String>);
    // The undo offer lasts about ten seconds; then the thrown-away draft is dropped.
    use_hook(move || {
        if matches!(shown, Some(Flash::Discarded(_) | Flash::Deleted(Some(_)))) {
            spawn(async move {
                crate::platform::sleep(UNDO_FOR).await;
                undo_open.set(false);
                let mut discarded = app.discarded;
                discarded.set(None);
            });
        }
    });
    let Some(message) = shown else {
        return rsx! {};
    };
    let undo = move |_| {
        let mut discarded = app.discarded;
        if let Some(draft) = discarded.take() {
            let kind = draft.content.kind;
            let mut capture = app.capture;
            capture.set(draft);
            undo_open.set(false);
            nav.push(match kind {
                EntryKind::Trend => Route::CaptureTrend {},
                EntryKind::Signaal => Route::CaptureSignal {},
            });
        }
    };
    // A deleted entry comes back from the core's memory of it, with the same id.
    let undo_delete = move |_| {
        if let Flash::Deleted(Some(id)) = message {
            undo_open.set(false);
            match app.call(|vault| vault.entries().undo_delete(id)) {
                Ok(_) => {
                    nav.push(Route::EntryDetail { id });
                }
                Err(err) => {
                    let mut failure = undo_failure;
                    failure.set(Some(err.localized(lang)));
                }
            }
        }
    };
    let can_undo =
        matches!(message, Flash::Discarded(_)) && undo_open() && app.discarded.read().is_some();
    let can_undo_delete = matches!(message, Flash::Deleted(Some(_))) && undo_open();
    rsx! {
        Status {
            p {
                {message.text(lang)}
                if can_undo {
                    " — "
                    button { r#type: "button", class: "button-quiet", onclick: undo,
                        {tr(lang, "flash-undo")}
                    }
                }
                if can_undo_delete {
                    " — "
                    button { r#type: "button", class: "button-quiet", onclick: undo_delete,
                        {tr(lang, "flash-undo")}
                    }
                }
            }
            if let Some(problem) = undo_failure() {
                p { "{problem}" }
            }
        }
    }
}

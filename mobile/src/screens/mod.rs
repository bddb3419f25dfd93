//! One module per screen. Each screen reads from or writes to the vault through one facade
//! call and renders the result or the error's translated message.

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
pub mod reminders;
pub mod settings;
pub mod settings_sharing;
pub mod share;
pub mod summary;
pub mod team_keys;
pub mod unlock;

use dioxus::prelude::*;

use crate::components::fields::Status;
use crate::state::use_app;

/// The confirmation of the last save or delete, shown once on the screen that follows it: the
/// screen takes it when it opens, so a new one set on this screen goes on to the next.
#[component]
pub fn FlashMessage() -> Element {
    let app = use_app();
    let mut flash = app.flash;
    let shown = use_hook(|| *flash.peek());
    use_effect(move || flash.set(None));
    let Some(message) = shown else {
        return rsx! {};
    };
    rsx! {
        Status { p { {message.text(app.lang())} } }
    }
}

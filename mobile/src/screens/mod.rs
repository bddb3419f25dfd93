//! One module per screen. Each screen reads from or writes to the vault through one facade
//! call and renders the result or the error's translated message.

pub mod capture;
pub mod detail;
pub mod edit;
pub mod home;
pub mod list;
pub mod onboarding;
pub mod settings;
pub mod unlock;

use dioxus::prelude::*;

use crate::components::fields::Status;
use crate::state::use_app;

/// The confirmation of the last save or delete, shown once on the screen that follows it.
#[component]
pub fn FlashMessage() -> Element {
    let app = use_app();
    let mut flash = app.flash;
    use_drop(move || flash.set(None));
    let Some(message) = *flash.read() else {
        return rsx! {};
    };
    rsx! {
        Status { p { {message.text(app.lang())} } }
    }
}

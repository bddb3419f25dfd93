//! An action that cannot be undone asks once more, in place, before it runs.

use dioxus::prelude::*;

use crate::components::icons::{Glyph, Icon};

#[component]
pub fn ConfirmAction(
    /// The button that starts it.
    label: String,
    /// The question shown after the first tap.
    question: String,
    /// The button that really does it.
    confirm_label: String,
    cancel_label: String,
    onconfirm: EventHandler<()>,
    #[props(default)] accessible_label: Option<String>,
) -> Element {
    let mut asking = use_signal(|| false);
    if !asking() {
        return rsx! {
            button {
                r#type: "button",
                class: "button button-danger-quiet",
                aria_label: accessible_label,
                onclick: move |_| asking.set(true),
                Icon { glyph: Glyph::Trash }
                span { "{label}" }
            }
        };
    }
    rsx! {
        div { class: "confirm", role: "group", aria_label: "{question}",
            p { class: "strong", "{question}" }
            div { class: "button-row",
                button {
                    r#type: "button",
                    class: "button button-danger",
                    onclick: move |_| {
                        asking.set(false);
                        onconfirm.call(());
                    },
                    Icon { glyph: Glyph::Trash }
                    span { "{confirm_label}" }
                }
                button {
                    r#type: "button",
                    class: "button button-secondary",
                    onclick: move |_| asking.set(false),
                    "{cancel_label}"
                }
            }
        }
    }
}

//! Form controls with their label, hint and errors wired together for assistive technology:
//! every control has a visible label, and its hint and errors are announced with it.

use dioxus::prelude::*;

use crate::components::icons::{Glyph, Icon};

/// The ids of the hint and error elements that describe control `id`.
fn described_by(id: &str, hint: bool, errors: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if errors {
        ids.push(format!("{id}-errors"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Empties a text input that the user typed into. Text inputs are uncontrolled (they get
/// `initial_value`, and report every change): in the desktop and phone webviews a controlled
/// `value` that the app writes back after each keystroke can overwrite keys typed in between,
/// so fast typing would lose characters.
pub fn clear_input(id: &str) {
    document::eval(&format!(
        "const input = document.getElementById({id:?}); if (input) {{ input.value = ''; }}"
    ));
}

/// The errors of one field, shown right under it.
#[component]
pub fn FieldErrors(id: String, errors: Vec<String>) -> Element {
    if errors.is_empty() {
        return rsx! {};
    }
    rsx! {
        ul { id: "{id}", class: "field-errors",
            for (i, error) in errors.iter().enumerate() {
                li { key: "{i}",
                    Icon { glyph: Glyph::Alert }
                    span { "{error}" }
                }
            }
        }
    }
}

/// A one-line text input.
#[component]
pub fn TextField(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    #[props(default)] hint: Option<String>,
    #[props(default)] errors: Vec<String>,
    #[props(default = "text".to_string())] kind: String,
    #[props(default = "off".to_string())] autocomplete: String,
    #[props(default)] required: bool,
) -> Element {
    let describedby = described_by(&id, hint.is_some(), !errors.is_empty());
    let invalid = (!errors.is_empty()).then_some("true");
    rsx! {
        div { class: "field",
            label { r#for: "{id}", "{label}" }
            if let Some(hint) = &hint {
                p { id: "{id}-hint", class: "hint", "{hint}" }
            }
            input {
                id: "{id}",
                r#type: "{kind}",
                initial_value: "{value}",
                autocomplete: "{autocomplete}",
                required,
                aria_describedby: describedby,
                aria_invalid: invalid,
                oninput: move |event| oninput.call(event.value()),
            }
            FieldErrors { id: "{id}-errors", errors }
        }
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    #[props(default)] hint: Option<String>,
    #[props(default)] errors: Vec<String>,
    #[props(default = 4)] rows: u32,
    #[props(default)] required: bool,
    /// Put the cursor here when the screen opens.
    #[props(default)]
    autofocus: bool,
    /// Ctrl+Enter (or Cmd+Enter) in the text submits the form.
    #[props(default)]
    on_submit_key: Option<EventHandler<()>>,
) -> Element {
    let describedby = described_by(&id, hint.is_some(), !errors.is_empty());
    let invalid = (!errors.is_empty()).then_some("true");
    rsx! {
        div { class: "field",
            label { r#for: "{id}", "{label}" }
            if let Some(hint) = &hint {
                p { id: "{id}-hint", class: "hint", "{hint}" }
            }
            textarea {
                id: "{id}",
                rows: "{rows}",
                initial_value: "{value}",
                required,
                aria_describedby: describedby,
                aria_invalid: invalid,
                oninput: move |event| oninput.call(event.value()),
                onkeydown: move |event: KeyboardEvent| {
                    let modifiers = event.modifiers();
                    if event.key() == Key::Enter
                        && (modifiers.ctrl() || modifiers.meta())
                        && let Some(submit) = on_submit_key
                    {
                        event.prevent_default();
                        submit.call(());
                    }
                },
                onmounted: move |event| async move {
                    if autofocus {
                        let _ = event.set_focus(true).await;
                    }
                },
            }
            FieldErrors { id: "{id}-errors", errors }
        }
    }
}

/// One option of a choice: its stable code and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub code: String,
    pub label: String,
}

impl Choice {
    pub fn new(code: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            code: code.into(),
            label: label.into(),
        }
    }
}

/// A drop-down list.
#[component]
pub fn SelectField(
    id: String,
    label: String,
    options: Vec<Choice>,
    selected: String,
    onchange: EventHandler<String>,
    #[props(default)] hint: Option<String>,
) -> Element {
    let describedby = described_by(&id, hint.is_some(), false);
    rsx! {
        div { class: "field",
            label { r#for: "{id}", "{label}" }
            if let Some(hint) = &hint {
                p { id: "{id}-hint", class: "hint", "{hint}" }
            }
            select {
                id: "{id}",
                aria_describedby: describedby,
                onchange: move |event| onchange.call(event.value()),
                for option in options {
                    option {
                        key: "{option.code}",
                        value: "{option.code}",
                        selected: option.code == selected,
                        "{option.label}"
                    }
                }
            }
        }
    }
}

/// A group of radio buttons drawn as large chips: one tap chooses. The chosen chip carries a
/// check mark and a heavier border, not only another colour.
#[component]
pub fn Chips(
    name: String,
    legend: String,
    options: Vec<Choice>,
    selected: Option<String>,
    onselect: EventHandler<String>,
    #[props(default)] errors: Vec<String>,
    #[props(default)] hint: Option<String>,
) -> Element {
    let describedby = described_by(&name, hint.is_some(), !errors.is_empty());
    rsx! {
        fieldset { class: "chips", aria_describedby: describedby,
            legend { "{legend}" }
            if let Some(hint) = &hint {
                p { id: "{name}-hint", class: "hint", "{hint}" }
            }
            div { class: "chip-row",
                for option in options {
                    label { key: "{option.code}", class: "chip",
                        input {
                            r#type: "radio",
                            name: "{name}",
                            value: "{option.code}",
                            checked: selected.as_deref() == Some(option.code.as_str()),
                            onchange: {
                                let code = option.code.clone();
                                move |_| onselect.call(code.clone())
                            },
                        }
                        span { class: "chip-face",
                            Icon { glyph: Glyph::Check }
                            span { "{option.label}" }
                        }
                    }
                }
            }
            FieldErrors { id: "{name}-errors", errors }
        }
    }
}

/// The main button of a slow action: it says it is working while `busy` and cannot be pressed
/// twice. A `submit` button leaves the action to its form.
#[component]
pub fn BusyButton(
    busy: bool,
    glyph: Glyph,
    label: String,
    busy_label: String,
    #[props(default)] submit: bool,
    #[props(default)] onclick: Option<EventHandler<MouseEvent>>,
) -> Element {
    rsx! {
        button {
            r#type: if submit { "submit" } else { "button" },
            class: "button button-primary",
            disabled: busy,
            aria_busy: if busy { "true" } else { "false" },
            onclick: move |event| {
                if let Some(handler) = &onclick {
                    handler.call(event);
                }
            },
            Icon { glyph }
            span {
                if busy {
                    "{busy_label}"
                } else {
                    "{label}"
                }
            }
        }
    }
}

/// The outcome of an action the user just took: its confirmation, or the translated reason it
/// failed; nothing before the first try.
#[component]
pub fn Feedback(outcome: Option<Result<String, String>>) -> Element {
    match outcome {
        Some(Ok(message)) => rsx! { Status { p { "{message}" } } },
        Some(Err(message)) => rsx! { Alert { p { "{message}" } } },
        None => rsx! {},
    }
}

/// A message that needs attention now (an error), announced when it appears.
#[component]
pub fn Alert(children: Element) -> Element {
    rsx! {
        div { class: "notice notice-error", role: "alert",
            Icon { glyph: Glyph::Alert }
            div { {children} }
        }
    }
}

/// Something the person should look at now but that is not an error of theirs (someone tried
/// their passphrase): amber, announced at once.
#[component]
pub fn Warning(
    children: Element,
    #[props(default)] ondismiss: Option<EventHandler<()>>,
    #[props(default)] dismiss_label: String,
) -> Element {
    rsx! {
        div { class: "notice notice-warning", role: "alert",
            Icon { glyph: Glyph::Alert }
            div { class: "notice-body", {children} }
            if let Some(dismiss) = ondismiss {
                button {
                    r#type: "button",
                    class: "button-quiet",
                    onclick: move |_| dismiss.call(()),
                    "{dismiss_label}"
                }
            }
        }
    }
}

/// A confirmation or information, announced politely.
#[component]
pub fn Status(
    children: Element,
    #[props(default)] ondismiss: Option<EventHandler<()>>,
    #[props(default)] dismiss_label: String,
) -> Element {
    rsx! {
        div { class: "notice notice-ok", role: "status",
            Icon { glyph: Glyph::Check }
            div { class: "notice-body", {children} }
            if let Some(dismiss) = ondismiss {
                button {
                    r#type: "button",
                    class: "button-quiet",
                    onclick: move |_| dismiss.call(()),
                    "{dismiss_label}"
                }
            }
        }
    }
}

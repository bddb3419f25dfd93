//! Passphrase inputs: one to type an existing passphrase, one to choose a new one with the
//! core's strength assessment (score and translated advice) shown while typing.

use dioxus::prelude::*;
use leefwereld_core::Lang;
use leefwereld_core::passphrase::{self, Strength};

use crate::components::fields::FieldErrors;
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr_args};

/// A password input with a show/hide button, so a long passphrase can be checked on a phone.
#[component]
pub fn PassphraseInput(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    lang: Lang,
    #[props(default)] errors: Vec<String>,
    #[props(default)] hint: Option<String>,
    #[props(default = "current-password".to_string())] autocomplete: String,
    #[props(default)] extra_described_by: Option<String>,
    #[props(default)] autofocus: bool,
) -> Element {
    let mut shown = use_signal(|| false);
    let mut ids = Vec::new();
    if hint.is_some() {
        ids.push(format!("{id}-hint"));
    }
    if let Some(extra) = &extra_described_by {
        ids.push(extra.clone());
    }
    if !errors.is_empty() {
        ids.push(format!("{id}-errors"));
    }
    let describedby = (!ids.is_empty()).then(|| ids.join(" "));
    let invalid = (!errors.is_empty()).then_some("true");
    let kind = if shown() { "text" } else { "password" };
    let toggle = if shown() {
        tr(lang, "passphrase-hide")
    } else {
        tr(lang, "passphrase-show")
    };
    rsx! {
        div { class: "field",
            label { r#for: "{id}", "{label}" }
            if let Some(hint) = &hint {
                p { id: "{id}-hint", class: "hint", "{hint}" }
            }
            div { class: "with-button",
                input {
                    id: "{id}",
                    r#type: kind,
                    initial_value: "{value}",
                    autocomplete: "{autocomplete}",
                    spellcheck: false,
                    "autocapitalize": "off",
                    aria_describedby: describedby,
                    aria_invalid: invalid,
                    oninput: move |event| oninput.call(event.value()),
                    onmounted: move |event| async move {
                        if autofocus {
                            let _ = event.set_focus(true).await;
                        }
                    },
                }
                button {
                    r#type: "button",
                    class: "button-quiet",
                    aria_pressed: if shown() { "true" } else { "false" },
                    aria_controls: "{id}",
                    onclick: move |_| shown.toggle(),
                    Icon { glyph: Glyph::Eye }
                    span { "{toggle}" }
                }
            }
            FieldErrors { id: "{id}-errors", errors }
        }
    }
}

/// How strong a new passphrase is, as the core judges it, in words and as a bar.
#[component]
pub fn StrengthMeter(id: String, strength: Strength, lang: Lang) -> Element {
    let label = tr(lang, &format!("passphrase-strength-{}", strength.score));
    let summary = tr_args(
        lang,
        "strength-score",
        &[("label", label.into()), ("score", strength.score.into())],
    );
    let verdict = if strength.acceptable {
        tr(lang, "strength-acceptable")
    } else {
        tr(lang, "strength-not-acceptable")
    };
    let advice = strength.advice_text(lang);
    let level = strength.score.min(4);
    rsx! {
        div { id: "{id}", class: "strength", "aria-live": "polite",
            div { class: "meter meter-{level}", "aria-hidden": "true",
                for n in 0..4u8 {
                    span { key: "{n}", class: if n < level { "bar filled" } else { "bar" } }
                }
            }
            p { class: "strong", "{summary}" }
            p { class: if strength.acceptable { "verdict ok" } else { "verdict weak" },
                Icon { glyph: if strength.acceptable { Glyph::Check } else { Glyph::Alert } }
                span { "{verdict}" }
            }
            if !advice.is_empty() {
                ul { class: "advice",
                    for (i, line) in advice.iter().enumerate() {
                        li { key: "{i}", "{line}" }
                    }
                }
            }
        }
    }
}

/// A new passphrase with live strength feedback. `context` holds words the user entered
/// elsewhere (organisation, pseudonym) that make a passphrase easy to guess.
#[component]
pub fn NewPassphrase(
    id: String,
    label: String,
    value: String,
    oninput: EventHandler<String>,
    context: Vec<String>,
    lang: Lang,
    #[props(default)] errors: Vec<String>,
    #[props(default)] hint: Option<String>,
) -> Element {
    let strength = (!value.is_empty()).then(|| {
        let words: Vec<&str> = context.iter().map(String::as_str).collect();
        passphrase::assess(&value, &words)
    });
    let meter_id = format!("{id}-strength");
    rsx! {
        PassphraseInput {
            id: id.clone(),
            label,
            value,
            oninput,
            lang,
            errors,
            hint,
            autocomplete: "new-password",
            extra_described_by: strength.as_ref().map(|_| meter_id.clone()),
        }
        if let Some(strength) = strength {
            StrengthMeter { id: meter_id, strength, lang }
        }
    }
}

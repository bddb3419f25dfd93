//! The errors of a form, kept as the core gave them and translated when shown, so they follow
//! a language switch.

use std::sync::Arc;

use dioxus::prelude::*;
use leefwereld_core::{EntryField, Error, Invalid, Lang};

use crate::components::fields::Alert;
use crate::components::jump::{Place, go_to};
use crate::i18n::tr;

/// What went wrong with the last attempt to save a form.
#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    /// Problems the core found with the content; each belongs to a field.
    invalid: Vec<Invalid>,
    /// Problems the app found before calling the core: (field, message id).
    local: Vec<(EntryField, &'static str)>,
    /// Anything else (locked, disk full, in use, …): shown above the form.
    other: Option<Arc<Error>>,
}

impl PartialEq for FormErrors {
    fn eq(&self, other: &Self) -> bool {
        self.invalid == other.invalid
            && self.local == other.local
            && match (&self.other, &other.other) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl FormErrors {
    /// The errors of a failed facade call.
    pub fn from_error(error: Error) -> FormErrors {
        match error {
            Error::Invalid(invalid) => FormErrors {
                invalid,
                ..FormErrors::default()
            },
            other => FormErrors {
                other: Some(Arc::new(other)),
                ..FormErrors::default()
            },
        }
    }

    /// A problem the app found itself, with the id of its message.
    pub fn local(field: EntryField, message_id: &'static str) -> FormErrors {
        FormErrors {
            local: vec![(field, message_id)],
            ..FormErrors::default()
        }
    }

    /// These errors and a problem the app found itself.
    pub fn with_local(mut self, field: EntryField, message_id: &'static str) -> FormErrors {
        self.local.push((field, message_id));
        self
    }

    pub fn is_empty(&self) -> bool {
        self.invalid.is_empty() && self.local.is_empty() && self.other.is_none()
    }

    /// The messages that belong beside `field`.
    pub fn field(&self, field: EntryField, lang: Lang) -> Vec<String> {
        let core = self
            .invalid
            .iter()
            .filter(|invalid| invalid.field() == field)
            .map(|invalid| invalid.localized(lang));
        let local = self
            .local
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, id)| tr(lang, id));
        core.chain(local).collect()
    }

    /// Every content problem with the field it is about, in the order the core reported them.
    pub fn all_fields(&self, lang: Lang) -> Vec<(EntryField, String)> {
        self.invalid
            .iter()
            .map(|invalid| (invalid.field(), invalid.localized(lang)))
            .chain(self.local.iter().map(|(field, id)| (*field, tr(lang, id))))
            .collect()
    }

    /// The error that is not about a field.
    pub fn other(&self) -> Option<&Error> {
        self.other.as_deref()
    }
}

/// The summary above a form: what is wrong, in plain words, announced at once. The same
/// messages stand beside their fields.
#[component]
pub fn ErrorSummary(errors: FormErrors, lang: Lang) -> Element {
    // A failed save brings the summary into view and gives it focus, so the worker (and a
    // screen reader) learns at once what is wrong; each item leads to its field (the NL
    // Design System's error summary). The hook runs on every render, before any return.
    use_effect(use_reactive!(|errors| {
        if !errors.is_empty() {
            document::eval(
                "const s = document.getElementById('error-summary'); \
                 if (s) { s.scrollIntoView({ block: 'start' }); s.focus({ preventScroll: true }); }",
            );
        }
    }));
    if errors.is_empty() {
        return rsx! {};
    }
    let fields = errors.all_fields(lang);
    rsx! {
        div { id: "error-summary", class: "error-summary", tabindex: "-1",
            Alert {
                if let Some(other) = errors.other() {
                    p { "{other.localized(lang)}" }
                }
                if !fields.is_empty() {
                    p { class: "strong", {tr(lang, "error-invalid")} }
                    ul {
                        for (i, (field, message)) in fields.iter().enumerate() {
                            li { key: "{i}",
                                a {
                                    href: "#{field_target(*field)}",
                                    onclick: {
                                        let target = field_target(*field);
                                        move |event: MouseEvent| {
                                            event.prevent_default();
                                            go_to(target, Place::Center);
                                        }
                                    },
                                    "{message}"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The element a field's problem leads to: the input with that id, or the first of a group
/// of choices with that name.
fn field_target(field: EntryField) -> &'static str {
    match field {
        EntryField::ObservedAt => "observed",
        EntryField::OrderReference => "order-reference",
        EntryField::Aliases => "alias",
        other => other.code(),
    }
}

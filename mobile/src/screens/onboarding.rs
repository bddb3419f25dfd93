//! Onboarding: language, role, organisation, pseudonym and passphrase, and in three lines what
//! the app keeps and what leaves the device. Creates the vault through the core.

use dioxus::prelude::*;
use leefwereld_core::{Error, Lang, Profile, Role, Vault};

use crate::components::fields::{Alert, BusyButton, Chips, Choice, SelectField, TextField};
use crate::components::icons::{Glyph, Icon};
use crate::components::passphrase::{NewPassphrase, PassphraseInput};
use crate::components::vocab::choices;
use crate::i18n::tr;
use crate::platform;
use crate::route::Route;
use crate::state::use_app;

/// Where a creation error belongs on this form.
fn field_of(error: &Error) -> Option<&'static str> {
    match error {
        Error::WeakPassphrase => Some("passphrase"),
        Error::InvalidSetting {
            name: "organisation",
        } => Some("organisation"),
        Error::InvalidSetting { name: "pseudonym" } => Some("pseudonym"),
        _ => None,
    }
}

#[component]
pub fn Onboarding() -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let mut role = use_signal(|| Role::YouthWorker);
    let mut organisation = use_signal(String::new);
    let mut pseudonym = use_signal(String::new);
    let mut passphrase = use_signal(String::new);
    let mut repeat = use_signal(String::new);
    let mut mismatch = use_signal(|| false);
    let mut failure = use_signal(|| None::<std::sync::Arc<Error>>);
    let mut busy = use_signal(|| false);

    let create = move |event: FormEvent| {
        event.prevent_default();
        if busy() {
            return;
        }
        failure.set(None);
        let matches = passphrase() == repeat();
        mismatch.set(!matches);
        if !matches {
            return;
        }
        let profile = Profile {
            role: role(),
            organisation: organisation().trim().to_owned(),
            pseudonym: pseudonym().trim().to_owned(),
            language: app.lang(),
        };
        let secret = passphrase();
        let dir = app.vault_dir();
        let options = platform::vault_options(app.is_training());
        busy.set(true);
        spawn(async move {
            let created = platform::off_thread(move || match dir {
                Some(dir) => Vault::create(dir, &secret, profile, options),
                None => Vault::create_in_memory(&secret, profile, options),
            })
            .await;
            busy.set(false);
            match created {
                Ok(vault) => {
                    app.created(vault);
                    nav.replace(Route::Home {});
                }
                Err(err) => failure.set(Some(std::sync::Arc::new(err))),
            }
        });
    };

    let error_for = |field: &str| -> Vec<String> {
        match failure.read().as_deref() {
            Some(err) if field_of(err) == Some(field) => vec![err.localized(lang)],
            _ => Vec::new(),
        }
    };
    let general = failure
        .read()
        .as_deref()
        .filter(|err| field_of(err).is_none())
        .map(|err| err.localized(lang));
    let repeat_errors = if mismatch() {
        vec![tr(lang, "onboarding-repeat-mismatch")]
    } else {
        Vec::new()
    };
    let languages: Vec<Choice> = Lang::ALL
        .iter()
        .map(|l| Choice::new(l.code(), tr(*l, "language-own-name")))
        .collect();

    rsx! {
        main { id: "main-content", class: "content onboarding",
            h1 { {tr(lang, "onboarding-title")} }
            p { class: "lead", {tr(lang, "onboarding-intro")} }
            section { class: "card promises", aria_labelledby: "promises-title",
                h2 { id: "promises-title", {tr(lang, "onboarding-promises-title")} }
                ul {
                    li { Icon { glyph: Glyph::Lock } span { {tr(lang, "onboarding-promise-kept")} } }
                    li { Icon { glyph: Glyph::Check } span { {tr(lang, "onboarding-promise-shared")} } }
                    li { Icon { glyph: Glyph::Info } span { {tr(lang, "onboarding-promise-identity")} } }
                }
            }
            form { class: "stack", novalidate: true, onsubmit: create,
                Chips {
                    name: "language",
                    legend: tr(lang, "onboarding-language"),
                    options: languages,
                    selected: Some(lang.code().to_owned()),
                    onselect: move |code: String| app.set_lang(Lang::from_code(&code)),
                }
                SelectField {
                    id: "role",
                    label: tr(lang, "onboarding-role"),
                    hint: tr(lang, "onboarding-role-hint"),
                    options: choices::<Role>(lang),
                    selected: role().code().to_owned(),
                    onchange: move |code: String| {
                        if let Some(r) = Role::from_code(&code) {
                            role.set(r);
                        }
                    },
                }
                TextField {
                    id: "organisation",
                    label: tr(lang, "onboarding-organisation"),
                    hint: tr(lang, "onboarding-organisation-hint"),
                    value: organisation(),
                    autocomplete: "organization",
                    required: true,
                    errors: error_for("organisation"),
                    oninput: move |value| organisation.set(value),
                }
                TextField {
                    id: "pseudonym",
                    label: tr(lang, "onboarding-pseudonym"),
                    hint: tr(lang, "onboarding-pseudonym-hint"),
                    value: pseudonym(),
                    required: true,
                    errors: error_for("pseudonym"),
                    oninput: move |value| pseudonym.set(value),
                }
                NewPassphrase {
                    id: "passphrase",
                    label: tr(lang, "onboarding-passphrase"),
                    hint: tr(lang, "onboarding-passphrase-hint"),
                    value: passphrase(),
                    context: leefwereld_core::passphrase::context(&organisation(), &pseudonym()),
                    lang,
                    errors: error_for("passphrase"),
                    oninput: move |value| passphrase.set(value),
                }
                PassphraseInput {
                    id: "repeat",
                    label: tr(lang, "onboarding-repeat"),
                    value: repeat(),
                    lang,
                    autocomplete: "new-password",
                    errors: repeat_errors,
                    oninput: move |value| repeat.set(value),
                }
                if let Some(message) = general {
                    Alert { p { "{message}" } }
                }
                div { class: "form-actions",
                    BusyButton {
                        submit: true,
                        busy: busy(),
                        glyph: Glyph::Lock,
                        label: tr(lang, "onboarding-create"),
                        busy_label: tr(lang, "onboarding-creating"),
                    }
                }
            }
        }
    }
}

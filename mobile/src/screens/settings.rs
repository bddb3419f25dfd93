//! Settings: language (switched at once), auto-lock and retention, the passphrase, the
//! connection profile and accountability report (in [`super::settings_sharing`]), and quick
//! delete. Values out of range are refused by the core with a message that names the setting.

use dioxus::prelude::*;
use leefwereld_core::profile::ranges;
use leefwereld_core::{Error, Lang, Settings};

use crate::components::fields::{
    Alert, Chips, Choice, SelectField, Status, TextField, clear_input,
};
use crate::components::icons::{Glyph, Icon};
use crate::components::passphrase::{NewPassphrase, PassphraseInput};
use crate::components::quick_delete::QuickDelete;
use crate::i18n::{tr, tr_args, tr1};
use crate::platform;
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::screens::settings_sharing::{ConnectionSection, ReportSection};
use crate::state::use_app;

/// The lock timeouts offered, in seconds (all within the core's range).
const LOCK_TIMEOUTS: [u32; 8] = [30, 60, 120, 300, 600, 900, 1800, 3600];

#[component]
pub fn SettingsScreen() -> Element {
    let app = use_app();
    let lang = app.lang();
    let settings = use_query(|vault| vault.settings());
    let languages: Vec<Choice> = Lang::ALL
        .iter()
        .map(|l| Choice::new(l.code(), tr(*l, "language-own-name")))
        .collect();
    let mut language_error = use_signal(|| None::<String>);

    rsx! {
        h1 { {tr(lang, "settings-title")} }
        section { class: "card", aria_labelledby: "language-title",
            h2 { id: "language-title", {tr(lang, "settings-language-title")} }
            Chips {
                name: "language",
                legend: tr(lang, "settings-language"),
                options: languages,
                selected: Some(lang.code().to_owned()),
                onselect: move |code: String| {
                    let chosen = Lang::from_code(&code);
                    match app.call(|vault| vault.set_language(chosen)) {
                        Ok(()) => {
                            language_error.set(None);
                            app.set_lang(chosen);
                        }
                        Err(err) => language_error.set(Some(err.localized(app.lang()))),
                    }
                },
            }
            if let Some(message) = language_error() {
                Alert { p { "{message}" } }
            }
        }
        match &*settings.read() {
            Loaded::Loading => rsx! {},
            Loaded::Failed(message) => rsx! { Alert { p { "{message}" } } },
            Loaded::Ready(current) => rsx! { KeepingForm { current: current.clone() } },
        }
        ChangePassphrase {}
        ConnectionSection {}
        ReportSection {}
        QuickDelete {}
        Link { to: Route::About {}, class: "guide-link",
            Icon { glyph: Glyph::Info }
            span {
                span { class: "guide-label", {tr(lang, "settings-about-title")} }
                span { class: "guide-hint", {tr(lang, "settings-about-hint")} }
            }
        }
    }
}

/// Auto-lock and retention, saved together.
#[component]
fn KeepingForm(current: Settings) -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut lock_seconds = use_signal(|| current.lock_timeout_seconds);
    let mut trend_days = use_signal(|| current.retention_trend_days.to_string());
    let mut signal_days = use_signal(|| current.retention_signal_days.to_string());
    let mut outcome = use_signal(|| None::<Result<u32, std::sync::Arc<Error>>>);

    let save = move |event: FormEvent| {
        event.prevent_default();
        let parse = |text: String, name: &'static str| {
            text.trim()
                .parse::<u32>()
                .map_err(|_| Error::InvalidSetting { name })
        };
        let result = (|| {
            let settings = Settings {
                lock_timeout_seconds: lock_seconds(),
                retention_trend_days: parse(trend_days(), "retention_trend_days")?,
                retention_signal_days: parse(signal_days(), "retention_signal_days")?,
                ..current.clone()
            };
            app.call(|vault| vault.update_settings(settings))
        })();
        outcome.set(Some(result.map_err(std::sync::Arc::new)));
    };

    let mut timeouts: Vec<u32> = LOCK_TIMEOUTS.to_vec();
    if !timeouts.contains(&lock_seconds()) {
        timeouts.push(lock_seconds());
        timeouts.sort_unstable();
    }
    let timeout_options: Vec<Choice> = timeouts
        .iter()
        .map(|s| Choice::new(s.to_string(), duration_label(*s, lang)))
        .collect();
    let retention_hint = tr_args(
        lang,
        "settings-retention-hint",
        &[
            ("min", (*ranges::RETENTION_DAYS.start()).into()),
            ("max", (*ranges::RETENTION_DAYS.end()).into()),
        ],
    );

    rsx! {
        section { class: "card", aria_labelledby: "keeping-title",
            h2 { id: "keeping-title", {tr(lang, "settings-keeping-title")} }
            form { class: "stack", novalidate: true, onsubmit: save,
                SelectField {
                    id: "lock-timeout",
                    label: tr(lang, "settings-lock-timeout"),
                    hint: tr(lang, "settings-lock-timeout-hint"),
                    options: timeout_options,
                    selected: lock_seconds().to_string(),
                    onchange: move |code: String| {
                        if let Ok(seconds) = code.parse() {
                            lock_seconds.set(seconds);
                        }
                    },
                }
                fieldset { class: "stack", aria_describedby: "retention-hint",
                    legend { {tr(lang, "settings-retention")} }
                    p { id: "retention-hint", class: "hint", "{retention_hint}" }
                    TextField {
                        id: "retention-trend",
                        kind: "number",
                        label: tr(lang, "settings-retention-trend"),
                        value: trend_days(),
                        oninput: move |value| trend_days.set(value),
                    }
                    TextField {
                        id: "retention-signal",
                        kind: "number",
                        label: tr(lang, "settings-retention-signal"),
                        value: signal_days(),
                        oninput: move |value| signal_days.set(value),
                    }
                }
                match &*outcome.read() {
                    None => rsx! {},
                    Some(Ok(purged)) => rsx! {
                        Status {
                            p { {tr(lang, "settings-saved")} }
                            if *purged > 0 {
                                p { {tr1(lang, "settings-purged", "count", *purged)} }
                            }
                        }
                    },
                    Some(Err(err)) => rsx! { Alert { p { {err.localized(lang)} } } },
                }
                div { class: "form-actions",
                    button { r#type: "submit", class: "button button-primary", {tr(lang, "settings-save")} }
                }
            }
        }
    }
}

/// "30 seconds", "2 minutes", …
fn duration_label(seconds: u32, lang: Lang) -> String {
    if seconds < 60 || !seconds.is_multiple_of(60) {
        tr1(lang, "duration-seconds", "count", seconds)
    } else {
        tr1(lang, "duration-minutes", "count", seconds / 60)
    }
}

/// A new passphrase, confirmed with the old one. The keys are rotated and every value re-sealed.
#[component]
fn ChangePassphrase() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut old = use_signal(String::new);
    let mut new = use_signal(String::new);
    let mut repeat = use_signal(String::new);
    let mut mismatch = use_signal(|| false);
    let mut busy = use_signal(|| false);
    let mut outcome = use_signal(|| None::<Result<(), std::sync::Arc<Error>>>);
    let profile = use_query(|vault| vault.profile());

    let change = move |event: FormEvent| {
        event.prevent_default();
        if busy() {
            return;
        }
        outcome.set(None);
        mismatch.set(new() != repeat());
        if mismatch() {
            return;
        }
        let Some(vault) = app.vault() else { return };
        let (old_secret, new_secret) = (
            zeroize::Zeroizing::new(old()),
            zeroize::Zeroizing::new(new()),
        );
        let options = platform::vault_options(app.is_training());
        busy.set(true);
        spawn(async move {
            let result = platform::off_thread(move || {
                vault.change_passphrase(&old_secret, &new_secret, &options)
            })
            .await;
            busy.set(false);
            if result.is_ok() {
                old.set(String::new());
                new.set(String::new());
                repeat.set(String::new());
                for id in ["old-passphrase", "new-passphrase", "repeat-passphrase"] {
                    clear_input(id);
                }
            }
            app.observe(&result);
            outcome.set(Some(result.map_err(std::sync::Arc::new)));
        });
    };

    let error_on = |field: &str| -> Vec<String> {
        match &*outcome.read() {
            Some(Err(err)) => {
                let belongs = match **err {
                    Error::WrongPassphrase => "old",
                    Error::WeakPassphrase | Error::SamePassphrase => "new",
                    _ => "",
                };
                if belongs == field {
                    vec![err.localized(lang)]
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    };
    let other = match &*outcome.read() {
        Some(Err(err))
            if !matches!(
                **err,
                Error::WrongPassphrase | Error::WeakPassphrase | Error::SamePassphrase
            ) =>
        {
            Some(err.localized(lang))
        }
        _ => None,
    };
    let done = matches!(&*outcome.read(), Some(Ok(())));
    let context = match &*profile.read() {
        Loaded::Ready(p) => p.passphrase_context(),
        _ => Vec::new(),
    };

    rsx! {
        section { class: "card", aria_labelledby: "passphrase-title",
            h2 { id: "passphrase-title", {tr(lang, "settings-passphrase-title")} }
            form { class: "stack", novalidate: true, onsubmit: change,
                PassphraseInput {
                    id: "old-passphrase",
                    label: tr(lang, "settings-passphrase-old"),
                    value: old(),
                    lang,
                    errors: error_on("old"),
                    oninput: move |value| old.set(value),
                }
                NewPassphrase {
                    id: "new-passphrase",
                    label: tr(lang, "settings-passphrase-new"),
                    value: new(),
                    context,
                    lang,
                    errors: error_on("new"),
                    oninput: move |value| new.set(value),
                }
                PassphraseInput {
                    id: "repeat-passphrase",
                    label: tr(lang, "onboarding-repeat"),
                    value: repeat(),
                    lang,
                    autocomplete: "new-password",
                    errors: if mismatch() { vec![tr(lang, "onboarding-repeat-mismatch")] } else { Vec::new() },
                    oninput: move |value| repeat.set(value),
                }
                if let Some(message) = other {
                    Alert { p { "{message}" } }
                }
                if done {
                    Status { p { {tr(lang, "settings-passphrase-changed")} } }
                }
                div { class: "form-actions",
                    button {
                        r#type: "submit",
                        class: "button button-secondary",
                        disabled: busy(),
                        aria_busy: if busy() { "true" } else { "false" },
                        if busy() {
                            {tr(lang, "settings-passphrase-busy")}
                        } else {
                            {tr(lang, "settings-passphrase-submit")}
                        }
                    }
                }
            }
        }
    }
}

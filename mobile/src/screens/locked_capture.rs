//! A note from the lock screen: no passphrase, no waiting for the key. The core seals it to the
//! vault's public recipient at once; the lock screen shows nothing of it afterwards, only how
//! many notes wait. After unlock the worker confirms each on home (`PendingNotes`).

use dioxus::prelude::*;
use leefwereld_core::{EntryContent, EntryKind, Platform, SourceType, Theme};

use crate::components::fields::{Chips, Choice, Feedback, FieldErrors, SelectField, TextArea};
use crate::components::icons::{Glyph, Icon};
use crate::components::vocab::{Vocab, choices};
use crate::i18n::{Lang, tr, tr1};
use crate::state::use_app;

/// A list of `T` that starts with "choose…" (no silent pre-selection).
fn required_choices<T: Vocab>(lang: Lang) -> Vec<Choice> {
    std::iter::once(Choice::new("", tr(lang, "locked-choose")))
        .chain(choices::<T>(lang))
        .collect()
}

#[component]
pub fn LockedCapture() -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut kind = use_signal(|| None::<EntryKind>);
    let mut text = use_signal(String::new);
    let mut reason = use_signal(String::new);
    let mut theme = use_signal(|| None::<Theme>);
    let mut platform = use_signal(|| None::<Platform>);
    let mut source = use_signal(|| None::<SourceType>);
    let mut missing = use_signal(Vec::<&'static str>::new);
    let mut outcome = use_signal(|| None::<Result<String, String>>);
    let mut waiting = use_signal(|| {
        app.vault()
            .and_then(|vault| vault.pending().count().ok())
            .unwrap_or(0)
    });
    let mut reset = move || {
        kind.set(None);
        text.set(String::new());
        reason.set(String::new());
        theme.set(None);
        platform.set(None);
        source.set(None);
        missing.set(Vec::new());
    };

    let save = move |event: FormEvent| {
        event.prevent_default();
        let Some(vault) = app.vault() else {
            return;
        };
        let Some(chosen) = kind() else {
            return;
        };
        let mut gaps = Vec::new();
        if theme().is_none() {
            gaps.push("theme");
        }
        if platform().is_none() {
            gaps.push("platform");
        }
        if chosen == EntryKind::Signaal && source().is_none() {
            gaps.push("source");
        }
        if !gaps.is_empty() {
            missing.set(gaps);
            return;
        }
        let (Some(theme_), Some(platform_)) = (theme(), platform()) else {
            return;
        };
        let content = match (chosen, source()) {
            (EntryKind::Signaal, Some(source_)) => {
                EntryContent::signal(theme_, platform_, source_, text(), reason(), vault.now())
            }
            _ => EntryContent::trend(theme_, platform_, text(), vault.now()),
        };
        match vault.pending().capture(content, vec![]) {
            Ok(()) => {
                reset();
                waiting.set(vault.pending().count().unwrap_or(0));
                outcome.set(Some(Ok(tr(lang, "locked-saved"))));
            }
            Err(err) => outcome.set(Some(Err(err.localized(lang)))),
        }
    };
    let error_for = move |field: &str| -> Vec<String> {
        if missing.read().contains(&field) {
            vec![tr(lang, "locked-required")]
        } else {
            Vec::new()
        }
    };

    rsx! {
        section { class: "card locked-capture", aria_labelledby: "locked-capture-title",
            h2 { id: "locked-capture-title", {tr(lang, "locked-capture-title")} }
            p { class: "hint", {tr(lang, "locked-capture-hint")} }
            if waiting() > 0 {
                p { class: "notice notice-info", role: "status",
                    Icon { glyph: Glyph::Info }
                    span { {tr1(lang, "locked-waiting", "count", waiting())} }
                }
            }
            Feedback { outcome: outcome() }
            div { class: "capture-buttons",
                button {
                    r#type: "button",
                    class: "button button-secondary",
                    aria_pressed: if kind() == Some(EntryKind::Trend) { "true" } else { "false" },
                    onclick: move |_| {
                        outcome.set(None);
                        kind.set(Some(EntryKind::Trend));
                    },
                    {tr(lang, "home-capture-trend")}
                }
                button {
                    r#type: "button",
                    class: "button button-secondary",
                    aria_pressed: if kind() == Some(EntryKind::Signaal) { "true" } else { "false" },
                    onclick: move |_| {
                        outcome.set(None);
                        kind.set(Some(EntryKind::Signaal));
                    },
                    {tr(lang, "home-capture-signal")}
                }
            }
            if let Some(chosen) = kind() {
                form { class: "stack", novalidate: true, onsubmit: save,
                    TextArea {
                        id: "locked-text",
                        label: tr(lang, "locked-text"),
                        value: text(),
                        autofocus: true,
                        required: true,
                        oninput: move |value| text.set(value),
                    }
                    if chosen == EntryKind::Signaal {
                        TextArea {
                            id: "locked-reason",
                            label: tr(lang, "locked-reason"),
                            value: reason(),
                            rows: 2,
                            required: true,
                            oninput: move |value| reason.set(value),
                        }
                        Chips {
                            name: "locked-source",
                            legend: tr(lang, "locked-source"),
                            options: choices::<SourceType>(lang),
                            selected: source().map(|s| s.code().to_owned()),
                            errors: error_for("source"),
                            onselect: move |code: String| source.set(SourceType::from_code(&code)),
                        }
                    }
                    SelectField {
                        id: "locked-theme",
                        label: tr(lang, "locked-theme"),
                        options: required_choices::<Theme>(lang),
                        selected: theme().map(|t| t.code().to_owned()).unwrap_or_default(),
                        onchange: move |code: String| theme.set(Theme::from_code(&code)),
                    }
                    FieldErrors { id: "locked-theme-errors", errors: error_for("theme") }
                    SelectField {
                        id: "locked-platform",
                        label: tr(lang, "locked-platform"),
                        options: required_choices::<Platform>(lang),
                        selected: platform().map(|p| p.code().to_owned()).unwrap_or_default(),
                        onchange: move |code: String| platform.set(Platform::from_code(&code)),
                    }
                    FieldErrors { id: "locked-platform-errors", errors: error_for("platform") }
                    div { class: "form-actions",
                        button { r#type: "submit", class: "button button-primary",
                            {tr(lang, "locked-save")}
                        }
                        button {
                            r#type: "button",
                            class: "button-quiet",
                            onclick: move |_| reset(),
                            {tr(lang, "common-cancel")}
                        }
                    }
                }
            }
        }
    }
}

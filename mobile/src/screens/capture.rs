//! Capture: a trend in at most three taps plus text (tap "trend", type, a theme chip, save; the
//! most used themes come first, the last one is offered but never pre-selected, and the
//! platform keeps the last one used), or a signal with everything it needs.

use dioxus::prelude::*;
use leefwereld_core::{EntryField, EntryKind};

use crate::components::entry_form::EntryForm;
use crate::components::form_errors::FormErrors;
use crate::draft::Draft;
use crate::i18n::tr;
use crate::route::Route;
use crate::state::{Defaults, Flash, use_app};

#[component]
pub fn CaptureTrend() -> Element {
    rsx! { Capture { kind: EntryKind::Trend } }
}

#[component]
pub fn CaptureSignal() -> Element {
    rsx! { Capture { kind: EntryKind::Signaal } }
}

#[component]
fn Capture(kind: EntryKind) -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let mut draft = app.capture;
    // Opening the other kind turns the draft into it; what was typed stays.
    use_effect(move || {
        if draft.peek().content.kind != kind {
            draft.write().content.kind = kind;
        }
    });
    let mut errors = use_signal(FormErrors::default);

    let save = move |_: ()| {
        let mut current = draft.read().clone();
        current.content.kind = kind;
        let Some(vault) = app.vault() else { return };
        let Some(observed_at) = current.observed_at(vault.now()) else {
            errors.set(FormErrors::local(
                EntryField::ObservedAt,
                "form-observed-invalid",
            ));
            return;
        };
        let content = current.content(observed_at);
        if current.needs_theme() || current.needs_source() {
            // Said together with what the core finds, so the worker fixes everything at once.
            let problems = vault.entries().check(&content, true);
            let mut found = FormErrors::from_error(leefwereld_core::Error::Invalid(problems));
            if current.needs_theme() {
                found = found.with_local(EntryField::Theme, "form-theme-required");
            }
            if current.needs_source() {
                found = found.with_local(EntryField::SourceType, "form-source-required");
            }
            errors.set(found);
            return;
        }
        let attachments = current.attachments.clone();
        match app.call(|vault| vault.entries().capture(content, attachments)) {
            Ok(entry) => {
                let defaults = Defaults {
                    theme: entry.content.theme,
                    platform: entry.content.platform,
                };
                let mut remembered = app.defaults;
                remembered.set(defaults);
                draft.set(Draft::new(kind, defaults));
                errors.set(FormErrors::default());
                let mut flash = app.flash;
                flash.set(Some(Flash::Saved(kind)));
                nav.push(Route::Home {});
            }
            // The shell shows the lock screen; the draft waits for the unlock.
            Err(leefwereld_core::Error::Locked) => {}
            Err(err) => errors.set(FormErrors::from_error(err)),
        }
    };
    let discard = move |_: MouseEvent| {
        // Kept in memory for a few seconds, so a slip of the thumb can be undone.
        let thrown = draft.replace(Draft::new(kind, *app.defaults.peek()));
        let mut discarded = app.discarded;
        discarded.set((!thrown.is_blank()).then_some(thrown));
        errors.set(FormErrors::default());
        let mut flash = app.flash;
        flash.set(Some(Flash::Discarded(kind)));
        nav.push(Route::Home {});
    };
    let (title, intro) = match kind {
        EntryKind::Trend => ("capture-trend-title", "capture-trend-intro"),
        EntryKind::Signaal => ("capture-signal-title", "capture-signal-intro"),
    };

    rsx! {
        Link { to: Route::Home {}, class: "back-link", {tr(lang, "capture-back")} }
        h1 { {tr(lang, title)} }
        p { class: "lead", {tr(lang, intro)} }
        EntryForm {
            kind,
            draft,
            errors: errors(),
            busy: false,
            save_label: tr(lang, "capture-save"),
            onsave: save,
            secondary: rsx! {
                button { r#type: "button", class: "button button-secondary", onclick: discard,
                    {tr(lang, "capture-discard")}
                }
            },
        }
    }
}

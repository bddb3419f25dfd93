//! Editing an entry: the same form as capture, over a draft of the entry's current content.
//! Saving writes a new revision; the previous one stays readable on the detail screen.

use dioxus::prelude::*;
use leefwereld_core::{EntryField, EntryId, Error};

use crate::components::entry_form::EntryForm;
use crate::components::fields::Alert;
use crate::components::form_errors::FormErrors;
use crate::draft::Draft;
use crate::i18n::tr;
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::state::{Flash, use_app};

#[component]
pub fn EntryEdit(id: EntryId) -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let entry = use_query(move |vault| vault.entries().get(id));
    let mut editing = app.editing;
    let mut draft = app.edit_draft;
    let mut errors = use_signal(FormErrors::default);

    // A draft of this entry survives a lock; any other entry's draft is replaced.
    use_effect(move || {
        if let Loaded::Ready(entry) = &*entry.read()
            && *editing.peek() != Some(id)
        {
            draft.set(Draft::from_entry(entry));
            editing.set(Some(id));
        }
    });

    let loaded = entry.read().clone();
    let entry = match loaded {
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => {
            return rsx! {
                h1 { {tr(lang, "edit-title")} }
                Alert { p { "{message}" } }
            };
        }
        Loaded::Ready(entry) => entry,
    };
    if *editing.read() != Some(id) {
        return rsx! {};
    }

    let save = move |_: ()| {
        let current = draft.read().clone();
        let Some(vault) = app.vault() else { return };
        let Some(observed_at) = current.observed_at(vault.now()) else {
            errors.set(FormErrors::local(
                EntryField::ObservedAt,
                "form-observed-invalid",
            ));
            return;
        };
        let content = current.content(observed_at);
        let attachments = current.attachments.clone();
        match app.call(|vault| vault.entries().edit(id, content, attachments)) {
            Ok(_) => {
                editing.set(None);
                errors.set(FormErrors::default());
                let mut flash = app.flash;
                flash.set(Some(Flash::Updated));
                nav.replace(Route::EntryDetail { id });
            }
            Err(Error::Locked) => {}
            Err(err) => errors.set(FormErrors::from_error(err)),
        }
    };
    let cancel = move |_: MouseEvent| {
        editing.set(None);
        nav.replace(Route::EntryDetail { id });
    };

    rsx! {
        h1 { {tr(lang, "edit-title")} }
        p { class: "lead", {tr(lang, "edit-intro")} }
        EntryForm {
            kind: entry.content.kind,
            draft,
            editing: Some(id),
            errors: errors(),
            busy: false,
            existing_attachments: entry.attachments.len(),
            existing_files: entry.attachments.iter().map(|a| (a.name.clone(), a.size)).collect::<Vec<_>>(),
            save_label: tr(lang, "edit-save"),
            onsave: save,
            secondary: rsx! {
                button { r#type: "button", class: "button button-secondary", onclick: cancel,
                    {tr(lang, "common-cancel")}
                }
            },
        }
    }
}

//! Adding files (screenshots) to a draft. Files larger than the core accepts are refused at
//! once with the core's own message, before they are read into memory.

use dioxus::prelude::*;
use leefwereld_core::model::limits;
use leefwereld_core::{Attachment, Invalid};

use crate::components::fields::FieldErrors;
use crate::components::icons::{Glyph, Icon};
use crate::draft::Draft;
use crate::i18n::{self, tr, tr_args};
use crate::state::use_app;

/// The file picker and the files already picked. `existing` is how many attachments the entry
/// already has (when editing), so numbers in messages match what the core says.
#[component]
pub fn AttachmentPicker(
    draft: Signal<Draft>,
    existing: usize,
    errors: Vec<String>,
    /// Names and sizes of the files the entry already has (editing), listed above the picker.
    #[props(default)]
    existing_files: Vec<(String, u64)>,
) -> Element {
    let mut draft = draft;
    let app = use_app();
    let lang = app.lang();
    let mut refused = use_signal(Vec::<Invalid>::new);
    let mut unreadable = use_signal(|| false);

    let pick = move |event: FormEvent| {
        refused.set(Vec::new());
        unreadable.set(false);
        for file in event.files() {
            let number = existing + draft.peek().attachments.len() + 1;
            if file.size() > limits::ATTACHMENT_BYTES_MAX as u64 {
                refused.write().push(Invalid::AttachmentTooLarge {
                    number,
                    max_mb: limits::ATTACHMENT_BYTES_MAX / (1024 * 1024),
                });
                continue;
            }
            spawn(async move {
                match file.read_bytes().await {
                    Ok(bytes) => draft.write().attachments.push(Attachment {
                        name: file.name(),
                        media_type: file.content_type().unwrap_or_default(),
                        bytes: bytes.to_vec(),
                    }),
                    Err(_) => unreadable.set(true),
                }
            });
        }
    };

    let mut messages: Vec<String> = refused.read().iter().map(|i| i.localized(lang)).collect();
    if unreadable() {
        messages.push(tr(lang, "attachments-unreadable"));
    }
    messages.extend(errors);
    let picked = draft.read().attachments.clone();
    let invalid = (!messages.is_empty()).then_some("true");
    let describedby = if messages.is_empty() {
        "attachments-hint".to_string()
    } else {
        "attachments-hint attachments-errors".to_string()
    };
    let hint = tr_args(
        lang,
        "attachments-hint",
        &[("max", (limits::ATTACHMENT_BYTES_MAX / (1024 * 1024)).into())],
    );

    rsx! {
        div { class: "field",
            label { r#for: "attachments", {tr(lang, "attachments-label")} }
            p { id: "attachments-hint", class: "hint", "{hint}" }
            if !existing_files.is_empty() {
                p { class: "hint", {tr(lang, "attachments-existing")} }
                ul { class: "files",
                    for (i, (name, size)) in existing_files.iter().enumerate() {
                        li { key: "existing-{i}",
                            Icon { glyph: Glyph::Clip }
                            span { class: "file-name", "{name}" }
                            span { class: "file-size", {i18n::size(*size, lang)} }
                        }
                    }
                }
            }
            // The browser's own button speaks the browser's language; this one the app's.
            input {
                id: "attachments",
                class: "visually-hidden file-input",
                r#type: "file",
                accept: "image/*,application/pdf",
                multiple: true,
                aria_describedby: describedby,
                aria_invalid: invalid,
                onchange: pick,
            }
            label { r#for: "attachments", class: "button button-secondary file-button", aria_hidden: "true",
                Icon { glyph: Glyph::Clip }
                span { {tr(lang, "attachments-choose")} }
            }
            FieldErrors { id: "attachments-errors", errors: messages }
            if !picked.is_empty() {
                ul { class: "files",
                    for (i, file) in picked.iter().enumerate() {
                        li { key: "{i}-{file.name}",
                            Icon { glyph: Glyph::Clip }
                            span { class: "file-name", "{file.name}" }
                            span { class: "file-size", {i18n::size(file.bytes.len() as u64, lang)} }
                            button {
                                r#type: "button",
                                class: "button-quiet",
                                aria_label: tr_args(lang, "attachments-remove-named", &[("name", file.name.clone().into())]),
                                onclick: move |_| {
                                    let mut d = draft.write();
                                    if i < d.attachments.len() {
                                        d.attachments.remove(i);
                                    }
                                },
                                {tr(lang, "attachments-remove")}
                            }
                        }
                    }
                }
            }
        }
    }
}

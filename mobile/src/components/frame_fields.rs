//! The role frames beside the form, before saving: what the core's `check_frames` says about
//! the entry as it stands, and the two fields a frame can ask for — the order reference of the
//! public prosecutor (police, closed sources) and a justification (a repeated signal about the
//! same people). Both go into the core's own content, so saving and editing keep them.

use dioxus::prelude::*;
use leefwereld_core::EntryId;
use leefwereld_core::frames::{FrameRule, Severity};

use crate::components::fields::{TextArea, TextField};
use crate::components::icons::{Glyph, Icon};
use crate::draft::Draft;
use crate::i18n::tr;
use crate::state::use_app;

#[component]
pub fn FrameFields(draft: Signal<Draft>, editing: Option<EntryId>) -> Element {
    let mut draft = draft;
    let app = use_app();
    let lang = app.lang();
    let d = draft.read().clone();
    let Some(vault) = app.vault() else {
        return rsx! {};
    };
    let content = d.content(vault.now());
    let notices = vault
        .entries()
        .check_frames(&content, editing)
        .unwrap_or_default();
    let police = notices
        .iter()
        .any(|n| n.rule == FrameRule::PoliceClosedSource)
        || d.content.order_reference.is_some();
    let justify = notices
        .iter()
        .any(|n| n.severity == Severity::NeedsJustification)
        || d.content.justification.is_some();
    if notices.is_empty() && !police && !justify {
        return rsx! {};
    }
    rsx! {
        div { class: "frame-fields", aria_live: "polite",
            for notice in notices.iter().filter(|n| n.refuses(&content) || n.severity != Severity::Info || n.rule == FrameRule::Transparency) {
                p {
                    key: "{notice.rule.code()}",
                    class: if notice.refuses(&content) { "notice notice-warning" } else { "notice notice-info" },
                    Icon { glyph: if notice.refuses(&content) { Glyph::Alert } else { Glyph::Info } }
                    span { {notice.explanation(lang)} }
                }
            }
            if police {
                TextField {
                    id: "order-reference",
                    label: tr(lang, "form-order-reference"),
                    hint: Some(tr(lang, "form-order-reference-hint")),
                    value: d.content.order_reference.clone().unwrap_or_default(),
                    oninput: move |value: String| draft.write().content.order_reference = Some(value),
                }
            }
            if justify {
                TextArea {
                    id: "justification",
                    label: tr(lang, "form-justification"),
                    hint: Some(tr(lang, "form-justification-hint")),
                    value: d.content.justification.clone().unwrap_or_default(),
                    rows: 2,
                    oninput: move |value: String| draft.write().content.justification = Some(value),
                }
            }
        }
    }
}

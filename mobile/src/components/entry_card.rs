//! One entry in a list: what it is, when and where it was seen, and the start of the text.

use dioxus::prelude::*;
use leefwereld_core::{EntryKind, EntrySummary, ShareStatus, Urgency};

use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr1, when};
use crate::route::Route;
use crate::state::use_app;

/// The kind of an entry as a badge with an icon and a word (never colour alone).
#[component]
pub fn KindBadge(kind: EntryKind) -> Element {
    let lang = use_app().lang();
    let (glyph, class) = match kind {
        EntryKind::Trend => (Glyph::Trend, "badge badge-trend"),
        EntryKind::Signaal => (Glyph::Signal, "badge badge-signal"),
    };
    rsx! {
        span { class,
            Icon { glyph }
            span { {kind.label(lang)} }
        }
    }
}

#[component]
pub fn EntryCard(entry: EntrySummary) -> Element {
    let lang = use_app().lang();
    let urgent = matches!(entry.urgency, Urgency::High | Urgency::Acute);
    let urgency = tr1(lang, "entry-urgency", "level", entry.urgency.label(lang));
    rsx! {
        li { class: "entry-card",
            Link { to: Route::EntryDetail { id: entry.id }, class: "entry-link",
                div { class: "entry-head",
                    KindBadge { kind: entry.kind }
                    span { class: "entry-theme", {entry.theme.label(lang)} }
                }
                p { class: "entry-preview", "{entry.preview}" }
                p { class: "entry-meta",
                    span { {when(entry.observed_at, lang)} }
                    span { {entry.platform.label(lang)} }
                    if !entry.neighbourhood.is_empty() {
                        span { "{entry.neighbourhood}" }
                    }
                    if urgent {
                        span { class: "urgent",
                            Icon { glyph: Glyph::Alert }
                            span { "{urgency}" }
                        }
                    }
                    if entry.attachment_count > 0 {
                        span {
                            Icon { glyph: Glyph::Clip }
                            span { {tr1(lang, "entry-attachment-count", "count", entry.attachment_count)} }
                        }
                    }
                    if entry.share_status != ShareStatus::NotShared {
                        span { {entry.share_status.label(lang)} }
                    }
                }
                span { class: "visually-hidden", {tr(lang, "entry-open")} }
            }
        }
    }
}

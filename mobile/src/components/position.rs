//! One partner's information position as a card that folds open. It starts with what the
//! worker asks first — what the partner may and may not do with a note the worker shares — and
//! keeps the rest (its role, what it may do online, its sources, its needs, opportunities,
//! training) folded under "Meer over …". Every word comes from the core
//! (`leefwereld_core::positions`); the card only lays it out.
//!
//! The positions screen shows one per partner; the share preview embeds the card of the
//! receiving partner.

use dioxus::prelude::*;
use leefwereld_core::positions::{Activity, Heading, allowance};
use leefwereld_core::{Lang, Partner, position, share_guidance};

use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr_args};

/// The element id of `partner`'s card, so a link can point at it.
pub fn anchor(partner: Partner) -> String {
    format!("position-{}", partner.code())
}

#[component]
pub fn PartnerPosition(
    partner: Partner,
    lang: Lang,
    /// This is the user's own role: the card says so in words.
    #[props(default)]
    own: bool,
    /// Start unfolded (and scrolled into view): the card a link asked for.
    #[props(default)]
    open: bool,
) -> Element {
    let card = position(partner, lang);
    let shared = share_guidance(partner, lang);
    let name = partner.label(lang);
    let with_note = allowance(partner, Activity::SharedNote);
    rsx! {
        details {
            id: anchor(partner),
            class: if own { "position card own" } else { "position card" },
            open,
            onmounted: move |event| async move {
                if open {
                    let _ = event.scroll_to(ScrollBehavior::Instant).await;
                }
            },
            summary { class: "position-summary",
                span { class: "position-name", "{name}" }
                if own {
                    span { class: "badge badge-own",
                        Icon { glyph: Glyph::Check }
                        span { {tr(lang, "positions-own-role")} }
                    }
                }
                span { class: "position-verdict allowance-{with_note.code()}",
                    {tr(lang, "positions-with-your-note")} ": " strong { {with_note.label(lang)} }
                }
            }
            div { class: "position-body",
                section { class: "position-shared",
                    h3 { {tr(lang, "positions-shared-title")} }
                    h4 { class: "may",
                        Icon { glyph: Glyph::Check }
                        span { {Heading::May.label(lang)} }
                    }
                    ul { class: "position-list",
                        for (i, item) in shared.may.iter().enumerate() {
                            li { key: "{i}", "{item}" }
                        }
                    }
                    h4 { class: "may-not",
                        Icon { glyph: Glyph::Alert }
                        span { {Heading::MayNot.label(lang)} }
                    }
                    ul { class: "position-list",
                        for (i, item) in shared.may_not.iter().enumerate() {
                            li { key: "{i}", "{item}" }
                        }
                    }
                    p {
                        span { class: "strong", {Heading::Basis.label(lang)} ": " }
                        "{shared.basis}"
                    }
                }
                details { class: "more fold",
                    summary { {tr_args(lang, "positions-more-about", &[("partner", name.clone().into())])} }
                    h3 { {Heading::Role.label(lang)} }
                    p { "{card.role}" }
                    for (heading, items) in card.sections() {
                        if !items.is_empty() {
                            section { key: "{heading.code()}",
                                h3 { {heading.label(lang)} }
                                ul { class: "position-list",
                                    for (i, item) in items.iter().enumerate() {
                                        li { key: "{i}", "{item}" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

//! One entry: everything that was noted, its attachments, its earlier versions, and the ways
//! to change it (edit, remove an attachment, delete).

use base64::Engine;
use dioxus::prelude::*;
use leefwereld_core::{Entry, EntryId, EntryKind};

use crate::components::confirm::ConfirmAction;
use crate::components::entry_card::KindBadge;
use crate::components::fields::Alert;
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{self, Lang, tr, tr_args, tr1, when};
use crate::query::{Loaded, use_query};
use crate::route::Route;
use crate::screens::FlashMessage;
use crate::state::{Flash, use_app};

#[component]
pub fn EntryDetail(id: EntryId) -> Element {
    let app = use_app();
    let lang = app.lang();
    let nav = use_navigator();
    let refresh = use_signal(|| 0u32);
    let entry = use_query(move |vault| {
        refresh();
        Ok((vault.entries().get(id)?, vault.entries().revisions(id)?))
    });
    let mut failure = use_signal(|| None::<String>);

    let delete = move |_: ()| match app.call(|vault| vault.entries().delete_undoable(id)) {
        Ok(undoable) => {
            let mut flash = app.flash;
            flash.set(Some(Flash::Deleted(undoable.then_some(id))));
            nav.replace(Route::EntryList {});
        }
        Err(err) => failure.set(Some(err.localized(app.lang()))),
    };

    let loaded = entry.read().clone();
    let (entry, revisions) = match loaded {
        Loaded::Loading => return rsx! {},
        Loaded::Failed(message) => {
            return rsx! {
                h1 { {tr(lang, "detail-title")} }
                Alert { p { "{message}" } }
                Link { to: Route::EntryList {}, class: "button button-secondary", {tr(lang, "detail-back")} }
            };
        }
        Loaded::Ready(pair) => pair,
    };
    let title = format!(
        "{}: {}",
        entry.content.kind.label(lang),
        entry.content.theme.label(lang)
    );

    rsx! {
        Link { to: Route::EntryList {}, class: "back-link", {tr(lang, "detail-back")} }
        h1 { "{title}" }
        FlashMessage {}
        div { class: "entry-head",
            KindBadge { kind: entry.content.kind }
            span { {tr1(lang, "detail-revision", "revision", entry.revision)} }
        }
        if let Some(message) = failure() {
            Alert { p { "{message}" } }
        }
        section { class: "card", aria_labelledby: "text-title",
            h2 { id: "text-title", class: "visually-hidden", {tr(lang, "detail-text")} }
            p { class: "entry-text", "{entry.content.text}" }
        }
        Facts { entry: entry.clone(), lang }
        Attachments { entry: entry.clone(), refresh }
        if !revisions.is_empty() {
            Revisions { revisions, lang }
        }
        section { class: "card", aria_labelledby: "sharing-title",
            h2 { id: "sharing-title", {tr(lang, "detail-sharing-title")} }
            p { class: "share-state",
                Icon { glyph: Glyph::Send }
                span { {entry.share_status.label(lang)} }
            }
            p { class: "hint", {tr(lang, "detail-sharing-hint")} }
            Link { to: Route::EntryShare { id }, class: "button button-secondary",
                {tr(lang, "detail-share-open")}
            }
        }
        div { class: "button-row",
            Link { to: Route::EntryEdit { id }, class: "button button-primary",
                Icon { glyph: Glyph::Pencil }
                span { {tr(lang, "detail-edit")} }
            }
            ConfirmAction {
                label: tr(lang, "detail-delete"),
                question: tr(lang, "detail-delete-question"),
                confirm_label: tr(lang, "detail-delete-confirm"),
                cancel_label: tr(lang, "common-cancel"),
                onconfirm: delete,
            }
        }
    }
}

/// The facts of an entry as a list of terms and values.
#[component]
fn Facts(entry: Entry, lang: Lang) -> Element {
    let c = &entry.content;
    let none = tr(lang, "common-none");
    let mut rows: Vec<(String, String)> = vec![
        (tr(lang, "detail-observed"), when(c.observed_at, lang)),
        (tr(lang, "detail-recorded"), when(entry.recorded_at, lang)),
    ];
    if entry.revision > 1 {
        rows.push((tr(lang, "detail-updated"), when(entry.updated_at, lang)));
    }
    rows.extend([
        (tr(lang, "form-platform"), c.platform.label(lang)),
        (tr(lang, "detail-source"), c.source_type.label(lang)),
        (tr(lang, "form-urgency"), c.urgency.label(lang)),
        (
            tr(lang, "detail-neighbourhood"),
            if c.neighbourhood.trim().is_empty() {
                none.clone()
            } else {
                c.neighbourhood.clone()
            },
        ),
    ]);
    if c.kind == EntryKind::Signaal {
        rows.push((tr(lang, "detail-reason"), c.reason.clone()));
        rows.push((
            tr(lang, "detail-aliases"),
            if c.aliases.is_empty() {
                none.clone()
            } else {
                c.aliases.join(", ")
            },
        ));
        rows.push((
            tr(lang, "form-age"),
            c.age_band
                .map(|a| a.label(lang))
                .unwrap_or_else(|| tr(lang, "form-age-unknown")),
        ));
    }
    rows.push((tr(lang, "detail-share"), entry.share_status.label(lang)));
    rows.push((
        tr(lang, "detail-expires"),
        i18n::date(entry.expires_at, lang),
    ));
    rsx! {
        dl { class: "facts card",
            for (term, value) in rows {
                div { key: "{term}", class: "fact",
                    dt { "{term}" }
                    dd { "{value}" }
                }
            }
        }
    }
}

/// The attachments of an entry: shown on request (images inline), removable.
#[component]
fn Attachments(entry: Entry, refresh: Signal<u32>) -> Element {
    let mut refresh = refresh;
    let app = use_app();
    let lang = app.lang();
    let id = entry.id;
    let mut shown = use_signal(|| None::<(u32, String)>);
    let mut failure = use_signal(|| None::<String>);
    if entry.attachments.is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "card", aria_labelledby: "attachments-title",
            h2 { id: "attachments-title", {tr(lang, "detail-attachments")} }
            if let Some(message) = failure() {
                Alert { p { "{message}" } }
            }
            ul { class: "files",
                for info in entry.attachments.iter().cloned() {
                    li { key: "{info.number}",
                        Icon { glyph: Glyph::Clip }
                        span { class: "file-name", "{info.name}" }
                        span { class: "file-size", {i18n::size(info.size, lang)} }
                        if info.media_type.starts_with("image/") {
                            button {
                                r#type: "button",
                                class: "button-quiet",
                                aria_label: tr_args(lang, "attachments-show-named", &[("name", info.name.clone().into())]),
                                onclick: move |_| match app.call(|vault| vault.entries().attachment(id, info.number)) {
                                    Ok(file) => {
                                        let data = base64::engine::general_purpose::STANDARD.encode(&file.bytes);
                                        shown.set(Some((info.number, format!("data:{};base64,{data}", file.media_type))));
                                    }
                                    Err(err) => failure.set(Some(err.localized(app.lang()))),
                                },
                                Icon { glyph: Glyph::Eye }
                                span { {tr(lang, "attachments-show")} }
                            }
                        }
                        ConfirmAction {
                            label: tr(lang, "attachments-remove"),
                            accessible_label: tr_args(lang, "attachments-remove-named", &[("name", info.name.clone().into())]),
                            question: tr(lang, "attachments-remove-question"),
                            confirm_label: tr(lang, "attachments-remove-confirm"),
                            cancel_label: tr(lang, "common-cancel"),
                            onconfirm: move |_| match app.call(|vault| vault.entries().remove_attachment(id, info.number)) {
                                Ok(_) => {
                                    shown.set(None);
                                    refresh += 1;
                                }
                                Err(err) => failure.set(Some(err.localized(app.lang()))),
                            },
                        }
                    }
                    if let Some((number, src)) = shown() {
                        if number == info.number {
                            li { key: "{info.number}-image", class: "preview",
                                img { src: "{src}", alt: "{info.name}" }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Earlier versions, oldest first, folded away.
#[component]
fn Revisions(revisions: Vec<Entry>, lang: Lang) -> Element {
    rsx! {
        details { class: "more",
            summary { {tr1(lang, "detail-revisions", "count", revisions.len())} }
            ol { class: "revisions",
                for revision in revisions {
                    li { key: "{revision.revision}",
                        p { class: "strong",
                            {tr_args(lang, "detail-revision-line", &[
                                ("revision", revision.revision.into()),
                                ("when", when(revision.updated_at, lang).into()),
                            ])}
                        }
                        p { class: "hint",
                            "{revision.content.theme.label(lang)} · {revision.content.platform.label(lang)}"
                        }
                        p { class: "entry-text", "{revision.content.text}" }
                    }
                }
            }
        }
    }
}

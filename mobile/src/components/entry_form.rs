//! The form of an entry, shared by capture and edit. A trend shows what a quick capture needs
//! (theme, platform, text) with the rest folded away; a signal shows everything, the concrete
//! reason first. The form edits a draft in the app state, so a lock loses nothing.

use dioxus::prelude::*;
use leefwereld_core::{AgeBand, EntryField, EntryId, EntryKind, Platform, SourceType, Urgency};

use crate::components::attachments::AttachmentPicker;
use crate::components::fields::{Chips, Choice, FieldErrors, TextArea, TextField, clear_input};
use crate::components::form_errors::{ErrorSummary, FormErrors};
use crate::components::frame_fields::FrameFields;
use crate::components::icons::{Glyph, Icon};
use crate::components::theme_picker::ThemePicker;
use crate::components::vocab::choices;
use crate::draft::{Draft, When};
use crate::i18n::{tr, tr_args};
use crate::platform;
use crate::state::use_app;

/// Fields that the trend form folds under "more details".
const TREND_DETAIL_FIELDS: [EntryField; 4] = [
    EntryField::Neighbourhood,
    EntryField::ObservedAt,
    EntryField::Attachments,
    EntryField::SourceType,
];

#[component]
pub fn EntryForm(
    kind: EntryKind,
    draft: Signal<Draft>,
    errors: FormErrors,
    save_label: String,
    onsave: EventHandler<()>,
    busy: bool,
    #[props(default)] existing_attachments: usize,
    /// Names and sizes of the attachments the entry already has (editing).
    #[props(default)]
    existing_files: Vec<(String, u64)>,
    /// The entry being edited (a frame compares it with the other entries).
    #[props(default)]
    editing: Option<EntryId>,
    secondary: Element,
) -> Element {
    let mut draft = draft;
    let app = use_app();
    let lang = app.lang();
    let d = draft.read().clone();
    let signal = kind == EntryKind::Signaal;
    let field = |name: EntryField| errors.field(name, lang);

    let theme = rsx! {
        ThemePicker { kind, draft, errors: field(EntryField::Theme) }
    };
    let platform = rsx! {
        Chips {
            name: "platform",
            legend: tr(lang, "form-platform"),
            options: choices::<Platform>(lang),
            selected: Some(d.content.platform.code().to_owned()),
            onselect: move |code: String| {
                if let Some(platform) = Platform::from_code(&code) {
                    draft.write().content.platform = platform;
                }
            },
        }
    };
    let text = rsx! {
        TextArea {
            id: "text",
            label: if signal { tr(lang, "form-text-signal") } else { tr(lang, "form-text-trend") },
            hint: if signal { tr(lang, "form-text-signal-hint") } else { tr(lang, "form-text-trend-hint") },
            value: d.content.text.clone(),
            rows: 4,
            required: true,
            errors: field(EntryField::Text),
            autofocus: platform::FOCUS_TEXT_ON_OPEN,
            on_submit_key: move |_| {
                if !busy {
                    onsave.call(());
                }
            },
            oninput: move |value| draft.write().content.text = value,
        }
    };
    let source = rsx! {
        Chips {
            name: "source",
            legend: tr(lang, "form-source"),
            options: choices::<SourceType>(lang),
            // A signal's source is the worker's choice, never a default.
            selected: (!d.needs_source()).then(|| d.content.source_type.code().to_owned()),
            errors: field(EntryField::SourceType),
            onselect: move |code: String| {
                if let Some(source) = SourceType::from_code(&code) {
                    let mut d = draft.write();
                    d.content.source_type = source;
                    d.source_chosen = true;
                }
            },
        }
    };
    let urgency = rsx! {
        Chips {
            name: "urgency",
            legend: tr(lang, "form-urgency"),
            options: choices::<Urgency>(lang),
            selected: Some(d.content.urgency.code().to_owned()),
            onselect: move |code: String| {
                if let Some(urgency) = Urgency::from_code(&code) {
                    draft.write().content.urgency = urgency;
                }
            },
        }
    };
    let neighbourhood = rsx! {
        TextField {
            id: "neighbourhood",
            label: tr(lang, "form-neighbourhood"),
            hint: tr(lang, "form-neighbourhood-hint"),
            value: d.content.neighbourhood.clone(),
            errors: field(EntryField::Neighbourhood),
            oninput: move |value| draft.write().content.neighbourhood = value,
        }
    };
    let when_options: Vec<Choice> = When::ALL
        .iter()
        .map(|w| Choice::new(w.code(), tr(lang, &format!("form-when-{}", w.code()))))
        .collect();
    let observed = rsx! {
        Chips {
            name: "observed",
            legend: tr(lang, "form-observed"),
            options: when_options,
            selected: Some(d.when.code().to_owned()),
            errors: field(EntryField::ObservedAt),
            onselect: move |code: String| {
                if let Some(when) = When::from_code(&code) {
                    draft.write().when = when;
                }
            },
        }
        if d.when == When::Other {
            TextField {
                id: "observed-day",
                label: tr(lang, "form-observed-day"),
                hint: tr(lang, "form-observed-day-hint"),
                value: d.day.clone(),
                autocomplete: "off",
                oninput: move |value| draft.write().day = value,
            }
        }
        if d.when != When::Now {
            TextField {
                id: "observed-time",
                label: tr(lang, "form-observed-time"),
                hint: tr(lang, "form-observed-time-hint"),
                value: d.time.clone(),
                kind: "text",
                oninput: move |value| draft.write().time = value,
            }
        }
    };
    let attachments = rsx! {
        AttachmentPicker {
            draft,
            existing: existing_attachments,
            existing_files: existing_files.clone(),
            errors: field(EntryField::Attachments),
        }
    };
    let details_open = TREND_DETAIL_FIELDS
        .iter()
        .any(|name| !field(*name).is_empty());

    rsx! {
        form {
            class: "entry-form",
            novalidate: true,
            onsubmit: move |event: FormEvent| {
                event.prevent_default();
                if !busy {
                    onsave.call(());
                }
            },
            ErrorSummary { errors: errors.clone(), lang }
            FieldErrors { id: "kind-errors", errors: field(EntryField::Kind) }
            if signal {
                {text}
                TextArea {
                    id: "reason",
                    label: tr(lang, "form-reason"),
                    hint: tr(lang, "form-reason-hint"),
                    value: d.content.reason.clone(),
                    rows: 3,
                    required: true,
                    errors: field(EntryField::Reason),
                    oninput: move |value| draft.write().content.reason = value,
                }
                {theme}
                {platform}
                {source}
                {urgency}
                {neighbourhood}
                People { draft, errors: errors.clone() }
                {observed}
                {attachments}
            } else {
                // The text first (focused), then the theme: three taps from home. The platform
                // usually stays what it was last time.
                {text}
                {theme}
                {platform}
                details { class: "more", open: details_open,
                    summary { {tr(lang, "form-more-details")} }
                    {source}
                    {urgency}
                    {neighbourhood}
                    {observed}
                    {attachments}
                }
            }
            FrameFields { draft, editing }
            div { class: "form-actions",
                button {
                    r#type: "submit",
                    class: "button button-primary",
                    disabled: busy,
                    aria_busy: if busy { "true" } else { "false" },
                    Icon { glyph: Glyph::Check }
                    span { "{save_label}" }
                }
                {secondary}
            }
        }
    }
}

/// The people a signal is about, only as the worker chooses to describe them: tagged names or
/// aliases (removed before anything is shared) and an age band. Never required.
#[component]
fn People(draft: Signal<Draft>, errors: FormErrors) -> Element {
    let mut draft = draft;
    let app = use_app();
    let lang = app.lang();
    let d = draft.read().clone();
    let alias_errors = errors.field(EntryField::Aliases, lang);
    let alias_described = (!alias_errors.is_empty()).then_some("aliases-errors");
    let alias_invalid = (!alias_errors.is_empty()).then_some("true");
    let mut age_options = vec![Choice::new("", tr(lang, "form-age-unknown"))];
    age_options.extend(choices::<AgeBand>(lang));
    rsx! {
        fieldset { class: "group",
            legend { {tr(lang, "form-people")} }
            p { class: "hint", {tr(lang, "form-people-hint")} }
            div { class: "field",
                label { r#for: "alias", {tr(lang, "form-alias")} }
                div { class: "with-button",
                    input {
                        id: "alias",
                        r#type: "text",
                        autocomplete: "off",
                        initial_value: "{d.alias_input}",
                        aria_describedby: alias_described,
                        aria_invalid: alias_invalid,
                        oninput: move |event| draft.write().alias_input = event.value(),
                        onkeydown: move |event: KeyboardEvent| {
                            if event.key() == Key::Enter {
                                event.prevent_default();
                                draft.write().add_alias();
                                clear_input("alias");
                            }
                        },
                    }
                    button {
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: move |_| {
                            draft.write().add_alias();
                            clear_input("alias");
                        },
                        Icon { glyph: Glyph::Plus }
                        span { {tr(lang, "form-alias-add")} }
                    }
                }
                FieldErrors { id: "aliases-errors", errors: alias_errors }
                if !d.content.aliases.is_empty() {
                    ul { class: "tags", aria_label: tr(lang, "form-aliases-tagged"),
                        for (i, alias) in d.content.aliases.iter().enumerate() {
                            li { key: "{i}-{alias}", class: "tag",
                                span { "{alias}" }
                                button {
                                    r#type: "button",
                                    class: "button-quiet",
                                    aria_label: tr_args(lang, "form-alias-remove", &[("alias", alias.clone().into())]),
                                    onclick: move |_| {
                                        let mut d = draft.write();
                                        if i < d.content.aliases.len() {
                                            d.content.aliases.remove(i);
                                        }
                                    },
                                    "×"
                                }
                            }
                        }
                    }
                }
            }
            Chips {
                name: "ageband",
                legend: tr(lang, "form-age"),
                options: age_options,
                selected: Some(d.content.age_band.map(|a| a.code().to_owned()).unwrap_or_default()),
                onselect: move |code: String| draft.write().content.age_band = AgeBand::from_code(&code),
            }
        }
    }
}

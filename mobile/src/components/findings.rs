//! The minimiser's findings on the share screen: the entry's own text with each finding marked
//! and numbered, and per finding what it is, why it matters and the worker's decision (replace
//! or keep). The findings and their positions come from the core's share preview. Keeping a
//! direct identifier asks for a reason of a few words; a possible name is kept in one tap.

use dioxus::prelude::*;
use leefwereld_core::share::FindingView;
use leefwereld_core::{Decision, EntryContent, EntryId, FindingField, Lang};

use crate::components::fields::Alert;
use crate::components::icons::{Glyph, Icon};
use crate::i18n::{tr, tr_args, tr1};
use crate::state::use_app;

/// A piece of a field's text: plain, or the finding with this number (1-based).
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Plain(String),
    Marked(usize, String),
}

/// Cuts `text` at the findings of `field`. Offsets that do not fall on character boundaries or
/// overlap an earlier finding are shown unmarked rather than risk cutting a character.
fn pieces(text: &str, field: FindingField, findings: &[FindingView]) -> Vec<Piece> {
    let mut marks: Vec<(usize, usize, usize)> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.field == field)
        .map(|(i, f)| (f.start, f.end, i + 1))
        .collect();
    marks.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, number) in marks {
        let fits = start >= at
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !fits {
            continue;
        }
        if start > at {
            out.push(Piece::Plain(text[at..start].to_owned()));
        }
        out.push(Piece::Marked(number, text[start..end].to_owned()));
        at = end;
    }
    if at < text.len() {
        out.push(Piece::Plain(text[at..].to_owned()));
    }
    out
}

#[component]
pub fn FindingsPanel(
    id: EntryId,
    content: EntryContent,
    findings: Vec<FindingView>,
    changed: EventHandler<()>,
) -> Element {
    let app = use_app();
    let lang = app.lang();
    let mut failure = use_signal(|| None::<String>);

    if findings.is_empty() {
        return rsx! {
            section { class: "card", aria_labelledby: "findings-title",
                h2 { id: "findings-title", tabindex: "-1", {tr(lang, "findings-title")} }
                p { class: "findings-none",
                    Icon { glyph: Glyph::Check }
                    span { {tr(lang, "findings-none")} }
                }
            }
        };
    }

    let open = findings.iter().filter(|f| f.decision.is_none()).count();
    let replace_all = move |_| match app
        .call(|vault| vault.sharing().decide_all_findings(id, Decision::Redact))
    {
        Ok(_) => changed.call(()),
        Err(err) => failure.set(Some(err.localized(lang))),
    };
    let fields: Vec<(FindingField, String)> = FindingField::ALL
        .iter()
        .copied()
        .filter(|field| findings.iter().any(|f| f.field == *field))
        .map(|field| (field, field.of(&content).to_owned()))
        .collect();

    rsx! {
        section { class: "card", aria_labelledby: "findings-title",
            h2 { id: "findings-title", tabindex: "-1", {tr(lang, "findings-title")} }
            p { role: "status",
                if open == 0 {
                    {tr(lang, "findings-all-decided")}
                } else {
                    {tr1(lang, "findings-open", "count", open)}
                }
            }
            if let Some(message) = failure() {
                Alert { p { "{message}" } }
            }
            for (field, text) in fields {
                div { key: "{field.code()}", class: "marked-field",
                    p { class: "hint", {field.label(lang)} }
                    p { class: "marked-text",
                        for (i, piece) in pieces(&text, field, &findings).into_iter().enumerate() {
                            match piece {
                                Piece::Plain(part) => rsx! { span { key: "{i}", "{part}" } },
                                Piece::Marked(number, part) => rsx! {
                                    mark { key: "{i}",
                                        "{part}"
                                        sup { class: "mark-number", aria_hidden: "true", "{number}" }
                                        span { class: "visually-hidden",
                                            {tr1(lang, "findings-mark-label", "number", number)}
                                        }
                                    }
                                },
                            }
                        }
                    }
                }
            }
            ol { class: "findings",
                for finding in findings.iter().cloned() {
                    FindingItem { key: "{finding.key}", id, finding, lang, changed, failure }
                }
            }
            if open > 0 {
                button { r#type: "button", class: "button button-secondary", onclick: replace_all,
                    {tr(lang, "findings-replace-all")}
                }
            }
        }
    }
}

#[component]
fn FindingItem(
    id: EntryId,
    finding: FindingView,
    lang: Lang,
    changed: EventHandler<()>,
    failure: Signal<Option<String>>,
) -> Element {
    let app = use_app();
    let mut failure = failure;
    let mut asking = use_signal(|| false);
    let mut reason = use_signal(String::new);
    let key = finding.key.clone();
    let needs_reason = finding.kind.keep_needs_reason();
    let decide = move |decision: Decision| {
        let key = key.clone();
        move |_| {
            if decision == Decision::Keep && needs_reason {
                asking.set(true);
                return;
            }
            asking.set(false);
            match app.call(|vault| vault.sharing().decide_finding(id, &key, decision)) {
                Ok(()) => changed.call(()),
                Err(err) => failure.set(Some(err.localized(lang))),
            }
        }
    };
    let key = finding.key.clone();
    let keep_with_reason = move |_| {
        let given = reason.read().clone();
        match app.call(|vault| vault.sharing().keep_finding(id, &key, &given)) {
            Ok(()) => {
                asking.set(false);
                changed.call(());
            }
            Err(err) => failure.set(Some(err.localized(lang))),
        }
    };
    let reason_id = format!("keep-reason-{}", finding.key);
    let status = match finding.decision {
        None => tr(lang, "findings-undecided"),
        Some(decision) => tr_args(
            lang,
            "findings-decided",
            &[("decision", decision.label(lang).into())],
        ),
    };
    let line = tr_args(
        lang,
        "findings-replacement",
        &[
            ("found", finding.matched.clone().into()),
            ("replacement", finding.replacement.clone().into()),
        ],
    );
    let redact = finding.decision == Some(Decision::Redact);
    let keep = finding.decision == Some(Decision::Keep);
    rsx! {
        li { class: if finding.decision.is_none() { "finding open" } else { "finding" },
            p { class: "strong", {finding.kind.label(lang)} }
            p { "{line}" }
            p { class: "hint", {finding.kind.why(lang)} }
            p { class: "finding-status",
                if finding.decision.is_none() {
                    Icon { glyph: Glyph::Alert }
                } else {
                    Icon { glyph: Glyph::Check }
                }
                span { "{status}" }
            }
            div { class: "button-row",
                button {
                    r#type: "button",
                    class: if redact { "button button-primary" } else { "button button-secondary" },
                    aria_pressed: if redact { "true" } else { "false" },
                    onclick: decide(Decision::Redact),
                    {Decision::Redact.label(lang)}
                }
                button {
                    r#type: "button",
                    class: if keep { "button button-primary" } else { "button button-secondary" },
                    aria_pressed: if keep { "true" } else { "false" },
                    onclick: decide(Decision::Keep),
                    {Decision::Keep.label(lang)}
                }
            }
            if asking() {
                div { class: "keep-reason",
                    label { r#for: "{reason_id}", {tr(lang, "findings-keep-reason")} }
                    input {
                        id: "{reason_id}",
                        r#type: "text",
                        autocomplete: "off",
                        maxlength: "200",
                        oninput: move |event| reason.set(event.value()),
                    }
                    button {
                        r#type: "button",
                        class: "button button-secondary",
                        onclick: keep_with_reason,
                        {tr(lang, "findings-keep-confirm")}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use leefwereld_core::FindingKind;

    fn finding(field: FindingField, start: usize, end: usize) -> FindingView {
        FindingView {
            key: format!("{start}"),
            kind: FindingKind::Phone,
            field,
            start,
            end,
            matched: String::new(),
            replacement: "[telefoon]".into(),
            decision: None,
        }
    }

    #[test]
    fn marks_findings_of_the_field_in_order() {
        let text = "Bel 0612345678 of mail é@x.nl";
        let found = [
            finding(FindingField::Text, 23, 30),
            finding(FindingField::Text, 4, 14),
            finding(FindingField::Reason, 0, 3),
        ];
        assert_eq!(
            pieces(text, FindingField::Text, &found),
            vec![
                Piece::Plain("Bel ".into()),
                Piece::Marked(2, "0612345678".into()),
                Piece::Plain(" of mail ".into()),
                Piece::Marked(1, "é@x.nl".into()),
            ]
        );
    }

    #[test]
    fn offsets_that_cut_a_character_or_overlap_stay_unmarked() {
        let text = "café 06";
        let found = [
            finding(FindingField::Text, 0, 4),
            finding(FindingField::Text, 1, 5),
            finding(FindingField::Text, 3, 7),
            finding(FindingField::Text, 99, 100),
        ];
        let out = pieces(text, FindingField::Text, &found);
        let joined: String = out
            .iter()
            .map(|p| match p {
                Piece::Plain(s) | Piece::Marked(_, s) => s.as_str(),
            })
            .collect();
        assert_eq!(joined, text);
        let marked: Vec<&Piece> = out
            .iter()
            .filter(|p| matches!(p, Piece::Marked(..)))
            .collect();
        assert_eq!(marked, vec![&Piece::Marked(2, "afé".into())]);
    }
}

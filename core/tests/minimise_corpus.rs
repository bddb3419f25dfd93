//! The minimiser against a corpus of realistic field notes (`data/minimise_corpus.tsv`): every
//! note must come out of `redact_all` exactly as written down there, with exactly the listed
//! kinds of findings. Run with `--nocapture` to see how many cases cover each detector.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use leefwereld_core::minimise::{FindingKind, TextField, redact_all, scan};
use leefwereld_core::{EntryContent, Lang, Platform, SourceType, Theme};

const CORPUS: &str = include_str!("data/minimise_corpus.tsv");

struct Case {
    line: usize,
    field: TextField,
    aliases: Vec<String>,
    input: String,
    expected: String,
    kinds: Vec<FindingKind>,
}

fn corpus() -> Vec<Case> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            let line_no = index + 1;
            let columns: Vec<&str> = line.split('\t').collect();
            assert_eq!(columns.len(), 5, "line {line_no}: expected 5 columns");
            let list = |column: &str| -> Vec<String> {
                if column == "-" {
                    Vec::new()
                } else {
                    column.split([';', ',']).map(str::to_owned).collect()
                }
            };
            Case {
                line: line_no,
                field: TextField::from_code(columns[0])
                    .unwrap_or_else(|| panic!("line {line_no}: unknown field {}", columns[0])),
                aliases: if columns[1] == "-" {
                    Vec::new()
                } else {
                    columns[1].split(';').map(str::to_owned).collect()
                },
                input: columns[2].to_owned(),
                expected: columns[3].to_owned(),
                kinds: list(columns[4])
                    .iter()
                    .map(|code| {
                        FindingKind::from_code(code)
                            .unwrap_or_else(|| panic!("line {line_no}: unknown kind {code}"))
                    })
                    .collect(),
            }
        })
        .collect()
}

fn observed() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T21:30:00+01:00")
        .unwrap()
        .with_timezone(&Utc)
}

/// A signal with `text` in `field` and the other fields empty.
fn content_with(field: TextField, text: &str, aliases: &[String]) -> EntryContent {
    let mut content = EntryContent::signal(
        Theme::Exploitation,
        Platform::Snapchat,
        SourceType::DirectContact,
        "",
        "",
        observed(),
    );
    match field {
        TextField::Text => content.text = text.to_owned(),
        TextField::Reason => content.reason = text.to_owned(),
        TextField::Neighbourhood => content.neighbourhood = text.to_owned(),
    }
    content.aliases = aliases.to_vec();
    content
}

#[test]
fn every_corpus_note_is_minimised_exactly_as_written_down() {
    let cases = corpus();
    let mut failures = Vec::new();
    for case in &cases {
        let content = content_with(case.field, &case.input, &case.aliases);
        let minimised = redact_all(&content);
        let output = minimised.field(case.field);
        let kinds: Vec<FindingKind> = scan(case.field, &case.input, &case.aliases)
            .iter()
            .map(|f| f.kind)
            .collect();
        if output != case.expected || kinds != case.kinds {
            failures.push(format!(
                "line {}:\n  input    {}\n  expected {}\n  got      {}\n  kinds    {:?}, expected {:?}",
                case.line, case.input, case.expected, output, kinds, case.kinds
            ));
        }
        assert!(minimised.is_resolved(), "redact_all leaves nothing open");
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_corpus_covers_every_detector_several_times() {
    let cases = corpus();
    let mut per_kind: BTreeMap<&str, usize> = FindingKind::ALL
        .iter()
        .map(|kind| (kind.code(), 0))
        .collect();
    for case in &cases {
        let mut kinds = case.kinds.clone();
        kinds.dedup();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            *per_kind.entry(kind.code()).or_default() += 1;
        }
    }
    let must_keep = cases.iter().filter(|c| c.kinds.is_empty()).count();

    println!(
        "minimiser corpus: {} cases, {must_keep} must-keep",
        cases.len()
    );
    for (kind, count) in &per_kind {
        println!("  {kind:<14} {count:>3} cases");
    }

    assert!(cases.len() >= 60, "at least 60 cases");
    assert!(must_keep >= 15, "at least 15 must-keep cases");
    for (kind, count) in &per_kind {
        assert!(
            *count >= 3,
            "{kind} is covered by {count} cases, fewer than 3"
        );
    }
}

#[test]
fn every_kind_field_and_decision_has_a_label_in_both_languages() {
    for lang in Lang::ALL {
        for kind in FindingKind::ALL {
            for id in [kind.label_id(), kind.why_id()] {
                assert!(
                    leefwereld_locales::has(lang, &id),
                    "{id} missing in {lang:?}"
                );
            }
        }
        for field in TextField::ALL {
            assert!(leefwereld_locales::has(lang, &field.label_id()));
        }
        for decision in leefwereld_core::minimise::Decision::ALL {
            assert!(leefwereld_locales::has(lang, &decision.label_id()));
        }
    }
    assert_eq!(FindingKind::Phone.label(Lang::Nl), "Telefoonnummer");
    assert_eq!(FindingKind::Phone.label(Lang::En), "Phone number");
}

//! The minimiser against a corpus of realistic field notes (`data/minimise_corpus.tsv`): every
//! note must come out of `redact_all` exactly as written down there, with exactly the listed
//! kinds of findings. Run with `--nocapture` to see how many cases cover each detector.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use leefwereld_core::minimise::{FindingField, FindingKind, redact_all, scan};
use leefwereld_core::{EntryContent, Lang, Platform, SourceType, Theme};
use regex::Regex;

const CORPUS: &str = include_str!("data/minimise_corpus.tsv");

/// Floors, in percent, a little under what the minimiser reaches on the corpus: recall of
/// identifiers (covered by a finding), precision of findings, cases exactly as written down.
const RECALL_FLOOR: f64 = 99.0;
const PRECISION_FLOOR: f64 = 99.0;
const EXACT_FLOOR: usize = 97;

struct Case {
    line: usize,
    field: FindingField,
    aliases: Vec<String>,
    input: String,
    expected: String,
    /// Finding kind codes, in order.
    kinds: Vec<String>,
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
                field: FindingField::from_code(columns[0])
                    .unwrap_or_else(|| panic!("line {line_no}: unknown field {}", columns[0])),
                aliases: if columns[1] == "-" {
                    Vec::new()
                } else {
                    columns[1].split(';').map(str::to_owned).collect()
                },
                input: columns[2].to_owned(),
                expected: columns[3].to_owned(),
                kinds: list(columns[4]),
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
fn content_with(field: FindingField, text: &str, aliases: &[String]) -> EntryContent {
    let mut content = EntryContent::signal(
        Theme::Exploitation,
        Platform::Snapchat,
        SourceType::DirectContact,
        "",
        "",
        observed(),
    );
    match field {
        FindingField::Text => content.text = text.to_owned(),
        FindingField::Reason => content.reason = text.to_owned(),
        FindingField::Neighbourhood => content.neighbourhood = text.to_owned(),
    }
    content.aliases = aliases.to_vec();
    content
}

/// Name and possible name are one family for scoring: the cue decides only the label.
fn family(code: &str) -> &str {
    match code {
        "possible-name" => "name",
        other => other,
    }
}

/// The spans of the identifiers in `case.input`, read from where the expected output has
/// replacement tokens, with the kinds of the last column.
fn expected_spans(case: &Case) -> Vec<(Range<usize>, String)> {
    static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\[(?:naam|account|link|e-mail|telefoon|bsn|iban|postcode|adres|kenteken|nummer|geboortedatum|[0-9]+-[0-9]+ jaar|[0-9]+\+ jaar)\]").unwrap()
    });
    let mut pattern = String::from("(?s)^");
    let mut at = 0;
    for m in TOKEN.find_iter(&case.expected) {
        pattern.push_str(&regex::escape(&case.expected[at..m.start()]));
        pattern.push_str("(.+?)");
        at = m.end();
    }
    pattern.push_str(&regex::escape(&case.expected[at..]));
    pattern.push('$');
    let spans: Vec<Range<usize>> = Regex::new(&pattern)
        .ok()
        .and_then(|re| re.captures(&case.input))
        .map(|caps| caps.iter().skip(1).flatten().map(|m| m.range()).collect())
        .unwrap_or_default();
    assert_eq!(
        spans.len(),
        case.kinds.len(),
        "line {}: the expected output does not fit the input and the kinds",
        case.line
    );
    spans.into_iter().zip(case.kinds.iter().cloned()).collect()
}

#[derive(Default)]
struct Score {
    expected: usize,
    /// Expected identifiers covered by a finding of the same family.
    found: usize,
    /// Expected identifiers covered by any finding (nothing left visible as it was).
    covered: usize,
    reported: usize,
    /// Findings that overlap an expected identifier.
    right: usize,
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// Every case scored: recall and precision per detector, and how many cases come out exactly
/// as written down. Floors close to what the minimiser reaches; the exact misses are printed.
#[test]
fn the_corpus_is_minimised_with_high_recall_and_precision() {
    let cases = corpus();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut total = Score::default();
    let mut misses = Vec::new();
    for case in &cases {
        let content = content_with(case.field, &case.input, &case.aliases);
        let minimised = redact_all(&content);
        assert!(minimised.is_resolved(), "redact_all leaves nothing open");
        let output = minimised.field(case.field);
        let findings = scan(case.field, &case.input, &case.aliases);
        let expected = expected_spans(case);
        for (span, kind) in &expected {
            let overlapping: Vec<_> = findings
                .iter()
                .filter(|f| f.start < span.end && span.start < f.end)
                .collect();
            let score = scores.entry(family(kind).to_owned()).or_default();
            score.expected += 1;
            total.expected += 1;
            if overlapping
                .iter()
                .any(|f| family(f.kind.code()) == family(kind))
            {
                score.found += 1;
                total.found += 1;
            }
            if !overlapping.is_empty() {
                score.covered += 1;
                total.covered += 1;
            }
        }
        for finding in &findings {
            let right = expected
                .iter()
                .any(|(span, _)| finding.start < span.end && span.start < finding.end);
            let score = scores
                .entry(family(finding.kind.code()).to_owned())
                .or_default();
            score.reported += 1;
            total.reported += 1;
            if right {
                score.right += 1;
                total.right += 1;
            }
        }
        let kinds: Vec<&str> = findings.iter().map(|f| family(f.kind.code())).collect();
        let expected_kinds: Vec<&str> = case.kinds.iter().map(|k| family(k)).collect();
        if output != case.expected || kinds != expected_kinds {
            misses.push(format!(
                "line {}:\n  input    {}\n  expected {}\n  got      {}\n  kinds    {:?}, expected {:?}",
                case.line, case.input, case.expected, output, kinds, expected_kinds
            ));
        }
    }

    println!("detector        expected  recall   reported  precision");
    for (kind, s) in &scores {
        println!(
            "{kind:<15} {:>8}  {:>6.1}%  {:>8}  {:>8.1}%",
            s.expected,
            percent(s.found, s.expected),
            s.reported,
            percent(s.right, s.reported)
        );
    }
    let exact = cases.len() - misses.len();
    println!(
        "all             {:>8}  {:>6.1}%  {:>8}  {:>8.1}%   (covered by any finding: {:.1}%)",
        total.expected,
        percent(total.found, total.expected),
        total.reported,
        percent(total.right, total.reported),
        percent(total.covered, total.expected)
    );
    println!(
        "{exact} of {} cases exactly as written down; the others:\n{}",
        cases.len(),
        misses.join("\n")
    );

    assert!(percent(total.covered, total.expected) >= RECALL_FLOOR);
    assert!(percent(total.right, total.reported) >= PRECISION_FLOOR);
    assert!(exact * 100 >= cases.len() * EXACT_FLOOR);
}

#[test]
fn the_corpus_covers_every_detector_several_times() {
    let cases = corpus();
    let mut per_kind: BTreeMap<&str, usize> = FindingKind::ALL
        .iter()
        .map(|kind| (kind.code(), 0))
        .collect();
    for case in &cases {
        let mut kinds: Vec<&str> = case.kinds.iter().map(String::as_str).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            *per_kind.entry(kind).or_default() += 1;
        }
    }
    let must_keep = cases.iter().filter(|c| c.kinds.is_empty()).count();
    let untagged_names = cases
        .iter()
        .filter(|c| c.aliases.is_empty() && c.kinds.iter().any(|k| family(k) == "name"))
        .count();

    println!(
        "minimiser corpus: {} cases, {must_keep} must-keep, {untagged_names} with untagged names",
        cases.len()
    );
    for (kind, count) in &per_kind {
        println!("  {kind:<14} {count:>3} cases");
    }

    assert!(cases.len() >= 350, "at least 350 cases");
    assert!(must_keep >= 100, "at least 100 must-keep cases");
    assert!(
        untagged_names >= 80,
        "at least 80 cases with untagged names"
    );
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
        for field in FindingField::ALL {
            assert!(leefwereld_locales::has(lang, &field.label_id()));
        }
        for decision in leefwereld_core::minimise::Decision::ALL {
            assert!(leefwereld_locales::has(lang, &decision.label_id()));
        }
    }
    assert_eq!(FindingKind::Phone.label(Lang::Nl), "Telefoonnummer");
    assert_eq!(FindingKind::Phone.label(Lang::En), "Phone number");
}

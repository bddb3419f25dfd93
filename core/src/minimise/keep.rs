//! What is never identifying, yet looks like numbers the detectors look for: times, dates,
//! years, amounts, percentages, week numbers and school years. And the replacement tokens,
//! which must never be found again (minimising twice changes nothing).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::patterns::regex;
use super::{FindingKind, age_band_token};
use crate::model::AgeBand;

/// Numeric dates (`12-03-2026`, `12/3`, `1.3.26`), checked for a valid day and month. More
/// than three groups (`06-12-34-56-78`) is no date.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?-u:\b)([0-9]{1,2})[-/.]([0-9]{1,2})(?:[-/.]([0-9]{4}|[0-9]{2}))?((?:[-/.][0-9]+)*)(?-u:\b)",
    )
});

static OTHER_KEEPS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // ISO and compact dates.
        r"(?-u:\b)(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?-u:\b)",
        r"(?-u:\b)(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?-u:\b)",
        r"(?-u:\b)(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2}(?-u:\b)",
        // A weekday before a date: "di-12-03" is no licence plate.
        r"(?i)(?-u:\b)(?:ma|di|wo|do|vr|za|zo)[ .\-][0-9]{1,2}[-/][0-9]{1,2}(?-u:\b)",
        // "12 maart", "3 okt. 2026".
        r"(?i)(?-u:\b)[0-9]{1,2}[ \t]+(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)(?:\.?[ \t]+(?:19|20)[0-9]{2}(?-u:\b))?",
        // Years.
        r"(?-u:\b)(?:19|20)[0-9]{2}(?-u:\b)",
        // Times: 21:00, 19.00, 21u, 21 uur, 9h.
        r"(?i)(?-u:\b)(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[ \t]?(?:uur|u)(?-u:\b))?",
        r"(?i)(?-u:\b)(?:[01]?[0-9]|2[0-3])[ \t]?(?:u|uur|h)(?-u:\b)",
        // Amounts: €50, € 1.500,-, 50 euro, 1.500,-.
        r"€[ \t]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,6})(?:,(?:[0-9]{1,2}|-))?",
        r"(?i)(?-u:\b)(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,6})(?:,-|(?:,[0-9]{2})?[ \t]?(?:euro|eur)(?-u:\b))",
        // Percentages.
        r"(?i)(?-u:\b)[0-9]{1,3}(?:[.,][0-9]+)?[ \t]?(?:%|procent(?-u:\b))",
        // Week numbers.
        r"(?i)(?-u:\b)(?:week|wk)[ \t]?[0-9]{1,2}(?-u:\b)",
        // School years: groep 8, klas 3, 1e klas, 2e jaars, 4 havo.
        r"(?i)(?-u:\b)(?:groep|klas|leerjaar)[ \t]?[0-9]{1,2}[a-z]?(?-u:\b)",
        r"(?i)(?-u:\b)[0-9]{1,2}[ \t]?(?:e|ste|de)[ \t]+(?:klas|jaars|jaar|graad|leerjaar)(?-u:\b)",
        r"(?i)(?-u:\b)[0-9][ \t]?(?:havo|vwo|vmbo|mbo|hbo|gym|atheneum)(?-u:\b)",
    ]
    .into_iter()
    .map(regex)
    .collect()
});

/// The spans of `text` that are never identifying.
pub(crate) fn spans(text: &str) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = NUMERIC_DATE
        .captures_iter(text)
        .filter(|caps| {
            let number = |i| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let extra_groups = caps.get(4).is_some_and(|m| !m.is_empty());
            matches!(number(1), Some(1..=31)) && matches!(number(2), Some(1..=12)) && !extra_groups
        })
        .filter_map(|caps| caps.get(0).map(|m| m.range()))
        .collect();
    for regex in OTHER_KEEPS.iter() {
        spans.extend(regex.find_iter(text).map(|m| m.range()));
    }
    spans
}

static TOKENS: LazyLock<Regex> = LazyLock::new(|| {
    let tokens = FindingKind::ALL
        .iter()
        .filter_map(|kind| kind.token())
        .chain(AgeBand::ALL.iter().map(|band| age_band_token(*band)))
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|");
    regex(&tokens)
});

/// The replacement tokens already in `text`.
pub(crate) fn tokens(text: &str) -> Vec<Range<usize>> {
    TOKENS.find_iter(text).map(|m| m.range()).collect()
}

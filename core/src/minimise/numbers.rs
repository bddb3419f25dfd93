//! Identifiers made of digits (and a few letters): phone numbers, BSNs, IBANs, postcodes,
//! licence plates and long numbers.

use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::checksums::{is_valid_iban, passes_eleven_test};
use super::patterns::{find_overlapping, regex};
use super::resolve::Candidate;

/// One optional separator between the digits of a phone number: a space, or a dash (also the
/// en dash and non-breaking hyphen that phones type), dot or slash with optional spaces around
/// it ("06-12345678", "06 12 34 56 78", "010 - 123 45 67").
const SEP: &str = r"(?:[ \t\u{A0}]?[.\-/–‑][ \t\u{A0}]?|[ \t\u{A0}])?";

static DUTCH_PHONES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // National: 0 and nine more digits (06, 010, 0115 …).
        format!(r"(?-u:\b)0[1-9](?:{SEP}[0-9]){{8}}(?-u:\b)"),
        // National with the area code in parentheses: (06), (010), (0115).
        format!(r"\(0[1-9]\)[ \t\u{{A0}}]?[0-9](?:{SEP}[0-9]){{7}}(?-u:\b)"),
        format!(r"\(0[1-9][0-9]\)[ \t\u{{A0}}]?[0-9](?:{SEP}[0-9]){{6}}(?-u:\b)"),
        format!(r"\(0[1-9][0-9]{{2}}\)[ \t\u{{A0}}]?[0-9](?:{SEP}[0-9]){{5}}(?-u:\b)"),
        // International: +31 6…, 0031 6…, (+31) 6…, +31 (0)6….
        format!(r"(?:\+|(?-u:\b)00|\(\+)31\)?{SEP}(?:\(0\){SEP})?[1-9](?:{SEP}[0-9]){{8}}(?-u:\b)"),
        // Service numbers: 0800/0900/0906/0909 with 4 or 7 digits.
        format!(r"(?-u:\b)0(?:800|900|906|909)(?:{SEP}[0-9]){{4}}(?:(?:{SEP}[0-9]){{3}})?(?-u:\b)"),
    ]
    .iter()
    .map(|p| regex(p))
    .collect()
});

/// Other countries: + or 00, a country code, and 7 to 12 more digits; one pattern per length,
/// so that a shorter reading is still there when the longest runs into a date.
static FOREIGN_PHONES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    (7..=12)
        .map(|digits| {
            regex(&format!(
                r"(?:\+|(?-u:\b)00)[1-9][0-9]{{0,2}}(?:{SEP}[0-9]){{{digits}}}(?-u:\b)"
            ))
        })
        .collect()
});

/// A whole date inside a would-be phone number ("06-03-2026 14") makes it no phone number.
static DATE_INSIDE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}"));

/// Nine digits, or written in groups ("1234.56.782", "123 456 782").
static BSNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?-u:\b)[0-9]{9}(?-u:\b)",
        r"(?-u:\b)[0-9]{4}\.[0-9]{2}\.[0-9]{3}(?-u:\b)",
        r"(?-u:\b)[0-9]{3}[ .\-][0-9]{3}[ .\-][0-9]{3}(?-u:\b)",
    ]
    .into_iter()
    .map(regex)
    .collect()
});

/// A country code, check digits and 11 to 30 more letters or digits, optionally in groups.
/// The match may run into the words after it; [`find_ibans`] cuts it back to a valid IBAN.
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?-u:\b)[A-Za-z]{2}[0-9]{2}(?:[ \u{A0}]?[A-Za-z0-9]){11,30}(?-u:\b)"));

/// "1234 AB", "1234AB" and "1234ab": never starting with 0; SA, SD and SS are not used.
static POSTCODES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?-u:\b)[1-9][0-9]{3}[ \u{A0}]?[A-Z]{2}(?-u:\b)",
        r"(?-u:\b)[1-9][0-9]{3}[a-z]{2}(?-u:\b)",
    ]
    .into_iter()
    .map(regex)
    .collect()
});

/// The sidecodes of Dutch licence plates (L letter, D digit).
const SIDECODES: [&str; 14] = [
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
    "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
];

/// With dashes every sidecode is clear, in either case. Without dashes, or with spaces, only
/// the consonants plates use (in either case without separators, in capitals with spaces),
/// and not "DD-DD-LL", which is the shape of a postcode. After a cue ("kenteken", "plaat")
/// spaces in any case count too.
static PLATES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let to_regex = |sidecode: &str, letter: &str, dash: &str| {
        let body: String = sidecode
            .chars()
            .map(|c| match c {
                'L' => letter.to_owned(),
                'D' => "[0-9]".to_owned(),
                _ => dash.to_owned(),
            })
            .collect();
        format!(r"(?-u:\b){body}(?-u:\b)")
    };
    let dashed = SIDECODES
        .iter()
        .map(|s| to_regex(s, "[A-Za-z]", "-"))
        .collect::<Vec<_>>()
        .join("|");
    let consonants = "[BCDFGHJKLMNPQRSTVWXZ]";
    let lower_consonants = "[BDFGHJKLNPRSTVXZbdfghjklnprstvxz]";
    let joined = |letter: &str, separator: &str| {
        SIDECODES
            .iter()
            .filter(|s| **s != "DD-DD-LL")
            .map(|s| to_regex(s, letter, separator))
            .collect::<Vec<_>>()
            .join("|")
    };
    let undashed = format!(
        "{}|{}",
        joined(consonants, ""),
        joined(lower_consonants, "")
    );
    let spaced = joined(consonants, " ");
    let cued = format!(
        r"(?i:kenteken|kentekenplaat|nummerbord|plaat)[ \t]*:?[ \t]*(?:{})",
        joined(lower_consonants, "[ -]?")
    );
    vec![
        regex(&dashed),
        regex(&undashed),
        regex(&spaced),
        regex(&cued),
    ]
});

/// A run of digits: BSNs in groups ("1234 56 782", "12 34 56 782", "123-45-6782") are put
/// together from these in [`find_bsns`].
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| regex(r"[0-9]+"));

/// A mobile number with a digit missing, after a word that says it is a phone number ("tel
/// 06-1234567"): still a phone number the worker meant to write down.
static SHORT_MOBILE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)(?:tel(?:efoon)?(?:nummer|nr)?|telnr|mobiel|gsm|nummer|nr|bel|belt|bellen|app|appen|appt|whatsapp|wa)(?-u:\b)[^0-9\n]{{0,15}}(?P<number>06(?:{SEP}[0-9]){{7}})(?-u:\b)"
    ))
});

/// Eight digits or more in a row, or card-style groups of four ("1234 5678 9012 3456").
static LONG_NUMBERS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"[0-9]{8,}",
        r"(?-u:\b)[0-9]{4}(?:[ \-][0-9]{4}){2,4}(?-u:\b)",
    ]
    .into_iter()
    .map(regex)
    .collect()
});

pub(crate) fn find(text: &str, out: &mut Vec<Candidate>) {
    for m in DUTCH_PHONES
        .iter()
        .flat_map(|regex| find_overlapping(regex, text))
        .chain(
            FOREIGN_PHONES
                .iter()
                .flat_map(|regex| find_overlapping(regex, text))
                // Dutch numbers have their own, stricter patterns.
                .filter(|m| !m.as_str().starts_with("+31") && !m.as_str().starts_with("0031")),
        )
    {
        if !DATE_INSIDE.is_match(m.as_str()) {
            out.push(Candidate::new(FindingKind::Phone, m.range(), m.as_str()));
        }
    }
    for regex in BSNS.iter() {
        for m in find_overlapping(regex, text) {
            let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            if passes_eleven_test(&digits) {
                out.push(Candidate::new(FindingKind::Bsn, m.range(), m.as_str()));
            }
        }
    }
    find_bsns(text, out);
    for caps in SHORT_MOBILE.captures_iter(text) {
        if let Some(m) = caps.name("number") {
            out.push(Candidate::new(FindingKind::Phone, m.range(), m.as_str()));
        }
    }
    find_ibans(text, out);
    for regex in POSTCODES.iter() {
        for m in find_overlapping(regex, text) {
            let letters = m.as_str()[m.as_str().len() - 2..].to_ascii_uppercase();
            if !matches!(letters.as_str(), "SA" | "SD" | "SS") {
                out.push(Candidate::new(FindingKind::Postcode, m.range(), m.as_str()));
            }
        }
    }
    for (i, regex) in PLATES.iter().enumerate() {
        for m in find_overlapping(regex, text) {
            // After a cue, the plate is what follows the cue word.
            let start = if i == 3 {
                plate_start(m.as_str()).map_or(m.start(), |at| m.start() + at)
            } else {
                m.start()
            };
            let span = start..m.end();
            out.push(Candidate::new(
                FindingKind::LicencePlate,
                span.clone(),
                &text[span],
            ));
        }
    }
    for regex in LONG_NUMBERS.iter() {
        for m in regex.find_iter(text) {
            out.push(Candidate::new(
                FindingKind::NumericId,
                m.range(),
                m.as_str(),
            ));
        }
    }
}

/// Where the plate starts in a cued match: after the cue word and the spaces or colon.
fn plate_start(cued: &str) -> Option<usize> {
    let lower = cued.to_ascii_lowercase();
    let word_end = ["kentekenplaat", "kenteken", "nummerbord", "plaat"]
        .iter()
        .find(|cue| lower.starts_with(*cue))
        .map(|cue| cue.len())?;
    let rest = &cued[word_end..];
    Some(word_end + (rest.len() - rest.trim_start_matches([' ', '\t', ':']).len()))
}

/// BSNs written in groups: from every run of digits, the runs that follow it after a single
/// space, dot or dash, until nine digits, checked with the 11-test. Every group start is
/// tried, so "1234 56 782 1234 56 782" holds two.
fn find_bsns(text: &str, out: &mut Vec<Candidate>) {
    let groups: Vec<std::ops::Range<usize>> =
        DIGIT_RUN.find_iter(text).map(|m| m.range()).collect();
    let bytes = text.as_bytes();
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    for i in 0..groups.len() {
        let first = &groups[i];
        if first.start > 0 && word_byte(bytes[first.start - 1]) {
            continue;
        }
        let mut digits = 0;
        let mut j = i;
        loop {
            let group = &groups[j];
            digits += group.len();
            if group.len() < 2 || digits > 9 {
                break;
            }
            if digits == 9 {
                let at_end = bytes.get(group.end).is_none_or(|b| !word_byte(*b));
                let span = first.start..group.end;
                let value: String = text[span.clone()]
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                if at_end && j > i && passes_eleven_test(&value) {
                    out.push(Candidate::new(FindingKind::Bsn, span.clone(), &text[span]));
                }
                break;
            }
            let next = groups.get(j + 1);
            let one_separator = next.is_some_and(|n| {
                n.start == group.end + 1 && matches!(bytes[group.end], b' ' | b'.' | b'-')
            });
            if !one_separator {
                break;
            }
            j += 1;
        }
    }
}

/// IBANs, cut back from the end group by group until one is valid; the search goes on right
/// after it, so two IBANs in a row are both found.
fn find_ibans(text: &str, out: &mut Vec<Candidate>) {
    let mut at = 0;
    while let Some(m) = IBAN.find_at(text, at) {
        let found = m.as_str();
        let ends = found
            .char_indices()
            .filter(|(_, c)| *c == ' ' || *c == '\u{A0}')
            .map(|(i, _)| i)
            .chain([found.len()]);
        let valid_end = ends.collect::<Vec<_>>().into_iter().rev().find(|end| {
            let electronic: String = found[..*end]
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            is_valid_iban(&electronic)
        });
        match valid_end {
            Some(end) => {
                let span = m.start()..m.start() + end;
                out.push(Candidate::new(FindingKind::Iban, span.clone(), &text[span]));
                at = m.start() + end;
            }
            None => {
                at = m.start() + found.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
}

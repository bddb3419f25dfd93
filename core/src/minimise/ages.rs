//! Exact ages ("15 jaar", "(16)", "een meisje van 14", "17-jarige", "zestienjarige",
//! "leeftijd: 13"), replaced by their age band.
//!
//! "15 jaar" is also a duration ("al 15 jaar", "3 jaar geleden") or a range ("12-16 jaar",
//! "tot 18 jaar"); the words around it decide. A range or a rule is not an exact age.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::patterns::regex;
use super::resolve::{Candidate, Coverage};
use super::{FindingKind, age_band_token};
use crate::model::AgeBand;

/// Ages written as words, longest first so "zeventien" is not read as "zeven".
const NUMBER_WORDS: [(&str, u32); 22] = [
    ("tweeëntwintig", 22),
    ("tweeentwintig", 22),
    ("drieëntwintig", 23),
    ("drieentwintig", 23),
    ("eenentwintig", 21),
    ("vierentwintig", 24),
    ("vijfentwintig", 25),
    ("zeventien", 17),
    ("negentien", 19),
    ("achttien", 18),
    ("veertien", 14),
    ("vijftien", 15),
    ("dertien", 13),
    ("zestien", 16),
    ("twintig", 20),
    ("twaalf", 12),
    ("zeven", 7),
    ("negen", 9),
    ("acht", 8),
    ("tien", 10),
    ("zes", 6),
    ("elf", 11),
];

fn number_pattern() -> String {
    let words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    format!("[0-9]{{1,2}}|{}", words.join("|"))
}

fn number_value(text: &str) -> Option<u32> {
    text.parse().ok().or_else(|| {
        let lower = text.to_lowercase();
        NUMBER_WORDS
            .iter()
            .find(|(word, _)| *word == lower)
            .map(|(_, value)| *value)
    })
}

/// People a worker describes with "van <age>".
const PEOPLE: &str = "matties?|maat(?:je)?|meisjes?|meid(?:en)?|meidje|jongens?|jongetjes?|jongeren?|knul(?:letje)?|kind(?:eren|je)?|kids?|zoon(?:tje)?|dochter(?:tje)?|broer(?:tje|s)?|zus(?:je|sen)?|vriend(?:je|in|innetje)?|leerlingen?|gast(?:en)?|tieners?|pubers?|jochies?|jongedame|jongeman|slachtoffer|verdachte|dader|neef(?:je)?|nicht(?:je)?|man|vrouw";

/// "15 jaar", "15jr", "14j", "15 y/o": an age unless the words around say otherwise.
static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)({})[ \t]*(?:jaar|jr|j|yo|y/o)(?-u:\b)",
        number_pattern()
    ))
});
/// "17-jarige", "17 jarig", "zestienjarige".
static JARIG: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)({})[ \t]*-?[ \t]*jarig(?:e|en)?(?-u:\b)",
        number_pattern()
    ))
});
/// "een meisje van 14", "jongens van 15 en 16".
static PERSON_OF: LazyLock<Regex> = LazyLock::new(|| {
    let number = number_pattern();
    regex(&format!(
        r#"(?i)(?-u:\b)(?:{PEOPLE})['"’”]?[ \t]+van[ \t]+(?:(?:ongeveer|rond|rond[ \t]+de|circa|ca\.?|zo'?n|pas|net)[ \t]+)?({number})(?-u:\b)(?:[ \t]*(?:,|en|of)[ \t]*({number})(?-u:\b))?"#
    ))
});
/// "meisje is 14", "hij is 15", "ze is pas 13", "Emre is 16", "ze zijn 16 en 17": a person,
/// a pronoun or a name found before (see [`find`]), then "is" and a number.
static IS_AGE: LazyLock<Regex> = LazyLock::new(|| {
    let number = number_pattern();
    regex(&format!(
        r#"(?i)(?P<who>(?-u:\b)(?:{PEOPLE}|hij|zij|ze|ie|die)['"’”]?)?[ \t]+(?:is|zijn|was|waren|wordt|werd)[ \t]+(?:(?:pas|net|al|nog|maar|ongeveer|rond|bijna|ook|zelf)[ \t]+){{0,2}}({number})(?-u:\b)(?:[ \t]*(?:,|en|of)[ \t]*({number})(?-u:\b))?"#
    ))
});
/// After "is 14": what makes it no age ("is 14 uur", "is 3 keer", "is 20 minuten").
static NOT_AN_AGE_AFTER_IS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^[ \t]*(?:uur|u|min|minuten|keer|x|euro|eur|%|procent|km|kilometer|meter|m|cm|kg|kilo|dagen|weken|maanden|jaar[ \t]+(?:geleden|lang|later|terug)|jongens|meiden|man|mensen|leden|volgers|views|likes|berichten|[:.,][0-9]|[0-9]|/|-)(?-u:\b)?",
    )
});

/// "jongen, 15, zegt", "Emre, 16 jaar, uit Charlois": a number between commas right after a
/// person word or a name found before (see [`find`]).
static COMMA_AGE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i),[ \t]*([0-9]{1,2}(?:[ \t]*(?:jaar|jr|j)(?-u:\b))?)[ \t]*(?:,|;|\)|$)")
});
static PERSON_BEFORE_COMMA: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)(?-u:\b)(?:{PEOPLE})[ \t]*$")));

/// "Kevin (16)", "(16 jr)": the whole parenthesis becomes the band.
static PARENTHESISED: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\([ \t]*([0-9]{1,2})[ \t]*(?:jaar|jr|j)?[ \t]*\)"));
/// "(m, 16)", "(v/15)": only the age becomes the band, the gender stays.
static GENDER_AGE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\([ \t]*(?:m|v|j|man|vrouw|jongen|meisje)[ \t]*[,/]?[ \t]*(([0-9]{1,2})[ \t]*(?:jaar|jr|j)?)[ \t]*\)",
    )
});
/// "leeftijd: 13", "lft 15".
static STATED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)(?:leeftijd|lft)(?-u:\b)\.?[ \t]*(?:[:=]|van|is)?[ \t]*({})(?-u:\b)",
        number_pattern()
    ))
});

/// Before "N jaar": words that make it a duration, a rule or a range.
static NOT_AN_AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:(?-u:\b)(al|(?:onder|boven|vanaf|tot)[ \t]+de|sinds|over|na|voor|binnen|ruim|afgelopen|laatste|komende|eerste|elke|ieder|per|nog|tot|vanaf|t/m|tm|onder|boven|dan|minimaal|minstens|maximaal|max|min|hooguit|zeker)|[0-9][ \t]*(?:-|–|/|tot|t/m|tm|of|en|à|a))[ \t]*$",
    )
});
/// After "N jaar": words that make it a duration or a comparison.
static NOT_AN_AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^[ \t]*(?:geleden|lang|later|terug|eerder|cel|celstraf|gevangenisstraf|jeugddetentie|detentie|ervaring|werkervaring|getrouwd|verder|daarna|ouder|jonger)(?-u:\b)",
    )
});
/// After "van N": the unit, which belongs to the finding ("jongens van 15 en 16 jaar").
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^[ \t]*(?:jaar|jr)(?-u:\b)"));
/// After "van N": a range ("jongeren van 12 tot 16", "van ongeveer 15 a 16").
static RANGE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^[ \t]*(?:-|–|tot|t/m|tm|à|a)[ \t]*[0-9]"));

/// How far around a number the context words are looked for, in bytes.
const CONTEXT: usize = 40;

/// Where the context before `at` starts.
fn context_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(CONTEXT);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

fn after(text: &str, at: usize) -> &str {
    let mut to = (at + CONTEXT).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[at..to]
}

fn candidate(span: Range<usize>, age: u32) -> Candidate {
    Candidate {
        start: span.start,
        end: span.end,
        kind: FindingKind::ExactAge,
        replacement: age_band_token(AgeBand::of_age(age)).to_owned(),
        canonical: age.to_string(),
    }
}

/// Exact ages in `text`; `found` are the findings of the other detectors, whose words never
/// count as context ("@al 15 jaar" is an age: "al" is part of a handle).
pub(crate) fn find(text: &str, found: &Coverage, out: &mut Vec<Candidate>) {
    for caps in YEARS.captures_iter(text) {
        let (Some(all), Some(number)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let Some(age) = number_value(number.as_str()) else {
            continue;
        };
        // Searched in the text up to the number, so word boundaries see the whole word.
        if NOT_AN_AGE_BEFORE
            .find_at(&text[..all.start()], context_start(text, all.start()))
            .is_some_and(|m| !found.covers(m.start()))
        {
            continue;
        }
        if NOT_AN_AGE_AFTER
            .find(after(text, all.end()))
            .is_some_and(|m| !found.covers(all.end() + m.end() - 1))
        {
            continue;
        }
        out.push(candidate(all.range(), age));
    }
    for caps in JARIG.captures_iter(text) {
        if let (Some(all), Some(age)) = (caps.get(0), caps.get(1).and_then(value)) {
            out.push(candidate(all.range(), age));
        }
    }
    for caps in PERSON_OF.captures_iter(text) {
        let Some(all) = caps.get(0) else { continue };
        if RANGE_AFTER
            .find(after(text, all.end()))
            .is_some_and(|m| !found.covers(all.end() + m.end() - 1))
        {
            continue;
        }
        for number in [caps.get(1), caps.get(2)].into_iter().flatten() {
            if let Some(age) = value(number) {
                let unit = UNIT_AFTER
                    .find(&text[number.end()..])
                    .map_or(0, |u| u.end());
                out.push(candidate(number.start()..number.end() + unit, age));
            }
        }
    }
    for caps in IS_AGE.captures_iter(text) {
        let Some(all) = caps.get(0) else { continue };
        // Who it is about: a person word or pronoun, or a name or handle right before.
        let about_someone = caps.name("who").is_some() || {
            let before = text[..all.start()].trim_end_matches([' ', '\t']);
            !before.is_empty() && found.covers(before.len() - 1)
        };
        if !about_someone {
            continue;
        }
        let numbers: Vec<_> = [caps.get(2), caps.get(3)].into_iter().flatten().collect();
        let Some(last) = numbers.last() else { continue };
        if NOT_AN_AGE_AFTER_IS.is_match(&text[last.end()..]) {
            continue;
        }
        for number in numbers {
            if let Some(age) = value(number).filter(|age| (6..=30).contains(age)) {
                let unit = UNIT_AFTER
                    .find(&text[number.end()..])
                    .map_or(0, |u| u.end());
                out.push(candidate(number.start()..number.end() + unit, age));
            }
        }
    }
    for caps in COMMA_AGE.captures_iter(text) {
        let (Some(all), Some(span)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let before = text[..all.start()].trim_end_matches([' ', '\t']);
        let about_someone = PERSON_BEFORE_COMMA.is_match(before)
            || (!before.is_empty() && found.covers(before.len() - 1));
        let age = span
            .as_str()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse::<u32>().ok());
        if let Some(age) = age.filter(|age| (6..=30).contains(age))
            && about_someone
        {
            out.push(candidate(span.range(), age));
        }
    }
    for caps in PARENTHESISED.captures_iter(text) {
        if let (Some(all), Some(age)) = (caps.get(0), caps.get(1).and_then(value)) {
            // "(3)" is usually a count; children and young adults are 6 to 30.
            if (6..=30).contains(&age) {
                out.push(candidate(all.range(), age));
            }
        }
    }
    for caps in GENDER_AGE.captures_iter(text) {
        if let (Some(span), Some(age)) = (caps.get(1), caps.get(2).and_then(value)) {
            out.push(candidate(span.range(), age));
        }
    }
    for caps in STATED.captures_iter(text) {
        if let Some(number) = caps.get(1)
            && let Some(age) = value(number)
        {
            out.push(candidate(number.range(), age));
        }
    }
}

fn value(m: regex::Match<'_>) -> Option<u32> {
    number_value(m.as_str())
}

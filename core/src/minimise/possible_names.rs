//! Names nobody tagged: words of the name lists (`lexicon`), and words after a cue that
//! introduces a person ("gesprek met", "naam:", "t.n.v.", "moeder van", "heet").
//!
//! Workers in a hurry do not tag every name, so a name-like word becomes a finding of its own
//! kind ("mogelijk een naam"): one tap replaces or keeps it, and nothing slips through
//! silently. What decides:
//!
//! - A word of the name lists that is no ordinary Dutch or English word is a possible name in
//!   any case ("ayoub", "DEMIR"); the project's own lists of names common in Dutch cities win
//!   over the word lists ("sem", "sara"), except for names that are plainly words too ("bas",
//!   "roos").
//! - A name that is also a word counts when written with a capital in mid-sentence ("met Roos").
//! - Particles and a surname after a first name belong to it ("thijs ter horst"); so do
//!   initials before a surname ("J. Doelwijt").
//! - After a cue, capitalised words and words that are no ordinary word are a name; the cue
//!   makes it a name, not a possible one.
//! - Never a name: slang (osso, mattie), platforms, brands, places and neighbourhoods, public
//!   figures (whole names), words glued to a handle, link or number.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::lexicon::{LEXICON, Lexicon};
use super::patterns::regex;
use super::resolve::{Candidate, Coverage};
use crate::text::fold;

/// A word: letters with apostrophes or hyphens inside ("el-Amrani", "O'Neil", "Emre's").
static WORD: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"));

/// Particles of surnames, as they come between a first name and a surname.
const PARTICLES: [&str; 20] = [
    "van", "de", "der", "den", "ter", "ten", "te", "'t", "el", "al", "ben", "bin", "ibn", "abu",
    "da", "dos", "du", "la", "le", "von",
];

/// Cues after which the next words are a name when they look like one ("gesprek met Thijs",
/// "moeder van jayden", "t.n.v. J. Doelwijt", "mevr. Kaya").
static SOFT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:(?-u:\b)(?:gesprek(?:ken)?|gesproken|gepraat|sprak|spreek|spreken|gebeld|belde|contact|afspraak|geappt|appte|chat|chatte|ruzie|vecht(?:partij)?|samen|bevriend|verkering|date)[ \t]+met|(?-u:\b)(?:moeder|vader|ouders?|zus(?:je)?|broer(?:tje)?|neef(?:je)?|nicht(?:je)?|oom|tante|opa|oma|stiefvader|stiefmoeder|vriend(?:in|innetje|je)?|ex|dochter|zoon|mentor|klasgenoot|buurjongen|buurmeisje|zusje|broertje)[ \t]+van|(?-u:\b)(?:heet|heten|genaamd|genoemd|noemt[ \t]+zich|mevrouw|mevr\.?|mw\.?|meneer|dhr\.?|de[ \t]+heer|juf|meester)|(?-u:\b)t\.?[ \t]?[na]\.?[ \t]?v\.?)[ \t]*[:=]?[ \t]*",
    )
});

/// Cues with a colon, after which any word that is no ordinary word is a name too ("naam:
/// bjorn", "naam volgens moeder: Emre Demir").
static COLON_CUE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?-u:\b)(?:naam|voornaam|achternaam|roepnaam|naam[ \t]+volgens[ \t]+\p{L}+(?:[ \t]+\p{L}+)?|jongere|slachtoffer|verdachte|betrokkene|contactpersoon|melder|moeder|vader|ouders?)[ \t]*[:=][ \t]*",
    )
});

/// Initials before a surname: "J. Doelwijt", "A.B. de Vries".
static INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?-u:\b)(?:\p{Lu}\.[ \t]?){1,3}(?:(?:van|de|der|den|ter|ten|el|al|van[ \t]+der|van[ \t]+den|van[ \t]+de)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’\-]*",
    )
});

/// Forms of address before a name: they stay, the name is the finding.
const TITLES: [&str; 9] = [
    "mevr", "mevrouw", "mw", "dhr", "meneer", "heer", "juf", "meester", "mr",
];

/// Abbreviations written like initials: "N.B. Morgen" is no name.
const ABBREVIATIONS: [&str; 10] = [
    "nb", "zsm", "aub", "tnv", "tav", "ivm", "dwz", "bv", "oa", "ps",
];

/// How a word is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// Capital first, not all capitals.
    Title,
    /// All capitals (two letters or more).
    Upper,
}

struct Word {
    span: Range<usize>,
    folded: String,
    case: Case,
    /// First word of a sentence (or after a colon, a bullet, an opening quote).
    starts_sentence: bool,
    /// Glued to a handle, link, e-mail address or number: never a name on its own.
    glued: bool,
    /// Part of a public figure or a phrase of the stop-list.
    stopped: bool,
    /// Part of a Dutch place name: no name, unless one of the project's own names.
    place: bool,
}

impl Word {
    fn is_particle(&self) -> bool {
        PARTICLES.contains(&self.folded.as_str())
    }
}

fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = letters.collect();
    if !first_upper {
        Case::Lower
    } else if !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
        Case::Upper
    } else {
        Case::Title
    }
}

fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = WORD
        .find_iter(text)
        .map(|m| {
            // Looking past hyphens and apostrophes: "@Ö-Roos" is one handle-like string.
            let before = text[..m.start()]
                .trim_end_matches(['-', '\'', '’'])
                .chars()
                .next_back();
            let after = text[m.end()..].chars().next();
            let after2 = text[m.end()..].chars().nth(1);
            // A bracket is the edge of a replacement token: the word was glued to the value
            // it replaced, so minimising twice changes nothing.
            let glued = before.is_some_and(|c| "@_/#.\\&=+]".contains(c) || c.is_ascii_digit())
                || after.is_some_and(|c| "@_/\\&=[".contains(c) || c.is_ascii_digit())
                || (after == Some('.') && after2.is_some_and(char::is_alphanumeric));
            let starts_sentence = text[..m.start()]
                .trim_end_matches([' ', '\t', '"', '\'', '“', '‘', '(', '*', '-', '•'])
                .chars()
                .next_back()
                .is_none_or(|c| ".!?:;\n\r…".contains(c));
            Word {
                span: m.range(),
                folded: fold(m.as_str()),
                case: case_of(m.as_str()),
                starts_sentence,
                glued,
                stopped: false,
                place: false,
            }
        })
        .collect();
    mark_stopped(&mut out, &LEXICON);
    out
}

/// Marks the words of stop-list phrases, public figures and places, longest phrase first.
fn mark_stopped(words: &mut [Word], lex: &Lexicon) {
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        let mut place = false;
        for len in (1..=4).rev() {
            if i + len > words.len() {
                continue;
            }
            let phrase = words[i..i + len]
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if lex.figures.contains(&phrase) || lex.stop.contains(&phrase) {
                matched = len;
                break;
            }
            if lex.places.contains(&phrase) {
                matched = len;
                place = true;
                break;
            }
        }
        for word in &mut words[i..i + matched] {
            if place {
                word.place = !lex.confident.contains(&word.folded);
            } else {
                word.stopped = true;
            }
        }
        i += matched.max(1);
    }
}

/// The stem of a possessive: "emre's" and "ayoubs" are Emre's and Ayoub's.
fn stems(folded: &str) -> impl Iterator<Item = &str> {
    let stripped = ["'s", "’s"]
        .iter()
        .find_map(|p| folded.strip_suffix(p))
        .or_else(|| folded.strip_suffix('s').filter(|s| s.chars().count() >= 3));
    std::iter::once(folded).chain(stripped)
}

/// A first name or surname that is a name in any case: no ordinary word, or one of the
/// project's own names.
fn plainly_a_name(folded: &str, lex: &Lexicon) -> bool {
    stems(folded).enumerate().any(|(i, stem)| {
        let listed = lex.first_names.contains(stem) || lex.surnames.contains(stem);
        let possessive = i > 0;
        // Two or three letters in lower case are as often an abbreviation as a name ("ko",
        // "dre"): only the project's own short names count there.
        stem.chars().count() >= 2
            && (lex.confident.contains(stem)
                || (listed
                    && stem.chars().count() >= 4
                    && !lex.words.contains(stem)
                    && !lex.words.contains(folded)))
            && !(possessive && lex.words.contains(folded))
    }) || hyphenated(folded, lex)
}

/// "el-amrani", "ben-ali": a particle and a name joined by a hyphen; "mohammed-amine",
/// "anna-sophie": two first names.
fn hyphenated(folded: &str, lex: &Lexicon) -> bool {
    let name = |part: &str| lex.confident.contains(part) || lex.first_names.contains(part);
    folded.split_once('-').is_some_and(|(first, rest)| {
        (PARTICLES.contains(&first)
            && (lex.surnames.contains(rest) || lex.confident.contains(rest)))
            || (name(first) && name(rest) && !lex.words.contains(folded))
    })
}

fn listed(folded: &str, lex: &Lexicon) -> bool {
    stems(folded).any(|s| lex.first_names.contains(s) || lex.surnames.contains(s))
        || hyphenated(folded, lex)
}

/// Whether word `i` on its own is a possible name.
fn name_on_its_own(words: &[Word], i: usize, lex: &Lexicon) -> bool {
    let word = &words[i];
    if word.glued
        || word.stopped
        || word.place
        || word.is_particle()
        || word.folded.chars().count() < 2
    {
        return false;
    }
    if plainly_a_name(&word.folded, lex) {
        return true;
    }
    // A first name that is also a word: a capital in mid-sentence says it is the name
    // ("met Roos"), unless an article or another capitalised word says it is a place or an
    // organisation ("bij de Kooi", "Veilig Thuis").
    let previous = i.checked_sub(1).map(|p| &words[p]);
    let first_name = stems(&word.folded).any(|s| lex.first_names.contains(s));
    if word.case == Case::Title && word.starts_sentence {
        // At the start of a sentence a capital says nothing; what follows may: "Roos heeft".
        // "Roos en Bas waren er": a name after "en" says the first one is a name too.
        let next = words.get(i + 1);
        let and_a_name = next.is_some_and(|n| n.folded == "en")
            && words.get(i + 2).is_some_and(|w| {
                !w.stopped
                    && !w.place
                    && (plainly_a_name(&w.folded, lex)
                        || (w.case == Case::Title
                            && stems(&w.folded).any(|s| lex.first_names.contains(s))))
            });
        return first_name
            && !word.stopped
            && (and_a_name || next.is_some_and(|n| PERSON_VERBS.contains(&n.folded.as_str())));
    }
    word.case == Case::Title
        && first_name
        && previous.is_none_or(|p| {
            p.case == Case::Lower && !["de", "het", "een", "'t"].contains(&p.folded.as_str())
        })
}

/// Verbs that say the word before them is a person: "Roos heeft", "Bas zegt".
const PERSON_VERBS: [&str; 24] = [
    "zegt", "zei", "heeft", "had", "wil", "wilde", "gaat", "ging", "komt", "kwam", "vertelt",
    "vertelde", "belde", "appte", "stuurde", "krijgt", "kreeg", "doet", "deed", "woont", "zit",
    "zat", "wordt", "werd",
];

/// Whether `word` continues a name as its surname, after a first name or particles.
fn continues_name(word: &Word, after_particle: bool, lex: &Lexicon) -> bool {
    if word.glued || word.is_particle() {
        return false;
    }
    if after_particle {
        // "ter horst", "van Dijk": the particle says a surname follows, unless it is a place
        // ("ayoub te Rotterdam") or a word of the stop-list.
        return !word.stopped
            && (listed(&word.folded, lex)
                || (!word.place
                    && (word.case != Case::Lower || !lex.words.contains(&word.folded))));
    }
    if word.stopped || word.place {
        return false;
    }
    plainly_a_name(&word.folded, lex)
        || (word.case == Case::Title
            && (listed(&word.folded, lex) || !lex.words.contains(&word.folded)))
}

/// Extends a name that ends with word `last` over particles and a surname; the index of the
/// last word of the name.
fn extend(text: &str, words: &[Word], last: usize, lex: &Lexicon) -> usize {
    let mut end = last;
    loop {
        let mut j = end + 1;
        while j < words.len()
            && words[j].is_particle()
            && only_spaces(text, &words[j - 1], &words[j])
        {
            j += 1;
        }
        if j >= words.len() || !only_spaces(text, &words[j - 1], &words[j]) {
            return end;
        }
        let after_particle = j > end + 1;
        if j - end > 4 || !continues_name(&words[j], after_particle, lex) {
            return end;
        }
        end = j;
        if end - last >= 4 {
            return end;
        }
    }
}

/// Whether only spaces lie between two words (no comma, no full stop).
fn only_spaces(text: &str, a: &Word, b: &Word) -> bool {
    text[a.span.end..b.span.start]
        .chars()
        .all(|c| c == ' ' || c == '\t')
}

/// Particles right before word `first` that belong to its surname ("de vries", "van der
/// Berg"); "van" alone stays out ("moeder van Demir").
fn leading_particles(text: &str, words: &[Word], first: usize) -> usize {
    let mut start = first;
    while start > 0
        && words[start - 1].is_particle()
        && !words[start - 1].starts_sentence
        && only_spaces(text, &words[start - 1], &words[start])
        && first - start < 3
    {
        start -= 1;
    }
    if first - start == 1 && words[start].folded == "van" {
        return first;
    }
    start
}

/// The candidate of words `first..=last`.
fn candidate(
    text: &str,
    words: &[Word],
    first: usize,
    last: usize,
    kind: FindingKind,
) -> Candidate {
    let span = words[first].span.start..words[last].span.end;
    let canonical = fold(&text[span.clone()])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Candidate::with_canonical(kind, span, canonical)
}

/// Possible names in `text`; words inside what `found` covers (handles, links, e-mail
/// addresses, tagged aliases) are left to those findings.
pub(crate) fn find(text: &str, found: &Coverage, out: &mut Vec<Candidate>) {
    let lex = &*LEXICON;
    let mut words = words(text);
    for word in &mut words {
        word.glued |= found.covers(word.span.start);
    }
    find_cued(text, &words, lex, out);
    find_initials(text, &words, lex, out);
    let mut i = 0;
    while i < words.len() {
        if name_on_its_own(&words, i, lex) {
            let first = if words[i].case == Case::Lower {
                i
            } else {
                leading_particles(text, &words, i)
            };
            let last = extend(text, &words, i, lex);
            out.push(candidate(
                text,
                &words,
                first,
                last,
                FindingKind::PossibleName,
            ));
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Names after a cue: the words that look like a name, with their particles.
fn find_cued(text: &str, words: &[Word], lex: &Lexicon, out: &mut Vec<Candidate>) {
    let cues = SOFT_CUE
        .find_iter(text)
        .map(|m| (m.end(), false))
        .chain(COLON_CUE.find_iter(text).map(|m| (m.end(), true)));
    for (at, colon) in cues {
        // Words are sorted by position: a binary search keeps a text full of cues linear.
        let Ok(mut first) = words.binary_search_by_key(&at, |w| w.span.start) else {
            continue;
        };
        // "mevr. Kaya": the title stays, the name after it is the finding.
        while words
            .get(first)
            .is_some_and(|w| TITLES.contains(&w.folded.as_str()))
        {
            first += 1;
        }
        if first >= words.len() {
            continue;
        }
        let mut j = first;
        while j < words.len() && words[j].is_particle() && j - first < 3 {
            j += 1;
        }
        let Some(word) = words.get(j) else { continue };
        if j > first && !only_spaces(text, &words[first], word) {
            continue;
        }
        let looks_like_a_name = !word.glued
            && !word.stopped
            && word.folded.chars().count() >= 2
            && (plainly_a_name(&word.folded, lex)
                || word.case != Case::Lower && !lex.words.contains(&word.folded)
                || word.case == Case::Title && listed(&word.folded, lex)
                || colon && !lex.words.contains(&word.folded));
        if !looks_like_a_name {
            continue;
        }
        let start = if j > first && words[first].folded == "van" && j - first == 1 {
            j
        } else {
            first
        };
        let last = extend(text, words, j, lex);
        out.push(candidate(text, words, start, last, FindingKind::Name));
    }
}

fn find_initials(text: &str, words: &[Word], lex: &Lexicon, out: &mut Vec<Candidate>) {
    for m in INITIALS.find_iter(text) {
        // The initials: the capitals before the surname (whose own capital is the last one).
        let mut letters: Vec<char> = m
            .as_str()
            .chars()
            .take_while(|c| c.is_uppercase() || *c == '.' || *c == ' ')
            .filter(|c| c.is_alphabetic())
            .collect();
        letters.pop();
        let initials: String = letters.into_iter().collect();
        if ABBREVIATIONS.contains(&fold(&initials).as_str()) {
            continue;
        }
        let Ok(last) = words.binary_search_by_key(&m.end(), |w| w.span.end) else {
            continue;
        };
        if words[last].stopped || words[last].glued {
            continue;
        }
        let last = extend(text, words, last, lex);
        let span = m.start()..words[last].span.end;
        let canonical = fold(&text[span.clone()]);
        out.push(Candidate::with_canonical(
            FindingKind::PossibleName,
            span,
            canonical,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, FindingKind)> {
        let mut out = Vec::new();
        find(text, &Coverage::of(&[]), &mut out);
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        out.iter()
            .map(|c| (text[c.start..c.end].to_owned(), c.kind))
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        names(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn untagged_names_of_every_background_are_found() {
        assert_eq!(
            spans("mo en ayoub gisteren gesproken bij de kooi"),
            ["mo", "ayoub"]
        );
        assert_eq!(spans("EMRE DEMIR was er ook"), ["EMRE DEMIR"]);
        assert!(
            spans("gesprek met Thijs ter Horst en zijn moeder")
                .contains(&"Thijs ter Horst".to_owned())
        );
        assert!(spans("t.n.v. J. Doelwijt").contains(&"J. Doelwijt".to_owned()));
        assert!(spans("piotr kowalski en tesfaye").contains(&"piotr kowalski".to_owned()));
        assert_eq!(spans("Roos en Bas waren er ook"), ["Roos", "Bas"]);
        assert_eq!(
            spans("ayoub in de bijlmer, emre te Rotterdam"),
            ["ayoub", "emre"]
        );
        assert_eq!(spans("Roos heeft een nieuwe telefoon"), ["Roos"]);
        assert!(spans("Roos en tulpen op de markt").is_empty());
    }

    #[test]
    fn slang_places_platforms_and_public_figures_are_no_names() {
        for text in [
            "osso van mattie, waggie en doekoe",
            "video van Andrew Tate gaat rond op tiktok",
            "bij de Jumbo in de Tarwewijk, daarna naar Zuidplein",
            "Roblox en Fortnite, niet op Snapchat",
            "De jongen zei dat hij gisteren ziek was",
        ] {
            assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
        }
    }

    #[test]
    fn a_cue_makes_it_a_name() {
        let found = names("naam volgens moeder: Emre Demir");
        assert!(
            found.contains(&("Emre Demir".to_owned(), FindingKind::Name)),
            "{found:?}"
        );
        let found = names("moeder van jayden belde");
        assert!(
            found
                .iter()
                .any(|(s, k)| s == "jayden" && *k == FindingKind::Name)
        );
    }
}

//! Names: the aliases the worker tagged, found case- and diacritics-insensitively as whole
//! words ("Özil" finds "ozil", "OZIL's" and "Özils"), and names introduced by a cue
//! ("heet Kevin", "bijnaam: Kev").
//!
//! Aliases are matched on the folded text (`text::fold`, per character, so every folded byte
//! maps back to the character it came from). Invisible characters (zero-width spaces and
//! joiners, soft hyphens) are left out of the folded text, so a name pasted from a chat with a
//! zero-width joiner inside is still found.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use unicode_normalization::char::is_combining_mark;

use super::FindingKind;
use super::patterns::regex;
use super::resolve::Candidate;
use crate::text::fold;

static STARTS_WITH_WORD: LazyLock<Regex> = LazyLock::new(|| regex(r"^\w"));
static ENDS_WITH_WORD: LazyLock<Regex> = LazyLock::new(|| regex(r"\w$"));

/// Possessive endings: "Kevin's", "Kevin’s", "Kevins".
const POSSESSIVES: [&str; 4] = ["'s", "’s", "`s", "s"];

/// The tagged aliases of an entry, ready to match.
pub(crate) struct Aliases {
    /// Folded, whitespace collapsed.
    folded: HashSet<String>,
    regexes: Vec<Regex>,
}

impl Aliases {
    pub fn new(aliases: &[String]) -> Aliases {
        let folded: HashSet<String> = aliases.iter().filter_map(|a| normalise(a)).collect();
        let mut ordered: Vec<&String> = folded.iter().collect();
        // Longest first, so "kevin de vries" wins over "kevin" at the same place.
        ordered.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let patterns: Vec<String> = ordered.iter().map(|a| pattern(a)).collect();
        let regexes = if patterns.is_empty() {
            Vec::new()
        } else {
            match build(&patterns.join("|")) {
                Some(all) => vec![all],
                // A very long alias list: one regex per alias instead of one for all.
                None => patterns.iter().filter_map(|p| build(p)).collect(),
            }
        };
        Aliases { folded, regexes }
    }

    pub fn find(&self, text: &str, out: &mut Vec<Candidate>) {
        if self.regexes.is_empty() {
            return;
        }
        let folded = FoldedText::new(text);
        for regex in &self.regexes {
            for m in regex.find_iter(&folded.text) {
                let span = folded.original(m.start(), m.end(), text);
                out.push(Candidate::with_canonical(
                    FindingKind::Name,
                    span,
                    self.canonical(m.as_str()),
                ));
            }
        }
    }

    /// The alias a match stands for, so "Kevin" and "Kevins" share a key.
    fn canonical(&self, matched: &str) -> String {
        let matched = normalise(matched).unwrap_or_default();
        if self.folded.contains(&matched) {
            return matched;
        }
        POSSESSIVES
            .iter()
            .filter_map(|p| matched.strip_suffix(p))
            .find(|stem| self.folded.contains(*stem))
            .map_or(matched.clone(), str::to_owned)
    }
}

/// Folded, with whitespace runs collapsed; `None` when nothing is left.
fn normalise(alias: &str) -> Option<String> {
    let folded: String = fold(alias).chars().filter(|c| !invisible(*c)).collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The regex of one folded alias: whole words, any whitespace between its words, an optional
/// possessive. A bare "s" only for aliases of three letters or more ("Mo" must not find "Mos").
fn pattern(alias: &str) -> String {
    let body = alias
        .split(' ')
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+");
    let lead = if STARTS_WITH_WORD.is_match(alias) {
        r"\b"
    } else {
        ""
    };
    let trail = match (ENDS_WITH_WORD.is_match(alias), alias.chars().count() >= 3) {
        (true, true) => r"(?:['’`]s\b|s\b|\b)",
        (true, false) => r"(?:['’`]s\b|\b)",
        (false, _) => "",
    };
    format!("{lead}{body}{trail}")
}

fn build(pattern: &str) -> Option<Regex> {
    RegexBuilder::new(pattern)
        .size_limit(64 * 1024 * 1024)
        .build()
        .ok()
}

/// Characters that are invisible in a chat and break a name in two for a regex.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The folded text with, for every byte, the start of the original character it came from.
struct FoldedText {
    text: String,
    origin: Vec<usize>,
}

impl FoldedText {
    fn new(text: &str) -> FoldedText {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut buf = [0u8; 4];
        for (at, c) in text.char_indices() {
            if invisible(c) {
                continue;
            }
            if c.is_ascii() {
                // The common case, without the allocation of `fold`.
                origin.push(at);
                folded.push(c.to_ascii_lowercase());
                continue;
            }
            let piece = fold(c.encode_utf8(&mut buf));
            origin.extend(std::iter::repeat_n(at, piece.len()));
            folded.push_str(&piece);
        }
        FoldedText {
            text: folded,
            origin,
        }
    }

    /// The original span of the folded span `start..end` (non-empty), widened to whole
    /// characters and over combining marks and invisible characters that follow it.
    fn original(&self, start: usize, end: usize, text: &str) -> std::ops::Range<usize> {
        let first = self.origin[start];
        let last = self.origin[end - 1];
        let mut stop = last + text[last..].chars().next().map_or(0, char::len_utf8);
        for c in text[stop..].chars() {
            if is_combining_mark(c) || invisible(c) {
                stop += c.len_utf8();
            } else {
                break;
            }
        }
        first..stop
    }
}

/// A capitalised name right after a cue: "heet Kevin", "genaamd Sara el Amrani",
/// "bijnaam: Kev", "alias 'Dizzy'", "ze heten Tim en Tom".
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?-u:\b)(?i:heet|heten|genaamd|genoemd|bijnaam|roepnaam|alias|aka|a\.k\.a\.?|noemt (?:zich|hem|haar))[ \t]*[:=]?[ \t]*["'“‘]?(\p{Lu}[\p{L}'’\-]*\p{L}(?:[ \t]+(?:(?:van|de|der|den|ter|ten|el|al|bin|ben|en)[ \t]+)*\p{Lu}[\p{L}'’\-]*\p{L})?)"#,
    )
});

pub(crate) fn find_cued(text: &str, out: &mut Vec<Candidate>) {
    for caps in CUED.captures_iter(text) {
        if let Some(name) = caps.get(1) {
            let canonical = normalise(name.as_str()).unwrap_or_default();
            out.push(Candidate::with_canonical(
                FindingKind::Name,
                name.range(),
                canonical,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, aliases: &[&str]) -> Vec<String> {
        let aliases = Aliases::new(&aliases.iter().map(|a| a.to_string()).collect::<Vec<_>>());
        let mut out = Vec::new();
        aliases.find(text, &mut out);
        out.iter()
            .map(|c| text[c.start..c.end].to_owned())
            .collect()
    }

    #[test]
    fn aliases_match_whole_words_whatever_the_case_accents_or_possessive() {
        assert_eq!(
            names("ÖZIL en ozil's broer, Özils fiets; Ozilla niet", &["Özil"]),
            ["ÖZIL", "ozil's", "Özils"]
        );
        assert_eq!(names("Mo en Mos en Mo's", &["Mo"]), ["Mo", "Mo's"]);
    }

    #[test]
    fn a_zero_width_character_inside_a_name_does_not_hide_it() {
        assert_eq!(
            names("zag Ke\u{200B}vin gisteren", &["kevin"]),
            ["Ke\u{200B}vin"]
        );
    }

    #[test]
    fn the_longest_alias_wins_and_whitespace_inside_may_vary() {
        assert_eq!(
            names("Kevin  de Vries en Kevin", &["Kevin", "Kevin de Vries"]),
            ["Kevin  de Vries", "Kevin"]
        );
    }

    #[test]
    fn an_alias_of_only_spaces_or_symbols_is_harmless() {
        assert!(names("een tekst", &["   ", ""]).is_empty());
        assert_eq!(names("zie @kev_010 nu", &["@kev_010"]), ["@kev_010"]);
    }
}

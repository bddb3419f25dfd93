//! How the minimiser's built-in patterns are compiled and searched.

use regex::{Match, Regex};

/// Compiles a built-in pattern; they are constants, so failing here is a bug the tests catch.
pub(super) fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a built-in pattern of the minimiser compiles")
}

/// Every match that starts at a different place, also where matches overlap.
///
/// `find_iter` skips a match that overlaps an earlier one: in "(020) 010 00 01 06 00 00 00 00"
/// the phone number "01 06 00 00 00" hides "06 00 00 00 00", and if the first then loses to a
/// longer finding, the second is never seen. Only for bounded patterns: the search restarts
/// one character after each match.
pub(super) fn find_overlapping<'t>(regex: &Regex, text: &'t str) -> Vec<Match<'t>> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(m) = regex.find_at(text, at) {
        at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        found.push(m);
        if at > text.len() {
            break;
        }
    }
    found
}

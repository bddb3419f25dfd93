//! Text folding shared by search, alias matching and the minimiser: case- and
//! diacritics-insensitive, so "Özil", "ozil" and "OZIL" are the same name.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases and strips diacritics (NFKD, combining marks removed).
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `needle` occurs in `haystack`, ignoring case and diacritics.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    let needle = fold(needle.trim());
    needle.is_empty() || fold(haystack).contains(&needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Özil ÇAĞLA"), "ozil cagla");
        assert!(contains_folded("Gezien bij café De Brücke", "de brucke"));
        assert!(!contains_folded("niets", "iets anders"));
    }
}

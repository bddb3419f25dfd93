//! Text folding shared by search, alias matching and the minimiser: case- and
//! diacritics-insensitive, so "Özil", "ozil" and "OZIL" are the same name. And the one way a
//! cell is written into any CSV the app exports.

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

/// One CSV cell: quoted when it holds a separator, quote or line break, and neutralised when a
/// spreadsheet would run it as a formula (OWASP's CSV-injection rule: a leading `=`, `+`, `-`,
/// `@`, tab or carriage return gets a `'` in front). A plain number such as `-3` stays a number.
pub fn csv_cell(text: &str) -> String {
    let is_number = {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let formula = !is_number && text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Invisible characters that change nothing a reader sees: zero-width spaces and joiners,
/// bidi marks, embeddings, overrides and isolates, soft hyphens, word joiners, the BOM.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Bidi embeddings, overrides and isolates: they make text read in another order than it is
/// stored, so a note with them is refused at input (`model::validate`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_never_start_a_formula() {
        assert_eq!(csv_cell("Bijlmer"), "Bijlmer");
        assert_eq!(csv_cell("-3"), "-3");
        assert_eq!(csv_cell("12"), "12");
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\",\"klik\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""
        );
        assert_eq!(csv_cell("+31 6"), "'+31 6");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("\r=1"), "\"'\r=1\"");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Özil ÇAĞLA"), "ozil cagla");
        assert!(contains_folded("Gezien bij café De Brücke", "de brucke"));
        assert!(!contains_folded("niets", "iets anders"));
    }
}

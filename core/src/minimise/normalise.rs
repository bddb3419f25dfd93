//! The text the detectors read: what the worker wrote, normalised so that spelling tricks do
//! not hide an identifier, with every byte mapped back to the characters it came from.
//!
//! - NFKC: full-width letters and digits, `＠`, ligatures and non-breaking spaces become their
//!   plain forms; a letter and its combining accents are composed together.
//! - Format characters (zero-width spaces and joiners, bidi marks and controls, soft hyphens)
//!   are left out: pasted from a chat, they split a name or a number in two for a pattern.
//! - Decimal digits of every script (Arabic-Indic, Devanagari, …) become ASCII digits.
//! - Common obfuscations are read: `(at)`, `[at]`, `apenstaartje` become `@`; `(punt)`,
//!   `[.]`, `(dot)` and a bare `punt`/`dot` before a top-level domain become `.`; `hxxp`
//!   becomes `http`.
//!
//! Findings are made on the normalised text and mapped back with [`Normalised::original`], so
//! replacing a finding replaces what the worker wrote, hidden characters included.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::patterns::regex;
use crate::text::is_format;

/// The normalised text and, for each of its bytes, the original bytes it stands for.
pub(crate) struct Normalised {
    pub text: String,
    /// Per byte of `text`: the span of the original text it came from.
    origin: Vec<Range<usize>>,
}

/// The zero of every decimal digit set in Unicode 14 besides ASCII (and the sets NFKC already
/// maps to ASCII, such as full-width and mathematical digits); each set is ten code points.
const DIGIT_ZEROS: [u32; 58] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1E140,
    0x1E2F0, 0x1E950,
];

/// The ASCII digit of a decimal digit of another script.
fn ascii_digit(c: char) -> Option<char> {
    let cp = c as u32;
    let zero = DIGIT_ZEROS.iter().rev().find(|zero| **zero <= cp)?;
    let value = cp - zero;
    (value < 10).then(|| char::from_digit(value, 10)).flatten()
}

/// Top-level domains after which a bare "punt" or "dot" is read as a dot.
const TLDS: &str = "com|nl|be|net|org|eu|fr|uk|io";

/// `(at)`, `[at]`, `{at}`, `<at>` and `apenstaartje` with the spaces around them.
static AT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)[ \t]*(?:[(\[{<][ \t]*(?:at|apenstaartje|@)[ \t]*[)\]}>]|(?-u:\b)apenstaartje(?-u:\b))[ \t]*",
    )
});
/// `(punt)`, `[.]`, `(dot)` with the spaces around them.
static DOT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)[ \t]*[(\[{<][ \t]*(?:punt|dot|\.)[ \t]*[)\]}>][ \t]*"));
/// A bare " punt " or " dot " between a word and a top-level domain.
static BARE_DOT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)[\w\-](?:(?P<glue>[ \t]+(?:punt|dot)[ \t]+)(?:{TLDS})|(?P<spaced>[ \t]*\.[ \t]+|[ \t]+\.[ \t]*)(?:com|nl))(?-u:\b)"
    ))
});
/// A bare " at " between the parts of an address that ends in a domain: "jan at gmail.com".
static BARE_AT: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)[\w.+\-](?P<glue>[ \t]+at[ \t]+)[\w\-]+\.(?:{TLDS})(?-u:\b)"
    ))
});
/// `hxxp`, `hxxps`: defanged links.
static HXXP: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)(?-u:\b)h(?P<glue>xx)ps?(?-u:\b)"));

impl Normalised {
    pub fn new(original: &str) -> Normalised {
        let plain = Normalised::characters(original);
        let at = plain.replace_all(&AT, None, "@");
        let dot = at.replace_all(&DOT, None, ".");
        let bare_dot = dot.replace_all(&BARE_DOT, Some("glue"), ".").replace_all(
            &BARE_DOT,
            Some("spaced"),
            ".",
        );
        let bare_at = bare_dot.replace_all(&BARE_AT, Some("glue"), "@");
        bare_at.replace_all(&HXXP, Some("glue"), "tt")
    }

    /// NFKC per letter with its marks, format characters left out, digits mapped.
    fn characters(original: &str) -> Normalised {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut chars = original.char_indices().peekable();
        let mut segment = String::new();
        while let Some((start, c)) = chars.next() {
            if is_format(c) {
                continue;
            }
            if c.is_ascii()
                && chars
                    .peek()
                    .is_none_or(|(_, next)| !is_combining_mark(*next))
            {
                // The common case: nothing to compose or map.
                text.push(c);
                origin.push(start..start + 1);
                continue;
            }
            segment.clear();
            segment.push(c);
            let mut end = start + c.len_utf8();
            while let Some((at, next)) = chars.peek().copied() {
                if is_combining_mark(next) || is_format(next) {
                    if !is_format(next) {
                        segment.push(next);
                    }
                    end = at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            for out in segment.nfkc() {
                if is_format(out) {
                    continue;
                }
                let out = ascii_digit(out).unwrap_or(out);
                text.push(out);
                origin.extend(std::iter::repeat_n(start..end, out.len_utf8()));
            }
        }
        Normalised { text, origin }
    }

    /// Every match of `pattern` (or of its group `group`) replaced by `with`, the replacement
    /// standing for all the original text of what it replaces.
    fn replace_all(self, pattern: &Regex, group: Option<&str>, with: &str) -> Normalised {
        let spans: Vec<Range<usize>> = pattern
            .captures_iter(&self.text)
            .filter_map(|caps| match group {
                Some(name) => caps.name(name),
                None => caps.get(0),
            })
            .map(|m| m.range())
            .filter(|span| !span.is_empty())
            .collect();
        if spans.is_empty() {
            return self;
        }
        let mut text = String::with_capacity(self.text.len());
        let mut origin = Vec::with_capacity(self.origin.len());
        let mut at = 0;
        for span in spans {
            if span.start < at {
                continue;
            }
            text.push_str(&self.text[at..span.start]);
            origin.extend_from_slice(&self.origin[at..span.start]);
            let stands_for = self.origin[span.start].start..self.origin[span.end - 1].end;
            text.push_str(with);
            origin.extend(std::iter::repeat_n(stands_for, with.len()));
            at = span.end;
        }
        text.push_str(&self.text[at..]);
        origin.extend_from_slice(&self.origin[at..]);
        Normalised { text, origin }
    }

    /// The original span of the normalised span `span` (non-empty, within the text).
    pub fn original(&self, span: Range<usize>) -> Range<usize> {
        match (
            self.origin.get(span.start),
            self.origin.get(span.end.saturating_sub(1)),
        ) {
            (Some(first), Some(last)) if span.start < span.end => first.start..last.end,
            _ => 0..0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str) -> String {
        Normalised::new(text).text
    }

    #[test]
    fn tricks_are_read_as_what_they_stand_for() {
        assert_eq!(roundtrip("０６-１２３４５６７８"), "06-12345678");
        assert_eq!(roundtrip("٠٦١٢٣٤٥٦٧٨"), "0612345678");
        assert_eq!(roundtrip("jan＠gmail.com"), "jan@gmail.com");
        assert_eq!(roundtrip("jan (at) gmail punt com"), "jan@gmail.com");
        assert_eq!(roundtrip("jan[at]gmail[.]nl"), "jan@gmail.nl");
        assert_eq!(roundtrip("jan at hotmail.com"), "jan@hotmail.com");
        assert_eq!(roundtrip("hxxps://t.me/x"), "https://t.me/x");
        assert_eq!(roundtrip("Ke\u{200D}vin\u{202E}"), "Kevin");
        assert_eq!(roundtrip("e\u{301}en"), "\u{e9}en");
        // Ordinary words stay.
        assert_eq!(roundtrip("op dit punt komen we"), "op dit punt komen we");
    }

    #[test]
    fn spans_map_back_to_what_was_written() {
        let text = "mail jan (at) gmail punt com nu";
        let norm = Normalised::new(text);
        let start = norm.text.find("jan").unwrap();
        let end = norm.text.find(" nu").unwrap();
        assert_eq!(&text[norm.original(start..end)], "jan (at) gmail punt com");

        let text = "bel ０６\u{200B}１２３４５６７８!";
        let norm = Normalised::new(text);
        let start = norm.text.find('0').unwrap();
        let end = norm.text.find('!').unwrap();
        assert_eq!(
            &text[norm.original(start..end)],
            "０６\u{200B}１２３４５６７８"
        );
    }
}

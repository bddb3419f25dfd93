//! Street addresses: a street name with a Dutch street suffix and a house number
//! ("Kerkstraat 12", "Van Heuven Goedhartlaan 12a", "prins hendrikkade 3-II", "Dorpsweg 4 bis").
//!
//! A street without a number stays: a street name alone is a place, like a neighbourhood. House
//! numbers never start with 0 ("Feyenoord 010" is a club and an area code), and "-dam" and
//! "-oord" are no suffixes here: "Rotterdam 3" is a city and a count far more often than a
//! street. Common nouns with a street suffix ("op het schoolplein 5 jongens") are no street when written
//! in lower case.

use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::lexicon::LEXICON;
use super::patterns::regex;
use super::resolve::{Candidate, Coverage};
use crate::text::fold;

const SUFFIXES: &str = "straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|hof|hofje|pad|steeg|steegje|dreef|park|markt|wal|veld|baan|ring|plantsoen|erf|haven|allee|boulevard|poort|zijde|vaart|wetering|kamp|rak|sloot|weide|akker|tuin|tuinen|hoeve|passage|promenade";

/// Up to four words before the street word that may belong to its name (particles, titles,
/// capitalised words: "Burgemeester de Vlugtlaan", "Van Heuven Goedhartlaan"), the street word
/// (at least two letters before its suffix, so "straat" alone is no street), an optional "nr."
/// and the house number with its additions (12a, 12 A, 12-3, 12/2, 12 bis, 12-hs, 12 II).
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?-u:\b)(?P<pre>(?:(?:(?i:van|de|der|den|het|'t|ter|ten|te|la|le|du|von|sint|prins|prinses|koning|koningin|burgemeester|graaf|gravin|dokter|generaal|pater|pastoor|professor|admiraal|eerste|tweede|derde|[1-9]e|lange|korte|nieuwe|oude|hoge|lage|grote|kleine|(?:st|dr|burg|gen|mr|prof|ds)\.)|\p{{Lu}}[\p{{L}}'’\-]*)[ \t]+){{0,4}})(?P<street>\p{{L}}[\p{{L}}'’\-]*\p{{L}}(?i:{SUFFIXES}))(?-u:\b)(?:[ \t]*,[ \t]*(?i:nr\.?|nummer|huisnummer|no\.?)[ \t]*|[ \t]+(?:(?i:nr\.?|nummer|huisnummer|no\.?)[ \t]*)?)(?P<number>[1-9][0-9]{{0,3}})(?:[ \t]?-[ \t]?[0-9]{{1,4}}|/[0-9]{{1,4}}|[ \t]?-?[ \t]?(?i:bis|hs|huis|bg|boven|zw)(?-u:\b)|[ \t]?[A-Za-z](?-u:\b)|[ \t]?-?(?:III|II|IV|I)(?-u:\b))?(?-u:\b)"
    ))
});

/// A house number followed by ":" or "." and a digit is a time ("Kerkstraat 21:00").
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"^[:.][0-9]"));

/// A number followed by "u", "uur" or "h" is a time ("Hofplein 20u", "Hofplein 20 uur").
static HOURS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^[ \t]?(?:u|uur|h|uurtje)(?-u:\b)"));

/// A capitalised word and a house number: an address when the word is a street without a
/// suffix ("Slinge 401", from the street list) or follows a word that says it is one ("woont
/// op Noordsingel…", "adres: Groene Hilledijk…").
static WORD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?-u:\b)(?P<cue>(?i:woont|wonen|woonde|adres|verblijft|slaapt|huisnummer)(?-u:\b)(?:[ \t]+(?i:op|aan|in|bij|de|het|is|:)){0,3}[ \t]*:?[ \t]*)?(?P<street>\p{Lu}[\p{L}'’\-]+)[ \t]+(?P<number>[1-9][0-9]{0,3})(?:[ \t]?[A-Za-z](?-u:\b))?(?-u:\b)",
    )
});

/// A number followed by what it counts ("Rotterdam 3 jaar", "Charlois 5 jongens") is no
/// house number.
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^[ \t]*(?:jaar|jr|jongens|jongeren|meiden|meisjes|man|mensen|keer|x|weken|maanden|dagen|minuten|min|euro|kinderen|kids|broers|zussen|incidenten|meldingen|%)(?-u:\b)",
    )
});

/// A postcode in lower case with a space ("3081 cp"): only next to an address or after
/// "postcode", where it cannot be "1500 mg".
static LOWER_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?-u:\b)[1-9][0-9]{3}[ \t]?[a-z]{2}(?-u:\b)"));
static POSTCODE_CUE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)(?:postcode|pc)[ \t]*:?[ \t]*$"));

/// Words that start sentences or point at places, not parts of a street name.
const NOT_PART_OF_A_STREET: [&str; 52] = [
    "de",
    "het",
    "een",
    "in",
    "op",
    "bij",
    "aan",
    "naar",
    "via",
    "richting",
    "vanaf",
    "tot",
    "om",
    "achter",
    "voor",
    "tegenover",
    "naast",
    "hoek",
    "woont",
    "wonen",
    "woonde",
    "is",
    "en",
    "of",
    "gisteren",
    "vandaag",
    "vanavond",
    "vanmiddag",
    "vanochtend",
    "morgen",
    "gezien",
    "afspraak",
    "afgesproken",
    "adres",
    "locatie",
    "plek",
    "ontmoeting",
    "verzamelen",
    "ook",
    "nog",
    "daar",
    "hier",
    "toen",
    "dan",
    "ze",
    "hij",
    "zij",
    "wij",
    "we",
    "ik",
    "die",
    "dat",
];

/// Common nouns with a street suffix; no street when written in lower case.
const COMMON_NOUNS: [&str; 17] = [
    "schoolplein",
    "speelplein",
    "kerkplein",
    "marktplein",
    "sportpark",
    "sportveld",
    "voetbalveld",
    "trapveld",
    "skatepark",
    "fietspad",
    "snelweg",
    "onderweg",
    "speeltuin",
    "achtertuin",
    "voortuin",
    "parkeerplein",
    "stadspark",
];

/// Street addresses in `text`; `found` are the findings so far (a "time" after a house number
/// that is really part of another finding is no time).
pub(crate) fn find(text: &str, found: &Coverage, out: &mut Vec<Candidate>) {
    for caps in ADDRESS.captures_iter(text) {
        let (Some(all), Some(pre), Some(street)) =
            (caps.get(0), caps.name("pre"), caps.name("street"))
        else {
            continue;
        };
        if TIME_AFTER
            .find(&text[all.end()..])
            .is_some_and(|m| !found.covers(all.end() + m.end() - 1))
        {
            continue;
        }
        if caps
            .name("number")
            .is_some_and(|n| HOURS_AFTER.is_match(&text[n.end()..]))
        {
            continue;
        }
        let street_word = street.as_str();
        if street_word.starts_with(char::is_lowercase)
            && COMMON_NOUNS.contains(&street_word.to_lowercase().as_str())
        {
            continue;
        }
        // Words before the street only when they stand on their own: in "t.me/+Abc Kerkstraat
        // 1" the "Abc" belongs to the link.
        let free_standing = text[..all.start()]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "(\"'“‘,;".contains(c));
        let start = if free_standing {
            all.start() + leading_words_to_drop(pre.as_str(), street_word)
        } else {
            street.start()
        };
        let ends = [Some(all.end()), caps.name("number").map(|n| n.end())];
        // Every reading, longest first: with and without the words before the street, with and
        // without the addition to the number. Should one lose to an overlapping finding ("12 t"
        // to "t.me/…"), a shorter one still stands.
        for start in [start, street.start()] {
            for end in ends.into_iter().flatten() {
                let span = start..end;
                out.push(Candidate::new(
                    FindingKind::Address,
                    span.clone(),
                    &text[span],
                ));
            }
        }
    }
}

/// The length of the words at the start of `pre` that are no part of the street name. A
/// lower-case "van" right before a capitalised street ("beelden van Pendrechtstraat 12") is
/// the preposition, not the start of "Van Speijkstraat".
fn leading_words_to_drop(pre: &str, street: &str) -> usize {
    let mut dropped = 0;
    let words: Vec<&str> = pre.split_inclusive([' ', '\t']).collect();
    for (i, word) in words.iter().enumerate() {
        let bare = word.trim().trim_end_matches(['.', ',']).to_lowercase();
        let last = i + 1 == words.len();
        let preposition = last && word.trim() == "van" && street.starts_with(char::is_uppercase);
        if bare.is_empty() || NOT_PART_OF_A_STREET.contains(&bare.as_str()) || preposition {
            dropped += word.len();
        } else {
            break;
        }
    }
    dropped
}

/// Streets without a suffix ("Slinge 401") and addresses after a cue; then postcodes in lower
/// case next to an address or after "postcode". Runs after [`find`].
pub(crate) fn find_more(text: &str, found: &Coverage, out: &mut Vec<Candidate>) {
    for caps in WORD_NUMBER.captures_iter(text) {
        let (Some(all), Some(street), Some(number)) =
            (caps.get(0), caps.name("street"), caps.name("number"))
        else {
            continue;
        };
        let known = LEXICON.streets.contains(fold(street.as_str()));
        if !known && caps.name("cue").is_none() {
            continue;
        }
        if TIME_AFTER.is_match(&text[all.end()..])
            || HOURS_AFTER.is_match(&text[number.end()..])
            || COUNT_AFTER.is_match(&text[number.end()..])
            || found.covers(street.start())
            || LEXICON.places.contains(fold(street.as_str()))
        {
            continue;
        }
        let span = street.start()..all.end();
        out.push(Candidate::new(
            FindingKind::Address,
            span.clone(),
            &text[span],
        ));
    }
    let addresses: Vec<Candidate> = out
        .iter()
        .filter(|c| c.kind == FindingKind::Address)
        .cloned()
        .collect();
    let addresses = Coverage::of(&addresses);
    for m in LOWER_POSTCODE.find_iter(text) {
        let before = text[..m.start()].trim_end_matches([' ', '\t', ',', ';']);
        let next_to_address =
            before.len() < m.start() && !before.is_empty() && addresses.covers(before.len() - 1);
        let letters = m.as_str()[m.as_str().len() - 2..].to_ascii_uppercase();
        if (next_to_address || POSTCODE_CUE.is_match(&text[..m.start()]))
            && !matches!(letters.as_str(), "SA" | "SD" | "SS")
        {
            out.push(Candidate::new(FindingKind::Postcode, m.range(), m.as_str()));
        }
    }
}

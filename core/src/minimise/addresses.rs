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
use super::patterns::regex;
use super::resolve::{Candidate, Coverage};

const SUFFIXES: &str = "straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|singel|dijk|hof|hofje|pad|steeg|steegje|dreef|park|markt|wal|veld|baan|ring|plantsoen|erf|haven|allee|boulevard|poort|zijde|vaart|wetering|kamp|rak|sloot|weide|akker|tuin|tuinen|hoeve|passage|promenade";

/// Up to four words before the street word that may belong to its name (particles, titles,
/// capitalised words: "Burgemeester de Vlugtlaan", "Van Heuven Goedhartlaan"), the street word
/// (at least two letters before its suffix, so "straat" alone is no street), an optional "nr."
/// and the house number with its additions (12a, 12 A, 12-3, 12/2, 12 bis, 12-hs, 12 II).
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?-u:\b)(?P<pre>(?:(?:(?i:van|de|der|den|het|'t|ter|ten|te|la|le|du|von|sint|prins|prinses|koning|koningin|burgemeester|graaf|gravin|dokter|generaal|pater|pastoor|professor|admiraal|eerste|tweede|derde|[1-9]e|lange|korte|nieuwe|oude|hoge|lage|grote|kleine|(?:st|dr|burg|gen|mr|prof|ds)\.)|\p{{Lu}}[\p{{L}}'’\-]*)[ \t]+){{0,4}})(?P<street>\p{{L}}[\p{{L}}'’\-]*\p{{L}}(?i:{SUFFIXES}))(?-u:\b)[ \t]+(?:(?i:nr\.?|nummer|no\.?)[ \t]*)?(?P<number>[1-9][0-9]{{0,3}})(?:[ \t]?-[ \t]?[0-9]{{1,4}}|/[0-9]{{1,4}}|[ \t]?-?[ \t]?(?i:bis|hs|huis|bg|boven|zw)(?-u:\b)|[ \t]?[A-Za-z](?-u:\b)|[ \t]?-?(?:III|II|IV|I)(?-u:\b))?(?-u:\b)"
    ))
});

/// A house number followed by ":" or "." and a digit is a time ("Kerkstraat 21:00").
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"^[:.][0-9]"));

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
            all.start() + leading_words_to_drop(pre.as_str())
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

/// The length of the words at the start of `pre` that are no part of the street name.
fn leading_words_to_drop(pre: &str) -> usize {
    let mut dropped = 0;
    for word in pre.split_inclusive([' ', '\t']) {
        let bare = word.trim().trim_end_matches(['.', ',']).to_lowercase();
        if bare.is_empty() || NOT_PART_OF_A_STREET.contains(&bare.as_str()) {
            dropped += word.len();
        } else {
            break;
        }
    }
    dropped
}

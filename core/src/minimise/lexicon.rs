//! The name and word lists of the minimiser, as finite-state sets (`fst`) built from
//! `core/data/names/*.txt` by `build.rs`. Sources and licences: `core/data/names/SOURCES.md`.
//!
//! Every entry is folded (`text::fold`: lower case, no accents), so a lookup folds first.

use std::sync::LazyLock;

use fst::Set;

/// The lists, loaded once.
pub(crate) struct Lexicon {
    /// First names: Dutch, and common among families of every background in Dutch cities.
    pub first_names: Set<&'static [u8]>,
    /// Surnames without their particles ("vries" of "de Vries").
    pub surnames: Set<&'static [u8]>,
    /// Names of the project's own lists that are no ordinary word: a possible name in any case.
    pub confident: Set<&'static [u8]>,
    /// Ordinary Dutch and English words in lower case (OpenTaal, SCOWL).
    pub words: Set<&'static [u8]>,
    /// Never a name: slang, platforms, brands, neighbourhoods, feasts, titles (words and
    /// phrases of the project's own list).
    pub stop: Set<&'static [u8]>,
    /// Dutch places (towns, municipalities, provinces, regions): no name, unless a name of
    /// the project's own lists ("Wessel", "Milan").
    pub places: Set<&'static [u8]>,
    /// Public figures and characters (whole names): a topic, not a person involved.
    pub figures: Set<&'static [u8]>,
    /// Street names without a street suffix ("slinge"): a number after one is an address.
    pub streets: Set<&'static [u8]>,
}

fn set(bytes: &'static [u8]) -> Set<&'static [u8]> {
    Set::new(bytes).expect("the lists are built by build.rs and load as they were built")
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    first_names: set(include_bytes!(concat!(env!("OUT_DIR"), "/first_names.fst"))),
    surnames: set(include_bytes!(concat!(env!("OUT_DIR"), "/surnames.fst"))),
    confident: set(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/confident_names.fst"
    ))),
    words: set(include_bytes!(concat!(env!("OUT_DIR"), "/words.fst"))),
    stop: set(include_bytes!(concat!(env!("OUT_DIR"), "/stop.fst"))),
    places: set(include_bytes!(concat!(env!("OUT_DIR"), "/places.fst"))),
    figures: set(include_bytes!(concat!(env!("OUT_DIR"), "/figures.fst"))),
    streets: set(include_bytes!(concat!(env!("OUT_DIR"), "/streets.fst"))),
});

impl Lexicon {
    /// The size of all sets in bytes (for the bench).
    pub fn size(&self) -> usize {
        [
            &self.first_names,
            &self.surnames,
            &self.confident,
            &self.words,
            &self.stop,
            &self.places,
            &self.figures,
            &self.streets,
        ]
        .iter()
        .map(|s| s.as_fst().as_bytes().len())
        .sum()
    }
}

/// The size of the minimiser's lists in bytes, as compiled into the binary.
pub fn lexicon_bytes() -> usize {
    LEXICON.size()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_hold_what_they_should() {
        let lex = &*LEXICON;
        for name in ["thijs", "emre", "ayoub", "piotr", "tesfaye", "mohamed"] {
            assert!(lex.first_names.contains(name), "{name}");
        }
        for name in ["demir", "doelwijt", "kowalski", "vries"] {
            assert!(lex.surnames.contains(name), "{name}");
        }
        for word in ["gisteren", "moeder", "jongen"] {
            assert!(lex.words.contains(word), "{word}");
        }
        for word in ["osso", "waggie", "doekoe", "mattie", "tarwewijk", "roblox"] {
            assert!(lex.stop.contains(word), "{word}");
        }
        assert!(lex.places.contains("horst") && lex.places.contains("rotterdam"));
        assert!(lex.figures.contains("andrew tate"));
        assert!(lex.streets.contains("slinge"));
    }
}

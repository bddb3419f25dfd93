//! Builds the minimiser's name and word lists (`data/names/*.txt`, one folded word or phrase a
//! line) into finite-state sets in `OUT_DIR`, which `minimise/lexicon.rs` includes. Regenerate
//! the text lists with `scripts/build-name-lists.py` (see `data/names/SOURCES.md`).

use std::path::Path;
use std::{env, fs};

const LISTS: [&str; 8] = [
    "first_names",
    "surnames",
    "confident_names",
    "words",
    "stop",
    "places",
    "figures",
    "streets",
];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for list in LISTS {
        let source = format!("data/names/{list}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let mut words: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .collect();
        words.sort_unstable();
        words.dedup();
        let set = fst::Set::from_iter(words).unwrap_or_else(|e| panic!("{source}: {e}"));
        fs::write(
            Path::new(&out).join(format!("{list}.fst")),
            set.as_fst().as_bytes(),
        )
        .unwrap_or_else(|e| panic!("{list}.fst: {e}"));
    }
}

//! `leefwereld-bench minimise`: the minimiser over 1 000 field notes of about 300 characters
//! (scan and replace all), the time per note, and what the name lists cost in memory and in
//! the binary. Run it on its own, so the resident memory is the minimiser's alone.

use std::time::{Duration, Instant};

use leefwereld_core::minimise::{FindingField, lexicon_bytes, redact_all, scan};
use leefwereld_core::{EntryContent, Platform, SourceType, Theme};
use rand::{Rng, SeedableRng, rngs::StdRng};

const NOTES: usize = 1_000;
const RUNS: usize = 5;

/// Pieces of quick notes: names of every background, identifiers, places, times, slang.
const PIECES: [&str; 24] = [
    "gesprek met Thijs ter Horst en zijn moeder",
    "mo en ayoub gisteren bij de kooi",
    "naam volgens moeder: Emre Demir",
    "speelt roblox als BloxBoy_2011",
    "tel 06-12345678",
    "mailde vanaf kevin (at) gmail punt com",
    "woont Slinge 401, 3081 cp",
    "kenteken vg481t",
    "bsn 1234 56 782",
    "meisje is 14",
    "geb. 17-08-2011",
    "om 21:30 bij het Hofplein",
    "50 euro per ritje",
    "osso van zijn mattie",
    "video van Andrew Tate",
    "in de Tarwewijk en op Zuidplein",
    "piotr en tesfaye slapen in de metro",
    "drill clip op tiktok",
    "t.n.v. J. Doelwijt",
    "wollah hij zei niks",
    "groep 8 en klas 3",
    "zijn insta is @dizzy.010",
    "NL91 ABNA 0417 1643 00",
    "ff gechat met de wijkagent",
];

fn notes() -> Vec<String> {
    let mut rng = StdRng::seed_from_u64(13);
    (0..NOTES)
        .map(|_| {
            let mut note = String::with_capacity(340);
            while note.len() < 300 {
                note.push_str(PIECES[rng.gen_range(0..PIECES.len())]);
                note.push_str(", ");
            }
            note
        })
        .collect()
}

fn resident_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

pub fn run() {
    let notes = notes();
    let observed = crate::measure::now();
    let entries: Vec<EntryContent> = notes
        .iter()
        .map(|text| {
            EntryContent::signal(
                Theme::Exploitation,
                Platform::Snapchat,
                SourceType::DirectContact,
                text.as_str(),
                "zorg",
                observed,
            )
        })
        .collect();
    let before = resident_mib();
    let start = Instant::now();
    std::hint::black_box(scan(FindingField::Text, &notes[0], &[]));
    let first = start.elapsed();
    let loaded = resident_mib();
    let mut per_note: Vec<Duration> = Vec::with_capacity(NOTES * RUNS);
    let mut findings = 0;
    for _ in 0..RUNS {
        for entry in &entries {
            let start = Instant::now();
            let minimised = redact_all(entry);
            per_note.push(start.elapsed());
            findings += minimised.findings.len();
        }
    }
    let after = resident_mib();
    per_note.sort();
    let pick = |q: f64| per_note[((per_note.len() - 1) as f64 * q) as usize];
    let average = per_note.iter().sum::<Duration>() / per_note.len() as u32;
    println!(
        "Minimiser: {NOTES} notes of about 300 characters, {RUNS} runs (scan and replace all)"
    );
    println!(
        "  per note: mean {:.0} µs, p50 {:.0} µs, p99 {:.0} µs ({} findings per run)",
        average.as_secs_f64() * 1e6,
        pick(0.5).as_secs_f64() * 1e6,
        pick(0.99).as_secs_f64() * 1e6,
        findings / RUNS
    );
    println!(
        "  first scan (loads the name lists, compiles the patterns): {:.1} ms",
        first.as_secs_f64() * 1e3
    );
    println!(
        "  name lists in the binary: {:.2} MB (read in place, never copied)",
        lexicon_bytes() as f64 / 1e6
    );
    println!(
        "  resident memory: {before:.1} MiB before, {loaded:.1} MiB after the first scan ({:+.1} MiB: lists and patterns), {after:.1} MiB after all runs",
        loaded - before
    );
}

//! The shared dataset, timing helpers and the table printer.

use std::time::{Duration, Instant};

use chrono::{DateTime, Duration as Days, Utc};
use leefwereld_core::{EntryContent, EntryKind, Platform, SourceType, Theme, Urgency};
use rand::{Rng, SeedableRng, rngs::StdRng};

/// "Now" for both stores: the data spans the 52 weeks before it.
pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// `n` entries of about 1.5 KB of text, spread over 52 weeks, the same for both stores.
pub fn dataset(n: usize) -> Vec<EntryContent> {
    let mut rng = StdRng::seed_from_u64(2026);
    let words = [
        "groepsapp",
        "filmpje",
        "ruzie",
        "challenge",
        "wijk",
        "school",
        "account",
        "bericht",
        "sticker",
        "livestream",
        "meme",
        "geruchten",
    ];
    (0..n)
        .map(|i| {
            let mut text = String::with_capacity(1600);
            while text.len() < 1500 {
                text.push_str(words[rng.gen_range(0..words.len())]);
                text.push(' ');
            }
            let observed = now() - Days::minutes(rng.gen_range(10..(364 * 24 * 60)));
            let theme = Theme::ALL[rng.gen_range(0..Theme::ALL.len())];
            let platform = Platform::ALL[rng.gen_range(0..Platform::ALL.len())];
            if i % 3 == 0 {
                let mut c = EntryContent::signal(
                    theme,
                    platform,
                    SourceType::DirectContact,
                    text,
                    "melding van een jongere",
                    observed,
                );
                c.urgency = Urgency::High;
                c.neighbourhood = format!("Wijk {}", i % 17);
                c
            } else {
                let mut c = EntryContent::trend(theme, platform, text, observed);
                c.neighbourhood = format!("Wijk {}", i % 17);
                c
            }
        })
        .collect()
}

pub fn kind_code(kind: EntryKind) -> i64 {
    match kind {
        EntryKind::Trend => 0,
        EntryKind::Signaal => 1,
    }
}

/// One measured quantity of one store.
pub struct Measure {
    pub name: &'static str,
    pub value: Duration,
    /// How `value` was obtained, e.g. "p50 of 200".
    pub how: String,
}

pub fn once(name: &'static str, f: impl FnOnce()) -> Measure {
    let start = Instant::now();
    f();
    Measure {
        name,
        value: start.elapsed(),
        how: "once".into(),
    }
}

/// Runs `f` `runs` times; returns the p50 and p95 measures.
pub fn percentiles(
    name50: &'static str,
    name95: &'static str,
    runs: usize,
    mut f: impl FnMut(usize),
) -> [Measure; 2] {
    let mut times: Vec<Duration> = (0..runs)
        .map(|i| {
            let start = Instant::now();
            f(i);
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    [
        Measure {
            name: name50,
            value: at(0.5),
            how: format!("p50 of {runs}"),
        },
        Measure {
            name: name95,
            value: at(0.95),
            how: format!("p95 of {runs}"),
        },
    ]
}

pub fn median(name: &'static str, runs: usize, mut f: impl FnMut()) -> Measure {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    Measure {
        name,
        value: times[times.len() / 2],
        how: format!("median of {runs}"),
    }
}

/// What one store's run yields.
pub struct Outcome {
    pub measures: Vec<Measure>,
    /// Peak resident memory (MiB) of a fresh process that opens and unlocks the store.
    pub unlock_peak_mib: f64,
    /// Resident memory (MiB) of that process once unlocked: what stays while the app is open.
    pub unlock_steady_mib: f64,
}

pub struct Row {
    name: &'static str,
    ours: Measure,
    theirs: Measure,
}

impl Row {
    pub fn pair(ours: Measure, theirs: Measure) -> Row {
        assert_eq!(
            ours.name, theirs.name,
            "both stores measure the same steps in the same order"
        );
        Row {
            name: ours.name,
            ours,
            theirs,
        }
    }
}

pub fn fmt(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1_000.0 {
        format!("{us:.0} µs")
    } else if us < 1_000_000.0 {
        format!("{:.1} ms", us / 1e3)
    } else {
        format!("{:.2} s", us / 1e6)
    }
}

pub fn print_table(n: usize, rows: &[Row]) {
    println!("### {n} entries\n");
    println!("| step | Leefwereld | SQLCipher | ratio (L/S) | how |");
    println!("|---|---:|---:|---:|---|");
    for row in rows {
        let ratio = row.ours.value.as_secs_f64() / row.theirs.value.as_secs_f64().max(1e-9);
        println!(
            "| {} | {} | {} | {:.2} | {} |",
            row.name,
            fmt(row.ours.value),
            fmt(row.theirs.value),
            ratio,
            row.ours.how
        );
    }
    println!();
}

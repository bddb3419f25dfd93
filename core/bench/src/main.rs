//! `leefwereld-bench [N ...]`: the vault's costs for N entries (default 10 000 and 100 000),
//! next to a SQLCipher database doing the same work, printed as a table with ratios; then the
//! sync step for 1 000 shared entries. `leefwereld-bench sync [N]` runs only the sync step;
//! `leefwereld-bench minimise` only the minimiser over 1 000 notes.
//!
//! Figures are medians or percentiles of wall-clock time on a shared machine: compare within a
//! run, not across machines.

mod measure;
mod memory;
mod minimise;
mod peer;
mod sync;
mod vault;

/// How many shared entries the sync step delivers unless told otherwise.
const SYNC_ENTRIES: usize = 1_000;

use measure::{Row, print_table};

fn main() {
    if let Some(result) = memory::child_main() {
        return result;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<usize> = args
        .iter()
        .filter_map(|a| a.replace(['_', ','], "").parse().ok())
        .collect();
    if args.iter().any(|a| a == "minimise") {
        minimise::run();
        return;
    }
    if args.iter().any(|a| a == "sync") {
        sync::run(sizes.first().copied().unwrap_or(SYNC_ENTRIES));
        return;
    }
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    println!(
        "Leefwereld vault (redb + age) vs SQLCipher peer (rusqlite bundled-sqlcipher, WAL, synchronous=FULL)"
    );
    println!(
        "machine: {} logical cores; figures are wall-clock and noisy\n",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for n in sizes {
        let data = measure::dataset(n);
        let ours = vault::run(&data);
        let theirs = peer::run(&data);
        let rows: Vec<Row> = ours
            .measures
            .into_iter()
            .zip(theirs.measures)
            .map(|(a, b)| Row::pair(a, b))
            .collect();
        print_table(n, &rows);
        println!(
            "resident memory of a fresh process that opens and unlocks: peak Leefwereld {:.1} MiB, SQLCipher {:.1} MiB; steady after unlock Leefwereld {:.1} MiB, SQLCipher {:.1} MiB\n",
            ours.unlock_peak_mib,
            theirs.unlock_peak_mib,
            ours.unlock_steady_mib,
            theirs.unlock_steady_mib,
        );
    }
    sync::run(SYNC_ENTRIES);
}

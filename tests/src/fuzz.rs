//! The harness of the bounded fuzz tests that run on stable in CI (`core/tests/fuzz_decoders.rs`,
//! `tests/tests/fuzz_zgw_replies.rs`): how many cases, a case budget that turns a hang into a
//! failure, libFuzzer's basic mutations of real inputs, and the seeds for `fuzz/` (nightly).
//!
//! Cases per property: `LEEFWERELD_FUZZ_CASES` (default 256). A long run:
//! `LEEFWERELD_FUZZ_CASES=50000 cargo test --release --test fuzz_decoders`.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

pub const DEFAULT_CASES: u32 = 256;
/// Far more than any decoder needs for one input; a case over it is treated as a hang.
pub const CASE_BUDGET: Duration = Duration::from_secs(10);

pub fn cases() -> u32 {
    std::env::var("LEEFWERELD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES)
        .max(1)
}

pub fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        // Inputs come from the fixtures; a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    })
}

/// With `LEEFWERELD_FUZZ_SEED_DIR` set, writes `seeds` as the initial corpus of the cargo-fuzz
/// target `target` (`fuzz/corpus/<target>/seed-<n>`); see fuzz/README.md.
pub fn dump_seeds(target: &str, seeds: &[Vec<u8>]) {
    let Some(dir) = std::env::var_os("LEEFWERELD_FUZZ_SEED_DIR") else {
        return;
    };
    let dir = Path::new(&dir).join(target);
    std::fs::create_dir_all(&dir).unwrap();
    for (n, seed) in seeds.iter().enumerate() {
        std::fs::write(dir.join(format!("seed-{n:03}")), seed).unwrap();
    }
}

/// Runs `check` and fails the case when it takes longer than [`CASE_BUDGET`].
pub fn bounded<T>(check: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let out = check();
    prop_assert!(
        started.elapsed() < CASE_BUDGET,
        "one input took {:?}",
        started.elapsed()
    );
    Ok(out)
}

/// One change to a seed: libFuzzer's basic mutations.
#[derive(Clone, Debug)]
pub enum Edit {
    Set(Index, u8),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Remove(Index, Index),
    Truncate(Index),
    /// A copy of one part of the input over another (repeats tokens such as `{`, `"`, `,`).
    Copy(Index, Index, Index),
}

pub fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Edit::Flip(i, b)),
        (
            any::<Index>(),
            prop::collection::vec(
                prop_oneof![
                    any::<u8>(),
                    prop::sample::select(b"{}[]\":,0-9.eE+\\u\n ".to_vec())
                ],
                1..12
            )
        )
            .prop_map(|(i, b)| Edit::Insert(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Remove(a, b)),
        any::<Index>().prop_map(Edit::Truncate),
        (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(a, b, c)| Edit::Copy(a, b, c)),
    ]
}

pub fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..6)
}

pub fn mutate(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for edit in edits {
        let len = out.len();
        match edit {
            Edit::Set(i, b) if len > 0 => out[i.index(len)] = *b,
            Edit::Flip(i, bit) if len > 0 => out[i.index(len)] ^= 1 << bit,
            Edit::Insert(i, bytes) => {
                let at = i.index(len + 1);
                out.splice(at..at, bytes.iter().copied());
            }
            Edit::Remove(a, n) if len > 0 => {
                let start = a.index(len);
                let end = (start + 1 + n.index(16)).min(len);
                out.drain(start..end);
            }
            Edit::Truncate(i) => out.truncate(i.index(len + 1)),
            Edit::Copy(from, n, to) if len > 0 => {
                let start = from.index(len);
                let end = (start + 1 + n.index(32)).min(len);
                let part = out[start..end].to_vec();
                let at = to.index(len + 1);
                out.splice(at..at, part);
            }
            _ => {}
        }
    }
    out
}

/// Arbitrary bytes, a mutated seed, or a seed cut and joined to another seed.
pub fn input_from(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let seeds = Arc::new(seeds);
    let (a, b) = (seeds.clone(), seeds);
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512),
        4 => (any::<Index>(), edits()).prop_map(move |(i, e)| mutate(&a[i.index(a.len())], &e)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(move |(x, y, cut)| {
            let (x, y) = (&b[x.index(b.len())], &b[y.index(b.len())]);
            let cut = cut.index(x.len().min(y.len()) + 1);
            [&x[..cut], &y[cut..]].concat()
        }),
    ]
}

//! Small-cell suppression for anything that leaves the team.
//!
//! A count from 1 to `threshold - 1` is shown as "<threshold" (primary suppression). Because the
//! table's total is published, a single hidden cell could be recovered by subtraction, and so
//! could several hidden cells whose known sum pins each of them down (two hidden cells summing
//! to 2 are both 1). So more cells are hidden (secondary suppression, smallest first, shown
//! without a bound) until every primary cell could take at least two values given the total
//! and the visible cells; when that is impossible the total is hidden as well. A total below the
//! threshold hides the whole table.

use serde::{Deserialize, Serialize};

/// The smallest useful threshold: with 2, "<2" would say "exactly 1".
pub const MIN_THRESHOLD: u32 = 3;

/// How one published number is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    /// The exact number.
    Exact(u32),
    /// A small number, shown as "<threshold".
    Below(u32),
    /// Hidden so that small numbers elsewhere cannot be worked out.
    Hidden,
}

impl Shown {
    /// The text in an export.
    pub fn text(self) -> String {
        match self {
            Shown::Exact(n) => n.to_string(),
            Shown::Below(t) => format!("<{t}"),
            Shown::Hidden => "•".to_owned(),
        }
    }

    pub fn exact(self) -> Option<u32> {
        match self {
            Shown::Exact(n) => Some(n),
            _ => None,
        }
    }
}

/// A table of counts that add up to `total`, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protected {
    pub cells: Vec<Shown>,
    pub total: Shown,
}

/// Whether every primary cell can still take two values, given the published total and cells.
fn ambiguous(values: &[u32], primary: &[bool], hidden: &[bool], threshold: u32) -> bool {
    let total: u32 = values.iter().sum();
    let visible: u32 = values
        .iter()
        .zip(hidden)
        .filter(|(_, h)| !**h)
        .map(|(v, _)| *v)
        .sum();
    let unknown_sum = total - visible;
    let primaries = primary.iter().filter(|p| **p).count() as u32;
    if primaries == 0 {
        return true;
    }
    let secondaries = hidden
        .iter()
        .zip(primary)
        .filter(|(h, p)| **h && !**p)
        .count() as u32;
    // Each primary lies in [1, t-1]; each secondary in [t, ∞).
    let low = threshold.saturating_sub(1).max(1);
    let max_one = if secondaries > 0 {
        unknown_sum
            .saturating_sub((primaries - 1) + secondaries * threshold)
            .min(low)
    } else {
        unknown_sum.saturating_sub(primaries - 1).min(low)
    };
    let min_one = if secondaries > 0 {
        1
    } else {
        unknown_sum.saturating_sub((primaries - 1) * low).max(1)
    };
    max_one > min_one
}

/// Protects one table of counts (cells add up to the total).
pub fn protect(values: &[u32], threshold: u32) -> Protected {
    let threshold = threshold.max(MIN_THRESHOLD);
    let total: u32 = values.iter().sum();
    if total > 0 && total < threshold {
        let cells = values
            .iter()
            .map(|v| {
                if *v == 0 {
                    Shown::Exact(0)
                } else {
                    Shown::Below(threshold)
                }
            })
            .collect();
        return Protected {
            cells,
            total: Shown::Below(threshold),
        };
    }
    let primary: Vec<bool> = values.iter().map(|v| *v > 0 && *v < threshold).collect();
    let mut hidden = primary.clone();
    let mut total_hidden = false;
    while !ambiguous(values, &primary, &hidden, threshold) {
        let next = values
            .iter()
            .enumerate()
            .filter(|(i, v)| !hidden[*i] && **v > 0)
            .min_by_key(|(i, v)| (**v, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => {
                total_hidden = true;
                break;
            }
        }
    }
    let cells = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if primary[i] {
                Shown::Below(threshold)
            } else if hidden[i] {
                Shown::Hidden
            } else {
                Shown::Exact(*v)
            }
        })
        .collect();
    let total = if total_hidden {
        Shown::Hidden
    } else {
        Shown::Exact(total)
    };
    Protected { cells, total }
}

/// A single count without a table (a sparkline point): only primary suppression applies.
pub fn protect_one(value: u32, threshold: u32) -> Shown {
    let threshold = threshold.max(MIN_THRESHOLD);
    if value > 0 && value < threshold {
        Shown::Below(threshold)
    } else {
        Shown::Exact(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every assignment of values to the hidden cells that agrees with what is published.
    fn consistent(published: &Protected, threshold: u32, max: u32) -> Vec<Vec<u32>> {
        let hidden: Vec<usize> = published
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| c.exact().is_none())
            .map(|(i, _)| i)
            .collect();
        let mut out = Vec::new();
        let mut current = vec![0u32; published.cells.len()];
        fn walk(
            i: usize,
            hidden: &[usize],
            published: &Protected,
            threshold: u32,
            max: u32,
            current: &mut Vec<u32>,
            out: &mut Vec<Vec<u32>>,
        ) {
            if i == hidden.len() {
                let mut full = current.clone();
                for (j, cell) in published.cells.iter().enumerate() {
                    if let Some(v) = cell.exact() {
                        full[j] = v;
                    }
                }
                let sum: u32 = full.iter().sum();
                if published.total.exact().is_none_or(|t| t == sum) {
                    out.push(full);
                }
                return;
            }
            let range = match published.cells[hidden[i]] {
                Shown::Below(t) => 1..t,
                _ => threshold..max + 1,
            };
            for v in range {
                current[hidden[i]] = v;
                walk(i + 1, hidden, published, threshold, max, current, out);
            }
        }
        walk(
            0,
            &hidden,
            published,
            threshold,
            max,
            &mut current,
            &mut out,
        );
        out
    }

    #[test]
    fn a_single_small_cell_cannot_be_recovered_from_the_total() {
        let p = protect(&[10, 1, 7, 0], 3);
        assert_eq!(p.cells[1], Shown::Below(3));
        assert_eq!(p.cells[3], Shown::Exact(0));
        assert_eq!(p.total, Shown::Exact(18));
        assert!(p.cells.iter().filter(|c| c.exact().is_none()).count() >= 2);
    }

    #[test]
    fn two_small_cells_with_a_telling_sum_get_company() {
        // 1 + 1 = 18 - 16: both would be known to be 1.
        let p = protect(&[16, 1, 1], 3);
        let options = consistent(&p, 3, 40);
        let firsts: std::collections::BTreeSet<u32> = options.iter().map(|o| o[1]).collect();
        assert!(firsts.len() >= 2, "{p:?}");
    }

    #[test]
    fn a_small_total_hides_the_table() {
        let p = protect(&[1, 1, 0], 3);
        assert_eq!(p.total, Shown::Below(3));
        assert_eq!(
            p.cells,
            vec![Shown::Below(3), Shown::Below(3), Shown::Exact(0)]
        );
    }

    #[test]
    fn nothing_small_means_nothing_hidden() {
        let p = protect(&[5, 3, 0, 9], 3);
        assert!(p.cells.iter().all(|c| c.exact().is_some()));
        assert_eq!(p.total, Shown::Exact(17));
    }

    proptest! {
        #[test]
        fn no_small_count_can_be_worked_out_by_subtraction(
            values in proptest::collection::vec(0u32..12, 1..6),
            threshold in 3u32..6,
        ) {
            let p = protect(&values, threshold);
            // The truth is always among the consistent assignments.
            let options = consistent(&p, threshold, 30);
            prop_assert!(options.contains(&values));
            for (i, cell) in p.cells.iter().enumerate() {
                if let Shown::Below(_) = cell {
                    if p.total == Shown::Below(threshold) {
                        continue;
                    }
                    let possible: std::collections::BTreeSet<u32> = options.iter().map(|o| o[i]).collect();
                    prop_assert!(possible.len() >= 2, "cell {i} of {values:?} is pinned down: {p:?}");
                }
            }
        }
    }
}

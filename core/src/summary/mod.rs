//! Weekly trend summaries for team leads: counts by kind, theme, platform, source type and
//! neighbourhood, the change against the week before, emerging themes, and a 12-week series per
//! theme — computed from the sealed index, never by decrypting every entry.

pub mod publish;
mod series;
pub mod suppress;
pub mod team;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use publish::SummaryFormat;
pub use series::ThemeSeries;

use crate::error::Result;
use crate::model::{EntryKind, Platform, SourceType, Theme};
use crate::store::index::Row;
use crate::time::IsoWeek;

/// Weeks in the series of a summary.
pub const SERIES_WEEKS: u32 = 12;
/// Weeks before the summarised one that decide whether a theme is emerging.
pub const EMERGING_LOOKBACK: u32 = 4;

/// The counts of one week along every dimension; what a worker's weekly report carries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekCounts {
    pub kind: BTreeMap<String, u32>,
    pub theme: BTreeMap<String, u32>,
    pub platform: BTreeMap<String, u32>,
    pub source: BTreeMap<String, u32>,
    /// By neighbourhood as typed (trimmed); entries without one under "".
    pub neighbourhood: BTreeMap<String, u32>,
}

impl WeekCounts {
    pub(crate) fn add_row(&mut self, row: &Row) {
        *self.kind.entry(row.kind.code().into()).or_default() += 1;
        *self.theme.entry(row.theme.code().into()).or_default() += 1;
        *self.platform.entry(row.platform.code().into()).or_default() += 1;
        *self
            .source
            .entry(row.source_type.code().into())
            .or_default() += 1;
        *self
            .neighbourhood
            .entry(row.neighbourhood.trim().to_owned())
            .or_default() += 1;
    }

    /// Adds another worker's counts.
    pub fn merge(&mut self, other: &WeekCounts) {
        for (mine, theirs) in [
            (&mut self.kind, &other.kind),
            (&mut self.theme, &other.theme),
            (&mut self.platform, &other.platform),
            (&mut self.source, &other.source),
            (&mut self.neighbourhood, &other.neighbourhood),
        ] {
            for (key, n) in theirs {
                let count = mine.entry(key.clone()).or_default();
                *count = count.saturating_add(*n);
            }
        }
    }

    pub fn total(&self) -> u32 {
        self.kind.values().fold(0, |sum, n| sum.saturating_add(*n))
    }

    /// The five dimensions, kind first.
    pub(crate) fn dimensions(&self) -> [&BTreeMap<String, u32>; 5] {
        [
            &self.kind,
            &self.theme,
            &self.platform,
            &self.source,
            &self.neighbourhood,
        ]
    }

    /// Whether every dimension adds up to the same total without overflowing.
    pub fn is_consistent(&self) -> bool {
        let totals: Vec<Option<u32>> = self
            .dimensions()
            .iter()
            .map(|m| m.values().try_fold(0u32, |sum, n| sum.checked_add(*n)))
            .collect();
        totals[0].is_some() && totals.windows(2).all(|w| w[0] == w[1])
    }
}

/// One line of a dimension: this week's count and last week's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The code (kind, theme, platform, source type) or the neighbourhood name.
    pub key: String,
    pub count: u32,
    pub previous: u32,
}

impl Tally {
    /// The change against the week before.
    pub fn change(&self) -> i64 {
        i64::from(self.count) - i64::from(self.previous)
    }
}

/// A minimised trend description the worker released for sharing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleasedTrend {
    pub theme: Theme,
    pub platform: Platform,
    pub week: IsoWeek,
    pub text: String,
}

/// The summary of one ISO week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekSummary {
    pub week: IsoWeek,
    /// Workers whose entries are counted (1 for a worker's own summary).
    pub reporters: u32,
    pub total: u32,
    pub previous_total: u32,
    pub by_kind: Vec<Tally>,
    pub by_theme: Vec<Tally>,
    pub by_platform: Vec<Tally>,
    pub by_source: Vec<Tally>,
    /// Largest first.
    pub by_neighbourhood: Vec<Tally>,
    /// At least the suppression threshold this week, and absent or low in the four weeks
    /// before.
    pub emerging: Vec<Theme>,
    /// The count from which a theme can be emerging (the suppression threshold).
    pub emerging_from: u32,
    pub series: ThemeSeries,
    pub trends: Vec<ReleasedTrend>,
}

fn tallies(
    codes: &[&str],
    now: &BTreeMap<String, u32>,
    before: &BTreeMap<String, u32>,
) -> Vec<Tally> {
    codes
        .iter()
        .map(|code| Tally {
            key: (*code).to_owned(),
            count: now.get(*code).copied().unwrap_or(0),
            previous: before.get(*code).copied().unwrap_or(0),
        })
        .collect()
}

/// A theme is emerging when this week's count reaches `min_count` (the suppression threshold:
/// one or two notes in a quiet week are no trend, and a smaller count is not shown outside the
/// team anyway) and it either did not appear in the four weeks before, or appears at least
/// twice as often as its weekly average then.
pub fn is_emerging(now: u32, previous_weeks: &[u32], min_count: u32) -> bool {
    let before: u32 = previous_weeks.iter().sum();
    let weeks = previous_weeks.len().max(1) as u32;
    now >= min_count.max(1)
        && (before == 0 || now.saturating_mul(weeks) >= before.saturating_mul(2))
}

/// Builds a summary from per-week counts (own index or merged team reports).
pub(crate) fn summarise(
    week: IsoWeek,
    reporters: u32,
    counts: impl Fn(IsoWeek) -> WeekCounts,
    trends: Vec<ReleasedTrend>,
    emerging_from: u32,
) -> WeekSummary {
    let weeks = week.trailing(SERIES_WEEKS);
    let per_week: Vec<WeekCounts> = weeks.iter().map(|w| counts(*w)).collect();
    let now = per_week.last().cloned().unwrap_or_default();
    let before = per_week
        .get(per_week.len().wrapping_sub(2))
        .cloned()
        .unwrap_or_default();
    let series = ThemeSeries {
        weeks: weeks.clone(),
        themes: Theme::ALL
            .iter()
            .map(|t| {
                (
                    *t,
                    per_week
                        .iter()
                        .map(|c| c.theme.get(t.code()).copied().unwrap_or(0))
                        .collect(),
                )
            })
            .collect(),
    };
    let lookback = EMERGING_LOOKBACK as usize;
    let emerging = series
        .themes
        .iter()
        .filter(|(_, counts)| {
            let (previous, current) = counts.split_at(counts.len() - 1);
            let previous = &previous[previous.len().saturating_sub(lookback)..];
            is_emerging(current[0], previous, emerging_from)
        })
        .map(|(t, _)| *t)
        .collect();
    let codes = |all: Vec<&'static str>| all;
    let mut neighbourhoods: Vec<Tally> = now
        .neighbourhood
        .keys()
        .chain(before.neighbourhood.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|key| Tally {
            key: key.clone(),
            count: now.neighbourhood.get(key).copied().unwrap_or(0),
            previous: before.neighbourhood.get(key).copied().unwrap_or(0),
        })
        .collect();
    neighbourhoods.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    WeekSummary {
        week,
        reporters,
        total: now.total(),
        previous_total: before.total(),
        by_kind: tallies(
            &codes(EntryKind::ALL.iter().map(|k| k.code()).collect()),
            &now.kind,
            &before.kind,
        ),
        by_theme: tallies(
            &codes(Theme::ALL.iter().map(|k| k.code()).collect()),
            &now.theme,
            &before.theme,
        ),
        by_platform: tallies(
            &codes(Platform::ALL.iter().map(|k| k.code()).collect()),
            &now.platform,
            &before.platform,
        ),
        by_source: tallies(
            &codes(SourceType::ALL.iter().map(|k| k.code()).collect()),
            &now.source,
            &before.source,
        ),
        by_neighbourhood: neighbourhoods,
        emerging,
        emerging_from: emerging_from.max(1),
        series,
        trends,
    }
}

vault_handle!(
    /// Weekly counts and summaries of the worker's own trends, and their export.
    Summaries,
    summaries
);

impl Summaries<'_> {
    /// The counts of one week of this vault's own entries.
    pub fn week_counts(&self, week: IsoWeek) -> Result<WeekCounts> {
        let mut guard = self.guard();
        let (_, session) = guard.unlocked()?;
        let mut counts = WeekCounts::default();
        for row in session.index.in_week(week) {
            counts.add_row(row);
        }
        Ok(counts)
    }

    /// The summary of one week of this vault's own entries.
    pub fn week(&self, week: IsoWeek) -> Result<WeekSummary> {
        let trends = self.vault.team().released_trends(week)?;
        let mut guard = self.guard();
        let (_, session) = guard.unlocked()?;
        let index = &session.index;
        let threshold = session.settings.suppression_threshold;
        let count = |w: IsoWeek| {
            let mut counts = WeekCounts::default();
            for row in index.in_week(w) {
                counts.add_row(row);
            }
            counts
        };
        Ok(summarise(week, 1, count, trends, threshold))
    }
}

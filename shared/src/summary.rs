//! Weekly trend summaries (own and team), their export for the partner meeting, and the weekly
//! report a worker sends the team lead.

use leefwereld_core as lw;
use lw::summary;

use crate::sync::OutboxItem;
use crate::types::{IsoWeek, Platform, Theme};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// One line of a dimension: this week's count and last week's.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Tally {
    /// The code (kind, theme, platform, source type) or the neighbourhood as typed.
    pub key: String,
    pub count: u32,
    pub previous: u32,
    /// `count - previous`.
    pub change: i64,
}

impl From<summary::Tally> for Tally {
    fn from(t: summary::Tally) -> Self {
        Tally {
            change: t.change(),
            key: t.key,
            count: t.count,
            previous: t.previous,
        }
    }
}

/// The counts of one theme over consecutive weeks.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ThemeCounts {
    pub theme: Theme,
    /// `counts[i]` belongs to `ThemeSeries.weeks[i]`.
    pub counts: Vec<u32>,
}

/// Counts per theme over consecutive weeks, oldest first: the data behind sparklines.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ThemeSeries {
    pub weeks: Vec<IsoWeek>,
    /// One row per theme, in the core's theme order.
    pub themes: Vec<ThemeCounts>,
}

impl From<summary::ThemeSeries> for ThemeSeries {
    fn from(s: summary::ThemeSeries) -> Self {
        ThemeSeries {
            weeks: s.weeks.into_iter().map(Into::into).collect(),
            themes: s
                .themes
                .into_iter()
                .map(|(theme, counts)| ThemeCounts { theme, counts })
                .collect(),
        }
    }
}

/// A minimised trend description a worker released for sharing.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReleasedTrend {
    pub theme: Theme,
    pub platform: Platform,
    pub week: IsoWeek,
    pub text: String,
}

/// The summary of one ISO week.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    /// Themes present this week and absent or low in the four weeks before.
    pub emerging: Vec<Theme>,
    /// The twelve weeks ending with this one.
    pub series: ThemeSeries,
    pub trends: Vec<ReleasedTrend>,
}

fn tallies(list: Vec<summary::Tally>) -> Vec<Tally> {
    list.into_iter().map(Into::into).collect()
}

impl From<summary::WeekSummary> for WeekSummary {
    fn from(s: summary::WeekSummary) -> Self {
        WeekSummary {
            week: s.week.into(),
            reporters: s.reporters,
            total: s.total,
            previous_total: s.previous_total,
            by_kind: tallies(s.by_kind),
            by_theme: tallies(s.by_theme),
            by_platform: tallies(s.by_platform),
            by_source: tallies(s.by_source),
            by_neighbourhood: tallies(s.by_neighbourhood),
            emerging: s.emerging.into_iter().collect(),
            series: s.series.into(),
            trends: released(s.trends),
        }
    }
}

/// One count of a dimension of a week.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KeyCount {
    /// The code (kind, theme, platform, source type) or the neighbourhood as typed.
    pub key: String,
    pub count: u32,
}

/// The counts of one week along every dimension: what a worker's weekly report carries.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WeekCounts {
    pub total: u32,
    pub kind: Vec<KeyCount>,
    pub theme: Vec<KeyCount>,
    pub platform: Vec<KeyCount>,
    pub source: Vec<KeyCount>,
    /// Entries without a neighbourhood under "".
    pub neighbourhood: Vec<KeyCount>,
}

fn key_counts(map: std::collections::BTreeMap<String, u32>) -> Vec<KeyCount> {
    map.into_iter()
        .map(|(key, count)| KeyCount { key, count })
        .collect()
}

impl From<summary::WeekCounts> for WeekCounts {
    fn from(c: summary::WeekCounts) -> Self {
        WeekCounts {
            total: c.total(),
            kind: key_counts(c.kind),
            theme: key_counts(c.theme),
            platform: key_counts(c.platform),
            source: key_counts(c.source),
            neighbourhood: key_counts(c.neighbourhood),
        }
    }
}

/// What a worker sends the team lead for one week: nothing person-related.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WeeklyReport {
    pub schema: String,
    pub team: String,
    /// The worker's pseudonymous installation id.
    pub reporter: String,
    pub week: IsoWeek,
    pub generated_at_ms: i64,
    pub counts: WeekCounts,
    pub trends: Vec<ReleasedTrend>,
}

fn released(trends: Vec<summary::ReleasedTrend>) -> Vec<ReleasedTrend> {
    trends
        .into_iter()
        .map(|t| ReleasedTrend {
            theme: t.theme,
            platform: t.platform,
            week: t.week.into(),
            text: t.text,
        })
        .collect()
}

/// Whose entries a summary counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SummaryScope {
    /// This vault's own entries.
    Own,
    /// The team's, merged from the weekly reports this team lead accepted.
    Team,
}

/// Export formats of a weekly summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SummaryFormat {
    Csv,
    /// A self-contained page with charts, for printing.
    Html,
}

impl Vault {
    fn summary_of(
        &self,
        week: IsoWeek,
        scope: SummaryScope,
    ) -> Result<summary::WeekSummary, LeefwereldError> {
        let week = self.arg(week.try_into())?;
        self.call(match scope {
            SummaryScope::Own => self.inner.summaries().week(week),
            SummaryScope::Team => self.inner.team().summary(week),
        })
    }
}

#[uniffi::export]
impl Vault {
    /// The summary of one week of this vault's own entries.
    pub fn week_summary(&self, week: IsoWeek) -> Result<WeekSummary, LeefwereldError> {
        Ok(self.summary_of(week, SummaryScope::Own)?.into())
    }

    /// The team summary of one week, from the accepted weekly reports; each worker counted once.
    pub fn team_summary(&self, week: IsoWeek) -> Result<WeekSummary, LeefwereldError> {
        Ok(self.summary_of(week, SummaryScope::Team)?.into())
    }

    /// Entries per theme in the `weeks` weeks (1 to 520) ending with `last`.
    pub fn theme_series(&self, last: IsoWeek, weeks: u32) -> Result<ThemeSeries, LeefwereldError> {
        let last = self.arg(last.try_into())?;
        Ok(self
            .call(self.inner.summaries().theme_series(last, weeks))?
            .into())
    }

    /// Exports the summary of `week` for the partner meeting, with small counts suppressed by
    /// the vault's threshold, in the vault's language. The export is recorded in the audit log.
    pub fn export_week_summary(
        &self,
        week: IsoWeek,
        scope: SummaryScope,
        format: SummaryFormat,
    ) -> Result<String, LeefwereldError> {
        let summary = self.summary_of(week, scope)?;
        let format = match format {
            SummaryFormat::Csv => summary::SummaryFormat::Csv,
            SummaryFormat::Html => summary::SummaryFormat::Html,
        };
        let file = self.call(leefwereld_render::export_week(
            &self.inner,
            &summary,
            format,
        ))?;
        Ok(file.text)
    }

    /// The counts of one week of this vault's own entries.
    pub fn week_counts(&self, week: IsoWeek) -> Result<WeekCounts, LeefwereldError> {
        let week = self.arg(week.try_into())?;
        Ok(self.call(self.inner.summaries().week_counts(week))?.into())
    }

    /// The minimised texts of the trends of `week` the worker released for sharing.
    pub fn released_trends(&self, week: IsoWeek) -> Result<Vec<ReleasedTrend>, LeefwereldError> {
        let week = self.arg(week.try_into())?;
        Ok(released(
            self.call(self.inner.team().released_trends(week))?,
        ))
    }

    /// This worker's report for `week` exactly as `queue_team_report` would send it. Needs a
    /// connection profile (else `NoConnection`) that names a team (else `NoTeam`).
    pub fn weekly_report(&self, week: IsoWeek) -> Result<WeeklyReport, LeefwereldError> {
        let week = self.arg(week.try_into())?;
        let r = self.call(self.inner.team().weekly_report(week))?;
        Ok(WeeklyReport {
            schema: r.schema,
            team: r.team,
            reporter: r.reporter,
            week: r.week.into(),
            generated_at_ms: crate::types::to_ms(r.generated_at),
            counts: r.counts.into(),
            trends: released(r.trends),
        })
    }

    /// Puts this worker's counts for `week` (nothing person-related), encrypted to the team
    /// lead, in the outbox. Needs a connection profile (else `NoConnection`) that names a team
    /// (else `NoTeam`).
    pub fn queue_team_report(&self, week: IsoWeek) -> Result<OutboxItem, LeefwereldError> {
        let week = self.arg(week.try_into())?;
        let item = self.call(self.inner.team().queue_report(week))?;
        Ok(OutboxItem::from_core(item, self.inner.language()))
    }
}

//! Counts per theme over consecutive weeks: the data behind sparklines and charts.

use serde::{Deserialize, Serialize};

use super::Summaries;
use crate::error::Result;
use crate::model::Theme;
use crate::time::IsoWeek;

/// Counts per theme over consecutive weeks (oldest first): the data behind sparklines and the
/// partner-meeting charts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeSeries {
    pub weeks: Vec<IsoWeek>,
    /// One row per theme, in [`Theme::ALL`] order; `counts[i]` belongs to `weeks[i]`.
    pub themes: Vec<(Theme, Vec<u32>)>,
}

impl ThemeSeries {
    /// The count of `theme` in `week`, 0 when absent.
    pub fn count(&self, theme: Theme, week: IsoWeek) -> u32 {
        let Some(col) = self.weeks.iter().position(|w| *w == week) else {
            return 0;
        };
        self.themes
            .iter()
            .find(|(t, _)| *t == theme)
            .map_or(0, |(_, counts)| counts[col])
    }
}

impl Summaries<'_> {
    /// Entries per theme in the `weeks` weeks ending with `last`, counted by observation week.
    pub fn theme_series(&self, last: IsoWeek, weeks: u32) -> Result<ThemeSeries> {
        let mut guard = self.guard();
        let (_, session) = guard.unlocked()?;
        let weeks = last.trailing(weeks.clamp(1, 520));
        let mut themes: Vec<(Theme, Vec<u32>)> = Theme::ALL
            .iter()
            .map(|t| (*t, vec![0; weeks.len()]))
            .collect();
        for (col, week) in weeks.iter().enumerate() {
            for row in session.index.in_week(*week) {
                let slot = Theme::ALL.iter().position(|t| *t == row.theme).unwrap_or(0);
                themes[slot].1[col] += 1;
            }
        }
        Ok(ThemeSeries { weeks, themes })
    }
}

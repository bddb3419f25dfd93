//! What of a weekly summary may be published for the partner meeting: every count goes through
//! small-cell suppression first, and a change is only shown where both weeks are exact. The
//! renderings (CSV, the printable page, charts) are `leefwereld-render`'s; the export is
//! recorded here.

use leefwereld_locales::{Lang, tr};

use super::suppress::{Protected, Shown, protect, protect_one};
use super::{Summaries, Tally, WeekSummary};
use crate::error::Result;
use crate::model::{EntryKind, Platform, SourceType, Theme};

/// One dimension as published.
#[derive(Debug, Clone)]
pub struct PublishedTable {
    /// Id of the section title in `locales/`.
    pub title_id: &'static str,
    pub rows: Vec<PublishedRow>,
    pub total: Shown,
}

#[derive(Debug, Clone)]
pub struct PublishedRow {
    pub key: String,
    pub label: String,
    pub count: Shown,
    pub previous: Shown,
    /// Only when both weeks are exact.
    pub change: Option<i64>,
}

fn label_for(title_id: &str, key: &str, lang: Lang) -> String {
    let code_label =
        |all: Vec<(&'static str, String)>| all.into_iter().find(|(c, _)| *c == key).map(|(_, l)| l);
    let found = match title_id {
        "summary-by-kind" => code_label(
            EntryKind::ALL
                .iter()
                .map(|v| (v.code(), v.label(lang)))
                .collect(),
        ),
        "summary-by-theme" => code_label(
            Theme::ALL
                .iter()
                .map(|v| (v.code(), v.label(lang)))
                .collect(),
        ),
        "summary-by-platform" => code_label(
            Platform::ALL
                .iter()
                .map(|v| (v.code(), v.label(lang)))
                .collect(),
        ),
        "summary-by-source" => code_label(
            SourceType::ALL
                .iter()
                .map(|v| (v.code(), v.label(lang)))
                .collect(),
        ),
        _ => None,
    };
    match found {
        Some(label) => label,
        None if key.is_empty() => tr(lang, "summary-no-neighbourhood"),
        None => key.to_owned(),
    }
}

fn publish(
    title_id: &'static str,
    tallies: &[Tally],
    threshold: u32,
    lang: Lang,
) -> PublishedTable {
    let now: Protected = protect(
        &tallies.iter().map(|t| t.count).collect::<Vec<_>>(),
        threshold,
    );
    let before: Protected = protect(
        &tallies.iter().map(|t| t.previous).collect::<Vec<_>>(),
        threshold,
    );
    let rows = tallies
        .iter()
        .zip(now.cells.iter().zip(&before.cells))
        .map(|(t, (count, previous))| PublishedRow {
            key: t.key.clone(),
            label: label_for(title_id, &t.key, lang),
            count: *count,
            previous: *previous,
            change: match (count.exact(), previous.exact()) {
                (Some(a), Some(b)) => Some(i64::from(a) - i64::from(b)),
                _ => None,
            },
        })
        .collect();
    PublishedTable {
        title_id,
        rows,
        total: now.total,
    }
}

/// The summary with suppression applied, ready to render.
pub struct Published {
    pub tables: Vec<PublishedTable>,
    /// Per theme: the 12 weeks as published.
    pub series: Vec<(Theme, Vec<Shown>)>,
}

/// Applies small-cell suppression with `threshold` to everything in `summary`.
pub fn publish_summary(summary: &WeekSummary, threshold: u32, lang: Lang) -> Published {
    let tables = vec![
        publish("summary-by-kind", &summary.by_kind, threshold, lang),
        publish("summary-by-theme", &summary.by_theme, threshold, lang),
        publish("summary-by-platform", &summary.by_platform, threshold, lang),
        publish("summary-by-source", &summary.by_source, threshold, lang),
        publish(
            "summary-by-neighbourhood",
            &summary.by_neighbourhood,
            threshold,
            lang,
        ),
    ];
    let themes = &tables[1];
    let weeks = summary.series.weeks.len();
    let series = summary
        .series
        .themes
        .iter()
        .map(|(theme, counts)| {
            let row = themes.rows.iter().find(|r| r.key == theme.code());
            let shown = counts
                .iter()
                .enumerate()
                .map(|(i, n)| match (i + 1 == weeks, i + 2 == weeks, row) {
                    // The last two weeks also appear in the theme table: use its decisions, so
                    // a cell hidden there cannot be read here.
                    (true, _, Some(r)) => r.count,
                    (_, true, Some(r)) => r.previous,
                    _ => protect_one(*n, threshold),
                })
                .collect();
            (*theme, shown)
        })
        .collect();
    Published { tables, series }
}

/// Export formats of a weekly summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SummaryFormat {
    Csv,
    Html,
}

impl Summaries<'_> {
    /// Records in the audit log that a summary (own or team) was exported in `format`: every
    /// export is accountable. The rendering is `leefwereld_render::export_week`, which calls
    /// this.
    pub fn record_export(&self, summary: &WeekSummary, format: SummaryFormat) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        let kind = match format {
            SummaryFormat::Csv => "csv",
            SummaryFormat::Html => "html",
        };
        tx.audit(crate::audit::NewRecord {
            at: now,
            action: crate::audit::AuditAction::Export,
            entry: None,
            reason: format!(
                "week-summary:{};format:{kind};reporters:{}",
                summary.week, summary.reporters
            ),
        })?;
        tx.commit()
    }
}

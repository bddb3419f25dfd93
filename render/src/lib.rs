//! How Leefwereld's numbers look to people: SVG charts for the screens, and the files that
//! leave the app (the weekly summary as CSV or a printable page, the accountability report as
//! Markdown or CSV).
//!
//! The core decides what may be shown (small-cell suppression, what a report counts) and
//! records every export in the audit log; this crate only draws and writes. An export goes
//! through [`export_week`] or [`export_report`], which record it before handing the file back.

pub mod chart;
pub mod report;
pub mod summary;

use chrono::NaiveDate;
use leefwereld_core::report::ReportFormat;
use leefwereld_core::summary::{SummaryFormat, WeekSummary};
use leefwereld_core::{Result, Vault};
use leefwereld_locales::{Arg, tr_args};

/// A file for someone outside the app: what to call it, what it is, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub file_name: String,
    pub media_type: &'static str,
    pub text: String,
}

/// A weekly summary (own or team) for the partner meeting, with the vault's suppression
/// threshold and in its language; the export is recorded in the audit log first.
pub fn export_week(
    vault: &Vault,
    summary: &WeekSummary,
    format: SummaryFormat,
) -> Result<ExportFile> {
    let threshold = vault.settings()?.suppression_threshold;
    let lang = vault.language();
    let (text, extension, media_type) = match format {
        SummaryFormat::Csv => (
            summary::to_csv(summary, threshold, lang),
            "csv",
            "text/csv;charset=utf-8",
        ),
        SummaryFormat::Html => (
            summary::to_html(summary, threshold, lang),
            "html",
            "text/html;charset=utf-8",
        ),
    };
    vault.summaries().record_export(summary, format)?;
    let stem = tr_args(
        lang,
        "weekview-file-name",
        &[("week", Arg::from(summary.week.to_string()))],
    );
    Ok(ExportFile {
        file_name: format!("{stem}.{extension}"),
        media_type,
        text,
    })
}

/// The accountability report for the days `from` to `to` (inclusive, Amsterdam dates), in the
/// vault's language; the export is recorded in the audit log first.
pub fn export_report(
    vault: &Vault,
    from: NaiveDate,
    to: NaiveDate,
    format: ReportFormat,
) -> Result<ExportFile> {
    let made = vault.audit().report(from, to)?;
    let lang = vault.language();
    let (text, extension, media_type) = match format {
        ReportFormat::Markdown => (report::markdown(&made, lang), "md", "text/markdown"),
        ReportFormat::Csv => (report::csv(&made, lang), "csv", "text/csv"),
    };
    vault.audit().record_export(from, to, format)?;
    Ok(ExportFile {
        file_name: format!("leefwereld-report-{from}-{to}.{extension}"),
        media_type,
        text,
    })
}

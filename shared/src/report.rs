//! The accountability report for the privacy officer (FG/PO), built from the audit log: never
//! entry content.

use std::collections::BTreeMap;

use leefwereld_core as lw;
use lw::report;

use crate::audit::ChainReport;
use crate::types::{CalendarDate, Role, to_ms};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// What one role did in the period.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RoleCounts {
    pub role: Role,
    pub recorded: u32,
    pub edited: u32,
    pub deleted: u32,
    pub consents: u32,
    pub withdrawals: u32,
    pub shared: u32,
    pub retracted: u32,
    pub purged: u32,
    pub exported: u32,
    /// Frame overrides and safety exceptions, each with a justification.
    pub justified: u32,
    /// Withdrawals the case system refused (closed zaak): copies the municipality must remove.
    pub retract_refused: u32,
}

/// How often a reason part (`kind:signaal`, `retention`, `given-by:young-person`) was given.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReasonCount {
    pub reason: String,
    pub count: u32,
}

/// The report for one period.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccountabilityReport {
    /// The period, both days included (`from`/`to` in the core; `from` is a Python keyword).
    pub first_day: CalendarDate,
    pub last_day: CalendarDate,
    pub generated_at_ms: i64,
    pub organisation: String,
    /// The pseudonymous installation.
    pub device: String,
    /// In the core's role order.
    pub by_role: Vec<RoleCounts>,
    /// By reason, alphabetically.
    pub reasons: Vec<ReasonCount>,
    /// The consent bases recorded, alphabetically.
    pub consent_bases: Vec<ReasonCount>,
    pub unlock_failures: u32,
    /// Audit records in the period.
    pub records: u32,
    /// The state of the whole audit chain.
    pub chain: ChainReport,
}

fn counted(map: BTreeMap<String, u32>) -> Vec<ReasonCount> {
    map.into_iter()
        .map(|(reason, count)| ReasonCount { reason, count })
        .collect()
}

impl From<report::AccountabilityReport> for AccountabilityReport {
    fn from(r: report::AccountabilityReport) -> Self {
        AccountabilityReport {
            first_day: r.from.into(),
            last_day: r.to.into(),
            generated_at_ms: to_ms(r.generated_at),
            organisation: r.organisation,
            device: r.device,
            by_role: r
                .by_role
                .into_iter()
                .map(|(role, c)| RoleCounts {
                    role,
                    recorded: c.recorded,
                    edited: c.edited,
                    deleted: c.deleted,
                    consents: c.consents,
                    withdrawals: c.withdrawals,
                    shared: c.shared,
                    retracted: c.retracted,
                    purged: c.purged,
                    exported: c.exported,
                    justified: c.justified,
                    retract_refused: c.retract_refused,
                })
                .collect(),
            reasons: counted(r.reasons),
            consent_bases: counted(r.consent_bases),
            unlock_failures: r.unlock_failures,
            records: r.records,
            chain: r.chain.into(),
        }
    }
}

/// Export formats of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReportFormat {
    Markdown,
    Csv,
}

impl Vault {
    fn period(
        &self,
        first_day: CalendarDate,
        last_day: CalendarDate,
    ) -> Result<(chrono::NaiveDate, chrono::NaiveDate), LeefwereldError> {
        Ok((
            self.arg(first_day.to_naive("first_day"))?,
            self.arg(last_day.to_naive("last_day"))?,
        ))
    }
}

#[uniffi::export]
impl Vault {
    /// The accountability report for the days `first_day` to `last_day` (inclusive, Amsterdam
    /// dates).
    pub fn accountability_report(
        &self,
        first_day: CalendarDate,
        last_day: CalendarDate,
    ) -> Result<AccountabilityReport, LeefwereldError> {
        let (from, to) = self.period(first_day, last_day)?;
        Ok(self.call(self.inner.audit().report(from, to))?.into())
    }

    /// The report as Markdown or CSV in the vault's language; the export itself is recorded in
    /// the audit log.
    pub fn export_accountability_report(
        &self,
        first_day: CalendarDate,
        last_day: CalendarDate,
        format: ReportFormat,
    ) -> Result<String, LeefwereldError> {
        let (from, to) = self.period(first_day, last_day)?;
        let format = match format {
            ReportFormat::Markdown => report::ReportFormat::Markdown,
            ReportFormat::Csv => report::ReportFormat::Csv,
        };
        let file = self.call(leefwereld_render::export_report(
            &self.inner,
            from,
            to,
            format,
        ))?;
        Ok(file.text)
    }
}

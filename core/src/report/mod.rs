//! The accountability report for the privacy officer (FG/PO): per period, from the audit log,
//! what was recorded, shared, retracted and purged, by role; the reasons and consent bases
//! given; and whether the audit chain is intact. It never contains entry content — the audit
//! log holds none.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction, AuditRecord, ChainReport, NewRecord};
use crate::error::Result;
use crate::model::Role;
use crate::time::local_date;

/// Counts of one role in the period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCounts {
    pub recorded: u32,
    pub edited: u32,
    pub deleted: u32,
    pub consents: u32,
    pub withdrawals: u32,
    pub shared: u32,
    pub retracted: u32,
    pub purged: u32,
    pub exported: u32,
    pub justified: u32,
    /// Withdrawals the case system refused (closed zaak): copies the municipality must remove.
    #[serde(default)]
    pub retract_refused: u32,
}

/// The report for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountabilityReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub organisation: String,
    pub device: String,
    pub by_role: BTreeMap<Role, RoleCounts>,
    /// How often each reason part was given (e.g. `kind:signaal`, `source:direct-contact`,
    /// `retention`, `target:gemeente-oov`).
    pub reasons: BTreeMap<String, u32>,
    /// How often each consent basis was recorded (e.g. `given-by:young-person`).
    pub consent_bases: BTreeMap<String, u32>,
    pub unlock_failures: u32,
    /// Records in the period.
    pub records: u32,
    pub chain: ChainReport,
}

/// Output formats of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportFormat {
    Markdown,
    Csv,
}

/// What the audit records of a period add up to.
#[derive(Default)]
struct Totals {
    by_role: BTreeMap<Role, RoleCounts>,
    reasons: BTreeMap<String, u32>,
    bases: BTreeMap<String, u32>,
    failures: u32,
    count: u32,
}

fn summarise(records: &[AuditRecord], from: NaiveDate, to: NaiveDate) -> Totals {
    let mut by_role: BTreeMap<Role, RoleCounts> = BTreeMap::new();
    let mut reasons = BTreeMap::new();
    let mut bases = BTreeMap::new();
    let mut failures = 0;
    let mut count = 0;
    for record in records {
        let day = local_date(record.at);
        if day < from || day > to {
            continue;
        }
        count += 1;
        let counts = by_role.entry(record.role).or_default();
        let slot = match record.action {
            AuditAction::Create => Some(&mut counts.recorded),
            AuditAction::Edit => Some(&mut counts.edited),
            AuditAction::Delete => Some(&mut counts.deleted),
            AuditAction::Consent => Some(&mut counts.consents),
            AuditAction::ConsentWithdrawn => Some(&mut counts.withdrawals),
            AuditAction::Share => Some(&mut counts.shared),
            AuditAction::Retract => Some(&mut counts.retracted),
            AuditAction::Purge => Some(&mut counts.purged),
            AuditAction::Export => Some(&mut counts.exported),
            AuditAction::FrameOverride => Some(&mut counts.justified),
            AuditAction::RetractRefused => Some(&mut counts.retract_refused),
            AuditAction::UnlockFailure => {
                failures += 1;
                None
            }
            _ => None,
        };
        if let Some(slot) = slot {
            *slot += 1;
        }
        let target = if record.action == AuditAction::Consent {
            &mut bases
        } else {
            &mut reasons
        };
        for part in record
            .reason
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            // Revision numbers and client ids say nothing about why; they are left out.
            if part.starts_with("revision:") || part.starts_with("client:") {
                continue;
            }
            *target.entry(part.to_owned()).or_insert(0) += 1;
        }
    }
    Totals {
        by_role,
        reasons,
        bases,
        failures,
        count,
    }
}

vault_handle!(
    /// The audit log: the chain's verdict, its records, and the accountability report made from them.
    Audit,
    audit
);

impl Audit<'_> {
    /// Checks the whole audit chain.
    pub fn verify(&self) -> Result<ChainReport> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let reader = session.reader(db)?;
        audit::verify(
            &reader,
            session.head.audit_count,
            session.head.audit_tip,
            &session.keys,
        )
    }

    /// The audit records from `from` (a sequence number) on, at most `limit` of them.
    pub fn log(&self, from: u64, limit: u64) -> Result<Vec<AuditRecord>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let end = from.saturating_add(limit).min(session.head.audit_count);
        audit::read(&session.reader(db)?, from..end.max(from))
    }

    /// The accountability report for the days `from` to `to` (inclusive, Amsterdam dates).
    /// A period that ends before it begins is [`Error::InvalidPeriod`](crate::Error).
    pub fn report(&self, from: NaiveDate, to: NaiveDate) -> Result<AccountabilityReport> {
        if to < from {
            return Err(crate::error::Error::InvalidPeriod);
        }
        let chain = self.verify()?;
        let records = self.log(0, u64::MAX)?;
        let profile = self.vault.profile()?;
        let Totals {
            by_role,
            reasons,
            bases: consent_bases,
            failures: unlock_failures,
            count,
        } = summarise(&records, from, to);
        Ok(AccountabilityReport {
            from,
            to,
            generated_at: self.vault.now(),
            organisation: profile.organisation,
            device: self.vault.device_id()?,
            by_role,
            reasons,
            consent_bases,
            unlock_failures,
            records: count,
            chain,
        })
    }

    /// Records in the audit log that the report for `from`..`to` was exported in `format`:
    /// every export is accountable. The rendering is `leefwereld_render::export_report`, which
    /// calls this.
    pub fn record_export(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        format: ReportFormat,
    ) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        let kind = match format {
            ReportFormat::Markdown => "markdown",
            ReportFormat::Csv => "csv",
        };
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::Export,
            entry: None,
            reason: format!("accountability-report;format:{kind};period:{from}..{to}"),
        })?;
        tx.commit()
    }
}

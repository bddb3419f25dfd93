//! The audit log: its verification and its records.

use leefwereld_core as lw;

use crate::error::LeefwereldError;
use crate::types::{AuditAction, Role, to_ms};
use crate::vault::Vault;

/// One line of the audit log: who (a pseudonym), what, when and why, never content.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AuditRecord {
    /// Position in the chain, from 0.
    pub seq: u64,
    pub at_ms: i64,
    pub action: AuditAction,
    pub entry: Option<String>,
    pub actor: String,
    pub role: Role,
    /// A code saying why (`retention`, `kind:trend;source:open-source`), never content.
    pub reason: String,
}

impl From<lw::AuditRecord> for AuditRecord {
    fn from(r: lw::AuditRecord) -> Self {
        AuditRecord {
            seq: r.seq,
            at_ms: to_ms(r.at),
            action: r.action,
            entry: r.entry.map(|id| id.to_string()),
            actor: r.actor,
            role: r.role,
            reason: r.reason,
        }
    }
}

/// What is wrong with the chain, at the first place it goes wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ChainProblem {
    /// The head record is missing or was not written by this vault.
    HeadInvalid,
    /// A record's content or position was changed.
    Altered,
    /// A record the chain needs is missing.
    Missing,
    /// A record does not follow the one before it.
    BrokenLink,
    /// There are records after the authenticated end of the chain.
    Unexpected,
}

impl From<lw::ChainProblem> for ChainProblem {
    fn from(p: lw::ChainProblem) -> Self {
        match p {
            lw::ChainProblem::HeadInvalid => ChainProblem::HeadInvalid,
            lw::ChainProblem::Altered => ChainProblem::Altered,
            lw::ChainProblem::Missing => ChainProblem::Missing,
            lw::ChainProblem::BrokenLink => ChainProblem::BrokenLink,
            lw::ChainProblem::Unexpected => ChainProblem::Unexpected,
        }
    }
}

/// The outcome of checking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChainReport {
    /// Records the authenticated head says the chain holds.
    pub records: u64,
    pub intact: bool,
    /// The first problem, `None` for an intact chain.
    pub problem: Option<ChainProblem>,
    /// The sequence number where the first problem is.
    pub problem_at: Option<u64>,
}

impl From<lw::ChainReport> for ChainReport {
    fn from(r: lw::ChainReport) -> Self {
        ChainReport {
            records: r.records,
            intact: r.intact(),
            problem: r.problem.map(|(_, problem)| problem.into()),
            problem_at: r.problem.map(|(seq, _)| seq),
        }
    }
}

#[uniffi::export]
impl Vault {
    /// Checks every link of the audit chain.
    pub fn verify_audit(&self) -> Result<ChainReport, LeefwereldError> {
        Ok(self.call(self.inner.audit().verify())?.into())
    }

    /// The audit records from sequence number `from` on, at most `limit` of them.
    pub fn audit_log(&self, from: u64, limit: u32) -> Result<Vec<AuditRecord>, LeefwereldError> {
        let records = self.call(self.inner.audit().log(from, u64::from(limit)))?;
        Ok(records.into_iter().map(Into::into).collect())
    }
}

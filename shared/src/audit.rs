//! The audit log: its verification and its records.

use leefwereld_core as lw;

use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// One line of the audit log, and what can be wrong with the chain: the core's own types.
pub use lw::{AuditRecord, ChainProblem};

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
            problem: r.problem.map(|(_, problem)| problem),
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
        self.call(self.inner.audit().log(from, u64::from(limit)))
    }
}

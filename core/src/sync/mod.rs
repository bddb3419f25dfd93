//! Delivering minimised, consented entries to the municipal case system: the connection profile,
//! the durable outbox, the engine that runs it, and the case-system boundary.

mod connection;
mod engine;
pub mod origin;
mod outbox;
pub mod profile;
pub mod transport;

pub use crate::error::{InvalidParam, ProfileProblem, SyncProblem};
pub(crate) use connection::CONNECTION;
pub use connection::Connection;
pub use engine::{Outbox, OutboxId, OutboxItem, OutboxKind, SyncEvent, SyncReport};
pub use outbox::{BACKOFF_BASE, BACKOFF_CAP, RETRY_AFTER_CAP};
pub(crate) use outbox::{Job, Record};
pub use profile::{
    ConnectionProfile, KeyFingerprint, PrivacyOfficer, TeamLink, TrendCases, fingerprint,
};
pub use transport::{CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, TransportError};

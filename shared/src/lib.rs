//! `leefwereld-ffi`: the core's `Vault` facade for Kotlin, Swift and Python, through uniffi.
//!
//! This crate holds no rules. What can be derived is derived in the core (feature `ffi`,
//! component `leefwereld_core`): the vocabularies, the plain records (entry, content, audit
//! record, profile, settings), the error [`LeefwereldError`] and how instants and ids cross.
//! What is left here is the `Vault` object, calls whose arguments need the vault's language in
//! their errors, and records that carry translated texts or differ from the core's. One module
//! per facade area, so a new core capability is one new small module here:
//!
//! | module | holds |
//! |---|---|
//! | `types` | the vocabularies (kind, theme, …) as enums with `code()`/`label()`, times, ids |
//! | `vault` | the [`Vault`] object: lifecycle, language, profile, settings |
//! | `passphrase` | [`assess_passphrase`] |
//! | `entries` | capture, edit, delete, read, list, purge |
//! | `audit` | audit verification and records |
//! | `frames` | the role-frame check before saving |
//! | `share` | the share preview, minimiser findings and decisions, eligibility, share |
//! | `consent` | consent, transparency, the safety exception |
//! | `positions` | information positions, principles, municipal conditions, share guidance |
//! | `reminders` | transparency reminders |
//! | `summary` | weekly summaries (own, team), their export, the weekly team report |
//! | `connection` | the connection profile (never its secret) |
//! | `sync` | the outbox, sync with a progress listener, fetching team reports |
//! | `report` | the accountability report and its export |

uniffi::setup_scaffolding!("leefwereld");

mod audit;
mod connection;
mod consent;
mod entries;
mod frames;
mod passphrase;
mod positions;
mod reminders;
mod report;
mod share;
mod summary;
mod sync;
mod types;
mod vault;

pub use audit::{AuditRecord, ChainProblem, ChainReport};
pub use connection::{ConnectionInfo, ReporterKey, TeamLink, TrendCases};
pub use consent::{Consent, ConsentHistory, ConsentInput, TransparencyState};
pub use entries::{
    Attachment, AttachmentInfo, Entry, EntryContent, EntryPage, EntryProblem, EntrySummary,
    ListFilter, PendingNote, signal_content, trend_content,
};
pub use frames::{FrameNotice, Severity};
pub use leefwereld_core::ffi::{BadArgument, LeefwereldError};
pub use leefwereld_core::{Profile, Settings};
pub use passphrase::{PassphraseStrength, assess_passphrase};
pub use positions::{
    MunicipalConditions, Position, PositionSection, Principle, ShareGuidance, municipal_conditions,
    partner_for_role, position, positions, positions_disclaimer, principles, share_guidance,
};
pub use reminders::Reminder;
pub use report::{AccountabilityReport, ReasonCount, ReportFormat, RoleCounts};
pub use share::{Eligibility, FindingView, SharePreview, SharedConsent, SharedPayload};
pub use summary::{
    KeyCount, ReleasedTrend, SummaryFormat, SummaryScope, Tally, ThemeCounts, ThemeSeries,
    WeekCounts, WeekSummary, WeeklyReport,
};
pub use sync::{
    DeliveryStep, FetchOutcome, ListenerError, OutboxItem, RefusedReport, SyncEvent, SyncListener,
    SyncProblem, SyncReport,
};
pub use types::*;
pub use vault::{UnlockReport, Vault, VaultOptions, WorkFactors, vault_exists, work_factors};

//! `leefwereld-ffi`: the core's `Vault` facade for Kotlin, Swift and Python, through uniffi.
//!
//! This crate holds no rules. It converts types (core enums to uniffi enums, instants to Unix
//! milliseconds, entry ids to strings, core errors to [`LeefwereldError`] with the translated
//! message) and calls the core. One module per facade area, so a new core capability is one
//! new small module here:
//!
//! | module | holds |
//! |---|---|
//! | `types` | the vocabularies (kind, theme, …) as enums with `code()`/`label()`, times, ids |
//! | `error` | [`LeefwereldError`]: one variant per core error code |
//! | `vault` | the [`Vault`] object: lifecycle, language, profile, settings |
//! | `profile` | [`Profile`] and [`Settings`] |
//! | `passphrase` | [`assess_passphrase`] |
//! | `entries` | capture, edit, delete, read, list, purge |
//! | `audit` | audit verification and records |
//!
//! Still to come as modules here when the core has them: minimiser findings, consent and
//! eligibility, information positions, reminders, weekly summaries, the connection profile,
//! sync with progress, the accountability report.

uniffi::setup_scaffolding!("leefwereld");

mod audit;
mod entries;
mod error;
mod passphrase;
mod profile;
mod types;
mod vault;

pub use audit::{AuditRecord, ChainProblem, ChainReport};
pub use entries::{
    Attachment, AttachmentInfo, Entry, EntryContent, EntryPage, EntryProblem, EntrySummary,
    ListFilter, signal_content, trend_content,
};
pub use error::LeefwereldError;
pub use passphrase::{PassphraseStrength, assess_passphrase};
pub use profile::{Profile, Settings};
pub use types::*;
pub use vault::{UnlockReport, Vault, VaultOptions, WorkFactors, vault_exists, work_factors};

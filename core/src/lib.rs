//! Leefwereld's core: every rule and all data handling, behind the [`Vault`] facade.
//!
//! Layers, bottom up: [`model`] (what an entry is) and [`time`] (Amsterdam weeks);
//! [`minimise`](mod@minimise) (the direct identifiers in free text, and what may leave the
//! device);
//! `crypto` (age to the vault key, scrypt for the passphrase); [`store`] (the redb file layout
//! and the encrypted index); [`audit`] (the hash-chained log); [`vault`] (the facade the app
//! and the FFI crate call). Beside them, [`positions`] holds the partners' information
//! positions, read from `locales/`. The core knows nothing of Dioxus; uniffi only behind the `ffi`
//! feature, as derives on its own types.

#[macro_use]
mod macros;

// The FFI crate's bindings are derived on the core's own vocabularies and records (and the
// language), so they live in this crate's uniffi component; uniffi's generated glue is `unsafe`
// by nature.
#[cfg(feature = "ffi")]
uniffi::setup_scaffolding!("leefwereld_core");
#[cfg(feature = "ffi")]
pub mod ffi;

pub mod audit;
pub mod clock;
mod crypto;
pub mod error;
pub mod frames;
pub mod minimise;
pub mod model;
pub mod passphrase;
pub mod positions;
pub mod profile;
pub mod reminders;
pub mod report;
pub mod share;
pub mod store;
pub mod summary;
pub mod sync;
pub mod text;
pub mod time;
pub mod vault;

pub use audit::{AuditAction, AuditRecord, ChainProblem, ChainReport};
pub use clock::{Clock, ManualClock, SystemClock};
pub use crypto::{WORK_FACTOR_DEFAULT, WORK_FACTOR_MAX, WORK_FACTOR_MIN};
pub use error::{Damage, Error, Result};
pub use leefwereld_locales::Lang;
pub use minimise::{
    Decision, Finding, FindingField, FindingKey, FindingKind, Minimised, minimise, redact_all,
    scan, scan_content,
};
pub use model::{
    AgeBand, Attachment, AttachmentInfo, Entry, EntryContent, EntryField, EntryId, EntryKind,
    EntrySummary, Invalid, Platform, Role, ShareStatus, SourceType, Theme, Urgency,
};
pub use positions::{
    MunicipalConditions, Partner, Position, Principle, ShareGuidance, disclaimer,
    municipal_conditions, position, principles, share_guidance,
};
pub use profile::{Profile, Settings};
pub use time::IsoWeek;
pub use vault::{
    CaptureHints, Entries, EntryPage, ListFilter, PENDING_MAX, Pending, PendingNote, UNDO_SECONDS,
    UnlockReport, Vault, VaultOptions, in_background,
};
// The vault's other handles, each defined beside the rules it reaches.
pub use reminders::{ReminderId, Reminders};
pub use report::Audit;
pub use share::Sharing;
pub use summary::Summaries;
pub use summary::team::Team;
pub use sync::{Connection, Outbox};

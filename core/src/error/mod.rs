//! The core's errors: the facade's one [`Error`], and each area's own vocabulary of problems
//! (`store`, `sync`, `share`, `frames`), kept here at the bottom so that every area can return
//! them and this module depends on none of the areas.
//!
//! Every variant has an English `Display` for logs and a translated message for people
//! ([`Error::localized`]). Neither ever contains entry content, passphrases or other personal
//! data: variants carry codes, counts and entry ids only.

use leefwereld_locales::{Arg, Lang, tr_args};

use crate::model::{EntryId, Invalid};

mod frames;
mod share;
mod store;
mod sync;

pub use frames::FrameRule;
pub use share::{Blocker, ConsentProblem};
pub use store::{Damage, Part};
pub use sync::{InvalidParam, ProfileProblem, SyncProblem};

/// Everything that can go wrong behind the facade.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    #[error("the vault is locked")]
    Locked,
    #[error("the vault has been wiped")]
    Wiped,
    #[error("there is no vault at this location")]
    NoVault,
    #[error("a vault already exists at this location")]
    AlreadyExists,
    #[error("the vault is open in another window or app")]
    InUse,
    #[error("the vault has format {found}; this version reads up to {supported}")]
    NewerFormat { found: u32, supported: u32 },
    #[error("the vault has format {found}, from a test version this version cannot read")]
    OlderFormat { found: u32 },
    #[error("the vault is damaged ({})", .0.code())]
    Damaged(Damage),
    #[error("entry {0} is damaged and cannot be read")]
    EntryDamaged(EntryId),
    #[error("entry {0} does not exist (any more)")]
    EntryNotFound(EntryId),
    #[error("the passphrase is too weak")]
    WeakPassphrase,
    #[error("the new passphrase is the same as the old one")]
    SamePassphrase,
    #[error("the entry is not valid: {}", describe(.0))]
    Invalid(Vec<Invalid>),
    #[error("the setting {name} is out of range")]
    InvalidSetting { name: &'static str },
    #[error("the device storage is full")]
    DiskFull,
    #[error("storage failed ({0})")]
    Storage(String),
    #[error("the connection profile is not usable: {0}")]
    ConnectionProfile(ProfileProblem),
    #[error("no connection to a case system is set up")]
    NoConnection,
    /// The connection profile names no team: weekly reports have nowhere to go.
    #[error("the connection profile names no team")]
    NoTeam,
    #[error("the role frame does not allow this entry ({})", rules(.0))]
    FrameRefused(Vec<FrameRule>),
    #[error("consent cannot be recorded like this ({})", .0.code())]
    Consent(ConsentProblem),
    #[error("the entry may not be shared with this partner ({})", blockers(.0))]
    NotEligible(Vec<Blocker>),
    #[error("the case system could not be reached or refused ({})", .0.code())]
    Sync(SyncProblem),
    #[error("{max} notes already wait for the vault to be unlocked")]
    PendingFull { max: u32 },
    #[error("this note made while locked is no longer waiting")]
    PendingNotFound,
    #[error("no colleague's key with this fingerprint waits for acceptance")]
    TeamKeyNotWaiting,
    #[error("this finding is not in the entry's text (any more)")]
    FindingNotFound,
    #[error("this reminder is not open (any more)")]
    ReminderNotFound,
    #[error("this item is not in the outbox (any more)")]
    OutboxItemNotFound,
    #[error("the period ends before it begins")]
    InvalidPeriod,
    #[error("there is no deleted entry to bring back (any more)")]
    NothingToUndo,
}

fn blockers(blockers: &[Blocker]) -> String {
    blockers
        .iter()
        .map(|b| b.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn rules(rules: &[FrameRule]) -> String {
    rules
        .iter()
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe(issues: &[Invalid]) -> String {
    issues
        .iter()
        .map(|i| i.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Shorthand for results of the core facade.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Damage found while reading something that belongs to one entry is that entry's
    /// damage: the user is told which entry, and every other entry stays available.
    pub(crate) fn about_entry(self, id: EntryId) -> Error {
        match self {
            Error::Damaged(Damage::Record(_)) => Error::EntryDamaged(id),
            other => other,
        }
    }

    /// A stable code for this error, for programs (FFI callers, logs, tests).
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongPassphrase => "wrong-passphrase",
            Error::Locked => "locked",
            Error::Wiped => "wiped",
            Error::NoVault => "no-vault",
            Error::AlreadyExists => "already-exists",
            Error::InUse => "in-use",
            Error::NewerFormat { .. } => "newer-format",
            Error::OlderFormat { .. } => "older-format",
            Error::Damaged(_) => "damaged",
            Error::EntryDamaged(_) => "entry-damaged",
            Error::EntryNotFound(_) => "entry-not-found",
            Error::WeakPassphrase => "weak-passphrase",
            Error::SamePassphrase => "same-passphrase",
            Error::Invalid(_) => "invalid",
            Error::InvalidSetting { .. } => "invalid-setting",
            Error::DiskFull => "disk-full",
            Error::Storage(_) => "storage",
            Error::ConnectionProfile(_) => "connection-profile",
            Error::NoConnection => "no-connection",
            Error::NoTeam => "no-team",
            Error::FrameRefused(_) => "frame-refused",
            Error::Consent(_) => "consent",
            Error::NotEligible(_) => "not-eligible",
            Error::Sync(_) => "sync",
            Error::PendingFull { .. } => "pending-full",
            Error::PendingNotFound => "pending-not-found",
            Error::TeamKeyNotWaiting => "team-key-not-waiting",
            Error::FindingNotFound => "finding-not-found",
            Error::ReminderNotFound => "reminder-not-found",
            Error::OutboxItemNotFound => "outbox-item-not-found",
            Error::InvalidPeriod => "invalid-period",
            Error::NothingToUndo => "nothing-to-undo",
        }
    }

    /// The message for the person using the app, in their language. It says what happened
    /// and what to do, and keeps every piece of the user's input out of it.
    pub fn localized(&self, lang: Lang) -> String {
        let id = format!("error-{}", self.code());
        match self {
            Error::NewerFormat { found, supported } => tr_args(
                lang,
                &id,
                &[
                    ("found", Arg::from(*found)),
                    ("supported", Arg::from(*supported)),
                ],
            ),
            Error::OlderFormat { found } => tr_args(lang, &id, &[("found", Arg::from(*found))]),
            Error::PendingFull { max } => tr_args(lang, &id, &[("max", Arg::from(*max))]),
            Error::Damaged(Damage::Record(part)) => {
                let part = tr_args(lang, &format!("vault-part-{}", part.code()), &[]);
                tr_args(lang, "error-damaged-record", &[("part", Arg::from(part))])
            }
            Error::Damaged(damage) => {
                tr_args(lang, &format!("error-damaged-{}", damage.code()), &[])
            }
            Error::EntryDamaged(id_) | Error::EntryNotFound(id_) => {
                tr_args(lang, &id, &[("id", Arg::from(id_.short()))])
            }
            Error::Invalid(issues) => {
                let mut lines = vec![tr_args(lang, &id, &[])];
                lines.extend(issues.iter().map(|issue| issue.localized(lang)));
                lines.join("\n")
            }
            Error::FrameRefused(rules) => {
                let mut lines = vec![tr_args(lang, &id, &[])];
                lines.extend(rules.iter().map(|rule| rule.explanation(lang)));
                lines.join("\n")
            }
            Error::Consent(problem) => problem.localized(lang),
            Error::Sync(problem) => problem.localized(lang),
            Error::NotEligible(blockers) => {
                let mut lines = vec![tr_args(lang, &id, &[])];
                lines.extend(blockers.iter().map(|b| b.explanation(lang)));
                lines.join("\n")
            }
            Error::ConnectionProfile(problem) => {
                format!("{}\n{}", tr_args(lang, &id, &[]), problem.localized(lang))
            }
            Error::InvalidSetting { name } => tr_args(
                lang,
                &id,
                &[(
                    "setting",
                    Arg::from(tr_args(lang, &format!("setting-{name}"), &[])),
                )],
            ),
            _ => tr_args(lang, &id, &[]),
        }
    }

    pub(crate) fn storage(err: impl std::fmt::Display) -> Error {
        Error::Storage(err.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => Error::DiskFull,
            kind => Error::Storage(kind.to_string()),
        }
    }
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for Error {
            fn from(err: $t) -> Self {
                let text = err.to_string();
                if text.contains("No space left") || text.contains("StorageFull") {
                    Error::DiskFull
                } else {
                    Error::Storage(text)
                }
            }
        }
    )*};
}
from_redb!(
    redb::StorageError,
    redb::TransactionError,
    redb::TableError,
    redb::CommitError
);

impl From<redb::DatabaseError> for Error {
    fn from(err: redb::DatabaseError) -> Self {
        match err {
            redb::DatabaseError::DatabaseAlreadyOpen => Error::InUse,
            redb::DatabaseError::UpgradeRequired(_) => Error::Damaged(Damage::Database),
            redb::DatabaseError::Storage(redb::StorageError::Corrupted(_)) => {
                Error::Damaged(Damage::Database)
            }
            redb::DatabaseError::Storage(redb::StorageError::Io(io)) => {
                if io.kind() == std::io::ErrorKind::InvalidData
                    || io.kind() == std::io::ErrorKind::UnexpectedEof
                {
                    Error::Damaged(Damage::Database)
                } else {
                    Error::from(io)
                }
            }
            other => Error::Storage(other.to_string()),
        }
    }
}

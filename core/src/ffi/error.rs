//! The one error of the bindings: a variant per core error code, carrying the translated
//! message as the exception message.
//!
//! It is a uniffi "flat" error: Python raises `LeefwereldError.WrongPassphrase("De wachtzin
//! klopt niet. …")`, Kotlin throws `LeefwereldException.WrongPassphrase`, Swift throws
//! `LeefwereldError.WrongPassphrase(message:)`. The message comes from
//! `crate::Error::localized` in the vault's language, so it never holds personal data.

use leefwereld_locales::{Arg, tr_args};

use crate as lw;

/// Everything that can go wrong behind the facade, by core error code.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum LeefwereldError {
    /// `wrong-passphrase`
    #[error("{0}")]
    WrongPassphrase(String),
    /// `locked`
    #[error("{0}")]
    Locked(String),
    /// `wiped`
    #[error("{0}")]
    Wiped(String),
    /// `no-vault`: there is no vault at the path given.
    #[error("{0}")]
    NoVault(String),
    /// `finding-not-found`: a stale or foreign finding key.
    #[error("{0}")]
    FindingNotFound(String),
    /// `reminder-not-found`: the reminder is not open (any more).
    #[error("{0}")]
    ReminderNotFound(String),
    /// `outbox-item-not-found`: the item is not in the outbox (any more).
    #[error("{0}")]
    OutboxItemNotFound(String),
    /// `invalid-period`: a report's period ends before it begins.
    #[error("{0}")]
    InvalidPeriod(String),
    /// `nothing-to-undo`: the deleted entry can no longer be brought back.
    #[error("{0}")]
    NothingToUndo(String),
    /// `already-exists`
    #[error("{0}")]
    AlreadyExists(String),
    /// `in-use`
    #[error("{0}")]
    InUse(String),
    /// `newer-format`
    #[error("{0}")]
    NewerFormat(String),
    /// `older-format`: a vault of a test version before records were bound to their place.
    #[error("{0}")]
    OlderFormat(String),
    /// `damaged`: the key file, the database or a required record (the message says which).
    #[error("{0}")]
    Damaged(String),
    /// `entry-damaged`
    #[error("{0}")]
    EntryDamaged(String),
    /// `entry-not-found`
    #[error("{0}")]
    EntryNotFound(String),
    /// `weak-passphrase`
    #[error("{0}")]
    WeakPassphrase(String),
    /// `same-passphrase`
    #[error("{0}")]
    SamePassphrase(String),
    /// `invalid`: the message lists every problem, one per line; `Vault.check_entry` gives
    /// them per field.
    #[error("{0}")]
    Invalid(String),
    /// `invalid-setting`
    #[error("{0}")]
    InvalidSetting(String),
    /// `disk-full`
    #[error("{0}")]
    DiskFull(String),
    /// `storage`
    #[error("{0}")]
    Storage(String),
    /// `connection-profile`: the message names the problem with the profile.
    #[error("{0}")]
    ConnectionProfile(String),
    /// `no-connection`
    #[error("{0}")]
    NoConnection(String),
    /// `no-team`: the connection profile names no team, so there are no weekly reports.
    #[error("{0}")]
    NoTeam(String),
    /// `frame-refused`: the message explains each role-frame rule that refuses the entry.
    #[error("{0}")]
    FrameRefused(String),
    /// `consent`
    #[error("{0}")]
    Consent(String),
    /// `not-eligible`: the message lists every reason, one per line.
    #[error("{0}")]
    NotEligible(String),
    /// `sync`
    #[error("{0}")]
    Sync(String),
    /// `pending-full`: too many notes made while locked wait for confirmation.
    #[error("{0}")]
    PendingFull(String),
    /// `pending-not-found`: the note made while locked was already confirmed or discarded.
    #[error("{0}")]
    PendingNotFound(String),
    /// `team-key-not-waiting`: the colleague's key changed since it was shown, or was accepted.
    #[error("{0}")]
    TeamKeyNotWaiting(String),
    /// A value the calling program passed cannot be meant (an unknown code, a malformed id, an
    /// instant out of range). A programming error, not a user's: the message (`error-invalid-
    /// argument`, in the vault's language, Dutch outside a vault) names the argument, never its
    /// value.
    #[error("{0}")]
    InvalidArgument(BadArgument),
}

/// Which argument of a call cannot be meant, and the message saying so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadArgument {
    /// The argument and why, e.g. `observed_at_ms: out of range`; never its value.
    pub argument: String,
    message: String,
}

impl BadArgument {
    fn new(argument: String, lang: lw::Lang) -> Self {
        let message = tr_args(
            lang,
            "error-invalid-argument",
            &[("argument", Arg::from(argument.as_str()))],
        );
        BadArgument { argument, message }
    }
}

impl std::fmt::Display for BadArgument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl LeefwereldError {
    /// Maps a core error to its variant with the message in `lang`.
    pub fn from_core(err: lw::Error, lang: lw::Lang) -> Self {
        let message = err.localized(lang);
        match err {
            lw::Error::WrongPassphrase => Self::WrongPassphrase(message),
            lw::Error::Locked => Self::Locked(message),
            lw::Error::Wiped => Self::Wiped(message),
            lw::Error::NoVault => Self::NoVault(message),
            lw::Error::FindingNotFound => Self::FindingNotFound(message),
            lw::Error::ReminderNotFound => Self::ReminderNotFound(message),
            lw::Error::OutboxItemNotFound => Self::OutboxItemNotFound(message),
            lw::Error::InvalidPeriod => Self::InvalidPeriod(message),
            lw::Error::NothingToUndo => Self::NothingToUndo(message),
            lw::Error::AlreadyExists => Self::AlreadyExists(message),
            lw::Error::InUse => Self::InUse(message),
            lw::Error::NewerFormat { .. } => Self::NewerFormat(message),
            lw::Error::OlderFormat { .. } => Self::OlderFormat(message),
            lw::Error::Damaged(_) => Self::Damaged(message),
            lw::Error::EntryDamaged(_) => Self::EntryDamaged(message),
            lw::Error::EntryNotFound(_) => Self::EntryNotFound(message),
            lw::Error::WeakPassphrase => Self::WeakPassphrase(message),
            lw::Error::SamePassphrase => Self::SamePassphrase(message),
            lw::Error::Invalid(_) => Self::Invalid(message),
            lw::Error::InvalidSetting { .. } => Self::InvalidSetting(message),
            lw::Error::DiskFull => Self::DiskFull(message),
            lw::Error::Storage(_) => Self::Storage(message),
            lw::Error::ConnectionProfile(_) => Self::ConnectionProfile(message),
            lw::Error::NoConnection => Self::NoConnection(message),
            lw::Error::NoTeam => Self::NoTeam(message),
            lw::Error::FrameRefused(_) => Self::FrameRefused(message),
            lw::Error::Consent(_) => Self::Consent(message),
            lw::Error::NotEligible(_) => Self::NotEligible(message),
            lw::Error::Sync(_) => Self::Sync(message),
            lw::Error::PendingFull { .. } => Self::PendingFull(message),
            lw::Error::PendingNotFound => Self::PendingNotFound(message),
            lw::Error::TeamKeyNotWaiting => Self::TeamKeyNotWaiting(message),
        }
    }

    /// A value that cannot be meant; `what` says which argument and why, without its value.
    /// The message is Dutch until [`LeefwereldError::in_lang`] puts it in the vault's language.
    pub fn invalid_argument(what: &str) -> Self {
        Self::InvalidArgument(BadArgument::new(what.to_owned(), lw::Lang::default()))
    }

    /// The same error with an argument message in `lang` (core errors are translated already).
    pub fn in_lang(self, lang: lw::Lang) -> Self {
        match self {
            Self::InvalidArgument(bad) => {
                Self::InvalidArgument(BadArgument::new(bad.argument, lang))
            }
            other => other,
        }
    }

    /// A number or instant outside what the core can represent; `field` names the argument.
    pub fn out_of_range(field: &str) -> Self {
        Self::invalid_argument(&format!("{field}: out of range"))
    }

    /// The stable code of this error: the core's code, or `invalid-argument`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongPassphrase(_) => "wrong-passphrase",
            Self::Locked(_) => "locked",
            Self::Wiped(_) => "wiped",
            Self::NoVault(_) => "no-vault",
            Self::FindingNotFound(_) => "finding-not-found",
            Self::ReminderNotFound(_) => "reminder-not-found",
            Self::OutboxItemNotFound(_) => "outbox-item-not-found",
            Self::InvalidPeriod(_) => "invalid-period",
            Self::NothingToUndo(_) => "nothing-to-undo",
            Self::AlreadyExists(_) => "already-exists",
            Self::InUse(_) => "in-use",
            Self::NewerFormat(_) => "newer-format",
            Self::OlderFormat(_) => "older-format",
            Self::Damaged(_) => "damaged",
            Self::EntryDamaged(_) => "entry-damaged",
            Self::EntryNotFound(_) => "entry-not-found",
            Self::WeakPassphrase(_) => "weak-passphrase",
            Self::SamePassphrase(_) => "same-passphrase",
            Self::Invalid(_) => "invalid",
            Self::InvalidSetting(_) => "invalid-setting",
            Self::DiskFull(_) => "disk-full",
            Self::Storage(_) => "storage",
            Self::ConnectionProfile(_) => "connection-profile",
            Self::NoConnection(_) => "no-connection",
            Self::NoTeam(_) => "no-team",
            Self::FrameRefused(_) => "frame-refused",
            Self::Consent(_) => "consent",
            Self::NotEligible(_) => "not-eligible",
            Self::Sync(_) => "sync",
            Self::PendingFull(_) => "pending-full",
            Self::PendingNotFound(_) => "pending-not-found",
            Self::TeamKeyNotWaiting(_) => "team-key-not-waiting",
            Self::InvalidArgument(_) => "invalid-argument",
        }
    }
}

/// Errors raised before any vault is known (creating, opening) speak the default language.
impl From<lw::Error> for LeefwereldError {
    fn from(err: lw::Error) -> Self {
        LeefwereldError::from_core(err, lw::Lang::default())
    }
}

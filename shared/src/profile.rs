//! The onboarding profile and the settings screen.

use leefwereld_core as lw;

use crate::types::{Lang, Role};

/// What onboarding asks. Only the organisation and the pseudonym ever travel, never a name.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Profile {
    pub role: Role,
    /// The organisation the worker works for, e.g. "Jongerenwerk Zuid".
    pub organisation: String,
    /// A pseudonym for the audit log, e.g. "JW-07". Not the worker's name.
    pub pseudonym: String,
    pub language: Lang,
}

impl From<Profile> for lw::Profile {
    fn from(p: Profile) -> Self {
        lw::Profile {
            role: p.role,
            organisation: p.organisation,
            pseudonym: p.pseudonym,
            language: p.language,
        }
    }
}

impl From<lw::Profile> for Profile {
    fn from(p: lw::Profile) -> Self {
        Profile {
            role: p.role,
            organisation: p.organisation,
            pseudonym: p.pseudonym,
            language: p.language,
        }
    }
}

/// The settings screen; the core refuses out-of-range values with `InvalidSetting`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Settings {
    /// Days a trend is kept before it is purged.
    pub retention_trend_days: u32,
    /// Days a signal is kept before it is purged.
    pub retention_signal_days: u32,
    /// Seconds of inactivity before the vault locks itself (see `Vault.lock_if_idle`).
    pub lock_timeout_seconds: u32,
    /// Counts below this are shown as "<n" in anything that leaves the team.
    pub suppression_threshold: u32,
    /// Days before expiry at which the app reminds the worker.
    pub expiry_warning_days: u32,
}

impl From<Settings> for lw::Settings {
    fn from(s: Settings) -> Self {
        lw::Settings {
            retention_trend_days: s.retention_trend_days,
            retention_signal_days: s.retention_signal_days,
            lock_timeout_seconds: s.lock_timeout_seconds,
            suppression_threshold: s.suppression_threshold,
            expiry_warning_days: s.expiry_warning_days,
        }
    }
}

impl From<lw::Settings> for Settings {
    fn from(s: lw::Settings) -> Self {
        Settings {
            retention_trend_days: s.retention_trend_days,
            retention_signal_days: s.retention_signal_days,
            lock_timeout_seconds: s.lock_timeout_seconds,
            suppression_threshold: s.suppression_threshold,
            expiry_warning_days: s.expiry_warning_days,
        }
    }
}

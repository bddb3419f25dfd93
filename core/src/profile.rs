//! Who uses this vault and how: the onboarding choices and the settings screen.

use leefwereld_locales::Lang;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{EntryKind, Role};

/// What onboarding asks. Stored encrypted; only the organisation and the pseudonymous device id
/// ever travel (hard rule 5), never the worker's name.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub role: Role,
    /// The organisation the worker works for (e.g. "Jongerenwerk Zuid"); the author of shares.
    pub organisation: String,
    /// A pseudonym for the audit log, e.g. "JW-07". Not the worker's name.
    pub pseudonym: String,
    pub language: Lang,
}

/// Limits of the profile fields.
pub const ORGANISATION_MAX: usize = 100;
pub const PSEUDONYM_MAX: usize = 40;

impl Profile {
    /// What a new passphrase of this user is judged against ([`crate::passphrase::context`]).
    pub fn passphrase_context(&self) -> Vec<String> {
        crate::passphrase::context(&self.organisation, &self.pseudonym)
    }

    pub(crate) fn validate(&self) -> Result<()> {
        let organisation = self.organisation.trim();
        if organisation.is_empty() || organisation.chars().count() > ORGANISATION_MAX {
            return Err(Error::InvalidSetting {
                name: "organisation",
            });
        }
        let pseudonym = self.pseudonym.trim();
        if pseudonym.is_empty() || pseudonym.chars().count() > PSEUDONYM_MAX {
            return Err(Error::InvalidSetting { name: "pseudonym" });
        }
        Ok(())
    }
}

/// The settings screen. Every value has a range; out-of-range values are refused, not clamped,
/// so the user learns that their choice did not take.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Days a trend is kept before it is purged.
    pub retention_trend_days: u32,
    /// Days a signal is kept before it is purged (signals can concern people: shorter).
    pub retention_signal_days: u32,
    /// Seconds of inactivity before the app locks itself.
    pub lock_timeout_seconds: u32,
    /// Counts below this are shown as "<n" in anything that leaves the team.
    pub suppression_threshold: u32,
    /// Days before expiry at which the app reminds the worker.
    pub expiry_warning_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retention_trend_days: 180,
            retention_signal_days: 90,
            lock_timeout_seconds: 120,
            suppression_threshold: 3,
            expiry_warning_days: 7,
        }
    }
}

/// The allowed ranges, shown on the settings screen.
pub mod ranges {
    use std::ops::RangeInclusive;
    pub const RETENTION_DAYS: RangeInclusive<u32> = 7..=730;
    pub const LOCK_TIMEOUT_SECONDS: RangeInclusive<u32> = 30..=3_600;
    pub const SUPPRESSION_THRESHOLD: RangeInclusive<u32> = 3..=20;
    pub const EXPIRY_WARNING_DAYS: RangeInclusive<u32> = 1..=30;
}

impl Settings {
    pub(crate) fn validate(&self) -> Result<()> {
        let checks: [(&'static str, bool); 5] = [
            (
                "retention_trend_days",
                ranges::RETENTION_DAYS.contains(&self.retention_trend_days),
            ),
            (
                "retention_signal_days",
                ranges::RETENTION_DAYS.contains(&self.retention_signal_days),
            ),
            (
                "lock_timeout_seconds",
                ranges::LOCK_TIMEOUT_SECONDS.contains(&self.lock_timeout_seconds),
            ),
            (
                "suppression_threshold",
                ranges::SUPPRESSION_THRESHOLD.contains(&self.suppression_threshold),
            ),
            (
                "expiry_warning_days",
                ranges::EXPIRY_WARNING_DAYS.contains(&self.expiry_warning_days),
            ),
        ];
        match checks.into_iter().find(|(_, ok)| !ok) {
            Some((name, _)) => Err(Error::InvalidSetting { name }),
            None => Ok(()),
        }
    }

    /// How long entries of `kind` are kept.
    pub fn retention(&self, kind: EntryKind) -> chrono::Duration {
        let days = match kind {
            EntryKind::Trend => self.retention_trend_days,
            EntryKind::Signaal => self.retention_signal_days,
        };
        chrono::Duration::days(i64::from(days))
    }
}

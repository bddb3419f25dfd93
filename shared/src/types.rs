//! The closed vocabularies as uniffi enums, and the conversions every module shares: times,
//! entry ids, page positions.
//!
//! Each vocabulary mirrors a core enum variant for variant, in the core's order, with
//! exhaustive conversions both ways: when the core appends a variant, this crate stops
//! compiling until the mirror has it too. Codes and labels come from the core, never from here.
//!
//! Times cross the boundary as Unix time in milliseconds (UTC), in fields named `*_ms`.

use chrono::{DateTime, Utc};
use leefwereld_core as lw;

use crate::error::LeefwereldError;

/// Declares the uniffi mirror of a core vocabulary with its conversions, its `code()` and (for
/// vocabularies with translated labels) `label(lang)`, and a `*_from_code` function.
macro_rules! vocabulary {
    (@labels true, $name:ident) => {
        #[uniffi::export]
        impl $name {
            /// The translated label, from the project's locales.
            pub fn label(&self, lang: Lang) -> String {
                lw::$name::from(*self).label(lang.into())
            }
        }
    };
    (@labels false, $name:ident) => {};
    (
        $(#[$meta:meta])*
        $name:ident, $from_code:ident, labels: $labels:tt {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl From<$name> for lw::$name {
            fn from(value: $name) -> Self {
                match value { $( $name::$variant => lw::$name::$variant ),+ }
            }
        }

        impl From<lw::$name> for $name {
            fn from(value: lw::$name) -> Self {
                match value { $( lw::$name::$variant => $name::$variant ),+ }
            }
        }

        #[uniffi::export]
        impl $name {
            /// The stable code: what is stored, exported and sent.
            pub fn code(&self) -> String {
                lw::$name::from(*self).code().to_owned()
            }
        }

        vocabulary!(@labels $labels, $name);

        /// Parses a stable code; an unknown code is `LeefwereldError.InvalidArgument`.
        #[uniffi::export]
        pub fn $from_code(code: String) -> Result<$name, LeefwereldError> {
            lw::$name::from_code(&code)
                .map($name::from)
                .ok_or_else(|| LeefwereldError::invalid_argument(concat!(
                    "code: not a known ", stringify!($name), " code"
                )))
        }
    };
}

vocabulary! {
    /// What an entry is: a trend is never about an identifiable person; a signal may be.
    EntryKind, entry_kind_from_code, labels: true { Trend, Signaal }
}

vocabulary! {
    /// The phenomenon an entry is about.
    Theme, theme_from_code, labels: true {
        Radicalisation, Polarisation, Recruitment, Borderline, Exploitation, OnlineCrime,
        PlannedFight, YouthGroups, Undermining, Disinformation, ThreatsToProfessionals,
        Withdrawal, Other,
    }
}

vocabulary! {
    /// Where it was seen.
    Platform, platform_from_code, labels: true {
        WhatsApp, Snapchat, Instagram, Telegram, TikTok, YouTube, Facebook, Discord, X, Gaming,
        News, Offline, Other,
    }
}

vocabulary! {
    /// How the worker came to know it.
    SourceType, source_type_from_code, labels: true {
        OpenSource, ClosedGroup, DirectContact, Offline,
    }
}

vocabulary! {
    /// How soon someone should act on it.
    Urgency, urgency_from_code, labels: true { Low, Normal, High, Acute }
}

vocabulary! {
    /// An age band: exact ages never leave the device.
    AgeBand, age_band_from_code, labels: true {
        Under12, From12To15, From16To17, From18To22, From23,
    }
}

vocabulary! {
    /// The user's professional role, chosen at onboarding.
    Role, role_from_code, labels: true {
        YouthWorker, Police, Enforcement, MunicipalityOov, School, TeamLead,
    }
}

vocabulary! {
    /// Where an entry stands on its way to the case system.
    ShareStatus, share_status_from_code, labels: true {
        NotShared, Queued, Shared, Retracting, Retracted, Parked,
    }
}

vocabulary! {
    /// What happened, in an audit record.
    AuditAction, audit_action_from_code, labels: false {
        Create, Edit, Delete, Consent, ConsentWithdrawn, Share, Retract, Purge, Export,
        UnlockFailure, Wipe, PassphraseChanged, SettingsChanged, ReminderAcknowledged,
        FrameOverride, ProfileImported, ChainBreakDetected,
    }
}

/// A language of the user interface; Dutch is the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Lang {
    Nl,
    En,
}

impl From<Lang> for lw::Lang {
    fn from(value: Lang) -> Self {
        match value {
            Lang::Nl => lw::Lang::Nl,
            Lang::En => lw::Lang::En,
        }
    }
}

impl From<lw::Lang> for Lang {
    fn from(value: lw::Lang) -> Self {
        match value {
            lw::Lang::Nl => Lang::Nl,
            lw::Lang::En => Lang::En,
        }
    }
}

#[uniffi::export]
impl Lang {
    /// The BCP 47 code (`nl`, `en`).
    pub fn code(&self) -> String {
        lw::Lang::from(*self).code().to_owned()
    }
}

/// The language for a BCP 47 code (`en-GB` is English); anything else is Dutch.
#[uniffi::export]
pub fn lang_from_code(code: String) -> Lang {
    lw::Lang::from_code(&code).into()
}

/// An ISO 8601 week, the unit of the index and of summaries (Amsterdam time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct IsoWeek {
    pub year: i32,
    pub week: u32,
}

impl From<lw::IsoWeek> for IsoWeek {
    fn from(week: lw::IsoWeek) -> Self {
        IsoWeek {
            year: week.year(),
            week: week.week(),
        }
    }
}

impl TryFrom<IsoWeek> for lw::IsoWeek {
    type Error = LeefwereldError;

    fn try_from(week: IsoWeek) -> Result<Self, Self::Error> {
        lw::IsoWeek::new(week.year, week.week).ok_or_else(|| {
            LeefwereldError::invalid_argument("week: that ISO year has no such week")
        })
    }
}

/// The ISO week an instant falls in, in Amsterdam time.
#[uniffi::export]
pub fn iso_week_of(at_ms: i64) -> Result<IsoWeek, LeefwereldError> {
    Ok(lw::IsoWeek::of(from_ms(at_ms, "at_ms")?).into())
}

/// Unix milliseconds for an instant.
pub(crate) fn to_ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// An instant from Unix milliseconds; `field` names the argument in the error.
pub(crate) fn from_ms(ms: i64, field: &'static str) -> Result<DateTime<Utc>, LeefwereldError> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| LeefwereldError::out_of_range(field))
}

/// An entry id from its text form.
pub(crate) fn entry_id(id: &str) -> Result<lw::EntryId, LeefwereldError> {
    id.parse()
        .map_err(|_| LeefwereldError::invalid_argument("id: not an entry id"))
}

/// The largest page position handed to the core. No vault comes near it, and it leaves the
/// core's `offset + page length` arithmetic room on 32-bit phones.
const POSITION_MAX: u32 = i32::MAX as u32;

/// A page offset or length as the core takes it: values beyond any vault mean "all" or "past
/// the end", so they are capped, not refused.
pub(crate) fn position(value: u32) -> usize {
    value.min(POSITION_MAX) as usize
}

//! The closed vocabularies as uniffi enums, and the conversions every module shares: times,
//! entry ids, page positions.
//!
//! Each vocabulary mirrors a core enum variant for variant, in the core's order, with
//! exhaustive conversions both ways: when the core appends a variant, this crate stops
//! compiling until the mirror has it too. Codes and labels come from the core, never from here.
//!
//! Times cross the boundary as Unix time in milliseconds (UTC), in fields named `*_ms`; calendar
//! days (Amsterdam dates) as [`CalendarDate`].

use chrono::{DateTime, Utc};
use leefwereld_core as lw;

use crate::error::LeefwereldError;

/// The core modules whose vocabularies are mirrored here besides the crate root's.
mod core_vocabularies {
    // Renamed where the core's name would clash on the foreign side (SwiftUI's `TextField`) or
    // say too little there.
    pub use leefwereld_core::minimise::TextField as FindingField;
    pub use leefwereld_core::summary::team::Refusal as TeamRefusal;
    pub use leefwereld_core::{frames, minimise, positions, reminders, share, sync};
}
use core_vocabularies::*;

/// Declares the uniffi mirror of a core vocabulary with its conversions, its `code()` and (for
/// vocabularies with translated labels) `label(lang)`, and a `*_from_code` function.
macro_rules! vocabulary {
    (@labels true, $name:ident in $m:ident) => {
        #[uniffi::export]
        impl $name {
            /// The translated label, from the project's locales.
            pub fn label(&self, lang: Lang) -> String {
                $m::$name::from(*self).label(lang.into())
            }
        }
    };
    (@labels false, $name:ident in $m:ident) => {};
    (
        $(#[$meta:meta])*
        $name:ident, $from_code:ident, labels: $labels:tt {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        vocabulary! {
            $(#[$meta])*
            $name in lw, $from_code, labels: $labels {
                $( $(#[$vmeta])* $variant ),+
            }
        }
    };
    (
        $(#[$meta:meta])*
        $name:ident in $m:ident, $from_code:ident, labels: $labels:tt {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl From<$name> for $m::$name {
            fn from(value: $name) -> Self {
                match value { $( $name::$variant => $m::$name::$variant ),+ }
            }
        }

        impl From<$m::$name> for $name {
            fn from(value: $m::$name) -> Self {
                match value { $( $m::$name::$variant => $name::$variant ),+ }
            }
        }

        #[uniffi::export]
        impl $name {
            /// The stable code: what is stored, exported and sent.
            pub fn code(&self) -> String {
                $m::$name::from(*self).code().to_owned()
            }
        }

        vocabulary!(@labels $labels, $name in $m);

        /// Parses a stable code; an unknown code is `LeefwereldError.InvalidArgument`.
        #[uniffi::export]
        pub fn $from_code(code: String) -> Result<$name, LeefwereldError> {
            $m::$name::from_code(&code)
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
        NotShared, Queued, Shared, SharedOlder, Retracting, Retracted, Parked,
    }
}

vocabulary! {
    /// What happened, in an audit record.
    AuditAction, audit_action_from_code, labels: false {
        Create, Edit, Delete, Consent, ConsentWithdrawn, Share, Retract, Purge, Export,
        UnlockFailure, Wipe, PassphraseChanged, SettingsChanged, ReminderAcknowledged,
        FrameOverride, ProfileImported, RetractRefused, TeamKeyAccepted, FindingKept,
        ChainBreakDetected,
    }
}

vocabulary! {
    /// A rule of the role frames (what a user in a role may record).
    FrameRule in frames, frame_rule_from_code, labels: true {
        ConcreteReason, MunicipalClosedSource, MunicipalClosedGroupTrend, SystematicMonitoring,
        BoaOnline, PoliceClosedSource, Transparency,
    }
}

vocabulary! {
    /// What kind of direct identifier the minimiser found.
    FindingKind in minimise, finding_kind_from_code, labels: true {
        Name, Handle, Url, Email, Phone, Bsn, Iban, Postcode, Address, LicencePlate, NumericId,
        ExactAge, PossibleName, DateOfBirth,
    }
}

vocabulary! {
    /// Which free-text field of an entry a finding is in.
    FindingField in core_vocabularies, finding_field_from_code, labels: true {
        Text, Reason, Neighbourhood,
    }
}

vocabulary! {
    /// The worker's resolution of a finding: replace it, or keep it as written.
    Decision in minimise, decision_from_code, labels: true { Redact, Keep }
}

vocabulary! {
    /// Who gave consent.
    ConsentGiver in share, consent_giver_from_code, labels: true {
        YoungPerson, ParentGuardian, WorkerRelease,
    }
}

vocabulary! {
    /// How the person was told what sharing means.
    InformedHow in share, informed_how_from_code, labels: true {
        InPerson, Message, Phone, InWriting, NotApplicable,
    }
}

vocabulary! {
    /// Why an entry may not go to a partner (each has an explanation, see `Eligibility`).
    Blocker in share, blocker_from_code, labels: true {
        NoConsent, ConsentWithdrawn, OutOfScope, WrongGiver, ParentNeeded, UnresolvedFindings,
        FrameRefused, AlreadyShared,
    }
}

vocabulary! {
    /// A partner in the local approach: who an entry can be shared with, and whose information
    /// position the app shows.
    Partner in positions, partner_from_code, labels: true {
        Police, Enforcement, School, MunicipalityOov, YouthWork,
    }
}

vocabulary! {
    /// A heading of the position screens, so the app needs no text of its own for them.
    Heading in positions, heading_from_code, labels: true {
        Role, Online, Sources, Needs, Opportunities, Training, Principles, Municipal, Conditions,
        AvgPrinciples, Notes, May, MayNot, Basis, Disclaimer,
    }
}

vocabulary! {
    /// A rule of the transparency reminders.
    ReminderKind in reminders, reminder_kind_from_code, labels: true {
        Transparency, InformBeforeShare, NearingExpiry, AvgPrinciples,
    }
}

vocabulary! {
    /// What an outbox item does.
    OutboxKind in sync, outbox_kind_from_code, labels: true { Share, Retract, TeamReport }
}

vocabulary! {
    /// Why a team lead's app refused a weekly report.
    TeamRefusal in core_vocabularies, team_refusal_from_code, labels: true {
        Unreadable, Malformed, OtherTeam, FutureWeek, WrongWeek, TooLarge, BadSignature, NewKey,
        KeyChanged, FutureDate, Overflow,
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

/// A calendar day (Amsterdam date), e.g. the bounds of a report period. (Not `Date`: that
/// would shadow Foundation's `Date` in Swift.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl From<chrono::NaiveDate> for CalendarDate {
    fn from(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        CalendarDate {
            year: date.year(),
            month: date.month(),
            day: date.day(),
        }
    }
}

impl CalendarDate {
    /// The date as chrono has it; `field` names the argument in the error.
    pub(crate) fn to_naive(self, field: &str) -> Result<chrono::NaiveDate, LeefwereldError> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month, self.day)
            .ok_or_else(|| LeefwereldError::invalid_argument(&format!("{field}: no such date")))
    }
}

/// The Amsterdam date of an instant.
#[uniffi::export]
pub fn local_date_of(at_ms: i64) -> Result<CalendarDate, LeefwereldError> {
    Ok(lw::time::local_date(from_ms(at_ms, "at_ms")?).into())
}

//! The closed vocabularies as uniffi enums, and the conversions every module shares: times,
//! entry ids, page positions.
//!
//! The vocabularies are the core's own enums: their uniffi derives, `code()` and `label(lang)`
//! live in the core (feature `ffi`), so a new variant reaches the bindings without a copy here.
//!
//! Times cross the boundary as Unix time in milliseconds (UTC), in fields named `*_ms`; calendar
//! days (Amsterdam dates) as [`CalendarDate`].

use chrono::{DateTime, Utc};
use leefwereld_core as lw;

use leefwereld_core::ffi::LeefwereldError;

/// The core modules whose vocabularies are re-exported here besides the crate root's.
mod core_vocabularies {
    pub use leefwereld_core::summary::team;
    pub use leefwereld_core::{frames, minimise, positions, reminders, share, sync};
}
use core_vocabularies::*;

/// Re-exports a core vocabulary (its uniffi enum, `code()` and `label(lang)` are derived in the
/// core behind its `ffi` feature) and adds its `*_from_code` function, which raises this
/// crate's error.
macro_rules! vocabulary {
    ($($name:ident in $m:ident, $from_code:ident;)+) => {$(
        pub use $m::$name;

        /// Parses a stable code; an unknown code is `LeefwereldError.InvalidArgument`.
        #[uniffi::export]
        pub fn $from_code(code: String) -> Result<$name, LeefwereldError> {
            $name::from_code(&code).ok_or_else(|| {
                LeefwereldError::invalid_argument(concat!(
                    "code: not a known ", stringify!($name), " code"
                ))
            })
        }
    )+};
}

vocabulary! {
    EntryKind in lw, entry_kind_from_code;
    Theme in lw, theme_from_code;
    Platform in lw, platform_from_code;
    SourceType in lw, source_type_from_code;
    Urgency in lw, urgency_from_code;
    AgeBand in lw, age_band_from_code;
    Role in lw, role_from_code;
    ShareStatus in lw, share_status_from_code;
    AuditAction in lw, audit_action_from_code;
    FrameRule in frames, frame_rule_from_code;
    FindingKind in minimise, finding_kind_from_code;
    FindingField in minimise, finding_field_from_code;
    Decision in minimise, decision_from_code;
    ConsentGiver in share, consent_giver_from_code;
    InformedHow in share, informed_how_from_code;
    Blocker in share, blocker_from_code;
    Partner in positions, partner_from_code;
    Heading in positions, heading_from_code;
    ReminderKind in reminders, reminder_kind_from_code;
    OutboxKind in sync, outbox_kind_from_code;
    TeamRefusal in team, team_refusal_from_code;
}

/// A language of the user interface; Dutch is the first. Its uniffi enum is the core's.
pub use lw::Lang;
uniffi::use_remote_type!(leefwereld_core::Lang);

/// The language for a BCP 47 code (`en-GB` is English); anything else is Dutch.
#[uniffi::export]
pub fn lang_from_code(code: String) -> Lang {
    Lang::from_code(&code)
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

//! Time as the users see it: Europe/Amsterdam dates and ISO weeks.
//!
//! Instants are stored in UTC; everything a person reads or a summary groups by is computed in
//! Amsterdam time, so an entry seen on Sunday 23:30 belongs to that Sunday's week even when it is
//! already Monday in UTC (and the other way round in summer).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Amsterdam;
use leefwereld_locales::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The calendar date in Amsterdam of an instant.
pub fn local_date(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&Amsterdam).date_naive()
}

/// An instant shown as a person in the Netherlands reads it (`23-11-2026 14:05`).
pub fn display_datetime(instant: DateTime<Utc>, lang: Lang) -> String {
    let local = instant.with_timezone(&Amsterdam);
    match lang {
        Lang::Nl => local.format("%d-%m-%Y %H:%M").to_string(),
        Lang::En => local.format("%d/%m/%Y %H:%M").to_string(),
    }
}

/// A date shown in the user's convention.
pub fn display_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Nl => date.format("%d-%m-%Y").to_string(),
        Lang::En => date.format("%d/%m/%Y").to_string(),
    }
}

/// An ISO 8601 week (`2026-W53`), the unit of summaries and of the vault's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoWeek {
    year: i32,
    week: u32,
}

/// The years a week may lie in. Far inside chrono's calendar, so that no arithmetic on a week
/// (its Sunday, the week after, twelve weeks back) can leave it; instants outside are taken to
/// the nearest end instead of panicking.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

impl IsoWeek {
    /// The week as people read it: "Week 47, 2026" (the year without a thousands separator).
    pub fn label(self, lang: Lang) -> String {
        leefwereld_locales::tr_args(
            lang,
            "week-label",
            &[
                ("week", self.week.into()),
                ("year", self.year.to_string().into()),
            ],
        )
    }

    /// The week of an ISO year, if that year has it (52 or 53 weeks) and lies in [`YEARS`].
    pub fn new(year: i32, week: u32) -> Option<IsoWeek> {
        if !YEARS.contains(&year) {
            return None;
        }
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).map(|_| IsoWeek { year, week })
    }

    /// The week in which an instant falls, in Amsterdam time.
    pub fn of(instant: DateTime<Utc>) -> IsoWeek {
        let earliest =
            Utc.from_utc_datetime(&first_day().and_hms_opt(12, 0, 0).unwrap_or_default());
        let latest = Utc.from_utc_datetime(&last_day().and_hms_opt(12, 0, 0).unwrap_or_default());
        IsoWeek::of_date(local_date(instant.clamp(earliest, latest)))
    }

    /// The week a calendar date belongs to.
    pub fn of_date(date: NaiveDate) -> IsoWeek {
        let iso = date.clamp(first_day(), last_day()).iso_week();
        IsoWeek {
            year: iso.year(),
            week: iso.week(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn week(self) -> u32 {
        self.week
    }

    /// The Monday that starts this week.
    pub fn monday(self) -> NaiveDate {
        NaiveDate::from_isoywd_opt(self.year, self.week, Weekday::Mon)
            .expect("IsoWeek is only constructed for existing weeks")
    }

    /// The Sunday that ends this week.
    pub fn sunday(self) -> NaiveDate {
        self.monday() + Days::new(6)
    }

    /// The first instant of the week (Monday 00:00 in Amsterdam), in UTC.
    pub fn start(self) -> DateTime<Utc> {
        amsterdam_midnight(self.monday())
    }

    /// The first instant after the week.
    pub fn end(self) -> DateTime<Utc> {
        amsterdam_midnight(self.monday() + Days::new(7))
    }

    pub fn next(self) -> IsoWeek {
        IsoWeek::of_date(self.monday() + Days::new(7))
    }

    pub fn previous(self) -> IsoWeek {
        IsoWeek::of_date(self.monday() - Days::new(7))
    }

    /// `n` weeks earlier (`n` = 0 is this week); the first week of [`YEARS`] at the most.
    pub fn minus(self, n: u32) -> IsoWeek {
        let date = self
            .monday()
            .checked_sub_days(Days::new(7 * u64::from(n)))
            .unwrap_or_else(first_day);
        IsoWeek::of_date(date)
    }

    /// The `count` weeks ending with this one, oldest first.
    pub fn trailing(self, count: u32) -> Vec<IsoWeek> {
        (0..count).rev().map(|n| self.minus(n)).collect()
    }
}

/// The first Monday of [`YEARS`]' first ISO year and the last Sunday of its last.
fn first_day() -> NaiveDate {
    NaiveDate::from_isoywd_opt(*YEARS.start(), 1, Weekday::Mon).unwrap_or_default()
}

fn last_day() -> NaiveDate {
    NaiveDate::from_isoywd_opt(*YEARS.end(), 52, Weekday::Sun).unwrap_or_default()
}

fn amsterdam_midnight(date: NaiveDate) -> DateTime<Utc> {
    let naive = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    // Amsterdam never skips or repeats midnight (DST switches at 02:00/03:00).
    Amsterdam
        .from_local_datetime(&naive)
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-W{:02}", self.year, self.week)
    }
}

/// A week code that is not of the form `2026-W05` or names a week the year lacks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO week (expected e.g. 2026-W05)")]
pub struct BadWeek;

impl FromStr for IsoWeek {
    type Err = BadWeek;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (year, week) = s.trim().split_once(['W', 'w']).ok_or(BadWeek)?;
        let year: i32 = year.trim_end_matches('-').parse().map_err(|_| BadWeek)?;
        let week: u32 = week.parse().map_err(|_| BadWeek)?;
        IsoWeek::new(year, week).ok_or(BadWeek)
    }
}

impl Serialize for IsoWeek {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for IsoWeek {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn weeks_at_the_ends_of_time_never_panic() {
        for instant in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            let week = IsoWeek::of(instant);
            assert!(YEARS.contains(&week.year()));
            let _ = (
                week.next(),
                week.previous(),
                week.minus(u32::MAX),
                week.end(),
            );
            let _ = week.trailing(12);
        }
        assert!("99999-W01".parse::<IsoWeek>().is_err());
        assert!("-5-W01".parse::<IsoWeek>().is_err());
    }

    #[test]
    fn year_2026_has_53_weeks_and_2027_w01_starts_on_4_january() {
        let w53 = IsoWeek::new(2026, 53).expect("2026 has 53 weeks");
        assert_eq!(w53.monday(), NaiveDate::from_ymd_opt(2026, 12, 28).unwrap());
        assert_eq!(w53.next(), IsoWeek::new(2027, 1).unwrap());
        assert_eq!(
            IsoWeek::new(2027, 1).unwrap().monday(),
            NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
        );
        assert!(IsoWeek::new(2025, 53).is_none());
        assert_eq!(IsoWeek::new(2027, 1).unwrap().previous(), w53);
    }

    #[test]
    fn week_1_can_start_in_december() {
        // 29 December 2025 is the Monday of 2026-W01.
        let date = NaiveDate::from_ymd_opt(2025, 12, 29).unwrap();
        assert_eq!(IsoWeek::of_date(date).to_string(), "2026-W01");
    }

    #[test]
    fn weeks_are_counted_in_amsterdam_time() {
        // Sunday 23:30 in Amsterdam (winter, UTC+1) is 22:30 UTC: still week 47.
        assert_eq!(
            IsoWeek::of(utc("2026-11-22T22:30:00Z")).to_string(),
            "2026-W47"
        );
        // Monday 00:30 Amsterdam is Sunday 23:30 UTC: already week 48.
        assert_eq!(
            IsoWeek::of(utc("2026-11-22T23:30:00Z")).to_string(),
            "2026-W48"
        );
        // Summer (UTC+2): Sunday 23:30 local is 21:30 UTC.
        assert_eq!(
            IsoWeek::of(utc("2026-06-28T21:30:00Z")).to_string(),
            "2026-W26"
        );
        assert_eq!(
            IsoWeek::of(utc("2026-06-28T22:30:00Z")).to_string(),
            "2026-W27"
        );
    }

    #[test]
    fn a_week_spanning_a_dst_change_has_the_right_length() {
        // 2026-W13 contains the switch to summer time (29 March): 7 days minus one hour.
        let week = IsoWeek::new(2026, 13).unwrap();
        assert_eq!((week.end() - week.start()).num_hours(), 167);
        // 2026-W43 contains the switch back (25 October): one hour longer.
        let week = IsoWeek::new(2026, 43).unwrap();
        assert_eq!((week.end() - week.start()).num_hours(), 169);
    }

    #[test]
    fn week_codes_round_trip_and_bad_ones_are_refused() {
        for code in ["2026-W01", "2026-W53", "2027-W01", "2024-W10"] {
            assert_eq!(code.parse::<IsoWeek>().unwrap().to_string(), code);
        }
        for bad in [
            "", "2026", "2025-W53", "2026-W00", "2026-W54", "x-Wy", "2026-W-1",
        ] {
            assert!(bad.parse::<IsoWeek>().is_err(), "{bad}");
        }
    }

    #[test]
    fn trailing_weeks_cross_the_year_end() {
        let weeks = IsoWeek::new(2027, 2).unwrap().trailing(4);
        let codes: Vec<String> = weeks.iter().map(|w| w.to_string()).collect();
        assert_eq!(codes, ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    }
}

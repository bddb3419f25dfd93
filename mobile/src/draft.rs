//! A capture or edit in progress, as the form holds it, and its conversion to the core's
//! [`EntryContent`]. Converting is plain mapping; validation is the core's job.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use leefwereld_core::{Attachment, Entry, EntryContent, EntryKind, SourceType, Urgency};

use crate::state::Defaults;

/// How a day is typed and shown: Dutch order (31-12-2026), never the browser's mm/dd/yyyy.
const DAY: &str = "%d-%m-%Y";
/// How a time is shown (14:05).
const TIME: &str = "%H:%M";

/// When it was seen, as the worker answers it: most notes are about now, earlier today or
/// yesterday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    #[default]
    Now,
    EarlierToday,
    Yesterday,
    /// A day (and time) typed in full.
    Other,
}

impl When {
    pub const ALL: [When; 4] = [When::Now, When::EarlierToday, When::Yesterday, When::Other];

    pub fn code(self) -> &'static str {
        match self {
            When::Now => "now",
            When::EarlierToday => "earlier-today",
            When::Yesterday => "yesterday",
            When::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.code() == code)
    }
}

/// What the worker has typed and chosen so far: the core's own [`EntryContent`] (so no field
/// of it is lost between the form and the core, an order reference or a justification
/// included), plus what only the form holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub content: EntryContent,
    /// An alias typed but not yet added; it is added when the entry is saved.
    pub alias_input: String,
    /// When it was seen: now, earlier today, yesterday or another day.
    pub when: When,
    /// The day typed for `Other` (Amsterdam, `dd-mm-jjjj`).
    pub day: String,
    /// The time typed for every choice but `Now` (`uu:mm`).
    pub time: String,
    /// The stored instant of an edited entry and how the fields showed it, so untouched
    /// fields keep the exact instant.
    original_observed: Option<((String, String), DateTime<Utc>)>,
    /// Files to add when saving.
    pub attachments: Vec<Attachment>,
    /// Whether the worker chose the source: a signal's source is never pre-selected (the
    /// transparency reminder depends on it).
    pub source_chosen: bool,
    /// Whether the worker chose the theme: the form offers the last one, never picks it.
    pub theme_chosen: bool,
}

impl Draft {
    /// An empty capture of `kind` that starts with the last-used theme and platform.
    pub fn new(kind: EntryKind, defaults: Defaults) -> Draft {
        let mut content = EntryContent::trend(
            defaults.theme,
            defaults.platform,
            String::new(),
            DateTime::<Utc>::UNIX_EPOCH,
        );
        content.kind = kind;
        content.source_type = SourceType::OpenSource;
        content.urgency = Urgency::Normal;
        Draft {
            content,
            alias_input: String::new(),
            when: When::Now,
            day: String::new(),
            time: String::new(),
            original_observed: None,
            attachments: Vec::new(),
            source_chosen: false,
            theme_chosen: false,
        }
    }

    /// The draft of an edit: the entry's current content, every field of it, no new files.
    pub fn from_entry(entry: &Entry) -> Draft {
        let (day, time) = local_input(entry.content.observed_at);
        Draft {
            content: entry.content.clone(),
            alias_input: String::new(),
            when: When::Other,
            day: day.clone(),
            time: time.clone(),
            original_observed: Some(((day, time), entry.content.observed_at)),
            attachments: Vec::new(),
            source_chosen: true,
            theme_chosen: true,
        }
    }

    /// Whether nothing has been typed or added yet (a blank draft is not worth resuming).
    pub fn is_blank(&self) -> bool {
        let c = &self.content;
        c.text.trim().is_empty()
            && c.reason.trim().is_empty()
            && c.neighbourhood.trim().is_empty()
            && c.aliases.is_empty()
            && self.alias_input.trim().is_empty()
            && self.attachments.is_empty()
    }

    /// Adds the typed alias to the tagged ones.
    pub fn add_alias(&mut self) {
        let alias = self.alias_input.trim().to_owned();
        if !alias.is_empty() && !self.content.aliases.contains(&alias) {
            self.content.aliases.push(alias);
        }
        self.alias_input.clear();
    }

    /// Whether saving must wait for the worker to choose the theme.
    pub fn needs_theme(&self) -> bool {
        !self.theme_chosen
    }

    /// Whether saving must wait for the worker to choose the source.
    pub fn needs_source(&self) -> bool {
        self.content.kind == EntryKind::Signaal && !self.source_chosen
    }

    /// When it was seen; `None` when the day or time typed is not one (or a time is missing).
    pub fn observed_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let today = now.with_timezone(&Amsterdam).date_naive();
        let day = match self.when {
            When::Now => return Some(now),
            When::EarlierToday => today,
            When::Yesterday => today.pred_opt()?,
            When::Other => {
                if let Some((shown, instant)) = &self.original_observed
                    && shown.0 == self.day.trim()
                    && shown.1 == self.time.trim()
                {
                    return Some(*instant);
                }
                parse_day(&self.day)?
            }
        };
        let time = parse_time(&self.time)?;
        Amsterdam
            .from_local_datetime(&day.and_time(time))
            .earliest()
            .map(|local| local.with_timezone(&Utc))
    }

    /// The content to hand to the core, observed at `observed_at`, with a typed alias added. A
    /// trend leaves out what would make it about a person (the fields stay in the draft, should
    /// it become a signal again).
    pub fn content(&self, observed_at: DateTime<Utc>) -> EntryContent {
        let mut content = self.content.clone();
        content.observed_at = observed_at;
        let pending = self.alias_input.trim();
        if !pending.is_empty() && !content.aliases.iter().any(|a| a == pending) {
            content.aliases.push(pending.to_owned());
        }
        content.tidied()
    }
}

/// An instant as the day and time fields show it, in Amsterdam time.
pub fn local_input(instant: DateTime<Utc>) -> (String, String) {
    let local = instant.with_timezone(&Amsterdam);
    (
        local.format(DAY).to_string(),
        local.format(TIME).to_string(),
    )
}

/// A day as people write it here: 7-3-2026, 07-03-2026 or 7/3/2026.
fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim().replace(['/', '.'], "-");
    NaiveDate::parse_from_str(&text, "%d-%m-%Y").ok()
}

/// A time as people write it here: 14:05, 14.05, 14u05, 14u or 9.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim().to_lowercase().replace(['.', 'u'], ":");
    let text = text.trim_end_matches(':');
    let (hours, minutes) = text.split_once(':').unwrap_or((text, "0"));
    let minutes = if minutes.is_empty() { "0" } else { minutes };
    NaiveTime::from_hms_opt(hours.trim().parse().ok()?, minutes.trim().parse().ok()?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_new_capture_waits_for_a_theme_and_an_edit_keeps_its_own() {
        let draft = Draft::new(EntryKind::Trend, Defaults::default());
        assert!(draft.needs_theme(), "no theme is chosen for the worker");
        let mut content = draft.content(at("2026-03-09T12:00:00Z"));
        content.text = "Een trend".into();
        let entry = Entry {
            id: "5f0c2a4e-8d1b-4c3a-9e7f-112233445566".parse().unwrap(),
            revision: 1,
            recorded_at: at("2026-03-09T12:00:00Z"),
            updated_at: at("2026-03-09T12:00:00Z"),
            expires_at: at("2026-06-09T12:00:00Z"),
            content,
            attachments: Vec::new(),
            share_status: leefwereld_core::ShareStatus::NotShared,
        };
        assert!(!Draft::from_entry(&entry).needs_theme());
    }

    #[test]
    fn a_trend_leaves_person_fields_out_but_keeps_them_in_the_draft() {
        let mut draft = Draft::new(EntryKind::Signaal, Defaults::default());
        draft.content.text = "Oproep tot vechtpartij".into();
        draft.content.reason = "Jongere vertelde het zelf".into();
        draft.alias_input = "Kevin".into();
        draft.content.age_band = Some(leefwereld_core::AgeBand::From16To17);
        let now = at("2026-11-23T10:00:00Z");
        let signal = draft.content(now);
        assert_eq!(signal.aliases, vec!["Kevin".to_owned()]);
        assert_eq!(signal.reason, "Jongere vertelde het zelf");

        draft.content.kind = EntryKind::Trend;
        let trend = draft.content(now);
        assert!(trend.aliases.is_empty() && trend.reason.is_empty() && trend.age_band.is_none());
        assert_eq!(
            draft.alias_input, "Kevin",
            "the draft itself keeps what was typed"
        );
    }

    #[test]
    fn when_seen_is_read_in_amsterdam_time_and_dutch_order() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        let now = at("2026-11-23T10:00:00Z");
        assert_eq!(draft.observed_at(now), Some(now), "now");
        draft.when = When::EarlierToday;
        assert_eq!(draft.observed_at(now), None, "a time is needed");
        draft.time = "9u30".into();
        assert_eq!(draft.observed_at(now), Some(at("2026-11-23T08:30:00Z")));
        draft.when = When::Yesterday;
        draft.time = "23.30".into();
        assert_eq!(draft.observed_at(now), Some(at("2026-11-22T22:30:00Z")));
        draft.when = When::Other;
        draft.day = "7-3-2026".into();
        draft.time = "14:05".into();
        assert_eq!(draft.observed_at(now), Some(at("2026-03-07T13:05:00Z")));
        draft.day = "03/07/2026".into();
        assert_eq!(
            draft.observed_at(now),
            Some(at("2026-07-03T12:05:00Z")),
            "day first, as written here"
        );
        draft.day = "gisteren".into();
        assert_eq!(draft.observed_at(now), None);
    }

    #[test]
    fn untouched_fields_keep_the_exact_instant_of_an_edited_entry() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        let exact = at("2026-11-20T08:15:42Z");
        let (day, time) = local_input(exact);
        draft.when = When::Other;
        draft.day = day.clone();
        draft.time = time.clone();
        draft.original_observed = Some(((day, time), exact));
        assert_eq!(draft.observed_at(Utc::now()), Some(exact));
    }

    #[test]
    fn an_edit_keeps_every_field_of_the_content_the_form_does_not_show() {
        let mut content = EntryContent::trend(
            leefwereld_core::Theme::Recruitment,
            leefwereld_core::Platform::Telegram,
            "Ronselbericht in besloten kanaal",
            at("2026-11-20T08:00:00Z"),
        );
        content.kind = EntryKind::Signaal;
        content.order_reference = Some("OM-2026-0412".into());
        content.justification = Some("Nieuwe dreiging: wapen getoond".into());
        let entry = Entry {
            id: "5f0c2a4e-8d1b-4c3a-9e7f-112233445566".parse().unwrap(),
            revision: 1,
            recorded_at: at("2026-11-20T08:00:00Z"),
            updated_at: at("2026-11-20T08:00:00Z"),
            expires_at: at("2027-02-20T08:00:00Z"),
            content: content.clone(),
            attachments: Vec::new(),
            share_status: leefwereld_core::ShareStatus::NotShared,
        };
        let draft = Draft::from_entry(&entry);
        assert_eq!(draft.content(content.observed_at), content);
    }

    #[test]
    fn a_draft_with_only_defaults_is_blank() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        assert!(draft.is_blank());
        draft.content.text = "  ".into();
        assert!(draft.is_blank());
        draft.content.text = "x".into();
        assert!(!draft.is_blank());
    }
}

//! A capture or edit in progress, as the form holds it, and its conversion to the core's
//! [`EntryContent`]. Converting is plain mapping; validation is the core's job.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use leefwereld_core::{
    AgeBand, Attachment, Entry, EntryContent, EntryKind, Platform, SourceType, Theme, Urgency,
};

use crate::state::Defaults;

/// The format of an `<input type="datetime-local">` value.
const LOCAL_INPUT: &str = "%Y-%m-%dT%H:%M";

/// What the worker has typed and chosen so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    pub neighbourhood: String,
    pub text: String,
    pub reason: String,
    pub aliases: Vec<String>,
    /// An alias typed but not yet added; it is added when the entry is saved.
    pub alias_input: String,
    pub age_band: Option<AgeBand>,
    /// When it was seen, as the date-time field shows it (Amsterdam time); empty means "now".
    pub observed: String,
    /// The stored instant of an edited entry and how the field showed it, so an untouched
    /// field keeps the exact instant.
    original_observed: Option<(String, DateTime<Utc>)>,
    /// Files to add when saving.
    pub attachments: Vec<Attachment>,
}

impl Draft {
    /// An empty capture of `kind` that starts with the last-used theme and platform.
    pub fn new(kind: EntryKind, defaults: Defaults) -> Draft {
        Draft {
            kind,
            theme: defaults.theme,
            platform: defaults.platform,
            source_type: SourceType::OpenSource,
            urgency: Urgency::Normal,
            neighbourhood: String::new(),
            text: String::new(),
            reason: String::new(),
            aliases: Vec::new(),
            alias_input: String::new(),
            age_band: None,
            observed: String::new(),
            original_observed: None,
            attachments: Vec::new(),
        }
    }

    /// The draft of an edit: the entry's current content, no new files.
    pub fn from_entry(entry: &Entry) -> Draft {
        let content = &entry.content;
        let observed = local_input(content.observed_at);
        Draft {
            kind: content.kind,
            theme: content.theme,
            platform: content.platform,
            source_type: content.source_type,
            urgency: content.urgency,
            neighbourhood: content.neighbourhood.clone(),
            text: content.text.clone(),
            reason: content.reason.clone(),
            aliases: content.aliases.clone(),
            alias_input: String::new(),
            age_band: content.age_band,
            observed: observed.clone(),
            original_observed: Some((observed, content.observed_at)),
            attachments: Vec::new(),
        }
    }

    /// Whether nothing has been typed or added yet (a blank draft is not worth resuming).
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
            && self.reason.trim().is_empty()
            && self.neighbourhood.trim().is_empty()
            && self.aliases.is_empty()
            && self.alias_input.trim().is_empty()
            && self.attachments.is_empty()
    }

    /// Adds the typed alias to the tagged ones.
    pub fn add_alias(&mut self) {
        let alias = self.alias_input.trim().to_owned();
        if !alias.is_empty() && !self.aliases.contains(&alias) {
            self.aliases.push(alias);
        }
        self.alias_input.clear();
    }

    /// When it was seen; `None` when the field holds something that is not a date and time.
    pub fn observed_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let typed = self.observed.trim();
        if typed.is_empty() {
            return Some(now);
        }
        if let Some((shown, instant)) = &self.original_observed
            && shown == typed
        {
            return Some(*instant);
        }
        let naive = NaiveDateTime::parse_from_str(typed, LOCAL_INPUT).ok()?;
        Amsterdam
            .from_local_datetime(&naive)
            .earliest()
            .map(|local| local.with_timezone(&Utc))
    }

    /// The content to hand to the core, observed at `observed_at`. A trend leaves out what
    /// would make it about a person (the fields stay in the draft, should it become a signal
    /// again).
    pub fn content(&self, observed_at: DateTime<Utc>) -> EntryContent {
        let mut aliases = self.aliases.clone();
        let pending = self.alias_input.trim();
        if !pending.is_empty() && !aliases.iter().any(|a| a == pending) {
            aliases.push(pending.to_owned());
        }
        let signal = self.kind == EntryKind::Signaal;
        EntryContent {
            kind: self.kind,
            theme: self.theme,
            platform: self.platform,
            source_type: self.source_type,
            urgency: self.urgency,
            neighbourhood: self.neighbourhood.clone(),
            text: self.text.clone(),
            observed_at,
            reason: if signal {
                self.reason.clone()
            } else {
                String::new()
            },
            aliases: if signal { aliases } else { Vec::new() },
            age_band: if signal { self.age_band } else { None },
            order_reference: None,
            justification: None,
        }
    }
}

/// An instant as a `datetime-local` field shows it, in Amsterdam time.
pub fn local_input(instant: DateTime<Utc>) -> String {
    instant
        .with_timezone(&Amsterdam)
        .format(LOCAL_INPUT)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_trend_leaves_person_fields_out_but_keeps_them_in_the_draft() {
        let mut draft = Draft::new(EntryKind::Signaal, Defaults::default());
        draft.text = "Oproep tot vechtpartij".into();
        draft.reason = "Jongere vertelde het zelf".into();
        draft.alias_input = "Kevin".into();
        draft.age_band = Some(AgeBand::From16To17);
        let now = at("2026-11-23T10:00:00Z");
        let signal = draft.content(now);
        assert_eq!(signal.aliases, vec!["Kevin".to_owned()]);
        assert_eq!(signal.reason, "Jongere vertelde het zelf");

        draft.kind = EntryKind::Trend;
        let trend = draft.content(now);
        assert!(trend.aliases.is_empty() && trend.reason.is_empty() && trend.age_band.is_none());
        assert_eq!(
            draft.alias_input, "Kevin",
            "the draft itself keeps what was typed"
        );
    }

    #[test]
    fn the_observed_field_is_read_in_amsterdam_time() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        let now = at("2026-11-23T10:00:00Z");
        assert_eq!(draft.observed_at(now), Some(now), "empty means now");
        draft.observed = "2026-11-22T23:30".into();
        assert_eq!(draft.observed_at(now), Some(at("2026-11-22T22:30:00Z")));
        draft.observed = "gisteren".into();
        assert_eq!(draft.observed_at(now), None);
    }

    #[test]
    fn an_untouched_observed_field_keeps_the_exact_instant_of_an_edited_entry() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        let exact = at("2026-11-20T08:15:42Z");
        draft.observed = local_input(exact);
        draft.original_observed = Some((draft.observed.clone(), exact));
        assert_eq!(draft.observed_at(Utc::now()), Some(exact));
    }

    #[test]
    fn a_draft_with_only_defaults_is_blank() {
        let mut draft = Draft::new(EntryKind::Trend, Defaults::default());
        assert!(draft.is_blank());
        draft.text = "  ".into();
        assert!(draft.is_blank());
        draft.text = "x".into();
        assert!(!draft.is_blank());
    }
}

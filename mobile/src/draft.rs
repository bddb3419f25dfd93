//! A capture or edit in progress, as the form holds it, and its conversion to the core's
//! [`EntryContent`]. Converting is plain mapping; validation is the core's job.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use leefwereld_core::{Attachment, Entry, EntryContent, EntryKind, SourceType, Urgency};

use crate::state::Defaults;

/// The format of an `<input type="datetime-local">` value.
const LOCAL_INPUT: &str = "%Y-%m-%dT%H:%M";

/// What the worker has typed and chosen so far: the core's own [`EntryContent`] (so no field
/// of it is lost between the form and the core, an order reference or a justification
/// included), plus what only the form holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub content: EntryContent,
    /// An alias typed but not yet added; it is added when the entry is saved.
    pub alias_input: String,
    /// When it was seen, as the date-time field shows it (Amsterdam time); empty means "now".
    pub observed: String,
    /// The stored instant of an edited entry and how the field showed it, so an untouched
    /// field keeps the exact instant.
    original_observed: Option<(String, DateTime<Utc>)>,
    /// Files to add when saving.
    pub attachments: Vec<Attachment>,
    /// Whether the worker chose the source: a signal's source is never pre-selected (the
    /// transparency reminder depends on it).
    pub source_chosen: bool,
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
            observed: String::new(),
            original_observed: None,
            attachments: Vec::new(),
            source_chosen: false,
        }
    }

    /// The draft of an edit: the entry's current content, every field of it, no new files.
    pub fn from_entry(entry: &Entry) -> Draft {
        let observed = local_input(entry.content.observed_at);
        Draft {
            content: entry.content.clone(),
            alias_input: String::new(),
            observed: observed.clone(),
            original_observed: Some((observed, entry.content.observed_at)),
            attachments: Vec::new(),
            source_chosen: true,
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

    /// Whether saving must wait for the worker to choose the source.
    pub fn needs_source(&self) -> bool {
        self.content.kind == EntryKind::Signaal && !self.source_chosen
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
        // Empty optional texts are no reference and no justification.
        for field in [&mut content.order_reference, &mut content.justification] {
            if field.as_deref().is_some_and(|t| t.trim().is_empty()) {
                *field = None;
            }
        }
        if content.kind != EntryKind::Signaal {
            content.reason.clear();
            content.aliases.clear();
            content.age_band = None;
        }
        content
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

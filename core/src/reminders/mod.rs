//! Transparency reminders: a small rule engine (`rules.rs`, pure) over the index and the
//! sharing state.
//!
//! - after a signal from direct contact with a young person: be open about what you note;
//! - before sharing a signal: inform the young person, unless a safety exception is recorded;
//! - entries nearing the end of their retention;
//! - every 30 days: the AVG principles.
//!
//! A reminder can be acknowledged (written to the audit log) or snoozed.

use chrono::{DateTime, Duration, Utc};
use leefwereld_locales::{Arg, Lang, tr, tr_args};
use serde::{Deserialize, Serialize};

mod rules;

use rules::{EntryFacts, Handled};

use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::model::{EntryId, EntryKind};
use crate::share::state::SharingState;
use crate::store::REMINDERS;
use crate::store::sealed::{JsonRecord, Part, SealedTable};
use crate::time::display_date;

/// How often the AVG principles come back.
pub const AVG_CYCLE_DAYS: i64 = 30;
/// The longest snooze.
pub const SNOOZE_MAX_DAYS: i64 = 30;

code_enum! {
    /// The rules of the reminder engine.
    ReminderKind, "reminder" {
        Transparency = "transparency",
        InformBeforeShare = "inform-before-share",
        NearingExpiry = "nearing-expiry",
        AvgPrinciples = "avg-principles",
    }
}

impl ReminderKind {
    /// Whether the reminder asks to inform the young person. It stays open until the informing
    /// (or a safety exception) is recorded with the entry's sharing state, which the share
    /// screen does.
    pub fn is_about_informing(self) -> bool {
        matches!(self, Self::Transparency | Self::InformBeforeShare)
    }
}

/// An open reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// Stable id, used to acknowledge or snooze.
    pub id: ReminderId,
    pub kind: ReminderKind,
    pub entry: Option<EntryId>,
    pub due: DateTime<Utc>,
    /// For `NearingExpiry`: when the entry is purged.
    pub expires_at: Option<DateTime<Utc>>,
}

impl Reminder {
    pub fn title(&self, lang: Lang) -> String {
        tr(lang, &format!("reminder-{}", self.kind.code()))
    }

    pub fn body(&self, lang: Lang) -> String {
        let date = self
            .expires_at
            .map(|at| display_date(crate::time::local_date(at), lang))
            .unwrap_or_default();
        tr_args(
            lang,
            &format!("reminder-{}-body", self.kind.code()),
            &[("date", Arg::from(date))],
        )
    }
}

/// Acknowledgements and snoozes, under a keyed hash of the reminder's id.
const REMINDER_TABLE: SealedTable<u64, Handled> = SealedTable::new(REMINDERS, Part::Reminders);

impl JsonRecord for Handled {}

/// Which reminder: its rule and, for a reminder about an entry, that entry. Written
/// `kind` or `kind:entry-id` (the form callers outside Rust pass back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ReminderId {
    pub kind: ReminderKind,
    pub entry: Option<EntryId>,
}

impl ReminderId {
    pub fn new(kind: ReminderKind, entry: Option<EntryId>) -> ReminderId {
        ReminderId { kind, entry }
    }
}

impl std::fmt::Display for ReminderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.entry {
            Some(entry) => write!(f, "{}:{entry}", self.kind.code()),
            None => f.write_str(self.kind.code()),
        }
    }
}

impl std::str::FromStr for ReminderId {
    type Err = Error;

    /// Parses the written form; anything else names no reminder ([`Error::ReminderNotFound`]).
    fn from_str(text: &str) -> Result<ReminderId> {
        let text = text.trim();
        let (kind, entry) = match text.split_once(':') {
            Some((kind, entry)) => (
                kind,
                Some(entry.parse().map_err(|_| Error::ReminderNotFound)?),
            ),
            None => (text, None),
        };
        let kind = ReminderKind::from_code(kind).ok_or(Error::ReminderNotFound)?;
        // Only the AVG principles stand without an entry; every other reminder is about one.
        if entry.is_none() != (kind == ReminderKind::AvgPrinciples) {
            return Err(Error::ReminderNotFound);
        }
        Ok(ReminderId { kind, entry })
    }
}

impl From<ReminderId> for String {
    fn from(id: ReminderId) -> String {
        id.to_string()
    }
}

impl TryFrom<String> for ReminderId {
    type Error = Error;

    fn try_from(text: String) -> Result<ReminderId> {
        text.parse()
    }
}

vault_handle!(
    /// The open transparency reminders, to acknowledge or snooze.
    Reminders,
    reminders
);

impl Reminders<'_> {
    /// The reminders that are due and neither acknowledged nor snoozed, oldest first.
    pub fn list(&self) -> Result<Vec<Reminder>> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let reader = session.reader(db)?;
        // A state that cannot be read counts as none: the reminder shows again, which is the
        // safe side.
        let handled = |id: &ReminderId| -> Handled {
            reader
                .get(
                    &REMINDER_TABLE,
                    session.keys.bucket(&format!("reminder:{id}")),
                )
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        let entries: Vec<EntryFacts> = session
            .index
            .rows()
            .map(|row| {
                let id = row.id();
                // Only a signal's sharing state matters to the rules.
                let state = if row.kind == EntryKind::Signaal {
                    SharingState::load(&reader, id).unwrap_or_default()
                } else {
                    SharingState::default()
                };
                EntryFacts {
                    id,
                    kind: row.kind,
                    source_type: row.source_type,
                    recorded: row.recorded(),
                    expires_at: crate::vault::records::expiry(
                        row.recorded(),
                        &session.settings,
                        row.kind,
                    ),
                    informed: state.transparency.is_some() || state.safety_exception.is_some(),
                    consent_active: state.consent.as_ref().map(|c| c.is_active()),
                }
            })
            .collect();
        let warning = Duration::days(i64::from(session.settings.expiry_warning_days));
        let avg = handled(&ReminderId::new(ReminderKind::AvgPrinciples, None));
        let raised = rules::raised(&entries, avg.acknowledged_at, warning, now);
        Ok(rules::open(raised, handled, now))
    }

    fn update_reminder(
        &self,
        id: ReminderId,
        change: impl FnOnce(&mut Handled, DateTime<Utc>),
        audit: bool,
    ) -> Result<()> {
        let ReminderId { kind, entry } = id;
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let key = session.keys.bucket(&format!("reminder:{id}"));
        let mut state: Handled = session
            .reader(db)?
            .get(&REMINDER_TABLE, key)
            .ok()
            .flatten()
            .unwrap_or_default();
        change(&mut state, now);
        let mut tx = session.begin(db)?;
        tx.put(&REMINDER_TABLE, key, &state)?;
        if audit {
            tx.audit(NewRecord {
                at: now,
                action: AuditAction::ReminderAcknowledged,
                entry,
                reason: format!("reminder:{kind}"),
            })?;
        }
        tx.commit()
    }

    /// Marks a reminder as read and acted on; the AVG reminder comes back after 30 days.
    pub fn acknowledge(&self, id: ReminderId) -> Result<()> {
        self.update_reminder(
            id,
            |state, now| {
                state.acknowledged_at = Some(now);
                state.snoozed_until = None;
            },
            true,
        )
    }

    /// Hides a reminder until `until` (at most 30 days ahead).
    pub fn snooze(&self, id: ReminderId, until: DateTime<Utc>) -> Result<()> {
        self.update_reminder(
            id,
            |state, now| {
                state.snoozed_until = Some(until.min(now + Duration::days(SNOOZE_MAX_DAYS)))
            },
            false,
        )
    }
}

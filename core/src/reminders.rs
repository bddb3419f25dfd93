//! Transparency reminders: a small rule engine over the index and the sharing state.
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

use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::model::{EntryId, EntryKind, SourceType};
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
const REMINDER_TABLE: SealedTable<u64, ReminderState> =
    SealedTable::new(REMINDERS, Part::Reminders);

impl JsonRecord for ReminderState {}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct ReminderState {
    acknowledged_at: Option<DateTime<Utc>>,
    snoozed_until: Option<DateTime<Utc>>,
}

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
        let state_of = |id: &ReminderId| -> ReminderState {
            reader
                .get(
                    &REMINDER_TABLE,
                    session.keys.bucket(&format!("reminder:{id}")),
                )
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        let warning = Duration::days(i64::from(session.settings.expiry_warning_days));
        let mut candidates = Vec::new();
        for row in session.index.rows() {
            let id = row.id();
            let Some(expires_at) =
                crate::vault::records::expiry(row.recorded(), &session.settings, row.kind)
            else {
                continue;
            };
            if expires_at - now <= warning {
                candidates.push(Reminder {
                    id: ReminderId::new(ReminderKind::NearingExpiry, Some(id)),
                    kind: ReminderKind::NearingExpiry,
                    entry: Some(id),
                    due: expires_at.checked_sub_signed(warning).unwrap_or(expires_at),
                    expires_at: Some(expires_at),
                });
            }
            if row.kind != EntryKind::Signaal {
                continue;
            }
            let state = SharingState::load(&reader, id).unwrap_or_default();
            if state.transparency.is_some() || state.safety_exception.is_some() {
                continue;
            }
            let kind = match (&state.consent, row.source_type) {
                (Some(consent), _) if consent.is_active() => Some(ReminderKind::InformBeforeShare),
                (None, SourceType::DirectContact) => Some(ReminderKind::Transparency),
                _ => None,
            };
            if let Some(kind) = kind {
                candidates.push(Reminder {
                    id: ReminderId::new(kind, Some(id)),
                    kind,
                    entry: Some(id),
                    due: row.recorded(),
                    expires_at: None,
                });
            }
        }
        let avg_state = state_of(&ReminderId::new(ReminderKind::AvgPrinciples, None));
        let avg_due = avg_state
            .acknowledged_at
            .and_then(|at| at.checked_add_signed(Duration::days(AVG_CYCLE_DAYS)))
            .unwrap_or(now);
        candidates.push(Reminder {
            id: ReminderId::new(ReminderKind::AvgPrinciples, None),
            kind: ReminderKind::AvgPrinciples,
            entry: None,
            due: avg_due,
            expires_at: None,
        });
        let mut open: Vec<Reminder> = candidates
            .into_iter()
            .filter(|r| r.due <= now)
            .filter(|r| {
                let state = state_of(&r.id);
                let acknowledged =
                    r.kind != ReminderKind::AvgPrinciples && state.acknowledged_at.is_some();
                let snoozed = state.snoozed_until.is_some_and(|until| until > now);
                !acknowledged && !snoozed
            })
            .collect();
        open.sort_by_key(|r| (r.due, r.id.to_string()));
        Ok(open)
    }

    fn update_reminder(
        &self,
        id: ReminderId,
        change: impl FnOnce(&mut ReminderState, DateTime<Utc>),
        audit: bool,
    ) -> Result<()> {
        let ReminderId { kind, entry } = id;
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let key = session.keys.bucket(&format!("reminder:{id}"));
        let mut state: ReminderState = session
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

//! Transparency reminders: the open ones, acknowledging and snoozing.

use leefwereld_core as lw;

use crate::types::{ReminderKind, from_ms, to_ms};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// An open reminder with its texts in the vault's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Reminder {
    /// Pass this to `acknowledge_reminder` or `snooze_reminder`.
    pub id: String,
    pub kind: ReminderKind,
    /// The entry it is about, if any.
    pub entry: Option<String>,
    pub due_ms: i64,
    /// For a reminder about retention: when the entry is purged.
    pub expires_at_ms: Option<i64>,
    pub title: String,
    pub body: String,
}

#[uniffi::export]
impl Vault {
    /// The reminders that are due and neither acknowledged nor snoozed, oldest first.
    pub fn reminders(&self) -> Result<Vec<Reminder>, LeefwereldError> {
        let lang = self.inner.language();
        let reminders = self.call(self.inner.reminders().list())?;
        Ok(reminders
            .into_iter()
            .map(|r| Reminder {
                title: r.title(lang),
                body: r.body(lang),
                id: r.id.to_string(),
                kind: r.kind,
                entry: r.entry.map(|id| id.to_string()),
                due_ms: to_ms(r.due),
                expires_at_ms: r.expires_at.map(to_ms),
            })
            .collect())
    }

    /// Marks a reminder as read and acted on (audited); the AVG reminder comes back after 30
    /// days. An unknown id raises `ReminderNotFound`.
    pub fn acknowledge_reminder(&self, id: String) -> Result<(), LeefwereldError> {
        self.call(
            self.inner
                .check_unlocked()
                .and_then(|()| id.parse::<lw::ReminderId>())
                .and_then(|id| self.inner.reminders().acknowledge(id)),
        )
    }

    /// Hides a reminder until `until_ms` (at most 30 days ahead).
    pub fn snooze_reminder(&self, id: String, until_ms: i64) -> Result<(), LeefwereldError> {
        let until = self.arg(from_ms(until_ms, "until_ms"))?;
        self.call(
            self.inner
                .check_unlocked()
                .and_then(|()| id.parse::<lw::ReminderId>())
                .and_then(|id| self.inner.reminders().snooze(id, until)),
        )
    }
}

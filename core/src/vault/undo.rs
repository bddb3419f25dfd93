//! Undoing a delete: for ten seconds after a worker deletes an entry that was never shared, the
//! unlocked vault keeps it in memory only (never on disk) so that a slip of the thumb can be
//! taken back. Locking, a second delete or the ten seconds passing forget it. An entry that was
//! shared cannot come back this way: its copies at the municipality are being withdrawn.

use chrono::{DateTime, Duration, Utc};

use super::entries::Entries;
use super::records::{ATTACHMENT_TABLE, StoredEntry};
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::model::{Attachment, Entry, EntryId, ShareStatus};

/// How long a deleted entry can be brought back.
pub const UNDO_SECONDS: i64 = 10;

/// A deleted entry as it was, held in the unlocked session's memory.
pub(crate) struct Deleted {
    stored: StoredEntry,
    files: Vec<(u32, Attachment)>,
    deleted_at: DateTime<Utc>,
}

impl Entries<'_> {
    /// Deletes an entry (audited, at once) and keeps it in memory for [`UNDO_SECONDS`] so that
    /// [`Entries::undo_delete`] can bring it back; returns whether it can be undone (not for an
    /// entry that was shared).
    pub fn delete_undoable(&self, id: EntryId) -> Result<bool> {
        let mut guard = self.guard();
        let now = guard.now;
        let stored = guard.stored(id)?;
        let kept = if stored.share == ShareStatus::NotShared {
            let (db, session) = guard.unlocked()?;
            let reader = session.reader(db)?;
            let mut files = Vec::with_capacity(stored.attachments.len());
            for info in &stored.attachments {
                let bytes = reader
                    .get(&ATTACHMENT_TABLE, (id.as_u128(), info.number))
                    .map_err(|e| e.about_entry(id))?
                    .ok_or(Error::EntryDamaged(id))?;
                files.push((
                    info.number,
                    Attachment {
                        name: info.name.clone(),
                        media_type: info.media_type.clone(),
                        bytes: bytes.0.to_vec(),
                    },
                ));
            }
            Some(Deleted {
                stored,
                files,
                deleted_at: now,
            })
        } else {
            None
        };
        guard.remove_entries(&[id], AuditAction::Delete, "user-request")?;
        let undoable = kept.is_some();
        guard.unlocked()?.1.recently_deleted = kept;
        Ok(undoable)
    }

    /// Brings back the entry deleted last, within [`UNDO_SECONDS`] and before the vault
    /// locked: the same id, content, attachments and recording time (so retention is
    /// unchanged), audited as restored. Anything else is [`Error::NothingToUndo`].
    pub fn undo_delete(&self, id: EntryId) -> Result<Entry> {
        let mut guard = self.guard();
        let now = guard.now;
        let session = guard.unlocked()?.1;
        let deleted = session
            .recently_deleted
            .take()
            .filter(|d| d.stored.id == id)
            .filter(|d| now - d.deleted_at <= Duration::seconds(UNDO_SECONDS))
            .ok_or(Error::NothingToUndo)?;
        if session.index.get(id).is_some() {
            return Err(Error::NothingToUndo);
        }
        let Deleted {
            mut stored, files, ..
        } = deleted;
        stored.updated_at = now;
        let files: Vec<(u32, &Attachment)> = files.iter().map(|(n, a)| (*n, a)).collect();
        let record = NewRecord {
            at: now,
            action: AuditAction::Create,
            entry: Some(id),
            reason: format!(
                "restored-after-delete;kind:{};source:{}",
                stored.content.kind, stored.content.source_type
            ),
        };
        guard.put_entry(&stored, None, &files, &[], vec![record], None)?;
        let settings = guard.unlocked()?.1.settings.clone();
        stored.to_entry(&settings)
    }
}

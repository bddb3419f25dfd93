//! Notes made while the vault is locked: a worker on a bus writes a note without unlocking.
//!
//! Encrypting needs only the vault's public recipient, so a note made on the lock screen is
//! sealed to it at once (no passphrase, no KDF) and kept in the pending area. Nothing about it
//! can be read back while locked — not the note, not a list; only how many wait. Because anyone
//! with the file and the public recipient could write such a record too, none joins the vault by
//! itself: after unlock the worker confirms each one (it then becomes an entry under the vault's
//! authenticated sealing, its audit record holding both times) or discards it.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use redb::{ReadableDatabase, ReadableTable, ReadableTableMetadata};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::audit::{AuditAction, NewRecord};
use crate::crypto;
use crate::error::{Error, Result};
use crate::model::{Attachment, Entry, EntryContent};
use crate::store::PENDING_NOTES;

/// How many notes may wait: far above a day in the field, and it bounds what an attacker with
/// the file can make the worker wade through.
pub const PENDING_MAX: u32 = 100;

/// What a pending record holds once opened.
#[derive(Serialize, Deserialize)]
struct Sealed {
    noted_at: DateTime<Utc>,
    content: EntryContent,
    attachments: Vec<SealedAttachment>,
}

#[derive(Serialize, Deserialize)]
struct SealedAttachment {
    name: String,
    media_type: String,
    /// Base64 of the bytes.
    bytes: String,
}

/// A note made while locked, as the confirmation screen shows it after unlock.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq)]
pub struct PendingNote {
    /// Pass to [`Pending::confirm`] or [`Pending::discard`].
    pub id: String,
    /// When it was noted, as the record says (not authenticated).
    #[cfg_attr(feature = "ffi", uniffi(name = "noted_at_ms"))]
    pub noted_at: Option<DateTime<Utc>>,
    /// `None` when the record cannot be opened or read: it can only be discarded.
    pub content: Option<EntryContent>,
    pub attachment_count: u32,
}

/// The largest pending record opened: a note with every attachment the core allows (base64
/// grows them by a third), and room for the text. A larger one was not written by this app and
/// is only shown as unreadable, never decrypted into memory.
const PENDING_RECORD_MAX_BYTES: usize = {
    use crate::model::limits::{ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX};
    ATTACHMENTS_MAX * ATTACHMENT_BYTES_MAX / 3 * 4 + 1024 * 1024
};

/// The pending area for reading; `None` in a vault made before it existed.
fn pending_table(
    txn: &redb::ReadTransaction,
) -> Result<Option<redb::ReadOnlyTable<u128, &'static [u8]>>> {
    match txn.open_table(PENDING_NOTES) {
        Ok(table) => Ok(Some(table)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// Opens one stored pending record with the vault's identity; `None` when it is too large,
/// not addressed to this vault, or not a note.
fn open_sealed(keys: &crate::crypto::Keys, stored: &[u8]) -> Option<Sealed> {
    if stored.len() > PENDING_RECORD_MAX_BYTES {
        return None;
    }
    let plain = keys.open_addressed(stored)?;
    serde_json::from_slice(&plain).ok()
}

fn parse_id(id: &str) -> Result<u128> {
    u128::from_str_radix(id.trim(), 16).map_err(|_| Error::PendingNotFound)
}

vault_handle!(
    /// Notes made on the lock screen, sealed to the vault's public recipient until the worker confirms them after unlock.
    Pending,
    pending
);

impl Pending<'_> {
    /// Keeps a note made on the lock screen, sealed to the vault's public recipient. Works
    /// whether the vault is locked or not, and is durable when it returns.
    pub fn capture(&self, content: EntryContent, attachments: Vec<Attachment>) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        super::entries::check_new(&content, &attachments, now)?;
        let sealed = Sealed {
            noted_at: now,
            content,
            attachments: attachments
                .iter()
                .map(|a| SealedAttachment {
                    name: a.name.clone(),
                    media_type: a.media_type.clone(),
                    bytes: STANDARD.encode(&a.bytes),
                })
                .collect(),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&sealed).map_err(Error::storage)?);
        let open = guard.open()?;
        let bytes = crypto::seal_to(&open.recipient, &plain)?;
        let txn = open.db.begin_write()?;
        {
            let mut table = txn.open_table(PENDING_NOTES)?;
            if table.len()? >= u64::from(PENDING_MAX) {
                return Err(Error::PendingFull { max: PENDING_MAX });
            }
            let key = u128::from_be_bytes(crypto::random_bytes());
            table.insert(key, bytes.as_slice())?;
        }
        txn.commit()?;
        Ok(())
    }

    /// How many notes made while locked wait for confirmation: all the lock screen may say.
    pub fn count(&self) -> Result<u32> {
        let mut guard = self.guard();
        let open = guard.open()?;
        let txn = open.db.begin_read()?;
        match pending_table(&txn)? {
            Some(table) => Ok(u32::try_from(table.len()?).unwrap_or(u32::MAX)),
            None => Ok(0),
        }
    }

    /// The notes made while locked, oldest first, for the worker to confirm or discard.
    pub fn list(&self) -> Result<Vec<PendingNote>> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let txn = db.begin_read()?;
        let Some(table) = pending_table(&txn)? else {
            return Ok(Vec::new());
        };
        let mut notes = Vec::new();
        for item in table.iter()? {
            let (key, value) = item?;
            let sealed = open_sealed(&session.keys, value.value());
            notes.push(PendingNote {
                id: format!("{:032x}", key.value()),
                noted_at: sealed.as_ref().map(|s| s.noted_at.min(now)),
                attachment_count: sealed.as_ref().map_or(0, |s| {
                    // A record holds at most a few attachments; a count past u32 is not one.
                    u32::try_from(s.attachments.len()).unwrap_or(u32::MAX)
                }),
                content: sealed.map(|s| s.content),
            });
        }
        notes.sort_by_key(|n| n.noted_at);
        Ok(notes)
    }

    /// Makes a note made while locked an entry, as if captured now (validation and role frames
    /// run now, with the profile), keeping when it was noted. The pending record goes in the
    /// same commit.
    pub fn confirm(&self, id: &str) -> Result<Entry> {
        let key = parse_id(id)?;
        let sealed = self.open_pending(key)?.ok_or(Error::PendingNotFound)?;
        let attachments = sealed
            .attachments
            .into_iter()
            .map(|a| {
                Ok(Attachment {
                    name: a.name,
                    media_type: a.media_type,
                    bytes: STANDARD
                        .decode(a.bytes)
                        .map_err(|_| Error::PendingNotFound)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        self.vault
            .entries()
            .capture_as(sealed.content, attachments, Some((key, sealed.noted_at)))
    }

    /// Destroys a note made while locked, unread or unreadable.
    pub fn discard(&self, id: &str) -> Result<()> {
        let key = parse_id(id)?;
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        if !tx.remove_pending_note(key)? {
            return Err(Error::PendingNotFound);
        }
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::Delete,
            entry: None,
            reason: "noted-while-locked-discarded".into(),
        })?;
        tx.commit()
    }

    fn open_pending(&self, key: u128) -> Result<Option<Sealed>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let txn = db.begin_read()?;
        let Some(table) = pending_table(&txn)? else {
            return Ok(None);
        };
        let Some(value) = table.get(key)? else {
            return Ok(None);
        };
        Ok(open_sealed(&session.keys, value.value()))
    }
}

//! Capture, edit, delete, read and list entries, and purge expired ones.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Guard;
use super::records::{
    ATTACHMENT_TABLE, ENTRY_TABLE, REVISION_TABLE, StoredEntry, preview, summary,
};
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::model::validate_attachments;
use crate::model::{
    Attachment, AttachmentInfo, Entry, EntryContent, EntryId, EntryKind, EntrySummary, Invalid,
    Platform, ShareStatus, Theme,
};
use crate::store::index::Row;
use crate::store::sealed::{Bytes, Reader};
use crate::text::contains_folded;
use crate::time::IsoWeek;

/// Which entries a list shows. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListFilter {
    pub kind: Option<EntryKind>,
    pub theme: Option<Theme>,
    pub platform: Option<Platform>,
    pub week: Option<IsoWeek>,
    pub share_status: Option<ShareStatus>,
    /// Words to find in the text, reason, neighbourhood or aliases (case- and
    /// diacritics-insensitive). Searching decrypts candidates, newest first, until the page is
    /// full.
    pub search: Option<String>,
}

impl ListFilter {
    fn admits(&self, row: &Row) -> bool {
        self.kind.is_none_or(|k| row.kind == k)
            && self.theme.is_none_or(|t| row.theme == t)
            && self.platform.is_none_or(|p| row.platform == p)
            && self.share_status.is_none_or(|s| row.share == s)
            && self.week.is_none_or(|w| row.week() == w)
    }

    fn search_terms(&self) -> Option<&str> {
        self.search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// A page of the entry list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryPage {
    pub items: Vec<EntrySummary>,
    /// Entries matching the filter in all, when known without decrypting (no search words).
    pub total: Option<u64>,
    /// Whether there are more matching entries after this page.
    pub has_more: bool,
    /// Entries that matched the filter but could not be decrypted; reported, never hidden.
    pub damaged: Vec<EntryId>,
}

fn matches_search(stored: &StoredEntry, words: &str) -> bool {
    let content = &stored.content;
    words.split_whitespace().all(|word| {
        contains_folded(&content.text, word)
            || contains_folded(&content.reason, word)
            || contains_folded(&content.neighbourhood, word)
            || content.aliases.iter().any(|a| contains_folded(a, word))
    })
}

/// Opens the current revision of an entry for a list, `None` when it cannot be read.
fn open_listed(
    reader: &Reader<'_>,
    row: &Row,
    damaged: &std::collections::HashSet<u128>,
) -> Option<StoredEntry> {
    if damaged.contains(&row.id) {
        return None;
    }
    reader
        .get(&ENTRY_TABLE, row.id)
        .ok()
        .flatten()
        .filter(|stored| stored.id == row.id() && stored.revision == row.revision)
}

impl Guard<'_> {
    /// Reads and decrypts the current revision of an entry.
    pub(crate) fn stored(&mut self, id: EntryId) -> Result<StoredEntry> {
        let (db, session) = self.unlocked()?;
        session.check_entry(id)?;
        let stored = session
            .reader(db)?
            .get(&ENTRY_TABLE, id.as_u128())
            .map_err(|e| e.about_entry(id))?
            .ok_or(Error::EntryNotFound(id))?;
        if stored.id != id {
            return Err(Error::EntryDamaged(id));
        }
        Ok(stored)
    }

    /// Writes a new state of an entry together with its index row and audit records; the
    /// revision it replaces (if any) is kept, attachments in `removed` are dropped.
    pub(crate) fn put_entry(
        &mut self,
        stored: &StoredEntry,
        previous: Option<&StoredEntry>,
        attachments: &[(u32, &Attachment)],
        removed: &[u32],
        records: Vec<NewRecord>,
        pending: Option<u128>,
    ) -> Result<()> {
        let (db, session) = self.unlocked()?;
        let mut tx = session.begin(db)?;
        if let Some(key) = pending
            && !tx.remove_pending_note(key)?
        {
            return Err(Error::PendingNotFound);
        }
        let key = stored.id.as_u128();
        tx.put(&ENTRY_TABLE, key, stored)?;
        if let Some(old) = previous {
            tx.put(&REVISION_TABLE, (key, old.revision), old)?;
        }
        for (number, attachment) in attachments {
            let bytes = Bytes(zeroize::Zeroizing::new(attachment.bytes.clone()));
            tx.put(&ATTACHMENT_TABLE, (key, *number), &bytes)?;
        }
        for number in removed {
            tx.remove(&ATTACHMENT_TABLE, (key, *number))?;
        }
        let row = stored.row(&tx.session.keys, tx.version());
        tx.index_upsert(row);
        for record in records {
            tx.audit(record)?;
        }
        tx.commit()?;
        self.unlocked()?.1.damaged.remove(&key);
        Ok(())
    }

    /// Removes entries with everything that belongs to them, in one commit with their audit
    /// records.
    pub(crate) fn remove_entries(
        &mut self,
        ids: &[EntryId],
        action: AuditAction,
        reason: &str,
    ) -> Result<u32> {
        let now = self.now;
        let (db, session) = self.unlocked()?;
        let mut tx = session.begin(db)?;
        let mut count = 0;
        for id in ids {
            let key = id.as_u128();
            let existed = tx.remove(&ENTRY_TABLE, key)?;
            tx.remove_range(&REVISION_TABLE, (key, 0)..=(key, u32::MAX))?;
            tx.remove_range(&ATTACHMENT_TABLE, (key, 0)..=(key, u32::MAX))?;
            tx.index_remove(*id);
            if existed {
                count += 1;
                tx.audit(NewRecord {
                    at: now,
                    action,
                    entry: Some(*id),
                    reason: reason.to_owned(),
                })?;
            }
        }
        tx.commit()?;
        let session = self.unlocked()?.1;
        for id in ids {
            session.damaged.remove(&id.as_u128());
        }
        Ok(count)
    }
}

/// What a new entry must meet before anything else runs (the lock screen's notes included).
pub(super) fn check_new(
    content: &EntryContent,
    attachments: &[Attachment],
    now: DateTime<Utc>,
) -> Result<()> {
    let mut problems = content.problems(now, true);
    problems.extend(validate_attachments(attachments, 0));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

fn attachment_infos(
    attachments: &[Attachment],
    first_number: u32,
) -> (Vec<AttachmentInfo>, Vec<(u32, &Attachment)>) {
    attachments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let number = first_number + i as u32;
            let info = AttachmentInfo {
                number,
                name: a.name.trim().to_owned(),
                media_type: a.media_type.trim().to_owned(),
                size: a.bytes.len() as u64,
            };
            (info, (number, a))
        })
        .unzip()
}

vault_handle!(
    /// The entries: capture, edit, read, list, delete, and the role frames that guard them.
    Entries,
    entries
);

impl Entries<'_> {
    /// Stores a new entry. Returns once it is durable: a crash after this loses nothing.
    pub fn capture(&self, content: EntryContent, attachments: Vec<Attachment>) -> Result<Entry> {
        self.capture_as(content, attachments, None)
    }

    /// Stores a new entry; with `pending`, one that was noted while the vault was locked (its
    /// key and the time it was noted), which leaves the pending area in the same commit.
    pub(crate) fn capture_as(
        &self,
        content: EntryContent,
        attachments: Vec<Attachment>,
        pending: Option<(u128, DateTime<Utc>)>,
    ) -> Result<Entry> {
        let mut guard = self.guard();
        let now = guard.now;
        check_new(&content, &attachments, now)?;
        let overridden = guard.enforce_frames(&content, None)?;
        let (infos, files) = attachment_infos(&attachments, 1);
        let recorded_at = pending.map_or(now, |(_, noted)| noted.min(now));
        let stored = StoredEntry {
            id: EntryId::random(),
            revision: 1,
            recorded_at,
            updated_at: now,
            next_attachment: infos.len() as u32 + 1,
            attachments: infos,
            content,
            share: ShareStatus::NotShared,
        };
        let mut reason = format!(
            "kind:{};source:{}",
            stored.content.kind, stored.content.source_type
        );
        if let Some((_, noted)) = pending {
            // Both times: when it was noted (locked) and when it was confirmed (this record).
            reason.push_str(&format!(";noted-while-locked:{}", noted.to_rfc3339()));
        }
        let mut records = vec![NewRecord {
            at: now,
            action: AuditAction::Create,
            entry: Some(stored.id),
            reason,
        }];
        records.extend(overridden.into_iter().map(|rule| NewRecord {
            at: now,
            action: AuditAction::FrameOverride,
            entry: Some(stored.id),
            reason: format!("frame:{rule}"),
        }));
        guard.put_entry(
            &stored,
            None,
            &files,
            &[],
            records,
            pending.map(|(key, _)| key),
        )?;
        let settings = guard.unlocked()?.1.settings.clone();
        stored.to_entry(&settings)
    }

    /// Stores many entries in one durable commit (an import); every entry is validated first
    /// and nothing is stored when any is invalid. Returns the new ids in input order.
    pub fn capture_batch(&self, contents: Vec<EntryContent>) -> Result<Vec<EntryId>> {
        let mut guard = self.guard();
        let now = guard.now;
        let problems: Vec<Invalid> = contents
            .iter()
            .flat_map(|c| c.problems(now, true))
            .collect();
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        // The role frames hold for an import as for one capture (hard rule 4).
        let mut overrides = Vec::with_capacity(contents.len());
        for content in &contents {
            overrides.push(guard.enforce_frames(content, None)?);
        }
        let (db, session) = guard.unlocked()?;
        let stored: Vec<StoredEntry> = contents
            .into_iter()
            .map(|content| StoredEntry {
                id: EntryId::random(),
                revision: 1,
                recorded_at: now,
                updated_at: now,
                next_attachment: 1,
                attachments: Vec::new(),
                content,
                share: ShareStatus::NotShared,
            })
            .collect();
        let mut tx = session.begin(db)?;
        for (entry, overridden) in stored.iter().zip(overrides) {
            tx.put(&ENTRY_TABLE, entry.id.as_u128(), entry)?;
            for rule in overridden {
                tx.audit(NewRecord {
                    at: now,
                    action: AuditAction::FrameOverride,
                    entry: Some(entry.id),
                    reason: format!("frame:{rule}"),
                })?;
            }
            let row = entry.row(&tx.session.keys, tx.version());
            tx.index_upsert(row);
            let reason = format!(
                "kind:{};source:{};import",
                entry.content.kind, entry.content.source_type
            );
            tx.audit(NewRecord {
                at: now,
                action: AuditAction::Create,
                entry: Some(entry.id),
                reason,
            })?;
        }
        tx.commit()?;
        Ok(stored.iter().map(|e| e.id).collect())
    }

    /// Changes an entry; the previous revision is kept. `new_attachments` are added to the
    /// existing ones.
    pub fn edit(
        &self,
        id: EntryId,
        content: EntryContent,
        new_attachments: Vec<Attachment>,
    ) -> Result<Entry> {
        let mut guard = self.guard();
        let now = guard.now;
        let old = guard.stored(id)?;
        let mut problems = content.problems(now, false);
        problems.extend(validate_attachments(
            &new_attachments,
            old.attachments.len(),
        ));
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        let overridden = guard.enforce_frames(&content, Some(id))?;
        let (infos, files) = attachment_infos(&new_attachments, old.next_attachment);
        let mut stored = old.clone();
        stored.revision += 1;
        stored.share = stored.share.after_edit();
        stored.updated_at = now;
        stored.content = content;
        stored.next_attachment += infos.len() as u32;
        stored.attachments.extend(infos);
        let mut records = vec![NewRecord {
            at: now,
            action: AuditAction::Edit,
            entry: Some(id),
            reason: format!("revision:{}", stored.revision),
        }];
        records.extend(overridden.into_iter().map(|rule| NewRecord {
            at: now,
            action: AuditAction::FrameOverride,
            entry: Some(id),
            reason: format!("frame:{rule}"),
        }));
        guard.put_entry(&stored, Some(&old), &files, &[], records, None)?;
        let settings = guard.unlocked()?.1.settings.clone();
        stored.to_entry(&settings)
    }

    /// Removes an attachment from an entry: a new revision without it, in one commit.
    pub fn remove_attachment(&self, id: EntryId, number: u32) -> Result<Entry> {
        let mut guard = self.guard();
        let now = guard.now;
        let old = guard.stored(id)?;
        let mut stored = old.clone();
        stored.attachments.retain(|a| a.number != number);
        if stored.attachments.len() == old.attachments.len() {
            return Err(Error::EntryNotFound(id));
        }
        stored.revision += 1;
        stored.share = stored.share.after_edit();
        stored.updated_at = now;
        let record = NewRecord {
            at: now,
            action: AuditAction::Edit,
            entry: Some(id),
            reason: format!("revision:{};attachment-removed", stored.revision),
        };
        guard.put_entry(&stored, Some(&old), &[], &[number], vec![record], None)?;
        let settings = guard.unlocked()?.1.settings.clone();
        stored.to_entry(&settings)
    }

    /// Deletes an entry, its revisions and attachments.
    pub fn delete(&self, id: EntryId) -> Result<()> {
        let mut guard = self.guard();
        if guard.unlocked()?.1.index.get(id).is_none() {
            return Err(Error::EntryNotFound(id));
        }
        guard.remove_entries(&[id], AuditAction::Delete, "user-request")?;
        Ok(())
    }

    /// The current revision of an entry.
    pub fn get(&self, id: EntryId) -> Result<Entry> {
        let mut guard = self.guard();
        let stored = guard.stored(id)?;
        let settings = guard.unlocked()?.1.settings.clone();
        stored.to_entry(&settings)
    }

    /// Earlier revisions of an entry, oldest first.
    pub fn revisions(&self, id: EntryId) -> Result<Vec<Entry>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        session.check_entry(id)?;
        let key = id.as_u128();
        session
            .reader(db)?
            .range(&REVISION_TABLE, (key, 0)..=(key, u32::MAX))
            .map_err(|e| e.about_entry(id))?
            .iter()
            .map(|stored| stored.to_entry(&session.settings))
            .collect()
    }

    /// The bytes of an attachment.
    pub fn attachment(&self, id: EntryId, number: u32) -> Result<Attachment> {
        let mut guard = self.guard();
        let stored = guard.stored(id)?;
        let info = stored
            .attachments
            .iter()
            .find(|a| a.number == number)
            .ok_or(Error::EntryNotFound(id))?
            .clone();
        let (db, session) = guard.unlocked()?;
        let bytes = session
            .reader(db)?
            .get(&ATTACHMENT_TABLE, (id.as_u128(), number))
            .map_err(|e| e.about_entry(id))?
            .ok_or(Error::EntryDamaged(id))?;
        Ok(Attachment {
            name: info.name,
            media_type: info.media_type,
            bytes: bytes.0.to_vec(),
        })
    }

    /// Entries newest first (by observation), filtered, `limit` from `offset`.
    pub fn list(&self, filter: &ListFilter, offset: usize, limit: usize) -> Result<EntryPage> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let reader = session.reader(db)?;
        let mut page = EntryPage::default();
        let candidates = session
            .index
            .newest_first()
            .filter(|row| filter.admits(row));
        match filter.search_terms() {
            None if *filter == ListFilter::default() => {
                // No filter: the total is known without walking the index.
                let total = session.index.len() as u64;
                for row in session.index.newest_first().skip(offset).take(limit) {
                    let opened = open_listed(&reader, row, &session.damaged);
                    match opened {
                        Some(stored) => page.items.push(summary(
                            row,
                            preview(&stored.content.text),
                            &session.settings,
                        )),
                        None => page.damaged.push(row.id()),
                    }
                }
                page.has_more =
                    total as usize > offset.saturating_add(page.items.len() + page.damaged.len());
                page.total = Some(total);
            }
            None => {
                let mut total = 0u64;
                for row in candidates {
                    total += 1;
                    if total as usize <= offset || page.items.len() >= limit {
                        continue;
                    }
                    let opened = open_listed(&reader, row, &session.damaged);
                    match opened {
                        Some(stored) => page.items.push(summary(
                            row,
                            preview(&stored.content.text),
                            &session.settings,
                        )),
                        None => page.damaged.push(row.id()),
                    }
                }
                page.has_more =
                    total as usize > offset.saturating_add(page.items.len() + page.damaged.len());
                page.total = Some(total);
            }
            Some(words) => {
                let mut matched = 0usize;
                for row in candidates {
                    let opened = open_listed(&reader, row, &session.damaged);
                    let Some(stored) = opened else {
                        page.damaged.push(row.id());
                        continue;
                    };
                    if !matches_search(&stored, words) {
                        continue;
                    }
                    matched += 1;
                    if matched <= offset {
                        continue;
                    }
                    if page.items.len() == limit {
                        page.has_more = true;
                        break;
                    }
                    page.items.push(summary(
                        row,
                        preview(&stored.content.text),
                        &session.settings,
                    ));
                }
            }
        }
        Ok(page)
    }

    /// How many entries the vault holds.
    pub fn count(&self) -> Result<u64> {
        let mut guard = self.guard();
        Ok(guard.unlocked()?.1.index.len() as u64)
    }

    /// Removes every entry whose retention has run out; returns how many. Runs at unlock; the
    /// app also calls it periodically.
    pub fn purge_expired(&self) -> Result<u32> {
        let mut guard = self.guard();
        let now = guard.now;
        let (_, session) = guard.unlocked()?;
        let settings = &session.settings;
        let expired: Vec<EntryId> = session
            .index
            .rows()
            .filter(|row| {
                super::records::expiry(row.recorded(), settings, row.kind)
                    .is_none_or(|at| at <= now)
            })
            .map(Row::id)
            .collect();
        if expired.is_empty() {
            return Ok(0);
        }
        guard.remove_entries(&expired, AuditAction::Purge, "retention")
    }
}

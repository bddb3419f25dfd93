//! The sealed records of the vault facade (entries, revisions, attachments, profile, settings,
//! device id), their tables, and how an entry maps to the public model and the index.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::crypto::Keys;
use crate::error::{Error, Result};
use crate::model::{AttachmentInfo, Entry, EntryContent, EntryId, EntrySummary, ShareStatus};
use crate::profile::{Profile, Settings};
use crate::store::index::Row;
use crate::store::sealed::{Bytes, JsonRecord, Part, SealedTable};
use crate::store::{ATTACHMENTS, ENTRIES, META, REVISIONS};

/// The current revision of each entry.
pub(crate) const ENTRY_TABLE: SealedTable<u128, StoredEntry> =
    SealedTable::new(ENTRIES, Part::Entries);
/// Earlier revisions, by (entry, revision).
pub(crate) const REVISION_TABLE: SealedTable<(u128, u32), StoredEntry> =
    SealedTable::new(REVISIONS, Part::Revisions);
/// Attachment bytes, by (entry, attachment number).
pub(crate) const ATTACHMENT_TABLE: SealedTable<(u128, u32), Bytes> =
    SealedTable::new(ATTACHMENTS, Part::Attachments);
/// The worker's profile (under `meta_keys::PROFILE`).
pub(crate) const PROFILE: SealedTable<&str, Profile> = SealedTable::new(META, Part::Settings);
/// The settings (under `meta_keys::SETTINGS`).
pub(crate) const SETTINGS: SealedTable<&str, Settings> = SealedTable::new(META, Part::Settings);
/// The pseudonymous device id (under `meta_keys::DEVICE`).
pub(crate) const DEVICE: SealedTable<&str, DeviceId> = SealedTable::new(META, Part::Settings);

/// The pseudonymous id of this installation (`lw-` and 12 hex digits).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct DeviceId(pub String);

impl JsonRecord for DeviceId {
    fn valid(&self) -> bool {
        self.0.len() == 15
            && self.0.starts_with("lw-")
            && self.0[3..].bytes().all(|b| b.is_ascii_hexdigit())
    }
}

impl JsonRecord for Profile {
    fn valid(&self) -> bool {
        self.validate().is_ok()
    }
}

impl JsonRecord for Settings {
    fn valid(&self) -> bool {
        self.validate().is_ok()
    }
}

/// What the `entries` table holds (sealed JSON) for one revision of an entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct StoredEntry {
    pub id: EntryId,
    pub revision: u32,
    pub recorded_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub content: EntryContent,
    pub attachments: Vec<AttachmentInfo>,
    /// The number the next attachment gets; numbers are never reused.
    pub next_attachment: u32,
    pub share: ShareStatus,
}

/// A stored entry is checked as it was at input: what could not have been saved is damage.
impl JsonRecord for StoredEntry {
    fn valid(&self) -> bool {
        self.revision >= 1
            && self.recorded_at <= self.updated_at
            && self.attachments.len() <= crate::model::limits::ATTACHMENTS_MAX
            && self
                .attachments
                .iter()
                .all(|a| a.number >= 1 && a.number < self.next_attachment)
            && self.content.problems(self.updated_at, false).is_empty()
    }
}

impl StoredEntry {
    /// The index row of this entry, whose value was written at `version`.
    pub fn row(&self, keys: &Keys, version: u64) -> Row {
        let mut aliases: Vec<u64> = self
            .content
            .aliases
            .iter()
            .map(|alias| keys.pseudonym(&crate::text::fold(alias)))
            .collect();
        aliases.sort_unstable();
        aliases.dedup();
        Row {
            id: self.id.as_u128(),
            revision: self.revision,
            version,
            kind: self.content.kind,
            theme: self.content.theme,
            platform: self.content.platform,
            source_type: self.content.source_type,
            urgency: self.content.urgency,
            observed_at: self.content.observed_at.timestamp(),
            recorded_at: self.recorded_at.timestamp(),
            neighbourhood: self.content.neighbourhood.trim().to_owned(),
            share: self.share,
            attachments: self.attachments.len() as u32,
            aliases,
        }
    }

    pub fn to_entry(&self, settings: &Settings) -> Result<Entry> {
        Ok(Entry {
            id: self.id,
            revision: self.revision,
            recorded_at: self.recorded_at,
            updated_at: self.updated_at,
            expires_at: expiry(self.recorded_at, settings, self.content.kind)
                .ok_or(Error::EntryDamaged(self.id))?,
            content: self.content.clone(),
            attachments: self.attachments.clone(),
            share_status: self.share,
        })
    }
}

/// When an entry recorded at `recorded_at` expires; `None` past the calendar's end.
pub(crate) fn expiry(
    recorded_at: DateTime<Utc>,
    settings: &Settings,
    kind: crate::model::EntryKind,
) -> Option<DateTime<Utc>> {
    recorded_at.checked_add_signed(settings.retention(kind))
}

/// Characters of text shown in the list.
pub(crate) const PREVIEW_CHARS: usize = 140;

pub(crate) fn summary(row: &Row, preview: String, settings: &Settings) -> EntrySummary {
    let recorded_at = row.recorded();
    EntrySummary {
        id: row.id(),
        revision: row.revision,
        kind: row.kind,
        theme: row.theme,
        platform: row.platform,
        source_type: row.source_type,
        urgency: row.urgency,
        neighbourhood: row.neighbourhood.clone(),
        observed_at: row.observed(),
        recorded_at,
        expires_at: expiry(recorded_at, settings, row.kind).unwrap_or(DateTime::<Utc>::MAX_UTC),
        week: row.week(),
        share_status: row.share,
        attachment_count: row.attachments,
        preview,
    }
}

pub(crate) fn preview(text: &str) -> String {
    let mut out: String = text.chars().take(PREVIEW_CHARS).collect();
    if text.chars().count() > PREVIEW_CHARS {
        out.push('…');
    }
    out
}

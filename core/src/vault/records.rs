//! The sealed record of an entry and how it maps to the public model and the index.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::Keys;
use crate::error::{Error, Result};
use crate::model::{AttachmentInfo, Entry, EntryContent, EntryId, EntrySummary, ShareStatus};
use crate::profile::Settings;
use crate::store::index::Row;

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

impl StoredEntry {
    pub fn seal(&self, keys: &Keys) -> Result<Vec<u8>> {
        let plain = Zeroizing::new(serde_json::to_vec(self).map_err(Error::storage)?);
        keys.seal(&plain)
    }

    /// `None` when the ciphertext is damaged or not of this vault.
    pub fn open(keys: &Keys, sealed: &[u8]) -> Option<StoredEntry> {
        let plain = keys.open(sealed)?;
        serde_json::from_slice(&plain).ok()
    }

    pub fn row(&self, keys: &Keys) -> Row {
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

    pub fn to_entry(&self, settings: &Settings) -> Entry {
        Entry {
            id: self.id,
            revision: self.revision,
            recorded_at: self.recorded_at,
            updated_at: self.updated_at,
            expires_at: self.recorded_at + settings.retention(self.content.kind),
            content: self.content.clone(),
            attachments: self.attachments.clone(),
            share_status: self.share,
        }
    }
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
        expires_at: recorded_at + settings.retention(row.kind),
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

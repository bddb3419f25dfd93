//! Entries: capture, edit, delete, read, revisions, attachments, the list, purge.

use leefwereld_core as lw;

use crate::types::{
    EntryKind, IsoWeek, Platform, ShareStatus, SourceType, Theme, Urgency, from_ms, position, to_ms,
};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// What the worker writes down, an entry as stored, and a file the worker adds: the core's own
/// records (derived in the core, component `leefwereld_core`; instants as `*_ms`).
pub use lw::{Attachment, Entry, EntryContent};

/// A trend with the core's defaults (open source, normal urgency): the three-tap capture.
#[uniffi::export]
pub fn trend_content(
    theme: Theme,
    platform: Platform,
    text: String,
    observed_at_ms: i64,
) -> Result<EntryContent, LeefwereldError> {
    let at = from_ms(observed_at_ms, "observed_at_ms")?;
    Ok(lw::EntryContent::trend(theme, platform, text, at))
}

/// A signal with its concrete reason, with the core's defaults for the other fields.
#[uniffi::export]
pub fn signal_content(
    theme: Theme,
    platform: Platform,
    source_type: SourceType,
    text: String,
    reason: String,
    observed_at_ms: i64,
) -> Result<EntryContent, LeefwereldError> {
    let at = from_ms(observed_at_ms, "observed_at_ms")?;
    let content = lw::EntryContent::signal(theme, platform, source_type, text, reason, at);
    Ok(content)
}

/// What the vault says about a stored attachment without reading its bytes: the core's own
/// record (derived in the core, component `leefwereld_core`).
pub use lw::AttachmentInfo;

/// One line of the entry list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntrySummary {
    pub id: String,
    pub revision: u32,
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    pub neighbourhood: String,
    pub observed_at_ms: i64,
    pub recorded_at_ms: i64,
    pub expires_at_ms: i64,
    pub week: IsoWeek,
    pub share_status: ShareStatus,
    pub attachment_count: u32,
    /// The first characters of the text.
    pub preview: String,
}

impl From<lw::EntrySummary> for EntrySummary {
    fn from(s: lw::EntrySummary) -> Self {
        EntrySummary {
            id: s.id.to_string(),
            revision: s.revision,
            kind: s.kind,
            theme: s.theme,
            platform: s.platform,
            source_type: s.source_type,
            urgency: s.urgency,
            neighbourhood: s.neighbourhood,
            observed_at_ms: to_ms(s.observed_at),
            recorded_at_ms: to_ms(s.recorded_at),
            expires_at_ms: to_ms(s.expires_at),
            week: s.week.into(),
            share_status: s.share_status,
            attachment_count: s.attachment_count,
            preview: s.preview,
        }
    }
}

/// Which entries a list shows. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ListFilter {
    #[uniffi(default = None)]
    pub kind: Option<EntryKind>,
    #[uniffi(default = None)]
    pub theme: Option<Theme>,
    #[uniffi(default = None)]
    pub platform: Option<Platform>,
    #[uniffi(default = None)]
    pub week: Option<IsoWeek>,
    #[uniffi(default = None)]
    pub share_status: Option<ShareStatus>,
    /// Words to find in the text, reason, neighbourhood or aliases (case- and
    /// diacritics-insensitive).
    #[uniffi(default = None)]
    pub search: Option<String>,
}

impl TryFrom<ListFilter> for lw::ListFilter {
    type Error = LeefwereldError;

    fn try_from(f: ListFilter) -> Result<Self, Self::Error> {
        Ok(lw::ListFilter {
            kind: f.kind,
            theme: f.theme,
            platform: f.platform,
            week: f.week.map(TryInto::try_into).transpose()?,
            share_status: f.share_status,
            search: f.search,
        })
    }
}

/// A page of the entry list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntryPage {
    pub items: Vec<EntrySummary>,
    /// Entries matching the filter in all, when known without decrypting (no search words).
    pub total: Option<u64>,
    /// Whether there are more matching entries after this page.
    pub has_more: bool,
    /// Ids of entries that matched but could not be decrypted; reported, never hidden.
    pub damaged: Vec<String>,
}

impl From<lw::EntryPage> for EntryPage {
    fn from(p: lw::EntryPage) -> Self {
        EntryPage {
            items: p.items.into_iter().map(Into::into).collect(),
            total: p.total,
            has_more: p.has_more,
            damaged: p.damaged.iter().map(ToString::to_string).collect(),
        }
    }
}

/// One problem with an entry, for showing beside its form field.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntryProblem {
    /// Stable code, e.g. `reason-missing`.
    pub code: String,
    /// The form field, e.g. `reason`.
    pub field: String,
    /// The translated message, in the vault's language.
    pub message: String,
}

/// A note made while locked, as the confirmation screen shows it after unlock: the core's own
/// record.
pub use lw::PendingNote;

#[uniffi::export]
impl Vault {
    /// Stores a new entry; returns once it is durable.
    pub fn capture(
        &self,
        content: EntryContent,
        attachments: Vec<Attachment>,
    ) -> Result<Entry, LeefwereldError> {
        self.call(self.inner.entries().capture(content, attachments))
    }

    /// Keeps a note made on the lock screen, sealed to the vault's public recipient: works while
    /// locked, and nothing of it can be read back until unlock.
    pub fn capture_while_locked(
        &self,
        content: EntryContent,
        attachments: Vec<Attachment>,
    ) -> Result<(), LeefwereldError> {
        self.call(self.inner.pending().capture(content, attachments))
    }

    /// How many notes made while locked wait for confirmation (works while locked).
    pub fn pending_count(&self) -> Result<u32, LeefwereldError> {
        self.call(self.inner.pending().count())
    }

    /// The notes made while locked, oldest first, to confirm or discard after unlock.
    pub fn pending_notes(&self) -> Result<Vec<PendingNote>, LeefwereldError> {
        self.call(self.inner.pending().list())
    }

    /// Makes a note made while locked an entry (validation and role frames run now).
    pub fn confirm_pending(&self, id: String) -> Result<Entry, LeefwereldError> {
        self.call(self.inner.pending().confirm(&id))
    }

    /// Destroys a note made while locked.
    pub fn discard_pending(&self, id: String) -> Result<(), LeefwereldError> {
        self.call(self.inner.pending().discard(&id))
    }

    /// Stores many entries in one durable commit (an import); nothing is stored when any is
    /// invalid. Returns the new ids in input order.
    pub fn capture_batch(
        &self,
        contents: Vec<EntryContent>,
    ) -> Result<Vec<String>, LeefwereldError> {
        let ids = self.call(self.inner.entries().capture_batch(contents))?;
        Ok(ids.iter().map(ToString::to_string).collect())
    }

    /// Every problem `capture` (`is_new`) or `edit` would refuse this content for, per field;
    /// empty when it would be stored. Attachments are checked when stored.
    pub fn check_entry(
        &self,
        content: EntryContent,
        is_new: bool,
    ) -> Result<Vec<EntryProblem>, LeefwereldError> {
        let lang = self.inner.language();
        Ok(self
            .inner
            .entries()
            .check(&content, is_new)
            .iter()
            .map(|problem| EntryProblem {
                code: problem.code().to_owned(),
                field: problem.field().code().to_owned(),
                message: problem.localized(lang),
            })
            .collect())
    }

    /// Changes an entry; the previous revision is kept. `new_attachments` are added.
    pub fn edit(
        &self,
        id: String,
        content: EntryContent,
        new_attachments: Vec<Attachment>,
    ) -> Result<Entry, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().edit(id, content, new_attachments))
    }

    /// Removes an attachment from an entry (a new revision).
    pub fn remove_attachment(&self, id: String, number: u32) -> Result<Entry, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().remove_attachment(id, number))
    }

    /// Deletes an entry with its revisions and attachments.
    pub fn delete(&self, id: String) -> Result<(), LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().delete(id))
    }

    /// The current revision of an entry.
    pub fn entry(&self, id: String) -> Result<Entry, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().get(id))
    }

    /// Earlier revisions of an entry, oldest first.
    pub fn revisions(&self, id: String) -> Result<Vec<Entry>, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().revisions(id))
    }

    /// The bytes of an attachment.
    pub fn attachment(&self, id: String, number: u32) -> Result<Attachment, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.entries().attachment(id, number))
    }

    /// Entries newest first (by observation), filtered, at most `limit` from `offset`.
    pub fn list(
        &self,
        filter: ListFilter,
        offset: u32,
        limit: u32,
    ) -> Result<EntryPage, LeefwereldError> {
        let filter = self.arg(filter.try_into())?;
        let page = self.call(self.inner.entries().list(
            &filter,
            position(offset),
            position(limit),
        ))?;
        Ok(page.into())
    }

    /// How many entries the vault holds.
    pub fn entry_count(&self) -> Result<u64, LeefwereldError> {
        self.call(self.inner.entries().count())
    }

    /// Removes every entry whose retention has run out; returns how many.
    pub fn purge_expired(&self) -> Result<u32, LeefwereldError> {
        self.call(self.inner.entries().purge_expired())
    }
}

//! The entry model of DESIGN.md: what a worker notes, and what the vault gives back.

mod codes;
mod validate;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use codes::{AgeBand, EntryKind, Platform, Role, ShareStatus, SourceType, Theme, Urgency};
pub(crate) use validate::attachment_problems as validate_attachments;
pub use validate::{EntryField, Invalid, limits};

use crate::time::IsoWeek;

/// The identity of an entry: random, so it reveals nothing about when or by whom it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(uuid::Uuid);

impl EntryId {
    pub(crate) fn random() -> EntryId {
        EntryId(uuid::Uuid::new_v4())
    }

    pub(crate) fn as_u128(self) -> u128 {
        self.0.as_u128()
    }

    pub(crate) fn from_u128(value: u128) -> EntryId {
        EntryId(uuid::Uuid::from_u128(value))
    }

    /// The first eight characters, enough for a person to tell entries apart in a message.
    pub fn short(self) -> String {
        self.0.simple().to_string()[..8].to_owned()
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Text that is not an entry id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an entry id")]
pub struct BadEntryId;

impl FromStr for EntryId {
    type Err = BadEntryId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s.trim())
            .map(EntryId)
            .map_err(|_| BadEntryId)
    }
}

/// What the worker writes down: the editable part of an entry.
///
/// For a `trend` the person-related fields (`reason`, `aliases`, `age_band`) stay empty: a trend
/// is never about an identifiable person. For a `signaal` the concrete reason is required.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryContent {
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    /// The neighbourhood (wijk), never a street or address.
    #[cfg_attr(feature = "ffi", uniffi(default = ""))]
    pub neighbourhood: String,
    /// The note itself.
    pub text: String,
    /// When the worker saw it.
    #[cfg_attr(feature = "ffi", uniffi(name = "observed_at_ms"))]
    pub observed_at: DateTime<Utc>,
    /// The concrete reason (aanleiding) for recording a signal.
    #[serde(default)]
    #[cfg_attr(feature = "ffi", uniffi(default = ""))]
    pub reason: String,
    /// Names and aliases the worker tagged; the minimiser removes them before anything is shared.
    #[serde(default)]
    #[cfg_attr(feature = "ffi", uniffi(default = []))]
    pub aliases: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub age_band: Option<AgeBand>,
    /// The order (bevel) of the public prosecutor under which police used a closed source.
    #[serde(default)]
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub order_reference: Option<String>,
    /// Why a repeated signal about the same person is not systematic monitoring.
    #[serde(default)]
    #[cfg_attr(feature = "ffi", uniffi(default = None))]
    pub justification: Option<String>,
}

impl EntryContent {
    /// The content as a form should hand it over for saving: the fields that do not belong to
    /// its kind left out (a trend is never about a person: no concrete reason, tagged names or
    /// age band) and empty optional texts as none. A form may keep what the worker typed in
    /// those fields, should the entry become a signal again; the core never drops them on its
    /// own (a trend that names a person is refused, not silently changed).
    pub fn tidied(mut self) -> EntryContent {
        for field in [&mut self.order_reference, &mut self.justification] {
            if field.as_deref().is_some_and(|t| t.trim().is_empty()) {
                *field = None;
            }
        }
        if self.kind != EntryKind::Signaal {
            self.reason.clear();
            self.aliases.clear();
            self.age_band = None;
        }
        self
    }

    /// A trend with sensible defaults, observed `at`: the three-tap capture of the app.
    pub fn trend(
        theme: Theme,
        platform: Platform,
        text: impl Into<String>,
        at: DateTime<Utc>,
    ) -> Self {
        EntryContent {
            kind: EntryKind::Trend,
            theme,
            platform,
            source_type: SourceType::OpenSource,
            urgency: Urgency::Normal,
            neighbourhood: String::new(),
            text: text.into(),
            observed_at: at,
            reason: String::new(),
            aliases: Vec::new(),
            age_band: None,
            order_reference: None,
            justification: None,
        }
    }

    /// A signal with its concrete reason, observed `at`.
    pub fn signal(
        theme: Theme,
        platform: Platform,
        source_type: SourceType,
        text: impl Into<String>,
        reason: impl Into<String>,
        at: DateTime<Utc>,
    ) -> Self {
        EntryContent {
            kind: EntryKind::Signaal,
            source_type,
            reason: reason.into(),
            ..EntryContent::trend(theme, platform, text, at)
        }
    }

    /// The ISO week this entry belongs to (by observation, in Amsterdam time).
    pub fn week(&self) -> IsoWeek {
        IsoWeek::of(self.observed_at)
    }
}

/// A file the worker adds, e.g. a screenshot. Stored as its own age ciphertext, so listing
/// entries never decrypts attachment bytes.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl fmt::Debug for Attachment {
    // Attachments are content: their bytes never reach a log or a panic message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment")
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

/// What the vault says about a stored attachment without reading its bytes.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    /// Its number within the entry; stable across edits.
    pub number: u32,
    pub name: String,
    pub media_type: String,
    pub size: u64,
}

/// An entry as stored: the content plus what the vault keeps about it.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    /// 1 for the first capture, one more for every edit.
    pub revision: u32,
    #[cfg_attr(feature = "ffi", uniffi(name = "recorded_at_ms"))]
    pub recorded_at: DateTime<Utc>,
    #[cfg_attr(feature = "ffi", uniffi(name = "updated_at_ms"))]
    pub updated_at: DateTime<Utc>,
    /// When retention removes it.
    #[cfg_attr(feature = "ffi", uniffi(name = "expires_at_ms"))]
    pub expires_at: DateTime<Utc>,
    pub content: EntryContent,
    pub attachments: Vec<AttachmentInfo>,
    pub share_status: ShareStatus,
}

/// One line of the entry list: enough to show and filter it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySummary {
    pub id: EntryId,
    pub revision: u32,
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    pub neighbourhood: String,
    pub observed_at: DateTime<Utc>,
    pub recorded_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub week: IsoWeek,
    pub share_status: ShareStatus,
    pub attachment_count: u32,
    /// The first characters of the text.
    pub preview: String,
}

//! What the vault keeps about sharing one entry: consent, the worker's decisions on minimiser
//! findings, transparency towards the young person, and every share made. Sealed per entry.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use super::consent::{Consent, InformedHow};
use crate::error::Result;
use crate::minimise::{Decision, FindingKey};
use crate::model::EntryId;
use crate::positions::Partner;
use crate::store::SHARING;
use crate::store::sealed::{JsonRecord, Part, Reader, SealedTable};
use crate::vault::Tx;

/// One delivery of one revision of an entry to one target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ShareRecord {
    /// The receiving partner (stored as its code).
    pub target: Partner,
    pub revision: u32,
    pub case_id: String,
    pub document_id: String,
    pub queued_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub retract_requested_at: Option<DateTime<Utc>>,
    pub retracted_at: Option<DateTime<Utc>>,
}

impl ShareRecord {
    /// Whether a copy exists (or may exist) at the receiving side.
    pub fn is_live(&self) -> bool {
        self.retract_requested_at.is_none()
    }
}

/// The worker told the young person about sharing (transparency, seed 002).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transparency {
    pub informed_how: InformedHow,
    pub at: DateTime<Utc>,
}

/// The worker decided not to inform the young person because that would endanger someone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyException {
    pub justification: String,
    pub recorded_at: DateTime<Utc>,
}

/// A direct identifier the worker keeps as written, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptFinding {
    pub reason: String,
    pub at: DateTime<Utc>,
}

/// The sealed per-entry sharing state.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct SharingState {
    #[serde(default)]
    pub consent: Option<Consent>,
    /// Earlier consents, replaced or withdrawn, oldest first.
    #[serde(default)]
    pub history: Vec<Consent>,
    #[serde(default)]
    pub transparency: Option<Transparency>,
    #[serde(default)]
    pub safety_exception: Option<SafetyException>,
    /// The worker's decision on each minimiser finding (remove or keep).
    #[serde(default)]
    pub decisions: HashMap<FindingKey, Decision>,
    /// Why a direct identifier is kept as written, in the worker's words (sealed with the
    /// entry; the audit log notes only the kind).
    #[serde(default)]
    pub kept: HashMap<FindingKey, KeptFinding>,
    #[serde(default)]
    pub shares: Vec<ShareRecord>,
}

impl JsonRecord for SharingState {}

/// The sharing state of each entry, by entry id.
pub(crate) const SHARING_TABLE: SealedTable<u128, SharingState> =
    SealedTable::new(SHARING, Part::Sharing);

impl SharingState {
    /// The sharing state of `id` (empty when nothing was recorded yet).
    pub fn load(reader: &Reader<'_>, id: EntryId) -> Result<SharingState> {
        Ok(reader
            .get(&SHARING_TABLE, id.as_u128())
            .map_err(|e| e.about_entry(id))?
            .unwrap_or_default())
    }
}

impl Tx<'_> {
    pub(crate) fn sharing(&mut self, id: EntryId) -> Result<SharingState> {
        Ok(self
            .get(&SHARING_TABLE, id.as_u128())
            .map_err(|e| e.about_entry(id))?
            .unwrap_or_default())
    }

    pub(crate) fn put_sharing(&mut self, id: EntryId, state: &SharingState) -> Result<()> {
        self.put(&SHARING_TABLE, id.as_u128(), state)
    }
}

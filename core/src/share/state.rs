//! What the vault keeps about sharing one entry: consent, the worker's decisions on minimiser
//! findings, transparency towards the young person, and every share made. Sealed per entry.

use chrono::{DateTime, Utc};
use redb::ReadableTable;
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use super::consent::{Consent, InformedHow};
use crate::crypto::Keys;
use crate::error::{Error, Result};
use crate::minimise::{Decision, FindingKey};
use crate::model::EntryId;
use crate::store::SHARING;

/// One delivery of one revision of an entry to one target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ShareRecord {
    /// Partner code of the receiving partner.
    pub target: String,
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
    #[serde(default)]
    pub shares: Vec<ShareRecord>,
}

impl SharingState {
    pub fn load(
        table: &impl ReadableTable<u128, &'static [u8]>,
        keys: &Keys,
        id: EntryId,
    ) -> Result<SharingState> {
        match table.get(id.as_u128())? {
            None => Ok(SharingState::default()),
            Some(value) => {
                let plain = keys.open(value.value()).ok_or(Error::EntryDamaged(id))?;
                serde_json::from_slice(&plain).map_err(|_| Error::EntryDamaged(id))
            }
        }
    }

    pub fn store(&self, txn: &redb::WriteTransaction, keys: &Keys, id: EntryId) -> Result<()> {
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(self).map_err(Error::storage)?);
        let sealed = keys.seal(&plain)?;
        txn.open_table(SHARING)?
            .insert(id.as_u128(), sealed.as_slice())?;
        Ok(())
    }
}

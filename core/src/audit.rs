//! The append-only, hash-chained audit log (hard rule 6).
//!
//! Each record says who (pseudonym and role) did what to which entry, when and why — never what
//! the entry says. Records are age-encrypted like everything else; each carries a keyed MAC over
//! its sequence number, the previous record's MAC and its own ciphertext, and the head of the
//! chain (count and last MAC) is itself MACed. [`verify`] therefore detects an edited, deleted,
//! inserted or reordered record and a cut-off tail. It cannot detect the whole file being rolled
//! back to an older copy; that needs an anchor outside the device (the shared documents are one).

use chrono::{DateTime, Utc};
use redb::{ReadableTable, Table};
use serde::{Deserialize, Serialize};

use crate::crypto::Keys;
use crate::error::{Error, Result};
use crate::model::{EntryId, Role};

code_enum! {
    /// What happened.
    AuditAction, "audit-action" {
        Create = "create",
        Edit = "edit",
        Delete = "delete",
        Consent = "consent",
        ConsentWithdrawn = "consent-withdrawn",
        Share = "share",
        Retract = "retract",
        Purge = "purge",
        Export = "export",
        UnlockFailure = "unlock-failure",
        Wipe = "wipe",
        PassphraseChanged = "passphrase-changed",
        SettingsChanged = "settings-changed",
        ReminderAcknowledged = "reminder-acknowledged",
        FrameOverride = "frame-justified",
        ProfileImported = "connection-profile",
        /// The authenticated end of the chain was missing or wrong at unlock; recorded so the
        /// break stays visible in every later report.
        ChainBreakDetected = "chain-break",
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Position in the chain, from 0.
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub action: AuditAction,
    pub entry: Option<EntryId>,
    /// The worker's pseudonym, never a name.
    pub actor: String,
    pub role: Role,
    /// A code saying why (`retention`, `consent:young-person`, `target:gemeente`), never content.
    pub reason: String,
}

/// A record before it has a place in the chain.
#[derive(Debug, Clone)]
pub(crate) struct NewRecord {
    pub at: DateTime<Utc>,
    pub action: AuditAction,
    pub entry: Option<EntryId>,
    pub reason: String,
}

/// The end of the chain as the vault last committed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    pub count: u64,
    pub last_mac: [u8; 32],
}

impl Head {
    pub const EMPTY: Head = Head {
        count: 0,
        last_mac: [0; 32],
    };

    fn encode(&self, keys: &Keys) -> Vec<u8> {
        let count = self.count.to_be_bytes();
        let head_mac = keys.mac(&[b"audit-head", &count, &self.last_mac]);
        [&count[..], &self.last_mac, &head_mac].concat()
    }

    fn decode(bytes: &[u8], keys: &Keys) -> Option<Head> {
        if bytes.len() != 8 + 32 + 32 {
            return None;
        }
        let count = u64::from_be_bytes(bytes[..8].try_into().ok()?);
        let last_mac: [u8; 32] = bytes[8..40].try_into().ok()?;
        let expected = keys.mac(&[b"audit-head", &bytes[..8], &last_mac]);
        (expected[..] == bytes[40..]).then_some(Head { count, last_mac })
    }
}

const HEAD_KEY: &str = "audit-head";

/// Reads the authenticated head; a missing head means an empty chain.
pub(crate) fn read_head(
    meta: &impl ReadableTable<&'static str, &'static [u8]>,
    keys: &Keys,
) -> Result<Option<Head>> {
    match meta.get(HEAD_KEY)? {
        None => Ok(Some(Head::EMPTY)),
        Some(value) => Ok(Head::decode(value.value(), keys)),
    }
}

/// Appends `record` after `head` inside the caller's write transaction and returns the new head.
/// The caller adopts the new head only after the transaction commits.
pub(crate) fn append(
    audit: &mut Table<u64, &[u8]>,
    meta: &mut Table<&str, &[u8]>,
    keys: &Keys,
    head: Head,
    actor: (&str, Role),
    record: NewRecord,
) -> Result<Head> {
    let full = AuditRecord {
        seq: head.count,
        at: record.at,
        action: record.action,
        entry: record.entry,
        actor: actor.0.to_owned(),
        role: actor.1,
        reason: record.reason,
    };
    let plaintext = serde_json::to_vec(&full).map_err(Error::storage)?;
    let ciphertext = keys.seal(&plaintext)?;
    let seq = head.count.to_be_bytes();
    let mac = keys.mac(&[b"audit", &seq, &head.last_mac, &ciphertext]);
    let stored = [&head.last_mac[..], &mac, &ciphertext].concat();
    audit.insert(head.count, stored.as_slice())?;
    let new_head = Head {
        count: head.count + 1,
        last_mac: mac,
    };
    meta.insert(HEAD_KEY, new_head.encode(keys).as_slice())?;
    Ok(new_head)
}

/// What is wrong with the chain, at the first place it goes wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChainProblem {
    /// The head record is missing or was not written by this vault.
    HeadInvalid,
    /// A record's content or position was changed (its MAC does not match).
    Altered,
    /// A record the chain needs is missing.
    Missing,
    /// A record does not follow the one before it (deleted or reordered records).
    BrokenLink,
    /// There are records after the authenticated end of the chain.
    Unexpected,
}

/// The outcome of [`verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainReport {
    /// Records the head says the chain holds.
    pub records: u64,
    /// The first problem and the sequence number where it is, or `None` for an intact chain.
    pub problem: Option<(u64, ChainProblem)>,
}

impl ChainReport {
    pub fn intact(&self) -> bool {
        self.problem.is_none()
    }
}

/// Checks every link of the chain.
pub(crate) fn verify(
    audit: &impl ReadableTable<u64, &'static [u8]>,
    meta: &impl ReadableTable<&'static str, &'static [u8]>,
    keys: &Keys,
) -> Result<ChainReport> {
    let Some(head) = read_head(meta, keys)? else {
        return Ok(ChainReport {
            records: 0,
            problem: Some((0, ChainProblem::HeadInvalid)),
        });
    };
    let mut expected_seq = 0u64;
    let mut prev_mac = [0u8; 32];
    for item in audit.iter()? {
        let (key, value) = item?;
        let seq = key.value();
        if seq >= head.count {
            return Ok(ChainReport {
                records: head.count,
                problem: Some((seq, ChainProblem::Unexpected)),
            });
        }
        if seq != expected_seq {
            return Ok(ChainReport {
                records: head.count,
                problem: Some((expected_seq, ChainProblem::Missing)),
            });
        }
        let bytes = value.value();
        if bytes.len() < 64 {
            return Ok(ChainReport {
                records: head.count,
                problem: Some((seq, ChainProblem::Altered)),
            });
        }
        let (stored_prev, rest) = bytes.split_at(32);
        let (stored_mac, ciphertext) = rest.split_at(32);
        let mac = keys.mac(&[b"audit", &seq.to_be_bytes(), stored_prev, ciphertext]);
        if mac[..] != *stored_mac {
            return Ok(ChainReport {
                records: head.count,
                problem: Some((seq, ChainProblem::Altered)),
            });
        }
        if stored_prev != prev_mac {
            return Ok(ChainReport {
                records: head.count,
                problem: Some((seq, ChainProblem::BrokenLink)),
            });
        }
        prev_mac = mac;
        expected_seq += 1;
    }
    if expected_seq < head.count {
        return Ok(ChainReport {
            records: head.count,
            problem: Some((expected_seq, ChainProblem::Missing)),
        });
    }
    if prev_mac != head.last_mac {
        return Ok(ChainReport {
            records: head.count,
            problem: Some((head.count, ChainProblem::BrokenLink)),
        });
    }
    Ok(ChainReport {
        records: head.count,
        problem: None,
    })
}

/// Decrypts the records in `range`, skipping none: an unreadable record is an error, because
/// the accountability report must not silently lose a line.
pub(crate) fn read(
    audit: &impl ReadableTable<u64, &'static [u8]>,
    keys: &Keys,
    range: std::ops::Range<u64>,
) -> Result<Vec<AuditRecord>> {
    let mut records = Vec::new();
    for item in audit.range(range)? {
        let (_, value) = item?;
        let bytes = value.value();
        let ciphertext = bytes
            .get(64..)
            .ok_or(Error::Damaged(crate::error::Damage::Metadata))?;
        let plaintext = keys
            .open(ciphertext)
            .ok_or(Error::Damaged(crate::error::Damage::Metadata))?;
        let record: AuditRecord = serde_json::from_slice(&plaintext)
            .map_err(|_| Error::Damaged(crate::error::Damage::Metadata))?;
        records.push(record);
    }
    Ok(records)
}

/// A failed unlock, recorded while no key is available: encrypted to the vault's public
/// recipient and moved into the chain at the next successful unlock.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PendingFailure {
    pub at: DateTime<Utc>,
}

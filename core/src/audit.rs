//! The append-only, hash-chained audit log (hard rule 6).
//!
//! Each record says who (pseudonym and role) did what to which entry, when and why — never what
//! the entry says. Records are sealed to their place like every value; each carries a keyed MAC
//! over its sequence number, the previous record's MAC and its own bytes, and the vault's head
//! holds the chain's length and tip. [`verify`] therefore detects an edited, deleted, inserted
//! or reordered record and a cut-off tail; the head's digests catch the same at unlock. The
//! whole folder rolled back to an older copy stays consistent; that needs an anchor outside
//! the file (a phone's keystore counter, or the shared documents).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::Keys;
use crate::crypto::constant_time_eq;
use crate::error::{Damage, Error, Result};
use crate::model::{EntryId, Role};
use crate::store::AUDIT;
use crate::store::sealed::{Codec, Part, Reader, SealedTable};

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
        /// The case system refused to remove a shared copy after consent was withdrawn (its
        /// zaak is closed): the municipality must remove it.
        RetractRefused = "retract-refused",
        /// A team lead accepted a colleague's report-signing key.
        TeamKeyAccepted = "team-key-accepted",
        /// A minimiser finding kept as written (the reason: `kept:<kind>`, never the text).
        FindingKept = "finding-kept",
        /// The authenticated end of the chain was missing or wrong at unlock; recorded so the
        /// break stays visible in every later report.
        ChainBreakDetected = "chain-break",
    }
}

/// One line of the audit log: who (a pseudonym), what, when and why, never content.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Position in the chain, from 0.
    pub seq: u64,
    #[cfg_attr(feature = "ffi", uniffi(name = "at_ms"))]
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

/// The audit records, by sequence number.
pub(crate) const AUDIT_TABLE: SealedTable<u64, AuditLink> = SealedTable::new(AUDIT, Part::AuditLog);

/// One stored record with its place in the chain: the MAC of the record before it and its own
/// MAC over (sequence number, previous MAC, the record's exact bytes).
pub(crate) struct AuditLink {
    prev: [u8; 32],
    mac: [u8; 32],
    record: Vec<u8>,
}

impl Codec for AuditLink {
    fn encode(&self) -> Result<Zeroizing<Vec<u8>>> {
        Ok(Zeroizing::new(
            [&self.prev[..], &self.mac, &self.record].concat(),
        ))
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        if bytes.len() < 64 {
            return None;
        }
        Some(AuditLink {
            prev: bytes[..32].try_into().ok()?,
            mac: bytes[32..64].try_into().ok()?,
            record: bytes[64..].to_vec(),
        })
    }
}

fn link_mac(keys: &Keys, seq: u64, prev: &[u8; 32], record: &[u8]) -> [u8; 32] {
    keys.mac(&[b"audit", &seq.to_be_bytes(), prev, record])
}

/// The link for `record` at position `seq` after `prev`, and its MAC (the new tip).
pub(crate) fn link(
    keys: &Keys,
    seq: u64,
    prev: [u8; 32],
    actor: (&str, Role),
    record: NewRecord,
) -> Result<(AuditLink, [u8; 32])> {
    let full = AuditRecord {
        seq,
        at: record.at,
        action: record.action,
        entry: record.entry,
        actor: actor.0.to_owned(),
        role: actor.1,
        reason: record.reason,
    };
    let record = serde_json::to_vec(&full).map_err(Error::storage)?;
    let mac = link_mac(keys, seq, &prev, &record);
    Ok((AuditLink { prev, mac, record }, mac))
}

/// The same link MACed with other keys after `prev` (a passphrase change re-MACs the chain).
pub(crate) fn relink(
    keys: &Keys,
    seq: u64,
    prev: [u8; 32],
    link: AuditLink,
) -> (AuditLink, [u8; 32]) {
    let mac = link_mac(keys, seq, &prev, &link.record);
    (
        AuditLink {
            prev,
            mac,
            record: link.record,
        },
        mac,
    )
}

/// What is wrong with the chain, at the first place it goes wrong.
#[cfg_attr(feature = "ffi", derive(uniffi::Enum), allow(unsafe_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChainProblem {
    /// The head record is missing or was not written by this vault.
    HeadInvalid,
    /// A record's content or position was changed (it cannot be opened, or its MAC does not
    /// match).
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

/// Checks every link of the chain against the head the vault was unlocked with.
pub(crate) fn verify(
    reader: &Reader<'_>,
    count: u64,
    tip: [u8; 32],
    keys: &Keys,
) -> Result<ChainReport> {
    let report = |problem| ChainReport {
        records: count,
        problem,
    };
    let mut expected_seq = 0u64;
    let mut prev_mac = [0u8; 32];
    let mut problem = None;
    reader.for_each(&AUDIT_TABLE, |seq, link| {
        if problem.is_some() {
            return Ok(());
        }
        problem = if seq >= count {
            Some((seq, ChainProblem::Unexpected))
        } else if seq != expected_seq {
            Some((expected_seq, ChainProblem::Missing))
        } else {
            match link {
                None => Some((seq, ChainProblem::Altered)),
                Some(link)
                    if !constant_time_eq(
                        &link_mac(keys, seq, &link.prev, &link.record),
                        &link.mac,
                    ) =>
                {
                    Some((seq, ChainProblem::Altered))
                }
                Some(link) if !constant_time_eq(&link.prev, &prev_mac) => {
                    Some((seq, ChainProblem::BrokenLink))
                }
                Some(link) => {
                    prev_mac = link.mac;
                    expected_seq += 1;
                    None
                }
            }
        };
        Ok(())
    })?;
    if problem.is_some() {
        return Ok(report(problem));
    }
    if expected_seq < count {
        return Ok(report(Some((expected_seq, ChainProblem::Missing))));
    }
    if !constant_time_eq(&prev_mac, &tip) {
        return Ok(report(Some((count, ChainProblem::BrokenLink))));
    }
    Ok(report(None))
}

/// Decrypts the records in `range`, skipping none: an unreadable record is an error, because
/// the accountability report must not silently lose a line.
pub(crate) fn read(reader: &Reader<'_>, range: std::ops::Range<u64>) -> Result<Vec<AuditRecord>> {
    if range.is_empty() {
        return Ok(Vec::new());
    }
    let last = range.end - 1;
    reader
        .range(&AUDIT_TABLE, range.start..=last)?
        .into_iter()
        .map(|link| {
            serde_json::from_slice(&link.record)
                .map_err(|_| Error::Damaged(Damage::Record(Part::AuditLog)))
        })
        .collect()
}

/// A failed unlock, recorded while no key is available: encrypted to the vault's public
/// recipient and moved into the chain at the next successful unlock.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PendingFailure {
    pub at: DateTime<Utc>,
}

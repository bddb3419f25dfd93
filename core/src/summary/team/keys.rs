//! Which signing key belongs to which reporter, as the team lead decided.
//!
//! A reporter's key is pinned only when the lead accepts it, after comparing its fingerprint
//! with the one the colleague's own app shows (as Signal compares safety numbers). Until then,
//! and whenever a known reporter's key changes (a passphrase change rotates it, and so would a
//! forger), that reporter's reports are refused and the new key waits for the lead's decision.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Team;
use super::TeamRefusal;
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::store::sealed::{JsonRecord, Part, SealedTable};
use crate::store::{META, meta_keys};
use crate::sync::fingerprint;

/// The pinned and waiting keys (under `meta_keys::TEAM_KEYS`).
pub(super) const TEAM_KEYS: SealedTable<&str, TeamKeys> = SealedTable::new(META, Part::Settings);

/// How many reporters a lead can know; far above a team's size, and it bounds the record.
const REPORTERS_MAX: usize = 500;

/// The lead's record of reporters' keys.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct TeamKeys {
    reporters: Vec<ReporterKeys>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ReporterKeys {
    reporter: String,
    /// Base64 of the accepted key; `None` until the lead accepts one.
    pinned: Option<String>,
    /// Base64 of a key seen in a report but not (yet) accepted.
    waiting: Option<String>,
    first_seen: DateTime<Utc>,
}

impl JsonRecord for TeamKeys {
    fn valid(&self) -> bool {
        self.reporters.len() <= REPORTERS_MAX
    }
}

/// A reporter's key as the lead's screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterKey {
    /// The reporter's pseudonymous installation id.
    pub reporter: String,
    /// Fingerprint of the accepted key, if any.
    pub pinned: Option<String>,
    /// Fingerprint of a key waiting for the lead's decision: a new colleague, or a known one
    /// whose key changed.
    pub waiting: Option<String>,
    pub first_seen: DateTime<Utc>,
}

impl TeamKeys {
    /// Whether `key` may sign `reporter`'s reports; otherwise records it as waiting and says
    /// why the report is refused.
    pub(super) fn admit(
        &mut self,
        reporter: &str,
        key: &[u8; 32],
        now: DateTime<Utc>,
    ) -> std::result::Result<(), TeamRefusal> {
        let key = STANDARD.encode(key);
        let full = self.reporters.len() >= REPORTERS_MAX;
        match self.reporters.iter_mut().find(|r| r.reporter == reporter) {
            Some(known) if known.pinned.as_deref() == Some(key.as_str()) => Ok(()),
            Some(known) => {
                let refusal = if known.pinned.is_some() {
                    TeamRefusal::KeyChanged
                } else {
                    TeamRefusal::NewKey
                };
                known.waiting = Some(key);
                Err(refusal)
            }
            None if full => Err(TeamRefusal::NewKey),
            None => {
                self.reporters.push(ReporterKeys {
                    reporter: reporter.to_owned(),
                    pinned: None,
                    waiting: Some(key),
                    first_seen: now,
                });
                Err(TeamRefusal::NewKey)
            }
        }
    }
}

fn fingerprint_of(key: &str) -> String {
    fingerprint(&format!("ed25519:{key}"))
}

/// The fingerprint of this vault's own signing key: what a worker reads out to the team lead.
pub(super) fn own_fingerprint(verifying_key: &[u8; 32]) -> String {
    fingerprint_of(&STANDARD.encode(verifying_key))
}

impl Team<'_> {
    /// The reporters' keys this team lead knows, waiting ones first.
    pub fn keys(&self) -> Result<Vec<ReporterKey>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let keys = session
            .reader(db)?
            .get(&TEAM_KEYS, meta_keys::TEAM_KEYS)?
            .unwrap_or_default();
        let mut out: Vec<ReporterKey> = keys
            .reporters
            .iter()
            .map(|r| ReporterKey {
                reporter: r.reporter.clone(),
                pinned: r.pinned.as_deref().map(fingerprint_of),
                waiting: r.waiting.as_deref().map(fingerprint_of),
                first_seen: r.first_seen,
            })
            .collect();
        out.sort_by(|a, b| {
            (a.waiting.is_none(), a.first_seen, &a.reporter).cmp(&(
                b.waiting.is_none(),
                b.first_seen,
                &b.reporter,
            ))
        });
        Ok(out)
    }

    /// Pins the key waiting for `reporter`, provided its fingerprint is still `fingerprint`
    /// (what the lead compared): a key that arrived in between is not accepted by accident.
    pub fn accept_key(&self, reporter: &str, fingerprint: &str) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        let mut keys = tx
            .get(&TEAM_KEYS, meta_keys::TEAM_KEYS)?
            .unwrap_or_default();
        let known = keys
            .reporters
            .iter_mut()
            .find(|r| r.reporter == reporter)
            .ok_or(Error::TeamKeyNotWaiting)?;
        match known.waiting.take() {
            Some(waiting) if fingerprint_of(&waiting) == fingerprint.trim() => {
                known.pinned = Some(waiting);
            }
            _ => return Err(Error::TeamKeyNotWaiting),
        }
        tx.put(&TEAM_KEYS, meta_keys::TEAM_KEYS, &keys)?;
        tx.audit(NewRecord {
            at: now,
            action: AuditAction::TeamKeyAccepted,
            entry: None,
            reason: format!(
                "reporter:{};fingerprint:{}",
                reporter.chars().take(64).collect::<String>(),
                fingerprint.trim()
            ),
        })?;
        tx.commit()
    }

    /// The fingerprint of this vault's report-signing key, for the worker to read out to the
    /// team lead. It changes with the passphrase (the keys rotate).
    pub fn signing_fingerprint(&self) -> Result<String> {
        let mut guard = self.guard();
        let (_, session) = guard.unlocked()?;
        Ok(own_fingerprint(&session.keys.verifying_key()))
    }
}

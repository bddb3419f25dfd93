//! The share preview and the share itself: what exactly would leave the device, what is still
//! in the way, and putting it in the outbox.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::ConsentProblem;
use super::Sharing;
use super::consent::{Circumstances, Eligibility, decide};
use super::payload::{MinimisedFields, Sender, SharedEntry, encrypt_to, project};
use super::state::{KeptFinding, ShareRecord, SharingState};
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::minimise::{Decision, FindingField, FindingKey, FindingKind, minimise};
use crate::model::{Entry, EntryId, EntryKind, ShareStatus};
use crate::positions::{Partner, ShareGuidance, share_guidance};
use crate::sync::{ConnectionProfile, Delivery, Job, OutboxItem, Record, TrendCases};
use crate::time::{IsoWeek, local_date};
use crate::vault::Guard;

/// One finding as the preview shows it: where it is, what replaces it, and the worker's
/// decision so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingView {
    /// Pass this back to [`Vault::decide_finding`].
    pub key: String,
    pub kind: FindingKind,
    pub field: FindingField,
    pub start: usize,
    pub end: usize,
    pub matched: String,
    pub replacement: String,
    pub decision: Option<Decision>,
}

/// Everything the worker needs to decide on sharing one entry with one partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharePreview {
    pub entry: EntryId,
    pub target: Partner,
    /// The projection exactly as it would be sent now.
    pub payload: SharedEntry,
    /// The same, as the JSON bytes that are encrypted.
    pub json: String,
    pub findings: Vec<FindingView>,
    pub eligibility: Eligibility,
    /// What the receiving partner may and may not do with it.
    pub guidance: ShareGuidance,
    /// The young person has not been informed and no safety exception is recorded.
    pub inform_first: bool,
    /// Whether a connection to a case system is set up.
    pub connected: bool,
}

/// The fewest characters of a reason to keep a direct identifier ("pf" is no reason, "merk" is).
const KEEP_REASON_MIN: usize = 3;
/// The most characters of such a reason that are kept: a few words, not a note.
const KEEP_REASON_MAX: usize = 200;

/// The stable ids of one share in the case system (ZGW `identificatie`, at most 40 characters).
pub(crate) struct References {
    pub document: String,
    pub case: String,
    pub case_title: String,
    pub case_start: chrono::NaiveDate,
}

struct Prepared {
    entry: Entry,
    state: SharingState,
    payload: SharedEntry,
    eligibility: Eligibility,
    references: References,
    findings: Vec<FindingView>,
}

impl Guard<'_> {
    fn references(
        &mut self,
        entry: &Entry,
        target: Partner,
        trend_cases: TrendCases,
    ) -> Result<References> {
        let keys = &self.unlocked()?.1.keys;
        let document = format!(
            "LW-D-{}",
            keys.reference(&format!(
                "document:{}:{}:{}",
                entry.id,
                entry.revision,
                target.code()
            ))
        );
        let observed = entry.content.observed_at;
        let (case, case_title, case_start) = match (entry.content.kind, trend_cases) {
            (EntryKind::Trend, TrendCases::PerWeek) => {
                let week = IsoWeek::of(observed);
                (
                    format!("LW-T-{week}"),
                    format!("Leefwereld trends {week}"),
                    week.monday(),
                )
            }
            (kind, _) => (
                format!(
                    "LW-{}-{}",
                    if kind == EntryKind::Trend { "T" } else { "S" },
                    keys.reference(&format!("case:{}", entry.id))
                ),
                format!("Leefwereld {} {}", kind.code(), local_date(observed)),
                local_date(observed),
            ),
        };
        Ok(References {
            document,
            case,
            case_title,
            case_start,
        })
    }

    fn prepare(&mut self, id: EntryId, target: Partner, now: DateTime<Utc>) -> Result<Prepared> {
        let stored = self.stored(id)?;
        let state = self.sharing_state(id)?;
        let entry = {
            let settings = self.unlocked()?.1.settings.clone();
            stored.to_entry(&settings)?
        };
        let minimised = minimise(&entry.content, &state.decisions);
        let findings = minimised
            .findings
            .iter()
            .map(|f| FindingView {
                key: f.key().to_string(),
                kind: f.kind,
                field: f.field,
                start: f.start,
                end: f.end,
                matched: f.matched.clone(),
                replacement: f.replacement.clone(),
                decision: state.decisions.get(&f.key()).copied(),
            })
            .collect();
        let frame_rules = self
            .frame_notices(&entry.content, Some(id))?
            .into_iter()
            .filter(|n| n.refuses(&entry.content))
            .map(|n| n.rule)
            .collect();
        let already_shared = state
            .shares
            .iter()
            .any(|s| s.is_live() && s.revision == entry.revision && s.target == target);
        let circumstances = Circumstances {
            unresolved: minimised.unresolved.len(),
            frame_rules,
            already_shared,
        };
        // After a withdrawal there is no current consent; the withdrawn one says why better
        // than "no consent yet".
        let consent = state.consent.as_ref().or(state.history.last());
        let eligibility = decide(&entry, consent, target, &circumstances);
        let trend_cases = self
            .connection()?
            .map(|p| p.trend_cases)
            .unwrap_or_default();
        let references = self.references(&entry, target, trend_cases)?;
        let (organisation, device) = {
            let session = self.unlocked()?.1;
            (
                session.profile.organisation.clone(),
                session.device_id.clone(),
            )
        };
        let payload = project(
            &entry,
            MinimisedFields {
                text: &minimised.text,
                reason: &minimised.reason,
                neighbourhood: &minimised.neighbourhood,
            },
            state.consent.as_ref(),
            target,
            &references.document,
            Sender {
                organisation: &organisation,
                device: &device,
            },
            now,
        );
        Ok(Prepared {
            entry,
            state,
            payload,
            eligibility,
            references,
            findings,
        })
    }

    pub(crate) fn connection(&mut self) -> Result<Option<ConnectionProfile>> {
        let (db, session) = self.unlocked()?;
        session.reader(db)?.get(
            &crate::sync::CONNECTION,
            crate::store::meta_keys::CONNECTION,
        )
    }
}

impl Sharing<'_> {
    /// What sharing `id` with `target` would send, the findings to resolve, whether it is
    /// allowed, and what the partner may do with it.
    pub fn preview(&self, id: EntryId, target: Partner) -> Result<SharePreview> {
        let lang = self.vault.language();
        let mut guard = self.guard();
        let now = guard.now;
        let prepared = guard.prepare(id, target, now)?;
        let connected = guard.connection()?.is_some();
        let inform_first = prepared.entry.content.kind == EntryKind::Signaal
            && prepared.state.transparency.is_none()
            && prepared.state.safety_exception.is_none();
        Ok(SharePreview {
            entry: id,
            target,
            json: prepared.payload.to_json(),
            payload: prepared.payload,
            findings: prepared.findings,
            eligibility: prepared.eligibility,
            guidance: share_guidance(target, lang),
            inform_first,
            connected,
        })
    }

    /// Whether `id` may go to `target` now, and if not, why.
    pub fn eligibility(&self, id: EntryId, target: Partner) -> Result<Eligibility> {
        let mut guard = self.guard();
        let now = guard.now;
        Ok(guard.prepare(id, target, now)?.eligibility)
    }

    /// Records the worker's decision on one finding (by the key the preview gave). Keeping a
    /// direct identifier needs a reason: use [`Vault::keep_finding`]; here it is refused with
    /// `KeepReasonMissing`. A possible name may be kept without one.
    pub fn decide_finding(&self, id: EntryId, key: &str, decision: Decision) -> Result<()> {
        self.record_decision(id, key, decision, None)
    }

    /// Keeps one finding as written, with the worker's reason in a few words ("publiek figuur",
    /// "naam van de school"). The reason is sealed with the entry; the audit log records only
    /// that a finding of this kind was kept, and the accountability report counts it.
    pub fn keep_finding(&self, id: EntryId, key: &str, reason: &str) -> Result<()> {
        self.record_decision(id, key, Decision::Keep, Some(reason))
    }

    /// The worker's reason for keeping a finding, if one was given.
    pub fn kept_reason(&self, id: EntryId, key: &str) -> Result<Option<String>> {
        let key: FindingKey = key.parse().map_err(|_| Error::FindingNotFound)?;
        let state = self.guard().sharing_state(id)?;
        Ok(state.kept.get(&key).map(|kept| kept.reason.clone()))
    }

    fn record_decision(
        &self,
        id: EntryId,
        key: &str,
        decision: Decision,
        reason: Option<&str>,
    ) -> Result<()> {
        let key: FindingKey = key.parse().map_err(|_| Error::FindingNotFound)?;
        let mut guard = self.guard();
        let now = guard.now;
        let stored = guard.stored(id)?;
        if !crate::minimise::scan_content(&stored.content)
            .iter()
            .any(|f| f.key() == key)
        {
            return Err(Error::FindingNotFound);
        }
        let reason = reason
            .map(str::trim)
            .filter(|r| r.chars().count() >= KEEP_REASON_MIN);
        if decision == Decision::Keep && key.kind().keep_needs_reason() && reason.is_none() {
            return Err(Error::Consent(ConsentProblem::KeepReasonMissing));
        }
        let mut state = guard.sharing_state(id)?;
        state.decisions.insert(key, decision);
        match (decision, reason) {
            (Decision::Keep, Some(reason)) => {
                state.kept.insert(
                    key,
                    KeptFinding {
                        reason: reason.chars().take(KEEP_REASON_MAX).collect(),
                        at: now,
                    },
                );
            }
            _ => {
                state.kept.remove(&key);
            }
        }
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_sharing(id, &state)?;
        if decision == Decision::Keep {
            tx.audit(NewRecord {
                at: now,
                action: AuditAction::FindingKept,
                entry: Some(id),
                reason: format!("kept:{}", key.kind().code()),
            })?;
        }
        tx.commit()
    }

    /// Applies one decision to every finding of the entry (the "remove all" button). Keeping
    /// them all is refused when one of them is a direct identifier, which needs its own reason.
    pub fn decide_all_findings(&self, id: EntryId, decision: Decision) -> Result<u32> {
        let mut guard = self.guard();
        let stored = guard.stored(id)?;
        let mut state = guard.sharing_state(id)?;
        let findings = crate::minimise::scan_content(&stored.content);
        if decision == Decision::Keep && findings.iter().any(|f| f.kind.keep_needs_reason()) {
            return Err(Error::Consent(ConsentProblem::KeepReasonMissing));
        }
        if decision == Decision::Redact {
            state.kept.clear();
        }
        for finding in &findings {
            state.decisions.insert(finding.key(), decision);
        }
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        tx.put_sharing(id, &state)?;
        tx.commit()?;
        Ok(findings.len() as u32)
    }

    /// Puts the minimised projection of `id`, encrypted to the municipality, in the outbox.
    /// Refused with every reason when the entry may not go to `target`. A live share of an
    /// earlier revision to the same partner is retracted once this one is queued.
    pub fn share(&self, id: EntryId, target: Partner) -> Result<OutboxItem> {
        let mut guard = self.guard();
        let now = guard.now;
        let profile = guard.connection()?.ok_or(Error::NoConnection)?;
        let mut prepared = guard.prepare(id, target, now)?;
        if !prepared.eligibility.is_eligible() {
            return Err(Error::NotEligible(prepared.eligibility.blockers));
        }
        let json = prepared.payload.to_json();
        let content = encrypt_to(&profile.recipients, json.as_bytes())?;
        let organisation = prepared.payload.organisation.clone();
        let references = &prepared.references;
        let delivery = Delivery {
            document_id: references.document.clone(),
            case_id: references.case.clone(),
            case_title: references.case_title.clone(),
            case_start: references.case_start,
            title: format!(
                "Leefwereld {} {}",
                prepared.entry.content.kind.code(),
                references.document
            ),
            file_name: format!("{}.json.age", references.document),
            media_type: "application/octet-stream".into(),
            content,
            author: organisation,
            created: local_date(now),
        };
        let share = Record::new(
            Job::Share {
                entry: id,
                revision: prepared.entry.revision,
                target,
                delivery,
            },
            now,
        );
        let mut records = vec![share.clone()];
        for old in prepared
            .state
            .shares
            .iter_mut()
            .filter(|s| s.is_live() && s.target == target)
        {
            old.retract_requested_at = Some(now);
            let mut retract = Record::new(
                Job::Retract {
                    entry: Some(id),
                    case_id: old.case_id.clone(),
                    document_id: old.document_id.clone(),
                },
                now,
            );
            // Ordered after the new share, so the receiver never has neither.
            retract.created_at = now + Duration::milliseconds(records.len() as i64);
            records.push(retract);
        }
        prepared.state.shares.push(ShareRecord {
            target,
            revision: prepared.entry.revision,
            case_id: references.case.clone(),
            document_id: references.document.clone(),
            queued_at: now,
            delivered_at: None,
            retract_requested_at: None,
            retracted_at: None,
        });
        let (db, session) = guard.unlocked()?;
        let mut tx = session.begin(db)?;
        for record in &records {
            tx.put_outbox(record)?;
        }
        tx.put_sharing(id, &prepared.state)?;
        tx.set_share_status(id, ShareStatus::Queued)?;
        tx.commit()?;
        Ok(share.view())
    }
}

//! The share preview (what exactly would leave the device, the minimiser's findings, whether it
//! is allowed and what the partner may do with it), the worker's decisions on findings, and the
//! share itself, which queues the entry in the outbox.

use leefwereld_core as lw;
use lw::share::payload;

use crate::positions::ShareGuidance;
use crate::sync::OutboxItem;
use crate::types::{
    Blocker, CalendarDate, Decision, FindingField, FindingKind, FrameRule, Partner,
};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// One finding of the minimiser, where it is and what replaces it, with the worker's decision
/// so far.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FindingView {
    /// Pass this to `Vault.decide_finding`.
    pub key: String,
    pub kind: FindingKind,
    pub field: FindingField,
    /// Byte offsets of the match in the field's UTF-8 text.
    pub start: u64,
    pub end: u64,
    /// The identifier as written (shown only on this device).
    pub matched: String,
    /// What is sent instead when it is redacted.
    pub replacement: String,
    pub decision: Option<Decision>,
    /// Why this kind of finding identifies someone, in the vault's language.
    pub why: String,
}

/// Whether an entry may go to a partner now, and every reason why not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Eligibility {
    pub target: Partner,
    pub eligible: bool,
    pub blockers: Vec<Blocker>,
    /// The reasons in plain words, in the vault's language, one per blocker.
    pub reasons: Vec<String>,
    /// The frame rules that refuse the entry (with `Blocker.FRAME_REFUSED`).
    pub frame_rules: Vec<FrameRule>,
}

impl Eligibility {
    fn from_core(e: lw::share::Eligibility, lang: lw::Lang) -> Self {
        Eligibility {
            target: e.target,
            eligible: e.is_eligible(),
            reasons: e.reasons(lang),
            blockers: e.blockers.into_iter().collect(),
            frame_rules: e.frame_rules.into_iter().collect(),
        }
    }
}

/// The consent as the receiver sees it in the payload (codes and a day).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SharedConsent {
    pub given_by: String,
    pub informed_how: String,
    pub given_on: CalendarDate,
    /// Partner codes.
    pub scope: Vec<String>,
}

/// The minimised projection exactly as it would be sent: codes, a date or week, an age band,
/// and free text after the worker's decisions. Never aliases, exact times or the entry's id.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SharedPayload {
    pub schema: String,
    /// The document's stable reference at the receiver.
    pub reference: String,
    pub revision: u32,
    pub organisation: String,
    /// The pseudonymous installation it comes from.
    pub device: String,
    /// Codes of the partner and the vocabularies.
    pub target: String,
    pub kind: String,
    pub theme: String,
    pub platform: String,
    pub source_type: String,
    pub urgency: String,
    /// A date for a signal, an ISO week for a trend.
    pub observed: String,
    pub neighbourhood: String,
    pub age_band: Option<String>,
    pub text: String,
    pub reason: Option<String>,
    pub consent: Option<SharedConsent>,
    pub shared_on: CalendarDate,
}

impl From<payload::SharedEntry> for SharedPayload {
    fn from(p: payload::SharedEntry) -> Self {
        SharedPayload {
            schema: p.schema,
            reference: p.reference,
            revision: p.revision,
            organisation: p.organisation,
            device: p.device,
            target: p.target.code().to_owned(),
            kind: p.kind.code().to_owned(),
            theme: p.theme.code().to_owned(),
            platform: p.platform.code().to_owned(),
            source_type: p.source_type.code().to_owned(),
            urgency: p.urgency.code().to_owned(),
            observed: p.observed,
            neighbourhood: p.neighbourhood,
            age_band: p.age_band.map(|b| b.code().to_owned()),
            text: p.text,
            reason: p.reason,
            consent: p.consent.map(|c| SharedConsent {
                given_by: c.given_by.code().to_owned(),
                informed_how: c.informed_how.code().to_owned(),
                given_on: c.given_on.into(),
                scope: c.scope.iter().map(|p| p.code().to_owned()).collect(),
            }),
            shared_on: p.shared_on.into(),
        }
    }
}

/// Everything the worker needs to decide on sharing one entry with one partner.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SharePreview {
    pub entry: String,
    pub target: Partner,
    pub payload: SharedPayload,
    /// The same projection as the JSON that is encrypted and sent.
    pub json: String,
    pub findings: Vec<FindingView>,
    pub eligibility: Eligibility,
    /// What the receiving partner may and may not do with it.
    pub guidance: ShareGuidance,
    /// A signal whose young person was not informed, without a recorded safety exception.
    pub inform_first: bool,
    /// Whether a connection to a case system is set up (sharing needs one).
    pub connected: bool,
}

#[uniffi::export]
impl Vault {
    /// What sharing entry `id` with `target` would send, the findings to resolve, whether it
    /// is allowed (with every reason), and what the partner may do with it.
    pub fn share_preview(
        &self,
        id: String,
        target: Partner,
    ) -> Result<SharePreview, LeefwereldError> {
        let id = self.id(&id)?;
        let lang = self.inner.language();
        let p = self.call(self.inner.sharing().preview(id, target))?;
        Ok(SharePreview {
            entry: p.entry.to_string(),
            target: p.target,
            payload: p.payload.into(),
            json: p.json,
            findings: p
                .findings
                .into_iter()
                .map(|f| FindingView {
                    key: f.key,
                    kind: f.kind,
                    field: f.field,
                    start: f.start as u64,
                    end: f.end as u64,
                    matched: f.matched,
                    replacement: f.replacement,
                    decision: f.decision,
                    why: f.kind.why(lang),
                })
                .collect(),
            eligibility: Eligibility::from_core(p.eligibility, lang),
            guidance: p.guidance.into(),
            inform_first: p.inform_first,
            connected: p.connected,
        })
    }

    /// Whether entry `id` may go to `target` now, and if not, why (in the vault's language).
    pub fn eligibility(&self, id: String, target: Partner) -> Result<Eligibility, LeefwereldError> {
        let id = self.id(&id)?;
        let eligibility = self.call(self.inner.sharing().eligibility(id, target))?;
        Ok(Eligibility::from_core(eligibility, self.inner.language()))
    }

    /// Records the worker's decision on one finding, by the key the preview gave; a key that is
    /// not a finding of this entry raises `FindingNotFound`.
    pub fn decide_finding(
        &self,
        id: String,
        key: String,
        decision: Decision,
    ) -> Result<(), LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.sharing().decide_finding(id, &key, decision))
    }

    /// Keeps one finding as written, with the worker's reason in a few words. A direct
    /// identifier cannot be kept without one (`decide_finding` with `Keep` raises `Consent`
    /// for it); a possible name can. The reason stays with the entry, encrypted; the audit log
    /// records only the kind.
    pub fn keep_finding(
        &self,
        id: String,
        key: String,
        reason: String,
    ) -> Result<(), LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.sharing().keep_finding(id, &key, &reason))
    }

    /// Applies one decision to every finding of the entry (the "replace all" button); returns
    /// how many findings it decided.
    pub fn decide_all_findings(
        &self,
        id: String,
        decision: Decision,
    ) -> Result<u32, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.sharing().decide_all_findings(id, decision))
    }

    /// Puts the minimised projection of entry `id`, encrypted to the municipality, in the
    /// outbox. Raises `NotEligible` with every reason when it may not go to `target`, and
    /// `NoConnection` without a connection profile.
    pub fn share(&self, id: String, target: Partner) -> Result<OutboxItem, LeefwereldError> {
        let id = self.id(&id)?;
        let item = self.call(self.inner.sharing().share(id, target))?;
        Ok(OutboxItem::from_core(item, self.inner.language()))
    }
}

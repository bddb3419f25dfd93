//! Consent: who agreed to sharing an entry, how they were informed, when, with which partners,
//! and whether it was withdrawn — and the one function that decides whether an entry may go to
//! a target, saying why not in words a youth worker understands.

use chrono::{DateTime, Utc};
use leefwereld_locales::Lang;
use serde::{Deserialize, Serialize};

pub use crate::error::Blocker;
use crate::frames::FrameRule;
use crate::model::{AgeBand, Entry, EntryKind};
use crate::positions::Partner;

code_enum! {
    /// Who gave consent.
    ConsentGiver, "consent-giver" {
        /// The young person the signal is about.
        YoungPerson = "young-person",
        /// A parent or guardian (required below 16).
        ParentGuardian = "parent-guardian",
        /// The worker's own release of a trend (a trend is about no one).
        WorkerRelease = "worker-release",
    }
}

code_enum! {
    /// How the person was told what sharing means.
    InformedHow, "informed" {
        InPerson = "in-person",
        Message = "message",
        Phone = "phone",
        InWriting = "in-writing",
        /// For a worker's release of a trend: nobody to inform.
        NotApplicable = "not-applicable",
    }
}

/// What the worker records when consent is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentInput {
    pub given_by: ConsentGiver,
    pub informed_how: InformedHow,
    pub given_at: DateTime<Utc>,
    /// The partners it may go to.
    pub scope: Vec<Partner>,
}

/// A consent as kept with the entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub given_by: ConsentGiver,
    pub informed_how: InformedHow,
    pub given_at: DateTime<Utc>,
    pub scope: Vec<Partner>,
    pub recorded_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawn_at.is_none()
    }

    /// The audit reason parts that describe this consent (no content).
    pub(crate) fn basis(&self) -> String {
        let scope: Vec<&str> = self.scope.iter().map(|p| p.code()).collect();
        format!(
            "given-by:{};informed:{};scope:{}",
            self.given_by,
            self.informed_how,
            scope.join("+")
        )
    }
}

/// The decision for one entry and one target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub target: Partner,
    pub blockers: Vec<Blocker>,
    /// The frame rules that refuse it (when `FrameRefused` is among the blockers).
    pub frame_rules: Vec<FrameRule>,
}

impl Eligibility {
    pub fn is_eligible(&self) -> bool {
        self.blockers.is_empty()
    }

    /// Every reason, in plain words.
    pub fn reasons(&self, lang: Lang) -> Vec<String> {
        self.blockers.iter().map(|b| b.explanation(lang)).collect()
    }
}

/// What [`decide`] needs to know besides the entry and its consent.
#[derive(Debug, Clone, Default)]
pub struct Circumstances {
    /// Minimiser findings without a decision.
    pub unresolved: usize,
    /// Frame rules that refuse the entry as it is now.
    pub frame_rules: Vec<FrameRule>,
    /// Whether this revision already went (or is going) to the target.
    pub already_shared: bool,
}

/// Decides whether `entry` may be shared with `target` under `consent`.
pub fn decide(
    entry: &Entry,
    consent: Option<&Consent>,
    target: Partner,
    circumstances: &Circumstances,
) -> Eligibility {
    let mut blockers = Vec::new();
    match consent {
        None => blockers.push(Blocker::NoConsent),
        Some(c) if !c.is_active() => blockers.push(Blocker::ConsentWithdrawn),
        Some(c) => {
            if !c.scope.contains(&target) {
                blockers.push(Blocker::OutOfScope);
            }
            let right_giver = match entry.content.kind {
                EntryKind::Trend => c.given_by == ConsentGiver::WorkerRelease,
                EntryKind::Signaal => c.given_by != ConsentGiver::WorkerRelease,
            };
            if !right_giver {
                blockers.push(Blocker::WrongGiver);
            }
            let under_16 = matches!(
                entry.content.age_band,
                Some(AgeBand::Under12 | AgeBand::From12To15)
            );
            if entry.content.kind == EntryKind::Signaal
                && under_16
                && c.given_by == ConsentGiver::YoungPerson
            {
                blockers.push(Blocker::ParentNeeded);
            }
        }
    }
    if circumstances.unresolved > 0 {
        blockers.push(Blocker::UnresolvedFindings);
    }
    if !circumstances.frame_rules.is_empty() {
        blockers.push(Blocker::FrameRefused);
    }
    if circumstances.already_shared {
        blockers.push(Blocker::AlreadyShared);
    }
    Eligibility {
        target,
        blockers,
        frame_rules: circumstances.frame_rules.clone(),
    }
}

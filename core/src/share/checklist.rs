//! The share screen's checklist: the few things that stand between an entry and the outbox,
//! each done or not, read from the preview's verdict so that the list and the verdict can
//! never disagree.

use super::consent::Blocker;
use super::preview::SharePreview;
use crate::model::EntryKind;

code_enum! {
    /// One step on the way to sharing, in the order the worker takes them.
    ShareStep, "share-step" {
        /// The receiving partner, and that this revision did not go to it already.
        Partner = "partner",
        /// A consent that covers this entry and this partner.
        Consent = "consent",
        /// For a signal: the young person was told, or a safety exception is recorded.
        Informing = "informing",
        /// Every name, number or address the minimiser found is replaced or kept.
        Findings = "findings",
        /// The rules of the worker's role (shown only when they refuse the entry).
        Frames = "frames",
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareCheck {
    pub step: ShareStep,
    pub done: bool,
    /// How many things are still open in this step (the undecided findings); 0 when done.
    pub open: u32,
}

impl SharePreview {
    /// The checklist for this preview. A step is done exactly when none of the verdict's
    /// blockers belongs to it; informing is not a blocker but a duty the screen shows.
    pub fn checklist(&self) -> Vec<ShareCheck> {
        let blocked = |step: ShareStep| {
            self.eligibility
                .blockers
                .iter()
                .any(|blocker| step_of(*blocker) == step)
        };
        let open_findings = self
            .findings
            .iter()
            .filter(|finding| finding.decision.is_none())
            .count();
        let check = |step: ShareStep, done: bool| ShareCheck {
            step,
            done,
            open: 0,
        };
        let mut list = vec![
            check(ShareStep::Partner, !blocked(ShareStep::Partner)),
            check(ShareStep::Consent, !blocked(ShareStep::Consent)),
        ];
        if self.payload.kind == EntryKind::Signaal {
            list.push(check(ShareStep::Informing, !self.inform_first));
        }
        list.push(ShareCheck {
            open: u32::try_from(open_findings).unwrap_or(u32::MAX),
            ..check(
                ShareStep::Findings,
                !blocked(ShareStep::Findings) && open_findings == 0,
            )
        });
        if blocked(ShareStep::Frames) {
            list.push(check(ShareStep::Frames, false));
        }
        list
    }
}

/// The step a blocker belongs to.
fn step_of(blocker: Blocker) -> ShareStep {
    match blocker {
        Blocker::NoConsent
        | Blocker::ConsentWithdrawn
        | Blocker::OutOfScope
        | Blocker::WrongGiver
        | Blocker::ParentNeeded => ShareStep::Consent,
        Blocker::UnresolvedFindings => ShareStep::Findings,
        Blocker::FrameRefused => ShareStep::Frames,
        Blocker::AlreadyShared => ShareStep::Partner,
    }
}

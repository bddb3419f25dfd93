//! Why consent cannot be recorded, and why an entry may not go to a partner.

use leefwereld_locales::{Lang, tr};

code_enum! {
    /// Why an entry may not go to a target.
    Blocker, "blocker" {
        NoConsent = "no-consent",
        ConsentWithdrawn = "consent-withdrawn",
        OutOfScope = "out-of-scope",
        /// A trend is released by the worker; a signal needs the young person or a parent.
        WrongGiver = "wrong-giver",
        /// Below 16 a parent or guardian consents (AVG art. 8, UAVG art. 5).
        ParentNeeded = "parent-needed",
        /// The minimiser found identifiers the worker has not resolved.
        UnresolvedFindings = "unresolved-findings",
        /// The role frame does not allow sharing this entry.
        FrameRefused = "frame-refused",
        /// This revision already went to this partner.
        AlreadyShared = "already-shared",
    }
}

impl Blocker {
    /// The reason in plain words.
    pub fn explanation(self, lang: Lang) -> String {
        tr(lang, &format!("blocker-{}-explanation", self.code()))
    }
}

code_enum! {
    /// What is wrong with recorded consent or transparency, or with a decision taken before
    /// sharing.
    ConsentProblem, "consent-problem" {
        /// A trend is released by the worker, a signal consented to by the young person or a parent.
        WrongGiver = "wrong-giver",
        /// At least one partner must be chosen.
        EmptyScope = "empty-scope",
        InFuture = "in-future",
        /// A safety exception needs a justification of some substance.
        JustificationMissing = "justification-missing",
        NothingToWithdraw = "nothing-to-withdraw",
        /// Keeping a direct identifier as written needs a reason of a few words.
        KeepReasonMissing = "keep-reason-missing",
    }
}

impl ConsentProblem {
    pub fn localized(self, lang: Lang) -> String {
        tr(
            lang,
            &format!("consent-problem-{}-explanation", self.code()),
        )
    }
}

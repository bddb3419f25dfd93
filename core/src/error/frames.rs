//! The rules of the role frames, by which a refusal names what stopped an entry.

use leefwereld_locales::{Lang, tr};

code_enum! {
    /// The rules of the role frames.
    FrameRule, "frame" {
        /// A signal needs a concrete reason: no monitoring without one (seed 003).
        ConcreteReason = "concrete-reason",
        /// A municipal user may not record person-related information from closed sources (seeds 000, 002, 003).
        MunicipalClosedSource = "municipal-closed-source",
        /// Municipal users should not take part in closed groups at all (seed 003).
        MunicipalClosedGroupTrend = "municipal-closed-group-trend",
        /// Systematic monitoring is not allowed: repeated signals about the same person need a new reason (seeds 002, 003).
        SystematicMonitoring = "systematic-monitoring",
        /// Online work is outside the boa domain 1 criterion; observe open sources as toezichthouder (seed 002).
        BoaOnline = "boa-online",
        /// Police use of closed sources needs an order of the public prosecutor (seed 002).
        PoliceClosedSource = "police-closed-source",
        /// Youth workers are open with young people about what they note and share (seed 002).
        Transparency = "transparency",
    }
}

impl FrameRule {
    /// What the rule means for the worker, in plain words.
    pub fn explanation(self, lang: Lang) -> String {
        tr(lang, &format!("frame-{}-explanation", self.code()))
    }
}

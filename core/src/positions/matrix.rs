//! The matrix that opens "who may do what": every partner against the things people ask about
//! first — open sources, closed groups, a work account, an anonymous account, and a note the
//! worker shares — each cell a verdict (with a sign, not only a colour) and a few words from
//! seed 002. The verdicts are decided here, in code and tested; the words live in
//! `locales/{nl,en}/positions.ftl` as `position-matrix-<partner>-<activity>`.

use leefwereld_locales::{Lang, tr};

use super::Partner;

code_enum! {
    /// What the matrix asks about each partner.
    Activity, "position-activity" {
        /// Public posts, profiles and comments.
        OpenSources = "open-sources",
        /// Closed groups, group chats and shielded accounts.
        ClosedGroups = "closed-groups",
        /// An account in the partner's own name or function.
        WorkAccount = "work-account",
        /// Searching unseen, under another name (OSINT).
        AnonymousAccount = "anonymous-account",
        /// What the partner may do with a note the worker shares.
        SharedNote = "shared-note",
    }
}

code_enum! {
    /// The verdict of one cell.
    Allowance, "position-allowance" {
        Allowed = "allowed",
        /// Allowed only under a condition the cell names.
        Conditional = "conditional",
        NotAllowed = "not-allowed",
        /// The partner has no active role online (the school).
        NoRole = "no-role",
        /// The source text does not say; the app does not guess.
        NotDescribed = "not-described",
    }
}

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub activity: Activity,
    pub allowance: Allowance,
    /// The condition or reason in a few words.
    pub words: String,
}

/// The verdict for `partner` and `activity`, as seed 002 describes the partner.
pub fn allowance(partner: Partner, activity: Activity) -> Allowance {
    use Activity::*;
    use Allowance::*;
    match (partner, activity) {
        // Public sources with a functional account; closed ones only under an OM order.
        (Partner::Police, OpenSources | WorkAccount) => Allowed,
        (Partner::Police, ClosedGroups | AnonymousAccount | SharedNote) => Conditional,
        // As supervisor (Awb) signal and observe in public sources; as boa domain 1 not online.
        (Partner::Enforcement, ClosedGroups) => NotAllowed,
        (Partner::Enforcement, _) => Conditional,
        // No active role online; the school may use what it hears.
        (Partner::School, SharedNote) => Allowed,
        (Partner::School, _) => NoRole,
        // Art. 172 Gemeentewet, under the four conditions; never systematic monitoring.
        (Partner::MunicipalityOov, ClosedGroups) => NotAllowed,
        (Partner::MunicipalityOov, WorkAccount) => NotDescribed,
        (Partner::MunicipalityOov, _) => Conditional,
        // Work accounts, trust and transparency towards young people.
        (Partner::YouthWork, OpenSources | WorkAccount) => Allowed,
        (Partner::YouthWork, ClosedGroups | SharedNote) => Conditional,
        (Partner::YouthWork, AnonymousAccount) => NotDescribed,
    }
}

/// The row of `partner`, one cell per activity in their fixed order.
pub fn row(partner: Partner, lang: Lang) -> Vec<Cell> {
    Activity::ALL
        .iter()
        .map(|activity| Cell {
            activity: *activity,
            allowance: allowance(partner, *activity),
            words: tr(
                lang,
                &format!("position-matrix-{}-{}", partner.code(), activity.code()),
            ),
        })
        .collect()
}

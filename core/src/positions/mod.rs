//! The information position of each partner in the online world of young people (seed 002),
//! the four principles for all partners, the municipal conditions for online research
//! (seeds 000, 001, 003), and what a partner may do with an entry shared to it.
//!
//! All text lives in `locales/{nl,en}/positions.ftl`; this module only knows the id scheme:
//!
//! | id | what |
//! |---|---|
//! | `partner-<code>` | the partner's name |
//! | `position-heading-<code>` | a heading of the cards ([`Heading`]) |
//! | `position-disclaimer` | "a general picture, not a complete legal one" |
//! | `position-<partner>-role` | the partner's role, a short paragraph |
//! | `position-<partner>-<section>-<n>` | item `n` of a section of the card |
//! | `position-principle-<n>-title`, `-body` | the four principles |
//! | `position-municipal-basis` | the legal basis of municipal online research |
//! | `position-municipal-condition-<n>`, `-avg-<n>`, `-note-<n>` | conditions, AVG principles, notes |
//! | `position-share-<partner>-basis` | the frame a receiving partner works in |
//! | `position-share-<partner>-may-<n>`, `-may-not-<n>` | what that partner may and may not do |
//! | `position-share-all-may-<n>`, `-may-not-<n>` | what holds for every receiving partner |
//! | `position-matrix-<partner>-<activity>` | the words of one cell of the matrix ([`matrix_row`]) |
//!
//! Lists are numbered from 1 without gaps and read until the first missing number, so adding an
//! item to a list means adding one message in each language and nothing in the code.

mod matrix;

pub use matrix::{Activity, Allowance, Cell, allowance, row as matrix_row};

use leefwereld_locales::{Lang, has, tr, tr_list as items};
use serde::{Deserialize, Serialize};

use crate::model::Role;

code_enum! {
    /// A partner in the local approach, as the infographic of seed 002 names them.
    Partner, "partner" {
        /// The police, including the digital community officer.
        Police = "politie",
        /// Municipal supervision and enforcement (toezichthouder, boa domein 1).
        Enforcement = "toezicht-handhaving",
        School = "school",
        /// The municipality's public order and safety department.
        MunicipalityOov = "gemeente-oov",
        YouthWork = "jongerenwerk",
    }
}

impl Partner {
    /// The partner whose frame applies to a user of `role`.
    ///
    /// A team lead gets `None`: team leads lead youth workers as well as police teams, so no
    /// single card is "theirs"; the app shows them every card without marking one.
    pub fn for_role(role: Role) -> Option<Partner> {
        match role {
            Role::YouthWorker => Some(Partner::YouthWork),
            Role::Police => Some(Partner::Police),
            Role::Enforcement => Some(Partner::Enforcement),
            Role::MunicipalityOov => Some(Partner::MunicipalityOov),
            Role::School => Some(Partner::School),
            Role::TeamLead => None,
        }
    }
}

code_enum! {
    /// The headings of the position screens, so the app takes no text of its own for them.
    Heading, "position-heading" {
        Role = "role",
        Online = "online",
        Sources = "sources",
        Needs = "needs",
        Opportunities = "opportunities",
        Training = "training",
        Principles = "principles",
        Municipal = "municipal",
        Conditions = "conditions",
        AvgPrinciples = "avg",
        Notes = "notes",
        May = "may",
        MayNot = "may-not",
        Basis = "basis",
        Disclaimer = "disclaimer",
    }
}

/// One partner's card: who they are and how they stand in the online world.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub partner: Partner,
    /// What the partner is for, in a few sentences.
    pub role: String,
    /// What the partner may and can do online, and under which rules.
    pub online: Vec<String>,
    /// Where the partner's information comes from.
    pub sources: Vec<String>,
    /// What information the partner looks for.
    pub needs: Vec<String>,
    /// Opportunities the seed names for this partner.
    pub opportunities: Vec<String>,
    /// Training: the OSINT levels for police, municipality and enforcement; workshops otherwise.
    pub training: Vec<String>,
}

impl Position {
    /// The list sections in the order of the card, each with its heading.
    pub fn sections(&self) -> [(Heading, &[String]); 5] {
        [
            (Heading::Online, &self.online),
            (Heading::Sources, &self.sources),
            (Heading::Needs, &self.needs),
            (Heading::Opportunities, &self.opportunities),
            (Heading::Training, &self.training),
        ]
    }
}

/// The card of `partner` in `lang`.
pub fn position(partner: Partner, lang: Lang) -> Position {
    let section = |name: &str| items(lang, &format!("position-{}-{name}", partner.code()));
    Position {
        partner,
        role: tr(lang, &format!("position-{}-role", partner.code())),
        online: section("online"),
        sources: section("sources"),
        needs: section("needs"),
        opportunities: section("opportunities"),
        training: section("training"),
    }
}

/// One of the principles that hold for every partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principle {
    pub title: String,
    pub body: String,
}

/// The four principles for all partners (seed 002), in order.
pub fn principles(lang: Lang) -> Vec<Principle> {
    (1..)
        .map(|n| format!("position-principle-{n}"))
        .take_while(|id| has(lang, &format!("{id}-title")))
        .map(|id| Principle {
            title: tr(lang, &format!("{id}-title")),
            body: tr(lang, &format!("{id}-body")),
        })
        .collect()
}

/// What a municipality must have in place before online research into persons (seed 000),
/// with the record-keeping and monitoring notes of seeds 001 and 003.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MunicipalConditions {
    /// The legal basis (Gemeentewet) and its limits.
    pub basis: String,
    /// The four conditions that must all hold.
    pub conditions: Vec<String>,
    /// The seven AVG principles, each with a one-line explanation.
    pub avg_principles: Vec<String>,
    /// Protocol with PO and FG, DPIA, controller, no systematic monitoring, record keeping.
    pub notes: Vec<String>,
}

/// The municipal conditions for online research in `lang`.
pub fn municipal_conditions(lang: Lang) -> MunicipalConditions {
    MunicipalConditions {
        basis: tr(lang, "position-municipal-basis"),
        conditions: items(lang, "position-municipal-condition"),
        avg_principles: items(lang, "position-municipal-avg"),
        notes: items(lang, "position-municipal-note"),
    }
}

/// What a receiving partner may and may not do with a minimised entry shared to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareGuidance {
    pub partner: Partner,
    /// What the partner may do: its own items first, then those for every partner.
    pub may: Vec<String>,
    /// What the partner may not do: its own items first, then those for every partner.
    pub may_not: Vec<String>,
    /// The frame the partner works in, in one or two sentences.
    pub basis: String,
}

/// The guidance the share preview shows for `partner` as the receiver.
///
/// It depends on the partner only, not on the entry: the entry that arrives is always the
/// minimised, consented projection, and the partner's legal frame is what limits its use.
pub fn share_guidance(partner: Partner, lang: Lang) -> ShareGuidance {
    let own = format!("position-share-{}", partner.code());
    let mut may = items(lang, &format!("{own}-may"));
    may.extend(items(lang, "position-share-all-may"));
    let mut may_not = items(lang, &format!("{own}-may-not"));
    may_not.extend(items(lang, "position-share-all-may-not"));
    ShareGuidance {
        partner,
        may,
        may_not,
        basis: tr(lang, &format!("{own}-basis")),
    }
}

/// The partners whose card or share guidance mentions every word of `query` (case does not
/// matter), in their fixed order; an empty query finds every partner.
pub fn search(query: &str, lang: Lang) -> Vec<Partner> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    Partner::ALL
        .iter()
        .copied()
        .filter(|partner| {
            let card = position(*partner, lang);
            let shared = share_guidance(*partner, lang);
            let mut text = vec![partner.label(lang), card.role.clone(), shared.basis.clone()];
            for (_, items) in card.sections() {
                text.extend(items.iter().cloned());
            }
            text.extend(shared.may.iter().cloned());
            text.extend(shared.may_not.iter().cloned());
            text.extend(matrix_row(*partner, lang).into_iter().map(|c| c.words));
            let text = text.join("\n").to_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// The caveat to show with every card: a general picture, not a complete legal one, and it
/// differs per municipality, portfolio and function (seed 002).
pub fn disclaimer(lang: Lang) -> String {
    tr(lang, "position-disclaimer")
}

//! The partners' information positions, the four principles, the municipal conditions and
//! what a receiving partner may do: texts from `locales/`, as the core assembles them.

use leefwereld_core as lw;
use lw::positions;

use crate::types::{Heading, Lang, Partner, Role};

/// One list section of a partner's card, with its heading.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PositionSection {
    pub heading: Heading,
    /// The heading's text.
    pub title: String,
    pub items: Vec<String>,
}

/// One partner's card: who they are and how they stand in the online world of young people.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Position {
    pub partner: Partner,
    /// The partner's name.
    pub name: String,
    /// What the partner is for, in a few sentences.
    pub role: String,
    /// Online, sources, needs, opportunities, training: in the card's order.
    pub sections: Vec<PositionSection>,
}

/// One of the principles that hold for every partner.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Principle {
    pub title: String,
    pub body: String,
}

/// What a municipality must have in place before online research into persons.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MunicipalConditions {
    /// The legal basis and its limits.
    pub basis: String,
    /// The conditions that must all hold.
    pub conditions: Vec<String>,
    /// The AVG principles, each with a one-line explanation.
    pub avg_principles: Vec<String>,
    pub notes: Vec<String>,
}

/// What a receiving partner may and may not do with a minimised entry shared to it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareGuidance {
    pub partner: Partner,
    pub may: Vec<String>,
    pub may_not: Vec<String>,
    /// The frame the partner works in.
    pub basis: String,
}

impl From<positions::ShareGuidance> for ShareGuidance {
    fn from(g: positions::ShareGuidance) -> Self {
        ShareGuidance {
            partner: g.partner,
            may: g.may,
            may_not: g.may_not,
            basis: g.basis,
        }
    }
}

/// The card of `partner` in `lang`.
#[uniffi::export]
pub fn position(partner: Partner, lang: Lang) -> Position {
    let card = positions::position(partner, lang);
    Position {
        partner,
        name: partner.label(lang),
        sections: card
            .sections()
            .iter()
            .map(|(heading, items)| PositionSection {
                heading: (*heading),
                title: heading.label(lang),
                items: items.to_vec(),
            })
            .collect(),
        role: card.role,
    }
}

/// Every partner's card, in the core's order.
#[uniffi::export]
pub fn positions(lang: Lang) -> Vec<Position> {
    lw::Partner::ALL
        .iter()
        .map(|partner| position(*partner, lang))
        .collect()
}

/// The partner whose frame applies to a user of `role`; none for a team lead, who sees every
/// card without one marked as theirs.
#[uniffi::export]
pub fn partner_for_role(role: Role) -> Option<Partner> {
    lw::Partner::for_role(role)
}

/// The four principles for all partners, in order.
#[uniffi::export]
pub fn principles(lang: Lang) -> Vec<Principle> {
    positions::principles(lang)
        .into_iter()
        .map(|p| Principle {
            title: p.title,
            body: p.body,
        })
        .collect()
}

/// The municipal conditions for online research.
#[uniffi::export]
pub fn municipal_conditions(lang: Lang) -> MunicipalConditions {
    let c = positions::municipal_conditions(lang);
    MunicipalConditions {
        basis: c.basis,
        conditions: c.conditions,
        avg_principles: c.avg_principles,
        notes: c.notes,
    }
}

/// What `partner` may and may not do with an entry shared to it (the share preview shows it).
#[uniffi::export]
pub fn share_guidance(partner: Partner, lang: Lang) -> ShareGuidance {
    positions::share_guidance(partner, lang).into()
}

/// The caveat shown with every card: a general picture, not a complete legal one.
#[uniffi::export]
pub fn positions_disclaimer(lang: Lang) -> String {
    positions::disclaimer(lang)
}

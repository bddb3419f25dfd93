//! The minimiser (hard rule 2 of the design): finds the direct identifiers in the free text of
//! an entry, so that nothing identifying leaves the device.
//!
//! [`scan`] finds; the worker resolves each [`Finding`] with a [`Decision`]; [`minimise`]
//! applies the decisions and lists every finding without one as unresolved, which blocks
//! sharing. [`redact_all`] replaces everything (previews, the "replace all" button).
//!
//! The detectors read a normalised copy of the text (`normalise`: NFKC, invisible characters
//! out, digits of every script, `(at)`/`punt`/`hxxp` read), and every finding is mapped back to
//! what the worker wrote, so replacing works on the original. Detection is by regular
//! expressions (the `regex` crate runs in linear time, so no text can make it hang), checked
//! with the BSN's 11-test and the IBAN's mod-97 where those apply, and by name lists
//! (`lexicon`, finite-state sets built at compile time). Times, dates, amounts, school years,
//! week numbers and percentages are never flagged as phone numbers, ids, ages or house
//! numbers. Where two findings overlap, the longer wins; at equal length the more specific
//! kind wins.
//!
//! Names: the aliases the worker tagged (`names`), names after a cue ("heet Kevin", "gesprek
//! met Thijs ter Horst", "naam: …", "t.n.v. J. Doelwijt") and possible names from the name
//! lists in any case ("mo en ayoub"), with a stop-list for slang, platforms, brands, places and
//! public figures (`possible_names`). A possible name is a finding of its own kind: one tap
//! replaces or keeps it.
//!
//! What it does not do: recognise a name that is in no list, has no cue and is written in lower
//! case, or a nickname that is an ordinary word ("de kleine"); describe a person indirectly
//! ("de zoon van de bakker op de hoek"). A street without a house number, a neighbourhood, a
//! school or a shop is a place, not an identifier, and stays.

mod addresses;
mod ages;
mod checksums;
mod dates;
mod keep;
mod key;
mod lexicon;
mod names;
mod normalise;
mod numbers;
mod online;
mod patterns;
mod possible_names;
mod projection;
mod resolve;

use std::fmt;

use leefwereld_locales::Lang;

use crate::model::{AgeBand, EntryContent};

pub use key::{BadFindingKey, FindingKey};
pub use lexicon::lexicon_bytes;
pub use projection::{Minimised, minimise, redact_all};

code_enum! {
    /// Which free-text field of an [`EntryContent`] a finding is in (not `TextField`, which
    /// SwiftUI has).
    FindingField, "finding-field" {
        Text = "text",
        Reason = "reason",
        Neighbourhood = "neighbourhood",
    }
}

code_enum! {
    /// What kind of direct identifier a finding is. Each kind has a label (`finding-<code>`)
    /// and a short explanation for the worker (`finding-<code>-why`).
    FindingKind, "finding" {
        /// A name or alias the worker tagged, or a name introduced with a cue.
        Name = "name",
        /// An @handle or a user name on a platform (incl. Discord `name#1234`).
        Handle = "handle",
        /// A link: profiles, videos, group invites.
        Url = "url",
        Email = "email",
        /// A Dutch or international phone number.
        Phone = "phone",
        /// A citizen service number that passes the 11-test.
        Bsn = "bsn",
        /// A bank account number that passes mod-97 and its country's format.
        Iban = "iban",
        Postcode = "postcode",
        /// A street name with a house number.
        Address = "address",
        LicencePlate = "licence-plate",
        /// A long number (8 digits or more) that is none of the above.
        NumericId = "numeric-id",
        /// An exact age; replaced by its age band.
        ExactAge = "exact-age",
        /// A word that may be a name nobody tagged: from the name lists, or capitalised like
        /// one. Replaced like a name; kept with one tap where it is no name.
        PossibleName = "possible-name",
        /// A date of birth ("geb. 17-08-2011", "geboren 7 maart 2011").
        DateOfBirth = "date-of-birth",
    }
}

code_enum! {
    /// The worker's resolution of a finding.
    Decision, "finding-decision" {
        /// Replace it with its replacement token.
        Redact = "redact",
        /// Keep it as written: it is not identifying here.
        Keep = "keep",
    }
}

impl FindingField {
    /// This field of `content`.
    pub fn of(self, content: &EntryContent) -> &str {
        match self {
            FindingField::Text => &content.text,
            FindingField::Reason => &content.reason,
            FindingField::Neighbourhood => &content.neighbourhood,
        }
    }
}

impl FindingKind {
    /// The id of the short explanation in `locales/` (`finding-<code>-why`).
    pub fn why_id(self) -> String {
        format!("{}-why", self.label_id())
    }

    /// The translated short explanation: why this kind identifies someone.
    pub fn why(self, lang: Lang) -> String {
        leefwereld_locales::tr(lang, &self.why_id())
    }

    /// The Dutch replacement token of this kind, e.g. `[naam]`; `None` for
    /// [`FindingKind::ExactAge`], whose token is its age band ([`age_band_token`]). Tokens are
    /// payload, not interface text: the receiving system is Dutch, and a token must read the
    /// same whatever language the worker's app is in.
    pub fn token(self) -> Option<&'static str> {
        Some(match self {
            FindingKind::Name | FindingKind::PossibleName => "[naam]",
            FindingKind::DateOfBirth => "[geboortedatum]",
            FindingKind::Handle => "[account]",
            FindingKind::Url => "[link]",
            FindingKind::Email => "[e-mail]",
            FindingKind::Phone => "[telefoon]",
            FindingKind::Bsn => "[bsn]",
            FindingKind::Iban => "[iban]",
            FindingKind::Postcode => "[postcode]",
            FindingKind::Address => "[adres]",
            FindingKind::LicencePlate => "[kenteken]",
            FindingKind::NumericId => "[nummer]",
            FindingKind::ExactAge => return None,
        })
    }
}

impl FindingKind {
    /// Whether keeping a finding of this kind as written needs a reason from the worker: every
    /// direct identifier does; a possible name (often no name at all) does not.
    pub fn keep_needs_reason(self) -> bool {
        self != FindingKind::PossibleName
    }
}

/// The replacement of an exact age: its band, e.g. `[16-17 jaar]`.
pub fn age_band_token(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Under12 => "[0-11 jaar]",
        AgeBand::From12To15 => "[12-15 jaar]",
        AgeBand::From16To17 => "[16-17 jaar]",
        AgeBand::From18To22 => "[18-22 jaar]",
        AgeBand::From23 => "[23+ jaar]",
    }
}

/// One direct identifier in one field.
///
/// Only [`scan`] makes findings: the key is computed from the value the detector recognised.
/// Where two readings overlap and no shorter reading separates them, the finding covers both
/// and has the kind of the longer one, so that no part of either is left behind.
///
/// Its `Debug` output leaves out the matched text, so a finding in a log or a panic message
/// reveals nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct Finding {
    pub field: FindingField,
    pub kind: FindingKind,
    /// Byte offset of the start in the field's text, on a char boundary.
    pub start: usize,
    /// Byte offset just past the end, on a char boundary.
    pub end: usize,
    /// The text as written.
    pub matched: String,
    /// What replaces it when redacted: a Dutch token such as `[naam]` or `[16-17 jaar]`.
    pub replacement: String,
    key: FindingKey,
}

impl Finding {
    /// Its identity across re-scans: the same value in the same field and of the same kind
    /// has the same key, however it is spelled ("06-12345678" and "0612345678"; "Kevin" and
    /// "kevins"), so a decision survives edits of the text around it.
    pub fn key(&self) -> FindingKey {
        self.key
    }
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("field", &self.field)
            .field("kind", &self.kind)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("replacement", &self.replacement)
            .finish_non_exhaustive()
    }
}

/// The direct identifiers in `text`, one field of an entry, sorted by position and never
/// overlapping. `aliases` are the names the worker tagged; they are found case- and
/// diacritics-insensitively as whole words, possessives included.
pub fn scan(field: FindingField, text: &str, aliases: &[String]) -> Vec<Finding> {
    let aliases = names::Aliases::new(aliases);
    scan_with(field, text, &aliases)
}

/// The findings of all three free-text fields of `content` (text, reason, neighbourhood),
/// with its tagged aliases, in that order.
pub fn scan_content(content: &EntryContent) -> Vec<Finding> {
    let aliases = names::Aliases::new(&content.aliases);
    FindingField::ALL
        .iter()
        .flat_map(|field| scan_with(*field, field.of(content), &aliases))
        .collect()
}

fn scan_with(field: FindingField, original: &str, aliases: &names::Aliases) -> Vec<Finding> {
    if original.is_empty() {
        return Vec::new();
    }
    // Detectors read the normalised text; findings are mapped back to what was written.
    let normalised = normalise::Normalised::new(original);
    let text = normalised.text.as_str();
    let mut candidates = Vec::new();
    aliases.find(text, &mut candidates);
    names::find_cued(text, &mut candidates);
    online::find(text, &mut candidates);
    numbers::find(text, &mut candidates);
    dates::find(text, &mut candidates);
    // These read the words around a match, so they come last and see what was found.
    addresses::find(text, &resolve::Coverage::of(&candidates), &mut candidates);
    addresses::find_more(text, &resolve::Coverage::of(&candidates), &mut candidates);
    possible_names::find(text, &resolve::Coverage::of(&candidates), &mut candidates);
    ages::find(text, &resolve::Coverage::of(&candidates), &mut candidates);
    let keeps = keep::spans(text);
    let tokens = keep::tokens(text);
    let mut findings: Vec<Finding> = Vec::new();
    for candidate in resolve::resolve(text, candidates, &keeps, &tokens) {
        let span = normalised.original(candidate.start..candidate.end);
        if span.is_empty() {
            continue;
        }
        // Two findings in the text one character stands for become one.
        if let Some(last) = findings.last_mut()
            && last.end > span.start
        {
            last.end = last.end.max(span.end);
            last.matched = original[last.start..last.end].to_owned();
            continue;
        }
        findings.push(Finding {
            field,
            kind: candidate.kind,
            start: span.start,
            end: span.end,
            matched: original[span].to_owned(),
            key: FindingKey::new(field, candidate.kind, &candidate.canonical),
            replacement: candidate.replacement,
        });
    }
    findings
}

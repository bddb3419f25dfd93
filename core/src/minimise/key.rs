//! The identity of a finding across re-scans, without its value in the clear.
//!
//! A key is the field, the kind and a BLAKE3 hash (derive-key mode, a context of its own) of
//! the value in a canonical spelling, so "06-12345678" and "+31 6 1234 5678" share a key and
//! one decision covers both. The hash is not keyed: a short value (a phone number, a BSN) can
//! be found again by trying every possible value. Keys therefore belong inside sealed entry
//! records only, never in the audit log or a shared payload.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{FindingField, FindingKind};
use crate::text::fold;

const CONTEXT: &str = "leefwereld 2026-11 minimiser finding keys";
const DIGEST_LEN: usize = 16;

/// The stable identity of a finding: field, kind and a hash of the canonical value.
///
/// Written as `field:kind:hex` (e.g. `text:phone:3f…`), also in JSON, so that a map from keys
/// to decisions serialises as a JSON object.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct FindingKey {
    field: FindingField,
    kind: FindingKind,
    digest: [u8; DIGEST_LEN],
}

impl FindingKey {
    pub(crate) fn new(field: FindingField, kind: FindingKind, canonical: &str) -> FindingKey {
        let mut hasher = blake3::Hasher::new_derive_key(CONTEXT);
        hasher.update(field.code().as_bytes());
        hasher.update(&[0]);
        hasher.update(kind.code().as_bytes());
        hasher.update(&[0]);
        hasher.update(canonical.as_bytes());
        let mut digest = [0u8; DIGEST_LEN];
        digest.copy_from_slice(&hasher.finalize().as_bytes()[..DIGEST_LEN]);
        FindingKey {
            field,
            kind,
            digest,
        }
    }

    pub fn field(&self) -> FindingField {
        self.field
    }

    pub fn kind(&self) -> FindingKind {
        self.kind
    }
}

impl fmt::Display for FindingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:", self.field.code(), self.kind.code())?;
        self.digest.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for FindingKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FindingKey({self})")
    }
}

/// Text that is not a finding key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a finding key")]
pub struct BadFindingKey;

impl FromStr for FindingKey {
    type Err = BadFindingKey;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split(':');
        let (Some(field), Some(kind), Some(hex), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(BadFindingKey);
        };
        let field = FindingField::from_code(field).ok_or(BadFindingKey)?;
        let kind = FindingKind::from_code(kind).ok_or(BadFindingKey)?;
        if hex.len() != DIGEST_LEN * 2 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(BadFindingKey);
        }
        let mut digest = [0u8; DIGEST_LEN];
        for (byte, i) in digest.iter_mut().zip((0..hex.len()).step_by(2)) {
            *byte = u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| BadFindingKey)?;
        }
        Ok(FindingKey {
            field,
            kind,
            digest,
        })
    }
}

impl From<FindingKey> for String {
    fn from(key: FindingKey) -> String {
        key.to_string()
    }
}

impl TryFrom<String> for FindingKey {
    type Error = BadFindingKey;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

/// The canonical spelling of a value of `kind`, so that spelling variants share a key.
/// Names and ages get theirs from their detectors (the alias, the number of years).
pub(crate) fn canonical(kind: FindingKind, matched: &str) -> String {
    match kind {
        FindingKind::Phone => canonical_phone(matched),
        FindingKind::Bsn | FindingKind::NumericId => digits(matched),
        FindingKind::Iban | FindingKind::Postcode | FindingKind::LicencePlate => matched
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        FindingKind::Handle => fold(matched.trim_start_matches('@')),
        FindingKind::Url => {
            let folded = fold(matched);
            let rest = folded.split_once("://").map_or(folded.as_str(), |(_, r)| r);
            let rest = rest.strip_prefix("www.").unwrap_or(rest);
            rest.trim_end_matches('/').to_owned()
        }
        FindingKind::Name
        | FindingKind::PossibleName
        | FindingKind::DateOfBirth
        | FindingKind::Address
        | FindingKind::Email
        | FindingKind::ExactAge => fold(matched)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A phone number as `0…` when Dutch (however the country code was written), else `+…`.
fn canonical_phone(matched: &str) -> String {
    let trimmed = matched.trim_start_matches('(');
    let all = digits(matched);
    let international = if trimmed.starts_with('+') {
        all
    } else if let Some(rest) = all.strip_prefix("00") {
        rest.to_owned()
    } else {
        return all;
    };
    match international.strip_prefix("31") {
        // "+31 (0)6…" writes the trunk zero too.
        Some(national) => format!("0{}", national.strip_prefix('0').unwrap_or(national)),
        None => format!("+{international}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_of_a_phone_number_share_a_canonical_form() {
        for spelled in [
            "06-12345678",
            "06 12 34 56 78",
            "+31 6 12345678",
            "+31 (0)6 1234 5678",
            "0031612345678",
            "(06) 12345678",
        ] {
            assert_eq!(canonical_phone(spelled), "0612345678", "{spelled}");
        }
        assert_eq!(canonical_phone("+32 470 12 34 56"), "+32470123456");
    }

    #[test]
    fn a_key_reads_back_from_its_text_and_hides_the_value() {
        let key = FindingKey::new(FindingField::Text, FindingKind::Phone, "0612345678");
        let text = key.to_string();
        assert!(text.starts_with("text:phone:"));
        assert!(!text.contains("0612345678"));
        assert_eq!(text.parse::<FindingKey>(), Ok(key));
        for bad in [
            "",
            "text:phone",
            "text:phone:zz",
            "mail:phone:00",
            "text:phone:00:00",
        ] {
            assert_eq!(bad.parse::<FindingKey>(), Err(BadFindingKey), "{bad}");
        }
    }

    #[test]
    fn decisions_by_key_serialise_as_a_json_object() {
        use std::collections::HashMap;

        use crate::minimise::Decision;

        let key = FindingKey::new(FindingField::Reason, FindingKind::Name, "kevin");
        let decisions = HashMap::from([(key, Decision::Keep)]);
        let json = serde_json::to_string(&decisions).unwrap();
        assert_eq!(json, format!(r#"{{"{key}":"keep"}}"#));
        let back: HashMap<FindingKey, Decision> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, decisions);
        assert!(serde_json::from_str::<FindingKey>(r#""reason:name:xyz""#).is_err());
    }
}

//! The connection profile (koppelprofiel): where and as whom to deliver, and to whom to encrypt.
//!
//! The municipality hands it out as a JSON file, or as the same JSON pasted or scanned from a QR
//! code (optionally as `LWP1:` + base64url to keep the QR small). It is validated completely
//! before it is stored, and stored sealed in the vault: the client secret is as sensitive as
//! the notes.

use base64::Engine;
use leefwereld_locales::{Arg, Lang, tr_args};
use serde::{Deserialize, Serialize};

use super::origin::{TrustedOrigins, UrlProblem, parse_api_root};
use crate::error::ProfileProblem;

/// The one format this version reads.
pub const FORMAT: &str = "leefwereld-connection/1";

/// How trend entries are grouped into cases (signals always get a case of their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum TrendCases {
    /// One collective case per ISO week for all trends of the organisation.
    #[default]
    #[serde(rename = "per-week")]
    PerWeek,
    /// One case per trend entry.
    #[serde(rename = "per-entry")]
    PerEntry,
}

/// The team a worker reports weekly counts to (issue: weekly summaries).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamLink {
    /// A short, stable team id, e.g. `jw-zuid` (letters, digits, dashes).
    pub id: String,
    /// The team lead's age recipient (`age1…`).
    pub recipient: String,
}

/// The municipality's privacy officer (functionaris gegevensbescherming or privacy officer),
/// shown on "Over deze app" so a worker or a young person knows whom to ask.
#[cfg_attr(feature = "ffi", derive(uniffi::Record), allow(unsafe_code))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyOfficer {
    pub name: String,
    /// An e-mail address or a phone number, shown as text.
    pub contact: String,
}

/// A validated connection profile.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionProfile {
    pub format: String,
    /// The municipality's name, shown in the app.
    pub municipality: String,
    pub catalogi_url: String,
    pub zaken_url: String,
    pub documenten_url: String,
    pub client_id: String,
    pub secret: String,
    /// RSIN of the source organisation (9 digits, 11-test).
    pub bronorganisatie: String,
    /// `identificatie` of the zaaktype in the catalogue.
    pub zaaktype: String,
    /// `omschrijving` of the informatieobjecttype.
    pub informatieobjecttype: String,
    pub vertrouwelijkheidaanduiding: String,
    /// The municipality's age recipients: who can read shared documents.
    pub recipients: Vec<String>,
    #[serde(default)]
    pub trend_cases: TrendCases,
    #[serde(default)]
    pub team: Option<TeamLink>,
    #[serde(default)]
    pub privacy_officer: Option<PrivacyOfficer>,
}

impl std::fmt::Debug for ConnectionProfile {
    // The secret never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionProfile")
            .field("municipality", &self.municipality)
            .field("zaken_url", &self.zaken_url)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// The confidentiality levels of the ZGW standard.
pub const CONFIDENTIALITY: [&str; 8] = [
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
];

/// Limits of a connection profile. A real profile is about 1 KB; each limit is far above what
/// a municipality needs and far below what could hurt the app.
pub mod limits {
    /// The whole text (JSON, or `LWP1:` + base64url).
    pub const PROFILE_MAX_BYTES: usize = 16 * 1024;
    pub const URL_MAX_CHARS: usize = super::super::origin::URL_MAX_CHARS;
    pub const MUNICIPALITY_MAX_CHARS: usize = 100;
    pub const CLIENT_ID_MAX_CHARS: usize = 200;
    /// An HS256 secret shorter than its 256-bit output is guessable offline from one token.
    pub const SECRET_MIN_CHARS: usize = 32;
    pub const SECRET_MAX_CHARS: usize = 500;
    pub const ZAAKTYPE_MAX_CHARS: usize = 50;
    pub const INFORMATIEOBJECTTYPE_MAX_CHARS: usize = 80;
    pub const RECIPIENTS_MAX: usize = 20;
    pub const TEAM_ID_MAX_CHARS: usize = 20;
    /// The privacy officer's name, and the contact line (an e-mail address or phone number).
    pub const PRIVACY_OFFICER_MAX_CHARS: usize = 120;
}

impl ProfileProblem {
    pub fn code(&self) -> &'static str {
        match self {
            ProfileProblem::NotAProfile => "not-a-profile",
            ProfileProblem::TooLarge => "too-large",
            ProfileProblem::UnknownFormat(_) => "unknown-format",
            ProfileProblem::Missing(_) => "missing",
            ProfileProblem::TooLong(_) => "too-long",
            ProfileProblem::Unprintable(_) => "unprintable",
            ProfileProblem::BadUrl(_) => "bad-url",
            ProfileProblem::HttpsRequired(_) => "https-required",
            ProfileProblem::UserInfo(_) => "user-info",
            ProfileProblem::BadPort(_) => "bad-port",
            ProfileProblem::SecretTooShort => "secret-too-short",
            ProfileProblem::BadRsin => "bad-rsin",
            ProfileProblem::BadConfidentiality => "bad-confidentiality",
            ProfileProblem::BadRecipient(_) => "bad-recipient",
            ProfileProblem::TooManyRecipients => "too-many-recipients",
            ProfileProblem::BadTeam => "bad-team",
        }
    }

    pub fn localized(&self, lang: Lang) -> String {
        let id = format!("profile-problem-{}", self.code());
        let args: Vec<(&str, Arg)> = match self {
            ProfileProblem::UnknownFormat(format) => vec![("format", format.as_str().into())],
            ProfileProblem::Missing(field)
            | ProfileProblem::TooLong(field)
            | ProfileProblem::Unprintable(field)
            | ProfileProblem::BadUrl(field)
            | ProfileProblem::HttpsRequired(field)
            | ProfileProblem::UserInfo(field)
            | ProfileProblem::BadPort(field) => vec![("field", (*field).into())],
            ProfileProblem::BadRecipient(n) => vec![("number", (n + 1).into())],
            ProfileProblem::SecretTooShort => {
                vec![("min", limits::SECRET_MIN_CHARS.into())]
            }
            ProfileProblem::TooManyRecipients => vec![("max", limits::RECIPIENTS_MAX.into())],
            _ => vec![],
        };
        tr_args(lang, &id, &args)
    }
}

/// Whether `digits` passes the Dutch 11-test used by RSIN and BSN numbers.
pub fn passes_eleven_test(digits: &str) -> bool {
    if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: i64 = digits
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = i64::from(b - b'0');
            if i == 8 { -d } else { d * (9 - i as i64) }
        })
        .sum();
    sum % 11 == 0 && digits != "000000000"
}

fn check_url(value: &str, field: &'static str) -> Result<(), ProfileProblem> {
    parse_api_root(value)
        .map(|_| ())
        .map_err(|problem| match problem {
            UrlProblem::Empty => ProfileProblem::Missing(field),
            UrlProblem::TooLong => ProfileProblem::TooLong(field),
            UrlProblem::Malformed => ProfileProblem::BadUrl(field),
            UrlProblem::UserInfo => ProfileProblem::UserInfo(field),
            UrlProblem::BadPort => ProfileProblem::BadPort(field),
            UrlProblem::HttpsRequired => ProfileProblem::HttpsRequired(field),
        })
}

/// A text field: present, not too long, and without control or format characters (which
/// can hide or reorder what the screen shows).
fn require(value: &str, field: &'static str, max: usize) -> Result<(), ProfileProblem> {
    if value.trim().is_empty() {
        Err(ProfileProblem::Missing(field))
    } else if value.chars().count() > max {
        Err(ProfileProblem::TooLong(field))
    } else if value.chars().any(is_unprintable) {
        Err(ProfileProblem::Unprintable(field))
    } else {
        Ok(())
    }
}

/// Control characters, and the invisible format characters the minimiser also reads past
/// (zero-width, bidi marks, overrides and isolates).
fn is_unprintable(c: char) -> bool {
    c.is_control() || crate::text::is_format(c)
}

fn check_recipient(text: &str) -> bool {
    text.len() <= 100 && text.trim().parse::<age::x25519::Recipient>().is_ok()
}

/// A fingerprint of a public key, to compare with what the municipality or the team lead hands
/// out on paper: 30 digits in six groups of five, like Signal's safety numbers. The same key
/// always gives the same digits; a different key gives different ones.
pub fn fingerprint(public_key: &str) -> String {
    let hash = blake3::derive_key(
        "leefwereld 2026-12 public key fingerprint",
        public_key.trim().as_bytes(),
    );
    hash.chunks(5)
        .take(6)
        .map(|chunk| {
            let n = chunk.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b));
            format!("{:05}", n % 100_000)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key and its fingerprint, as the import screen lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFingerprint {
    pub key: String,
    pub fingerprint: String,
}

impl ConnectionProfile {
    /// Reads a profile from the text of a file, a paste or a QR code, and validates it.
    pub fn parse(text: &str) -> Result<ConnectionProfile, ProfileProblem> {
        if text.len() > limits::PROFILE_MAX_BYTES {
            return Err(ProfileProblem::TooLarge);
        }
        let text = text.trim();
        let json: std::borrow::Cow<str> = match text.strip_prefix("LWP1:") {
            Some(encoded) => {
                let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(encoded.trim().trim_end_matches('='))
                    .map_err(|_| ProfileProblem::NotAProfile)?;
                String::from_utf8(bytes)
                    .map_err(|_| ProfileProblem::NotAProfile)?
                    .into()
            }
            None => text.into(),
        };
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|_| ProfileProblem::NotAProfile)?;
        let format = value
            .get("format")
            .and_then(|f| f.as_str())
            .ok_or(ProfileProblem::NotAProfile)?;
        if format != FORMAT {
            return Err(ProfileProblem::UnknownFormat(
                format.chars().take(40).collect(),
            ));
        }
        let profile: ConnectionProfile = serde_json::from_value(value).map_err(|err| {
            let text = err.to_string();
            FIELDS
                .iter()
                .find(|field| text.contains(&format!("`{field}`")))
                .map_or(ProfileProblem::NotAProfile, |field| {
                    ProfileProblem::Missing(field)
                })
        })?;
        profile.validate()?;
        Ok(profile)
    }

    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ProfileProblem> {
        use limits::*;
        require(&self.municipality, "municipality", MUNICIPALITY_MAX_CHARS)?;
        check_url(&self.catalogi_url, "catalogi_url")?;
        check_url(&self.zaken_url, "zaken_url")?;
        check_url(&self.documenten_url, "documenten_url")?;
        require(&self.client_id, "client_id", CLIENT_ID_MAX_CHARS)?;
        require(&self.secret, "secret", SECRET_MAX_CHARS)?;
        if self.secret.trim().chars().count() < SECRET_MIN_CHARS {
            return Err(ProfileProblem::SecretTooShort);
        }
        if !passes_eleven_test(self.bronorganisatie.trim()) {
            return Err(ProfileProblem::BadRsin);
        }
        require(&self.zaaktype, "zaaktype", ZAAKTYPE_MAX_CHARS)?;
        require(
            &self.informatieobjecttype,
            "informatieobjecttype",
            INFORMATIEOBJECTTYPE_MAX_CHARS,
        )?;
        if !CONFIDENTIALITY.contains(&self.vertrouwelijkheidaanduiding.trim()) {
            return Err(ProfileProblem::BadConfidentiality);
        }
        if self.recipients.is_empty() {
            return Err(ProfileProblem::Missing("recipients"));
        }
        if self.recipients.len() > RECIPIENTS_MAX {
            return Err(ProfileProblem::TooManyRecipients);
        }
        if let Some(bad) = self.recipients.iter().position(|r| !check_recipient(r)) {
            return Err(ProfileProblem::BadRecipient(bad));
        }
        if let Some(team) = &self.team {
            let id_ok = !team.id.is_empty()
                && team.id.len() <= TEAM_ID_MAX_CHARS
                && team
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !id_ok || !check_recipient(&team.recipient) {
                return Err(ProfileProblem::BadTeam);
            }
        }
        if let Some(officer) = &self.privacy_officer {
            require(
                &officer.name,
                "privacy_officer.name",
                PRIVACY_OFFICER_MAX_CHARS,
            )?;
            require(
                &officer.contact,
                "privacy_officer.contact",
                PRIVACY_OFFICER_MAX_CHARS,
            )?;
        }
        Ok(())
    }

    /// Each municipality recipient with its fingerprint, for the import screen.
    pub fn recipient_fingerprints(&self) -> Vec<KeyFingerprint> {
        self.recipients
            .iter()
            .map(|key| KeyFingerprint {
                key: key.trim().to_owned(),
                fingerprint: fingerprint(key),
            })
            .collect()
    }

    /// The team lead's key with its fingerprint, when the profile names a team.
    pub fn team_fingerprint(&self) -> Option<KeyFingerprint> {
        self.team.as_ref().map(|team| KeyFingerprint {
            key: team.recipient.trim().to_owned(),
            fingerprint: fingerprint(&team.recipient),
        })
    }

    /// The origins of the three API roots: the only ones that may receive the token.
    pub fn trusted_origins(&self) -> TrustedOrigins {
        TrustedOrigins::new([
            self.catalogi_url.as_str(),
            self.zaken_url.as_str(),
            self.documenten_url.as_str(),
        ])
    }

    /// The municipality's recipients, parsed.
    pub fn age_recipients(&self) -> Vec<age::x25519::Recipient> {
        self.recipients
            .iter()
            .filter_map(|r| r.trim().parse().ok())
            .collect()
    }
}

const FIELDS: [&str; 12] = [
    "municipality",
    "catalogi_url",
    "zaken_url",
    "documenten_url",
    "client_id",
    "secret",
    "bronorganisatie",
    "zaaktype",
    "informatieobjecttype",
    "vertrouwelijkheidaanduiding",
    "recipients",
    "team",
];

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn sample() -> serde_json::Value {
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        serde_json::json!({
            "format": FORMAT,
            "municipality": "Gemeente Voorbeeldstad",
            "catalogi_url": "https://zaken.voorbeeldstad.nl/catalogi/api/v1",
            "zaken_url": "https://zaken.voorbeeldstad.nl/zaken/api/v1",
            "documenten_url": "https://zaken.voorbeeldstad.nl/documenten/api/v1",
            "client_id": "leefwereld-jw-zuid",
            "secret": "een-lang-gedeeld-geheim-van-de-gemeente-2026",
            "bronorganisatie": "002220647",
            "zaaktype": "LW-SIGNAAL",
            "informatieobjecttype": "Leefwereld-notitie",
            "vertrouwelijkheidaanduiding": "vertrouwelijk",
            "recipients": [recipient],
        })
    }

    fn with(
        change: impl FnOnce(&mut serde_json::Value),
    ) -> Result<ConnectionProfile, ProfileProblem> {
        let mut value = sample();
        change(&mut value);
        ConnectionProfile::parse(&value.to_string())
    }

    #[test]
    fn a_valid_profile_parses_from_json_and_from_a_qr_text() {
        let text = sample().to_string();
        let profile = ConnectionProfile::parse(&text).unwrap();
        assert_eq!(profile.trend_cases, TrendCases::PerWeek);
        let qr = format!(
            "LWP1:{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&text)
        );
        assert_eq!(ConnectionProfile::parse(&qr).unwrap(), profile);
        assert!(
            !format!("{profile:?}").contains("geheim"),
            "the secret stays out of Debug"
        );
    }

    #[test]
    fn each_problem_is_named() {
        assert_eq!(
            ConnectionProfile::parse("hallo").unwrap_err(),
            ProfileProblem::NotAProfile
        );
        assert_eq!(
            ConnectionProfile::parse("").unwrap_err(),
            ProfileProblem::NotAProfile
        );
        assert_eq!(
            with(|v| v["format"] = "iets-anders/9".into()).unwrap_err(),
            ProfileProblem::UnknownFormat("iets-anders/9".into())
        );
        assert_eq!(
            with(|v| v["zaken_url"] = "http://zaken.voorbeeldstad.nl/zaken/api/v1".into())
                .unwrap_err(),
            ProfileProblem::HttpsRequired("zaken_url")
        );
        assert!(
            with(|v| v["zaken_url"] = "http://127.0.0.1:8000/zaken/api/v1".into()).is_ok(),
            "loopback may use http"
        );
        assert_eq!(
            with(|v| v["catalogi_url"] = "ftp://x".into()).unwrap_err(),
            ProfileProblem::BadUrl("catalogi_url")
        );
        assert_eq!(
            with(|v| v["bronorganisatie"] = "123456789".into()).unwrap_err(),
            ProfileProblem::BadRsin
        );
        assert_eq!(
            with(|v| v["vertrouwelijkheidaanduiding"] = "topgeheim".into()).unwrap_err(),
            ProfileProblem::BadConfidentiality
        );
        assert_eq!(
            with(|v| v["recipients"] = serde_json::json!(["age1nietgeldig"])).unwrap_err(),
            ProfileProblem::BadRecipient(0)
        );
        assert_eq!(
            with(|v| v["recipients"] = serde_json::json!([])).unwrap_err(),
            ProfileProblem::Missing("recipients")
        );
        assert_eq!(
            with(|v| {
                v.as_object_mut().unwrap().remove("secret");
            })
            .unwrap_err(),
            ProfileProblem::Missing("secret")
        );
        assert_eq!(
            with(|v| v["client_id"] = "  ".into()).unwrap_err(),
            ProfileProblem::Missing("client_id")
        );
        assert_eq!(
            with(|v| v["team"] = serde_json::json!({"id": "team zuid!", "recipient": "x"}))
                .unwrap_err(),
            ProfileProblem::BadTeam
        );
    }

    #[test]
    fn the_eleven_test_matches_known_numbers() {
        assert!(passes_eleven_test("002220647"));
        assert!(passes_eleven_test("111222333"));
        assert!(!passes_eleven_test("111222334"));
        assert!(!passes_eleven_test("00222064"));
        assert!(!passes_eleven_test("00222064a"));
        assert!(!passes_eleven_test("000000000"));
    }

    #[test]
    fn every_problem_has_a_message_in_both_languages() {
        for problem in [
            ProfileProblem::NotAProfile,
            ProfileProblem::UnknownFormat("x".into()),
            ProfileProblem::Missing("secret"),
            ProfileProblem::TooLong("secret"),
            ProfileProblem::BadUrl("zaken_url"),
            ProfileProblem::HttpsRequired("zaken_url"),
            ProfileProblem::BadRsin,
            ProfileProblem::BadConfidentiality,
            ProfileProblem::BadRecipient(0),
            ProfileProblem::BadTeam,
            ProfileProblem::TooLarge,
            ProfileProblem::Unprintable("client_id"),
            ProfileProblem::UserInfo("zaken_url"),
            ProfileProblem::BadPort("zaken_url"),
            ProfileProblem::SecretTooShort,
            ProfileProblem::TooManyRecipients,
        ] {
            for lang in Lang::ALL {
                let text = problem.localized(lang);
                assert!(!text.starts_with("profile-problem-"), "{text}");
            }
        }
    }
}

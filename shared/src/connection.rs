//! The connection profile (koppelprofiel): importing it, reading it back without its secret,
//! removing it.

use leefwereld_core as lw;
use lw::sync;
use lw::sync::PrivacyOfficer;

use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// How trend entries are grouped into cases (signals always get a case of their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TrendCases {
    /// One case per ISO week for all trends of the organisation.
    PerWeek,
    /// One case per trend entry.
    PerEntry,
}

/// The team a worker reports weekly counts to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TeamLink {
    pub id: String,
    /// The team lead's age recipient.
    pub recipient: String,
}

/// The stored connection profile as the app may show it: everything except the client
/// secret, which never crosses the boundary after import.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConnectionInfo {
    pub format: String,
    pub municipality: String,
    pub catalogi_url: String,
    pub zaken_url: String,
    pub documenten_url: String,
    pub client_id: String,
    pub bronorganisatie: String,
    pub zaaktype: String,
    pub informatieobjecttype: String,
    pub vertrouwelijkheidaanduiding: String,
    /// The municipality's age recipients: who can read shared documents.
    pub recipients: Vec<String>,
    pub trend_cases: TrendCases,
    pub team: Option<TeamLink>,
    /// The fingerprint of each recipient, in the same order: 30 digits to compare with what
    /// the municipality hands out on paper.
    pub recipient_fingerprints: Vec<String>,
    /// The fingerprint of the team lead's key, when the profile names a team.
    pub team_fingerprint: Option<String>,
    /// Whom to ask about privacy, when the profile names the privacy officer.
    pub privacy_officer: Option<PrivacyOfficer>,
}

impl From<sync::ConnectionProfile> for ConnectionInfo {
    fn from(p: sync::ConnectionProfile) -> Self {
        let recipient_fingerprints = p
            .recipient_fingerprints()
            .into_iter()
            .map(|k| k.fingerprint)
            .collect();
        let team_fingerprint = p.team_fingerprint().map(|k| k.fingerprint);
        // Destructured in full, so a new field of the profile is a decision here; the secret is
        // dropped on purpose.
        let sync::ConnectionProfile {
            format,
            municipality,
            catalogi_url,
            zaken_url,
            documenten_url,
            client_id,
            secret: _,
            bronorganisatie,
            zaaktype,
            informatieobjecttype,
            vertrouwelijkheidaanduiding,
            recipients,
            trend_cases,
            team,
            privacy_officer,
        } = p;
        ConnectionInfo {
            format,
            municipality,
            catalogi_url,
            zaken_url,
            documenten_url,
            client_id,
            bronorganisatie,
            zaaktype,
            informatieobjecttype,
            vertrouwelijkheidaanduiding,
            recipients,
            trend_cases: match trend_cases {
                sync::TrendCases::PerWeek => TrendCases::PerWeek,
                sync::TrendCases::PerEntry => TrendCases::PerEntry,
            },
            team: team.map(|t| TeamLink {
                id: t.id,
                recipient: t.recipient,
            }),
            recipient_fingerprints,
            team_fingerprint,
            privacy_officer,
        }
    }
}

#[uniffi::export]
impl Vault {
    /// Reads, validates and stores a connection profile (the file's text, a paste, or a QR
    /// code's text, also as `LWP1:` + base64url), replacing an earlier one. A profile that is
    /// not usable raises `ConnectionProfile`, whose message names the problem.
    pub fn import_connection_profile(
        &self,
        text: String,
    ) -> Result<ConnectionInfo, LeefwereldError> {
        Ok(self.call(self.inner.connection().import(&text))?.into())
    }

    /// The stored connection profile without its secret; none when nothing is set up.
    pub fn connection_profile(&self) -> Result<Option<ConnectionInfo>, LeefwereldError> {
        Ok(self
            .call(self.inner.connection().profile())?
            .map(Into::into))
    }

    /// Forgets the connection profile, and with it the client secret.
    pub fn remove_connection_profile(&self) -> Result<(), LeefwereldError> {
        self.call(self.inner.connection().remove())
    }

    /// The fingerprint of this vault's report-signing key, for the worker to read out to the
    /// team lead. Changes with the passphrase.
    pub fn signing_fingerprint(&self) -> Result<String, LeefwereldError> {
        self.call(self.inner.team().signing_fingerprint())
    }

    /// The team lead's view of colleagues' report-signing keys, waiting ones first.
    pub fn team_keys(&self) -> Result<Vec<ReporterKey>, LeefwereldError> {
        Ok(self
            .call(self.inner.team().keys())?
            .into_iter()
            .map(|k| ReporterKey {
                reporter: k.reporter,
                pinned: k.pinned,
                waiting: k.waiting,
                first_seen_ms: crate::types::to_ms(k.first_seen),
            })
            .collect())
    }

    /// Accepts the key waiting for `reporter`, provided its fingerprint is still
    /// `fingerprint` (what the lead compared); otherwise raises `InvalidSetting`.
    pub fn accept_team_key(
        &self,
        reporter: String,
        fingerprint: String,
    ) -> Result<(), LeefwereldError> {
        self.call(self.inner.team().accept_key(&reporter, &fingerprint))
    }
}

/// A colleague's report-signing key as the team lead sees it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReporterKey {
    /// The colleague's pseudonymous installation id.
    pub reporter: String,
    /// Fingerprint of the accepted key, if any.
    pub pinned: Option<String>,
    /// Fingerprint of a key waiting for the lead's decision (a new colleague, or a changed key).
    pub waiting: Option<String>,
    pub first_seen_ms: i64,
}

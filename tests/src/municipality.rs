//! The receiving side of sharing: a municipality with its own age identity, the connection
//! profile it hands out for a ZGW test server, and the consent a worker records before sharing.

use age::secrecy::ExposeSecret;
use chrono::{DateTime, Utc};
use leefwereld_core::Partner;
use leefwereld_core::share::payload::decrypt_with;
use leefwereld_core::share::{ConsentGiver, ConsentInput, InformedHow};
use serde_json::json;

use crate::zgw::ZgwServer;

/// A municipality that reads shared documents: it holds the age identity, the app only its
/// recipient.
pub struct Municipality {
    /// `AGE-SECRET-KEY-1…`, what the municipality keeps in `municipality-key.txt`.
    pub identity: String,
    /// `age1…`, what goes into the connection profile.
    pub recipient: String,
}

impl Default for Municipality {
    fn default() -> Self {
        Self::new()
    }
}

impl Municipality {
    /// A municipality with a freshly generated identity.
    pub fn new() -> Municipality {
        let identity = age::x25519::Identity::generate();
        Municipality {
            recipient: identity.to_public().to_string(),
            identity: identity.to_string().expose_secret().to_owned(),
        }
    }

    /// The connection profile (format `leefwereld-connection/1`) for `server`, as the
    /// municipality would hand it out: its URLs, the client credentials and catalogue names
    /// the server was configured with, and this municipality's recipient.
    pub fn profile_json(&self, server: &ZgwServer) -> String {
        let config = server.config();
        json!({
            "format": "leefwereld-connection/1",
            "municipality": "Gemeente Voorbeeldstad",
            "catalogi_url": server.catalogi_url(),
            "zaken_url": server.zaken_url(),
            "documenten_url": server.documenten_url(),
            "client_id": config.client_id,
            "secret": config.secret,
            "bronorganisatie": config.rsin,
            "zaaktype": config.zaaktype_identificatie,
            "informatieobjecttype": config.informatieobjecttype_omschrijving,
            "vertrouwelijkheidaanduiding": config.vertrouwelijkheidaanduiding,
            "recipients": [self.recipient],
        })
        .to_string()
    }

    /// What a shared document says, read with this municipality's identity; `None` when it
    /// cannot be decrypted.
    pub fn read(&self, ciphertext: &[u8]) -> Option<String> {
        decrypt_with(&self.identity, ciphertext).and_then(|plain| String::from_utf8(plain).ok())
    }
}

/// A young person (16 or older) agreeing, in person, to sharing a signal with `scope`.
pub fn young_person_consent(at: DateTime<Utc>, scope: Vec<Partner>) -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::YoungPerson,
        informed_how: InformedHow::InPerson,
        given_at: at,
        scope,
    }
}

/// A parent or guardian agreeing, by phone, to sharing a signal about a child under 16.
pub fn parent_consent(at: DateTime<Utc>, scope: Vec<Partner>) -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::ParentGuardian,
        informed_how: InformedHow::Phone,
        given_at: at,
        scope,
    }
}

/// The worker releasing a trend (about no one) for the municipality.
pub fn trend_release(at: DateTime<Utc>) -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::WorkerRelease,
        informed_how: InformedHow::NotApplicable,
        given_at: at,
        scope: vec![Partner::MunicipalityOov],
    }
}

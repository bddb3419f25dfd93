//! A ZGW test server: Catalogi 1.3.1, Zaken 1.5.1 and Documenten 1.4.3 as Open Zaak serves
//! them (`/catalogi/api/v1`, `/zaken/api/v1`, `/documenten/api/v1`), backed by real in-memory
//! state, for testing Leefwereld's ZGW client against.
//!
//! - Every request is checked the way Open Zaak checks it: JWT (HS256, `iat` within an hour,
//!   no leeway), Crs headers on zaken, `Content-Type`, query parameters and request bodies
//!   against the vendored specs (`tests/zgw/specs/`), then the rules a schema cannot express
//!   (RSIN eleven test, references to existing objects, published types, uniqueness of
//!   `identificatie` and of links, no delete of a linked document). Refusals use the standard
//!   `Fout`/`ValidatieFout` bodies.
//! - The request log records what was refused and why, so a test can assert that the client
//!   never sent a request the server had to refuse ([`ZgwServer::refused_requests`]).
//! - Faults ([`Fault`]) can be injected for selected requests ([`Matcher`]): connections
//!   dropped before or after the change is committed, slow responses after the commit, and
//!   500/503/401/403/412 answers.
//!
//! ```no_run
//! use leefwereld_tests::zgw::{Fault, Matcher, ServerConfig, ZgwServer};
//!
//! let server = ZgwServer::start(ServerConfig::default());
//! // Point the client at server.zaken_url() etc., with server.config().client_id/secret.
//! server.inject(
//!     Fault::DropAfterCommit,
//!     Matcher::new("POST", "/documenten/api/v1/enkelvoudiginformatieobjecten"),
//! );
//! // ... run the client ...
//! assert_eq!(server.documents().len(), 1);
//! assert!(server.refused_requests().is_empty());
//! assert!(server.response_violations().is_empty());
//! ```
//!
//! Stricter than Open Zaak (to catch client mistakes Open Zaak would silently accept): unknown
//! and read-only fields in a body are refused (`unknown-field`, `read-only`), and the JWT must
//! carry `iss`, `user_id` and `user_representation`. Not modelled: scopes and
//! confidentiality limits per client, document versions (lock/update), chunked uploads,
//! `expand`, and other resources than those the Leefwereld client uses (answered with 501).

mod auth;
mod faults;
mod http;
mod log;
mod openapi;
mod problem;
mod routes;
mod schema;
mod server;
mod state;

pub use auth::{Claims, MAX_TOKEN_AGE_SECS, mint_token, now_secs, sign_hs256, unverified_claims};
pub use faults::{Fault, Matcher};
pub use log::RequestRecord;
pub use openapi::Api;
pub use problem::Problem;
pub use schema::InvalidParam;
pub use server::{ServerConfig, ZgwServer};
pub use state::{Document, InformatieobjecttypeSpec, Link, Zaak, ZaaktypeSpec};

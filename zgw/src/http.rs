//! HTTP plumbing of the ZGW client: a fresh HS256 JWT per call, the Crs headers on `/zaken`,
//! the origin check before a token is attached, and the mapping of every failure to what the
//! outbox should do with it.
//!
//! The agent follows no redirects and, when every API root uses https, refuses plain http
//! altogether. The token only goes to the profile's own origins ([`TrustedOrigins`]).

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;
use ureq::Agent;
use ureq::http::Response;
use zeroize::Zeroizing;

use leefwereld_core::sync::origin::TrustedOrigins;
use leefwereld_core::sync::{InvalidParam, TransportError};

/// The coordinate reference system the Zaken API insists on being told about.
const CRS: &str = "EPSG:4326";

/// How far `iat` is set back from the (corrected) clock: a device clock a little ahead of the
/// server's would otherwise make `iat` lie in the server's future, which ZGW servers refuse
/// without leeway.
const IAT_BACKDATE_SECS: u64 = 60;
/// How long a token is valid after `iat`: long enough for one call on a slow line, short enough
/// that a token caught in transit is soon worthless.
const TOKEN_LIFETIME_SECS: u64 = 5 * 60;
/// A clock difference smaller than this is not what got the token refused.
const SKEW_THRESHOLD_SECS: i64 = 30;
/// A server's `Date` further off than this is not believed (a week).
const SKEW_MAX_SECS: i64 = 7 * 24 * 3600;

/// Who calls: the claims of every token.
pub(crate) struct Credentials {
    pub client_id: String,
    pub secret: Zeroizing<String>,
    /// Pseudonymous device id (`user_id` in the server's audit trail).
    pub user_id: String,
    /// The organisation (`user_representation`), never the worker's name.
    pub user_representation: String,
}

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    iat: u64,
    exp: u64,
    client_id: &'a str,
    user_id: &'a str,
    user_representation: &'a str,
}

/// The difference between the device clock and the server's, learnt from a refused token.
#[derive(Default)]
struct ClockSkew {
    /// Server minus device, in seconds.
    offset: AtomicI64,
    corrected: AtomicBool,
}

fn device_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Credentials {
    /// A token minted now (by the corrected clock). Open Zaak refuses tokens older than an hour
    /// with no leeway, so one is made per call rather than cached.
    fn token(&self, offset: i64) -> Result<Zeroizing<String>, TransportError> {
        let now = device_now().saturating_add(offset).max(0) as u64;
        let iat = now.saturating_sub(IAT_BACKDATE_SECS);
        let claims = Claims {
            iss: &self.client_id,
            iat,
            exp: iat + TOKEN_LIFETIME_SECS,
            client_id: &self.client_id,
            user_id: &self.user_id,
            user_representation: &self.user_representation,
        };
        let claims = serde_json::to_vec(&claims).map_err(|e| TransportError::Misconfigured {
            detail: format!("token: {e}"),
        })?;
        let token = hs256_jwt(&claims, self.secret.as_bytes());
        Ok(Zeroizing::new(format!("Bearer {}", token.as_str())))
    }
}

/// A compact JWS (RFC 7515) with the header `{"alg":"HS256","typ":"JWT"}` over `claims`, the
/// only token form a ZGW server takes from a client.
fn hs256_jwt(claims: &[u8], secret: &[u8]) -> Zeroizing<String> {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use hmac::{Hmac, Mac};

    let mut token = Zeroizing::new(URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#));
    token.push('.');
    token.push_str(&URL_SAFE_NO_PAD.encode(claims));
    // HMAC takes a key of any length; `new_from_slice` only fails for fixed-size-key MACs.
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(secret)
        .expect("HMAC accepts a key of any length");
    mac.update(token.as_bytes());
    token.push('.');
    token.push_str(&URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()));
    token
}

/// A response that came back with a status the caller handles itself.
pub(crate) struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub retry_after: Option<Duration>,
    /// The server's clock (`Date`), in Unix seconds.
    server_time: Option<i64>,
}

impl Reply {
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, TransportError> {
        serde_json::from_slice(&self.body).map_err(|e| TransportError::Misconfigured {
            detail: format!("unexpected answer ({e})"),
        })
    }

    /// The ZGW problem body (`type`, `code`, `detail`, `invalidParams`) of an error reply; empty
    /// fields when the body is not one.
    fn problem(&self) -> Problem {
        serde_json::from_slice(&self.body).unwrap_or_default()
    }

    /// Turns a non-2xx reply into the error the outbox acts on, by status and by the ZGW
    /// problem type: a 403 about one closed zaak parks that item, any other 401/403 is about
    /// the credentials and stops the run.
    pub fn error(&self) -> TransportError {
        match self.status {
            300..=399 => TransportError::Redirected {
                status: self.status,
            },
            401 => TransportError::Unauthorized {
                status: self.status,
            },
            403 => {
                let problem = self.problem();
                if problem.is_zaak_closed() {
                    TransportError::CaseClosed {
                        detail: problem.text(),
                    }
                } else {
                    TransportError::Unauthorized {
                        status: self.status,
                    }
                }
            }
            429 | 500..=599 => TransportError::Server {
                status: self.status,
                retry_after: self.retry_after,
            },
            status => {
                let problem = self.problem();
                TransportError::Rejected {
                    status,
                    detail: problem.text(),
                    invalid_params: problem.invalid_params.into_iter().take(50).collect(),
                }
            }
        }
    }

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Whether the server refused a create because the `identificatie` (or link) exists.
    pub fn is_duplicate(&self) -> bool {
        self.status == 400
            && matches!(self.error(), TransportError::Rejected { ref invalid_params, .. }
                if invalid_params.iter().any(|p| p.code.contains("unique") || p.code.contains("uniek")))
    }
}

/// A ZGW `Fout`/`ValidatieFout` body.
#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Problem {
    #[serde(rename = "type")]
    kind: String,
    code: String,
    title: String,
    detail: String,
    invalid_params: Vec<InvalidParam>,
}

impl Problem {
    /// Open Zaak's refusal to change a closed zaak (type `…/ZaakClosed/`).
    fn is_zaak_closed(&self) -> bool {
        self.kind
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .is_some_and(|last| last.eq_ignore_ascii_case("ZaakClosed"))
    }

    /// The detail (or title) in at most 500 characters, for the worker's outbox.
    fn text(&self) -> String {
        let text = if self.detail.is_empty() {
            &self.title
        } else {
            &self.detail
        };
        text.chars().take(500).collect()
    }
}

pub(crate) struct Http {
    agent: Agent,
    credentials: Credentials,
    origins: TrustedOrigins,
    clock: ClockSkew,
}

fn network(err: ureq::Error) -> TransportError {
    TransportError::Network {
        detail: err.to_string().chars().take(200).collect(),
    }
}

/// The largest answer read from the case system (a weekly report or a shared document is well
/// under 1 MiB; a hostile server cannot fill the phone's memory).
const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

fn read(response: Response<ureq::Body>) -> Result<Reply, TransportError> {
    let status = response.status().as_u16();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .map(str::to_owned)
    };
    let retry_after = header("retry-after")
        .and_then(|v| v.parse::<u64>().ok())
        .map(Duration::from_secs);
    let server_time = header("date")
        .and_then(|v| httpdate::parse_http_date(&v).ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64);
    let body = response
        .into_body()
        .with_config()
        .limit(MAX_BODY_BYTES)
        .read_to_vec()
        .map_err(network)?;
    Ok(Reply {
        status,
        body,
        retry_after,
        server_time,
    })
}

/// What one request asks, apart from where it goes.
#[derive(Clone, Copy)]
struct Call<'a> {
    method: Method<'a>,
    query: &'a [(&'a str, &'a str)],
    accept: &'a str,
}

#[derive(Clone, Copy)]
enum Method<'a> {
    Get,
    /// With its JSON body.
    Post(&'a [u8]),
    Delete,
}

impl Http {
    pub fn new(credentials: Credentials, origins: TrustedOrigins, timeout: Duration) -> Http {
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .https_only(origins.https_only())
            .max_redirects(0)
            .timeout_global(Some(timeout))
            .user_agent(concat!("Leefwereld/", env!("CARGO_PKG_VERSION")))
            .build();
        Http {
            agent: Agent::new_with_config(config),
            credentials,
            origins,
            clock: ClockSkew::default(),
        }
    }

    /// Server minus device clock, in seconds, when a refused token was corrected.
    pub fn clock_correction(&self) -> Option<i64> {
        self.clock
            .corrected
            .load(Ordering::Relaxed)
            .then(|| self.clock.offset.load(Ordering::Relaxed))
    }

    fn crs(url: &str) -> bool {
        let path = url.split('?').next().unwrap_or(url);
        let tail = path.trim_end_matches('/');
        tail.ends_with("/zaken") || tail.ends_with("/zaken/_zoek") || {
            let mut parts = tail.rsplitn(2, '/');
            let last = parts.next().unwrap_or_default();
            parts.next().is_some_and(|p| p.ends_with("/zaken"))
                && uuid::Uuid::parse_str(last).is_ok()
        }
    }

    /// Sends one request, after checking that its origin is one of the profile's. When the
    /// server refuses the token and its `Date` shows the device clock is off, the clock is
    /// corrected and the request sent once more.
    fn send(&self, url: &str, call: Call<'_>) -> Result<Reply, TransportError> {
        let checked = self
            .origins
            .check(url)
            .map_err(|foreign| TransportError::ForeignUrl {
                origin: foreign.origin,
            })?;
        let url = checked.as_str();
        let reply = self.send_once(url, call)?;
        if !matches!(reply.status, 401 | 403) {
            return Ok(reply);
        }
        let Some(server) = reply.server_time else {
            return Ok(reply);
        };
        let offset = server.saturating_sub(device_now());
        let known = self.clock.offset.load(Ordering::Relaxed);
        if (offset - known).abs() < SKEW_THRESHOLD_SECS || offset.abs() > SKEW_MAX_SECS {
            return Ok(reply);
        }
        self.clock.offset.store(offset, Ordering::Relaxed);
        self.clock.corrected.store(true, Ordering::Relaxed);
        self.send_once(url, call)
    }

    fn send_once(&self, url: &str, call: Call<'_>) -> Result<Reply, TransportError> {
        let Call {
            method,
            query,
            accept,
        } = call;
        let token = self
            .credentials
            .token(self.clock.offset.load(Ordering::Relaxed))?;
        let crs = Self::crs(url);
        let response = match method {
            Method::Get | Method::Delete => {
                let mut request = match method {
                    Method::Delete => self.agent.delete(url),
                    _ => self.agent.get(url),
                }
                .header("Authorization", token.as_str())
                .header("Accept", accept);
                if crs {
                    request = request.header("Accept-Crs", CRS);
                }
                for (key, value) in query {
                    request = request.query(*key, *value);
                }
                request.call()
            }
            Method::Post(body) => {
                let mut request = self
                    .agent
                    .post(url)
                    .header("Authorization", token.as_str())
                    .header("Accept", accept)
                    .header("Content-Type", "application/json");
                if crs {
                    request = request.header("Accept-Crs", CRS).header("Content-Crs", CRS);
                }
                request.send(body)
            }
        };
        read(response.map_err(network)?)
    }

    pub fn get(&self, url: &str, query: &[(&str, &str)]) -> Result<Reply, TransportError> {
        let call = Call {
            method: Method::Get,
            query,
            accept: "application/json",
        };
        self.send(url, call)
    }

    pub fn download(&self, url: &str) -> Result<Reply, TransportError> {
        let call = Call {
            method: Method::Get,
            query: &[],
            accept: "application/octet-stream",
        };
        self.send(url, call)
    }

    pub fn post(&self, url: &str, body: &impl Serialize) -> Result<Reply, TransportError> {
        let json = serde_json::to_vec(body).map_err(|e| TransportError::Misconfigured {
            detail: e.to_string(),
        })?;
        let call = Call {
            method: Method::Post(&json),
            query: &[],
            accept: "application/json",
        };
        self.send(url, call)
    }

    pub fn delete(&self, url: &str) -> Result<Reply, TransportError> {
        let call = Call {
            method: Method::Delete,
            query: &[],
            accept: "application/json",
        };
        self.send(url, call)
    }
}

#[cfg(test)]
mod tests {
    use super::{Http, hs256_jwt};

    #[test]
    fn the_token_is_a_standard_hs256_jwt() {
        // The example token of RFC 7519's ecosystem (jwt.io), byte for byte.
        let claims = br#"{"sub":"1234567890","name":"John Doe","iat":1516239022}"#;
        assert_eq!(
            hs256_jwt(claims, b"your-256-bit-secret").as_str(),
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\
             eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.\
             SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        );
    }

    #[test]
    fn crs_headers_go_to_zaken_endpoints_only() {
        assert!(Http::crs("https://x/zaken/api/v1/zaken"));
        assert!(Http::crs("https://x/zaken/api/v1/zaken?identificatie=a"));
        assert!(Http::crs("https://x/zaken/api/v1/zaken/_zoek"));
        assert!(Http::crs(
            "https://x/zaken/api/v1/zaken/5f0c2a4e-8d1b-4c3a-9e7f-112233445566"
        ));
        assert!(!Http::crs("https://x/zaken/api/v1/zaakinformatieobjecten"));
        assert!(!Http::crs(
            "https://x/documenten/api/v1/enkelvoudiginformatieobjecten"
        ));
        assert!(!Http::crs("https://x/catalogi/api/v1/zaaktypen"));
    }
}

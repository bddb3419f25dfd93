//! HTTP plumbing of the ZGW client: a fresh HS256 JWT per call, the Crs headers on `/zaken`,
//! and the mapping of every failure to what the outbox should do with it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;
use ureq::Agent;
use ureq::http::Response;

use crate::sync::transport::{InvalidParam, TransportError};

/// The coordinate reference system the Zaken API insists on being told about.
const CRS: &str = "EPSG:4326";

/// Who calls: the claims of every token.
pub(crate) struct Credentials {
    pub client_id: String,
    pub secret: String,
    /// Pseudonymous device id (`user_id` in the server's audit trail).
    pub user_id: String,
    /// The organisation (`user_representation`), never the worker's name.
    pub user_representation: String,
}

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    iat: u64,
    client_id: &'a str,
    user_id: &'a str,
    user_representation: &'a str,
}

impl Credentials {
    /// A token minted now: Open Zaak refuses tokens older than an hour with no leeway, so one is
    /// made per call rather than cached.
    fn token(&self) -> Result<String, TransportError> {
        let iat = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let claims = Claims {
            iss: &self.client_id,
            iat,
            client_id: &self.client_id,
            user_id: &self.user_id,
            user_representation: &self.user_representation,
        };
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &claims,
            &jsonwebtoken::EncodingKey::from_secret(self.secret.as_bytes()),
        )
        .map_err(|e| TransportError::Misconfigured {
            detail: format!("token: {e}"),
        })
    }
}

/// A response that came back with a status the caller handles itself.
pub(crate) struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub retry_after: Option<Duration>,
}

impl Reply {
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, TransportError> {
        serde_json::from_slice(&self.body).map_err(|e| TransportError::Misconfigured {
            detail: format!("unexpected answer ({e})"),
        })
    }

    /// Turns a non-2xx reply into the error the outbox acts on.
    pub fn error(&self) -> TransportError {
        match self.status {
            401 | 403 => TransportError::Unauthorized {
                status: self.status,
            },
            429 | 500..=599 => TransportError::Server {
                status: self.status,
                retry_after: self.retry_after,
            },
            status => {
                #[derive(serde::Deserialize, Default)]
                #[serde(rename_all = "camelCase", default)]
                struct Problem {
                    detail: String,
                    title: String,
                    invalid_params: Vec<InvalidParam>,
                }
                let problem: Problem = serde_json::from_slice(&self.body).unwrap_or_default();
                let detail = if problem.detail.is_empty() {
                    problem.title
                } else {
                    problem.detail
                };
                TransportError::Rejected {
                    status,
                    detail,
                    invalid_params: problem.invalid_params,
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

pub(crate) struct Http {
    agent: Agent,
    credentials: Credentials,
}

fn network(err: ureq::Error) -> TransportError {
    TransportError::Network {
        detail: err.to_string().chars().take(200).collect(),
    }
}

fn read(response: Response<ureq::Body>) -> Result<Reply, TransportError> {
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let body = response.into_body().read_to_vec().map_err(network)?;
    Ok(Reply {
        status,
        body,
        retry_after,
    })
}

impl Http {
    pub fn new(credentials: Credentials, timeout: Duration) -> Http {
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .user_agent(concat!("Leefwereld/", env!("CARGO_PKG_VERSION")))
            .build();
        Http {
            agent: Agent::new_with_config(config),
            credentials,
        }
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

    pub fn get(&self, url: &str, query: &[(&str, &str)]) -> Result<Reply, TransportError> {
        let mut request = self
            .agent
            .get(url)
            .header(
                "Authorization",
                format!("Bearer {}", self.credentials.token()?),
            )
            .header("Accept", "application/json");
        if Self::crs(url) {
            request = request.header("Accept-Crs", CRS);
        }
        for (key, value) in query {
            request = request.query(*key, *value);
        }
        read(request.call().map_err(network)?)
    }

    pub fn download(&self, url: &str) -> Result<Reply, TransportError> {
        let request = self
            .agent
            .get(url)
            .header(
                "Authorization",
                format!("Bearer {}", self.credentials.token()?),
            )
            .header("Accept", "application/octet-stream");
        read(request.call().map_err(network)?)
    }

    pub fn post(&self, url: &str, body: &impl Serialize) -> Result<Reply, TransportError> {
        let mut request = self
            .agent
            .post(url)
            .header(
                "Authorization",
                format!("Bearer {}", self.credentials.token()?),
            )
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
        if Self::crs(url) {
            request = request.header("Accept-Crs", CRS).header("Content-Crs", CRS);
        }
        let json = serde_json::to_vec(body).map_err(|e| TransportError::Misconfigured {
            detail: e.to_string(),
        })?;
        read(request.send(&json[..]).map_err(network)?)
    }

    pub fn delete(&self, url: &str) -> Result<Reply, TransportError> {
        let mut request = self.agent.delete(url).header(
            "Authorization",
            format!("Bearer {}", self.credentials.token()?),
        );
        if Self::crs(url) {
            request = request.header("Accept-Crs", CRS);
        }
        read(request.call().map_err(network)?)
    }
}

#[cfg(test)]
mod tests {
    use super::Http;

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

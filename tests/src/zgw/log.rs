//! The request log: every request the server saw, what it answered, and why it refused one,
//! so a test can assert that the client never sent a request the server had to refuse.

use super::faults::Fault;
use super::problem::Problem;
use super::schema::InvalidParam;

/// One request as the server saw and answered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestRecord {
    pub method: String,
    /// The path without query string.
    pub path: String,
    /// The raw query string (empty when there was none).
    pub query: String,
    /// The request headers as sent (names lower-case), so a test can check what travelled,
    /// e.g. the claims of the token.
    pub headers: Vec<(String, String)>,
    /// The raw request body (empty when there was none).
    pub body: Vec<u8>,
    /// The status sent; `None` when the connection was closed without a response.
    pub status: Option<u16>,
    /// The injected fault that hit this request, if any.
    pub fault: Option<Fault>,
    /// Why the server itself refused the request (authentication, headers, validation,
    /// uniqueness, …); `None` for accepted requests and for injected faults.
    pub refusal: Option<Problem>,
    /// Whether the request changed the server's state.
    pub committed: bool,
    /// Where this server's own response did not match the spec: a defect of the test server.
    pub response_violations: Vec<InvalidParam>,
}

impl RequestRecord {
    /// The value of a request header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The field errors of a refused request (empty otherwise).
    pub fn invalid_params(&self) -> &[InvalidParam] {
        self.refusal
            .as_ref()
            .map(|p| p.invalid_params.as_slice())
            .unwrap_or_default()
    }
}

//! Which addresses the app talks to, and which of them may see its token.
//!
//! Every URL is read with the `url` crate, never by hand: hand-written host parsing took
//! `http://localhost:1@127.0.0.1:PORT` for "localhost" and `127.attacker.example` for loopback.
//! A profile's three API roots are the only origins that ever receive the bearer token; a URL the
//! server hands back (a zaak, a document, a download) is checked against them before a request
//! is built, so a server cannot point the token anywhere else.

use std::net::IpAddr;

use url::{Host, Origin, Url};

/// The longest API root a profile may name. Real roots are under a hundred characters; the
/// limit keeps a crafted profile from carrying megabytes into every request.
pub const URL_MAX_CHARS: usize = 500;

/// Why an address is not acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    TooLong,
    /// Not an absolute `http(s)://host/…` address (another scheme, no host), or it has a
    /// query or fragment.
    Malformed,
    /// `user:password@` before the host: it hides the real host from a reader.
    UserInfo,
    /// A port outside 1–65535.
    BadPort,
    /// Plain http to anything but this device (loopback).
    HttpsRequired,
}

/// Whether `url` points at this device: 127.0.0.0/8, ::1 or `localhost`, as the `url` crate
/// reads the host (so `127.attacker.example` is a domain, not loopback).
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Reads an API root from a connection profile: https, or plain http to loopback for testing;
/// no user info, no query or fragment, a port in range, at most [`URL_MAX_CHARS`] characters.
pub fn parse_api_root(text: &str) -> Result<Url, UrlProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(UrlProblem::Empty);
    }
    if text.chars().count() > URL_MAX_CHARS {
        return Err(UrlProblem::TooLong);
    }
    // The parser silently drops tabs and newlines inside a URL; a profile that has them is
    // not what it looks like.
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Malformed);
    }
    let url = Url::parse(text).map_err(|err| match err {
        url::ParseError::InvalidPort => UrlProblem::BadPort,
        _ => UrlProblem::Malformed,
    })?;
    check_parsed(&url)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(UrlProblem::Malformed);
    }
    Ok(url)
}

/// The rules every address the app calls must meet, whoever wrote it.
fn check_parsed(url: &Url) -> Result<(), UrlProblem> {
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(UrlProblem::Malformed);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlProblem::UserInfo);
    }
    if url.port() == Some(0) {
        return Err(UrlProblem::BadPort);
    }
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(UrlProblem::HttpsRequired),
        _ => Err(UrlProblem::Malformed),
    }
}

/// The origins of a profile's API roots: the only places the token may go.
#[derive(Debug, Clone)]
pub struct TrustedOrigins {
    origins: Vec<Origin>,
    https_only: bool,
}

/// A URL refused before any request was made to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignUrl {
    /// The refused URL's origin (scheme, host, port) — never its path or query, which may
    /// carry identifiers.
    pub origin: String,
}

impl TrustedOrigins {
    /// The origins of `roots`; a root that does not parse contributes nothing (profiles are
    /// validated before a client is made, so this only happens to a damaged profile, and then
    /// every request is refused).
    pub fn new<'a>(roots: impl IntoIterator<Item = &'a str>) -> TrustedOrigins {
        let urls: Vec<Url> = roots
            .into_iter()
            .filter_map(|root| parse_api_root(root).ok())
            .collect();
        TrustedOrigins {
            https_only: !urls.is_empty() && urls.iter().all(|u| u.scheme() == "https"),
            origins: urls.iter().map(Url::origin).collect(),
        }
    }

    /// Whether every root uses https: then the HTTP agent refuses plain http altogether.
    pub fn https_only(&self) -> bool {
        self.https_only
    }

    /// Parses `target` and checks that a token may be sent to it: the same rules as a
    /// profile's roots, and one of the roots' origins.
    pub fn check(&self, target: &str) -> Result<Url, ForeignUrl> {
        let origin_of = |url: &Url| url.origin().ascii_serialization();
        let url = Url::parse(target.trim()).map_err(|_| ForeignUrl {
            origin: "(?)".into(),
        })?;
        let trusted = check_parsed(&url).is_ok() && self.origins.contains(&url.origin());
        if trusted {
            Ok(url)
        } else {
            Err(ForeignUrl {
                origin: origin_of(&url).chars().take(120).collect(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_as_the_url_standard_reads_them() {
        for (text, expected) in [
            ("https://zaken.example.nl/zaken/api/v1", Ok(())),
            ("http://127.0.0.1:8000/zaken/api/v1", Ok(())),
            ("http://127.9.9.9/zaken", Ok(())),
            ("http://[::1]:8000/zaken", Ok(())),
            ("http://localhost:8000/zaken", Ok(())),
            ("http://LOCALHOST/zaken", Ok(())),
            (
                "http://localhost:1@127.0.0.1:9/zaken",
                Err(UrlProblem::UserInfo),
            ),
            ("https://user@zaken.example.nl/", Err(UrlProblem::UserInfo)),
            (
                "http://127.attacker.example/zaken",
                Err(UrlProblem::HttpsRequired),
            ),
            (
                "http://localhost.attacker.example/",
                Err(UrlProblem::HttpsRequired),
            ),
            ("http://10.0.0.1/zaken", Err(UrlProblem::HttpsRequired)),
            ("ftp://zaken.example.nl/", Err(UrlProblem::Malformed)),
            ("https://zaken.example.nl:99999/", Err(UrlProblem::BadPort)),
            ("https://zaken.example.nl:0/", Err(UrlProblem::BadPort)),
            ("https://zaken.example.nl/?a=b", Err(UrlProblem::Malformed)),
            ("https://zaken.example.nl/#x", Err(UrlProblem::Malformed)),
            ("https://zaken.exa\tmple.nl/", Err(UrlProblem::Malformed)),
            ("zaken.example.nl/zaken", Err(UrlProblem::Malformed)),
            ("mailto:a@example.nl", Err(UrlProblem::Malformed)),
            ("", Err(UrlProblem::Empty)),
        ] {
            assert_eq!(parse_api_root(text).map(|_| ()), expected, "{text}");
        }
        let long = format!("https://zaken.example.nl/{}", "a".repeat(URL_MAX_CHARS));
        assert_eq!(parse_api_root(&long).unwrap_err(), UrlProblem::TooLong);
    }

    #[test]
    fn only_the_roots_origins_are_trusted() {
        let trusted = TrustedOrigins::new([
            "https://zaken.example.nl/zaken/api/v1",
            "https://zaken.example.nl/documenten/api/v1",
            "https://catalogus.example.nl/catalogi/api/v1",
        ]);
        assert!(trusted.https_only());
        assert!(
            trusted
                .check("https://zaken.example.nl/documenten/api/v1/x/download")
                .is_ok()
        );
        assert!(trusted.check("https://ZAKEN.example.nl:443/zaken").is_ok());
        for foreign in [
            "http://zaken.example.nl/zaken/api/v1/zaken/1",
            "https://zaken.example.nl:8443/zaken",
            "https://evil.example/zaken",
            "https://user@zaken.example.nl/zaken",
            "https://zaken.example.nl.evil.example/",
            "not a url",
        ] {
            assert!(trusted.check(foreign).is_err(), "{foreign}");
        }
        let local = TrustedOrigins::new(["http://127.0.0.1:8000/zaken/api/v1"]);
        assert!(!local.https_only());
        assert!(local.check("http://127.0.0.1:8000/documenten").is_ok());
        assert!(local.check("http://127.0.0.1:8001/documenten").is_err());
        assert!(local.check("http://localhost:8000/documenten").is_err());
    }
}

//! ZGW JWT authentication as Open Zaak does it: HS256 with the client's shared secret, `iat`
//! required, tokens older than `JWT_EXPIRY` (3600 s) or issued in the future refused, an `exp`
//! in the past refused (PyJWT checks it when present), all with no clock leeway and by the
//! server's own clock. Also mints tokens for tests.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Open Zaak's default `JWT_EXPIRY`.
pub const MAX_TOKEN_AGE_SECS: i64 = 3600;

/// The claims a ZGW client puts in its token.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    pub iss: String,
    pub iat: i64,
    pub client_id: String,
    pub user_id: String,
    pub user_representation: String,
}

impl Claims {
    /// Claims for `client_id` issued at `iat` (Unix seconds), with a pseudonymous user.
    pub fn new(client_id: &str, iat: i64) -> Self {
        Self {
            iss: client_id.to_owned(),
            iat,
            client_id: client_id.to_owned(),
            user_id: "JW-07".to_owned(),
            user_representation: "Jongerenwerker JW-07".to_owned(),
        }
    }

    /// Signs the claims with HS256.
    pub fn sign(&self, secret: &str) -> String {
        sign_hs256(self, secret)
    }
}

fn hmac(secret: &str) -> Hmac<Sha256> {
    Hmac::new_from_slice(secret.as_bytes()).expect("HMAC accepts a key of any length")
}

/// Any claims, signed as an HS256 JWT (`{"alg":"HS256","typ":"JWT"}`).
pub fn sign_hs256(claims: &impl Serialize, secret: &str) -> String {
    let claims = serde_json::to_vec(claims).expect("claims serialise");
    let mut token = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    token.push('.');
    token.push_str(&URL_SAFE_NO_PAD.encode(claims));
    let mut mac = hmac(secret);
    mac.update(token.as_bytes());
    token.push('.');
    token.push_str(&URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()));
    token
}

/// The claims of a compact JWT, without checking its signature (for assertions on what a
/// client sent). `None` when it is not a JWT with a JSON object as payload.
pub fn unverified_claims(token: &str) -> Option<serde_json::Value> {
    let mut parts = token.split('.');
    let (_, payload, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
    claims.is_object().then_some(claims)
}

/// The claims of an HS256 JWT whose header names HS256 and whose MAC is right (compared in
/// constant time by `verify_slice`).
fn verified_claims(token: &str, secret: &str) -> Option<serde_json::Value> {
    let (signed, signature) = token.rsplit_once('.')?;
    let (header, _) = signed.split_once('.')?;
    let header: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header["alg"].as_str() != Some("HS256") {
        return None;
    }
    let mut mac = hmac(secret);
    mac.update(signed.as_bytes());
    mac.verify_slice(&URL_SAFE_NO_PAD.decode(signature).ok()?)
        .ok()?;
    unverified_claims(token)
}

/// A fresh HS256 token for `client_id`, issued now.
pub fn mint_token(client_id: &str, secret: &str) -> String {
    Claims::new(client_id, now_secs()).sign(secret)
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// Why a request was not let in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Denied {
    /// No `Authorization: Bearer …` header: 401.
    Missing,
    /// A token that is not accepted: 403, with the reason for the request log.
    Rejected(&'static str),
}

/// Checks the `Authorization` header value against the one known client, at the server's time
/// `now` (Unix seconds).
pub(crate) fn check(
    header: Option<&str>,
    client_id: &str,
    secret: &str,
    now: i64,
) -> Result<(), Denied> {
    let token = header
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return Err(Denied::Missing);
    };
    let unverified = unverified_claims(token).ok_or(Denied::Rejected("token is not a JWT"))?;
    if unverified["client_id"].as_str() != Some(client_id) {
        return Err(Denied::Rejected("unknown client_id"));
    }
    let claims =
        verified_claims(token, secret).ok_or(Denied::Rejected("bad signature or algorithm"))?;
    let Some(iat) = claims["iat"].as_i64() else {
        return Err(Denied::Rejected("iat missing"));
    };
    if iat > now {
        return Err(Denied::Rejected("iat in the future"));
    }
    if now - iat > MAX_TOKEN_AGE_SECS {
        return Err(Denied::Rejected("token expired (iat older than 3600 s)"));
    }
    if let Some(exp) = claims.get("exp") {
        match exp.as_i64() {
            Some(exp) if exp > now => {}
            Some(_) => return Err(Denied::Rejected("token expired (exp)")),
            None => return Err(Denied::Rejected("exp is not a number")),
        }
    }
    for claim in ["iss", "user_id", "user_representation"] {
        if !claims[claim].is_string() {
            return Err(Denied::Rejected(
                "claim iss, user_id or user_representation missing",
            ));
        }
    }
    Ok(())
}

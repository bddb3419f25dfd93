//! A weekly report on its way from a worker to the team lead: signed by the worker's vault,
//! encrypted to the lead, and checked in full before the lead's app believes any of it.
//!
//! The case system, a colleague or anyone who can add a document to the team's zaak can put
//! bytes in front of the lead. Encryption to the lead proves nothing about the sender (the
//! lead's recipient is in every worker's profile), so every report carries the sender's ed25519
//! key and signature; which key belongs to which reporter is decided by the lead (see `keys`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{TeamRefusal, WeeklyReport};
use crate::crypto::{Keys, verify_signature};
use crate::minimise::{FindingField, scan};
use crate::model::{EntryKind, Platform, SourceType, Theme};
use crate::summary::WeekCounts;
use crate::time::IsoWeek;

/// Schema marker of a weekly team report (2: signed).
pub const REPORT_SCHEMA: &str = "leefwereld/team-report/2";
/// Schema marker of the signed envelope around it.
pub const ENVELOPE_SCHEMA: &str = "leefwereld/signed-team-report/1";
/// What the signature covers besides the report's bytes: no signature made for anything else
/// can pass for a report.
const SIGNING_DOMAIN: &[u8] = b"leefwereld team report signature v1\n";

/// Limits of a received report. A real week is a few kilobytes; each limit is far above it.
pub mod limits {
    /// The encrypted document.
    pub const REPORT_MAX_BYTES: usize = 256 * 1024;
    /// Any one count, and each dimension's total.
    pub const COUNT_MAX: u32 = 100_000;
    pub const TRENDS_MAX: usize = 500;
    pub const TREND_TEXT_MAX_CHARS: usize = 2_000;
    pub const NEIGHBOURHOODS_MAX: usize = 200;
    pub const NEIGHBOURHOOD_MAX_CHARS: usize = 80;
    pub const REPORTER_MAX_CHARS: usize = 64;
    /// How far in the future a `generated_at` may lie (clocks differ a little).
    pub const CLOCK_LEEWAY_MINUTES: i64 = 5;
}

/// What travels: the report as the worker's app wrote it, the key that signed it, the signature.
#[derive(Serialize, Deserialize)]
struct Envelope {
    schema: String,
    /// The report's JSON, exactly the bytes that were signed.
    report: String,
    /// Base64 of the ed25519 public key.
    key: String,
    /// Base64 of the signature over [`SIGNING_DOMAIN`] + `report`.
    signature: String,
}

fn signed_message(report: &str) -> Vec<u8> {
    [SIGNING_DOMAIN, report.as_bytes()].concat()
}

/// The report as the worker's app sends it: JSON of the signed envelope (encrypted by the
/// caller).
pub(crate) fn sign(keys: &Keys, report: &WeeklyReport) -> serde_json::Result<Vec<u8>> {
    let json = serde_json::to_string(report)?;
    let envelope = Envelope {
        schema: ENVELOPE_SCHEMA.into(),
        signature: STANDARD.encode(keys.sign(&signed_message(&json))),
        key: STANDARD.encode(keys.verifying_key()),
        report: json,
    };
    serde_json::to_vec(&envelope)
}

/// A report whose signature holds, with the key that made it. Not yet checked against the
/// lead's pinned keys.
pub(crate) struct Verified {
    pub report: WeeklyReport,
    pub key: [u8; 32],
    /// How many texts (trends, neighbourhood names) the minimiser withheld.
    pub withheld: u32,
}

/// Opens a decrypted document: envelope, signature, then every field of the report.
pub(crate) fn verify(
    plain: &[u8],
    team: &str,
    week: IsoWeek,
    now: DateTime<Utc>,
) -> Result<Verified, TeamRefusal> {
    let envelope: Envelope = serde_json::from_slice(plain).map_err(|_| TeamRefusal::Malformed)?;
    if envelope.schema != ENVELOPE_SCHEMA {
        return Err(TeamRefusal::Malformed);
    }
    let key: [u8; 32] = decode_fixed(&envelope.key).ok_or(TeamRefusal::BadSignature)?;
    let signature: [u8; 64] = decode_fixed(&envelope.signature).ok_or(TeamRefusal::BadSignature)?;
    if !verify_signature(&key, &signed_message(&envelope.report), &signature) {
        return Err(TeamRefusal::BadSignature);
    }
    let mut report: WeeklyReport =
        serde_json::from_str(&envelope.report).map_err(|_| TeamRefusal::Malformed)?;
    check(&report, team, week, now)?;
    let withheld = minimise_texts(&mut report);
    Ok(Verified {
        report,
        key,
        withheld,
    })
}

fn decode_fixed<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() > 2 * N {
        return None;
    }
    STANDARD.decode(text).ok()?.try_into().ok()
}

fn check(
    report: &WeeklyReport,
    team: &str,
    week: IsoWeek,
    now: DateTime<Utc>,
) -> Result<(), TeamRefusal> {
    use limits::*;
    let reporter_ok = !report.reporter.trim().is_empty()
        && report.reporter.chars().count() <= REPORTER_MAX_CHARS
        && report
            .reporter
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if report.schema != REPORT_SCHEMA || !reporter_ok {
        return Err(TeamRefusal::Malformed);
    }
    if report.team != team {
        return Err(TeamRefusal::OtherTeam);
    }
    if report.week.start() > now {
        return Err(TeamRefusal::FutureWeek);
    }
    if report.generated_at > now + Duration::minutes(CLOCK_LEEWAY_MINUTES) {
        return Err(TeamRefusal::FutureDate);
    }
    if report.week != week || report.trends.iter().any(|t| t.week != week) {
        return Err(TeamRefusal::WrongWeek);
    }
    // A report cannot be made before the week it counts began.
    if report.generated_at < report.week.start() {
        return Err(TeamRefusal::Malformed);
    }
    check_counts(&report.counts)?;
    let trends_ok = report.trends.len() <= TRENDS_MAX
        && report
            .trends
            .iter()
            .all(|t| t.text.chars().count() <= TREND_TEXT_MAX_CHARS);
    if !trends_ok {
        return Err(TeamRefusal::Malformed);
    }
    Ok(())
}

/// Counts must be of known codes, in range, and add up to the same total in every dimension.
fn check_counts(counts: &WeekCounts) -> Result<(), TeamRefusal> {
    use limits::*;
    let known = |map: &std::collections::BTreeMap<String, u32>, is_code: fn(&str) -> bool| {
        map.keys().all(|k| is_code(k))
    };
    let codes_ok = known(&counts.kind, |c| EntryKind::from_code(c).is_some())
        && known(&counts.theme, |c| Theme::from_code(c).is_some())
        && known(&counts.platform, |c| Platform::from_code(c).is_some())
        && known(&counts.source, |c| SourceType::from_code(c).is_some())
        && counts.neighbourhood.len() <= NEIGHBOURHOODS_MAX
        && counts
            .neighbourhood
            .keys()
            .all(|k| k.chars().count() <= NEIGHBOURHOOD_MAX_CHARS);
    if !codes_ok {
        return Err(TeamRefusal::Malformed);
    }
    let mut totals = Vec::with_capacity(5);
    for map in counts.dimensions() {
        let mut total = 0u32;
        for n in map.values() {
            total = total
                .checked_add(*n)
                .filter(|t| *t <= COUNT_MAX)
                .ok_or(TeamRefusal::Overflow)?;
        }
        totals.push(total);
    }
    if totals.windows(2).any(|w| w[0] != w[1]) {
        return Err(TeamRefusal::Malformed);
    }
    Ok(())
}

/// Passes every received text through the minimiser again: a sender's app may be old, or not
/// Leefwereld at all. A text with a finding is withheld (its counts still count); a
/// neighbourhood name with one is counted under "unknown".
fn minimise_texts(report: &mut WeeklyReport) -> u32 {
    let mut withheld = 0;
    report.trends.retain(|trend| {
        let clean = scan(FindingField::Text, &trend.text, &[]).is_empty();
        if !clean {
            withheld += 1;
        }
        clean
    });
    let names: Vec<String> = report.counts.neighbourhood.keys().cloned().collect();
    for name in names {
        if !scan(FindingField::Neighbourhood, &name, &[]).is_empty()
            && let Some(n) = report.counts.neighbourhood.remove(&name)
        {
            withheld += 1;
            let unknown = report
                .counts
                .neighbourhood
                .entry(String::new())
                .or_default();
            *unknown = unknown.saturating_add(n);
        }
    }
    withheld
}

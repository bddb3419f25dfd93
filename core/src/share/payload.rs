//! What leaves the device when an entry is shared: the minimised projection, as JSON, encrypted
//! with age to the receiving organisation's recipients. The worker sees exactly this JSON in the
//! share preview; the municipality decrypts the document to exactly this JSON.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::consent::{Consent, ConsentGiver, InformedHow};
use crate::error::{Error, Result};
use crate::model::{AgeBand, Entry, EntryKind, Platform, SourceType, Theme, Urgency};
use crate::positions::Partner;
use crate::time::{IsoWeek, display_date, local_date};
use leefwereld_locales::Lang;

/// Schema marker of a shared entry document.
pub const SCHEMA: &str = "leefwereld/shared-entry/1";

/// The consent as the receiver sees it: who, how, on which day, for whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedConsent {
    pub given_by: ConsentGiver,
    pub informed_how: InformedHow,
    pub given_on: NaiveDate,
    pub scope: Vec<Partner>,
}

/// The minimised projection of an entry. Everything in it is either a code, a date or week,
/// an age band, or free text the minimiser has passed and the worker has resolved. It never
/// holds aliases, exact times or ages, attachments, the worker's name or the entry's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedEntry {
    pub schema: String,
    /// The document's stable reference, so the receiver can match a retraction or a newer
    /// revision; it cannot be traced back to the entry without the worker's vault.
    pub reference: String,
    pub revision: u32,
    /// The organisation that shares it (hard rule 5: never the worker).
    pub organisation: String,
    /// The pseudonymous installation it came from.
    pub device: String,
    pub target: Partner,
    pub kind: EntryKind,
    pub theme: Theme,
    pub platform: Platform,
    pub source_type: SourceType,
    pub urgency: Urgency,
    /// A date for a signal, an ISO week for a trend.
    pub observed: String,
    pub neighbourhood: String,
    pub age_band: Option<AgeBand>,
    pub text: String,
    pub reason: Option<String>,
    /// Always present in a sent document; absent only in a preview before consent exists.
    pub consent: Option<SharedConsent>,
    pub shared_on: NaiveDate,
}

/// The free-text fields after minimisation.
pub(crate) struct MinimisedFields<'a> {
    pub text: &'a str,
    pub reason: &'a str,
    pub neighbourhood: &'a str,
}

/// Who is sharing, as it may travel.
pub(crate) struct Sender<'a> {
    pub organisation: &'a str,
    pub device: &'a str,
}

pub(crate) fn project(
    entry: &Entry,
    fields: MinimisedFields<'_>,
    consent: Option<&Consent>,
    target: Partner,
    reference: &str,
    sender: Sender<'_>,
    now: DateTime<Utc>,
) -> SharedEntry {
    let content = &entry.content;
    let observed = match content.kind {
        EntryKind::Signaal => local_date(content.observed_at).to_string(),
        EntryKind::Trend => IsoWeek::of(content.observed_at).to_string(),
    };
    SharedEntry {
        schema: SCHEMA.into(),
        reference: reference.into(),
        revision: entry.revision,
        organisation: sender.organisation.trim().into(),
        device: sender.device.into(),
        target,
        kind: content.kind,
        theme: content.theme,
        platform: content.platform,
        source_type: content.source_type,
        urgency: content.urgency,
        observed,
        neighbourhood: fields.neighbourhood.trim().into(),
        age_band: content.age_band,
        text: fields.text.trim().into(),
        reason: (content.kind == EntryKind::Signaal).then(|| fields.reason.trim().to_owned()),
        consent: consent.map(|consent| SharedConsent {
            given_by: consent.given_by,
            informed_how: consent.informed_how,
            given_on: local_date(consent.given_at),
            scope: consent.scope.clone(),
        }),
        shared_on: local_date(now),
    }
}

impl SharedEntry {
    /// The exact bytes that are encrypted and sent (pretty JSON, so it reads well after
    /// decryption with the stock `age` tool).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// When it was seen, as a person reads it: the day of a signal ("21-11-2026"), the week of
    /// a trend ("Week 47, 2026"). What is sent stays the ISO form.
    pub fn observed_display(&self, lang: Lang) -> String {
        if let Ok(day) = self.observed.parse::<NaiveDate>() {
            return display_date(day, lang);
        }
        match self.observed.parse::<IsoWeek>() {
            Ok(week) => week.label(lang),
            Err(_) => self.observed.clone(),
        }
    }
}

/// Encrypts `plaintext` to every recipient (`age1…`) with age.
pub fn encrypt_to(recipients: &[String], plaintext: &[u8]) -> Result<Vec<u8>> {
    let parsed: Vec<age::x25519::Recipient> = recipients
        .iter()
        .filter_map(|r| r.trim().parse().ok())
        .collect();
    if parsed.is_empty() {
        return Err(Error::NoConnection);
    }
    let encryptor =
        age::Encryptor::with_recipients(parsed.iter().map(|r| r as &dyn age::Recipient))
            .map_err(Error::storage)?;
    let mut out = Vec::with_capacity(plaintext.len() + 300);
    let mut writer = encryptor.wrap_output(&mut out)?;
    std::io::Write::write_all(&mut writer, plaintext)?;
    writer.finish()?;
    Ok(out)
}

/// Decrypts a shared document with an age identity (`AGE-SECRET-KEY-1…`): what the receiving
/// organisation does, with Leefwereld or with the stock `age` tool.
pub fn decrypt_with(identity: &str, ciphertext: &[u8]) -> Option<Vec<u8>> {
    let identity: age::x25519::Identity = identity.trim().parse().ok()?;
    age::decrypt(&identity, ciphertext).ok()
}

//! Instants and entry ids as the bindings see them: Unix milliseconds and the id's text.
//!
//! Reading either back from a foreign caller can fail (an instant chrono cannot represent, a
//! string that is no id); that is `LeefwereldError::InvalidArgument` naming what could not be
//! read, never its value, and never a panic.

use chrono::{DateTime, Utc};

use super::error::LeefwereldError;
use crate::model::EntryId;

/// An instant, as Unix time in milliseconds (UTC) across the boundary. (uniffi names a custom
/// type after a single identifier; this alias is that name.)
pub type UnixMillis = DateTime<Utc>;

fn unreadable(what: &str) -> uniffi::deps::anyhow::Error {
    uniffi::deps::anyhow::Error::new(LeefwereldError::invalid_argument(what))
}

uniffi::custom_type!(UnixMillis, i64, {
    remote,
    lower: |at| at.timestamp_millis(),
    try_lift: |ms| DateTime::from_timestamp_millis(ms)
        .ok_or_else(|| unreadable("an instant (*_ms): out of range")),
});

uniffi::custom_type!(EntryId, String, {
    lower: |id| id.to_string(),
    try_lift: |text| text.parse().map_err(|_| unreadable("id: not an entry id")),
});

//! The boundary to a case system. The outbox speaks only this trait; the ZGW implementation
//! (`zgw`) is one case system, and others can be added without touching the outbox.
//!
//! Every method must be safe to call again after any failure, including a failure after the
//! server already committed (a dropped connection, a timeout): the outbox retries blindly.

use std::time::Duration;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::InvalidParam;

/// One document to deliver, already encrypted to the receiving organisation. The outbox stores
/// it as it is, so a retry sends exactly the same bytes.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// Stable id of the document (≤ 40 characters), derived from the entry and its revision:
    /// the same share always has the same id, so a retry finds what an earlier try created.
    pub document_id: String,
    /// Stable id of the case (zaak) the document belongs to (≤ 40 characters).
    pub case_id: String,
    /// Short description of the case (≤ 80 characters), without personal data.
    pub case_title: String,
    /// Start date of the case.
    pub case_start: NaiveDate,
    /// Title of the document (≤ 200 characters), without personal data.
    pub title: String,
    pub file_name: String,
    pub media_type: String,
    /// The age ciphertext.
    pub content: Vec<u8>,
    /// The author: the organisation, never the worker (hard rule 5).
    pub author: String,
    pub created: NaiveDate,
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery")
            .field("document_id", &self.document_id)
            .field("case_id", &self.case_id)
            .field("bytes", &self.content.len())
            .finish_non_exhaustive()
    }
}

/// Where a delivered document ended up; kept so that a retraction can find it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub case_url: String,
    pub document_url: String,
    pub link_url: Option<String>,
}

/// The step a delivery is at, for progress display.
#[cfg_attr(feature = "ffi", derive(uniffi::Enum), allow(unsafe_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeliveryStep {
    LookingUpTypes,
    FindingCase,
    CreatingCase,
    FindingDocument,
    CreatingDocument,
    Linking,
    RemovingLink,
    RemovingDocument,
    Fetching,
}

impl DeliveryStep {
    /// The id of its label in `locales/` (`sync-step-…`).
    pub fn label_id(self) -> &'static str {
        match self {
            DeliveryStep::LookingUpTypes => "sync-step-types",
            DeliveryStep::FindingCase => "sync-step-find-case",
            DeliveryStep::CreatingCase => "sync-step-create-case",
            DeliveryStep::FindingDocument => "sync-step-find-document",
            DeliveryStep::CreatingDocument => "sync-step-create-document",
            DeliveryStep::Linking => "sync-step-link",
            DeliveryStep::RemovingLink => "sync-step-unlink",
            DeliveryStep::RemovingDocument => "sync-step-delete-document",
            DeliveryStep::Fetching => "sync-step-fetch",
        }
    }
}

/// Why a call to the case system failed, classified by what the outbox should do next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// No answer (connection refused or dropped, timeout, DNS): try again later.
    #[error("network problem: {detail}")]
    Network { detail: String },
    /// The server failed (5xx) or asked us to slow down (429): try again later.
    #[error("server error {status}")]
    Server {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// The server refused this item (4xx validation): retrying will not help; park it.
    #[error("refused with status {status}")]
    Rejected {
        status: u16,
        detail: String,
        invalid_params: Vec<InvalidParam>,
    },
    /// The case system will not change this item's zaak because the municipality closed it
    /// (Open Zaak's `ZaakClosed` 403). Park the item; the rest of the queue goes on.
    #[error("the zaak is closed")]
    CaseClosed { detail: String },
    /// The case system holds this item's document with another informatieobjecttype than the
    /// zaaktype allows (made with an earlier, wrong configuration); it is not linked blindly.
    /// Park: the administrator removes or fixes it.
    #[error("document {document} has another informatieobjecttype")]
    TypeMismatch { document: String },
    /// The credentials are not accepted (401/403): stop the whole queue until fixed.
    #[error("not authorised (status {status})")]
    Unauthorized { status: u16 },
    /// The connection profile does not match the server (unknown case type, bad URL).
    #[error("configuration problem: {detail}")]
    Misconfigured { detail: String },
    /// The server named a URL outside the profile's API roots; nothing was sent to it, least
    /// of all the token. Park: only the municipality can fix its server's addresses.
    #[error("the case system pointed to another server ({origin})")]
    ForeignUrl { origin: String },
    /// The server answered with a redirect, which the app never follows (it would carry the
    /// token elsewhere). Park.
    #[error("the case system redirected (status {status})")]
    Redirected { status: u16 },
}

impl TransportError {
    /// Whether trying the same call again later can succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            TransportError::Network { .. } | TransportError::Server { .. }
        )
    }
}

/// A document fetched from a case (the team reports of a week).
#[derive(Clone, PartialEq, Eq)]
pub struct FetchedDocument {
    pub document_id: String,
    pub content: Vec<u8>,
}

impl std::fmt::Debug for FetchedDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FetchedDocument")
            .field("document_id", &self.document_id)
            .field("bytes", &self.content.len())
            .finish()
    }
}

/// A case system the outbox can deliver to.
pub trait CaseSystem: Send + Sync {
    /// Makes sure the case, the document and the link between them exist exactly once.
    /// Reports each step through `progress`.
    fn deliver(
        &self,
        delivery: &Delivery,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError>;

    /// Removes the document and its link to `case_id`; succeeds when they are already gone.
    fn retract(
        &self,
        case_id: &str,
        document_id: &str,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError>;

    /// The documents attached to the case `case_id`; empty when the case does not exist.
    fn fetch_case_documents(&self, case_id: &str) -> Result<Vec<FetchedDocument>, TransportError>;

    /// Seconds the device clock was found to be off from the server's (server minus device),
    /// when a token was refused for its time and sent again corrected; `None` when no
    /// correction was needed.
    fn clock_correction(&self) -> Option<i64> {
        None
    }
}

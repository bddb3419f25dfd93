//! What the worker is told when the case system or a connection profile is the problem.

use leefwereld_locales::{Arg, Lang, tr_args};
use serde::{Deserialize, Serialize};

/// Why an item is not delivered yet, in terms a worker can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SyncProblem {
    /// No connection; will retry.
    Offline,
    /// The case system had a problem; will retry.
    ServerTrouble { status: u16 },
    /// The case system refused this item; it waits for the worker or the administrator.
    Refused {
        status: u16,
        detail: String,
        fields: Vec<InvalidParam>,
    },
    /// The app's credentials are not accepted; nothing is sent until the profile is fixed.
    NotAuthorised { status: u16 },
    /// The connection profile does not fit the case system.
    Misconfigured { detail: String },
    /// The case system pointed to a server outside the connection profile; nothing was sent
    /// there.
    ForeignUrl { origin: String },
    /// The case system answered with a redirect, which is never followed.
    Redirected { status: u16 },
    /// The municipality closed the zaak this item belongs to; the case system refuses to add
    /// to it.
    CaseClosed,
    /// The case system already holds this item's document with a type the zaaktype does not
    /// allow; it is not linked blindly.
    TypeMismatch { document: String },
    /// Consent was withdrawn, but the municipality closed the zaak and the case system refuses
    /// to remove the shared copy: the municipality must remove it.
    WithdrawalRefused,
}

impl SyncProblem {
    pub fn code(&self) -> &'static str {
        match self {
            SyncProblem::Offline => "offline",
            SyncProblem::ServerTrouble { .. } => "server",
            SyncProblem::Refused { .. } => "refused",
            SyncProblem::NotAuthorised { .. } => "not-authorised",
            SyncProblem::Misconfigured { .. } => "misconfigured",
            SyncProblem::ForeignUrl { .. } => "foreign-url",
            SyncProblem::Redirected { .. } => "redirected",
            SyncProblem::CaseClosed => "case-closed",
            SyncProblem::TypeMismatch { .. } => "type-mismatch",
            SyncProblem::WithdrawalRefused => "withdrawal-refused",
        }
    }

    /// The problem in plain words, with the server's field complaints listed for a refusal.
    pub fn localized(&self, lang: Lang) -> String {
        let id = format!("sync-problem-{}", self.code());
        match self {
            SyncProblem::ServerTrouble { status }
            | SyncProblem::NotAuthorised { status }
            | SyncProblem::Redirected { status } => {
                tr_args(lang, &id, &[("status", Arg::from(*status))])
            }
            SyncProblem::Refused { status, fields, .. } => {
                let mut lines = vec![tr_args(lang, &id, &[("status", Arg::from(*status))])];
                lines.extend(fields.iter().map(|f| {
                    tr_args(
                        lang,
                        "sync-problem-field",
                        &[
                            ("field", f.name.as_str().into()),
                            ("reason", f.reason.as_str().into()),
                        ],
                    )
                }));
                lines.join("\n")
            }
            SyncProblem::Misconfigured { detail } => {
                tr_args(lang, &id, &[("detail", detail.as_str().into())])
            }
            SyncProblem::TypeMismatch { document } => {
                tr_args(lang, &id, &[("document", document.as_str().into())])
            }
            SyncProblem::ForeignUrl { origin } => {
                tr_args(lang, &id, &[("origin", origin.as_str().into())])
            }
            SyncProblem::Offline | SyncProblem::CaseClosed | SyncProblem::WithdrawalRefused => {
                tr_args(lang, &id, &[])
            }
        }
    }
}

/// A field the server refused, as it named it (ZGW `invalidParams`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvalidParam {
    pub name: String,
    pub code: String,
    pub reason: String,
}

/// What is wrong with a connection profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileProblem {
    #[error("not a Leefwereld connection profile")]
    NotAProfile,
    #[error("the connection profile is too large")]
    TooLarge,
    #[error("profile format {0} is not supported")]
    UnknownFormat(String),
    #[error("field {0} is missing or empty")]
    Missing(&'static str),
    #[error("field {0} is too long")]
    TooLong(&'static str),
    #[error("field {0} holds invisible or control characters")]
    Unprintable(&'static str),
    #[error("field {0} is not a valid web address")]
    BadUrl(&'static str),
    #[error("field {0} must use https")]
    HttpsRequired(&'static str),
    #[error("field {0} has a user name or password before the host")]
    UserInfo(&'static str),
    #[error("field {0} has a port outside 1-65535")]
    BadPort(&'static str),
    #[error("the client secret is too short")]
    SecretTooShort,
    #[error("bronorganisatie is not a valid RSIN")]
    BadRsin,
    #[error("unknown confidentiality level")]
    BadConfidentiality,
    #[error("recipient {0} is not an age recipient")]
    BadRecipient(usize),
    #[error("too many recipients")]
    TooManyRecipients,
    #[error("the team id is not valid")]
    BadTeam,
}

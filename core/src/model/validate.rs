//! Validation of what a worker enters: every problem at once, each with its own message.

use chrono::{DateTime, Duration, Utc};
use leefwereld_locales::{Arg, Lang, tr_args};

use super::{Attachment, EntryContent, EntryKind};

/// The limits of an entry. Generous for field notes, small enough for a phone.
pub mod limits {
    /// Characters of free text.
    pub const TEXT_MAX: usize = 5_000;
    /// Characters of the concrete reason of a signal.
    pub const REASON_MAX: usize = 1_000;
    /// Characters of a neighbourhood name.
    pub const NEIGHBOURHOOD_MAX: usize = 80;
    /// Tagged aliases per entry.
    pub const ALIASES_MAX: usize = 20;
    /// Characters per alias.
    pub const ALIAS_MAX: usize = 60;
    /// Attachments per entry.
    pub const ATTACHMENTS_MAX: usize = 6;
    /// Bytes per attachment (a phone screenshot is 0.3–3 MB).
    pub const ATTACHMENT_BYTES_MAX: usize = 8 * 1024 * 1024;
    /// Characters of an attachment's file name.
    pub const ATTACHMENT_NAME_MAX: usize = 120;
    /// Characters of an order reference or a justification.
    pub const ORDER_REFERENCE_MAX: usize = 64;
    pub const JUSTIFICATION_MAX: usize = 1_000;
    /// How far in the future an observation may lie (clock skew between devices).
    pub const FUTURE_SKEW_MINUTES: i64 = 5;
    /// How long ago an observation may lie when it is first recorded.
    pub const OBSERVED_MAX_AGE_DAYS: i64 = 365;
}

code_enum! {
    /// The fields of the capture form a problem can belong to; the code is the field's id in
    /// the app and in the bindings' problems.
    EntryField, "field" {
        Text = "text",
        /// The theme, which the worker must choose (the form never pre-selects one).
        Theme = "theme",
        /// The source type (direct contact, open source, …), which the worker must choose.
        SourceType = "source",
        Reason = "reason",
        Neighbourhood = "neighbourhood",
        Kind = "kind",
        Aliases = "aliases",
        ObservedAt = "observed_at",
        Attachments = "attachments",
        OrderReference = "order_reference",
        Justification = "justification",
    }
}

/// One problem with an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    TextEmpty,
    TextTooLong {
        max: usize,
        actual: usize,
    },
    /// A signal needs its concrete reason (aanleiding).
    ReasonMissing,
    ReasonTooLong {
        max: usize,
        actual: usize,
    },
    NeighbourhoodTooLong {
        max: usize,
    },
    /// A trend is never about an identifiable person: no aliases, age band or reason.
    TrendAboutPerson,
    TooManyAliases {
        max: usize,
    },
    AliasEmpty,
    AliasTooLong {
        max: usize,
    },
    ObservedInFuture,
    ObservedTooLongAgo {
        days: i64,
    },
    TooManyAttachments {
        max: usize,
    },
    AttachmentTooLarge {
        number: usize,
        max_mb: usize,
    },
    AttachmentEmpty {
        number: usize,
    },
    AttachmentNameTooLong {
        number: usize,
    },
    OrderReferenceTooLong {
        max: usize,
    },
    JustificationTooLong {
        max: usize,
    },
    /// Text contains control characters other than line breaks and tabs.
    ControlCharacters,
    /// Text or an alias contains bidi embeddings, overrides or isolates, which make it read
    /// differently from how it is stored (and so hide identifiers from a reader).
    BidiControls,
}

impl Invalid {
    /// A stable code (also the suffix of the message id `invalid-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Invalid::TextEmpty => "text-empty",
            Invalid::TextTooLong { .. } => "text-too-long",
            Invalid::ReasonMissing => "reason-missing",
            Invalid::ReasonTooLong { .. } => "reason-too-long",
            Invalid::NeighbourhoodTooLong { .. } => "neighbourhood-too-long",
            Invalid::TrendAboutPerson => "trend-about-person",
            Invalid::TooManyAliases { .. } => "too-many-aliases",
            Invalid::AliasEmpty => "alias-empty",
            Invalid::AliasTooLong { .. } => "alias-too-long",
            Invalid::ObservedInFuture => "observed-in-future",
            Invalid::ObservedTooLongAgo { .. } => "observed-too-long-ago",
            Invalid::TooManyAttachments { .. } => "too-many-attachments",
            Invalid::AttachmentTooLarge { .. } => "attachment-too-large",
            Invalid::AttachmentEmpty { .. } => "attachment-empty",
            Invalid::AttachmentNameTooLong { .. } => "attachment-name-too-long",
            Invalid::OrderReferenceTooLong { .. } => "order-reference-too-long",
            Invalid::JustificationTooLong { .. } => "justification-too-long",
            Invalid::ControlCharacters => "control-characters",
            Invalid::BidiControls => "bidi-controls",
        }
    }

    /// The form field this problem belongs to, so the app can show it beside that field.
    pub fn field(&self) -> EntryField {
        match self {
            Invalid::TextEmpty
            | Invalid::TextTooLong { .. }
            | Invalid::ControlCharacters
            | Invalid::BidiControls => EntryField::Text,
            Invalid::ReasonMissing | Invalid::ReasonTooLong { .. } => EntryField::Reason,
            Invalid::NeighbourhoodTooLong { .. } => EntryField::Neighbourhood,
            Invalid::TrendAboutPerson => EntryField::Kind,
            Invalid::TooManyAliases { .. } | Invalid::AliasEmpty | Invalid::AliasTooLong { .. } => {
                EntryField::Aliases
            }
            Invalid::ObservedInFuture | Invalid::ObservedTooLongAgo { .. } => {
                EntryField::ObservedAt
            }
            Invalid::TooManyAttachments { .. }
            | Invalid::AttachmentTooLarge { .. }
            | Invalid::AttachmentEmpty { .. }
            | Invalid::AttachmentNameTooLong { .. } => EntryField::Attachments,
            Invalid::OrderReferenceTooLong { .. } => EntryField::OrderReference,
            Invalid::JustificationTooLong { .. } => EntryField::Justification,
        }
    }

    /// The translated message.
    pub fn localized(&self, lang: Lang) -> String {
        let id = format!("invalid-{}", self.code());
        let args: Vec<(&str, Arg)> = match self {
            Invalid::TextTooLong { max, actual } | Invalid::ReasonTooLong { max, actual } => {
                vec![("max", (*max).into()), ("actual", (*actual).into())]
            }
            Invalid::NeighbourhoodTooLong { max }
            | Invalid::TooManyAliases { max }
            | Invalid::AliasTooLong { max }
            | Invalid::TooManyAttachments { max }
            | Invalid::OrderReferenceTooLong { max }
            | Invalid::JustificationTooLong { max } => vec![("max", (*max).into())],
            Invalid::ObservedTooLongAgo { days } => vec![("days", (*days).into())],
            Invalid::AttachmentTooLarge { number, max_mb } => {
                vec![("number", (*number).into()), ("max", (*max_mb).into())]
            }
            Invalid::AttachmentEmpty { number } | Invalid::AttachmentNameTooLong { number } => {
                vec![("number", (*number).into())]
            }
            _ => vec![],
        };
        tr_args(lang, &id, &args)
    }
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

fn has_bidi_control(text: &str) -> bool {
    text.chars().any(crate::text::is_bidi_control)
}

fn has_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
}

impl EntryContent {
    /// Every problem with this content as of `now`; empty when it may be stored.
    ///
    /// `first_capture` applies the "not too long ago" rule, which edits of old entries skip.
    pub fn problems(&self, now: DateTime<Utc>, first_capture: bool) -> Vec<Invalid> {
        let mut issues = Vec::new();
        let text_len = chars(&self.text);
        if self.text.trim().is_empty() {
            issues.push(Invalid::TextEmpty);
        } else if text_len > limits::TEXT_MAX {
            issues.push(Invalid::TextTooLong {
                max: limits::TEXT_MAX,
                actual: text_len,
            });
        }
        if has_control(&self.text) || has_control(&self.reason) || has_control(&self.neighbourhood)
        {
            issues.push(Invalid::ControlCharacters);
        }
        if [&self.text, &self.reason, &self.neighbourhood]
            .into_iter()
            .chain(&self.aliases)
            .any(|t| has_bidi_control(t))
        {
            issues.push(Invalid::BidiControls);
        }
        match self.kind {
            EntryKind::Signaal => {
                if self.reason.trim().is_empty() {
                    issues.push(Invalid::ReasonMissing);
                }
            }
            EntryKind::Trend => {
                if !self.aliases.is_empty()
                    || self.age_band.is_some()
                    || !self.reason.trim().is_empty()
                {
                    issues.push(Invalid::TrendAboutPerson);
                }
            }
        }
        let reason_len = chars(&self.reason);
        if reason_len > limits::REASON_MAX {
            issues.push(Invalid::ReasonTooLong {
                max: limits::REASON_MAX,
                actual: reason_len,
            });
        }
        if chars(&self.neighbourhood) > limits::NEIGHBOURHOOD_MAX {
            issues.push(Invalid::NeighbourhoodTooLong {
                max: limits::NEIGHBOURHOOD_MAX,
            });
        }
        if self.aliases.len() > limits::ALIASES_MAX {
            issues.push(Invalid::TooManyAliases {
                max: limits::ALIASES_MAX,
            });
        }
        if self.aliases.iter().any(|a| a.trim().is_empty()) {
            issues.push(Invalid::AliasEmpty);
        }
        if self.aliases.iter().any(|a| chars(a) > limits::ALIAS_MAX) {
            issues.push(Invalid::AliasTooLong {
                max: limits::ALIAS_MAX,
            });
        }
        if self.observed_at > now + Duration::minutes(limits::FUTURE_SKEW_MINUTES) {
            issues.push(Invalid::ObservedInFuture);
        } else if first_capture
            && self.observed_at < now - Duration::days(limits::OBSERVED_MAX_AGE_DAYS)
        {
            issues.push(Invalid::ObservedTooLongAgo {
                days: limits::OBSERVED_MAX_AGE_DAYS,
            });
        }
        if self
            .order_reference
            .as_deref()
            .is_some_and(|r| chars(r) > limits::ORDER_REFERENCE_MAX)
        {
            issues.push(Invalid::OrderReferenceTooLong {
                max: limits::ORDER_REFERENCE_MAX,
            });
        }
        if self
            .justification
            .as_deref()
            .is_some_and(|j| chars(j) > limits::JUSTIFICATION_MAX)
        {
            issues.push(Invalid::JustificationTooLong {
                max: limits::JUSTIFICATION_MAX,
            });
        }
        issues
    }
}

/// Problems with attachments to be added to an entry that already has `existing` of them.
pub(crate) fn attachment_problems(attachments: &[Attachment], existing: usize) -> Vec<Invalid> {
    let mut issues = Vec::new();
    if existing + attachments.len() > limits::ATTACHMENTS_MAX {
        issues.push(Invalid::TooManyAttachments {
            max: limits::ATTACHMENTS_MAX,
        });
    }
    for (i, attachment) in attachments.iter().enumerate() {
        let number = existing + i + 1;
        if attachment.bytes.is_empty() {
            issues.push(Invalid::AttachmentEmpty { number });
        } else if attachment.bytes.len() > limits::ATTACHMENT_BYTES_MAX {
            issues.push(Invalid::AttachmentTooLarge {
                number,
                max_mb: limits::ATTACHMENT_BYTES_MAX / (1024 * 1024),
            });
        }
        if chars(&attachment.name) > limits::ATTACHMENT_NAME_MAX {
            issues.push(Invalid::AttachmentNameTooLong { number });
        }
    }
    issues
}

//! Applying the worker's decisions: the minimised text of an entry, and what is still open.

use std::collections::HashMap;
use std::fmt;

use super::{Decision, Finding, FindingField, FindingKey, scan_content};
use crate::model::EntryContent;

/// The free text of an entry after minimisation, with what was found and what is still open.
///
/// `Debug` shows sizes and counts only: the text may still hold unresolved identifiers.
#[derive(Clone, PartialEq, Eq)]
pub struct Minimised {
    pub text: String,
    pub reason: String,
    pub neighbourhood: String,
    /// Every finding, in field order (text, reason, neighbourhood) and by position.
    pub findings: Vec<Finding>,
    /// The findings without a decision. They are left as written, so an entry must not be
    /// shared while this is not empty.
    pub unresolved: Vec<Finding>,
}

impl Minimised {
    /// Whether every finding has a decision, the condition for sharing.
    pub fn is_resolved(&self) -> bool {
        self.unresolved.is_empty()
    }

    /// The minimised text of one field.
    pub fn field(&self, field: FindingField) -> &str {
        match field {
            FindingField::Text => &self.text,
            FindingField::Reason => &self.reason,
            FindingField::Neighbourhood => &self.neighbourhood,
        }
    }
}

impl fmt::Debug for Minimised {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Minimised")
            .field("text_len", &self.text.len())
            .field("reason_len", &self.reason.len())
            .field("neighbourhood_len", &self.neighbourhood.len())
            .field("findings", &self.findings.len())
            .field("unresolved", &self.unresolved.len())
            .finish()
    }
}

/// Minimises the free text of `content` with the worker's `decisions`.
///
/// A finding decided [`Decision::Redact`] becomes its replacement token; one decided
/// [`Decision::Keep`] stays as written. A finding without a decision also stays as written and
/// is listed in [`Minimised::unresolved`]: it is never silently dropped nor silently passed,
/// and the caller must block sharing until it is resolved. The tagged aliases themselves are
/// no part of the result.
pub fn minimise(content: &EntryContent, decisions: &HashMap<FindingKey, Decision>) -> Minimised {
    project(content, |finding| decisions.get(&finding.key()).copied())
}

/// Minimises with every finding redacted: the preview, and the "replace all" button.
pub fn redact_all(content: &EntryContent) -> Minimised {
    project(content, |_| Some(Decision::Redact))
}

fn project(content: &EntryContent, decide: impl Fn(&Finding) -> Option<Decision>) -> Minimised {
    let findings = scan_content(content);
    let mut unresolved = Vec::new();
    let mut apply = |field: FindingField| {
        let source = field.of(content);
        let mut out = String::with_capacity(source.len());
        let mut at = 0;
        for finding in findings.iter().filter(|f| f.field == field) {
            out.push_str(&source[at..finding.start]);
            match decide(finding) {
                Some(Decision::Redact) => out.push_str(&finding.replacement),
                Some(Decision::Keep) => out.push_str(&finding.matched),
                None => {
                    out.push_str(&finding.matched);
                    unresolved.push(finding.clone());
                }
            }
            at = finding.end;
        }
        out.push_str(&source[at..]);
        out
    };
    let text = apply(FindingField::Text);
    let reason = apply(FindingField::Reason);
    let neighbourhood = apply(FindingField::Neighbourhood);
    Minimised {
        text,
        reason,
        neighbourhood,
        findings,
        unresolved,
    }
}

//! The role-frame check the app shows before the worker saves an entry.

use leefwereld_core as lw;
use lw::frames;

use crate::types::FrameRule;
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// How a frame notice affects saving or sharing: the core's own enum.
pub use frames::Severity;

/// One rule of the user's role frame applied to one entry, with its texts in the vault's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FrameNotice {
    pub rule: FrameRule,
    pub severity: Severity,
    /// Whether it stops the entry as it is now (a block, or a missing justification).
    pub refuses: bool,
    /// The rule's name.
    pub title: String,
    /// What the rule means for this entry, in plain words.
    pub explanation: String,
    /// Where the rule comes from.
    pub basis: String,
}

#[uniffi::export]
impl Vault {
    /// The role-frame notices for `content` as it would be saved: new (`editing` empty) or as
    /// an edit of the entry `editing`. Shown inline before saving; `capture` and `edit` refuse
    /// with `FrameRefused` what a notice with `refuses` stops.
    #[uniffi::method(default(editing = None))]
    pub fn check_frames(
        &self,
        content: lw::EntryContent,
        editing: Option<String>,
    ) -> Result<Vec<FrameNotice>, LeefwereldError> {
        let editing = editing.map(|id| self.id(&id)).transpose()?;
        let lang = self.inner.language();
        let notices = self.call(self.inner.entries().check_frames(&content, editing))?;
        Ok(notices
            .iter()
            .map(|notice| FrameNotice {
                rule: notice.rule,
                severity: notice.severity,
                refuses: notice.refuses(&content),
                title: notice.rule.label(lang),
                explanation: notice.explanation(lang),
                basis: notice.basis(lang),
            })
            .collect())
    }
}

//! Applying the role frames to what the worker is about to save.

use super::Guard;
use super::entries::Entries;
use super::records::ENTRY_TABLE;
use crate::error::{Error, Result};
use crate::frames::{self, EarlierSignal, FrameNotice, FrameRule, Severity};
use crate::model::{EntryContent, EntryId, EntryKind};
use crate::text::fold;

impl Guard<'_> {
    /// Earlier signals that share a tagged alias with `content` (found by the aliases'
    /// pseudonyms in the index, then decrypted for their reasons).
    fn earlier_signals(
        &mut self,
        content: &EntryContent,
        editing: Option<EntryId>,
    ) -> Result<Vec<EarlierSignal>> {
        if content.kind != EntryKind::Signaal || content.aliases.is_empty() {
            return Ok(Vec::new());
        }
        let (db, session) = self.unlocked()?;
        let wanted: Vec<u64> = content
            .aliases
            .iter()
            .map(|a| session.keys.pseudonym(&fold(a)))
            .collect();
        let ids: Vec<u128> = session
            .index
            .rows()
            .filter(|row| row.kind == EntryKind::Signaal && Some(row.id()) != editing)
            .filter(|row| row.aliases.iter().any(|a| wanted.contains(a)))
            .map(|row| row.id)
            .collect();
        let reader = session.reader(db)?;
        let mut earlier = Vec::new();
        for id in ids {
            if let Ok(Some(stored)) = reader.get(&ENTRY_TABLE, id) {
                earlier.push(EarlierSignal {
                    observed_at: stored.content.observed_at,
                    reason: stored.content.reason,
                });
            }
        }
        Ok(earlier)
    }

    pub(crate) fn frame_notices(
        &mut self,
        content: &EntryContent,
        editing: Option<EntryId>,
    ) -> Result<Vec<FrameNotice>> {
        let earlier = self.earlier_signals(content, editing)?;
        let role = self.unlocked()?.1.profile.role;
        Ok(frames::check(role, content, &earlier))
    }

    /// Refuses what the role frame does not allow; returns the rules the worker's justification
    /// overrode, for the audit log.
    pub(crate) fn enforce_frames(
        &mut self,
        content: &EntryContent,
        editing: Option<EntryId>,
    ) -> Result<Vec<FrameRule>> {
        let notices = self.frame_notices(content, editing)?;
        let refused: Vec<_> = notices
            .iter()
            .filter(|n| n.refuses(content))
            .map(|n| n.rule)
            .collect();
        if !refused.is_empty() {
            return Err(Error::FrameRefused(refused));
        }
        Ok(notices
            .iter()
            .filter(|n| n.severity == Severity::NeedsJustification)
            .map(|n| n.rule)
            .collect())
    }
}

impl Entries<'_> {
    /// Every problem with `content` as of the vault's clock, each naming its form field: what a
    /// save would refuse, for a form to show before the worker saves. `is_new` is whether it
    /// would be a new entry (an edit may keep an observation time older than a new one may
    /// have).
    pub fn check(&self, content: &EntryContent, is_new: bool) -> Vec<crate::model::Invalid> {
        content.problems(self.vault.now(), is_new)
    }

    /// The role-frame notices for `content` as it would be saved (new, or as an edit of
    /// `editing`): the app shows them inline before the worker saves.
    pub fn check_frames(
        &self,
        content: &EntryContent,
        editing: Option<EntryId>,
    ) -> Result<Vec<FrameNotice>> {
        self.guard().frame_notices(content, editing)
    }
}

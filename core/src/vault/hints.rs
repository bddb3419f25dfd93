//! What a new capture can offer first, from the worker's own entries: their most used themes
//! and what they noted last. Offered, never pre-selected: the worker still chooses.

use super::entries::Entries;
use crate::error::Result;
use crate::model::{EntryKind, Platform, Theme};

/// What a capture form of one kind can offer first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureHints {
    /// Every theme, the ones this vault used most for this kind first (equal counts keep the
    /// fixed order).
    pub themes: Vec<Theme>,
    /// How many of `themes` were used at all.
    pub used: usize,
    /// The theme and platform of the entry of this kind recorded last.
    pub last: Option<(Theme, Platform)>,
}

impl Entries<'_> {
    /// The hints for a new capture of `kind`; reads only the index.
    pub fn capture_hints(&self, kind: EntryKind) -> Result<CaptureHints> {
        let mut guard = self.guard();
        let (_, session) = guard.unlocked()?;
        let mut counts = [0u32; Theme::ALL.len()];
        for row in session.index.rows().filter(|row| row.kind == kind) {
            if let Some(i) = Theme::ALL.iter().position(|t| *t == row.theme) {
                counts[i] = counts[i].saturating_add(1);
            }
        }
        let mut order: Vec<usize> = (0..Theme::ALL.len()).collect();
        // A stable sort keeps the fixed order among equal counts.
        order.sort_by_key(|i| std::cmp::Reverse(counts[*i]));
        // The one recorded last, whatever day it was about.
        let last = session
            .index
            .rows()
            .filter(|row| row.kind == kind)
            .max_by_key(|row| (row.recorded_at, row.id))
            .map(|row| (row.theme, row.platform));
        Ok(CaptureHints {
            themes: order.iter().map(|i| Theme::ALL[*i]).collect(),
            used: counts.iter().filter(|n| **n > 0).count(),
            last,
        })
    }
}

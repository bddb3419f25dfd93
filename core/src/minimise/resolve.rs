//! Turning overlapping candidates into sorted, non-overlapping findings.
//!
//! The longer candidate wins; at equal length the more specific kind wins (an e-mail address
//! over the name inside it, a BSN over a long number). Spans that are never identifying (times,
//! dates, amounts; see `keep`) take part for the kinds they can be mistaken for, and win ties.
//! Replacement tokens already in the text are never findings, so minimising twice changes
//! nothing.

use std::collections::BTreeMap;
use std::ops::Range;

use super::FindingKind;
use super::key;

/// A possible finding, before overlaps are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: FindingKind,
    pub replacement: String,
    /// The value the key is made from: the same value however it is spelled.
    pub canonical: String,
}

impl Candidate {
    /// A candidate of a kind with a fixed token, keyed by the kind's usual canonical form.
    pub fn new(kind: FindingKind, span: Range<usize>, matched: &str) -> Candidate {
        Candidate::with_canonical(kind, span, key::canonical(kind, matched))
    }

    /// A candidate of a kind with a fixed token and a canonical form the detector knows best.
    pub fn with_canonical(kind: FindingKind, span: Range<usize>, canonical: String) -> Candidate {
        Candidate {
            start: span.start,
            end: span.end,
            kind,
            replacement: kind.token().unwrap_or_default().to_owned(),
            canonical,
        }
    }
}

/// Where the candidates found so far lie. Detectors that read the words around a match ("al 15
/// jaar" is a duration) ignore words that are themselves part of a finding: those words become
/// a token when redacted, and the decision must not change when the text is scanned again.
pub(crate) struct Coverage(Vec<Range<usize>>);

impl Coverage {
    pub fn of(candidates: &[Candidate]) -> Coverage {
        Coverage::merge(candidates.iter().map(|c| c.start..c.end))
    }

    fn merge(spans: impl Iterator<Item = Range<usize>>) -> Coverage {
        let mut spans: Vec<Range<usize>> = spans.collect();
        spans.sort_by_key(|s| s.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        Coverage(merged)
    }

    /// Whether the byte at `at` is part of a candidate.
    pub fn covers(&self, at: usize) -> bool {
        let after = self.0.partition_point(|s| s.start <= at);
        after > 0 && self.0[after - 1].end > at
    }

    fn overlaps(&self, span: &Range<usize>) -> bool {
        let after = self.0.partition_point(|s| s.start < span.end);
        after > 0 && self.0[after - 1].end > span.start
    }
}

/// Kinds that a never-identifying span (a date, a time, an amount) can veto: the ones made of
/// digits that such spans can resemble. Names, links, e-mail addresses, handles, IBANs and
/// addresses have too much structure to be confused with them.
fn vetoable(kind: FindingKind) -> bool {
    matches!(
        kind,
        FindingKind::Phone
            | FindingKind::Bsn
            | FindingKind::Postcode
            | FindingKind::LicencePlate
            | FindingKind::NumericId
            | FindingKind::ExactAge
    )
}

/// Lower is more specific; decides between candidates of equal length.
fn rank(kind: Option<FindingKind>) -> u8 {
    match kind {
        Some(FindingKind::Name) => 0,
        Some(FindingKind::Email) => 1,
        Some(FindingKind::Url) => 2,
        Some(FindingKind::Handle) => 3,
        Some(FindingKind::Iban) => 4,
        Some(FindingKind::Address) => 5,
        // A never-identifying span wins a tie against every vetoable kind.
        None => 6,
        Some(FindingKind::Bsn) => 7,
        Some(FindingKind::Phone) => 8,
        Some(FindingKind::Postcode) => 9,
        Some(FindingKind::LicencePlate) => 10,
        Some(FindingKind::ExactAge) => 11,
        Some(FindingKind::NumericId) => 12,
    }
}

/// Non-overlapping half-open spans, keyed by start.
#[derive(Default)]
struct Spans(BTreeMap<usize, usize>);

impl Spans {
    fn overlaps(&self, start: usize, end: usize) -> bool {
        // Among disjoint spans, only the last one starting before `end` can reach past `start`.
        self.0
            .range(..end)
            .next_back()
            .is_some_and(|(_, span_end)| *span_end > start)
    }

    fn insert(&mut self, start: usize, end: usize) {
        self.0.insert(start, end);
    }
}

/// The winning candidates, sorted by start.
pub(crate) fn resolve(
    candidates: Vec<Candidate>,
    keeps: &[Range<usize>],
    tokens: &[Range<usize>],
) -> Vec<Candidate> {
    let mut protected = Spans::default();
    for token in tokens {
        protected.insert(token.start, token.end);
    }
    // A never-identifying span that overlaps a link, a name or an address is cut up when that
    // is redacted; it must not veto anything, or a second scan would find what it vetoed.
    let structural = Coverage::merge(
        candidates
            .iter()
            .filter(|c| !vetoable(c.kind))
            .map(|c| c.start..c.end),
    );

    // `None` entries are never-identifying spans.
    let mut items: Vec<(Range<usize>, Option<Candidate>)> = candidates
        .into_iter()
        .filter(|c| c.start < c.end && !protected.overlaps(c.start, c.end))
        .map(|c| (c.start..c.end, Some(c)))
        .chain(
            keeps
                .iter()
                .filter(|span| !structural.overlaps(span))
                .map(|span| (span.clone(), None)),
        )
        .collect();
    items.sort_by(|(a, ca), (b, cb)| {
        b.len()
            .cmp(&a.len())
            .then(rank(ca.as_ref().map(|c| c.kind)).cmp(&rank(cb.as_ref().map(|c| c.kind))))
            .then(a.start.cmp(&b.start))
    });

    let mut accepted = Spans::default();
    let mut kept = Spans::default();
    let mut winners = Vec::new();
    for (span, candidate) in items {
        match candidate {
            None => {
                // A longer finding already cuts this span up.
                if !kept.overlaps(span.start, span.end) && !accepted.overlaps(span.start, span.end)
                {
                    kept.insert(span.start, span.end);
                }
            }
            Some(candidate) => {
                if accepted.overlaps(span.start, span.end)
                    || (vetoable(candidate.kind) && kept.overlaps(span.start, span.end))
                {
                    continue;
                }
                accepted.insert(span.start, span.end);
                winners.push(candidate);
            }
        }
    }
    winners.sort_by_key(|c| c.start);
    winners
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(kind: FindingKind, start: usize, end: usize) -> Candidate {
        Candidate::with_canonical(kind, start..end, String::new())
    }

    fn kinds(winners: &[Candidate]) -> Vec<(FindingKind, usize, usize)> {
        winners.iter().map(|c| (c.kind, c.start, c.end)).collect()
    }

    #[test]
    fn the_longer_candidate_wins_and_ties_go_to_the_more_specific_kind() {
        let winners = resolve(
            vec![
                candidate(FindingKind::Name, 0, 5),
                candidate(FindingKind::Email, 0, 15),
                candidate(FindingKind::NumericId, 20, 29),
                candidate(FindingKind::Bsn, 20, 29),
            ],
            &[],
            &[],
        );
        assert_eq!(
            kinds(&winners),
            [(FindingKind::Email, 0, 15), (FindingKind::Bsn, 20, 29)]
        );
    }

    #[test]
    fn a_date_vetoes_a_shorter_or_equal_number_but_not_a_name() {
        let winners = resolve(
            vec![
                candidate(FindingKind::Phone, 0, 10),
                candidate(FindingKind::Name, 12, 16),
                candidate(FindingKind::Phone, 20, 34),
            ],
            &[0..10, 12..16, 20..28],
            &[],
        );
        assert_eq!(
            kinds(&winners),
            [(FindingKind::Name, 12, 16), (FindingKind::Phone, 20, 34)]
        );
    }

    #[test]
    fn nothing_inside_a_replacement_token_is_a_finding() {
        let token = 0..6;
        let winners = resolve(
            vec![candidate(FindingKind::Name, 1, 5)],
            &[],
            std::slice::from_ref(&token),
        );
        assert!(winners.is_empty());
    }
}

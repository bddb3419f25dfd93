//! Turning overlapping candidates into sorted, non-overlapping findings.
//!
//! The longer candidate wins; at equal length the more specific kind wins (an e-mail address
//! over the name inside it, a BSN over a long number). A span that is never identifying (a
//! time, a date, an amount; see `keep`) vetoes the numeric kinds it overlaps, unless it lies
//! strictly inside them: "06.12.34.56.78" is more than the time "06.12". Replacement tokens
//! already in the text are never findings, so minimising twice changes nothing.

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
fn rank(kind: FindingKind) -> u8 {
    match kind {
        FindingKind::Name => 0,
        FindingKind::Email => 1,
        FindingKind::Url => 2,
        FindingKind::Handle => 3,
        FindingKind::Iban => 4,
        FindingKind::Address => 5,
        FindingKind::Bsn => 6,
        FindingKind::Phone => 7,
        FindingKind::Postcode => 8,
        FindingKind::LicencePlate => 9,
        FindingKind::ExactAge => 10,
        FindingKind::NumericId => 11,
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

/// Never-identifying spans, for asking whether one of them vetoes a candidate.
struct Keeps {
    /// Sorted by start.
    spans: Vec<Range<usize>>,
    /// The furthest end among the spans up to and including this one.
    reach: Vec<usize>,
}

impl Keeps {
    fn new(mut spans: Vec<Range<usize>>) -> Keeps {
        spans.sort_by_key(|s| s.start);
        let mut reach = Vec::with_capacity(spans.len());
        let mut furthest = 0;
        for span in &spans {
            furthest = furthest.max(span.end);
            reach.push(furthest);
        }
        Keeps { spans, reach }
    }

    /// Whether a never-identifying span overlaps `span` without lying strictly inside it:
    /// "06-03" is a date, and so is the "03-2026" of a number that runs into a date; but
    /// "06.12.34.56.78" is more than the time "06.12" at its start.
    fn veto(&self, span: &Range<usize>) -> bool {
        let before = self.spans.partition_point(|k| k.start < span.start);
        if before > 0 && self.reach[before - 1] > span.start {
            return true;
        }
        let inside = self.spans.partition_point(|k| k.start < span.end);
        self.spans[before..inside]
            .iter()
            .any(|k| k.end > span.end || *k == *span)
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
    let keeps = Keeps::new(
        keeps
            .iter()
            .filter(|span| !structural.overlaps(span))
            .cloned()
            .collect(),
    );

    let mut candidates: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| c.start < c.end && !protected.overlaps(c.start, c.end))
        .filter(|c| !(vetoable(c.kind) && keeps.veto(&(c.start..c.end))))
        .collect();
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(rank(a.kind).cmp(&rank(b.kind)))
            .then(a.start.cmp(&b.start))
    });

    let mut accepted = Spans::default();
    let mut winners = Vec::new();
    for candidate in candidates {
        if !accepted.overlaps(candidate.start, candidate.end) {
            accepted.insert(candidate.start, candidate.end);
            winners.push(candidate);
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
    fn a_never_identifying_span_vetoes_the_numbers_it_overlaps_but_not_one_that_holds_it() {
        let winners = resolve(
            vec![
                candidate(FindingKind::Phone, 0, 10),
                candidate(FindingKind::Name, 12, 16),
                candidate(FindingKind::Phone, 20, 34),
                candidate(FindingKind::ExactAge, 40, 47),
                candidate(FindingKind::NumericId, 50, 60),
            ],
            &[0..10, 12..16, 20..28, 36..40, 55..65],
            &[],
        );
        assert_eq!(
            kinds(&winners),
            [
                (FindingKind::Name, 12, 16),
                (FindingKind::Phone, 20, 34),
                (FindingKind::ExactAge, 40, 47)
            ]
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

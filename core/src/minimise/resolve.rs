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
        FindingKind::PossibleName => 12,
        FindingKind::DateOfBirth => 1,
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

/// The findings among `candidates` in `text`: sorted by start, never overlapping.
pub(crate) fn resolve(
    text: &str,
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
    let candidates: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| c.start < c.end && !protected.overlaps(c.start, c.end))
        .filter(|c| !(vetoable(c.kind) && keeps.veto(&(c.start..c.end))))
        .collect();
    let chosen = choose(&candidates);
    absorb_fragments(text, candidates, &chosen)
}

/// What a candidate is worth: the text it covers, and on equal length the more specific kind.
fn weight(candidate: &Candidate) -> u64 {
    (candidate.end - candidate.start) as u64 * 32 + u64::from(16 - rank(candidate.kind))
}

/// The non-overlapping candidates of the greatest total weight (weighted interval
/// scheduling), so that "Dorpsgracht 1" and "bg@aaa.nl" together beat "Dorpsgracht 1 bg".
fn choose(candidates: &[Candidate]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        let c = &candidates[i];
        (c.end, c.start, rank(c.kind))
    });
    let ends: Vec<usize> = order.iter().map(|&i| candidates[i].end).collect();
    // How many of the candidates before `k` (by end) end at or before `start`.
    let fitting = |k: usize, start: usize| ends[..k].partition_point(|end| *end <= start);

    let mut best = vec![0u64; order.len() + 1];
    let mut take = vec![false; order.len()];
    for (k, &i) in order.iter().enumerate() {
        let with = weight(&candidates[i]) + best[fitting(k, candidates[i].start)];
        take[k] = with > best[k];
        best[k + 1] = best[k].max(with);
    }
    let mut chosen = Vec::new();
    let mut k = order.len();
    while k > 0 {
        if take[k - 1] {
            let i = order[k - 1];
            chosen.push(i);
            k = fitting(k - 1, candidates[i].start);
        } else {
            k -= 1;
        }
    }
    chosen
}

/// The chosen candidates, widened over every candidate they cut that would otherwise leave
/// visible text behind ("Dorpsgracht 1 bg@aaa.nl" must not leave "@aaa.nl"). Chosen candidates
/// joined by such a cut become one finding, of the kind of the weightiest among them.
fn absorb_fragments(text: &str, candidates: Vec<Candidate>, chosen: &[usize]) -> Vec<Candidate> {
    let mut is_chosen = vec![false; candidates.len()];
    for &i in chosen {
        is_chosen[i] = true;
    }
    let mut winners = Vec::with_capacity(chosen.len());
    let mut cuts = Vec::new();
    for (i, candidate) in candidates.into_iter().enumerate() {
        if is_chosen[i] {
            winners.push(candidate);
        } else {
            cuts.push(candidate.start..candidate.end);
        }
    }
    winners.sort_by_key(|c| c.start);
    let visible = |span: Range<usize>| text[span].chars().any(|c| !c.is_whitespace());
    let leaks = |cut: &Range<usize>| {
        let first = winners.partition_point(|w| w.end <= cut.start);
        let last = winners.partition_point(|w| w.start < cut.end);
        let mut at = cut.start;
        let mut leaks = false;
        for winner in &winners[first..last] {
            leaks |= winner.start > at && visible(at..winner.start);
            at = at.max(winner.end);
        }
        leaks || (at < cut.end && visible(at..cut.end))
    };
    let joins: Vec<Range<usize>> = cuts.into_iter().filter(|cut| leaks(cut)).collect();
    if joins.is_empty() {
        return winners;
    }

    // Overlapping winners and joins form one group; every join overlaps a winner.
    let mut items: Vec<(Range<usize>, Option<Candidate>)> = winners
        .into_iter()
        .map(|w| (w.start..w.end, Some(w)))
        .chain(joins.into_iter().map(|j| (j, None)))
        .collect();
    items.sort_by_key(|(span, _)| span.start);
    let mut groups: Vec<(Range<usize>, Option<Candidate>)> = Vec::new();
    for (span, winner) in items {
        match groups.last_mut() {
            Some((group, main)) if span.start < group.end => {
                group.end = group.end.max(span.end);
                if let Some(winner) = winner
                    && main.as_ref().is_none_or(|m| weight(&winner) > weight(m))
                {
                    *main = Some(winner);
                }
            }
            _ => groups.push((span, winner)),
        }
    }
    groups
        .into_iter()
        .filter_map(|(span, main)| {
            main.map(|main| Candidate {
                start: span.start,
                end: span.end,
                ..main
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";

    fn candidate(kind: FindingKind, start: usize, end: usize) -> Candidate {
        Candidate::with_canonical(kind, start..end, String::new())
    }

    fn kinds(winners: &[Candidate]) -> Vec<(FindingKind, usize, usize)> {
        winners.iter().map(|c| (c.kind, c.start, c.end)).collect()
    }

    #[test]
    fn the_longer_candidate_wins_and_ties_go_to_the_more_specific_kind() {
        let winners = resolve(
            TEXT,
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
            TEXT,
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
    fn together_two_shorter_findings_beat_one_longer_that_cuts_them() {
        let winners = resolve(
            "Dorpsgracht 1 bg@aaa.nl",
            vec![
                candidate(FindingKind::Address, 0, 16),
                candidate(FindingKind::Address, 0, 13),
                candidate(FindingKind::Email, 14, 23),
            ],
            &[],
            &[],
        );
        assert_eq!(
            kinds(&winners),
            [(FindingKind::Address, 0, 13), (FindingKind::Email, 14, 23)]
        );
    }

    #[test]
    fn a_finding_cut_by_another_is_absorbed_whole() {
        let winners = resolve(
            "Dorpsgracht 1 bg@aaa.nl",
            vec![
                candidate(FindingKind::Address, 0, 16),
                candidate(FindingKind::Email, 14, 23),
            ],
            &[],
            &[],
        );
        assert_eq!(kinds(&winners), [(FindingKind::Address, 0, 23)]);
    }

    #[test]
    fn nothing_inside_a_replacement_token_is_a_finding() {
        let token = 0..6;
        let winners = resolve(
            TEXT,
            vec![candidate(FindingKind::Name, 1, 5)],
            &[],
            std::slice::from_ref(&token),
        );
        assert!(winners.is_empty());
    }
}

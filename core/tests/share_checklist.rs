//! The share screen's checklist agrees with the preview's verdict: each step is done exactly
//! when nothing of it stands in the way, and the list says how many findings are open.

mod support;

use leefwereld_core::positions::Partner;
use leefwereld_core::share::{
    ConsentGiver, ConsentInput, InformedHow, ShareCheck, SharePreview, ShareStep,
};
use leefwereld_core::{Decision, EntryId};
use support::*;

fn consent(scope: Partner) -> ConsentInput {
    ConsentInput {
        given_by: ConsentGiver::YoungPerson,
        informed_how: InformedHow::InPerson,
        given_at: start(),
        scope: vec![scope],
    }
}

fn check(preview: &SharePreview, step: ShareStep) -> Option<ShareCheck> {
    preview.checklist().into_iter().find(|c| c.step == step)
}

/// Whether every step that can block is done exactly when the verdict says it may go.
fn agrees_with_verdict(preview: &SharePreview) {
    let blocking_done = preview
        .checklist()
        .iter()
        .filter(|c| c.step != ShareStep::Informing)
        .all(|c| c.done);
    assert_eq!(blocking_done, preview.eligibility.is_eligible());
}

fn preview(fx: &Fixture, id: EntryId) -> SharePreview {
    fx.vault
        .sharing()
        .preview(id, Partner::MunicipalityOov)
        .unwrap()
}

#[test]
fn a_fresh_signal_lists_consent_informing_and_each_open_finding() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(
            signal("Belt vanaf 06-12345678 of 06-87654321", "Zelf verteld"),
            vec![],
        )
        .unwrap();
    let p = preview(&fx, entry.id);
    let steps: Vec<ShareStep> = p.checklist().iter().map(|c| c.step).collect();
    assert_eq!(
        steps,
        [
            ShareStep::Partner,
            ShareStep::Consent,
            ShareStep::Informing,
            ShareStep::Findings
        ]
    );
    assert!(check(&p, ShareStep::Partner).unwrap().done);
    assert!(!check(&p, ShareStep::Consent).unwrap().done);
    assert!(!check(&p, ShareStep::Informing).unwrap().done);
    let findings = check(&p, ShareStep::Findings).unwrap();
    assert!(!findings.done);
    assert_eq!(findings.open, 2);
    agrees_with_verdict(&p);

    // Consent from the young person, told in person, also informs them.
    fx.vault
        .sharing()
        .record_consent(entry.id, consent(Partner::MunicipalityOov))
        .unwrap();
    let p = preview(&fx, entry.id);
    assert!(check(&p, ShareStep::Consent).unwrap().done);
    assert!(check(&p, ShareStep::Informing).unwrap().done);
    agrees_with_verdict(&p);

    // One replaced: one open; both decided: done, and the verdict agrees.
    let keys: Vec<String> = p.findings.iter().map(|f| f.key.clone()).collect();
    fx.vault
        .sharing()
        .decide_finding(entry.id, &keys[0], Decision::Redact)
        .unwrap();
    let p = preview(&fx, entry.id);
    assert_eq!(check(&p, ShareStep::Findings).unwrap().open, 1);
    fx.vault
        .sharing()
        .decide_finding(entry.id, &keys[1], Decision::Redact)
        .unwrap();
    let p = preview(&fx, entry.id);
    let findings = check(&p, ShareStep::Findings).unwrap();
    assert!(findings.done);
    assert_eq!(findings.open, 0);
    assert!(p.eligibility.is_eligible());
    agrees_with_verdict(&p);
}

#[test]
fn a_consent_for_another_partner_leaves_the_consent_step_open() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(signal("Afspraak bij het station", "Zelf gezien"), vec![])
        .unwrap();
    fx.vault
        .sharing()
        .record_consent(entry.id, consent(Partner::Police))
        .unwrap();
    let p = preview(&fx, entry.id);
    assert!(check(&p, ShareStep::Partner).unwrap().done);
    assert!(!check(&p, ShareStep::Consent).unwrap().done);
    agrees_with_verdict(&p);
}

#[test]
fn a_trend_has_nobody_to_inform() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(trend("Nieuwe challenge op TikTok"), vec![])
        .unwrap();
    let p = preview(&fx, entry.id);
    assert!(check(&p, ShareStep::Informing).is_none());
    assert!(check(&p, ShareStep::Findings).unwrap().done);
    agrees_with_verdict(&p);
}

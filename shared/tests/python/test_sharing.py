"""Sharing a signal through the bindings: the role frame before saving, the minimiser's findings
in the preview, eligibility refusing with its reasons until consent is recorded and every
finding resolved, the share queued in the outbox, and withdrawing consent."""

import pytest

import leefwereld as lw
from conftest import PASSPHRASE, make_profile, profile_json, signal, trend

OOV = lw.Partner.MUNICIPALITY_OOV
PHONE = "0612345678"


def signal_about_kevin(vault):
    content = signal(vault, text=f"Kevin belde vanaf {PHONE} over een afspraak", reason="Eigen gesprek")
    content.aliases = ["Kevin"]
    content.age_band = lw.AgeBand.FROM16_TO17
    return vault.capture(content, [])


def young_person_consent(vault, scope):
    return lw.ConsentInput(
        given_by=lw.ConsentGiver.YOUNG_PERSON,
        informed_how=lw.InformedHow.IN_PERSON,
        given_at_ms=vault.now_ms(),
        scope=scope,
    )


def test_the_role_frame_explains_itself_before_saving(vault, fast):
    profile = make_profile()
    profile.role = lw.Role.MUNICIPALITY_OOV
    municipal = lw.Vault.create_in_memory(PASSPHRASE, profile, fast)
    content = signal(municipal)
    content.source_type = lw.SourceType.CLOSED_GROUP
    notices = municipal.check_frames(content)
    closed = [n for n in notices if n.rule == lw.FrameRule.MUNICIPAL_CLOSED_SOURCE]
    assert len(closed) == 1
    assert closed[0].severity == lw.Severity.BLOCK and closed[0].refuses
    assert closed[0].explanation and closed[0].basis
    assert closed[0].title == lw.FrameRule.MUNICIPAL_CLOSED_SOURCE.label(lw.Lang.NL)
    with pytest.raises(lw.LeefwereldError.FrameRefused) as refused:
        municipal.capture(content, [])
    assert closed[0].explanation in str(refused.value)

    # Direct contact as a youth worker: told to be open, nothing refused.
    fine = vault.check_frames(signal(vault))
    assert lw.FrameRule.TRANSPARENCY in [n.rule for n in fine]
    assert not any(n.refuses for n in fine)
    assert vault.check_frames(trend(vault)) == []


def test_a_signal_is_shared_only_after_consent_and_resolved_findings(vault):
    entry = signal_about_kevin(vault)
    vault.import_connection_profile(profile_json())

    preview = vault.share_preview(entry.id, OOV)
    kinds = {f.kind for f in preview.findings}
    assert {lw.FindingKind.NAME, lw.FindingKind.PHONE} <= kinds
    phone = next(f for f in preview.findings if f.kind == lw.FindingKind.PHONE)
    assert phone.matched == PHONE and phone.field == lw.FindingField.TEXT
    assert phone.decision is None and phone.why
    assert preview.connected and preview.inform_first
    assert preview.guidance.partner == OOV and preview.guidance.may_not
    assert not preview.eligibility.eligible
    assert lw.Blocker.NO_CONSENT in preview.eligibility.blockers
    assert lw.Blocker.UNRESOLVED_FINDINGS in preview.eligibility.blockers
    assert len(preview.eligibility.reasons) == len(preview.eligibility.blockers)

    with pytest.raises(lw.LeefwereldError.NotEligible) as refused:
        vault.share(entry.id, OOV)
    for reason in preview.eligibility.reasons:
        assert reason in str(refused.value)

    consent = vault.record_consent(entry.id, young_person_consent(vault, [OOV]))
    assert consent.scope == [OOV] and consent.withdrawn_at_ms is None
    assert vault.consent(entry.id).current == consent
    eligibility = vault.eligibility(entry.id, OOV)
    assert eligibility.blockers == [lw.Blocker.UNRESOLVED_FINDINGS]
    assert vault.eligibility(entry.id, lw.Partner.POLICE).blockers[0] == lw.Blocker.OUT_OF_SCOPE

    for finding in vault.share_preview(entry.id, OOV).findings:
        vault.decide_finding(entry.id, finding.key, lw.Decision.REDACT)
    with pytest.raises(lw.LeefwereldError.FindingNotFound):
        vault.decide_finding(entry.id, "geen-sleutel", lw.Decision.KEEP)

    ready = vault.share_preview(entry.id, OOV)
    assert ready.eligibility.eligible and ready.eligibility.reasons == []
    assert not ready.inform_first, "consent in person informed the young person"
    assert all(f.decision == lw.Decision.REDACT for f in ready.findings)
    assert PHONE not in ready.json and "Kevin" not in ready.json
    assert PHONE not in ready.payload.text and "[naam]" in ready.payload.text
    assert ready.payload.target == OOV.code() and ready.payload.consent.scope == [OOV.code()]

    item = vault.share(entry.id, OOV)
    assert item.kind == lw.OutboxKind.SHARE and item.entry == entry.id
    assert [i.id for i in vault.outbox()] == [item.id]
    assert vault.entry(entry.id).share_status == lw.ShareStatus.QUEUED
    with pytest.raises(lw.LeefwereldError.NotEligible):
        vault.share(entry.id, OOV)  # this revision is on its way already


def test_consent_is_checked_withdrawn_and_leaves_a_retraction(vault):
    entry = signal_about_kevin(vault)
    vault.import_connection_profile(profile_json())
    wrong = young_person_consent(vault, [OOV])
    wrong.given_by = lw.ConsentGiver.WORKER_RELEASE
    with pytest.raises(lw.LeefwereldError.Consent):
        vault.record_consent(entry.id, wrong)
    with pytest.raises(lw.LeefwereldError.Consent):
        vault.record_consent(entry.id, young_person_consent(vault, []))
    with pytest.raises(lw.LeefwereldError.Consent):
        vault.withdraw_consent(entry.id)

    vault.record_consent(entry.id, young_person_consent(vault, [OOV]))
    assert vault.decide_all_findings(entry.id, lw.Decision.REDACT) >= 2
    vault.share(entry.id, OOV)
    assert vault.withdraw_consent(entry.id) == 1
    history = vault.consent(entry.id)
    assert history.current is None
    assert history.earlier[-1].withdrawn_at_ms is not None
    assert [i.kind for i in vault.outbox()] == [lw.OutboxKind.RETRACT]
    assert lw.Blocker.CONSENT_WITHDRAWN in vault.eligibility(entry.id, OOV).blockers


def test_transparency_and_the_safety_exception_are_recorded(vault):
    entry = vault.capture(signal(vault), [])
    with pytest.raises(lw.LeefwereldError.Consent):
        vault.record_safety_exception(entry.id, "te kort")
    vault.record_safety_exception(entry.id, "Informeren brengt de jongere thuis in gevaar")
    state = vault.transparency(entry.id)
    assert state.safety_exception == "Informeren brengt de jongere thuis in gevaar"
    assert state.informed_how is None
    vault.record_transparency(entry.id, lw.InformedHow.MESSAGE)
    assert vault.transparency(entry.id).informed_how == lw.InformedHow.MESSAGE
    actions = [r.action for r in vault.audit_log(0, 100)]
    assert lw.AuditAction.FRAME_OVERRIDE in actions


def test_a_share_without_a_connection_or_for_an_unknown_entry_is_refused(vault):
    entry = vault.capture(trend(vault), [])
    with pytest.raises(lw.LeefwereldError.NoConnection):
        vault.share(entry.id, OOV)
    with pytest.raises(lw.LeefwereldError.InvalidArgument) as bad:
        vault.share_preview("geen-id", OOV)
    assert str(bad.value).startswith("De app gaf een waarde door")
    assert "geen-id" not in str(bad.value)
    with pytest.raises(lw.LeefwereldError.EntryNotFound):
        vault.share_preview("6f1c7a52-1a8e-4d4e-9d1b-3f1f6f0e2a10", OOV)


def test_keeping_a_direct_identifier_needs_a_reason(vault):
    entry = signal_about_kevin(vault)
    findings = vault.share_preview(entry.id, OOV).findings
    phone = next(f for f in findings if f.kind == lw.FindingKind.PHONE)
    with pytest.raises(lw.LeefwereldError.Consent):
        vault.decide_finding(entry.id, phone.key, lw.Decision.KEEP)
    vault.keep_finding(entry.id, phone.key, "nummer van de school")
    again = vault.share_preview(entry.id, OOV).findings
    assert next(f for f in again if f.key == phone.key).decision == lw.Decision.KEEP

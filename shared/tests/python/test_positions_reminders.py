"""The partners' information positions in both languages, and the transparency reminders."""

import pytest

import leefwereld as lw
from conftest import signal, trend

PARTNERS = [
    lw.Partner.POLICE,
    lw.Partner.ENFORCEMENT,
    lw.Partner.SCHOOL,
    lw.Partner.MUNICIPALITY_OOV,
    lw.Partner.YOUTH_WORK,
]


def test_every_partner_has_a_card_with_text_in_dutch_and_english():
    for partner in PARTNERS:
        nl = lw.position(partner, lw.Lang.NL)
        en = lw.position(partner, lw.Lang.EN)
        assert nl.name == partner.label(lw.Lang.NL)
        assert nl.role and en.role and nl.role != en.role
        assert [s.heading for s in nl.sections] == [
            lw.Heading.ONLINE,
            lw.Heading.SOURCES,
            lw.Heading.NEEDS,
            lw.Heading.OPPORTUNITIES,
            lw.Heading.TRAINING,
        ]
        assert [len(s.items) for s in nl.sections] == [len(s.items) for s in en.sections]
        online = nl.sections[0]
        assert online.title == lw.Heading.ONLINE.label(lw.Lang.NL) and online.items
    assert [p.partner for p in lw.positions(lw.Lang.EN)] == PARTNERS


def test_the_principles_conditions_and_guidance_come_in_both_languages():
    for lang in (lw.Lang.NL, lw.Lang.EN):
        principles = lw.principles(lang)
        assert len(principles) == 4
        assert all(p.title and p.body for p in principles)
        conditions = lw.municipal_conditions(lang)
        assert conditions.basis and conditions.conditions and conditions.avg_principles
        guidance = lw.share_guidance(lw.Partner.POLICE, lang)
        assert guidance.may and guidance.may_not and guidance.basis
        assert lw.positions_disclaimer(lang)
    assert lw.principles(lw.Lang.NL)[0].title != lw.principles(lw.Lang.EN)[0].title
    assert lw.partner_for_role(lw.Role.YOUTH_WORKER) == lw.Partner.YOUTH_WORK
    assert lw.partner_for_role(lw.Role.TEAM_LEAD) is None
    assert lw.partner_from_code("gemeente-oov") == lw.Partner.MUNICIPALITY_OOV


def test_a_signal_from_direct_contact_reminds_to_be_open_until_acknowledged(vault):
    entry = vault.capture(signal(vault), [])
    vault.capture(trend(vault), [])
    reminders = vault.reminders()
    kinds = {r.kind for r in reminders}
    assert kinds == {lw.ReminderKind.TRANSPARENCY, lw.ReminderKind.AVG_PRINCIPLES}
    transparency = next(r for r in reminders if r.kind == lw.ReminderKind.TRANSPARENCY)
    assert transparency.entry == entry.id
    assert transparency.title == lw.ReminderKind.TRANSPARENCY.label(lw.Lang.NL)
    assert transparency.body

    vault.acknowledge_reminder(transparency.id)
    assert [r.kind for r in vault.reminders()] == [lw.ReminderKind.AVG_PRINCIPLES]
    acknowledged = [r for r in vault.audit_log(0, 100) if r.action == lw.AuditAction.REMINDER_ACKNOWLEDGED]
    assert acknowledged[-1].entry == entry.id

    avg = vault.reminders()[0]
    vault.snooze_reminder(avg.id, vault.now_ms() + 24 * 3600 * 1000)
    assert vault.reminders() == []
    with pytest.raises(lw.LeefwereldError.ReminderNotFound):
        vault.acknowledge_reminder("geen-herinnering")
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        vault.snooze_reminder(avg.id, 2**62)


def test_reminders_speak_the_vault_language(vault):
    vault.set_language(lw.Lang.EN)
    avg = vault.reminders()[0]
    assert avg.title == lw.ReminderKind.AVG_PRINCIPLES.label(lw.Lang.EN)
    assert avg.title != lw.ReminderKind.AVG_PRINCIPLES.label(lw.Lang.NL)

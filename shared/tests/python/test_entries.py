"""Entries through the bindings: capture, list and filter, edit with revisions, attachments,
delete, the audit log, and several threads on one vault."""

from concurrent.futures import ThreadPoolExecutor

import pytest

import leefwereld as lw
from conftest import signal, trend


def test_a_trend_and_a_signal_are_captured_and_listed_newest_first(vault):
    first = vault.capture(trend(vault), [])
    second = vault.capture(signal(vault), [])

    assert first.revision == 1
    assert first.content.kind == lw.EntryKind.TREND
    assert first.content.source_type == lw.SourceType.OPEN_SOURCE
    assert first.share_status == lw.ShareStatus.NOT_SHARED
    assert first.expires_at_ms > first.recorded_at_ms
    assert second.content.kind == lw.EntryKind.SIGNAAL
    assert second.content.reason == "Eigen gesprek"

    page = vault.list(lw.ListFilter(), 0, 50)
    assert page.total == 2
    assert not page.has_more
    assert {item.id for item in page.items} == {first.id, second.id}
    assert vault.entry_count() == 2
    assert vault.entry(second.id) == second


def test_the_list_filters_by_kind_theme_week_and_words(vault):
    vault.capture(trend(vault, "Challenge met vuurwerk", theme=lw.Theme.ONLINE_CRIME), [])
    vault.capture(trend(vault, "Nepnieuws over de wijk", theme=lw.Theme.DISINFORMATION), [])
    vault.capture(signal(vault), [])

    signals = vault.list(lw.ListFilter(kind=lw.EntryKind.SIGNAAL), 0, 50)
    assert [item.kind for item in signals.items] == [lw.EntryKind.SIGNAAL]
    crime = vault.list(lw.ListFilter(theme=lw.Theme.ONLINE_CRIME), 0, 50)
    assert [item.preview for item in crime.items] == ["Challenge met vuurwerk"]
    # Search ignores case and diacritics.
    found = vault.list(lw.ListFilter(search="NÉPNIEUWS"), 0, 50)
    assert [item.preview for item in found.items] == ["Nepnieuws over de wijk"]
    this_week = lw.iso_week_of(vault.now_ms())
    assert vault.list(lw.ListFilter(week=this_week), 0, 50).total == 3
    other_week = lw.IsoWeek(year=this_week.year - 1, week=1)
    assert vault.list(lw.ListFilter(week=other_week), 0, 50).total == 0
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        vault.list(lw.ListFilter(week=lw.IsoWeek(year=2026, week=60)), 0, 50)


def test_the_list_pages(vault):
    for i in range(5):
        vault.capture(trend(vault, f"trend {i}"), [])
    first = vault.list(lw.ListFilter(), 0, 2)
    second = vault.list(lw.ListFilter(), 2, 2)
    last = vault.list(lw.ListFilter(), 4, 2)
    assert (len(first.items), first.has_more) == (2, True)
    assert (len(second.items), second.has_more) == (2, True)
    assert (len(last.items), last.has_more) == (1, False)
    ids = [item.id for page in (first, second, last) for item in page.items]
    assert len(set(ids)) == 5
    assert vault.list(lw.ListFilter(), 2**32 - 1, 2**32 - 1).items == []


def test_an_edit_keeps_the_previous_revision(vault):
    entry = vault.capture(trend(vault, "Eerste versie"), [])
    changed = entry.content
    changed.text = "Tweede versie"
    changed.neighbourhood = "Noord"
    edited = vault.edit(entry.id, changed, [])
    assert edited.revision == 2
    assert edited.updated_at_ms >= entry.updated_at_ms

    revisions = vault.revisions(entry.id)
    assert [r.content.text for r in revisions] == ["Eerste versie"]
    assert vault.entry(entry.id).content.neighbourhood == "Noord"
    actions = [r.action for r in vault.audit_log(0, 100)]
    assert actions == [lw.AuditAction.CREATE, lw.AuditAction.EDIT]


def test_attachments_are_bytes_in_and_bytes_out(vault):
    screenshot = lw.Attachment(name="scherm.png", media_type="image/png", bytes=b"\x89PNG\x00\xff")
    entry = vault.capture(trend(vault), [screenshot])
    assert [(a.number, a.size) for a in entry.attachments] == [(1, 6)]
    assert vault.attachment(entry.id, 1) == screenshot
    with pytest.raises(lw.LeefwereldError.EntryNotFound):
        vault.attachment(entry.id, 2)
    after = vault.remove_attachment(entry.id, 1)
    assert after.attachments == []


def test_an_invalid_entry_raises_with_every_problem_and_check_entry_names_the_fields(vault):
    content = signal(vault, text="", reason="")
    content.aliases = ["x" * 1000]
    problems = vault.check_entry(content, True)
    assert {(p.field, p.code) for p in problems} == {
        ("text", "text-empty"),
        ("reason", "reason-missing"),
        ("aliases", "alias-too-long"),
    }
    with pytest.raises(lw.LeefwereldError.Invalid) as raised:
        vault.capture(content, [])
    message = str(raised.value)
    assert message.startswith("De notitie is nog niet opgeslagen:")
    assert all(p.message in message for p in problems)
    assert "x" * 100 not in message
    assert vault.entry_count() == 0

    person_in_trend = trend(vault)
    person_in_trend.age_band = lw.AgeBand.FROM12_TO15
    assert [p.code for p in vault.check_entry(person_in_trend, True)] == ["trend-about-person"]


def test_huge_and_odd_strings_do_not_crash(vault):
    huge = "ab€😀\u0000" * 200_000
    with pytest.raises(lw.LeefwereldError.Invalid):
        vault.capture(trend(vault, huge), [])
    assert vault.list(lw.ListFilter(search=huge), 0, 10).items == []
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        vault.entry(huge)
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        vault.delete("")
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        lw.trend_content(lw.Theme.OTHER, lw.Platform.OTHER, "x", -(2**63))
    assert not lw.assess_passphrase(huge, [huge], lw.Lang.EN).acceptable


def test_an_instant_out_of_range_is_an_argument_error(vault):
    # EntryContent is the core's own record: its instant is read by the core's conversion, whose
    # failure must be the call's typed error, not an internal error or a crash.
    for at in (-(2**63), 2**63 - 1):
        content = trend(vault)
        content.observed_at_ms = at
        for call in (lambda: vault.capture(content, []),
                     lambda: vault.check_entry(content, True),
                     lambda: vault.capture_batch([trend(vault), content]),
                     lambda: vault.check_frames(content, None)):
            with pytest.raises(lw.LeefwereldError.InvalidArgument) as bad:
                call()
            assert str(bad.value).startswith("De app gaf een waarde door")
            assert str(at) not in str(bad.value)
    assert vault.entry_count() == 0
    entry = vault.capture(trend(vault), [])
    assert isinstance(entry.id, str) and isinstance(entry.recorded_at_ms, int)
    assert [r.entry for r in vault.audit_log(0, 100) if r.entry] == [entry.id]


def test_delete_removes_the_entry_and_audits_it(vault):
    entry = vault.capture(trend(vault), [])
    vault.delete(entry.id)
    with pytest.raises(lw.LeefwereldError.EntryNotFound, match=entry.id.replace("-", "")[:8]):
        vault.entry(entry.id)
    assert vault.entry_count() == 0
    report = vault.verify_audit()
    assert report.intact
    assert report.problem is None
    assert report.records == 2
    last = vault.audit_log(1, 1)[0]
    assert (last.action, last.entry, last.actor, last.role) == (
        lw.AuditAction.DELETE,
        entry.id,
        "JW-07",
        lw.Role.YOUTH_WORKER,
    )


def test_several_threads_share_one_vault(vault):
    def work(worker):
        ids = []
        for i in range(10):
            ids.append(vault.capture(trend(vault, f"trend {worker}-{i}"), []).id)
            vault.list(lw.ListFilter(), 0, 5)
        return ids

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = [i for batch in pool.map(work, range(8)) for i in batch]
    assert len(set(ids)) == 80
    assert vault.entry_count() == 80
    assert vault.verify_audit().intact


def test_vocabularies_have_codes_and_translated_labels():
    assert lw.EntryKind.SIGNAAL.label(lw.Lang.NL) == "Signaal"
    assert lw.Theme.RADICALISATION.label(lw.Lang.NL) == "Radicalisering en extremisme"
    assert [t.code() for t in lw.Theme][:2] == ["radicalisation", "polarisation"]
    for role in lw.Role:
        assert lw.role_from_code(role.code()) == role


# Minimiser findings, consent and eligibility, and weekly summaries get their tests here when
# the core has them.


def test_a_batch_is_stored_whole_or_not_at_all(vault):
    ids = vault.capture_batch([trend(vault, "Eerste"), signal(vault)])
    assert [vault.entry(i).content.text for i in ids][0] == "Eerste"
    assert vault.entry_count() == 2
    with pytest.raises(lw.LeefwereldError.Invalid):
        vault.capture_batch([trend(vault, "Goed"), trend(vault, "")])
    assert vault.entry_count() == 2


def test_the_vault_recipient_is_shareable_even_while_locked(vault):
    recipient = vault.recipient()
    assert recipient.startswith("age1")
    vault.lock()
    assert vault.recipient() == recipient
    with pytest.raises(lw.LeefwereldError.Locked):
        vault.device_id()

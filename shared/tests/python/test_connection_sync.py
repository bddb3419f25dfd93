"""The connection profile (read back without its secret) and syncing the outbox with progress
reported to a Python listener, against a case system that cannot be reached."""

import base64
import threading

import pytest

import leefwereld as lw
from conftest import CLIENT_SECRET, profile_json, release, trend, unreachable_base


def test_a_profile_is_imported_read_back_without_its_secret_and_removed(vault):
    assert vault.connection_profile() is None
    info = vault.import_connection_profile(profile_json())
    assert info.municipality == "Gemeente Voorbeeldstad"
    assert info.client_id == "leefwereld-jw-zuid"
    assert info.trend_cases == lw.TrendCases.PER_WEEK
    assert info.team == lw.TeamLink(id="jw-zuid", recipient=info.recipients[0])
    # Each key comes with the fingerprint to compare with the municipality's paper.
    assert len(info.recipient_fingerprints) == 1
    assert info.team_fingerprint == info.recipient_fingerprints[0], "the same key, the same digits"
    groups = info.recipient_fingerprints[0].split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert len(vault.signing_fingerprint().split(" ")) == 6
    assert vault.team_keys() == []
    stored = vault.connection_profile()
    assert stored == info
    assert not hasattr(stored, "secret")
    assert CLIENT_SECRET not in repr(stored)
    assert stored.privacy_officer is None, "this profile names no privacy officer"

    # The same profile as a QR code's text.
    qr = "LWP1:" + base64.urlsafe_b64encode(profile_json(team=False).encode()).decode().rstrip("=")
    assert vault.import_connection_profile(qr).team is None

    vault.remove_connection_profile()
    assert vault.connection_profile() is None


def test_a_profile_that_is_not_usable_says_why(vault):
    with pytest.raises(lw.LeefwereldError.ConnectionProfile) as err:
        vault.import_connection_profile(profile_json(base="http://zaken.voorbeeldstad.nl"))
    assert "catalogi_url" in str(err.value)
    with pytest.raises(lw.LeefwereldError.ConnectionProfile) as err:
        vault.import_connection_profile(profile_json(base="http://localhost:1@127.0.0.1:9"))
    assert "catalogi_url" in str(err.value)
    for text in ["", "{}", "x" * 1_000_000]:
        with pytest.raises(lw.LeefwereldError.ConnectionProfile):
            vault.import_connection_profile(text)
    assert vault.connection_profile() is None


class Recorder(lw.SyncListener):
    def __init__(self, fail=False):
        self.events = []
        self.fail = fail

    def on_event(self, event):
        self.events.append(event)
        if self.fail:
            raise RuntimeError("the progress display broke")


def queued_trend(vault):
    entry = vault.capture(trend(vault), [])
    release(vault, entry.id, [lw.Partner.MUNICIPALITY_OOV])
    return vault.share(entry.id, lw.Partner.MUNICIPALITY_OOV)


def test_sync_against_an_unreachable_case_system_reports_a_retryable_failure(vault):
    vault.import_connection_profile(profile_json(base=unreachable_base()))
    item = queued_trend(vault)
    listener = Recorder()

    report = vault.sync_with_connection(True, listener)
    assert (report.delivered, report.deferred, report.remaining) == (0, 1, 1)
    assert report.stopped is None

    events = listener.events
    assert events[0] == lw.SyncEvent.STARTED(total=1)
    steps = [e for e in events if e.is_step()]
    assert steps and steps[0].done == 0 and steps[0].total == 1
    assert steps[0].kind == lw.OutboxKind.SHARE
    assert steps[0].label == steps[0].step.label(lw.Lang.NL)
    finished = [e for e in events if e.is_item_finished()]
    assert len(finished) == 1 and (finished[0].done, finished[0].total) == (1, 1)
    problem = finished[0].problem
    assert problem.code == "offline" and problem.retryable and problem.message
    assert events[-1] == lw.SyncEvent.FINISHED(report=report)

    waiting = vault.outbox()
    assert [i.id for i in waiting] == [item.id]
    assert waiting[0].attempts == 1 and waiting[0].problem == problem
    assert waiting[0].next_attempt_at_ms > vault.now_ms()
    assert vault.outbox_next_due_ms() == waiting[0].next_attempt_at_ms
    assert vault.entry(item.entry).share_status == lw.ShareStatus.QUEUED


def test_a_listener_that_raises_does_not_stop_the_sync(vault):
    vault.import_connection_profile(profile_json(base=unreachable_base()))
    queued_trend(vault)
    listener = Recorder(fail=True)
    report = vault.sync_with_connection(True, listener)
    assert report.deferred == 1
    assert listener.events[-1].is_finished()


def test_sync_needs_a_connection_and_the_team_fetch_reports_an_unreachable_system(vault):
    with pytest.raises(lw.LeefwereldError.NoConnection):
        vault.sync_with_connection(False, Recorder())
    vault.import_connection_profile(profile_json(base=unreachable_base()))
    week = lw.iso_week_of(vault.now_ms())
    with pytest.raises(lw.LeefwereldError.Sync):
        vault.fetch_team_reports_with_connection([week])
    with pytest.raises(lw.LeefwereldError.OutboxItemNotFound):
        vault.retry_outbox_item("geen-item")


def test_syncs_from_several_threads_share_one_outbox(vault):
    vault.import_connection_profile(profile_json(base=unreachable_base()))
    queued_trend(vault)
    reports = []

    def run():
        reports.append(vault.sync_with_connection(True, Recorder()))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reports) == 4
    # A run that finds another under way returns at once and leaves the queue to it.
    ran = [r for r in reports if not r.already_running]
    assert ran and all(r.deferred == 1 for r in ran)
    assert all(r.deferred == 0 and r.remaining == 1 for r in reports if r.already_running)
    assert vault.outbox()[0].attempts == len(ran)

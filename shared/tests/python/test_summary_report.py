"""Weekly summaries and their export, the weekly team report, and the accountability report
with its audited export."""

import pytest

import leefwereld as lw
from conftest import profile_json, release, signal, trend


def tally(tallies, key):
    return next(t for t in tallies if t.key == key)


def test_the_week_summary_counts_what_was_captured_this_week(vault):
    vault.capture(trend(vault, "Filmpjes over een vechtafspraak"), [])
    vault.capture(trend(vault, "Nog een oproep", theme=lw.Theme.ONLINE_CRIME), [])
    vault.capture(signal(vault), [])
    week = lw.iso_week_of(vault.now_ms())

    summary = vault.week_summary(week)
    assert summary.week == week and summary.reporters == 1
    assert summary.total == 3 and summary.previous_total == 0
    assert tally(summary.by_kind, "trend").count == 2
    assert tally(summary.by_kind, "signaal").count == 1
    fights = tally(summary.by_theme, lw.Theme.PLANNED_FIGHT.code())
    assert (fights.count, fights.previous, fights.change) == (1, 0, 1)
    # One note on a new theme is no trend: emerging starts at the suppression threshold (3).
    assert lw.Theme.PLANNED_FIGHT not in summary.emerging
    assert summary.series.weeks[-1] == week and len(summary.series.weeks) == 12
    recruitment = next(r for r in summary.series.themes if r.theme == lw.Theme.RECRUITMENT)
    assert recruitment.counts[-1] == 1
    assert vault.theme_series(week, 4).weeks[-1] == week
    for text in ["Derde oproep", "Vierde oproep"]:
        vault.capture(trend(vault, text, theme=lw.Theme.ONLINE_CRIME), [])
    assert lw.Theme.ONLINE_CRIME in vault.week_summary(week).emerging


def test_the_summary_exports_as_csv_and_html_and_the_export_is_audited(vault):
    for _ in range(3):
        vault.capture(trend(vault), [])
    week = lw.iso_week_of(vault.now_ms())

    csv = vault.export_week_summary(week, lw.SummaryScope.OWN, lw.SummaryFormat.CSV)
    html = vault.export_week_summary(week, lw.SummaryScope.OWN, lw.SummaryFormat.HTML)
    assert lw.Theme.PLANNED_FIGHT.label(lw.Lang.NL) in csv
    assert html.lstrip().lower().startswith("<!doctype html")
    exports = [r for r in vault.audit_log(0, 100) if r.action == lw.AuditAction.EXPORT]
    assert len(exports) == 2
    assert "format:csv" in exports[0].reason and "format:html" in exports[1].reason


def test_the_weekly_report_carries_counts_and_released_trends_only(vault):
    week = lw.iso_week_of(vault.now_ms())
    shared = vault.capture(trend(vault, "Oproep van @kevin_010 voor een vechtafspraak"), [])
    vault.capture(trend(vault, "Nog niet vrijgegeven"), [])
    vault.capture(signal(vault), [])
    release(vault, shared.id, [lw.Partner.MUNICIPALITY_OOV])
    assert vault.released_trends(week) == [], "a finding is still open"
    vault.decide_all_findings(shared.id, lw.Decision.REDACT)
    [released] = vault.released_trends(week)
    assert "@kevin_010" not in released.text and "vechtafspraak" in released.text

    counts = vault.week_counts(week)
    assert counts.total == 3
    assert lw.KeyCount(key="trend", count=2) in counts.kind
    vault.import_connection_profile(profile_json(team=True))
    report = vault.weekly_report(week)
    assert report.team == "jw-zuid" and report.week == week
    assert report.reporter == vault.device_id() and report.reporter.startswith("lw-")
    assert report.counts == counts and report.trends == [released]


def test_a_team_report_is_queued_and_a_team_summary_starts_empty(vault):
    week = lw.iso_week_of(vault.now_ms())
    with pytest.raises(lw.LeefwereldError.NoConnection):
        vault.queue_team_report(week)
    vault.capture(trend(vault), [])
    vault.import_connection_profile(profile_json(team=True))

    item = vault.queue_team_report(week)
    assert item.kind == lw.OutboxKind.TEAM_REPORT and item.week == week
    assert item.entry is None
    assert [i.id for i in vault.outbox()] == [item.id]
    team = vault.team_summary(week)
    assert team.reporters == 0 and team.total == 0


def test_the_accountability_report_holds_the_audit_actions_and_no_content(vault):
    entry = vault.capture(signal(vault, text="Geheime inhoud over de jongere"), [])
    vault.capture(trend(vault), [])
    vault.delete(entry.id)
    today = lw.local_date_of(vault.now_ms())

    report = vault.accountability_report(today, today)
    assert (report.first_day, report.last_day) == (today, today)
    assert report.organisation == "Jongerenwerk Zuid"
    assert report.chain.intact
    youth = next(c for c in report.by_role if c.role == lw.Role.YOUTH_WORKER)
    assert (youth.recorded, youth.deleted) == (2, 1)
    assert report.records == 3
    assert any(r.reason == "kind:signaal" for r in report.reasons)

    markdown = vault.export_accountability_report(today, today, lw.ReportFormat.MARKDOWN)
    csv = vault.export_accountability_report(today, today, lw.ReportFormat.CSV)
    assert "Jongerenwerk Zuid" in markdown and "kind:signaal" in csv
    for text in (markdown, csv):
        assert "Geheime inhoud" not in text
    exports = [r for r in vault.audit_log(0, 100) if r.action == lw.AuditAction.EXPORT]
    assert [e.reason.split(";")[0] for e in exports] == ["accountability-report"] * 2
    with pytest.raises(lw.LeefwereldError.InvalidArgument):
        vault.accountability_report(lw.CalendarDate(year=2026, month=2, day=30), today)

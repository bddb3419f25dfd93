//! Weekly summaries of a worker's own entries.

mod support;

use chrono::{DateTime, Duration, Utc};
use leefwereld_core::{EntryContent, IsoWeek, Platform, Theme};
use support::*;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn trend_at(theme: Theme, when: DateTime<Utc>) -> EntryContent {
    EntryContent::trend(theme, Platform::TikTok, "trend", when)
}

fn fixture_at(now: &str) -> Fixture {
    let fx = Fixture::new();
    fx.clock.set(at(now));
    fx
}

#[test]
fn week_53_and_week_1_are_counted_apart_across_the_year_end() {
    let fx = fixture_at("2027-01-10T12:00:00+01:00");
    // Thursday 31 Dec 2026 is in 2026-W53; Monday 4 Jan 2027 starts 2027-W01; Sunday 3 Jan
    // 23:30 in Amsterdam (22:30 UTC) is still W53.
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Disinformation, at("2026-12-31T20:00:00+01:00")),
            vec![],
        )
        .unwrap();
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Disinformation, at("2027-01-03T23:30:00+01:00")),
            vec![],
        )
        .unwrap();
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Disinformation, at("2027-01-04T00:30:00+01:00")),
            vec![],
        )
        .unwrap();
    let w53 = IsoWeek::new(2026, 53).unwrap();
    let w01 = IsoWeek::new(2027, 1).unwrap();
    assert_eq!(fx.vault.summaries().week(w53).unwrap().total, 2);
    let summary = fx.vault.summaries().week(w01).unwrap();
    assert_eq!(summary.total, 1);
    assert_eq!(
        summary.previous_total, 2,
        "the week before 2027-W01 is 2026-W53"
    );
    assert_eq!(summary.series.weeks.len(), 12);
    assert_eq!(summary.series.count(Theme::Disinformation, w53), 2);
}

#[test]
fn week_1_that_starts_in_december_holds_its_december_days() {
    let fx = fixture_at("2026-01-05T12:00:00+01:00");
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Polarisation, at("2025-12-30T10:00:00+01:00")),
            vec![],
        )
        .unwrap();
    let summary = fx
        .vault
        .summaries()
        .week(IsoWeek::new(2026, 1).unwrap())
        .unwrap();
    assert_eq!(summary.total, 1);
}

#[test]
fn entries_around_a_dst_change_land_in_their_local_week() {
    let fx = fixture_at("2026-11-01T12:00:00+01:00");
    // Sunday 25 October 2026, 23:30 local (summer time ended that night: UTC+1) is W43.
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Recruitment, at("2026-10-25T23:30:00+01:00")),
            vec![],
        )
        .unwrap();
    // Sunday 29 March 2026, 23:30 local (UTC+2 after the change) is W13.
    fx.vault
        .entries()
        .capture(
            trend_at(Theme::Recruitment, at("2026-03-29T23:30:00+02:00")),
            vec![],
        )
        .unwrap();
    assert_eq!(
        fx.vault
            .summaries()
            .week(IsoWeek::new(2026, 43).unwrap())
            .unwrap()
            .total,
        1
    );
    assert_eq!(
        fx.vault
            .summaries()
            .week(IsoWeek::new(2026, 13).unwrap())
            .unwrap()
            .total,
        1
    );
}

#[test]
fn counts_changes_and_emerging_themes() {
    let fx = Fixture::new();
    let week = IsoWeek::of(start());
    // Borderline content: 1 a week for four weeks, then 1 now: not emerging.
    for n in 0..5 {
        fx.vault
            .entries()
            .capture(
                trend_at(Theme::Borderline, start() - Duration::weeks(n)),
                vec![],
            )
            .unwrap();
    }
    // Recruitment: absent before, now 3 (the suppression threshold): emerging.
    for _ in 0..3 {
        fx.vault
            .entries()
            .capture(trend_at(Theme::Recruitment, start()), vec![])
            .unwrap();
    }
    let mut sig = signal("signaal", "reden");
    sig.neighbourhood = "Noord".into();
    fx.vault.entries().capture(sig, vec![]).unwrap();
    let s = fx.vault.summaries().week(week).unwrap();
    assert_eq!(s.total, 5);
    assert_eq!(s.previous_total, 1);
    let kind = |k: &str| s.by_kind.iter().find(|t| t.key == k).unwrap().count;
    assert_eq!((kind("trend"), kind("signaal")), (4, 1));
    let recruitment = s.by_theme.iter().find(|t| t.key == "recruitment").unwrap();
    assert_eq!(
        (
            recruitment.count,
            recruitment.previous,
            recruitment.change()
        ),
        (3, 0, 3)
    );
    // The planned fight appears for the first time, but once: one note is no trend.
    assert_eq!(s.emerging, vec![Theme::Recruitment]);
    assert_eq!(s.by_neighbourhood[0].key, "");
    assert_eq!(s.by_neighbourhood[0].count, 4);
    assert!(
        s.by_neighbourhood
            .iter()
            .any(|t| t.key == "Noord" && t.count == 1)
    );
    assert_eq!(s.reporters, 1);
}

#[test]
fn in_a_quiet_week_a_theme_with_one_or_two_notes_is_not_emerging() {
    let fx = Fixture::new();
    let week = IsoWeek::of(start());
    for theme in [Theme::Recruitment, Theme::Borderline, Theme::Borderline] {
        fx.vault
            .entries()
            .capture(trend_at(theme, start()), vec![])
            .unwrap();
    }
    let s = fx.vault.summaries().week(week).unwrap();
    assert!(s.emerging.is_empty(), "{:?}", s.emerging);
    // Below the threshold nothing emerges; from it, a new theme does.
    assert!(!leefwereld_core::summary::is_emerging(2, &[0, 0, 0, 0], 3));
    assert!(leefwereld_core::summary::is_emerging(3, &[0, 0, 0, 0], 3));
    assert!(leefwereld_core::summary::is_emerging(6, &[3, 3, 3, 3], 3));
    assert!(!leefwereld_core::summary::is_emerging(5, &[3, 3, 3, 3], 3));
}

mod exports {
    use super::*;
    use leefwereld_core::Lang;
    use leefwereld_core::summary::publish::publish_summary;
    use leefwereld_core::summary::suppress::Shown;
    use leefwereld_render::summary::{to_csv, to_html};

    fn busy_week() -> (Fixture, IsoWeek) {
        let fx = Fixture::new();
        for _ in 0..6 {
            fx.vault
                .entries()
                .capture(trend_at(Theme::Disinformation, start()), vec![])
                .unwrap();
        }
        for _ in 0..4 {
            fx.vault
                .entries()
                .capture(trend_at(Theme::Recruitment, start()), vec![])
                .unwrap();
        }
        fx.vault
            .entries()
            .capture(trend_at(Theme::Polarisation, start()), vec![])
            .unwrap();
        (fx, IsoWeek::of(start()))
    }

    #[test]
    fn exports_show_small_counts_as_below_the_threshold_and_protect_them_from_totals() {
        let (fx, week) = busy_week();
        let summary = fx.vault.summaries().week(week).unwrap();
        let published = publish_summary(&summary, 3, Lang::Nl);
        let themes = &published.tables[1];
        let cell = |key: &str| themes.rows.iter().find(|r| r.key == key).unwrap().count;
        assert_eq!(cell("polarisation"), Shown::Below(3));
        assert_eq!(themes.total, Shown::Exact(11));
        // The one small cell has company, so 11 - visible does not give it away.
        let visible: u32 = themes.rows.iter().filter_map(|r| r.count.exact()).sum();
        assert!(11 - visible > 1, "more than the small cell is hidden");
        let csv = to_csv(&summary, 3, Lang::En);
        assert!(csv.contains("theme,polarisation,Polarisation,<3"), "{csv}");
        assert!(!csv.contains("theme,polarisation,Polarisation,1"));
    }

    /// The bar widths of the theme chart of an exported page, by the value printed beside each.
    fn bars(html: &str) -> Vec<(u32, String)> {
        let chart = html
            .split("<svg")
            .nth(1)
            .unwrap()
            .split("</svg>")
            .next()
            .unwrap();
        chart
            .split("<rect x=\"0\"")
            .skip(1)
            .map(|r| {
                let w = r.split("width=\"").nth(1).unwrap();
                let width = w[..w.find('"').unwrap()].parse().unwrap();
                // The printed value, without an emerging marker after it.
                let value = r.split('>').nth(2).unwrap().split('<').next().unwrap();
                let value = value.split_whitespace().next().unwrap_or_default();
                (width, value.to_owned())
            })
            .collect()
    }

    #[test]
    fn in_the_export_a_small_number_is_a_stub_and_is_explained_where_it_first_appears() {
        let (fx, week) = busy_week();
        let summary = fx.vault.summaries().week(week).unwrap();
        let html = to_html(&summary, 3, Lang::Nl);
        let drawn = bars(&html);
        let small = drawn
            .iter()
            .filter(|(_, v)| v.starts_with("&lt;"))
            .map(|(w, _)| *w);
        let exact = drawn
            .iter()
            .filter(|(_, v)| v.parse::<u32>().is_ok_and(|n| n > 0));
        let shortest_exact = exact.map(|(w, _)| *w).min().unwrap();
        assert!(small.clone().count() > 0, "{drawn:?}");
        assert!(small.max().unwrap() * 4 < shortest_exact, "{drawn:?}");
        // The explanation stands right after the first table with a "<3", before the series.
        let note = html.find("staan als").unwrap();
        let first_small = html.find("<td>&lt;3</td>").unwrap();
        let series = html.find("Alle lijnen op dezelfde schaal").unwrap();
        assert!(first_small < note && note < series, "{html}");
        // The series: newest week first, on one scale whose top is printed.
        let weeks = summary.series.weeks.clone();
        let header = html.split("class=\"series\"").nth(1).unwrap();
        let newest = header.find(&format!(">{}<", weeks[11].week())).unwrap();
        let oldest = header.find(&format!(">{}<", weeks[0].week())).unwrap();
        assert!(newest < oldest);
        assert!(
            html.contains("van 0 tot 6 per week"),
            "6 is the largest exact count"
        );
    }

    #[test]
    fn in_a_quiet_week_every_bar_is_a_stub_not_a_full_bar() {
        let fx = Fixture::new();
        for theme in [Theme::Recruitment, Theme::Polarisation] {
            fx.vault
                .entries()
                .capture(trend_at(theme, start()), vec![])
                .unwrap();
        }
        let summary = fx.vault.summaries().week(IsoWeek::of(start())).unwrap();
        let html = to_html(&summary, 3, Lang::En);
        let drawn = bars(&html);
        let widths: Vec<u32> = drawn
            .iter()
            .filter(|(_, v)| v.starts_with("&lt;") || v == "•")
            .map(|(w, _)| *w)
            .collect();
        assert!(!widths.is_empty(), "{drawn:?}");
        assert!(widths.iter().all(|w| *w <= 8), "{drawn:?}");
    }

    #[test]
    fn the_html_export_is_a_complete_page_in_both_languages() {
        let (fx, week) = busy_week();
        let summary = fx.vault.summaries().week(week).unwrap();
        for (lang, title) in [
            (Lang::Nl, "Leefwereld weekoverzicht"),
            (Lang::En, "Leefwereld weekly summary"),
        ] {
            let html = to_html(&summary, 3, lang);
            assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>"));
            assert!(html.contains(title));
            assert!(html.contains("<svg") && html.contains("role=\"img\""));
            assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
        }
    }
}

#[test]
fn exporting_a_summary_uses_the_configured_threshold_and_is_audited() {
    use leefwereld_core::summary::SummaryFormat;
    use leefwereld_core::{AuditAction, Settings};
    let fx = Fixture::new();
    for _ in 0..4 {
        fx.vault
            .entries()
            .capture(trend_at(Theme::Recruitment, start()), vec![])
            .unwrap();
    }
    fx.vault
        .update_settings(Settings {
            suppression_threshold: 5,
            ..Settings::default()
        })
        .unwrap();
    let summary = fx.vault.summaries().week(IsoWeek::of(start())).unwrap();
    let csv = leefwereld_render::export_week(&fx.vault, &summary, SummaryFormat::Csv)
        .unwrap()
        .text;
    assert!(
        csv.contains("theme,recruitment,Online ronselen,<5"),
        "{csv}"
    );
    let last = fx.vault.audit().log(0, 100).unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Export);
    assert!(last.reason.starts_with("week-summary:2026-W48;format:csv"));
}

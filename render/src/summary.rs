//! A weekly summary for the partner meeting: CSV and a printable HTML page with the charts, in
//! Dutch or English, from what the core publishes (suppressed counts only).

use html_escape::encode_text as text;
use leefwereld_core::summary::WeekSummary;
use leefwereld_core::summary::publish::{PublishedTable, publish_summary};
use leefwereld_core::summary::suppress::Shown;
use leefwereld_core::time::display_date;
use leefwereld_locales::{Arg, Lang, tr, tr_args, tr1};

use crate::chart::{Bar, PRINT_WIDTH, bar_chart, scale_max, sparkline};

/// CSV: one line per published number.
pub fn to_csv(summary: &WeekSummary, threshold: u32, lang: Lang) -> String {
    let published = publish_summary(summary, threshold, lang);
    let mut out = String::new();
    let mut line = |fields: &[&str]| {
        out.push_str(
            &fields
                .iter()
                .map(|f| leefwereld_core::text::csv_cell(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    };
    let header = [
        tr(lang, "summary-col-section"),
        tr(lang, "summary-col-key"),
        tr(lang, "summary-col-label"),
        tr(lang, "summary-col-count"),
        tr(lang, "summary-col-previous"),
        tr(lang, "summary-col-change"),
    ];
    line(&header.iter().map(String::as_str).collect::<Vec<_>>());
    let week = summary.week.to_string();
    line(&["week", &week, &week, &summary.reporters.to_string(), "", ""]);
    for table in &published.tables {
        let section = table.title_id.trim_start_matches("summary-by-");
        for row in &table.rows {
            let change = row.change.map(|c| format!("{c:+}")).unwrap_or_default();
            line(&[
                section,
                &row.key,
                &row.label,
                &row.count.text(),
                &row.previous.text(),
                &change,
            ]);
        }
        line(&[
            section,
            "total",
            &tr(lang, "summary-total"),
            &table.total.text(),
            "",
            "",
        ]);
    }
    for theme in &summary.emerging {
        line(&["emerging", theme.code(), &theme.label(lang), "", "", ""]);
    }
    for (theme, values) in &published.series {
        for (week, value) in summary.series.weeks.iter().zip(values) {
            line(&[
                "series",
                &format!("{}:{week}", theme.code()),
                &theme.label(lang),
                &value.text(),
                "",
                "",
            ]);
        }
    }
    for trend in &summary.trends {
        line(&[
            "trend",
            trend.theme.code(),
            &trend.platform.label(lang),
            &trend.text,
            "",
            "",
        ]);
    }
    out
}

/// A printable HTML page with the charts, their table alternatives and every section.
pub fn to_html(summary: &WeekSummary, threshold: u32, lang: Lang) -> String {
    let published = publish_summary(summary, threshold, lang);
    let week = summary.week;
    let title = tr_args(
        lang,
        "summary-export-title",
        &[("week", week.to_string().into())],
    );
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>",
        lang.code(),
        text(&title)
    );
    html.push_str(&format!("<h1>{}</h1>", text(&title)));
    html.push_str(&format!(
        "<p class=\"meta\">{} · {}</p>",
        text(&tr_args(
            lang,
            "summary-period",
            &[
                ("from", display_date(week.monday(), lang).into()),
                ("to", display_date(week.sunday(), lang).into())
            ]
        )),
        text(&tr_args(
            lang,
            "summary-reporters",
            &[("count", Arg::from(summary.reporters))]
        ))
    ));
    let total = &published.tables[0].total;
    html.push_str(&format!(
        "<p class=\"total\"><strong>{}</strong>: {}</p>",
        text(&tr(lang, "summary-total")),
        text(&total.text())
    ));
    if !summary.emerging.is_empty() {
        let names: Vec<String> = summary.emerging.iter().map(|t| t.label(lang)).collect();
        html.push_str(&format!(
            "<p class=\"emerging\"><strong>▲ {}</strong>: {}</p>",
            text(&tr(lang, "summary-emerging")),
            text(&names.join(", "))
        ));
    }
    // What "<3" means stands beside the first one, not only at the foot of the page.
    let note = format!(
        "<p class=\"note\">{}</p>",
        text(&tr_args(
            lang,
            "summary-suppression-note",
            &[(
                "threshold",
                Arg::from(threshold.max(leefwereld_core::summary::suppress::MIN_THRESHOLD))
            )]
        ))
    );
    let small = |shown: &Shown| matches!(shown, Shown::Below(_) | Shown::Hidden);
    let mut explained = false;
    for (i, table) in published.tables.iter().enumerate() {
        let heading = tr(lang, table.title_id);
        html.push_str(&format!("<section><h2>{}</h2>", text(&heading)));
        let bars: Vec<Bar> = table
            .rows
            .iter()
            .filter(|r| r.count != Shown::Exact(0) || table.title_id == "summary-by-theme")
            .map(|r| Bar {
                label: r.label.clone(),
                value: r.count,
                highlight: table.title_id == "summary-by-theme"
                    && summary.emerging.iter().any(|t| t.code() == r.key),
            })
            .collect();
        if table.title_id == "summary-by-theme" {
            html.push_str(&bar_chart(
                &format!("chart-{i}"),
                &heading,
                &bars,
                lang,
                PRINT_WIDTH,
            ));
        }
        html.push_str(&detail_table(table, lang));
        if !explained
            && (small(&table.total)
                || table
                    .rows
                    .iter()
                    .any(|r| small(&r.count) || small(&r.previous)))
        {
            html.push_str(&note);
            explained = true;
        }
        html.push_str("</section>");
    }
    // Twelve weeks do not fit a phone's width: the newest come first, so a phone shows them
    // without scrolling; the table scrolls on its own, the page does not. Every sparkline is
    // drawn on one scale, whose top is labelled.
    let max = scale_max(published.series.iter().flat_map(|(_, values)| values));
    html.push_str(&format!(
        "<section><h2>{}</h2><p class=\"meta\">{}</p><div class=\"scroll\"><table class=\"series\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        text(&tr(lang, "summary-series")),
        text(&tr1(lang, "summary-series-scale", "max", max)),
        text(&tr(lang, "summary-col-theme")),
        text(&tr(lang, "summary-series-weeks"))
    ));
    for w in summary.series.weeks.iter().rev() {
        html.push_str(&format!("<th scope=\"col\">{}</th>", w.week()));
    }
    html.push_str("</tr></thead><tbody>");
    for (theme, values) in &published.series {
        let label = theme.label(lang);
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td>",
            text(&label),
            sparkline(&label, values, max)
        ));
        for v in values.iter().rev() {
            html.push_str(&format!("<td>{}</td>", text(&v.text())));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    if !explained && published.series.iter().any(|(_, v)| v.iter().any(small)) {
        html.push_str(&note);
        explained = true;
    }
    html.push_str("</section>");
    if !summary.trends.is_empty() {
        html.push_str(&format!(
            "<section><h2>{}</h2><ul class=\"trends\">",
            text(&tr(lang, "summary-trends"))
        ));
        for trend in &summary.trends {
            html.push_str(&format!(
                "<li><strong>{} · {}</strong> {}</li>",
                text(&trend.theme.label(lang)),
                text(&trend.platform.label(lang)),
                text(&trend.text)
            ));
        }
        html.push_str("</ul></section>");
    }
    if !explained {
        html.push_str(&note);
    }
    html.push_str("</main></body></html>");
    html
}

fn detail_table(table: &PublishedTable, lang: Lang) -> String {
    let mut html = format!(
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        text(&tr(lang, "summary-col-label")),
        text(&tr(lang, "summary-col-count")),
        text(&tr(lang, "summary-col-previous")),
        text(&tr(lang, "summary-col-change"))
    );
    for row in &table.rows {
        let change = row
            .change
            .map(|c| format!("{c:+}"))
            .unwrap_or_else(|| "–".into());
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(&row.label),
            text(&row.count.text()),
            text(&row.previous.text()),
            text(&change)
        ));
    }
    html.push_str(&format!(
        "<tr class=\"total\"><th scope=\"row\">{}</th><td>{}</td><td></td><td></td></tr></tbody></table>",
        text(&tr(lang, "summary-total")),
        text(&table.total.text())
    ));
    html
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:0}main{max-width:52rem;margin:0 auto;padding:1.5rem}h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #999}.meta,.note{color:#444}.emerging{border-left:4px solid #1b1b1b;padding-left:.5rem}table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}th,td{border-bottom:1px solid #ccc;padding:.25rem .4rem;text-align:right}th[scope=row],td:first-child{text-align:left}caption{text-align:left;font-weight:600}.chart{color:#1f4e79;max-width:27rem;display:block}.scroll{overflow-x:auto}.series td,.series th{font-size:.8rem}.sparkline{color:#1f4e79}.total th,.total td{font-weight:700}@media print{main{padding:0}section{break-inside:avoid}}";

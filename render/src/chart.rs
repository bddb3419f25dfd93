//! Charts drawn as SVG in Rust (no JavaScript chart library): a bar chart per theme and
//! 12-week sparklines. Every chart has a title for screen readers and comes with a table
//! alternative; nothing is conveyed by colour alone (values are printed beside the bars).

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use leefwereld_locales::{Lang, tr};

use leefwereld_core::summary::suppress::Shown;

/// One bar: a label and its value as published.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: Shown,
    /// Drawn with an outline and a marker, e.g. for emerging themes.
    pub highlight: bool,
}

/// The width of a chart in the exported page (user units of the SVG `viewBox`): narrow
/// enough that the page, opened on a phone, draws it near its own size, and printed at a
/// readable size under the page's `max-width`.
pub const PRINT_WIDTH: u32 = 360;
/// The width of a chart on a phone screen (360–430 px less the margins): drawn at about its
/// own size there, so its text stays readable.
pub const PHONE_WIDTH: u32 = 320;

/// One bar takes two lines: its label on the first, the bar and its value on the second, so
/// that long theme names are never cut off, however narrow the chart.
const ROW: u32 = 44;
/// Room after the longest bar for its value and the emerging marker.
const VALUE_W: u32 = 140;

/// The length of the stub that stands for a small number ("<3"): the same short length
/// whatever the scale, so that a suppressed count never looks like a large one.
const STUB: u32 = 8;

/// The largest exact value among `values`, at least 1: the scale of a chart. Small numbers and
/// hidden cells do not set it (their size is not known).
pub fn scale_max<'a>(values: impl IntoIterator<Item = &'a Shown>) -> u32 {
    values
        .into_iter()
        .filter_map(|v| v.exact())
        .max()
        .unwrap_or(0)
        .max(1)
}

/// The length of a bar in a plot `plot` units long on a scale up to `max`.
fn bar_length(value: Shown, max: u32, plot: u32) -> u32 {
    match value {
        Shown::Exact(0) | Shown::Hidden => 0,
        Shown::Exact(n) => (plot * n.min(max) / max).max(2),
        Shown::Below(_) => STUB,
    }
}

/// A horizontal bar chart, `width` user units wide, with its title as accessible name.
pub fn bar_chart(id: &str, title: &str, bars: &[Bar], lang: Lang, width: u32) -> String {
    let width = width.max(VALUE_W * 2);
    let max = scale_max(bars.iter().map(|b| &b.value));
    let height = ROW * bars.len() as u32 + 4;
    let plot = width - VALUE_W;
    let hatch = format!("{}-hatch", attr(id));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title\"><title id=\"{id}-title\">{title}</title>",
        id = attr(id),
        title = text(title)
    );
    svg.push_str(&format!("<defs><pattern id=\"{hatch}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" stroke-width=\"2\"/></pattern></defs>"));
    for (i, bar) in bars.iter().enumerate() {
        let y = 2 + ROW * i as u32;
        let w = bar_length(bar.value, max, plot);
        let marker = if bar.highlight {
            format!(" ▲ {}", tr(lang, "summary-emerging-short"))
        } else {
            String::new()
        };
        let weight = if bar.highlight {
            " font-weight=\"700\""
        } else {
            ""
        };
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"13\" fill=\"currentColor\"{weight}>{}</text>",
            y + 14,
            text(&bar.label),
        ));
        let fill = match bar.value {
            Shown::Exact(_) => "currentColor".to_owned(),
            _ => format!("url(#{hatch})"),
        };
        let stroke = if bar.highlight {
            " stroke=\"currentColor\" stroke-width=\"2\""
        } else {
            ""
        };
        svg.push_str(&format!(
            "<rect x=\"0\" y=\"{}\" width=\"{w}\" height=\"16\" fill=\"{fill}\" fill-opacity=\"0.75\"{stroke}/>",
            y + 20,
        ));
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"currentColor\"{weight}>{}{}</text>",
            w + 6,
            y + 33,
            text(&bar.value.text()),
            text(&marker)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// A sparkline of a 12-week series on a scale from 0 to `max` shared by every line it stands
/// beside (see [`scale_max`]), so that equal heights mean equal counts. A small number ("<3")
/// is drawn at the height of 1 and marked hollow; a hidden one hollow at 0.
pub fn sparkline(title: &str, values: &[Shown], max: u32) -> String {
    let (w, h) = (120u32, 28u32);
    let max = max.max(1);
    let height = |v: Shown| match v {
        Shown::Exact(n) => n.min(max),
        Shown::Below(_) => 1,
        Shown::Hidden => 0,
    };
    let step = if values.len() > 1 {
        (w - 6) as f64 / (values.len() - 1) as f64
    } else {
        0.0
    };
    let point = |i: usize, v: Shown| {
        let x = 3.0 + step * i as f64;
        let y = (h - 3) as f64 - (h - 6) as f64 * height(v) as f64 / max as f64;
        (x, y)
    };
    let path: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, *v);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\"><line x1=\"0\" y1=\"3\" x2=\"{w}\" y2=\"3\" stroke=\"currentColor\" stroke-opacity=\"0.25\" stroke-dasharray=\"2 3\"/><line x1=\"0\" y1=\"{}\" x2=\"{w}\" y2=\"{}\" stroke=\"currentColor\" stroke-opacity=\"0.25\"/><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"{}\"/>",
        attr(title),
        h - 3,
        h - 3,
        path.join(" ")
    );
    for (i, v) in values.iter().enumerate() {
        if let Shown::Below(_) | Shown::Hidden = v {
            let (x, y) = point(i, *v);
            svg.push_str(&format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\" fill=\"none\" stroke=\"currentColor\"/>"));
        }
    }
    if let Some(last) = values.last() {
        let (x, y) = point(values.len() - 1, *last);
        svg.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\" fill=\"currentColor\"/>"
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The table alternative of a bar chart, for screen readers and print.
pub fn bar_table(caption: &str, label_header: &str, bars: &[Bar], lang: Lang) -> String {
    let mut html = format!(
        "<table class=\"chart-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        text(caption),
        text(label_header),
        text(&tr(lang, "summary-col-count"))
    );
    for bar in bars {
        let mark = if bar.highlight {
            format!(" ({})", tr(lang, "summary-emerging-short"))
        } else {
            String::new()
        };
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}{}</th><td>{}</td></tr>",
            text(&bar.label),
            text(&mark),
            text(&bar.value.text())
        ));
    }
    html.push_str("</tbody></table>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_charts_have_accessible_names() {
        let bars = vec![
            Bar {
                label: "<script>alert(1)</script>".into(),
                value: Shown::Exact(4),
                highlight: true,
            },
            Bar {
                label: "Zuid & Noord".into(),
                value: Shown::Below(3),
                highlight: false,
            },
        ];
        let svg = bar_chart("c1", "Thema's \"deze\" week", &bars, Lang::Nl, PRINT_WIDTH);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("Zuid &amp; Noord"));
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id=\"c1-title\">"));
        assert!(
            svg.contains("&lt;3"),
            "small numbers are labelled, not drawn to size"
        );
        // Labels start at the left edge on a line of their own: none is cut off.
        assert!(svg.contains("<text x=\"0\" y=\"16\" font-size=\"13\" fill=\"currentColor\" font-weight=\"700\">&lt;script&gt;"));
        assert!(!svg.contains("x=\"-"));
        let table = bar_table("Thema's", "Thema", &bars, Lang::Nl);
        assert!(table.contains("<caption>") && table.contains("&lt;3"));
        let spark = sparkline(
            "Trend & meer",
            &[Shown::Exact(1), Shown::Below(3), Shown::Exact(5)],
            5,
        );
        assert!(spark.contains("aria-label=\"Trend &amp; meer\""));
    }

    /// The widths of the bars (`<rect … width="…"`) in a chart, in order.
    fn widths(svg: &str) -> Vec<u32> {
        svg.split("<rect x=\"0\"")
            .skip(1)
            .map(|r| {
                let w = r.split("width=\"").nth(1).unwrap();
                w[..w.find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    fn bar(value: Shown) -> Bar {
        Bar {
            label: "x".into(),
            value,
            highlight: false,
        }
    }

    #[test]
    fn a_small_number_is_a_short_stub_even_when_every_number_is_small() {
        let only_small = [bar(Shown::Below(3)), bar(Shown::Below(3))];
        let svg = bar_chart("c", "t", &only_small, Lang::Nl, PRINT_WIDTH);
        assert!(widths(&svg).iter().all(|w| *w == STUB), "{svg}");
        let mixed = [
            bar(Shown::Exact(3)),
            bar(Shown::Below(3)),
            bar(Shown::Exact(40)),
        ];
        let w = widths(&bar_chart("c", "t", &mixed, Lang::Nl, PRINT_WIDTH));
        assert!(w[1] < w[0] && w[0] < w[2], "{w:?}");
        assert_eq!(w[1], STUB);
    }

    #[test]
    fn sparklines_on_one_scale_draw_equal_counts_at_equal_heights() {
        let points = |svg: &str| {
            svg.split("points=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        };
        // 0→1 and 0→2 on the shared scale of 2: the first ends half as high.
        let one = sparkline("a", &[Shown::Exact(0), Shown::Exact(1)], 2);
        let two = sparkline("b", &[Shown::Exact(0), Shown::Exact(2)], 2);
        assert_ne!(points(&one), points(&two));
        assert!(points(&one).ends_with(",14.0"), "{}", points(&one));
        assert!(points(&two).ends_with(",3.0"), "{}", points(&two));
        assert_eq!(
            scale_max(&[Shown::Below(3), Shown::Exact(2), Shown::Hidden]),
            2
        );
        assert_eq!(scale_max(&[Shown::Below(3)]), 1);
    }
}

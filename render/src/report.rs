//! Markdown and CSV renderings of the accountability report, in the user's language.

use leefwereld_locales::{Arg, Lang, tr, tr_args};

use leefwereld_core::audit::ChainProblem;
use leefwereld_core::report::{AccountabilityReport, RoleCounts};
use leefwereld_core::time::{display_date, display_datetime};

const COLUMNS: [&str; 11] = [
    "recorded",
    "edited",
    "deleted",
    "consents",
    "withdrawals",
    "shared",
    "retracted",
    "purged",
    "exported",
    "justified",
    "retract-refused",
];

fn values(c: &RoleCounts) -> [u32; 11] {
    [
        c.recorded,
        c.edited,
        c.deleted,
        c.consents,
        c.withdrawals,
        c.shared,
        c.retracted,
        c.purged,
        c.exported,
        c.justified,
        c.retract_refused,
    ]
}

fn chain_text(report: &AccountabilityReport, lang: Lang) -> String {
    match report.chain.problem {
        None => tr_args(
            lang,
            "report-chain-intact",
            &[("records", Arg::from(report.chain.records))],
        ),
        Some((seq, problem)) => tr_args(
            lang,
            "report-chain-broken",
            &[
                ("seq", Arg::from(seq)),
                (
                    "problem",
                    tr(
                        lang,
                        &format!("report-chain-problem-{}", problem_code(problem)),
                    )
                    .into(),
                ),
            ],
        ),
    }
}

fn problem_code(problem: ChainProblem) -> &'static str {
    use ChainProblem::*;
    match problem {
        HeadInvalid => "head",
        Altered => "altered",
        Missing => "missing",
        BrokenLink => "link",
        Unexpected => "unexpected",
    }
}

fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The report as Markdown, for reading.
pub fn markdown(report: &AccountabilityReport, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", tr(lang, "report-title")));
    out.push_str(&format!(
        "{}\n\n",
        tr_args(
            lang,
            "report-period",
            &[
                ("from", display_date(report.from, lang).into()),
                ("to", display_date(report.to, lang).into())
            ]
        )
    ));
    out.push_str(&format!(
        "- {}: {}\n",
        tr(lang, "report-organisation"),
        md_cell(&report.organisation)
    ));
    out.push_str(&format!(
        "- {}: {}\n",
        tr(lang, "report-device"),
        md_cell(&report.device)
    ));
    out.push_str(&format!(
        "- {}: {}\n",
        tr(lang, "report-generated"),
        display_datetime(report.generated_at, lang)
    ));
    out.push_str(&format!(
        "- {}: {}\n",
        tr(lang, "report-records"),
        report.records
    ));
    out.push_str(&format!(
        "- {}: {}\n",
        tr(lang, "report-unlock-failures"),
        report.unlock_failures
    ));
    out.push_str(&format!("- {}\n\n", chain_text(report, lang)));
    out.push_str(&format!("## {}\n\n", tr(lang, "report-by-role")));
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|c| tr(lang, &format!("report-col-{c}")))
        .collect();
    out.push_str(&format!(
        "| {} | {} |\n",
        tr(lang, "report-col-role"),
        header.join(" | ")
    ));
    out.push_str(&format!("|---|{}\n", "---:|".repeat(COLUMNS.len())));
    for (role, counts) in &report.by_role {
        let cells: Vec<String> = values(counts).iter().map(u32::to_string).collect();
        out.push_str(&format!(
            "| {} | {} |\n",
            role.label(lang),
            cells.join(" | ")
        ));
    }
    for (title, map) in [
        ("report-reasons", &report.reasons),
        ("report-consent-bases", &report.consent_bases),
    ] {
        out.push_str(&format!("\n## {}\n\n", tr(lang, title)));
        if map.is_empty() {
            out.push_str(&format!("{}\n", tr(lang, "report-none")));
            continue;
        }
        out.push_str(&format!(
            "| {} | {} |\n|---|---:|\n",
            tr(lang, "report-col-code"),
            tr(lang, "report-col-count")
        ));
        for (code, count) in map {
            out.push_str(&format!("| `{}` | {} |\n", md_cell(code), count));
        }
    }
    out.push_str(&format!("\n{}\n", tr(lang, "report-no-content")));
    out
}

/// The report as CSV, one line per role and a line per reason, for a spreadsheet.
pub fn csv(report: &AccountabilityReport, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |fields: &[String]| {
        out.push_str(
            &fields
                .iter()
                .map(|f| leefwereld_core::text::csv_cell(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    };
    line(&[
        tr(lang, "report-col-section"),
        tr(lang, "report-col-key"),
        tr(lang, "report-col-measure"),
        tr(lang, "report-col-count"),
    ]);
    line(&[
        "period".into(),
        format!("{}..{}", report.from, report.to),
        "records".into(),
        report.records.to_string(),
    ]);
    line(&[
        "period".into(),
        format!("{}..{}", report.from, report.to),
        "unlock-failures".into(),
        report.unlock_failures.to_string(),
    ]);
    line(&[
        "chain".into(),
        if report.chain.intact() {
            "intact".into()
        } else {
            "broken".into()
        },
        "records".into(),
        report.chain.records.to_string(),
    ]);
    for (role, counts) in &report.by_role {
        for (column, value) in COLUMNS.iter().zip(values(counts)) {
            line(&[
                "role".into(),
                role.code().into(),
                (*column).into(),
                value.to_string(),
            ]);
        }
    }
    for (code, count) in &report.reasons {
        line(&[
            "reason".into(),
            code.clone(),
            "given".into(),
            count.to_string(),
        ]);
    }
    for (code, count) in &report.consent_bases {
        line(&[
            "consent".into(),
            code.clone(),
            "given".into(),
            count.to_string(),
        ]);
    }
    out
}

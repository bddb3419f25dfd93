//! Markdown and CSV renderings of the accountability report, in the user's language.

use leefwereld_locales::{Arg, Lang, tr, tr_args};

use super::{AccountabilityReport, RoleCounts};
use crate::time::{display_date, display_datetime};

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

fn problem_code(problem: crate::audit::ChainProblem) -> &'static str {
    use crate::audit::ChainProblem::*;
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

impl AccountabilityReport {
    pub fn to_markdown(&self, lang: Lang) -> String {
        let mut out = String::new();
        out.push_str(&format!("# {}\n\n", tr(lang, "report-title")));
        out.push_str(&format!(
            "{}\n\n",
            tr_args(
                lang,
                "report-period",
                &[
                    ("from", display_date(self.from, lang).into()),
                    ("to", display_date(self.to, lang).into())
                ]
            )
        ));
        out.push_str(&format!(
            "- {}: {}\n",
            tr(lang, "report-organisation"),
            md_cell(&self.organisation)
        ));
        out.push_str(&format!(
            "- {}: {}\n",
            tr(lang, "report-device"),
            md_cell(&self.device)
        ));
        out.push_str(&format!(
            "- {}: {}\n",
            tr(lang, "report-generated"),
            display_datetime(self.generated_at, lang)
        ));
        out.push_str(&format!(
            "- {}: {}\n",
            tr(lang, "report-records"),
            self.records
        ));
        out.push_str(&format!(
            "- {}: {}\n",
            tr(lang, "report-unlock-failures"),
            self.unlock_failures
        ));
        out.push_str(&format!("- {}\n\n", chain_text(self, lang)));
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
        for (role, counts) in &self.by_role {
            let cells: Vec<String> = values(counts).iter().map(u32::to_string).collect();
            out.push_str(&format!(
                "| {} | {} |\n",
                role.label(lang),
                cells.join(" | ")
            ));
        }
        for (title, map) in [
            ("report-reasons", &self.reasons),
            ("report-consent-bases", &self.consent_bases),
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

    pub fn to_csv(&self, lang: Lang) -> String {
        let mut out = String::new();
        let mut line = |fields: &[String]| {
            out.push_str(
                &fields
                    .iter()
                    .map(|f| crate::text::csv_cell(f))
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
            format!("{}..{}", self.from, self.to),
            "records".into(),
            self.records.to_string(),
        ]);
        line(&[
            "period".into(),
            format!("{}..{}", self.from, self.to),
            "unlock-failures".into(),
            self.unlock_failures.to_string(),
        ]);
        line(&[
            "chain".into(),
            if self.chain.intact() {
                "intact".into()
            } else {
                "broken".into()
            },
            "records".into(),
            self.chain.records.to_string(),
        ]);
        for (role, counts) in &self.by_role {
            for (column, value) in COLUMNS.iter().zip(values(counts)) {
                line(&[
                    "role".into(),
                    role.code().into(),
                    (*column).into(),
                    value.to_string(),
                ]);
            }
        }
        for (code, count) in &self.reasons {
            line(&[
                "reason".into(),
                code.clone(),
                "given".into(),
                count.to_string(),
            ]);
        }
        for (code, count) in &self.consent_bases {
            line(&[
                "consent".into(),
                code.clone(),
                "given".into(),
                count.to_string(),
            ]);
        }
        out
    }
}

//! Summaries across a team without moving personal data.
//!
//! Each worker's app shares a weekly report — counts, and the minimised trend texts the worker
//! released — signed with the vault's signing key and age-encrypted to the team lead, as a
//! document in the team's case of that week, through the same outbox. The team lead's app
//! fetches the documents, decrypts them, checks the signature and every field ([`envelope`]),
//! checks the key against the ones the lead accepted ([`keys`]), keeps the latest report per
//! worker and merges them. A refused report says why; the others are unaffected.

mod envelope;
pub mod example;
mod keys;

pub use envelope::{ENVELOPE_SCHEMA, REPORT_SCHEMA, limits};
pub use keys::ReporterKey;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use leefwereld_locales::{Lang, tr};
use serde::{Deserialize, Serialize};

use super::{EMERGING_LOOKBACK, ReleasedTrend, WeekCounts, WeekSummary, summarise};
use crate::audit::{AuditAction, NewRecord};
use crate::error::{Error, Result};
use crate::minimise::minimise;
use crate::model::EntryKind;
use crate::share::ConsentGiver;
use crate::share::payload::encrypt_to;
use crate::share::state::SharingState;
use crate::store::TEAM_REPORTS;
use crate::store::meta_keys;
use crate::store::sealed::{JsonRecord, Part, SealedTable};
use crate::sync::{CaseSystem, Delivery, Job, OutboxItem, Record, TeamLink, TransportError};
use crate::time::{IsoWeek, local_date};
use crate::vault::records::ENTRY_TABLE;

/// The weeks a lead fetches to read `week`: the week itself and the ones its comparison reads
/// (whether a theme is emerging looks [`EMERGING_LOOKBACK`] weeks back). Fetching the week alone
/// would make every theme the team noted look new. Oldest first.
pub fn weeks_to_fetch(week: IsoWeek) -> Vec<IsoWeek> {
    week.trailing(EMERGING_LOOKBACK + 1)
}

/// Reports a team lead accepted, under a keyed hash of (week, reporter).
const TEAM_REPORT_TABLE: SealedTable<u64, WeeklyReport> =
    SealedTable::new(TEAM_REPORTS, Part::TeamReports);

impl JsonRecord for WeeklyReport {}

/// What a worker sends the team lead for one week: nothing person-related.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyReport {
    pub schema: String,
    pub team: String,
    /// The worker's pseudonymous installation id: lets the lead count each worker once.
    pub reporter: String,
    pub week: IsoWeek,
    pub generated_at: DateTime<Utc>,
    pub counts: WeekCounts,
    pub trends: Vec<ReleasedTrend>,
}

code_enum! {
    /// Why a team lead's app refused a report.
    TeamRefusal, "team-refusal" {
        /// It could not be decrypted: meant for someone else, or damaged.
        Unreadable = "unreadable",
        /// It is not a weekly report, or its counts do not add up.
        Malformed = "malformed",
        OtherTeam = "other-team",
        /// It claims a week that has not started yet.
        FutureWeek = "future-week",
        /// It claims another week than the case it was filed in.
        WrongWeek = "wrong-week",
        /// Larger than any real report.
        TooLarge = "too-large",
        /// Its signature does not hold: changed on the way, or not made by a Leefwereld vault.
        BadSignature = "bad-signature",
        /// Signed with a key the lead has not accepted yet: a new colleague.
        NewKey = "new-key",
        /// Signed with another key than the one the lead accepted for this colleague.
        KeyChanged = "key-changed",
        /// Says it was made later than now.
        FutureDate = "future-date",
        /// Counts larger than any real week.
        Overflow = "overflow",
    }
}

impl TeamRefusal {
    pub fn explanation(self, lang: Lang) -> String {
        tr(lang, &format!("team-refusal-{}-explanation", self.code()))
    }
}

/// The outcome of fetching a week's reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FetchOutcome {
    pub accepted: u32,
    /// Refused documents by their `identificatie`, with the reason.
    pub refused: Vec<(String, TeamRefusal)>,
    /// Texts of accepted reports that the minimiser found identifiers in, and were therefore
    /// left out (their counts still count).
    #[serde(default)]
    pub withheld_texts: u32,
}

/// The case that holds a team's reports of one week.
pub fn team_case(team: &str, week: IsoWeek) -> String {
    format!("LW-TEAM-{team}-{week}")
}

vault_handle!(
    /// Weekly team reports: the worker's sealed report, and the team lead's keys and merged summary.
    Team,
    team
);

impl Team<'_> {
    /// The team of the connection profile: without a profile there is no connection, with one
    /// that names no team there is no team (two different things to tell the user).
    fn team(&self) -> Result<TeamLink> {
        let profile = self
            .vault
            .connection()
            .profile()?
            .ok_or(Error::NoConnection)?;
        profile.team.ok_or(Error::NoTeam)
    }

    /// The minimised texts of the trends of `week` the worker released (consent by the worker's
    /// own release, every finding resolved).
    pub fn released_trends(&self, week: IsoWeek) -> Result<Vec<ReleasedTrend>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let reader = session.reader(db)?;
        let mut trends = Vec::new();
        for row in session
            .index
            .in_week(week)
            .filter(|r| r.kind == EntryKind::Trend)
        {
            let state = SharingState::load(&reader, row.id())?;
            let released = state
                .consent
                .as_ref()
                .is_some_and(|c| c.is_active() && c.given_by == ConsentGiver::WorkerRelease);
            if !released {
                continue;
            }
            if session.check_entry(row.id()).is_err() {
                continue;
            }
            let Ok(Some(stored)) = reader.get(&ENTRY_TABLE, row.id) else {
                continue;
            };
            let minimised = minimise(&stored.content, &state.decisions);
            if minimised.is_resolved() {
                trends.push(ReleasedTrend {
                    theme: row.theme,
                    platform: row.platform,
                    week,
                    text: minimised.text.trim().to_owned(),
                });
            }
        }
        trends.sort_by(|a, b| (a.theme, &a.text).cmp(&(b.theme, &b.text)));
        Ok(trends)
    }

    /// This worker's report for `week`, as it would be sent.
    pub fn weekly_report(&self, week: IsoWeek) -> Result<WeeklyReport> {
        let team = self.team()?;
        Ok(WeeklyReport {
            schema: REPORT_SCHEMA.into(),
            team: team.id,
            reporter: self.vault.device_id()?,
            week,
            generated_at: self.vault.now(),
            counts: self.vault.summaries().week_counts(week)?,
            trends: self.released_trends(week)?,
        })
    }

    /// `report` as it travels: signed with this vault's key, encrypted to the team lead.
    pub fn sealed_report(&self, report: &WeeklyReport) -> Result<Vec<u8>> {
        let team = self.team()?;
        let signed = {
            let mut guard = self.guard();
            let (_, session) = guard.unlocked()?;
            envelope::sign(&session.keys, report).map_err(Error::storage)?
        };
        encrypt_to(std::slice::from_ref(&team.recipient), &signed)
    }

    /// Puts this worker's report for `week`, signed and encrypted to the team lead, in the
    /// outbox.
    pub fn queue_report(&self, week: IsoWeek) -> Result<OutboxItem> {
        let report = self.weekly_report(week)?;
        let team = self.team()?;
        let now = self.vault.now();
        if week.start() > now {
            return Err(Error::InvalidSetting { name: "week" });
        }
        let content = self.sealed_report(&report)?;
        let organisation = self.vault.profile()?.organisation;
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let document = format!(
            "LW-R-{}",
            session.keys.reference(&format!(
                "report:{week}:{}",
                now.timestamp_nanos_opt().unwrap_or_default()
            ))
        );
        let delivery = Delivery {
            document_id: document.clone(),
            case_id: team_case(&team.id, week),
            case_title: format!("Leefwereld team {} {week}", team.id),
            case_start: week.monday(),
            title: format!("Leefwereld weekrapport {week}"),
            file_name: format!("{document}.json.age"),
            media_type: "application/octet-stream".into(),
            content,
            author: organisation,
            created: local_date(now),
        };
        let record = Record::new(Job::TeamReport { week, delivery }, now);
        let mut tx = session.begin(db)?;
        tx.put_outbox(&record)?;
        tx.commit()?;
        Ok(record.view())
    }

    /// The team lead's side: fetches, checks and keeps the reports of `weeks`.
    pub fn fetch_reports(
        &self,
        system: &dyn CaseSystem,
        weeks: &[IsoWeek],
    ) -> Result<FetchOutcome> {
        let team = self.team()?;
        let mut outcome = FetchOutcome::default();
        for week in weeks {
            let documents = system
                .fetch_case_documents(&team_case(&team.id, *week))
                .map_err(sync_error)?;
            let mut guard = self.guard();
            let now = guard.now;
            let (db, session) = guard.unlocked()?;
            let mut tx = session.begin(db)?;
            let mut pinned = tx
                .get(&keys::TEAM_KEYS, meta_keys::TEAM_KEYS)?
                .unwrap_or_default();
            let mut accepted = Vec::new();
            let mut refused = 0usize;
            for document in documents {
                let checked = if document.content.len() > limits::REPORT_MAX_BYTES {
                    Err(TeamRefusal::TooLarge)
                } else {
                    tx.session
                        .keys
                        .open_addressed(&document.content)
                        .ok_or(TeamRefusal::Unreadable)
                        .and_then(|plain| envelope::verify(&plain, &team.id, *week, now))
                        .and_then(|verified| {
                            pinned
                                .admit(&verified.report.reporter, &verified.key, now)
                                .map(|()| verified)
                        })
                };
                match checked {
                    Ok(verified) => {
                        outcome.withheld_texts += verified.withheld;
                        accepted.push(verified.report);
                    }
                    Err(refusal) => {
                        refused += 1;
                        outcome.refused.push((document.document_id, refusal));
                    }
                }
            }
            tx.put(&keys::TEAM_KEYS, meta_keys::TEAM_KEYS, &pinned)?;
            for report in &accepted {
                let key = tx
                    .session
                    .keys
                    .bucket(&format!("team:{}:{}", report.week, report.reporter));
                let existing = tx.get(&TEAM_REPORT_TABLE, key).ok().flatten();
                if existing
                    .as_ref()
                    .is_some_and(|e: &WeeklyReport| e.generated_at >= report.generated_at)
                {
                    continue;
                }
                tx.put(&TEAM_REPORT_TABLE, key, report)?;
            }
            tx.audit(NewRecord {
                at: now,
                action: AuditAction::Export,
                entry: None,
                reason: format!(
                    "team-reports-fetched:{week};accepted:{};refused:{refused}",
                    accepted.len(),
                ),
            })?;
            tx.commit()?;
            outcome.accepted += accepted.len() as u32;
        }
        Ok(outcome)
    }

    /// The reports this team lead has accepted, latest per worker and week.
    fn team_reports(&self) -> Result<Vec<WeeklyReport>> {
        let mut guard = self.guard();
        let (db, session) = guard.unlocked()?;
        let mut reports = Vec::new();
        session
            .reader(db)?
            .for_each(&TEAM_REPORT_TABLE, |_, report| {
                reports.extend(report);
                Ok(())
            })?;
        Ok(reports)
    }

    /// The team summary of `week`, merged from the accepted reports: each worker counted once.
    pub fn summary(&self, week: IsoWeek) -> Result<WeekSummary> {
        let reports = self.team_reports()?;
        let mut by_week: BTreeMap<IsoWeek, WeekCounts> = BTreeMap::new();
        for report in &reports {
            by_week
                .entry(report.week)
                .or_default()
                .merge(&report.counts);
        }
        let this_week: Vec<&WeeklyReport> = reports.iter().filter(|r| r.week == week).collect();
        let reporters = this_week
            .iter()
            .map(|r| r.reporter.as_str())
            .collect::<BTreeSet<_>>()
            .len() as u32;
        let mut trends: Vec<ReleasedTrend> = this_week
            .iter()
            .flat_map(|r| r.trends.iter().cloned())
            .collect();
        trends.sort_by(|a, b| (a.theme, &a.text).cmp(&(b.theme, &b.text)));
        let threshold = self.guard().unlocked()?.1.settings.suppression_threshold;
        Ok(summarise(
            week,
            reporters,
            |w| by_week.get(&w).cloned().unwrap_or_default(),
            trends,
            threshold,
        ))
    }
}

fn sync_error(err: TransportError) -> Error {
    Error::Sync(crate::sync::SyncProblem::from(&err))
}

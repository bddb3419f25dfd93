//! A team that exists only to practise with: three made-up colleagues for a team lead in the
//! training mode, whose weekly reports are made exactly as real ones are.
//!
//! Each colleague is a vault of its own, in memory, with notes over the last weeks. Their
//! reports are signed with their keys and encrypted to the lead, and wait in an in-memory case
//! system ([`ExampleTeam`] implements [`CaseSystem`]). The lead fetches them like real reports:
//! the first fetch refuses them as signed by new keys, the lead compares the fingerprints the
//! colleagues "read out" ([`ExampleTeam::colleagues`]) and accepts them, and the next fetch
//! merges them. Nothing of the colleagues' vaults is kept but these reports.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use super::team_case;
use crate::error::Result;
use crate::model::{EntryContent, Platform, Role, Theme};
use crate::profile::Profile;
use crate::sync::{
    CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, TeamLink, TransportError,
};
use crate::time::IsoWeek;
use crate::vault::{Vault, VaultOptions};

/// The team id of the example team's connection profile.
pub const EXAMPLE_TEAM: &str = "oefenteam";

/// How many complete weeks before this one the colleagues have notes for.
pub const EXAMPLE_WEEKS: u32 = 6;

/// A made-up colleague, as the lead gets to know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleColleague {
    /// The pseudonym the colleague chose (shown in training only; reports carry the device id).
    pub pseudonym: String,
    /// The device id the lead's screen names the colleague by.
    pub reporter: String,
    /// What the colleague reads out: the fingerprint of their signing key.
    pub fingerprint: String,
}

/// The example team's reports, ready to be fetched.
pub struct ExampleTeam {
    colleagues: Vec<ExampleColleague>,
    /// (case id, document): one report per colleague and week.
    documents: Vec<(String, FetchedDocument)>,
}

/// Which themes a colleague noted in a week: (theme, notes) for colleague `colleague` (0–2)
/// `weeks_ago` weeks before this one (0 is this week). Chosen so that the team view shows what
/// it is for: a theme only the team sees (three colleagues with one note each), a theme that
/// comes up in the last complete week, and themes too small to publish.
fn notes(colleague: usize, weeks_ago: u32) -> Vec<(Theme, u32)> {
    let mut notes = vec![(Theme::PlannedFight, 1)];
    match weeks_ago {
        1 => notes.push((Theme::Polarisation, 2)),
        2 if colleague == 0 => notes.push((Theme::Polarisation, 1)),
        _ => {}
    }
    if colleague == 1 && weeks_ago % 2 == 1 {
        notes.push((Theme::Recruitment, 1));
    }
    if colleague == 2 && weeks_ago <= 2 {
        notes.push((Theme::Disinformation, 1));
    }
    notes
}

/// The connection profile the colleagues (and a lead without one) use: a made-up municipality,
/// `team` as theirs, the team's recipient also as the municipality's (the training never
/// reaches it).
fn profile_text(team: &TeamLink) -> String {
    serde_json::json!({
        "format": "leefwereld-connection/1",
        "municipality": "Oefengemeente",
        "catalogi_url": "https://zaken.oefengemeente.example/catalogi/api/v1",
        "zaken_url": "https://zaken.oefengemeente.example/zaken/api/v1",
        "documenten_url": "https://zaken.oefengemeente.example/documenten/api/v1",
        "client_id": "leefwereld-oefenteam",
        "secret": "alleen-om-te-oefenen-nooit-verstuurd",
        "bronorganisatie": "002220647",
        "zaaktype": "LW-SIGNAAL",
        "informatieobjecttype": "Leefwereld-notitie",
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "recipients": [team.recipient],
        "team": { "id": team.id, "recipient": team.recipient },
    })
    .to_string()
}

/// A passphrase for a colleague's vault that nobody needs to know, thrown away with the vault.
fn throwaway_passphrase() -> zeroize::Zeroizing<String> {
    let random = || uuid::Uuid::new_v4().simple().to_string();
    zeroize::Zeroizing::new(format!("{} {}", random(), random()))
}

impl ExampleTeam {
    /// Makes the colleagues of `lead`'s team and their reports of this week and the
    /// [`EXAMPLE_WEEKS`] before it. A lead without a connection profile gets the example team's
    /// (a made-up municipality the training never reaches); a lead with one keeps it, and the
    /// colleagues use its team (reports for another lead's key are refused as unreadable).
    pub fn join(lead: &Vault) -> Result<ExampleTeam> {
        let team = match lead.connection().profile()? {
            Some(profile) => profile.team.ok_or(crate::Error::NoTeam)?,
            None => {
                let team = TeamLink {
                    id: EXAMPLE_TEAM.into(),
                    recipient: lead.recipient()?,
                };
                lead.connection().import(&profile_text(&team))?;
                team
            }
        };
        let text = profile_text(&team);
        let clock = lead.clock();
        let now = clock.now();
        let this_week = IsoWeek::of(now);
        let mut colleagues = Vec::new();
        let mut documents = Vec::new();
        for colleague in 0..3 {
            let pseudonym = format!("JW-Oefen-{}", colleague + 1);
            let vault = Vault::create_in_memory(
                &throwaway_passphrase(),
                Profile {
                    role: Role::YouthWorker,
                    organisation: "Jongerenwerk Oefenstad".into(),
                    pseudonym: pseudonym.clone(),
                    language: lead.language(),
                },
                VaultOptions {
                    work_factor: crate::WORK_FACTOR_MIN,
                    clock: Arc::clone(&clock),
                },
            )?;
            vault.connection().import(&text)?;
            for weeks_ago in 0..=EXAMPLE_WEEKS {
                let week = this_week.minus(weeks_ago);
                for (theme, count) in notes(colleague, weeks_ago) {
                    for n in 0..count {
                        let at = observed(week, colleague, n, now);
                        let text = format!("Oefennotitie van {pseudonym}");
                        vault.entries().capture(
                            EntryContent::trend(theme, Platform::TikTok, text, at),
                            vec![],
                        )?;
                    }
                }
                let report = vault.team().weekly_report(week)?;
                documents.push((
                    team_case(&team.id, week),
                    FetchedDocument {
                        document_id: format!("LW-R-OEFEN-{}-{week}", colleague + 1),
                        content: vault.team().sealed_report(&report)?,
                    },
                ));
            }
            colleagues.push(ExampleColleague {
                pseudonym,
                reporter: vault.device_id()?,
                fingerprint: vault.team().signing_fingerprint()?,
            });
        }
        Ok(ExampleTeam {
            colleagues,
            documents,
        })
    }

    /// The colleagues, with the fingerprint each would read out to the lead.
    pub fn colleagues(&self) -> &[ExampleColleague] {
        &self.colleagues
    }
}

/// When a colleague saw note `n` of `week`: spread over the week's days, never after `now`.
fn observed(week: IsoWeek, colleague: usize, n: u32, now: DateTime<Utc>) -> DateTime<Utc> {
    let offset = Duration::hours(10 + 30 * colleague as i64 + 7 * i64::from(n));
    (week.start() + offset).min(now - Duration::minutes(1))
}

/// The example team only holds reports: it takes no deliveries.
fn training_only() -> TransportError {
    TransportError::Rejected {
        status: 400,
        detail: "the example team only holds weekly reports".into(),
        invalid_params: Vec::new(),
    }
}

impl CaseSystem for ExampleTeam {
    fn deliver(
        &self,
        _: &Delivery,
        _: &mut dyn FnMut(DeliveryStep),
    ) -> std::result::Result<Receipt, TransportError> {
        Err(training_only())
    }

    fn retract(
        &self,
        _: &str,
        _: &str,
        _: &mut dyn FnMut(DeliveryStep),
    ) -> std::result::Result<(), TransportError> {
        Err(training_only())
    }

    fn fetch_case_documents(
        &self,
        case_id: &str,
    ) -> std::result::Result<Vec<FetchedDocument>, TransportError> {
        Ok(self
            .documents
            .iter()
            .filter(|(case, _)| case == case_id)
            .map(|(_, document)| document.clone())
            .collect())
    }
}

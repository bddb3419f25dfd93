//! A worker's vault connected to a municipality's ZGW test server, and a population of notes
//! of every sharing situation: what the sync tests share, withdraw and then look for on the
//! server.
#![allow(dead_code)]

pub mod checks;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use leefwereld_core::share::Blocker;
use leefwereld_core::sync::{ConnectionProfile, SyncEvent, SyncReport};
use leefwereld_core::{
    AgeBand, Clock, Decision, EntryContent, EntryId, EntryKind, Error, ManualClock, Partner,
    Platform, SourceType, Theme, Vault,
};
use leefwereld_tests::municipality::{
    Municipality, parent_consent, trend_release, young_person_consent,
};
use leefwereld_tests::zgw::{ServerConfig, ZgwServer};
use leefwereld_tests::{PASSPHRASE, fast_options, youth_worker};
use leefwereld_zgw::ZgwClient;

/// How long the client waits for one HTTP call: short, so a slow answer becomes a timeout.
pub const TIMEOUT: Duration = Duration::from_millis(1500);
/// How long a slow answer takes: longer than [`TIMEOUT`].
pub const SLOW: Duration = Duration::from_millis(2500);

/// The moment the worker starts; the clock only moves when a test moves it.
pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T15:00:00+01:00")
        .expect("valid time")
        .with_timezone(&Utc)
}

/// The worker's vault (which can be closed and reopened), the municipality and its server.
pub struct World {
    dir: tempfile::TempDir,
    pub clock: Arc<ManualClock>,
    vault: Option<Vault>,
    pub server: ZgwServer,
    pub town: Municipality,
    pub profile: ConnectionProfile,
}

impl World {
    /// A fresh vault with the municipality's connection profile imported.
    pub fn new() -> World {
        World::with_server(ServerConfig::default())
    }

    /// The same, with a server configured as `config` says.
    pub fn with_server(config: ServerConfig) -> World {
        let server = ZgwServer::start(config);
        let town = Municipality::new();
        let dir = tempfile::tempdir().expect("temp dir");
        let clock = Arc::new(ManualClock::new(start()));
        let vault = Vault::create(
            dir.path().join("vault"),
            PASSPHRASE,
            youth_worker(),
            fast_options(clock.clone() as Arc<dyn Clock>),
        )
        .expect("create vault");
        let profile = vault
            .connection()
            .import(&town.profile_json(&server))
            .expect("the profile for a loopback server is valid");
        World {
            dir,
            clock,
            vault: Some(vault),
            server,
            town,
            profile,
        }
    }

    pub fn vault(&self) -> &Vault {
        self.vault.as_ref().expect("the vault is open")
    }

    /// A client as the app makes one for a sync run: pseudonymous device id, organisation.
    pub fn client(&self) -> ZgwClient {
        let vault = self.vault();
        ZgwClient::new(
            &self.profile,
            &vault.device_id().expect("unlocked"),
            &vault.profile().expect("unlocked").organisation,
            TIMEOUT,
        )
    }

    /// One sync run with a fresh client.
    pub fn sync(&self, force: bool) -> SyncReport {
        self.sync_with(force, &mut |_| {})
    }

    pub fn sync_with(&self, force: bool, on_event: &mut dyn FnMut(SyncEvent)) -> SyncReport {
        self.vault()
            .outbox()
            .sync_now(&self.client(), force, on_event)
            .expect("the vault records every outcome")
    }

    /// Closes the vault and opens and unlocks it again, as after the app was killed.
    pub fn restart(&mut self) {
        drop(self.vault.take());
        let vault = Vault::open_with(
            self.dir.path().join("vault"),
            fast_options(self.clock.clone() as Arc<dyn Clock>),
        )
        .expect("reopen vault");
        vault.unlock(PASSPHRASE).expect("unlock");
        self.vault = Some(vault);
    }

    /// Moves the clock to when the next waiting item is due (when that is later than now).
    pub fn wait_for_next_due(&self) {
        if let Some(due) = self.vault().outbox().next_due().expect("outbox") {
            let now = self.clock.now();
            if due > now {
                self.clock.advance(due - now);
            }
        }
    }
}

/// What a note is for in the sync tests: which sharing situation it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plan {
    /// A signal about a young person of 16 or 17 who consented in person; findings resolved.
    Signal,
    /// A signal about a child of 14 whose parent consented; findings resolved.
    ChildSignal,
    /// A trend the worker released; findings resolved.
    Trend,
    /// A signal without any consent.
    NoConsent,
    /// A signal consented for the police and school only.
    OutOfScope,
    /// A consented signal whose findings the worker never resolved.
    Unresolved,
    /// A signal about a child of 14 with only the child's own consent.
    ParentNeeded,
    /// A signal that was shared and then withdrawn before any sync ran.
    WithdrawnBeforeSync,
}

impl Plan {
    /// Whether `share` accepts it.
    pub fn shareable(self) -> bool {
        matches!(
            self,
            Plan::Signal | Plan::ChildSignal | Plan::Trend | Plan::WithdrawnBeforeSync
        )
    }

    /// Why `share` refuses it.
    pub fn blocker(self) -> Option<Blocker> {
        match self {
            Plan::NoConsent => Some(Blocker::NoConsent),
            Plan::OutOfScope => Some(Blocker::OutOfScope),
            Plan::Unresolved => Some(Blocker::UnresolvedFindings),
            Plan::ParentNeeded => Some(Blocker::ParentNeeded),
            _ => None,
        }
    }
}

/// One note in the vault and what must never travel in the clear.
#[derive(Clone, Debug)]
pub struct Note {
    pub id: EntryId,
    pub plan: Plan,
    pub kind: EntryKind,
    /// A phrase in the note's text that is no identifier: it travels only inside the
    /// encrypted document of a shared note, and never for an unshared one.
    pub marker: String,
    /// The identifiers in the note (alias, phone number, handle): they never travel at all.
    pub identifiers: Vec<String>,
}

/// Three consonants for `n` (0 ≤ n < 8 000): no minimiser pattern matches them. Consonants
/// only, so they never spell a short name that the minimiser flags in lower case ("ali").
fn letters(n: usize) -> String {
    const CONSONANTS: &[u8; 20] = b"bcdfghjklmnpqrstvwxz";
    let a = |k: usize| char::from(CONSONANTS[k % CONSONANTS.len()]);
    [a(n / 400), a(n / 20), a(n)].iter().collect()
}

const ALIASES: [&str; 8] = [
    "Jaylano", "Yasmina", "Ilyasse", "Rayvenno", "Fennalie", "Mauricio", "Shaniqua", "Dewaniel",
];
const THEMES: [Theme; 4] = [
    Theme::PlannedFight,
    Theme::Exploitation,
    Theme::Recruitment,
    Theme::YouthGroups,
];
const PLATFORMS: [Platform; 4] = [
    Platform::Snapchat,
    Platform::Instagram,
    Platform::TikTok,
    Platform::Telegram,
];

/// A note before the vault gave it an id.
struct Draft {
    plan: Plan,
    kind: EntryKind,
    marker: String,
    identifiers: Vec<String>,
}

fn content(n: usize, plan: Plan, now: DateTime<Utc>) -> (EntryContent, Draft) {
    let marker = format!("kenmerk {}", letters(n));
    let theme = THEMES[n % THEMES.len()];
    let platform = PLATFORMS[n % PLATFORMS.len()];
    if plan == Plan::Trend {
        let handle = format!("@wijkstreken{}", letters(n));
        let observed = now - chrono::Duration::days(7 * ((n / 5) % 4) as i64 + 1);
        let text =
            format!("Veel jongeren delen filmpjes van {handle} met een nieuwe challenge, {marker}");
        let content = EntryContent::trend(theme, platform, text, observed);
        let note = Draft {
            plan,
            kind: EntryKind::Trend,
            marker,
            identifiers: vec![handle],
        };
        return (content, note);
    }
    let alias = format!("{}{}", ALIASES[n % ALIASES.len()], letters(n));
    let phone = format!("06-3{:07}", 1000 + n * 37);
    let child = matches!(plan, Plan::ChildSignal | Plan::ParentNeeded);
    let age = if child { 14 } else { 16 };
    let text = format!(
        "{alias} ({age}) stuurt vanaf {phone} berichten over een afspraak bij het winkelcentrum, {marker}"
    );
    let mut content = EntryContent::signal(
        theme,
        platform,
        SourceType::DirectContact,
        text,
        format!("{alias} vertelde het zelf tijdens het inloopuur"),
        now - chrono::Duration::minutes(n as i64 + 5),
    );
    content.neighbourhood = "Zuidwijk".into();
    content.aliases = vec![alias.clone()];
    content.age_band = Some(if child {
        AgeBand::From12To15
    } else {
        AgeBand::From16To17
    });
    let note = Draft {
        plan,
        kind: EntryKind::Signaal,
        marker,
        identifiers: vec![alias, phone],
    };
    (content, note)
}

/// Captures one note per plan (in one batch, as an import does), then records consent and
/// resolves findings as each plan says. Shares nothing yet.
pub fn populate(vault: &Vault, plans: &[Plan]) -> Vec<Note> {
    let now = vault.now();
    let (contents, drafts): (Vec<_>, Vec<_>) = plans
        .iter()
        .enumerate()
        .map(|(n, plan)| content(n, *plan, now))
        .unzip();
    let ids = vault
        .entries()
        .capture_batch(contents)
        .expect("capture the notes");
    let notes: Vec<Note> = drafts
        .into_iter()
        .zip(ids)
        .map(|(d, id)| Note {
            id,
            plan: d.plan,
            kind: d.kind,
            marker: d.marker,
            identifiers: d.identifiers,
        })
        .collect();
    let municipality = vec![Partner::MunicipalityOov, Partner::YouthWork];
    for note in &notes {
        let id = note.id;
        let consent = match note.plan {
            Plan::Signal | Plan::Unresolved | Plan::ParentNeeded | Plan::WithdrawnBeforeSync => {
                Some(young_person_consent(now, municipality.clone()))
            }
            Plan::ChildSignal => Some(parent_consent(now, municipality.clone())),
            Plan::Trend => Some(trend_release(now)),
            Plan::OutOfScope => Some(young_person_consent(
                now,
                vec![Partner::Police, Partner::School],
            )),
            Plan::NoConsent => None,
        };
        if let Some(consent) = consent {
            vault
                .sharing()
                .record_consent(id, consent)
                .expect("consent");
        }
        if note.plan != Plan::Unresolved {
            let resolved = vault
                .sharing()
                .decide_all_findings(id, Decision::Redact)
                .expect("decide");
            assert!(resolved >= 1, "every note has an identifier to remove");
        }
    }
    notes
}

/// The plans of a population of `n` notes: mostly shareable signals and trends, with every
/// kind of note that must never arrive mixed in.
pub fn mixed_plans(n: usize) -> Vec<Plan> {
    const CYCLE: [Plan; 20] = [
        Plan::Signal,
        Plan::Trend,
        Plan::Signal,
        Plan::NoConsent,
        Plan::Signal,
        Plan::Trend,
        Plan::ChildSignal,
        Plan::OutOfScope,
        Plan::Signal,
        Plan::Trend,
        Plan::Signal,
        Plan::Unresolved,
        Plan::Signal,
        Plan::Trend,
        Plan::ChildSignal,
        Plan::ParentNeeded,
        Plan::Signal,
        Plan::Trend,
        Plan::Signal,
        Plan::WithdrawnBeforeSync,
    ];
    CYCLE.iter().copied().cycle().take(n).collect()
}

/// What was shared, as the worker saw it in the preview.
#[derive(Clone, Debug)]
pub struct Shared {
    /// Index of the note in the population.
    pub note: usize,
    /// The document's `identificatie` (the payload's `reference`).
    pub reference: String,
    /// The exact JSON the preview showed.
    pub json: String,
    /// Still meant to be at the municipality (not withdrawn).
    pub live: bool,
}

/// Every share made, by reference.
#[derive(Default)]
pub struct Ledger {
    pub shares: BTreeMap<String, Shared>,
}

impl Ledger {
    /// Previews and shares note `index` with the municipality, keeping what the preview showed.
    pub fn share(&mut self, vault: &Vault, notes: &[Note], index: usize) -> Result<String, Error> {
        let note = &notes[index];
        let preview = vault.sharing().preview(note.id, Partner::MunicipalityOov)?;
        vault.sharing().share(note.id, Partner::MunicipalityOov)?;
        let reference = preview.payload.reference.clone();
        self.shares.insert(
            reference.clone(),
            Shared {
                note: index,
                reference: reference.clone(),
                json: preview.json,
                live: true,
            },
        );
        Ok(reference)
    }

    /// Withdraws the consent of note `index`; its shares are no longer meant to be there.
    pub fn withdraw(&mut self, vault: &Vault, notes: &[Note], index: usize) -> u32 {
        let queued = vault
            .sharing()
            .withdraw_consent(notes[index].id)
            .expect("withdraw consent");
        for share in self.shares.values_mut().filter(|s| s.note == index) {
            share.live = false;
        }
        queued
    }

    pub fn live(&self) -> impl Iterator<Item = &Shared> {
        self.shares.values().filter(|s| s.live)
    }

    pub fn of_note(&self, index: usize) -> Option<&Shared> {
        self.shares.values().find(|s| s.note == index)
    }
}

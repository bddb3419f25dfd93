//! Shared set-up for the core's behaviour tests.
#![allow(dead_code)]

pub mod cases;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use leefwereld_core::{
    Clock, EntryContent, Lang, ManualClock, Platform, Profile, Role, SourceType, Theme, Vault,
    VaultOptions, WORK_FACTOR_MIN,
};

pub const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";
pub const OTHER_PASSPHRASE: &str = "zeilboot lantaarn kaasschaaf";

pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
        .unwrap()
        .with_timezone(&Utc)
}

pub fn profile() -> Profile {
    Profile {
        role: Role::YouthWorker,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language: Lang::Nl,
    }
}

pub fn options(clock: &Arc<ManualClock>) -> VaultOptions {
    VaultOptions {
        work_factor: WORK_FACTOR_MIN,
        clock: clock.clone() as Arc<dyn Clock>,
    }
}

/// A fresh vault in a temporary folder, unlocked, with a manual clock.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub clock: Arc<ManualClock>,
    pub vault: Vault,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(ManualClock::new(start()));
        let vault = Vault::create(
            dir.path().join("vault"),
            PASSPHRASE,
            profile(),
            options(&clock),
        )
        .unwrap();
        Fixture { dir, clock, vault }
    }

    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("vault")
    }

    /// Closes the vault and opens it again (locked), as after an app restart.
    pub fn reopen(self) -> Fixture {
        let Fixture { dir, clock, vault } = self;
        drop(vault);
        let vault = Vault::open_with(dir.path().join("vault"), options(&clock)).unwrap();
        Fixture { dir, clock, vault }
    }
}

pub fn trend(text: &str) -> EntryContent {
    EntryContent::trend(Theme::Borderline, Platform::TikTok, text, start())
}

pub fn signal(text: &str, reason: &str) -> EntryContent {
    let mut content = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        text,
        reason,
        start(),
    );
    content.neighbourhood = "Zuidwijk".into();
    content
}

/// Every byte of every file under `dir`.
pub fn all_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        out.extend(std::fs::read(entry).unwrap_or_default());
    }
    out
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    if let Ok(read) = std::fs::read_dir(dir) {
        for entry in read.flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A municipality: its age identity (to read shared documents) and a connection profile
/// pointing at it.
pub struct Municipality {
    pub identity: String,
    pub profile_json: String,
}

pub fn municipality() -> Municipality {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let profile_json = serde_json::json!({
        "format": "leefwereld-connection/1",
        "municipality": "Gemeente Voorbeeldstad",
        "catalogi_url": "https://zaken.voorbeeldstad.nl/catalogi/api/v1",
        "zaken_url": "https://zaken.voorbeeldstad.nl/zaken/api/v1",
        "documenten_url": "https://zaken.voorbeeldstad.nl/documenten/api/v1",
        "client_id": "leefwereld-jw-zuid",
        "secret": "een-lang-gedeeld-geheim-van-de-gemeente",
        "bronorganisatie": "002220647",
        "zaaktype": "LW-SIGNAAL",
        "informatieobjecttype": "Leefwereld-notitie",
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "recipients": [recipient],
    })
    .to_string();
    Municipality {
        identity: identity.to_string().expose_secret().to_owned(),
        profile_json,
    }
}

/// The team lead accepts every colleague's key that waits (after comparing fingerprints, which
/// a test does by trusting them); returns how many were accepted.
pub fn accept_waiting_keys(lead: &leefwereld_core::Vault) -> usize {
    let waiting: Vec<_> = lead
        .team()
        .keys()
        .unwrap()
        .into_iter()
        .filter_map(|k| k.waiting.map(|f| (k.reporter, f)))
        .collect();
    for (reporter, fingerprint) in &waiting {
        lead.team().accept_key(reporter, fingerprint).unwrap();
    }
    waiting.len()
}

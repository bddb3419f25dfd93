//! What the fuzz targets share: a vault as an attacker finds it on disk, a team lead with a
//! colleague's accepted key, and a hostile ZGW server on loopback. Each is made once per
//! process (libFuzzer runs a target's function millions of times in one process).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use leefwereld_core::share::payload::encrypt_to;
use leefwereld_core::sync::{
    CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, TransportError,
};
use leefwereld_core::{
    Attachment, Clock, EntryContent, Error, IsoWeek, Lang, ListFilter, ManualClock, Platform,
    Profile, Role, SourceType, Theme, Vault, VaultOptions, WORK_FACTOR_MIN,
};

pub const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";

pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
        .unwrap()
        .with_timezone(&Utc)
}

pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(start()))
}

pub fn options(clock: &Arc<ManualClock>) -> VaultOptions {
    VaultOptions {
        work_factor: WORK_FACTOR_MIN,
        clock: clock.clone() as Arc<dyn Clock>,
    }
}

pub fn profile(role: Role, pseudonym: &str) -> Profile {
    Profile {
        role,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: pseudonym.into(),
        language: Lang::Nl,
    }
}

/// The connection profile of the test fixtures, with a team whose lead is `lead`.
pub fn connection_profile(lead: Option<&str>) -> String {
    let municipality = age::x25519::Identity::generate().to_public().to_string();
    let mut value = serde_json::json!({
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
        "recipients": [municipality],
    });
    if let Some(lead) = lead {
        value["team"] = serde_json::json!({ "id": TEAM, "recipient": lead });
    }
    value.to_string()
}

// ---------------------------------------------------------------------------------------------
// The vault on disk

/// A closed vault with trends, an edited entry and a deleted signal with an attachment: what an
/// attacker with the phone's storage finds.
pub struct Pristine {
    _dir: tempfile::TempDir,
    pub files: Vec<(String, Vec<u8>)>,
    clock: Arc<ManualClock>,
    work: tempfile::TempDir,
    runs: AtomicUsize,
}

impl Pristine {
    pub fn new() -> Pristine {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault");
        let clock = clock();
        {
            let vault = Vault::create(
                &path,
                PASSPHRASE,
                profile(Role::YouthWorker, "JW-07"),
                options(&clock),
            )
            .unwrap();
            vault
                .entries()
                .capture(
                    EntryContent::trend(Theme::Borderline, Platform::TikTok, "Challenge", start()),
                    vec![],
                )
                .unwrap();
            let signal = vault
                .entries()
                .capture(
                    EntryContent::signal(
                        Theme::PlannedFight,
                        Platform::Snapchat,
                        SourceType::DirectContact,
                        "Afspraak om te vechten",
                        "Groepen roepen op",
                        start(),
                    ),
                    vec![Attachment {
                        name: "scherm.png".into(),
                        media_type: "image/png".into(),
                        bytes: vec![0x89, b'P', b'N', b'G', 1, 2, 3],
                    }],
                )
                .unwrap();
            let edited = vault
                .entries()
                .capture(
                    EntryContent::trend(Theme::Other, Platform::Instagram, "Nieuwe app", start()),
                    vec![],
                )
                .unwrap();
            let mut content = edited.content.clone();
            content.text = "Nieuwe app in groep 8".into();
            vault.entries().edit(edited.id, content, vec![]).unwrap();
            vault.entries().delete(signal.id).unwrap();
        }
        let files = std::fs::read_dir(&path)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        Pristine {
            _dir: dir,
            files,
            clock,
            work: tempfile::tempdir().unwrap(),
            runs: AtomicUsize::new(0),
        }
    }

    pub fn file(&self, name: &str) -> &[u8] {
        &self.files.iter().find(|(n, _)| n == name).unwrap().1
    }

    /// A fresh copy of the vault's folder with `name` replaced by `bytes` (if given).
    pub fn copy(&self, replace: Option<(&str, &[u8])>) -> PathBuf {
        let dir = self
            .work
            .path()
            .join(self.runs.fetch_add(1, Ordering::Relaxed).to_string());
        std::fs::create_dir_all(&dir).unwrap();
        for (file, bytes) in &self.files {
            let bytes = match replace {
                Some((name, new)) if name == file => new,
                _ => bytes.as_slice(),
            };
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        dir
    }

    /// Opens and unlocks `dir`, then reads everything a worker could ask for. Every step may
    /// fail with a typed error; none may panic.
    pub fn use_vault(&self, dir: &Path) -> Result<(), Error> {
        let result = (|| {
            let vault = Vault::open_with(dir, options(&self.clock))?;
            vault.unlock(PASSPHRASE)?;
            let page = vault.entries().list(&ListFilter::default(), 0, 50)?;
            for item in &page.items {
                let _ = vault.entries().get(item.id);
                let _ = vault.entries().revisions(item.id);
            }
            let search = ListFilter {
                search: Some("vecht".into()),
                ..ListFilter::default()
            };
            vault.entries().list(&search, 0, 50)?;
            vault.audit().verify()?;
            vault.settings()?;
            Ok(())
        })();
        let _ = std::fs::remove_dir_all(dir);
        result
    }
}

impl Default for Pristine {
    fn default() -> Self {
        Self::new()
    }
}

/// libFuzzer's basic edits, for the structure-aware targets.
#[derive(Clone, Debug, arbitrary::Arbitrary)]
pub enum Edit {
    Set(u32, u8),
    Flip(u32, u8),
    Insert(u32, Vec<u8>),
    Remove(u32, u8),
    Truncate(u32),
}

pub fn mutate(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for edit in edits {
        let len = out.len();
        let at = |i: &u32, extra: usize| (*i as usize) % (len + extra);
        match edit {
            Edit::Set(i, b) if len > 0 => out[at(i, 0)] = *b,
            Edit::Flip(i, bit) if len > 0 => out[at(i, 0)] ^= 1 << (bit % 8),
            Edit::Insert(i, bytes) => {
                let p = at(i, 1);
                out.splice(p..p, bytes.iter().copied());
            }
            Edit::Remove(i, n) if len > 0 => {
                let start = at(i, 0);
                let end = (start + 1 + *n as usize).min(len);
                out.drain(start..end);
            }
            Edit::Truncate(i) => out.truncate(at(i, 1)),
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// A team lead

pub const TEAM: &str = "jw-zuid";

/// A case system in memory: the team's zaak with one planted document.
#[derive(Default)]
pub struct Zaak {
    pub documents: Mutex<Vec<FetchedDocument>>,
}

impl CaseSystem for Zaak {
    fn deliver(
        &self,
        d: &Delivery,
        _progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError> {
        self.documents.lock().unwrap().push(FetchedDocument {
            document_id: d.document_id.clone(),
            content: d.content.clone(),
        });
        Ok(Receipt {
            case_url: format!("mem:{}", d.case_id),
            document_url: format!("mem:{}", d.document_id),
            link_url: None,
        })
    }

    fn retract(
        &self,
        _case: &str,
        _document: &str,
        _progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError> {
        Ok(())
    }

    fn fetch_case_documents(&self, _case: &str) -> Result<Vec<FetchedDocument>, TransportError> {
        Ok(self
            .documents
            .lock()
            .unwrap()
            .iter()
            .map(|d| FetchedDocument {
                document_id: d.document_id.clone(),
                content: d.content.clone(),
            })
            .collect())
    }
}

/// A lead who has accepted one colleague's key and counted that colleague's real report.
pub struct Lead {
    _dirs: Vec<tempfile::TempDir>,
    pub vault: Vault,
    pub recipient: String,
    pub zaak: Zaak,
    pub week: IsoWeek,
    pub total: u32,
}

impl Lead {
    pub fn new() -> Lead {
        let clock = clock();
        let lead_dir = tempfile::tempdir().unwrap();
        let vault = Vault::create(
            lead_dir.path().join("v"),
            PASSPHRASE,
            profile(Role::TeamLead, "TL-1"),
            options(&clock),
        )
        .unwrap();
        let recipient = vault.recipient().unwrap();
        vault
            .connection()
            .import(&connection_profile(Some(&recipient)))
            .unwrap();
        let worker_dir = tempfile::tempdir().unwrap();
        let worker = Vault::create(
            worker_dir.path().join("v"),
            PASSPHRASE,
            profile(Role::YouthWorker, "JW-1"),
            options(&clock),
        )
        .unwrap();
        worker
            .connection()
            .import(&connection_profile(Some(&recipient)))
            .unwrap();
        let week = IsoWeek::of(start());
        worker
            .entries()
            .capture(
                EntryContent::trend(Theme::Borderline, Platform::TikTok, "Echte trend", start()),
                vec![],
            )
            .unwrap();
        worker.team().queue_report(week).unwrap();
        let zaak = Zaak::default();
        worker.outbox().sync_now(&zaak, false, &mut |_| {}).unwrap();
        vault.team().fetch_reports(&zaak, &[week]).unwrap();
        for key in vault.team().keys().unwrap() {
            if let Some(waiting) = key.waiting {
                vault.team().accept_key(&key.reporter, &waiting).unwrap();
            }
        }
        assert_eq!(
            vault.team().fetch_reports(&zaak, &[week]).unwrap().accepted,
            1
        );
        let total = vault.team().summary(week).unwrap().total;
        Lead {
            _dirs: vec![lead_dir, worker_dir],
            vault,
            recipient,
            zaak,
            week,
            total,
        }
    }

    /// Puts `plaintext`, encrypted to the lead, in the zaak next to the real report, fetches,
    /// and checks that the real count stands. Returns whether the planted report was refused.
    pub fn receive(&self, plaintext: &[u8]) -> bool {
        let sealed = encrypt_to(std::slice::from_ref(&self.recipient), plaintext).unwrap();
        self.zaak.documents.lock().unwrap().push(FetchedDocument {
            document_id: "geplant".into(),
            content: sealed,
        });
        let outcome = self.vault.team().fetch_reports(&self.zaak, &[self.week]);
        self.zaak.documents.lock().unwrap().pop();
        let outcome = outcome.expect("fetching never fails on a planted document");
        assert_eq!(
            self.vault.team().summary(self.week).unwrap().total,
            self.total
        );
        outcome.refused.iter().any(|(id, _)| id == "geplant")
    }
}

impl Default for Lead {
    fn default() -> Self {
        Self::new()
    }
}

// ---------------------------------------------------------------------------------------------
// A hostile ZGW server: the one the stable fuzz test uses.

pub use leefwereld_tests::hostile::HostileServer;

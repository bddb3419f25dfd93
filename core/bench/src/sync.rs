//! The sync step: N entries shared with the municipality and delivered by `sync_now` to the ZGW
//! test server on loopback (real HTTP, a JWT per call, every request checked against the
//! OpenAPI specs), next to the same N deliveries into an in-memory case system. The difference
//! is what HTTP and the server cost; the in-memory run is what the vault itself costs.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use leefwereld_core::sync::{
    CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, SyncReport, TransportError,
};
use leefwereld_core::{Clock, Decision, EntryContent, EntryKind, ManualClock, Partner, Vault};
use leefwereld_tests::cases::MemoryCases;
use leefwereld_tests::municipality::{Municipality, trend_release, young_person_consent};
use leefwereld_tests::zgw::{ServerConfig, ZgwServer};
use leefwereld_tests::{PASSPHRASE, fast_options, youth_worker};
use leefwereld_zgw::ZgwClient;

use crate::measure::{dataset, fmt, now};

/// A case system that adds up the time spent in the calls of the one it wraps.
struct Timed<'a> {
    inner: &'a dyn CaseSystem,
    spent: Mutex<Duration>,
}

impl<'a> Timed<'a> {
    fn new(inner: &'a dyn CaseSystem) -> Self {
        Timed {
            inner,
            spent: Mutex::new(Duration::ZERO),
        }
    }

    fn time<T>(&self, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let result = f();
        *self.spent.lock().expect("timer") += start.elapsed();
        result
    }

    fn spent(&self) -> Duration {
        *self.spent.lock().expect("timer")
    }
}

impl CaseSystem for Timed<'_> {
    fn deliver(
        &self,
        delivery: &Delivery,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError> {
        self.time(|| self.inner.deliver(delivery, progress))
    }

    fn retract(
        &self,
        case_id: &str,
        document_id: &str,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError> {
        self.time(|| self.inner.retract(case_id, document_id, progress))
    }

    fn fetch_case_documents(&self, case_id: &str) -> Result<Vec<FetchedDocument>, TransportError> {
        self.time(|| self.inner.fetch_case_documents(case_id))
    }
}

/// A vault holding `data`, each entry consented and its findings resolved, then shared; returns
/// the time the consent-and-share part took.
fn shared_vault(data: &[EntryContent], profile: &str) -> (tempfile::TempDir, Vault, Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(ManualClock::new(now()));
    let vault = Vault::create(
        dir.path().join("vault"),
        PASSPHRASE,
        youth_worker(),
        fast_options(clock as Arc<dyn Clock>),
    )
    .expect("create");
    vault.connection().import(profile).expect("profile");
    let ids = vault
        .entries()
        .capture_batch(data.to_vec())
        .expect("populate");
    let start = Instant::now();
    for (id, content) in ids.into_iter().zip(data) {
        let consent = match content.kind {
            EntryKind::Signaal => {
                young_person_consent(now(), vec![Partner::MunicipalityOov, Partner::YouthWork])
            }
            EntryKind::Trend => trend_release(now()),
        };
        vault
            .sharing()
            .record_consent(id, consent)
            .expect("consent");
        vault
            .sharing()
            .decide_all_findings(id, Decision::Redact)
            .expect("decide");
        vault
            .sharing()
            .share(id, Partner::MunicipalityOov)
            .expect("share");
    }
    (dir, vault, start.elapsed())
}

fn timed_sync(vault: &Vault, system: &dyn CaseSystem) -> (SyncReport, Duration, Duration) {
    let timed = Timed::new(system);
    let start = Instant::now();
    let report = vault
        .outbox()
        .sync_now(&timed, false, &mut |_| {})
        .expect("sync");
    (report, start.elapsed(), timed.spent())
}

/// Shares and syncs `n` entries both ways and prints the table.
pub fn run(n: usize) {
    let data = dataset(n);
    let signals = data.iter().filter(|c| c.kind == EntryKind::Signaal).count();
    let server = ZgwServer::start(ServerConfig::default());
    let town = Municipality::new();
    let profile = town.profile_json(&server);

    let (_dir, vault, sharing) = shared_vault(&data, &profile);
    let connection = vault
        .connection()
        .profile()
        .expect("unlocked")
        .expect("imported");
    let client = ZgwClient::new(
        &connection,
        &vault.device_id().expect("unlocked"),
        &vault.profile().expect("unlocked").organisation,
        Duration::from_secs(30),
    );
    let (report, zgw_total, zgw_calls) = timed_sync(&vault, &client);
    assert_eq!(report.delivered as usize, n, "{report:?}");
    assert_eq!(server.documents().len(), n);
    assert!(server.refused_requests().is_empty());
    let requests = server.request_log().len();

    let (_dir, vault, _) = shared_vault(&data, &profile);
    let memory = MemoryCases::default();
    let (report, memory_total, memory_calls) = timed_sync(&vault, &memory);
    assert_eq!((report.delivered as usize, memory.len()), (n, n));

    let per = |d: Duration| fmt(d / n.max(1) as u32);
    println!(
        "### Sync: {n} shared entries ({signals} signals, {} trends)\n",
        n - signals
    );
    println!("| step | total | per entry | how |");
    println!("|---|---:|---:|---|");
    let row = |step: &str, d: Duration, how: &str| {
        println!("| {step} | {} | {} | {how} |", fmt(d), per(d));
    };
    row(
        "consent + decisions + share (preview, encrypt, queue)",
        sharing,
        "once, not part of sync",
    );
    row(
        "sync_now → ZGW test server on loopback",
        zgw_total,
        &format!(
            "once; {requests} requests ({:.1} per entry)",
            requests as f64 / n.max(1) as f64
        ),
    );
    row(
        "  of which in the ZGW client (HTTP, JWT, server checks)",
        zgw_calls,
        "sum over deliver calls",
    );
    row(
        "  of which in the vault (queue, outcomes, audit)",
        zgw_total.saturating_sub(zgw_calls),
        "the rest",
    );
    row(
        "sync_now → in-memory case system (alternative)",
        memory_total,
        "once, same deliveries, no HTTP",
    );
    row(
        "  of which in the vault (queue, outcomes, audit)",
        memory_total.saturating_sub(memory_calls),
        "the rest",
    );
    println!(
        "\nZGW over in-memory: {:.1}x; the server's schema validation runs in the same process.\n",
        zgw_total.as_secs_f64() / memory_total.as_secs_f64().max(1e-9)
    );
}

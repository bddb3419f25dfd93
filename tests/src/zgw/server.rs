//! The public handle of the ZGW test server: start it, ask it for its URLs, shape its
//! catalogue, inspect what it stored and logged, and inject faults.

use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;

use chrono::NaiveDate;
use tokio::sync::oneshot;
use uuid::Uuid;

use super::auth;
use super::faults::{Fault, FaultPlan, Matcher};
use super::http::serve;
use super::log::RequestRecord;
use super::openapi::Api;
use super::state::{
    Document, InformatieobjecttypeSpec, IotRow, Link, Store, Zaak, ZaaktypeRow, ZaaktypeSpec,
};

/// Who may call the server and what its catalogue starts with.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// The client id the JWT must carry (`client_id` claim).
    pub client_id: String,
    /// The shared HS256 secret of that client.
    pub secret: String,
    /// The RSIN of the organisation that owns the catalogue.
    pub rsin: String,
    /// `identificatie` of the published zaaktype the catalogue starts with.
    pub zaaktype_identificatie: String,
    /// `omschrijving` of the published informatieobjecttype, allowed for that zaaktype.
    pub informatieobjecttype_omschrijving: String,
    /// Default confidentiality of both types.
    pub vertrouwelijkheidaanduiding: String,
    /// Whether the client holds the scope `zaken.geforceerd-bijwerken`: without it, a closed
    /// zaak refuses every change (Open Zaak's `ZaakClosed`).
    pub force_update: bool,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            client_id: "leefwereld-test".into(),
            secret: "een-gedeeld-testgeheim-van-minstens-32-tekens".into(),
            rsin: "002220647".into(),
            zaaktype_identificatie: "LEEFWERELD-SIGNAAL".into(),
            informatieobjecttype_omschrijving: "Leefwereld-signaal".into(),
            vertrouwelijkheidaanduiding: "vertrouwelijk".into(),
            force_update: false,
        }
    }
}

/// A running ZGW test server (Catalogi, Zaken and Documenten under the Open Zaak prefixes).
/// Stops when dropped.
pub struct ZgwServer {
    base: String,
    config: ServerConfig,
    zaaktype_url: String,
    informatieobjecttype_url: String,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

pub(crate) struct Shared {
    pub(crate) client_id: String,
    pub(crate) secret: String,
    /// Seconds the server's clock is ahead of this machine's (negative: behind).
    clock_offset: AtomicI64,
    inner: Mutex<Inner>,
}

pub(crate) struct Inner {
    pub(crate) store: Store,
    pub(crate) log: Vec<RequestRecord>,
    pub(crate) faults: FaultPlan,
    /// The base the server's answers name instead of its own (see `advertise_base`).
    pub(crate) advertised: Option<String>,
}

impl ZgwServer {
    /// Starts the server on a random port of 127.0.0.1 with one published zaaktype that allows
    /// one published informatieobjecttype.
    pub fn start(config: ServerConfig) -> ZgwServer {
        let listener = StdListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let address: SocketAddr = listener.local_addr().expect("local address");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let base = format!("http://{address}");
        let shared = Arc::new(Shared {
            client_id: config.client_id.clone(),
            secret: config.secret.clone(),
            clock_offset: AtomicI64::new(0),
            inner: Mutex::new(Inner {
                store: Store {
                    force_update: config.force_update,
                    ..Store::new(base.clone(), config.rsin.clone())
                },
                log: Vec::new(),
                faults: FaultPlan::default(),
                advertised: None,
            }),
        });
        let (shutdown, stop) = oneshot::channel();
        let thread = std::thread::Builder::new()
            .name("zgw-server".into())
            .spawn({
                let shared = shared.clone();
                move || serve(listener, shared, stop)
            })
            .expect("spawn server thread");
        let mut server = ZgwServer {
            base,
            config: config.clone(),
            zaaktype_url: String::new(),
            informatieobjecttype_url: String::new(),
            shared,
            shutdown: Some(shutdown),
            thread: Some(thread),
        };
        let begin = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
        server.informatieobjecttype_url =
            server.add_informatieobjecttype(InformatieobjecttypeSpec {
                omschrijving: config.informatieobjecttype_omschrijving.clone(),
                concept: false,
                begin_geldigheid: begin,
                vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding.clone(),
            });
        server.zaaktype_url = server.add_zaaktype(ZaaktypeSpec {
            identificatie: config.zaaktype_identificatie.clone(),
            omschrijving: "Gedeeld signaal online leefwereld".into(),
            concept: false,
            begin_geldigheid: begin,
            einde_geldigheid: None,
            informatieobjecttypen: vec![server.informatieobjecttype_url.clone()],
            vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding.clone(),
        });
        server
    }

    pub fn config(&self) -> &ServerConfig {
        &self.config
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// The root URL of one API, e.g. `http://127.0.0.1:<port>/zaken/api/v1`.
    pub fn api_url(&self, api: Api) -> String {
        format!("{}{}", self.base, api.prefix())
    }

    pub fn catalogi_url(&self) -> String {
        self.api_url(Api::Catalogi)
    }

    pub fn zaken_url(&self) -> String {
        self.api_url(Api::Zaken)
    }

    pub fn documenten_url(&self) -> String {
        self.api_url(Api::Documenten)
    }

    pub fn catalogus_url(&self) -> String {
        self.lock().store.catalogus_url()
    }

    /// The published zaaktype of the configuration.
    pub fn zaaktype_url(&self) -> &str {
        &self.zaaktype_url
    }

    /// The published informatieobjecttype of the configuration.
    pub fn informatieobjecttype_url(&self) -> &str {
        &self.informatieobjecttype_url
    }

    /// Adds a zaaktype to the catalogue (a new version, a concept, another type) and returns
    /// its URL.
    pub fn add_zaaktype(&self, spec: ZaaktypeSpec) -> String {
        let mut inner = self.lock();
        let uuid = Uuid::new_v4();
        let relations = spec
            .informatieobjecttypen
            .iter()
            .map(|_| Uuid::new_v4())
            .collect();
        inner.store.zaaktypen.push(ZaaktypeRow {
            uuid,
            spec,
            relations,
            roltypen: Vec::new(),
            resultaattypen: Vec::new(),
            statustypen: Vec::new(),
        });
        inner.store.url(Api::Catalogi, "zaaktypen", uuid)
    }

    /// Adds an informatieobjecttype to the catalogue and returns its URL.
    pub fn add_informatieobjecttype(&self, spec: InformatieobjecttypeSpec) -> String {
        let mut inner = self.lock();
        let uuid = Uuid::new_v4();
        inner
            .store
            .informatieobjecttypen
            .push(IotRow { uuid, spec });
        inner
            .store
            .url(Api::Catalogi, "informatieobjecttypen", uuid)
    }

    /// A valid token for the configured client, issued now.
    pub fn token(&self) -> String {
        auth::mint_token(&self.config.client_id, &self.config.secret)
    }

    pub fn zaken(&self) -> Vec<Zaak> {
        let inner = self.lock();
        inner
            .store
            .zaken
            .iter()
            .map(|z| inner.store.zaak_view(z))
            .collect()
    }

    pub fn documents(&self) -> Vec<Document> {
        let inner = self.lock();
        inner
            .store
            .documents
            .iter()
            .map(|d| inner.store.document_view(d))
            .collect()
    }

    pub fn links(&self) -> Vec<Link> {
        let inner = self.lock();
        inner
            .store
            .links
            .iter()
            .map(|l| inner.store.link_view(l))
            .collect()
    }

    /// Every request so far, in the order they arrived.
    pub fn request_log(&self) -> Vec<RequestRecord> {
        self.lock().log.clone()
    }

    /// The requests the server itself refused (not those hit by an injected fault).
    pub fn refused_requests(&self) -> Vec<RequestRecord> {
        self.lock()
            .log
            .iter()
            .filter(|r| r.refusal.is_some())
            .cloned()
            .collect()
    }

    /// Requests whose response from this server did not match the spec (defects of the test
    /// server; should stay empty).
    pub fn response_violations(&self) -> Vec<RequestRecord> {
        self.lock()
            .log
            .iter()
            .filter(|r| !r.response_violations.is_empty())
            .cloned()
            .collect()
    }

    /// How many requests so far had this method (or `*`) and path pattern (see [`Matcher`]).
    pub fn count(&self, method: &str, path: &str) -> usize {
        let matcher = Matcher::new(method, path);
        self.lock()
            .log
            .iter()
            .filter(|r| matcher.matches(&r.method, &r.path))
            .count()
    }

    /// Arms a fault for the requests `matcher` selects.
    pub fn inject(&self, fault: Fault, matcher: Matcher) {
        self.lock().faults.inject(fault, matcher);
    }

    /// Sets the server's clock `seconds` ahead of this machine's (negative: behind). Tokens are
    /// judged by it and every response's `Date` header shows it.
    pub fn set_clock_offset(&self, seconds: i64) {
        self.shared.clock_offset.store(seconds, Ordering::Relaxed);
    }

    /// From now on, the URLs in the server's answers (and the ones it accepts as references)
    /// start with `base` instead of its own address: a server that points its clients to
    /// another origin. Requests still arrive here.
    pub fn advertise_base(&self, base: &str) {
        self.lock().advertised = Some(base.trim_end_matches('/').to_owned());
    }

    /// Closes the zaak with this `identificatie` as a municipality does (sets `einddatum`):
    /// from then on it refuses changes unless the client may force them.
    pub fn close_zaak(&self, identificatie: &str) {
        let mut inner = self.lock();
        let today = chrono::Local::now().date_naive().to_string();
        for zaak in inner
            .store
            .zaken
            .iter_mut()
            .filter(|z| z.json["identificatie"] == identificatie)
        {
            zaak.json.insert("einddatum".into(), today.clone().into());
        }
    }

    /// The applicaties made through the Autorisaties API.
    pub fn applicaties(&self) -> Vec<serde_json::Value> {
        self.lock().store.applicaties.clone()
    }

    /// Faults that have not fired to the end yet.
    pub fn pending_faults(&self) -> usize {
        self.lock().faults.pending()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.lock()
    }
}

impl Drop for ZgwServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Shared {
    /// The server's clock, in Unix seconds.
    pub(crate) fn now(&self) -> i64 {
        auth::now_secs() + self.clock_offset.load(Ordering::Relaxed)
    }

    /// A panic in a handler must not hide the log from the test that inspects it.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

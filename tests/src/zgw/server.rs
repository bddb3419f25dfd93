//! The HTTP server: a hyper HTTP/1.1 server on 127.0.0.1 in a background thread, the checks
//! every request goes through before a handler sees it, and the public handle tests use.

use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;

use bytes::Bytes;
use chrono::NaiveDate;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::HeaderMap;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::sync::oneshot;
use uuid::Uuid;

use super::auth::{self, Denied};
use super::faults::{Fault, FaultPlan, Matcher};
use super::log::RequestRecord;
use super::openapi::{self, Api, Lookup, Operation};
use super::problem::Problem;
use super::routes::{self, Call, Reply};
use super::schema::InvalidParam;
use super::state::{
    Document, InformatieobjecttypeSpec, IotRow, Link, Store, Zaak, ZaaktypeRow, ZaaktypeSpec,
};

/// The one coordinate reference system the Zaken API accepts.
const CRS: &str = "EPSG:4326";

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

struct Shared {
    client_id: String,
    secret: String,
    inner: Mutex<Inner>,
}

struct Inner {
    store: Store,
    log: Vec<RequestRecord>,
    faults: FaultPlan,
}

/// Closing the connection without a response is signalled to hyper as a service error.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

impl ZgwServer {
    /// Starts the server on a random port of 127.0.0.1 with one published zaaktype that allows
    /// one published informatieobjecttype.
    pub fn start(config: ServerConfig) -> ZgwServer {
        let listener = StdListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let address: SocketAddr = listener.local_addr().expect("local address");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let base = format!("http://{address}");
        let shared = Arc::new(Shared {
            client_id: config.client_id.clone(),
            secret: config.secret.clone(),
            inner: Mutex::new(Inner {
                store: Store::new(base.clone(), config.rsin.clone()),
                log: Vec::new(),
                faults: FaultPlan::default(),
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
        server.informatieobjecttype_url = server.add_informatieobjecttype(InformatieobjecttypeSpec {
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
        let relations = spec.informatieobjecttypen.iter().map(|_| Uuid::new_v4()).collect();
        inner.store.zaaktypen.push(ZaaktypeRow { uuid, spec, relations });
        inner.store.url(Api::Catalogi, "zaaktypen", uuid)
    }

    /// Adds an informatieobjecttype to the catalogue and returns its URL.
    pub fn add_informatieobjecttype(&self, spec: InformatieobjecttypeSpec) -> String {
        let mut inner = self.lock();
        let uuid = Uuid::new_v4();
        inner.store.informatieobjecttypen.push(IotRow { uuid, spec });
        inner.store.url(Api::Catalogi, "informatieobjecttypen", uuid)
    }

    /// A valid token for the configured client, issued now.
    pub fn token(&self) -> String {
        auth::mint_token(&self.config.client_id, &self.config.secret)
    }

    pub fn zaken(&self) -> Vec<Zaak> {
        let inner = self.lock();
        inner.store.zaken.iter().map(|z| inner.store.zaak_view(z)).collect()
    }

    pub fn documents(&self) -> Vec<Document> {
        let inner = self.lock();
        inner.store.documents.iter().map(|d| inner.store.document_view(d)).collect()
    }

    pub fn links(&self) -> Vec<Link> {
        let inner = self.lock();
        inner.store.links.iter().map(|l| inner.store.link_view(l)).collect()
    }

    /// Every request so far, in the order they arrived.
    pub fn request_log(&self) -> Vec<RequestRecord> {
        self.lock().log.clone()
    }

    /// The requests the server itself refused (not those hit by an injected fault).
    pub fn refused_requests(&self) -> Vec<RequestRecord> {
        self.lock().log.iter().filter(|r| r.refusal.is_some()).cloned().collect()
    }

    /// Requests whose response from this server did not match the spec (defects of the test
    /// server; should stay empty).
    pub fn response_violations(&self) -> Vec<RequestRecord> {
        self.lock().log.iter().filter(|r| !r.response_violations.is_empty()).cloned().collect()
    }

    /// How many requests so far had this method (or `*`) and path pattern (see [`Matcher`]).
    pub fn count(&self, method: &str, path: &str) -> usize {
        let matcher = Matcher::new(method, path);
        self.lock().log.iter().filter(|r| matcher.matches(&r.method, &r.path)).count()
    }

    /// Arms a fault for the requests `matcher` selects.
    pub fn inject(&self, fault: Fault, matcher: Matcher) {
        self.lock().faults.inject(fault, matcher);
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
    /// A panic in a handler must not hide the log from the test that inspects it.
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The server thread: accepts connections until told to stop; dropping the runtime then ends
/// every open connection.
fn serve(listener: StdListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
        loop {
            tokio::select! {
                _ = &mut stop => break,
                accepted = listener.accept() => {
                    let Ok((stream, _)) = accepted else { continue };
                    let shared = shared.clone();
                    tokio::spawn(async move {
                        let service = service_fn(move |request| respond(shared.clone(), request));
                        let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                    });
                }
            }
        }
    });
}

/// Applies an injected fault around the normal handling of one request.
async fn respond(shared: Arc<Shared>, request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Dropped> {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or_default().to_owned();
    let headers = request.headers().clone();
    let body = request.into_body().collect().await.map_err(|_| Dropped)?.to_bytes();
    let fault = shared.lock().faults.take(&method, &path);
    let mut record = RequestRecord {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        status: None,
        fault: fault.clone(),
        refusal: None,
        committed: false,
        response_violations: Vec::new(),
    };
    match &fault {
        Some(Fault::DropBeforeCommit) => {
            shared.lock().log.push(record);
            return Err(Dropped);
        }
        Some(fault) if fault.status_instead().is_some() => {
            let status = fault.status_instead().unwrap_or(500);
            record.status = Some(status);
            let base = shared.lock().store.base.clone();
            let problem = Problem::new(status, "injected-fault", format!("{fault:?}"));
            let mut response = json_response(status, &problem.body(&base), "application/problem+json", None);
            if let Fault::Unavailable { retry_after_secs } = fault {
                response.headers_mut().insert("Retry-After", retry_after_secs.to_string().parse().expect("digits"));
            }
            shared.lock().log.push(record);
            return Ok(response);
        }
        _ => {}
    }
    let (response, outcome) = handle(&shared, &method, &path, &query, &headers, &body);
    record.status = Some(response.status().as_u16());
    record.refusal = outcome.refusal;
    record.committed = outcome.committed;
    record.response_violations = outcome.violations;
    shared.lock().log.push(record);
    match fault {
        Some(Fault::DropAfterCommit) => Err(Dropped),
        Some(Fault::SlowAfterCommit { delay }) => {
            tokio::time::sleep(delay).await;
            Ok(response)
        }
        _ => Ok(response),
    }
}

/// What handling a request did, for the log.
#[derive(Default)]
struct Outcome {
    refusal: Option<Problem>,
    committed: bool,
    violations: Vec<InvalidParam>,
}

/// Routes, checks and handles one request.
fn handle(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> (Response<Full<Bytes>>, Outcome) {
    let base = shared.lock().store.base.clone();
    let refuse = |problem: Problem, operation: Option<(Api, &Operation)>| {
        let body = problem.body(&base);
        let mut outcome = Outcome::default();
        if let Some((api, operation)) = operation
            && operation.responses_declare(problem.status)
        {
            outcome.violations = openapi::spec(api).validate_response(operation, problem.status, &body);
        }
        let response = json_response(problem.status, &body, "application/problem+json", operation.map(|(a, _)| a));
        outcome.refusal = Some(problem);
        (response, outcome)
    };
    let Some((api, rest)) = Api::ALL.iter().find_map(|api| Some((*api, path.strip_prefix(api.prefix())?))) else {
        return refuse(Problem::not_found(), None);
    };
    let spec = openapi::spec(api);
    let (operation, path_params) = match spec.lookup(method, rest) {
        Lookup::Found { operation, params } => (operation, params),
        Lookup::MethodNotAllowed => return refuse(Problem::new(405, "method_not_allowed", method.to_owned()), None),
        Lookup::NotFound => return refuse(Problem::not_found(), None),
    };
    let context = Some((api, operation));
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match auth::check(header("Authorization"), &shared.client_id, &shared.secret) {
        Ok(()) => {}
        Err(Denied::Missing) => return refuse(Problem::new(401, "not_authenticated", "Geen geldige Authorization header."), context),
        Err(Denied::Rejected(why)) => return refuse(Problem::new(403, "permission_denied", why), context),
    }
    let has_body = ["POST", "PUT", "PATCH"].contains(&method);
    let crs_headers = [("Accept-Crs", operation.accept_crs), ("Content-Crs", operation.content_crs && has_body)];
    for (name, required) in crs_headers {
        match header(name) {
            _ if !required => {}
            None => return refuse(Problem::new(412, "precondition_failed", format!("{name} header ontbreekt")), context),
            Some(value) if value != CRS => {
                return refuse(Problem::new(406, "not_acceptable", format!("CRS '{value}' is niet ondersteund")), context);
            }
            Some(_) => {}
        }
    }
    if operation.json_body && !header("Content-Type").is_some_and(|t| t.starts_with("application/json")) {
        return refuse(Problem::new(415, "unsupported_media_type", "Content-Type moet application/json zijn"), context);
    }
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let problems = spec.validate_query(operation, &query);
    if !problems.is_empty() {
        return refuse(Problem::invalid(problems), context);
    }
    let json_body = if has_body {
        match serde_json::from_slice::<Value>(body) {
            Ok(value) => value,
            Err(e) => return refuse(Problem::field("nonFieldErrors", "parse_error", &format!("JSON parse error: {e}")), context),
        }
    } else {
        Value::Null
    };
    if has_body {
        let problems = spec.validate_request(operation, &json_body);
        if !problems.is_empty() {
            return refuse(Problem::invalid(problems), context);
        }
    }
    let call = Call { operation, path_params, query, body: json_body };
    let result = routes::dispatch(api, &call, &mut shared.lock().store);
    let reply = match result {
        None => return refuse(Problem::new(501, "not-implemented", operation.id.clone()), context),
        Some(Err(problem)) => return refuse(problem, context),
        Some(Ok(reply)) => reply,
    };
    let mut outcome = Outcome { committed: method != "GET", ..Outcome::default() };
    let response = match reply {
        Reply::Json { status, body, location } => {
            outcome.violations = spec
                .validate_response(operation, status, &body)
                .into_iter()
                .filter(|v| !known_spec_defect(&operation.id, &v.name))
                .collect();
            let mut response = json_response(status, &body, "application/json", Some(api));
            if let Some(location) = location {
                response.headers_mut().insert("Location", location.parse().expect("URL is a header value"));
            }
            if operation.accept_crs {
                response.headers_mut().insert("Content-Crs", CRS.parse().expect("ascii"));
            }
            response
        }
        Reply::Bytes(bytes) => Response::builder()
            .status(200)
            .header("Content-Type", "application/octet-stream")
            .body(Full::new(Bytes::from(bytes)))
            .expect("valid response"),
        Reply::NoContent => Response::builder().status(204).body(Full::new(Bytes::new())).expect("valid response"),
    };
    (response, outcome)
}

/// Where the 1.3.1 spec itself is wrong: it types `ZaakType.informatieobjecttypen` and
/// `InformatieObjectType.zaaktypen` as a string, while Open Zaak returns (and clients read) an
/// array of URLs.
fn known_spec_defect(operation: &str, field: &str) -> bool {
    let last = field.rsplit('.').next().unwrap_or(field);
    (operation.starts_with("zaaktype_") && last == "informatieobjecttypen")
        || (operation.starts_with("informatieobjecttype_") && last == "zaaktypen")
}

fn json_response(status: u16, body: &Value, content_type: &str, api: Option<Api>) -> Response<Full<Bytes>> {
    let mut builder = Response::builder().status(status).header("Content-Type", content_type);
    if let Some(api) = api {
        builder = builder.header("API-version", openapi::spec(api).version.as_str());
    }
    builder.body(Full::new(Bytes::from(body.to_string()))).expect("valid response")
}

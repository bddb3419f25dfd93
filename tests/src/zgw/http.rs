//! The HTTP side of the server: a hyper HTTP/1.1 server in a background thread, the checks
//! every request goes through before a handler sees it (route, JWT, Crs, content type, query,
//! body), injected faults around that, and the log record of each request.

use std::net::TcpListener as StdListener;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::HeaderMap;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::sync::oneshot;

use super::auth::{self, Denied};
use super::faults::Fault;
use super::log::RequestRecord;
use super::openapi::{self, Api, Lookup, Operation};
use super::problem::Problem;
use super::routes::{self, Call, Reply};
use super::schema::InvalidParam;
use super::server::Shared;

/// The one coordinate reference system the Zaken API accepts.
const CRS: &str = "EPSG:4326";

/// Closing the connection without a response is signalled to hyper as a service error.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// The server thread: accepts connections until told to stop; dropping the runtime then ends
/// every open connection.
pub(crate) fn serve(listener: StdListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
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

/// Answers one request, with the server's clock in a `Date` header as every HTTP server sends
/// it.
async fn respond(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    let now = shared.now();
    let rewrite = {
        let inner = shared.lock();
        inner
            .advertised
            .clone()
            .map(|advertised| (inner.store.base.clone(), advertised))
    };
    let mut response = respond_inner(shared, request, rewrite.as_ref()).await?;
    if let Some((own, advertised)) = &rewrite {
        response = rewrite_body(response, own, advertised).await;
    }
    let date = std::time::UNIX_EPOCH + std::time::Duration::from_secs(now.max(0) as u64);
    response.headers_mut().insert(
        "Date",
        httpdate::fmt_http_date(date)
            .parse()
            .expect("a date is a header value"),
    );
    Ok(response)
}

/// Replaces the server's own base with the advertised one in a response body (and `Location`).
async fn rewrite_body(
    response: Response<Full<Bytes>>,
    own: &str,
    advertised: &str,
) -> Response<Full<Bytes>> {
    let (mut parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).replace(own, advertised);
    if let Some(location) = parts.headers.get("Location").and_then(|v| v.to_str().ok()) {
        let location = location.replace(own, advertised);
        parts.headers.insert(
            "Location",
            location.parse().expect("a URL is a header value"),
        );
    }
    parts.headers.remove("Content-Length");
    Response::from_parts(parts, Full::new(Bytes::from(text)))
}

/// Applies an injected fault around the normal handling of one request. With an advertised
/// base, references to it in the query and body are read as references to this server.
async fn respond_inner(
    shared: Arc<Shared>,
    request: Request<Incoming>,
    rewrite: Option<&(String, String)>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let mut query = request.uri().query().unwrap_or_default().to_owned();
    let headers = request.headers().clone();
    let mut body = request
        .into_body()
        .collect()
        .await
        .map_err(|_| Dropped)?
        .to_bytes();
    if let Some((own, advertised)) = rewrite {
        let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        query = query.replace(&encode(advertised), &encode(own));
        body = Bytes::from(String::from_utf8_lossy(&body).replace(advertised, own));
    }
    let fault = shared.lock().faults.take(&method, &path);
    let mut record = RequestRecord {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        headers: headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
        body: body.to_vec(),
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
            let problem = if *fault == Fault::ZaakClosed {
                Problem::zaak_closed()
            } else {
                Problem::new(status, "injected-fault", format!("{fault:?}"))
            };
            let mut response = json_response(
                status,
                &problem.body(&base),
                "application/problem+json",
                None,
            );
            if let Fault::Unavailable { retry_after_secs } = fault {
                response.headers_mut().insert(
                    "Retry-After",
                    retry_after_secs.to_string().parse().expect("digits"),
                );
            }
            if let Fault::Redirect { location } = fault {
                response.headers_mut().insert(
                    "Location",
                    location.parse().expect("a URL is a header value"),
                );
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

/// A request refused by the checks or by its handler, with the operation it was for (when the
/// route is known) so the error body can be checked against that operation's responses.
struct Refusal<'s> {
    problem: Problem,
    operation: Option<(Api, &'s Operation)>,
}

impl<'s> Refusal<'s> {
    fn of(problem: Problem, api: Api, operation: &'s Operation) -> Self {
        Self {
            problem,
            operation: Some((api, operation)),
        }
    }
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
    let (api, call) = match admit(shared, method, path, query, headers, body) {
        Ok(admitted) => admitted,
        Err(refusal) => return refuse(&base, refusal),
    };
    let operation = call.operation;
    let result = routes::dispatch(api, &call, &mut shared.lock().store);
    match result {
        None => {
            let problem = Problem::new(501, "not-implemented", operation.id.clone());
            refuse(&base, Refusal::of(problem, api, operation))
        }
        Some(Err(problem)) => refuse(&base, Refusal::of(problem, api, operation)),
        Some(Ok(reply)) => answer(api, operation, method, reply),
    }
}

/// The checks every request passes before a handler sees it, in Open Zaak's order: route,
/// authentication, Crs headers, content type, query parameters, body.
fn admit<'s>(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(Api, Call<'s>), Refusal<'s>> {
    let unrouted = |problem| Refusal {
        problem,
        operation: None,
    };
    let (api, rest) = Api::ALL
        .iter()
        .find_map(|api| Some((*api, path.strip_prefix(api.prefix())?)))
        .ok_or_else(|| unrouted(Problem::not_found()))?;
    let spec = openapi::spec(api);
    let (operation, path_params) = match spec.lookup(method, rest) {
        Lookup::Found { operation, params } => (operation, params),
        Lookup::MethodNotAllowed => {
            return Err(unrouted(Problem::new(
                405,
                "method_not_allowed",
                method.to_owned(),
            )));
        }
        Lookup::NotFound => return Err(unrouted(Problem::not_found())),
    };
    let refused = |problem| Refusal::of(problem, api, operation);
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    auth::check(
        header("Authorization"),
        &shared.client_id,
        &shared.secret,
        shared.now(),
    )
    .map_err(|denied| {
        refused(match denied {
            Denied::Missing => Problem::new(
                401,
                "not_authenticated",
                "Geen geldige Authorization header.",
            ),
            Denied::Rejected(why) => Problem::new(403, "permission_denied", why),
        })
    })?;
    let has_body = ["POST", "PUT", "PATCH"].contains(&method);
    let crs_headers = [
        ("Accept-Crs", operation.accept_crs),
        ("Content-Crs", operation.content_crs && has_body),
    ];
    for (name, required) in crs_headers {
        match header(name) {
            _ if !required => {}
            None => {
                let detail = format!("{name} header ontbreekt");
                return Err(refused(Problem::new(412, "precondition_failed", detail)));
            }
            Some(value) if value != CRS => {
                let detail = format!("CRS '{value}' is niet ondersteund");
                return Err(refused(Problem::new(406, "not_acceptable", detail)));
            }
            Some(_) => {}
        }
    }
    if operation.json_body
        && !header("Content-Type").is_some_and(|t| t.starts_with("application/json"))
    {
        let detail = "Content-Type moet application/json zijn";
        return Err(refused(Problem::new(415, "unsupported_media_type", detail)));
    }
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let problems = spec.validate_query(operation, &query);
    if !problems.is_empty() {
        return Err(refused(Problem::invalid(problems)));
    }
    let body = if has_body {
        let body: Value = serde_json::from_slice(body).map_err(|e| {
            refused(Problem::field(
                "nonFieldErrors",
                "parse_error",
                &format!("JSON parse error: {e}"),
            ))
        })?;
        let problems = spec.validate_request(operation, &body);
        if !problems.is_empty() {
            return Err(refused(Problem::invalid(problems)));
        }
        body
    } else {
        Value::Null
    };
    Ok((
        api,
        Call {
            operation,
            path_params,
            query,
            body,
        },
    ))
}

/// The error response for a refusal; its body is checked against the spec where the operation
/// declares that status.
fn refuse(base: &str, refusal: Refusal<'_>) -> (Response<Full<Bytes>>, Outcome) {
    let Refusal { problem, operation } = refusal;
    let body = problem.body(base);
    let mut outcome = Outcome::default();
    if let Some((api, operation)) = operation
        && operation.responses_declare(problem.status)
    {
        outcome.violations = openapi::spec(api).validate_response(operation, problem.status, &body);
    }
    let api = operation.map(|(api, _)| api);
    let response = json_response(problem.status, &body, "application/problem+json", api);
    outcome.refusal = Some(problem);
    (response, outcome)
}

/// The response for a handled request; JSON bodies are checked against the spec.
fn answer(
    api: Api,
    operation: &Operation,
    method: &str,
    reply: Reply,
) -> (Response<Full<Bytes>>, Outcome) {
    let mut outcome = Outcome {
        committed: method != "GET",
        ..Outcome::default()
    };
    let response = match reply {
        Reply::Json {
            status,
            body,
            location,
        } => {
            outcome.violations = openapi::spec(api)
                .validate_response(operation, status, &body)
                .into_iter()
                .filter(|v| !known_spec_defect(&operation.id, &v.name))
                .collect();
            let mut response = json_response(status, &body, "application/json", Some(api));
            if let Some(location) = location {
                response
                    .headers_mut()
                    .insert("Location", location.parse().expect("URL is a header value"));
            }
            if operation.accept_crs {
                response
                    .headers_mut()
                    .insert("Content-Crs", CRS.parse().expect("ascii"));
            }
            response
        }
        Reply::Bytes(bytes) => Response::builder()
            .status(200)
            .header("Content-Type", "application/octet-stream")
            .body(Full::new(Bytes::from(bytes)))
            .expect("valid response"),
        Reply::NoContent => Response::builder()
            .status(204)
            .body(Full::new(Bytes::new()))
            .expect("valid response"),
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

fn json_response(
    status: u16,
    body: &Value,
    content_type: &str,
    api: Option<Api>,
) -> Response<Full<Bytes>> {
    let mut builder = Response::builder()
        .status(status)
        .header("Content-Type", content_type);
    if let Some(api) = api {
        builder = builder.header("API-version", openapi::spec(api).version.as_str());
    }
    builder
        .body(Full::new(Bytes::from(body.to_string())))
        .expect("valid response")
}

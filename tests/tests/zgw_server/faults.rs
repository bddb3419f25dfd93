//! Injected faults do what they promise: before-commit faults change nothing, after-commit
//! faults leave the change in place, and each fault is used up as it fires.

use super::*;

fn documents_path() -> &'static str {
    "/documenten/api/v1/enkelvoudiginformatieobjecten"
}

fn search_document(client: &Client<'_>, identificatie: &str) -> Value {
    client
        .get(&query(
            &client.documents(),
            &[("bronorganisatie", RSIN), ("identificatie", identificatie)],
        ))
        .json()
}

#[test]
fn a_connection_dropped_before_the_commit_changes_nothing() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    server.inject(
        Fault::DropBeforeCommit,
        Matcher::new("POST", documents_path()),
    );
    let body = document_body(&server, "D-1", b"inhoud");
    let result = client.try_send("POST", &client.documents(), Some(&body), &[]);
    assert!(
        matches!(result, Err(ureq::Error::Io(_))),
        "the connection closed without a response"
    );
    assert!(server.documents().is_empty());
    assert_eq!(search_document(&client, "D-1")["count"], 0);
    let record = &server.request_log()[0];
    assert_eq!(
        (record.status, record.committed, record.fault.clone()),
        (None, false, Some(Fault::DropBeforeCommit))
    );
    assert_eq!(server.pending_faults(), 0);
    // The retry goes through and creates the one document.
    assert_eq!(client.post(&client.documents(), &body).status, 201);
    assert_eq!(server.documents().len(), 1);
}

#[test]
fn a_connection_dropped_after_the_commit_leaves_the_change() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    server.inject(
        Fault::DropAfterCommit,
        Matcher::new("POST", documents_path()),
    );
    let body = document_body(&server, "D-1", b"inhoud");
    let result = client.try_send("POST", &client.documents(), Some(&body), &[]);
    assert!(
        matches!(result, Err(ureq::Error::Io(_))),
        "the connection closed without a response"
    );
    assert_eq!(
        server.documents().len(),
        1,
        "the document was created although no response came"
    );
    let record = &server.request_log()[0];
    assert_eq!((record.status, record.committed), (Some(201), true));
    // A blind retry is refused; the search by identificatie finds the document.
    let retry = client.post(&client.documents(), &body);
    assert!(retry.has_error("identificatie", "identificatie-niet-uniek"));
    assert_eq!(
        search_document(&client, "D-1")["results"][0]["url"],
        server.documents()[0].url.as_str()
    );
}

#[test]
fn a_dropped_delete_after_the_commit_has_deleted() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let document = client.create_document("D-1", b"inhoud");
    server.inject(
        Fault::DropAfterCommit,
        Matcher::new("DELETE", &format!("{}/*", documents_path())),
    );
    assert!(matches!(
        client.try_send("DELETE", &document, None, &[]),
        Err(ureq::Error::Io(_))
    ));
    assert!(server.documents().is_empty());
    assert_eq!(client.delete(&document).status, 404);
}

#[test]
fn a_response_slower_than_the_client_timeout_comes_after_the_commit() {
    let server = ZgwServer::start(ServerConfig::default());
    let impatient = Client::with_timeout(&server, Duration::from_millis(300));
    server.inject(
        Fault::SlowAfterCommit {
            delay: Duration::from_secs(3),
        },
        Matcher::new("POST", "/zaken/api/v1/zaken"),
    );
    let body = zaak_body(&server, "Z-1");
    let result = impatient.try_send("POST", &impatient.zaken(), Some(&body), &[]);
    assert!(
        matches!(result, Err(ureq::Error::Timeout(_))),
        "the client gave up waiting"
    );
    assert_eq!(server.zaken().len(), 1, "the zaak exists all the same");
    // Other requests are not held up by the slow one.
    let search = Client::new(&server).get(&query(&impatient.zaken(), &[("identificatie", "Z-1")]));
    assert_eq!(search.json()["count"], 1);
}

#[test]
fn unavailable_carries_retry_after_and_changes_nothing() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    server.inject(
        Fault::Unavailable {
            retry_after_secs: 7,
        },
        Matcher::new("POST", "/zaken/api/v1/zaken"),
    );
    let answer = client.post(&client.zaken(), &zaak_body(&server, "Z-1"));
    assert_eq!(answer.status, 503);
    assert_eq!(answer.header("Retry-After"), Some("7"));
    assert_eq!(
        answer.header("Content-Type"),
        Some("application/problem+json")
    );
    assert!(server.zaken().is_empty());
    assert_eq!(
        client
            .post(&client.zaken(), &zaak_body(&server, "Z-1"))
            .status,
        201,
        "the fault was used up"
    );
}

#[test]
fn status_faults_answer_without_handling_the_request() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let faults = [
        (Fault::InternalError, 500),
        (Fault::Unauthorized, 401),
        (Fault::Forbidden, 403),
        (Fault::PreconditionFailed, 412),
    ];
    for (fault, status) in faults {
        server.inject(fault.clone(), Matcher::new("POST", documents_path()));
        let answer = client.post(&client.documents(), &document_body(&server, "D-1", b"x"));
        assert_eq!(answer.status, status, "{fault:?}");
        assert_eq!(answer.json()["status"], status);
        assert!(server.documents().is_empty(), "{fault:?} changed nothing");
    }
    assert!(
        server.refused_requests().is_empty(),
        "injected faults are not refusals of the client"
    );
}

#[test]
fn a_matcher_selects_the_nth_request_and_the_ones_after_it() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    server.inject(
        Fault::InternalError,
        Matcher::new("POST", documents_path()).nth(2).times(2),
    );
    let statuses: Vec<u16> = (1..=4)
        .map(|n| {
            client
                .post(
                    &client.documents(),
                    &document_body(&server, &format!("D-{n}"), b"x"),
                )
                .status
        })
        .collect();
    assert_eq!(statuses, [201, 500, 500, 201]);
    assert_eq!(server.pending_faults(), 0);
    // Requests to other paths or with another method were never counted.
    assert_eq!(server.count("POST", documents_path()), 4);
    assert_eq!(server.count("GET", documents_path()), 0);
    assert_eq!(server.documents().len(), 2);
}

//! Each rule refuses a bad request with the status and error body Open Zaak gives, records why,
//! and changes nothing.

use super::*;

/// Asserts a 400 with the given field error, that nothing was stored by it, and that the log
/// has the refusal.
fn assert_refused(server: &ZgwServer, answer: &Answer, name: &str, code: &str) {
    assert_eq!(
        answer.status,
        400,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    assert_eq!(
        answer.header("Content-Type"),
        Some("application/problem+json")
    );
    assert!(
        answer.has_error(name, code),
        "expected {name}/{code}, got {:?}",
        answer.invalid_params()
    );
    let last = server.request_log().pop().unwrap();
    assert!(!last.committed);
    assert!(
        last.invalid_params()
            .iter()
            .any(|p| p.name == name && p.code == code)
    );
    assert!(
        server.response_violations().is_empty(),
        "{:#?}",
        server.response_violations()
    );
}

fn with(mut body: Value, field: &str, value: Value) -> Value {
    body[field] = value;
    body
}

fn without(mut body: Value, field: &str) -> Value {
    body.as_object_mut().unwrap().remove(field);
    body
}

#[test]
fn a_missing_required_field_is_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let answer = client.post(
        &client.zaken(),
        &without(zaak_body(&server, "Z-1"), "startdatum"),
    );
    assert_refused(&server, &answer, "startdatum", "required");
    let answer = client.post(
        &client.documents(),
        &without(document_body(&server, "D-1", b"x"), "auteur"),
    );
    assert_refused(&server, &answer, "auteur", "required");
    assert!(server.zaken().is_empty() && server.documents().is_empty());
    let fout = answer.json();
    for field in [
        "type",
        "code",
        "title",
        "status",
        "detail",
        "instance",
        "invalidParams",
    ] {
        assert!(fout.get(field).is_some(), "ValidatieFout has {field}");
    }
}

#[test]
fn a_value_outside_the_enumeration_is_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(
        document_body(&server, "D-1", b"x"),
        "vertrouwelijkheidaanduiding",
        json!("supergeheim"),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "vertrouwelijkheidaanduiding",
        "invalid_choice",
    );
    let body = with(
        zaak_body(&server, "Z-1"),
        "vertrouwelijkheidaanduiding",
        json!("supergeheim"),
    );
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "vertrouwelijkheidaanduiding",
        "invalid_choice",
    );
}

#[test]
fn a_too_long_value_is_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(
        document_body(&server, "D-1", b"x"),
        "titel",
        json!("t".repeat(201)),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "titel",
        "max_length",
    );
    let body = with(
        zaak_body(&server, "Z-1"),
        "identificatie",
        json!("z".repeat(41)),
    );
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "identificatie",
        "max_length",
    );
}

#[test]
fn wrong_types_formats_and_nulls_are_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(zaak_body(&server, "Z-1"), "startdatum", json!("23-11-2026"));
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "startdatum",
        "invalid",
    );
    let body = with(
        document_body(&server, "D-1", b"x"),
        "indicatieGebruiksrecht",
        json!("nee"),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "indicatieGebruiksrecht",
        "invalid",
    );
    let body = with(document_body(&server, "D-1", b"x"), "titel", Value::Null);
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "titel",
        "null",
    );
    // Nullable fields accept null.
    let body = with(
        document_body(&server, "D-1", b"x"),
        "indicatieGebruiksrecht",
        Value::Null,
    );
    assert_eq!(client.post(&client.documents(), &body).status, 201);
}

#[test]
fn read_only_and_unknown_fields_are_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(
        zaak_body(&server, "Z-1"),
        "url",
        json!("http://example.com/zaken/1"),
    );
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "url",
        "read-only",
    );
    let body = with(
        document_body(&server, "D-1", b"x"),
        "indicatieGebruiksRecht",
        json!(false),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "indicatieGebruiksRecht",
        "unknown-field",
    );
    let body = with(
        zaak_body(&server, "Z-1"),
        "zaakType",
        json!(server.zaaktype_url()),
    );
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "zaakType",
        "unknown-field",
    );
    let body = json!({ "zaak": "http://example.com/z", "informatieobject": "http://example.com/d", "soort": "x" });
    assert_refused(
        &server,
        &client.post(&client.links(), &body),
        "soort",
        "unknown-field",
    );
}

#[test]
fn an_rsin_failing_the_eleven_test_is_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(
        zaak_body(&server, "Z-1"),
        "bronorganisatie",
        json!("123456789"),
    );
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "bronorganisatie",
        "invalid",
    );
    let body = with(
        document_body(&server, "D-1", b"x"),
        "bronorganisatie",
        json!("002220648"),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "bronorganisatie",
        "invalid",
    );
}

#[test]
fn content_must_be_base64_of_the_declared_size() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let body = with(
        document_body(&server, "D-1", b"x"),
        "inhoud",
        json!("dit is geen base64!"),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "inhoud",
        "invalid",
    );
    let body = with(
        document_body(&server, "D-1", b"twelve bytes"),
        "bestandsomvang",
        json!(13),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "bestandsomvang",
        "file-size",
    );
    assert!(server.documents().is_empty());
}

#[test]
fn references_must_resolve_to_published_objects_of_this_server() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let elsewhere =
        "https://catalogi.example.com/api/v1/zaaktypen/7f0d3c1e-64b7-4ab3-a3f1-6d1f0d1b2c3d";
    let body = with(zaak_body(&server, "Z-1"), "zaaktype", json!(elsewhere));
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "zaaktype",
        "bad-url",
    );
    let concept = server.add_zaaktype(ZaaktypeSpec {
        concept: true,
        ..zaaktype_like(&server)
    });
    let body = with(zaak_body(&server, "Z-1"), "zaaktype", json!(concept));
    assert_refused(
        &server,
        &client.post(&client.zaken(), &body),
        "zaaktype",
        "not-published",
    );
    let concept_iot = server.add_informatieobjecttype(InformatieobjecttypeSpec {
        omschrijving: "Concept".into(),
        concept: true,
        begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        vertrouwelijkheidaanduiding: "intern".into(),
    });
    let body = with(
        document_body(&server, "D-1", b"x"),
        "informatieobjecttype",
        json!(concept_iot),
    );
    assert_refused(
        &server,
        &client.post(&client.documents(), &body),
        "informatieobjecttype",
        "not-published",
    );

    let zaak = client.create_zaak("Z-1");
    let missing_document = format!(
        "{}/enkelvoudiginformatieobjecten/{}",
        server.documenten_url(),
        uuid_like()
    );
    let answer = client.post(
        &client.links(),
        &json!({ "zaak": zaak, "informatieobject": missing_document }),
    );
    assert_refused(&server, &answer, "informatieobject", "bad-url");
    assert!(server.links().is_empty());
}

fn uuid_like() -> &'static str {
    "0b6e8f4a-3c1d-4e2f-9a8b-7c6d5e4f3a2b"
}

#[test]
fn a_document_type_not_allowed_for_the_zaaktype_cannot_be_linked() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let other_type = server.add_informatieobjecttype(InformatieobjecttypeSpec {
        omschrijving: "Ander document".into(),
        concept: false,
        begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        vertrouwelijkheidaanduiding: "intern".into(),
    });
    let zaak = client.create_zaak("Z-1");
    let body = with(
        document_body(&server, "D-1", b"x"),
        "informatieobjecttype",
        json!(other_type),
    );
    let document = client.post(&client.documents(), &body).json()["url"].clone();
    let answer = client.post(
        &client.links(),
        &json!({ "zaak": zaak, "informatieobject": document }),
    );
    assert_refused(
        &server,
        &answer,
        "nonFieldErrors",
        "missing-zaaktype-informatieobjecttype-relation",
    );
}

#[test]
fn identificatie_is_unique_per_bronorganisatie() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    client.create_zaak("Z-1");
    let again = client.post(&client.zaken(), &zaak_body(&server, "Z-1"));
    assert_refused(&server, &again, "identificatie", "identificatie-niet-uniek");
    client.create_document("D-1", b"eerste");
    let again = client.post(
        &client.documents(),
        &document_body(&server, "D-1", b"tweede"),
    );
    assert_refused(&server, &again, "identificatie", "identificatie-niet-uniek");
    assert_eq!((server.zaken().len(), server.documents().len()), (1, 1));
    assert_eq!(server.documents()[0].content, b"eerste");
}

#[test]
fn a_zaak_without_identificatie_gets_one_generated() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let answer = client.post(
        &client.zaken(),
        &without(zaak_body(&server, ""), "identificatie"),
    );
    assert_eq!(answer.status, 201);
    assert!(
        answer.json()["identificatie"]
            .as_str()
            .unwrap()
            .starts_with("ZAAK-")
    );
}

#[test]
fn a_link_pair_is_unique_and_a_linked_document_cannot_be_deleted() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let zaak = client.create_zaak("Z-1");
    let document = client.create_document("D-1", b"inhoud");
    let pair = json!({ "zaak": zaak, "informatieobject": document });
    assert_eq!(client.post(&client.links(), &pair).status, 201);
    assert_refused(
        &server,
        &client.post(&client.links(), &pair),
        "nonFieldErrors",
        "unique",
    );
    assert_eq!(server.links().len(), 1);
    assert_refused(
        &server,
        &client.delete(&document),
        "nonFieldErrors",
        "pending-relations",
    );
    assert_eq!(server.documents().len(), 1);
}

#[test]
fn unknown_query_parameters_are_refused() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let answer = client.get(&query(
        &client.links(),
        &[("zaak_url", "http://example.com")],
    ));
    assert_refused(&server, &answer, "nonFieldErrors", "unknown-parameters");
    let answer = client.get(&query(&client.links(), &[("zaak", "geen url")]));
    assert_refused(&server, &answer, "zaak", "invalid");
}

#[test]
fn zaken_require_crs_headers_and_links_do_not() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let search = query(&client.zaken(), &[("bronorganisatie", RSIN)]);
    assert_eq!(
        client
            .send("GET", &search, None, &[("Accept-Crs", None)])
            .status,
        412
    );
    assert_eq!(
        client
            .send("GET", &search, None, &[("Accept-Crs", Some("EPSG:28992"))])
            .status,
        406
    );
    let body = zaak_body(&server, "Z-1");
    assert_eq!(
        client
            .send(
                "POST",
                &client.zaken(),
                Some(&body),
                &[("Content-Crs", None)]
            )
            .status,
        412
    );
    assert_eq!(
        client
            .send(
                "POST",
                &client.zaken(),
                Some(&body),
                &[("Content-Crs", Some("EPSG:28992"))]
            )
            .status,
        406
    );
    assert!(server.zaken().is_empty());
    let zaak = client
        .send("POST", &client.zaken(), Some(&body), &[])
        .json()["url"]
        .clone();
    assert_eq!(
        client
            .send("GET", zaak.as_str().unwrap(), None, &[("Accept-Crs", None)])
            .status,
        412
    );
    let document = client.create_document("D-1", b"x");
    let link = json!({ "zaak": zaak, "informatieobject": document });
    let answer = client.send(
        "POST",
        &client.links(),
        Some(&link),
        &[("Accept-Crs", None), ("Content-Crs", None)],
    );
    assert_eq!(answer.status, 201);
    let refused: Vec<u16> = server
        .refused_requests()
        .iter()
        .filter_map(|r| r.status)
        .collect();
    assert_eq!(refused, [412, 406, 412, 406, 412]);
}

#[test]
fn a_body_must_be_declared_as_json() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let answer = client.send(
        "POST",
        &client.documents(),
        Some(&document_body(&server, "D-1", b"x")),
        &[("Content-Type", Some("text/plain"))],
    );
    assert_eq!(answer.status, 415);
    assert!(server.documents().is_empty());
}

fn token_with(claims: Value, secret: &str) -> String {
    leefwereld_tests::zgw::sign_hs256(&claims, secret)
}

#[test]
fn tokens_are_checked_as_open_zaak_checks_them() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let config = server.config().clone();
    let url = format!("{}/zaaktypen", server.catalogi_url());
    let status_with = |authorization: Option<&str>| {
        client
            .send("GET", &url, None, &[("Authorization", authorization)])
            .status
    };
    let bearer = |token: String| format!("Bearer {token}");
    let fresh = Claims::new(&config.client_id, now_secs());

    assert_eq!(status_with(None), 401, "no header");
    assert_eq!(status_with(Some("Token abc")), 401, "not a bearer token");
    assert_eq!(
        status_with(Some(&bearer("geen.jwt".into()))),
        403,
        "malformed token"
    );
    assert_eq!(
        status_with(Some(&bearer(fresh.sign("een ander geheim")))),
        403,
        "bad signature"
    );
    let unsigned = {
        use base64::Engine as _;
        let b64 = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        let claims = serde_json::to_vec(&fresh).unwrap();
        format!(
            "{}.{}.",
            b64(br#"{"alg":"none","typ":"JWT"}"#),
            b64(&claims)
        )
    };
    assert_eq!(
        status_with(Some(&bearer(unsigned))),
        403,
        "alg none, no signature"
    );
    let stranger = Claims::new("onbekende-client", now_secs());
    assert_eq!(
        status_with(Some(&bearer(stranger.sign(&config.secret)))),
        403,
        "unknown client"
    );
    let mut no_iat = serde_json::to_value(&fresh).unwrap();
    no_iat.as_object_mut().unwrap().remove("iat");
    assert_eq!(
        status_with(Some(&bearer(token_with(no_iat, &config.secret)))),
        403,
        "iat missing"
    );
    let old = Claims::new(&config.client_id, now_secs() - 3601);
    assert_eq!(
        status_with(Some(&bearer(old.sign(&config.secret)))),
        403,
        "older than an hour"
    );
    let future = Claims::new(&config.client_id, now_secs() + 60);
    assert_eq!(
        status_with(Some(&bearer(future.sign(&config.secret)))),
        403,
        "issued in the future"
    );
    let mut no_user = serde_json::to_value(&fresh).unwrap();
    no_user.as_object_mut().unwrap().remove("user_id");
    assert_eq!(
        status_with(Some(&bearer(token_with(no_user, &config.secret)))),
        403,
        "user_id missing"
    );

    let recent = Claims::new(&config.client_id, now_secs() - 3000);
    assert_eq!(
        status_with(Some(&bearer(recent.sign(&config.secret)))),
        200,
        "fifty minutes old is fine"
    );
    assert_eq!(status_with(Some(&bearer(fresh.sign(&config.secret)))), 200);
    let denied = server.refused_requests();
    assert_eq!(denied.len(), 10);
    assert!(
        denied
            .iter()
            .all(|r| !r.committed && matches!(r.status, Some(401 | 403)))
    );
}

//! The ZGW test server behaves as Open Zaak does towards a client: the full share-and-retract
//! flow works over real HTTP, every rule refuses a bad request with the standard error body and
//! leaves the state alone, and injected faults do exactly what they promise.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use leefwereld_tests::zgw::{
    Claims, Fault, InformatieobjecttypeSpec, Matcher, ServerConfig, ZaaktypeSpec, ZgwServer,
    now_secs,
};
use serde_json::{Value, json};
use ureq::http;

/// What came back over the wire.
struct Answer {
    status: u16,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `(name, code)` pairs of a `ValidatieFout`.
    fn invalid_params(&self) -> Vec<(String, String)> {
        self.json()["invalidParams"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                (
                    p["name"].as_str().unwrap_or_default().to_owned(),
                    p["code"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    fn has_error(&self, name: &str, code: &str) -> bool {
        self.invalid_params()
            .iter()
            .any(|(n, c)| n == name && c == code)
    }
}

/// A raw HTTP client that sends what a well-behaved ZGW client sends unless told otherwise.
struct Client<'a> {
    server: &'a ZgwServer,
    agent: ureq::Agent,
}

impl<'a> Client<'a> {
    fn new(server: &'a ZgwServer) -> Self {
        Self::with_timeout(server, Duration::from_secs(30))
    }

    fn with_timeout(server: &'a ZgwServer, timeout: Duration) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .build();
        Self {
            server,
            agent: ureq::Agent::new_with_config(config),
        }
    }

    /// Sends a request; `overrides` replace (`Some`) or remove (`None`) default headers.
    fn try_send(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
        overrides: &[(&str, Option<&str>)],
    ) -> Result<Answer, ureq::Error> {
        let mut headers: Vec<(String, String)> = vec![(
            "Authorization".into(),
            format!("Bearer {}", self.server.token()),
        )];
        if url.contains("/zaken/api/v1/zaken") {
            headers.push(("Accept-Crs".into(), "EPSG:4326".into()));
            if body.is_some() {
                headers.push(("Content-Crs".into(), "EPSG:4326".into()));
            }
        }
        if body.is_some() {
            headers.push(("Content-Type".into(), "application/json".into()));
        }
        for (name, value) in overrides {
            headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            if let Some(value) = value {
                headers.push(((*name).into(), (*value).into()));
            }
        }
        let mut builder = http::Request::builder().method(method).uri(url);
        for (name, value) in &headers {
            builder = builder.header(name, value);
        }
        let mut response = match body {
            Some(body) => self.agent.run(builder.body(body.to_string()).unwrap())?,
            None => self.agent.run(builder.body(()).unwrap())?,
        };
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.body_mut().read_to_vec()?;
        Ok(Answer {
            status,
            headers,
            body,
        })
    }

    fn send(
        &self,
        method: &str,
        url: &str,
        body: Option<&Value>,
        overrides: &[(&str, Option<&str>)],
    ) -> Answer {
        self.try_send(method, url, body, overrides)
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"))
    }

    fn get(&self, url: &str) -> Answer {
        self.send("GET", url, None, &[])
    }

    fn post(&self, url: &str, body: &Value) -> Answer {
        self.send("POST", url, Some(body), &[])
    }

    fn delete(&self, url: &str) -> Answer {
        self.send("DELETE", url, None, &[])
    }

    fn zaken(&self) -> String {
        format!("{}/zaken", self.server.zaken_url())
    }

    fn documents(&self) -> String {
        format!(
            "{}/enkelvoudiginformatieobjecten",
            self.server.documenten_url()
        )
    }

    fn links(&self) -> String {
        format!("{}/zaakinformatieobjecten", self.server.zaken_url())
    }

    /// Creates a zaak and returns its URL.
    fn create_zaak(&self, identificatie: &str) -> String {
        let answer = self.post(&self.zaken(), &zaak_body(self.server, identificatie));
        assert_eq!(
            answer.status,
            201,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        answer.json()["url"].as_str().unwrap().to_owned()
    }

    /// Creates a document and returns its URL.
    fn create_document(&self, identificatie: &str, content: &[u8]) -> String {
        let answer = self.post(
            &self.documents(),
            &document_body(self.server, identificatie, content),
        );
        assert_eq!(
            answer.status,
            201,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        answer.json()["url"].as_str().unwrap().to_owned()
    }
}

const RSIN: &str = "002220647";

fn zaak_body(server: &ZgwServer, identificatie: &str) -> Value {
    json!({
        "identificatie": identificatie,
        "bronorganisatie": RSIN,
        "verantwoordelijkeOrganisatie": RSIN,
        "zaaktype": server.zaaktype_url(),
        "startdatum": "2026-11-23",
        "omschrijving": "Gedeeld signaal week 48",
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
    })
}

fn document_body(server: &ZgwServer, identificatie: &str, content: &[u8]) -> Value {
    json!({
        "identificatie": identificatie,
        "bronorganisatie": RSIN,
        "creatiedatum": "2026-11-23",
        "titel": "Signaal: ronselen via Telegram",
        "auteur": "JW-07",
        "taal": "dut",
        "informatieobjecttype": server.informatieobjecttype_url(),
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "indicatieGebruiksrecht": false,
        "bestandsnaam": "signaal.json",
        "formaat": "application/json",
        "inhoud": STANDARD.encode(content),
        "bestandsomvang": content.len(),
    })
}

fn query(url: &str, pairs: &[(&str, &str)]) -> String {
    let encoded = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", url_escape(v)))
        .collect::<Vec<_>>()
        .join("&");
    format!("{url}?{encoded}")
}

fn url_escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Every response this server sent matched the spec, and the client was never refused (a 404
/// for something already gone aside).
fn assert_clean(server: &ZgwServer) {
    assert!(
        server.response_violations().is_empty(),
        "server responses off-spec: {:#?}",
        server.response_violations()
    );
    let refused: Vec<_> = server
        .refused_requests()
        .into_iter()
        .filter(|r| r.status != Some(404))
        .collect();
    assert!(refused.is_empty(), "refused: {refused:#?}");
}

#[test]
fn a_signal_is_shared_listed_downloaded_and_retracted() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);

    // (a) Types from the catalogue.
    let catalogus = client.get(&query(
        &format!("{}/catalogussen", server.catalogi_url()),
        &[("domein", "LEEFW"), ("rsin", RSIN)],
    ));
    assert_eq!(catalogus.json()["count"], 1);
    let catalogus_url = catalogus.json()["results"][0]["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let zaaktypen = client.get(&query(
        &format!("{}/zaaktypen", server.catalogi_url()),
        &[
            ("catalogus", &catalogus_url),
            ("identificatie", "LEEFWERELD-SIGNAAL"),
            ("datumGeldigheid", "2026-11-23"),
        ],
    ));
    assert_eq!(zaaktypen.status, 200);
    let zaaktype = &zaaktypen.json()["results"][0];
    assert_eq!(zaaktype["url"], server.zaaktype_url());
    assert_eq!(
        zaaktype["informatieobjecttypen"],
        json!([server.informatieobjecttype_url()])
    );
    let iots = client.get(&query(
        &format!("{}/informatieobjecttypen", server.catalogi_url()),
        &[
            ("catalogus", &catalogus_url),
            ("omschrijving", "Leefwereld-signaal"),
        ],
    ));
    assert_eq!(
        iots.json()["results"][0]["url"],
        server.informatieobjecttype_url()
    );
    assert_eq!(iots.json()["results"][0]["concept"], false);

    // (b) Search the zaak, then create it.
    let search = client.get(&query(
        &client.zaken(),
        &[("bronorganisatie", RSIN), ("identificatie", "LW-2026-48")],
    ));
    assert_eq!(
        (search.status, search.json()["count"].clone()),
        (200, json!(0))
    );
    let created = client.post(&client.zaken(), &zaak_body(&server, "LW-2026-48"));
    assert_eq!(created.status, 201);
    let zaak_url = created.json()["url"].as_str().unwrap().to_owned();
    assert_eq!(created.header("Location"), Some(zaak_url.as_str()));
    assert_eq!(created.json()["identificatie"], "LW-2026-48");
    let found = client.get(&query(
        &client.zaken(),
        &[("bronorganisatie", RSIN), ("identificatie", "LW-2026-48")],
    ));
    assert_eq!(found.json()["results"][0]["url"], zaak_url.as_str());

    // (c) Search the document, then create it with base64 content.
    let content = br#"{"thema":"ronselen","platform":"telegram"}"#;
    let search = client.get(&query(
        &client.documents(),
        &[("bronorganisatie", RSIN), ("identificatie", "LW-DOC-1")],
    ));
    assert_eq!(search.json()["count"], 0);
    let created = client.post(
        &client.documents(),
        &document_body(&server, "LW-DOC-1", content),
    );
    assert_eq!(created.status, 201);
    let document = created.json();
    let document_url = document["url"].as_str().unwrap().to_owned();
    assert_eq!(created.header("Location"), Some(document_url.as_str()));
    assert_eq!(document["versie"], 1);
    assert_eq!(
        document["inhoud"],
        format!("{document_url}/download?versie=1")
    );
    assert_eq!(document["bestandsomvang"], content.len());
    let stored = &server.documents()[0];
    assert_eq!(
        (
            stored.identificatie.as_str(),
            stored.titel.as_str(),
            stored.auteur.as_str(),
            stored.taal.as_str()
        ),
        ("LW-DOC-1", "Signaal: ronselen via Telegram", "JW-07", "dut")
    );
    assert_eq!(
        (
            stored.vertrouwelijkheidaanduiding.as_str(),
            stored.indicatie_gebruiksrecht
        ),
        ("vertrouwelijk", Some(false))
    );
    assert_eq!(
        (stored.bestandsnaam.as_str(), stored.formaat.as_str()),
        ("signaal.json", "application/json")
    );
    assert_eq!(stored.content, content);

    // (d) Check the link, then create it.
    let pair = [
        ("zaak", zaak_url.as_str()),
        ("informatieobject", document_url.as_str()),
    ];
    assert_eq!(client.get(&query(&client.links(), &pair)).json(), json!([]));
    let link = client.post(
        &client.links(),
        &json!({ "zaak": zaak_url, "informatieobject": document_url }),
    );
    assert_eq!(link.status, 201);
    let link_url = link.json()["url"].as_str().unwrap().to_owned();
    assert_eq!(server.links()[0].zaak, zaak_url);
    let mirrors = client.get(&query(
        &format!("{}/objectinformatieobjecten", server.documenten_url()),
        &[("object", &zaak_url)],
    ));
    assert_eq!(mirrors.json()[0]["informatieobject"], document_url.as_str());

    // (e) List the zaak's documents and download their content.
    let listed = client.get(&query(&client.links(), &[("zaak", &zaak_url)]));
    assert!(
        listed.json().is_array(),
        "zaakinformatieobjecten is a plain array"
    );
    let eio_url = listed.json()[0]["informatieobject"]
        .as_str()
        .unwrap()
        .to_owned();
    let metadata = client.get(&eio_url).json();
    let download = client.get(metadata["inhoud"].as_str().unwrap());
    assert_eq!(download.status, 200);
    assert_eq!(
        download.header("Content-Type"),
        Some("application/octet-stream")
    );
    assert_eq!(download.body, content);
    assert_eq!(
        client.get(&zaak_url).json()["zaakinformatieobjecten"],
        json!([link_url])
    );

    // (f) Retract: find the link, delete it, delete the document.
    let link_found = client.get(&query(&client.links(), &pair)).json()[0]["url"].clone();
    assert_eq!(client.delete(link_found.as_str().unwrap()).status, 204);
    assert_eq!(client.delete(&document_url).status, 204);
    assert!(server.links().is_empty() && server.documents().is_empty());
    assert_eq!(client.get(&document_url).status, 404);
    assert_eq!(
        client
            .get(&query(
                &format!("{}/objectinformatieobjecten", server.documenten_url()),
                &[("object", &zaak_url)]
            ))
            .json(),
        json!([])
    );
    assert_clean(&server);
}

#[test]
fn lists_are_paginated_by_one_hundred() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    for n in 0..101 {
        client.create_zaak(&format!("Z-{n}"));
    }
    let first = client
        .get(&query(&client.zaken(), &[("bronorganisatie", RSIN)]))
        .json();
    assert_eq!(
        (
            first["count"].clone(),
            first["results"].as_array().unwrap().len()
        ),
        (json!(101), 100)
    );
    assert_eq!(first["previous"], Value::Null);
    let second = client.get(first["next"].as_str().unwrap()).json();
    assert_eq!(second["results"].as_array().unwrap().len(), 1);
    assert_eq!(second["next"], Value::Null);
    assert!(second["previous"].is_string());
    assert_clean(&server);
}

#[test]
fn the_valid_zaaktype_version_is_chosen_by_date_and_concepts_are_hidden() {
    let server = ZgwServer::start(ServerConfig::default());
    let client = Client::new(&server);
    let next_version = server.add_zaaktype(ZaaktypeSpec {
        identificatie: "LEEFWERELD-SIGNAAL".into(),
        omschrijving: "Volgende versie".into(),
        concept: false,
        begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
        einde_geldigheid: None,
        informatieobjecttypen: vec![server.informatieobjecttype_url().to_owned()],
        vertrouwelijkheidaanduiding: "vertrouwelijk".into(),
    });
    server.add_zaaktype(ZaaktypeSpec {
        concept: true,
        identificatie: "CONCEPT".into(),
        ..zaaktype_like(&server)
    });
    let url = format!("{}/zaaktypen", server.catalogi_url());
    let on = |day: &str| {
        client
            .get(&query(
                &url,
                &[
                    ("identificatie", "LEEFWERELD-SIGNAAL"),
                    ("datumGeldigheid", day),
                ],
            ))
            .json()
    };
    assert_eq!(on("2026-11-23")["results"][0]["url"], server.zaaktype_url());
    assert_eq!(on("2026-11-23")["count"], 1);
    let both = on("2027-02-01");
    assert_eq!(
        both["count"], 2,
        "the old version has no end date, so both are valid"
    );
    assert!(
        both["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|z| z["url"] == next_version.as_str())
    );
    assert_eq!(
        client
            .get(&query(&url, &[("identificatie", "CONCEPT")]))
            .json()["count"],
        0
    );
    assert_eq!(
        client
            .get(&query(
                &url,
                &[("identificatie", "CONCEPT"), ("status", "concept")]
            ))
            .json()["count"],
        1
    );
    assert_clean(&server);
}

fn zaaktype_like(server: &ZgwServer) -> ZaaktypeSpec {
    ZaaktypeSpec {
        identificatie: "ANDER".into(),
        omschrijving: "Ander zaaktype".into(),
        concept: false,
        begin_geldigheid: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        einde_geldigheid: None,
        informatieobjecttypen: vec![server.informatieobjecttype_url().to_owned()],
        vertrouwelijkheidaanduiding: "vertrouwelijk".into(),
    }
}

#[path = "zgw_server/refusals.rs"]
mod refusals;

#[path = "zgw_server/faults.rs"]
mod faults;

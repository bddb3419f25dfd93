//! What must hold on the municipality's side: over the whole history of requests (nothing
//! refused, nothing identifying in the clear, every object created once) and in the server's
//! final state (exactly the live shares, each readable as exactly what the preview showed).

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use leefwereld_core::{EntryKind, ShareStatus};
use leefwereld_tests::zgw::RequestRecord;
use serde_json::Value;

use super::{Ledger, Note, Plan, World};

/// The worker's pseudonym (from the fixture profile): it never travels.
const PSEUDONYM: &str = "JW-07";

/// The fields of the minimised projection (`SharedEntry`), and nothing else.
const PROJECTION: [&str; 18] = [
    "schema",
    "reference",
    "revision",
    "organisation",
    "device",
    "target",
    "kind",
    "theme",
    "platform",
    "source_type",
    "urgency",
    "observed",
    "neighbourhood",
    "age_band",
    "text",
    "reason",
    "consent",
    "shared_on",
];

const DOCUMENTS: &str = "/documenten/api/v1/enkelvoudiginformatieobjecten";
const ZAKEN: &str = "/zaken/api/v1/zaken";
const LINKS: &str = "/zaken/api/v1/zaakinformatieobjecten";

/// Counts over the request history, for the results table.
#[derive(Debug, Default)]
pub struct History {
    pub requests: usize,
    pub faults_fired: usize,
    pub documents_posted: usize,
    pub zaken_created: usize,
    pub links_created: usize,
    pub deletes: usize,
}

/// Strings that must not appear in any request: every note's identifiers and entry id, the
/// worker's pseudonym, and the text marker of every note (note text travels only encrypted).
fn forbidden(notes: &[Note]) -> Vec<String> {
    let mut out = vec![PSEUDONYM.to_owned()];
    for note in notes {
        out.extend(note.identifiers.iter().cloned());
        out.push(note.marker.clone());
        out.push(note.id.to_string());
        out.push(note.id.to_string().replace('-', ""));
    }
    out
}

/// The claims of the request's bearer token.
fn claims(record: &RequestRecord) -> Value {
    let token = record
        .header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or_else(|| panic!("{} {} carries no token", record.method, record.path));
    let payload = token.split('.').nth(1).expect("a JWT has a payload");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64url"))
        .expect("JSON claims")
}

/// Everything of a request that is readable without the token: method, path, query (raw and
/// decoded), the other headers and the body.
fn readable(record: &RequestRecord) -> String {
    let mut text = format!("{} {}?{}\n", record.method, record.path, record.query);
    for (name, value) in form_urlencoded::parse(record.query.as_bytes()) {
        text.push_str(&format!("{name}={value}\n"));
    }
    for (name, value) in &record.headers {
        if !name.eq_ignore_ascii_case("authorization") {
            text.push_str(&format!("{name}: {value}\n"));
        }
    }
    text.push_str(&String::from_utf8_lossy(&record.body));
    text
}

fn body(record: &RequestRecord) -> Value {
    serde_json::from_slice(&record.body).unwrap_or(Value::Null)
}

/// Checks every request the server saw, and counts them.
pub fn assert_clean_history(world: &World, ledger: &Ledger, notes: &[Note]) -> History {
    let server = &world.server;
    let refused: Vec<String> = server
        .refused_requests()
        .iter()
        .map(|r| format!("{} {} → {:?}", r.method, r.path, r.refusal))
        .collect();
    assert!(refused.is_empty(), "the server refused: {refused:#?}");
    assert!(server.response_violations().is_empty());
    let device = world.vault().device_id().expect("unlocked");
    let organisation = world.vault().profile().expect("unlocked").organisation;
    let forbidden = forbidden(notes);
    let log = server.request_log();
    let mut history = History {
        requests: log.len(),
        ..History::default()
    };
    let mut posted_documents: BTreeMap<String, usize> = BTreeMap::new();
    let mut created_zaken: BTreeMap<String, usize> = BTreeMap::new();
    let mut created_links: BTreeMap<String, usize> = BTreeMap::new();
    for record in &log {
        history.faults_fired += usize::from(record.fault.is_some());
        let claims = claims(record);
        assert_eq!(claims["user_id"], device.as_str(), "pseudonymous device id");
        assert_eq!(claims["user_representation"], organisation.as_str());
        let text = format!("{claims}\n{}", readable(record));
        for secret in &forbidden {
            assert!(
                !text.contains(secret.as_str()),
                "{secret:?} travelled in {} {}",
                record.method,
                record.path
            );
        }
        let body = body(record);
        match (record.method.as_str(), record.path.as_str()) {
            ("POST", DOCUMENTS) => {
                let reference = body["identificatie"].as_str().unwrap_or_default();
                let share = ledger
                    .shares
                    .get(reference)
                    .unwrap_or_else(|| panic!("a document nobody shared was sent: {reference}"));
                let note = &notes[share.note];
                assert_ne!(
                    note.plan,
                    Plan::WithdrawnBeforeSync,
                    "a share withdrawn before syncing was sent"
                );
                let content = STANDARD
                    .decode(body["inhoud"].as_str().unwrap_or_default())
                    .expect("base64 content");
                assert_eq!(
                    world.town.read(&content).as_deref(),
                    Some(share.json.as_str()),
                    "the document is exactly what the preview showed"
                );
                assert_eq!(body["auteur"], organisation.as_str(), "never the worker");
                if record.committed {
                    history.documents_posted += 1;
                    *posted_documents.entry(reference.to_owned()).or_default() += 1;
                }
            }
            ("POST", ZAKEN) if record.committed => {
                history.zaken_created += 1;
                let id = body["identificatie"].as_str().unwrap_or_default();
                *created_zaken.entry(id.to_owned()).or_default() += 1;
            }
            ("POST", LINKS) if record.committed => {
                history.links_created += 1;
                let document = body["informatieobject"].as_str().unwrap_or_default();
                *created_links.entry(document.to_owned()).or_default() += 1;
            }
            ("DELETE", _) if record.committed => history.deletes += 1,
            _ => {}
        }
    }
    for share in ledger.shares.values() {
        let expected = usize::from(notes[share.note].plan != Plan::WithdrawnBeforeSync);
        assert_eq!(
            posted_documents.get(&share.reference).copied().unwrap_or(0),
            expected,
            "document {} created exactly once (or never, when withdrawn first)",
            share.reference
        );
    }
    let twice = |counts: &BTreeMap<String, usize>| -> Vec<String> {
        counts
            .iter()
            .filter(|(_, n)| **n > 1)
            .map(|(k, _)| k.clone())
            .collect()
    };
    assert!(twice(&created_zaken).is_empty(), "zaken created twice");
    assert!(twice(&created_links).is_empty(), "documents linked twice");
    history
}

/// The server holds exactly the live shares, each once, linked once, readable as exactly the
/// previewed projection; the vault agrees about each note's status.
pub fn assert_server_state(world: &World, ledger: &Ledger, notes: &[Note]) {
    let server = &world.server;
    let documents = server.documents();
    let links = server.links();
    let zaken = server.zaken();
    let identificaties: Vec<&str> = documents.iter().map(|d| d.identificatie.as_str()).collect();
    let unique: BTreeSet<&str> = identificaties.iter().copied().collect();
    assert_eq!(unique.len(), identificaties.len(), "one document per share");
    let live: BTreeSet<&str> = ledger.live().map(|s| s.reference.as_str()).collect();
    let delivered: BTreeSet<&str> = ledger
        .live()
        .filter(|s| notes[s.note].plan != Plan::WithdrawnBeforeSync)
        .map(|s| s.reference.as_str())
        .collect();
    assert_eq!(live, delivered, "every live share is one that may arrive");
    assert_eq!(
        unique, live,
        "exactly the live shares are at the municipality"
    );
    let zaak_ids: BTreeSet<&str> = zaken.iter().map(|z| z.identificatie.as_str()).collect();
    assert_eq!(zaak_ids.len(), zaken.len(), "no zaak twice");
    assert_eq!(links.len(), documents.len(), "one link per document");
    let secrets = forbidden(notes);
    for document in &documents {
        let share = &ledger.shares[&document.identificatie];
        let json = world
            .town
            .read(&document.content)
            .expect("the municipality reads every document");
        assert_eq!(json, share.json, "exactly what the preview showed");
        let value: Value = serde_json::from_str(&json).expect("JSON");
        let fields: BTreeSet<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            fields,
            PROJECTION.into_iter().collect(),
            "only the projection"
        );
        let note = &notes[share.note];
        assert!(json.contains(&note.marker), "the note's own text arrived");
        for secret in secrets.iter().filter(|s| **s != note.marker) {
            assert!(
                !json.contains(secret.as_str()),
                "{secret:?} in a shared document"
            );
        }
        let linked: Vec<_> = links
            .iter()
            .filter(|l| l.informatieobject == document.url)
            .collect();
        assert_eq!(linked.len(), 1, "document {} linked once", share.reference);
        let zaak = zaken
            .iter()
            .find(|z| z.url == linked[0].zaak)
            .expect("linked to an existing zaak");
        match note.kind {
            EntryKind::Signaal => assert!(zaak.identificatie.starts_with("LW-S-")),
            EntryKind::Trend => assert_eq!(
                zaak.identificatie,
                format!("LW-T-{}", value["observed"].as_str().unwrap_or_default()),
                "a trend goes into its week's case"
            ),
        }
    }
    let signal_zaken = zaken
        .iter()
        .filter(|z| z.identificatie.starts_with("LW-S-"))
        .count();
    let signals_delivered = ledger
        .shares
        .values()
        .filter(|s| notes[s.note].kind == EntryKind::Signaal)
        .filter(|s| notes[s.note].plan != Plan::WithdrawnBeforeSync)
        .count();
    assert_eq!(
        signal_zaken, signals_delivered,
        "one zaak per shared signal"
    );
    let vault = world.vault();
    assert!(
        vault.outbox().list().expect("outbox").is_empty(),
        "outbox empty"
    );
    for (index, note) in notes.iter().enumerate() {
        let status = vault.entries().get(note.id).expect("entry").share_status;
        let expected = match ledger.of_note(index) {
            None => ShareStatus::NotShared,
            Some(share) if share.live => ShareStatus::Shared,
            // Withdrawn before syncing too: the retraction made sure nothing is there.
            Some(_) => ShareStatus::Retracted,
        };
        assert_eq!(status, expected, "status of a {:?} note", note.plan);
    }
}

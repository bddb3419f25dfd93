//! Documenten API 1.4.3: enkelvoudige informatieobjecten (create with base64 content, search,
//! read, download, delete) and the object-informatieobject mirrors of zaak links.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::Datelike;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::{Call, Outcome, Reply, matches_all, now, paginate, rsin_problems};
use crate::zgw::openapi::Api;
use crate::zgw::problem::Problem;
use crate::zgw::schema::InvalidParam;
use crate::zgw::state::{DocumentRow, LinkRow, Store};

pub(super) fn handle(call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    Some(match call.operation.id.as_str() {
        "enkelvoudiginformatieobject_list" => list_documents(call, store),
        "enkelvoudiginformatieobject_create" => create_document(call, store),
        "enkelvoudiginformatieobject_retrieve" => find(call, store)
            .and_then(|d| version_one(call).map(|()| Reply::ok(Value::Object(d.json.clone())))),
        "enkelvoudiginformatieobject_download" => find(call, store)
            .and_then(|d| version_one(call).map(|()| Reply::Bytes(d.content.clone()))),
        "enkelvoudiginformatieobject_destroy" => delete_document(call, store),
        "objectinformatieobject_list" => list_mirrors(call, store),
        "objectinformatieobject_retrieve" => store
            .links
            .iter()
            .find(|l| l.mirror.to_string() == call.path_param("uuid"))
            .map(|l| Reply::ok(mirror(store, l)))
            .ok_or_else(Problem::not_found),
        _ => return None,
    })
}

fn find<'s>(call: &Call<'_>, store: &'s Store) -> Result<&'s DocumentRow, Problem> {
    store
        .documents
        .iter()
        .find(|d| d.uuid.to_string() == call.path_param("uuid"))
        .ok_or_else(Problem::not_found)
}

/// Documents here never get a second version (no lock/update), so only `versie=1` exists.
fn version_one(call: &Call<'_>) -> Result<(), Problem> {
    if call.query("registratieOp").is_some() || call.query("expand").is_some() {
        return Err(Problem::new(501, "not-implemented", "registratieOp/expand"));
    }
    match call.query("versie") {
        None | Some("1") => Ok(()),
        Some(_) => Err(Problem::not_found()),
    }
}

fn list_documents(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["bronorganisatie", "identificatie"])?;
    let filters = [
        ("bronorganisatie", call.query("bronorganisatie")),
        ("identificatie", call.query("identificatie")),
    ];
    let items = store
        .documents
        .iter()
        .filter(|d| matches_all(&d.json, &filters))
        .map(|d| Value::Object(d.json.clone()))
        .collect();
    paginate(
        call,
        &format!(
            "{}{}/enkelvoudiginformatieobjecten",
            store.base,
            Api::Documenten.prefix()
        ),
        items,
    )
}

fn create_document(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    let mut problems = rsin_problems(&fields, &["bronorganisatie"]);
    let iot = store.iot_by_url(fields["informatieobjecttype"].as_str().unwrap_or_default());
    match iot {
        None => problems.push(InvalidParam::new(
            "informatieobjecttype",
            "bad-url",
            "De URL is geen informatieobjecttype van deze catalogus.",
        )),
        Some(t) if t.spec.concept => problems.push(InvalidParam::new(
            "informatieobjecttype",
            "not-published",
            "Het informatieobjecttype is nog een concept.",
        )),
        Some(_) => {}
    }
    let bron = fields["bronorganisatie"].as_str().unwrap_or_default();
    if let Some(identificatie) = fields.get("identificatie").and_then(Value::as_str)
        && store
            .documents
            .iter()
            .any(|d| d.json["bronorganisatie"] == bron && d.json["identificatie"] == identificatie)
    {
        problems.push(InvalidParam::new(
            "identificatie",
            "identificatie-niet-uniek",
            "Deze identificatie bestaat al binnen de bronorganisatie.",
        ));
    }
    let size = fields.get("bestandsomvang").and_then(Value::as_u64);
    let content = match fields.get("inhoud") {
        Some(Value::String(encoded)) => match STANDARD.decode(encoded) {
            Ok(bytes) => bytes,
            Err(_) => {
                problems.push(InvalidParam::new(
                    "inhoud",
                    "invalid",
                    "De inhoud is geen geldige base64.",
                ));
                Vec::new()
            }
        },
        _ if size.unwrap_or(0) > 0 => {
            return Err(Problem::new(
                501,
                "not-implemented",
                "upload in bestandsdelen",
            ));
        }
        _ => Vec::new(),
    };
    if let Some(size) = size
        && size != content.len() as u64
        && problems.iter().all(|p| p.name != "inhoud")
    {
        problems.push(InvalidParam::new(
            "bestandsomvang",
            "file-size",
            format!(
                "bestandsomvang {size} past niet bij de {} bytes van inhoud.",
                content.len()
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(Problem::invalid(problems));
    }
    let default_vertrouwelijkheid = iot
        .map(|t| t.spec.vertrouwelijkheidaanduiding.clone())
        .unwrap_or_default();
    let uuid = Uuid::new_v4();
    let url = store.url(Api::Documenten, "enkelvoudiginformatieobjecten", uuid);
    let mut json = document_defaults();
    json.extend(fields);
    json.insert("url".into(), Value::from(url.clone()));
    json.insert("versie".into(), Value::from(1));
    json.insert("beginRegistratie".into(), Value::from(now()));
    json.insert(
        "inhoud".into(),
        Value::from(format!("{url}/download?versie=1")),
    );
    json.insert("bestandsomvang".into(), Value::from(content.len()));
    if json["identificatie"].as_str().is_none_or(str::is_empty) {
        let number = store.next_number();
        json.insert(
            "identificatie".into(),
            Value::from(format!(
                "DOCUMENT-{}-{number:010}",
                chrono::Utc::now().year()
            )),
        );
    }
    if json["vertrouwelijkheidaanduiding"]
        .as_str()
        .is_none_or(str::is_empty)
    {
        json.insert(
            "vertrouwelijkheidaanduiding".into(),
            Value::from(default_vertrouwelijkheid),
        );
    }
    let mut body = json.clone();
    // Created from base64 content, the object is not locked (drc-009).
    body.insert("lock".into(), Value::from(""));
    store.documents.push(DocumentRow {
        uuid,
        json,
        content,
    });
    Ok(Reply::created(Value::Object(body)))
}

/// The fields filled in for a new document when the client does not send them. Where Open Zaak
/// returns values the spec does not allow (`link: ""`, half-empty `ondertekening`), this server
/// leaves the field out or null, so that its responses stay valid against the spec.
fn document_defaults() -> Map<String, Value> {
    json!({
        "identificatie": "",
        "vertrouwelijkheidaanduiding": "",
        "status": "",
        "formaat": "",
        "bestandsnaam": "",
        "beschrijving": "",
        "ontvangstdatum": null,
        "verzenddatum": null,
        "indicatieGebruiksrecht": null,
        "verschijningsvorm": "",
        "ondertekening": null,
        "integriteit": null,
        "locked": false,
        "bestandsdelen": [],
        "trefwoorden": [],
    })
    .as_object()
    .cloned()
    .unwrap_or_default()
}

fn delete_document(call: &Call<'_>, store: &mut Store) -> Outcome {
    let document = find(call, store)?;
    let url = document.json["url"].clone();
    if store
        .links
        .iter()
        .any(|l| l.json["informatieobject"] == url)
    {
        return Err(Problem::field(
            "nonFieldErrors",
            "pending-relations",
            "All relations to the informatieobject must be destroyed before destroying the informatieobject.",
        ));
    }
    store.documents.retain(|d| d.json["url"] != url);
    Ok(Reply::NoContent)
}

/// The objectinformatieobject the Zaken API keeps in step with a zaak link (zrc-005).
fn mirror(store: &Store, link: &LinkRow) -> Value {
    json!({
        "url": store.url(Api::Documenten, "objectinformatieobjecten", link.mirror),
        "informatieobject": link.json["informatieobject"],
        "object": link.json["zaak"],
        "objectType": "zaak",
    })
}

fn list_mirrors(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["object", "informatieobject"])?;
    let filters = [
        ("zaak", call.query("object")),
        ("informatieobject", call.query("informatieobject")),
    ];
    let items: Vec<Value> = store
        .links
        .iter()
        .filter(|l| matches_all(&l.json, &filters))
        .map(|l| mirror(store, l))
        .collect();
    Ok(Reply::ok(Value::Array(items)))
}

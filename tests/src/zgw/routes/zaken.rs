//! Zaken API 1.5.1: zaken (create, search, read) and zaak-informatieobject links (create,
//! list, read, delete).

use chrono::Datelike;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::{Call, Outcome, Reply, matches_all, now, paginate, rsin_problems, today};
use crate::zgw::openapi::Api;
use crate::zgw::problem::Problem;
use crate::zgw::schema::InvalidParam;
use crate::zgw::state::{LinkRow, Store, ZaakRow};

pub(super) fn handle(call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    Some(match call.operation.id.as_str() {
        "zaak_list" => list_zaken(call, store),
        "zaak_create" => create_zaak(call, store),
        "zaak_retrieve" => store
            .zaken
            .iter()
            .find(|z| z.uuid.to_string() == call.path_param("uuid"))
            .map(|z| Reply::ok(zaak(store, z)))
            .ok_or_else(Problem::not_found),
        "zaakinformatieobject_list" => list_links(call, store),
        "zaakinformatieobject_create" => create_link(call, store),
        "zaakinformatieobject_retrieve" => store
            .links
            .iter()
            .find(|l| l.uuid.to_string() == call.path_param("uuid"))
            .map(|l| Reply::ok(Value::Object(l.json.clone())))
            .ok_or_else(Problem::not_found),
        "zaakinformatieobject_destroy" => delete_link(call, store),
        _ => return None,
    })
}

/// A zaak's representation, with its current links.
fn zaak(store: &Store, row: &ZaakRow) -> Value {
    let mut json = row.json.clone();
    let url = json["url"].clone();
    let links: Vec<Value> = store
        .links
        .iter()
        .filter(|l| l.json["zaak"] == url)
        .map(|l| l.json["url"].clone())
        .collect();
    json.insert("zaakinformatieobjecten".into(), Value::Array(links));
    Value::Object(json)
}

fn list_zaken(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["bronorganisatie", "identificatie", "zaaktype"])?;
    let filters = [
        ("bronorganisatie", call.query("bronorganisatie")),
        ("identificatie", call.query("identificatie")),
        ("zaaktype", call.query("zaaktype")),
    ];
    let items = store
        .zaken
        .iter()
        .filter(|z| matches_all(&z.json, &filters))
        .map(|z| zaak(store, z))
        .collect();
    paginate(
        call,
        &format!("{}{}/zaken", store.base, Api::Zaken.prefix()),
        items,
    )
}

fn create_zaak(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    let mut problems = rsin_problems(
        &fields,
        &["bronorganisatie", "verantwoordelijkeOrganisatie"],
    );
    let zaaktype_url = fields["zaaktype"].as_str().unwrap_or_default();
    let zaaktype = store.zaaktype_by_url(zaaktype_url);
    match zaaktype {
        None => problems.push(InvalidParam::new(
            "zaaktype",
            "bad-url",
            "De URL is geen zaaktype van deze catalogus.",
        )),
        Some(z) if z.spec.concept => problems.push(InvalidParam::new(
            "zaaktype",
            "not-published",
            "Het zaaktype is nog een concept.",
        )),
        Some(_) => {}
    }
    let bron = fields["bronorganisatie"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    if let Some(identificatie) = fields.get("identificatie").and_then(Value::as_str)
        && store
            .zaken
            .iter()
            .any(|z| z.json["bronorganisatie"] == bron && z.json["identificatie"] == identificatie)
    {
        problems.push(InvalidParam::new(
            "identificatie",
            "identificatie-niet-uniek",
            "Deze identificatie bestaat al binnen de bronorganisatie.",
        ));
    }
    if !problems.is_empty() {
        return Err(Problem::invalid(problems));
    }
    let default_vertrouwelijkheid = zaaktype
        .map(|z| z.spec.vertrouwelijkheidaanduiding.clone())
        .unwrap_or_default();
    let uuid = Uuid::new_v4();
    let mut json = zaak_defaults();
    json.insert(
        "url".into(),
        Value::from(store.url(Api::Zaken, "zaken", uuid)),
    );
    json.insert("uuid".into(), Value::from(uuid.to_string()));
    json.insert("registratiedatum".into(), Value::from(today()));
    json.extend(fields);
    if json["identificatie"].as_str().is_none_or(str::is_empty) {
        let number = store.next_number();
        json.insert(
            "identificatie".into(),
            Value::from(format!("ZAAK-{}-{number:010}", chrono::Utc::now().year())),
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
    let row = ZaakRow { uuid, json };
    let body = zaak(store, &row);
    store.zaken.push(row);
    Ok(Reply::created(body))
}

/// The fields Open Zaak fills in for a new zaak when the client does not send them.
fn zaak_defaults() -> Map<String, Value> {
    let defaults = json!({
        "identificatie": "",
        "omschrijving": "",
        "toelichting": "",
        "einddatum": null,
        "einddatumGepland": null,
        "uiterlijkeEinddatumAfdoening": null,
        "publicatiedatum": null,
        "productenOfDiensten": [],
        "vertrouwelijkheidaanduiding": "",
        "betalingsindicatie": "",
        "betalingsindicatieWeergave": "",
        "laatsteBetaaldatum": null,
        "zaakgeometrie": null,
        "verlenging": null,
        "opschorting": { "indicatie": false, "reden": "" },
        "hoofdzaak": null,
        "deelzaken": [],
        "relevanteAndereZaken": [],
        "eigenschappen": [],
        "rollen": [],
        "status": null,
        "zaakinformatieobjecten": [],
        "zaakobjecten": [],
        "kenmerken": [],
        "archiefnominatie": null,
        "archiefstatus": "nog_te_archiveren",
        "archiefactiedatum": null,
        "resultaat": null,
        "opdrachtgevendeOrganisatie": "",
        "processobjectaard": null,
        "startdatumBewaartermijn": null,
        "processobject": null,
    });
    defaults.as_object().cloned().unwrap_or_default()
}

fn list_links(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["zaak", "informatieobject"])?;
    let filters = [
        ("zaak", call.query("zaak")),
        ("informatieobject", call.query("informatieobject")),
    ];
    let items: Vec<Value> = store
        .links
        .iter()
        .filter(|l| matches_all(&l.json, &filters))
        .map(|l| Value::Object(l.json.clone()))
        .rev()
        .collect();
    // Newest first, as Open Zaak lists.
    Ok(Reply::ok(Value::Array(items)))
}

fn create_link(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    let zaak_url = fields["zaak"].as_str().unwrap_or_default().to_owned();
    let document_url = fields["informatieobject"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let mut problems = Vec::new();
    let zaak = store.zaak_by_url(&zaak_url);
    let document = store.document_by_url(&document_url);
    if zaak.is_none() {
        problems.push(InvalidParam::new(
            "zaak",
            "bad-url",
            "De URL is geen zaak van deze Zaken API.",
        ));
    }
    if document.is_none() {
        problems.push(InvalidParam::new(
            "informatieobject",
            "bad-url",
            "De URL is geen document van deze Documenten API.",
        ));
    }
    if let Some(zaak) = zaak
        && zaak_is_closed(store, zaak)
    {
        return Err(Problem::zaak_closed());
    }
    if let (Some(zaak), Some(document)) = (zaak, document) {
        let allowed = zaak.json["zaaktype"]
            .as_str()
            .and_then(|url| store.zaaktype_by_url(url))
            .is_some_and(|z| {
                z.spec
                    .informatieobjecttypen
                    .iter()
                    .any(|t| document.json["informatieobjecttype"] == **t)
            });
        if !allowed {
            problems.push(InvalidParam::new(
                "nonFieldErrors",
                "missing-zaaktype-informatieobjecttype-relation",
                "Het informatieobjecttype hoort niet bij het zaaktype van de zaak.",
            ));
        }
    }
    if store
        .links
        .iter()
        .any(|l| l.json["zaak"] == zaak_url && l.json["informatieobject"] == document_url)
    {
        problems.push(InvalidParam::new(
            "nonFieldErrors",
            "unique",
            "De velden zaak, informatieobject moeten uniek zijn.",
        ));
    }
    if !problems.is_empty() {
        return Err(Problem::invalid(problems));
    }
    let uuid = Uuid::new_v4();
    let mut json = json!({
        "url": store.url(Api::Zaken, "zaakinformatieobjecten", uuid),
        "uuid": uuid.to_string(),
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
        "titel": "",
        "beschrijving": "",
        "registratiedatum": now(),
        "vernietigingsdatum": null,
        "status": null,
    })
    .as_object()
    .cloned()
    .unwrap_or_default();
    json.extend(fields);
    let body = Value::Object(json.clone());
    store.links.push(LinkRow {
        uuid,
        json,
        mirror: Uuid::new_v4(),
    });
    Ok(Reply::created(body))
}

/// Whether `zaak` is closed (has an `einddatum`) and the client may not force changes to it.
fn zaak_is_closed(store: &Store, zaak: &ZaakRow) -> bool {
    !store.force_update && zaak.json.get("einddatum").is_some_and(|e| !e.is_null())
}

fn delete_link(call: &Call<'_>, store: &mut Store) -> Outcome {
    let position = store
        .links
        .iter()
        .position(|l| l.uuid.to_string() == call.path_param("uuid"));
    match position {
        Some(index) => {
            let zaak_url = store.links[index].json["zaak"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            if store
                .zaak_by_url(&zaak_url)
                .is_some_and(|zaak| zaak_is_closed(store, zaak))
            {
                return Err(Problem::zaak_closed());
            }
            // The mirror objectinformatieobject goes with it (zrc-005).
            store.links.remove(index);
            Ok(Reply::NoContent)
        }
        None => Err(Problem::not_found()),
    }
}

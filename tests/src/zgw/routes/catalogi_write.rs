//! Catalogi API 1.3.1, writing: what a municipality's set-up script does once — make the
//! informatieobjecttype and the zaaktype as concepts, give the zaaktype its roltype,
//! resultaattype, statustypen and allowed informatieobjecttype, then publish both. Publishing
//! checks what Open Zaak checks: a zaaktype needs at least one roltype, one resultaattype and
//! two statustypen, and only published informatieobjecttypen.

use chrono::NaiveDate;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::catalogi::{iot, relations, zaaktype};
use super::{Call, Outcome, Reply};
use crate::zgw::openapi::Api;
use crate::zgw::problem::Problem;
use crate::zgw::schema::InvalidParam;
use crate::zgw::state::{InformatieobjecttypeSpec, IotRow, Store, ZaaktypeRow, ZaaktypeSpec};

pub(super) fn handle(call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    Some(match call.operation.id.as_str() {
        "informatieobjecttype_create" => create_iot(call, store),
        "informatieobjecttype_publish" => publish_iot(call, store),
        "zaaktype_create" => create_zaaktype(call, store),
        "zaaktype_publish" => publish_zaaktype(call, store),
        "roltype_create" => add_part(call, store, "roltypen", |z| &mut z.roltypen),
        "resultaattype_create" => {
            add_part(call, store, "resultaattypen", |z| &mut z.resultaattypen)
        }
        "statustype_create" => add_part(call, store, "statustypen", |z| &mut z.statustypen),
        "zaakinformatieobjecttype_create" => create_relation(call, store),
        _ => return None,
    })
}

fn text(fields: &Map<String, Value>, name: &str) -> String {
    fields[name].as_str().unwrap_or_default().to_owned()
}

fn day(fields: &Map<String, Value>, name: &str) -> Result<NaiveDate, Problem> {
    NaiveDate::parse_from_str(fields[name].as_str().unwrap_or_default(), "%Y-%m-%d")
        .map_err(|_| Problem::field(name, "invalid", "Geen geldige datum."))
}

fn check_catalogus(store: &Store, fields: &Map<String, Value>) -> Result<(), Problem> {
    if fields["catalogus"] == store.catalogus_url() {
        Ok(())
    } else {
        Err(Problem::field(
            "catalogus",
            "bad-url",
            "De URL is geen catalogus van deze Catalogi API.",
        ))
    }
}

fn create_iot(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    check_catalogus(store, &fields)?;
    let row = IotRow {
        uuid: Uuid::new_v4(),
        spec: InformatieobjecttypeSpec {
            omschrijving: text(&fields, "omschrijving"),
            concept: true,
            begin_geldigheid: day(&fields, "beginGeldigheid")?,
            vertrouwelijkheidaanduiding: text(&fields, "vertrouwelijkheidaanduiding"),
        },
    };
    let body = iot(store, &row);
    store.informatieobjecttypen.push(row);
    Ok(Reply::created(body))
}

fn publish_iot(call: &Call<'_>, store: &mut Store) -> Outcome {
    let uuid = call.path_param("uuid");
    let index = store
        .informatieobjecttypen
        .iter()
        .position(|t| t.uuid.to_string() == uuid)
        .ok_or_else(Problem::not_found)?;
    store.informatieobjecttypen[index].spec.concept = false;
    Ok(Reply::ok(iot(store, &store.informatieobjecttypen[index])))
}

fn create_zaaktype(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    check_catalogus(store, &fields)?;
    let identificatie = text(&fields, "identificatie");
    if store
        .zaaktypen
        .iter()
        .any(|z| z.spec.identificatie == identificatie && z.spec.concept)
    {
        return Err(Problem::field(
            "identificatie",
            "identificatie-niet-uniek",
            "Er bestaat al een concept-zaaktype met deze identificatie.",
        ));
    }
    let row = ZaaktypeRow {
        uuid: Uuid::new_v4(),
        spec: ZaaktypeSpec {
            identificatie,
            omschrijving: text(&fields, "omschrijving"),
            concept: true,
            begin_geldigheid: day(&fields, "beginGeldigheid")?,
            einde_geldigheid: None,
            informatieobjecttypen: Vec::new(),
            vertrouwelijkheidaanduiding: text(&fields, "vertrouwelijkheidaanduiding"),
        },
        relations: Vec::new(),
        roltypen: Vec::new(),
        resultaattypen: Vec::new(),
        statustypen: Vec::new(),
    };
    let body = zaaktype(store, &row);
    store.zaaktypen.push(row);
    Ok(Reply::created(body))
}

/// The concept zaaktype a part is for; a published one cannot be changed.
fn concept_zaaktype<'s>(
    store: &'s mut Store,
    fields: &Map<String, Value>,
) -> Result<&'s mut ZaaktypeRow, Problem> {
    let url = text(fields, "zaaktype");
    let uuid = store
        .uuid_in(&url, Api::Catalogi, "zaaktypen")
        .ok_or_else(|| Problem::field("zaaktype", "bad-url", "De URL is geen zaaktype."))?;
    let row = store
        .zaaktypen
        .iter_mut()
        .find(|z| z.uuid == uuid)
        .ok_or_else(|| Problem::field("zaaktype", "bad-url", "De URL is geen zaaktype."))?;
    if !row.spec.concept {
        return Err(Problem::field(
            "zaaktype",
            "non-concept-zaaktype",
            "Het zaaktype is al gepubliceerd.",
        ));
    }
    Ok(row)
}

/// A roltype, resultaattype or statustype: kept with its zaaktype, echoed back with a URL.
fn add_part(
    call: &Call<'_>,
    store: &mut Store,
    collection: &str,
    list: fn(&mut ZaaktypeRow) -> &mut Vec<Value>,
) -> Outcome {
    let mut fields = call.fields();
    let uuid = Uuid::new_v4();
    let url = store.url(Api::Catalogi, collection, uuid);
    let catalogus = store.catalogus_url();
    let zaaktype = concept_zaaktype(store, &fields)?;
    fields.insert("url".into(), url.into());
    fields.insert("catalogus".into(), catalogus.into());
    fields.insert(
        "zaaktypeIdentificatie".into(),
        zaaktype.spec.identificatie.clone().into(),
    );
    let body = Value::Object(fields);
    list(zaaktype).push(body.clone());
    Ok(Reply::created(body))
}

fn create_relation(call: &Call<'_>, store: &mut Store) -> Outcome {
    let fields = call.fields();
    let iot_url = text(&fields, "informatieobjecttype");
    if store.iot_by_url(&iot_url).is_none() {
        return Err(Problem::field(
            "informatieobjecttype",
            "bad-url",
            "De URL is geen informatieobjecttype.",
        ));
    }
    let zaaktype = concept_zaaktype(store, &fields)?;
    if zaaktype.spec.informatieobjecttypen.contains(&iot_url) {
        return Err(Problem::field(
            "nonFieldErrors",
            "unique",
            "De velden zaaktype, informatieobjecttype moeten uniek zijn.",
        ));
    }
    let uuid = Uuid::new_v4();
    zaaktype.spec.informatieobjecttypen.push(iot_url);
    zaaktype.relations.push(uuid);
    let body = relations(store)
        .into_iter()
        .find(|r| {
            r["url"]
                .as_str()
                .is_some_and(|u| u.ends_with(&uuid.to_string()))
        })
        .ok_or_else(Problem::not_found)?;
    Ok(Reply::created(body))
}

fn publish_zaaktype(call: &Call<'_>, store: &mut Store) -> Outcome {
    let uuid = call.path_param("uuid");
    let index = store
        .zaaktypen
        .iter()
        .position(|z| z.uuid.to_string() == uuid)
        .ok_or_else(Problem::not_found)?;
    let row = &store.zaaktypen[index];
    let mut problems = Vec::new();
    let mut need = |ok: bool, code: &str, reason: &str| {
        if !ok {
            problems.push(InvalidParam::new("nonFieldErrors", code, reason));
        }
    };
    need(
        !row.roltypen.is_empty(),
        "missing-roltype",
        "Een zaaktype heeft minstens één roltype nodig.",
    );
    need(
        !row.resultaattypen.is_empty(),
        "missing-resultaattype",
        "Een zaaktype heeft minstens één resultaattype nodig.",
    );
    need(
        row.statustypen.len() >= 2,
        "missing-statustypen",
        "Een zaaktype heeft minstens twee statustypen nodig.",
    );
    let concept_iot = row
        .spec
        .informatieobjecttypen
        .iter()
        .any(|url| store.iot_by_url(url).is_none_or(|t| t.spec.concept));
    need(
        !concept_iot,
        "concept-relation",
        "Alle informatieobjecttypen van het zaaktype moeten gepubliceerd zijn.",
    );
    if !problems.is_empty() {
        return Err(Problem::invalid(problems));
    }
    store.zaaktypen[index].spec.concept = false;
    Ok(Reply::ok(zaaktype(store, &store.zaaktypen[index])))
}

//! Catalogi API 1.3.1, reading: the catalogus, its zaaktypen and informatieobjecttypen, and the
//! zaaktype-informatieobjecttype relations. Writing (what a set-up script does) is in
//! `catalogi_write`.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::{Call, Outcome, Reply, paginate};
use crate::zgw::openapi::Api;
use crate::zgw::problem::Problem;
use crate::zgw::state::{IotRow, Store, ZaaktypeRow};

pub(super) fn handle(call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    let store = &*store;
    Some(match call.operation.id.as_str() {
        "catalogus_list" => list_catalogussen(call, store),
        "catalogus_retrieve" => match call.path_param("uuid") == store.catalogus.to_string() {
            true => Ok(Reply::ok(catalogus(store))),
            false => Err(Problem::not_found()),
        },
        "zaaktype_list" => list_zaaktypen(call, store),
        "zaaktype_retrieve" => store
            .zaaktypen
            .iter()
            .find(|z| z.uuid.to_string() == call.path_param("uuid"))
            .map(|z| Reply::ok(zaaktype(store, z)))
            .ok_or_else(Problem::not_found),
        "informatieobjecttype_list" => list_iots(call, store),
        "informatieobjecttype_retrieve" => store
            .informatieobjecttypen
            .iter()
            .find(|t| t.uuid.to_string() == call.path_param("uuid"))
            .map(|t| Reply::ok(iot(store, t)))
            .ok_or_else(Problem::not_found),
        "zaakinformatieobjecttype_list" => list_relations(call, store),
        "zaakinformatieobjecttype_retrieve" => relations(store)
            .into_iter()
            .find(|r| {
                r["url"]
                    .as_str()
                    .is_some_and(|u| u.ends_with(call.path_param("uuid")))
            })
            .map(Reply::ok)
            .ok_or_else(Problem::not_found),
        _ => return None,
    })
}

fn list_url(store: &Store, collection: &str) -> String {
    format!("{}{}/{collection}", store.base, Api::Catalogi.prefix())
}

fn list_catalogussen(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["domein", "rsin"])?;
    let hit = call
        .query("domein")
        .is_none_or(|d| d == store.catalogus_domein)
        && call.query("rsin").is_none_or(|r| r == store.rsin);
    let items = if hit {
        vec![catalogus(store)]
    } else {
        Vec::new()
    };
    paginate(call, &list_url(store, "catalogussen"), items)
}

/// `status` filter of the catalogue lists: `definitief` (the default), `concept` or `alles`.
fn status_matches(call: &Call<'_>, concept: bool) -> bool {
    match call.query("status").unwrap_or("definitief") {
        "alles" => true,
        "concept" => concept,
        _ => !concept,
    }
}

fn valid_on(call: &Call<'_>, begin: NaiveDate, end: Option<NaiveDate>) -> bool {
    match call
        .query("datumGeldigheid")
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        Some(day) => begin <= day && end.is_none_or(|end| day <= end),
        None => true,
    }
}

fn list_zaaktypen(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["catalogus", "identificatie", "status", "datumGeldigheid"])?;
    let items = store
        .zaaktypen
        .iter()
        .filter(|_| {
            call.query("catalogus")
                .is_none_or(|c| c == store.catalogus_url())
        })
        .filter(|z| {
            call.query("identificatie")
                .is_none_or(|i| i == z.spec.identificatie)
        })
        .filter(|z| status_matches(call, z.spec.concept))
        .filter(|z| valid_on(call, z.spec.begin_geldigheid, z.spec.einde_geldigheid))
        .map(|z| zaaktype(store, z))
        .collect();
    paginate(call, &list_url(store, "zaaktypen"), items)
}

fn list_iots(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["catalogus", "status", "omschrijving", "datumGeldigheid"])?;
    let items = store
        .informatieobjecttypen
        .iter()
        .filter(|_| {
            call.query("catalogus")
                .is_none_or(|c| c == store.catalogus_url())
        })
        .filter(|t| {
            call.query("omschrijving")
                .is_none_or(|o| o == t.spec.omschrijving)
        })
        .filter(|t| status_matches(call, t.spec.concept))
        .filter(|t| valid_on(call, t.spec.begin_geldigheid, None))
        .map(|t| iot(store, t))
        .collect();
    paginate(call, &list_url(store, "informatieobjecttypen"), items)
}

fn list_relations(call: &Call<'_>, store: &Store) -> Outcome {
    call.only_filters(&["zaaktype", "informatieobjecttype"])?;
    let items = relations(store)
        .into_iter()
        .filter(|r| call.query("zaaktype").is_none_or(|z| r["zaaktype"] == z))
        .filter(|r| {
            call.query("informatieobjecttype")
                .is_none_or(|t| r["informatieobjecttype"] == t)
        })
        .collect();
    paginate(
        call,
        &list_url(store, "zaaktype-informatieobjecttypen"),
        items,
    )
}

fn catalogus(store: &Store) -> Value {
    json!({
        "url": store.catalogus_url(),
        "domein": store.catalogus_domein,
        "rsin": store.rsin,
        "contactpersoonBeheerNaam": "Functioneel beheer",
        "zaaktypen": store.zaaktypen.iter().map(|z| store.url(Api::Catalogi, "zaaktypen", z.uuid)).collect::<Vec<_>>(),
        "besluittypen": [],
        "informatieobjecttypen": store
            .informatieobjecttypen
            .iter()
            .map(|t| store.url(Api::Catalogi, "informatieobjecttypen", t.uuid))
            .collect::<Vec<_>>(),
        "naam": "Leefwereld",
        "versie": "1",
        "begindatumVersie": null,
    })
}

fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub(super) fn zaaktype(store: &Store, row: &ZaaktypeRow) -> Value {
    let spec = &row.spec;
    json!({
        "url": store.url(Api::Catalogi, "zaaktypen", row.uuid),
        "identificatie": spec.identificatie,
        "omschrijving": spec.omschrijving,
        "omschrijvingGeneriek": "",
        "vertrouwelijkheidaanduiding": spec.vertrouwelijkheidaanduiding,
        "doel": "Vastleggen van gedeelde, geminimaliseerde signalen over de online leefwereld van jongeren.",
        "aanleiding": "Een signaal dat met toestemming wordt gedeeld.",
        "toelichting": "",
        "indicatieInternOfExtern": "intern",
        "handelingInitiator": "Delen",
        "onderwerp": "Signaal online leefwereld",
        "handelingBehandelaar": "Beoordelen",
        "doorlooptijd": "P30D",
        "servicenorm": null,
        "opschortingEnAanhoudingMogelijk": false,
        "verlengingMogelijk": false,
        "verlengingstermijn": null,
        "trefwoorden": [],
        "publicatieIndicatie": false,
        "publicatietekst": "",
        "verantwoordingsrelatie": [],
        "productenOfDiensten": [],
        "referentieproces": { "naam": "Signaalregistratie" },
        "verantwoordelijke": "Team Veiligheid",
        "zaakobjecttypen": [],
        "catalogus": store.catalogus_url(),
        "statustypen": row.statustypen.iter().map(|t| t["url"].clone()).collect::<Vec<_>>(),
        "resultaattypen": row.resultaattypen.iter().map(|t| t["url"].clone()).collect::<Vec<_>>(),
        "eigenschappen": [],
        "informatieobjecttypen": spec.informatieobjecttypen,
        "roltypen": row.roltypen.iter().map(|t| t["url"].clone()).collect::<Vec<_>>(),
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": date(spec.begin_geldigheid),
        "eindeGeldigheid": spec.einde_geldigheid.map(date),
        "beginObject": null,
        "eindeObject": null,
        "versiedatum": date(spec.begin_geldigheid),
        "concept": spec.concept,
    })
}

pub(super) fn iot(store: &Store, row: &IotRow) -> Value {
    let url = store.url(Api::Catalogi, "informatieobjecttypen", row.uuid);
    let zaaktypen: Vec<String> = store
        .zaaktypen
        .iter()
        .filter(|z| z.spec.informatieobjecttypen.contains(&url))
        .map(|z| store.url(Api::Catalogi, "zaaktypen", z.uuid))
        .collect();
    json!({
        "url": url,
        "catalogus": store.catalogus_url(),
        "omschrijving": row.spec.omschrijving,
        "vertrouwelijkheidaanduiding": row.spec.vertrouwelijkheidaanduiding,
        "beginGeldigheid": date(row.spec.begin_geldigheid),
        "eindeGeldigheid": null,
        "beginObject": null,
        "eindeObject": null,
        "concept": row.spec.concept,
        "zaaktypen": zaaktypen,
        "besluittypen": [],
        "informatieobjectcategorie": "Signaal",
        "trefwoord": [],
    })
}

/// The zaaktype-informatieobjecttype relations, one per allowed type of each zaaktype.
pub(super) fn relations(store: &Store) -> Vec<Value> {
    store
        .zaaktypen
        .iter()
        .flat_map(|z| {
            let zaaktype_url = store.url(Api::Catalogi, "zaaktypen", z.uuid);
            z.spec
                .informatieobjecttypen
                .iter()
                .zip(&z.relations)
                .enumerate()
                .map(move |(i, (iot, uuid))| {
                    json!({
                        "url": store.url(Api::Catalogi, "zaaktype-informatieobjecttypen", *uuid),
                        "zaaktype": zaaktype_url,
                        "zaaktypeIdentificatie": z.spec.identificatie,
                        "catalogus": store.catalogus_url(),
                        "informatieobjecttype": iot,
                        "volgnummer": i + 1,
                        "richting": "inkomend",
                        "statustype": null,
                    })
                })
        })
        .collect()
}

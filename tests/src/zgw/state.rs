//! The server's in-memory data: the catalogue with its types, zaken, documents with their
//! content, and the links between them; plus the read-only views tests inspect.
//!
//! Every stored object keeps the JSON representation the API returns, so what a test inspects
//! is exactly what a client would read back.

use chrono::NaiveDate;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::openapi::Api;

/// A zaaktype in the catalogue.
#[derive(Clone, Debug)]
pub struct ZaaktypeSpec {
    pub identificatie: String,
    pub omschrijving: String,
    /// A concept (unpublished) zaaktype cannot be used for a zaak.
    pub concept: bool,
    pub begin_geldigheid: NaiveDate,
    pub einde_geldigheid: Option<NaiveDate>,
    /// URLs of the informatieobjecttypen documents of its zaken may have.
    pub informatieobjecttypen: Vec<String>,
    pub vertrouwelijkheidaanduiding: String,
}

/// An informatieobjecttype in the catalogue.
#[derive(Clone, Debug)]
pub struct InformatieobjecttypeSpec {
    pub omschrijving: String,
    /// A concept (unpublished) type cannot be used for a document.
    pub concept: bool,
    pub begin_geldigheid: NaiveDate,
    pub vertrouwelijkheidaanduiding: String,
}

/// A zaak as stored by the server.
#[derive(Clone, Debug, PartialEq)]
pub struct Zaak {
    pub url: String,
    pub uuid: Uuid,
    pub identificatie: String,
    pub bronorganisatie: String,
    pub zaaktype: String,
    pub omschrijving: String,
    pub toelichting: String,
    pub vertrouwelijkheidaanduiding: String,
    pub startdatum: String,
    /// The full representation the API returns.
    pub json: Value,
}

/// A document (enkelvoudig informatieobject) as stored by the server, with its decoded content.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub url: String,
    pub uuid: Uuid,
    pub identificatie: String,
    pub bronorganisatie: String,
    pub informatieobjecttype: String,
    pub creatiedatum: String,
    pub titel: String,
    pub auteur: String,
    pub taal: String,
    pub vertrouwelijkheidaanduiding: String,
    pub indicatie_gebruiksrecht: Option<bool>,
    pub bestandsnaam: String,
    pub formaat: String,
    /// The decoded bytes of `inhoud`.
    pub content: Vec<u8>,
    /// The full representation the API returns (with `inhoud` as the download URL).
    pub json: Value,
}

/// A zaak-informatieobject link as stored by the server.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub url: String,
    pub uuid: Uuid,
    pub zaak: String,
    pub informatieobject: String,
    pub titel: String,
    pub beschrijving: String,
    pub json: Value,
}

pub(crate) struct ZaaktypeRow {
    pub uuid: Uuid,
    pub spec: ZaaktypeSpec,
    /// The uuids of its zaaktype-informatieobjecttype relations, one per allowed type.
    pub relations: Vec<Uuid>,
    /// Roltypen, resultaattypen and statustypen made for it (set-up script), as returned.
    pub roltypen: Vec<Value>,
    pub resultaattypen: Vec<Value>,
    pub statustypen: Vec<Value>,
}

pub(crate) struct IotRow {
    pub uuid: Uuid,
    pub spec: InformatieobjecttypeSpec,
}

pub(crate) struct ZaakRow {
    pub uuid: Uuid,
    pub json: Map<String, Value>,
}

pub(crate) struct DocumentRow {
    pub uuid: Uuid,
    pub json: Map<String, Value>,
    pub content: Vec<u8>,
}

pub(crate) struct LinkRow {
    pub uuid: Uuid,
    pub json: Map<String, Value>,
    /// The mirror `objectinformatieobject` in the Documenten API (zrc-005).
    pub mirror: Uuid,
}

/// Everything the server holds.
pub(crate) struct Store {
    pub base: String,
    pub catalogus: Uuid,
    pub catalogus_domein: String,
    pub rsin: String,
    pub zaaktypen: Vec<ZaaktypeRow>,
    pub informatieobjecttypen: Vec<IotRow>,
    pub zaken: Vec<ZaakRow>,
    pub documents: Vec<DocumentRow>,
    pub links: Vec<LinkRow>,
    /// Numbers for generated identificaties (`ZAAK-…`, `DOCUMENT-…`).
    pub sequence: u64,
    /// Whether the client holds `zaken.geforceerd-bijwerken` (may change closed zaken).
    pub force_update: bool,
    /// Applicaties made through the Autorisaties API, as returned.
    pub applicaties: Vec<Value>,
}

impl Store {
    pub(crate) fn new(base: String, rsin: String) -> Self {
        Self {
            base,
            catalogus: Uuid::new_v4(),
            catalogus_domein: "LEEFW".into(),
            rsin,
            zaaktypen: Vec::new(),
            informatieobjecttypen: Vec::new(),
            zaken: Vec::new(),
            documents: Vec::new(),
            links: Vec::new(),
            sequence: 0,
            force_update: false,
            applicaties: Vec::new(),
        }
    }

    /// The URL of a resource of this server.
    pub(crate) fn url(&self, api: Api, collection: &str, uuid: Uuid) -> String {
        format!("{}{}/{collection}/{uuid}", self.base, api.prefix())
    }

    pub(crate) fn catalogus_url(&self) -> String {
        self.url(Api::Catalogi, "catalogussen", self.catalogus)
    }

    /// The uuid in `url` if it names a resource of `collection` in `api` of this server;
    /// existence is for the caller to check.
    pub(crate) fn uuid_in(&self, url: &str, api: Api, collection: &str) -> Option<Uuid> {
        let rest = url
            .strip_prefix(&self.base)?
            .strip_prefix(api.prefix())?
            .strip_prefix('/')?;
        let id = rest.strip_prefix(collection)?.strip_prefix('/')?;
        Uuid::parse_str(id).ok()
    }

    pub(crate) fn zaaktype_by_url(&self, url: &str) -> Option<&ZaaktypeRow> {
        let uuid = self.uuid_in(url, Api::Catalogi, "zaaktypen")?;
        self.zaaktypen.iter().find(|z| z.uuid == uuid)
    }

    pub(crate) fn iot_by_url(&self, url: &str) -> Option<&IotRow> {
        let uuid = self.uuid_in(url, Api::Catalogi, "informatieobjecttypen")?;
        self.informatieobjecttypen.iter().find(|t| t.uuid == uuid)
    }

    pub(crate) fn zaak_by_url(&self, url: &str) -> Option<&ZaakRow> {
        let uuid = self.uuid_in(url, Api::Zaken, "zaken")?;
        self.zaken.iter().find(|z| z.uuid == uuid)
    }

    pub(crate) fn document_by_url(&self, url: &str) -> Option<&DocumentRow> {
        let uuid = self.uuid_in(url, Api::Documenten, "enkelvoudiginformatieobjecten")?;
        self.documents.iter().find(|d| d.uuid == uuid)
    }

    pub(crate) fn next_number(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    pub(crate) fn zaak_view(&self, row: &ZaakRow) -> Zaak {
        let json = Value::Object(row.json.clone());
        Zaak {
            url: text(&json, "url"),
            uuid: row.uuid,
            identificatie: text(&json, "identificatie"),
            bronorganisatie: text(&json, "bronorganisatie"),
            zaaktype: text(&json, "zaaktype"),
            omschrijving: text(&json, "omschrijving"),
            toelichting: text(&json, "toelichting"),
            vertrouwelijkheidaanduiding: text(&json, "vertrouwelijkheidaanduiding"),
            startdatum: text(&json, "startdatum"),
            json,
        }
    }

    pub(crate) fn document_view(&self, row: &DocumentRow) -> Document {
        let json = Value::Object(row.json.clone());
        Document {
            url: text(&json, "url"),
            uuid: row.uuid,
            identificatie: text(&json, "identificatie"),
            bronorganisatie: text(&json, "bronorganisatie"),
            informatieobjecttype: text(&json, "informatieobjecttype"),
            creatiedatum: text(&json, "creatiedatum"),
            titel: text(&json, "titel"),
            auteur: text(&json, "auteur"),
            taal: text(&json, "taal"),
            vertrouwelijkheidaanduiding: text(&json, "vertrouwelijkheidaanduiding"),
            indicatie_gebruiksrecht: json["indicatieGebruiksrecht"].as_bool(),
            bestandsnaam: text(&json, "bestandsnaam"),
            formaat: text(&json, "formaat"),
            content: row.content.clone(),
            json,
        }
    }

    pub(crate) fn link_view(&self, row: &LinkRow) -> Link {
        let json = Value::Object(row.json.clone());
        Link {
            url: text(&json, "url"),
            uuid: row.uuid,
            zaak: text(&json, "zaak"),
            informatieobject: text(&json, "informatieobject"),
            titel: text(&json, "titel"),
            beschrijving: text(&json, "beschrijving"),
            json,
        }
    }
}

fn text(json: &Value, field: &str) -> String {
    json[field].as_str().unwrap_or_default().to_owned()
}

//! The ZGW case system (Catalogi 1.3.1, Zaken 1.5.1, Documenten 1.4.x, as Open Zaak serves them).
//!
//! The standard has no idempotency key, so every object gets a stable `identificatie` derived
//! from the share, and the client searches for it before creating and again after any failure
//! that may have hidden a commit (a timeout, a dropped connection, a 5xx). Creating a document
//! and linking it to its case are two calls; a retry finds the document by its `identificatie`
//! and only links it.

use std::sync::Mutex;
use std::time::Duration;

use base64::Engine;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;
use zeroize::Zeroizing;

use leefwereld_core::sync::{
    CaseSystem, ConnectionProfile, Delivery, DeliveryStep, FetchedDocument, Receipt, TransportError,
};

use crate::http::{Credentials, Http, Reply};

/// How long one HTTP call may take before the client gives up and searches again.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// A ZGW case system reached with a connection profile.
pub struct ZgwClient {
    http: Http,
    profile: ConnectionProfile,
    types: Mutex<Option<Types>>,
}

#[derive(Clone)]
struct Types {
    zaaktype: String,
    informatieobjecttype: String,
}

#[derive(Deserialize)]
struct Page<T> {
    #[serde(default = "Vec::new")]
    results: Vec<T>,
}

#[derive(Deserialize)]
struct Object {
    url: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Typed {
    url: String,
    #[serde(default)]
    concept: bool,
    #[serde(default)]
    begin_geldigheid: Option<NaiveDate>,
    #[serde(default)]
    einde_geldigheid: Option<NaiveDate>,
    #[serde(default)]
    catalogus: Option<String>,
    /// A zaaktype's allowed informatieobjecttypen (URLs).
    #[serde(default)]
    informatieobjecttypen: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FoundDocument {
    url: String,
    #[serde(default)]
    informatieobjecttype: Option<String>,
}

#[derive(Deserialize)]
struct Link {
    url: String,
    informatieobject: String,
}

#[derive(Deserialize)]
struct Document {
    identificatie: String,
    inhoud: Option<String>,
}

fn trimmed(url: &str) -> &str {
    url.trim_end_matches('/')
}

impl ZgwClient {
    /// A client for `profile`, calling as the pseudonymous `device_id` of `organisation`.
    pub fn new(
        profile: &ConnectionProfile,
        device_id: &str,
        organisation: &str,
        timeout: Duration,
    ) -> ZgwClient {
        let credentials = Credentials {
            client_id: profile.client_id.trim().to_owned(),
            secret: Zeroizing::new(profile.secret.clone()),
            user_id: device_id.to_owned(),
            user_representation: organisation.trim().to_owned(),
        };
        ZgwClient {
            http: Http::new(credentials, profile.trusted_origins(), timeout),
            profile: profile.clone(),
            types: Mutex::new(None),
        }
    }

    fn zaken(&self, path: &str) -> String {
        format!("{}/{path}", trimmed(&self.profile.zaken_url))
    }

    fn documenten(&self, path: &str) -> String {
        format!("{}/{path}", trimmed(&self.profile.documenten_url))
    }

    fn catalogi(&self, path: &str) -> String {
        format!("{}/{path}", trimmed(&self.profile.catalogi_url))
    }

    fn rsin(&self) -> &str {
        self.profile.bronorganisatie.trim()
    }

    fn get_ok(&self, url: &str, query: &[(&str, &str)]) -> Result<Reply, TransportError> {
        let reply = self.http.get(url, query)?;
        if reply.ok() {
            Ok(reply)
        } else {
            Err(reply.error())
        }
    }

    /// The zaaktype and informatieobjecttype URLs, looked up once per client.
    fn types(&self) -> Result<Types, TransportError> {
        if let Some(types) = self.types.lock().unwrap_or_else(|p| p.into_inner()).clone() {
            return Ok(types);
        }
        let today = chrono::Utc::now().date_naive();
        let current = |t: &Typed| {
            !t.concept
                && t.begin_geldigheid.is_none_or(|b| b <= today)
                && t.einde_geldigheid.is_none_or(|e| e >= today)
        };
        let zaaktypen: Page<Typed> = self
            .get_ok(
                &self.catalogi("zaaktypen"),
                &[("identificatie", self.profile.zaaktype.trim())],
            )?
            .json()?;
        let zaaktype = zaaktypen
            .results
            .iter()
            .find(|t| current(t))
            .ok_or_else(|| TransportError::Misconfigured {
                detail: format!("zaaktype {} not found", self.profile.zaaktype.trim()),
            })?;
        // Several catalogues may hold a type with this `omschrijving` (Open Zaak lists the
        // newest first): only one the zaaktype allows will do; without that list, one in the
        // zaaktype's own catalogue.
        let iots: Page<Typed> = self
            .get_ok(
                &self.catalogi("informatieobjecttypen"),
                &[("omschrijving", self.profile.informatieobjecttype.trim())],
            )?
            .json()?;
        let allowed = |t: &Typed| {
            if zaaktype.informatieobjecttypen.is_empty() {
                t.catalogus.is_some() && t.catalogus == zaaktype.catalogus
            } else {
                zaaktype.informatieobjecttypen.contains(&t.url)
            }
        };
        let informatieobjecttype = iots
            .results
            .iter()
            .find(|t| current(t) && allowed(t))
            .map(|t| t.url.clone())
            .ok_or_else(|| TransportError::Misconfigured {
                detail: format!(
                    "informatieobjecttype {} not found for zaaktype {}",
                    self.profile.informatieobjecttype.trim(),
                    self.profile.zaaktype.trim()
                ),
            })?;
        let zaaktype = zaaktype.url.clone();
        let types = Types {
            zaaktype,
            informatieobjecttype,
        };
        *self.types.lock().unwrap_or_else(|p| p.into_inner()) = Some(types.clone());
        Ok(types)
    }

    fn find_zaak(&self, identificatie: &str) -> Result<Option<String>, TransportError> {
        let page: Page<Object> = self
            .get_ok(
                &self.zaken("zaken"),
                &[
                    ("bronorganisatie", self.rsin()),
                    ("identificatie", identificatie),
                ],
            )?
            .json()?;
        Ok(page.results.into_iter().next().map(|o| o.url))
    }

    fn find_document(&self, identificatie: &str) -> Result<Option<String>, TransportError> {
        Ok(self.find_document_typed(identificatie)?.map(|d| d.url))
    }

    fn find_document_typed(
        &self,
        identificatie: &str,
    ) -> Result<Option<FoundDocument>, TransportError> {
        let page: Page<FoundDocument> = self
            .get_ok(
                &self.documenten("enkelvoudiginformatieobjecten"),
                &[
                    ("bronorganisatie", self.rsin()),
                    ("identificatie", identificatie),
                ],
            )?
            .json()?;
        Ok(page.results.into_iter().next())
    }

    fn find_links(&self, zaak: &str, document: Option<&str>) -> Result<Vec<Link>, TransportError> {
        let mut query = vec![("zaak", zaak)];
        if let Some(document) = document {
            query.push(("informatieobject", document));
        }
        self.get_ok(&self.zaken("zaakinformatieobjecten"), &query)?
            .json()
    }

    /// Creates an object unless a search finds it; after a failure that may have hidden a
    /// commit, searches again before giving up.
    fn ensure(
        &self,
        find: impl Fn() -> Result<Option<String>, TransportError>,
        create: impl Fn() -> Result<Reply, TransportError>,
    ) -> Result<String, TransportError> {
        if let Some(url) = find()? {
            return Ok(url);
        }
        match create() {
            Ok(reply) if reply.ok() => Ok(reply.json::<Object>()?.url),
            Ok(reply) if reply.is_duplicate() => find()?.ok_or_else(|| reply.error()),
            Ok(reply) => {
                let err = reply.error();
                if err.is_retryable()
                    && let Some(url) = find()?
                {
                    return Ok(url);
                }
                Err(err)
            }
            Err(err) if err.is_retryable() => match find() {
                Ok(Some(url)) => Ok(url),
                _ => Err(err),
            },
            Err(err) => Err(err),
        }
    }

    fn ensure_zaak(&self, delivery: &Delivery, types: &Types) -> Result<String, TransportError> {
        let body = json!({
            "identificatie": delivery.case_id,
            "bronorganisatie": self.rsin(),
            "verantwoordelijkeOrganisatie": self.rsin(),
            "zaaktype": types.zaaktype,
            "startdatum": delivery.case_start.to_string(),
            "omschrijving": delivery.case_title.chars().take(80).collect::<String>(),
            "vertrouwelijkheidaanduiding": self.profile.vertrouwelijkheidaanduiding.trim(),
        });
        self.ensure(
            || self.find_zaak(&delivery.case_id),
            || self.http.post(&self.zaken("zaken"), &body),
        )
    }
}

impl CaseSystem for ZgwClient {
    fn deliver(
        &self,
        delivery: &Delivery,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError> {
        progress(DeliveryStep::LookingUpTypes);
        let types = self.types()?;
        progress(DeliveryStep::FindingCase);
        let zaak = self.ensure_zaak(delivery, &types)?;
        progress(DeliveryStep::CreatingDocument);
        let body = json!({
            "identificatie": delivery.document_id,
            "bronorganisatie": self.rsin(),
            "creatiedatum": delivery.created.to_string(),
            "titel": delivery.title.chars().take(200).collect::<String>(),
            "auteur": delivery.author.chars().take(200).collect::<String>(),
            "taal": "nld",
            "informatieobjecttype": types.informatieobjecttype,
            "vertrouwelijkheidaanduiding": self.profile.vertrouwelijkheidaanduiding.trim(),
            "bestandsnaam": delivery.file_name,
            "formaat": delivery.media_type,
            "bestandsomvang": delivery.content.len(),
            "inhoud": base64::engine::general_purpose::STANDARD.encode(&delivery.content),
            "indicatieGebruiksrecht": false,
        });
        // A document found by its identificatie is ours, but it may have been made with a type
        // the zaaktype does not allow (an earlier, wrong catalogue): linking it would fail
        // again, so say so instead.
        let find_document = || match self.find_document_typed(&delivery.document_id)? {
            Some(found)
                if found
                    .informatieobjecttype
                    .as_ref()
                    .is_some_and(|t| *t != types.informatieobjecttype) =>
            {
                Err(TransportError::TypeMismatch {
                    document: delivery.document_id.clone(),
                })
            }
            found => Ok(found.map(|d| d.url)),
        };
        let document = self.ensure(find_document, || {
            self.http
                .post(&self.documenten("enkelvoudiginformatieobjecten"), &body)
        })?;
        progress(DeliveryStep::Linking);
        let link_body = json!({ "zaak": zaak, "informatieobject": document });
        let find_link = || {
            Ok(self
                .find_links(&zaak, Some(&document))?
                .into_iter()
                .next()
                .map(|l| l.url))
        };
        let link = self.ensure(find_link, || {
            self.http
                .post(&self.zaken("zaakinformatieobjecten"), &link_body)
        })?;
        Ok(Receipt {
            case_url: zaak,
            document_url: document,
            link_url: Some(link),
        })
    }

    fn retract(
        &self,
        case_id: &str,
        document_id: &str,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError> {
        progress(DeliveryStep::FindingDocument);
        let Some(document) = self.find_document(document_id)? else {
            return Ok(());
        };
        progress(DeliveryStep::RemovingLink);
        if let Some(zaak) = self.find_zaak(case_id)? {
            for link in self.find_links(&zaak, Some(&document))? {
                let reply = self.http.delete(&link.url)?;
                if !reply.ok() && reply.status != 404 {
                    return Err(reply.error());
                }
            }
        }
        progress(DeliveryStep::RemovingDocument);
        let reply = self.http.delete(&document)?;
        if reply.ok() || reply.status == 404 {
            Ok(())
        } else {
            Err(reply.error())
        }
    }

    fn fetch_case_documents(&self, case_id: &str) -> Result<Vec<FetchedDocument>, TransportError> {
        let Some(zaak) = self.find_zaak(case_id)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for link in self.find_links(&zaak, None)? {
            let meta: Document = self.get_ok(&link.informatieobject, &[])?.json()?;
            let download = meta
                .inhoud
                .unwrap_or_else(|| format!("{}/download", trimmed(&link.informatieobject)));
            let reply = self.http.download(&download)?;
            if !reply.ok() {
                return Err(reply.error());
            }
            out.push(FetchedDocument {
                document_id: meta.identificatie,
                content: reply.body,
            });
        }
        Ok(out)
    }

    fn clock_correction(&self) -> Option<i64> {
        self.http.clock_correction()
    }
}

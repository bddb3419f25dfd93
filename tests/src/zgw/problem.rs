//! The error bodies of the ZGW APIs (`application/problem+json`, schemas `Fout` and
//! `ValidatieFout`), built the way Open Zaak builds them.

use serde_json::{Value, json};
use uuid::Uuid;

use super::schema::InvalidParam;

/// A refusal: status, code, explanation and, for 400, the field errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub status: u16,
    pub code: String,
    pub detail: String,
    pub invalid_params: Vec<InvalidParam>,
    /// The last part of `type` when it is not the status's usual one (`ZaakClosed`).
    pub kind: Option<&'static str>,
}

impl Problem {
    pub(crate) fn new(status: u16, code: &str, detail: impl Into<String>) -> Self {
        Self {
            status,
            code: code.to_owned(),
            detail: detail.into(),
            invalid_params: Vec::new(),
            kind: None,
        }
    }

    /// Open Zaak's refusal to change a closed zaak without `zaken.geforceerd-bijwerken`.
    pub(crate) fn zaak_closed() -> Self {
        Self {
            kind: Some("ZaakClosed"),
            ..Self::new(
                403,
                "permission_denied",
                "Je mag geen gegevens aanpassen van een gesloten zaak.",
            )
        }
    }

    /// A 400 `ValidatieFout` with these field errors.
    pub(crate) fn invalid(params: Vec<InvalidParam>) -> Self {
        Self {
            invalid_params: params,
            ..Self::new(400, "invalid", "Invalid input.")
        }
    }

    /// A 400 with one field error.
    pub(crate) fn field(name: &str, code: &str, reason: &str) -> Self {
        Self::invalid(vec![InvalidParam::new(name, code, reason)])
    }

    pub(crate) fn not_found() -> Self {
        Self::new(404, "not_found", "Niet gevonden.")
    }

    /// The JSON body; `base` is the server's base URL (for `type`).
    pub(crate) fn body(&self, base: &str) -> Value {
        let (class, title) = match self.status {
            400 => ("ValidationError", "Invalid input."),
            401 => (
                "NotAuthenticated",
                "Authenticatiegegevens zijn niet opgegeven.",
            ),
            403 => (
                "PermissionDenied",
                "Je hebt geen toestemming om deze actie uit te voeren.",
            ),
            404 => ("NotFound", "Niet gevonden."),
            405 => ("MethodNotAllowed", "Methode niet toegestaan."),
            406 => (
                "NotAcceptable",
                "Kan niet voldoen aan de opgegeven Accept header.",
            ),
            412 => ("PreconditionFailed", "Precondition failed"),
            415 => (
                "UnsupportedMediaType",
                "Niet-ondersteund mediatype in verzoek.",
            ),
            501 => (
                "NotImplemented",
                "Niet geïmplementeerd door deze testserver.",
            ),
            503 => ("ServiceUnavailable", "Service tijdelijk niet beschikbaar."),
            _ => ("APIException", "Er is een serverfout opgetreden."),
        };
        let class = self.kind.unwrap_or(class);
        let mut body = json!({
            "type": format!("{base}/ref/fouten/{class}/"),
            "code": self.code,
            "title": title,
            "status": self.status,
            "detail": self.detail,
            "instance": format!("urn:uuid:{}", Uuid::new_v4()),
        });
        if self.status == 400 {
            body["invalidParams"] = serde_json::to_value(&self.invalid_params).unwrap_or_default();
        }
        body
    }
}

//! The vendored OpenAPI specs (`tests/zgw/specs/`), loaded once per process: which operations
//! exist, which parameters and headers each declares, and validators for bodies and query
//! parameters. The server routes and validates from these, so a request the spec does not allow
//! is refused without any per-field code here.

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::{Map, Value};

use super::schema::{Direction, InvalidParam, SchemaSet, validate};

/// One of the three ZGW APIs this server speaks, under its Open Zaak prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Api {
    Catalogi,
    Zaken,
    Documenten,
    /// Only for setting up a municipality (`scripts/openzaak-setup.py`); the app never calls it.
    Autorisaties,
}

impl Api {
    pub const ALL: [Api; 4] = [
        Api::Catalogi,
        Api::Zaken,
        Api::Documenten,
        Api::Autorisaties,
    ];

    /// The path prefix Open Zaak serves this API under.
    pub fn prefix(self) -> &'static str {
        match self {
            Api::Catalogi => "/catalogi/api/v1",
            Api::Zaken => "/zaken/api/v1",
            Api::Documenten => "/documenten/api/v1",
            Api::Autorisaties => "/autorisaties/api/v1",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Api::Catalogi => include_str!("../../zgw/specs/catalogi-1.3.1.yaml"),
            Api::Zaken => include_str!("../../zgw/specs/zaken-1.5.1.yaml"),
            Api::Documenten => include_str!("../../zgw/specs/documenten-1.4.3.yaml"),
            Api::Autorisaties => include_str!("../../zgw/specs/autorisaties-1.0.0.yaml"),
        }
    }
}

/// A parsed spec with its operations.
pub(crate) struct Spec {
    pub version: String,
    components: Map<String, Value>,
    schemas: SchemaSet,
    pub operations: Vec<Operation>,
}

/// One operation (`operationId`) of a spec.
pub(crate) struct Operation {
    pub id: String,
    pub method: String,
    /// The path template relative to the API prefix, e.g. `/zaken/{uuid}`.
    pub template: String,
    pub query: Vec<QueryParam>,
    /// Declares a required `Accept-Crs` header (geo-aware resources).
    pub accept_crs: bool,
    /// Declares a `Content-Crs` header; enforced on requests with a body.
    pub content_crs: bool,
    /// Declares a required `Content-Type: application/json` header.
    pub json_body: bool,
    request_schema: Option<Value>,
    request: OnceLock<Option<Validator>>,
    responses: Vec<(u16, Value)>,
    response_validators: OnceLock<Vec<(u16, Validator)>>,
}

/// A declared query parameter and how to read its value.
pub(crate) struct QueryParam {
    pub name: String,
    schema: Value,
    validator: OnceLock<Validator>,
}

/// `(name, value)` pairs of path parameters.
pub(crate) type Params = Vec<(String, String)>;

/// What a method and path resolve to.
pub(crate) enum Lookup<'a> {
    Found {
        operation: &'a Operation,
        params: Params,
    },
    MethodNotAllowed,
    NotFound,
}

/// All three specs, parsed on first use.
pub(crate) fn spec(api: Api) -> &'static Spec {
    static SPECS: OnceLock<[Spec; 4]> = OnceLock::new();
    let specs = SPECS.get_or_init(|| Api::ALL.map(Spec::load));
    &specs[Api::ALL.iter().position(|a| *a == api).expect("listed api")]
}

impl Spec {
    fn load(api: Api) -> Spec {
        let document: Value = serde_saphyr::from_str(api.source())
            .unwrap_or_else(|e| panic!("vendored {api:?} spec does not parse: {e}"));
        let components = document["components"]["schemas"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let schemas = SchemaSet::new(&components);
        let mut operations = Vec::new();
        for (template, item) in document["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                    operations.push(Operation::parse(template, method, op));
                }
            }
        }
        Spec {
            version: document["info"]["version"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            components,
            schemas,
            operations,
        }
    }

    /// Finds the operation for a method and a path relative to the API prefix. A literal
    /// segment beats a `{param}` (so `/zaken/_zoek` is not `/zaken/{uuid}`).
    pub(crate) fn lookup(&self, method: &str, path: &str) -> Lookup<'_> {
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let mut best: Option<(usize, &Operation, Params)> = None;
        let mut path_known = false;
        for operation in &self.operations {
            let Some((literal, params)) = match_template(&operation.template, &segments) else {
                continue;
            };
            path_known = true;
            if operation.method != method {
                continue;
            }
            if best.as_ref().is_none_or(|(score, _, _)| literal > *score) {
                best = Some((literal, operation, params));
            }
        }
        match best {
            Some((_, operation, params)) => Lookup::Found { operation, params },
            None if path_known => Lookup::MethodNotAllowed,
            None => Lookup::NotFound,
        }
    }

    /// Validates a request body against the operation's request schema.
    pub(crate) fn validate_request(
        &self,
        operation: &Operation,
        body: &Value,
    ) -> Vec<InvalidParam> {
        let validator = operation.request.get_or_init(|| {
            operation.request_schema.as_ref().map(|s| {
                self.schemas
                    .compile(&self.components, s, Direction::Request)
            })
        });
        validator
            .as_ref()
            .map(|v| validate(v, body))
            .unwrap_or_default()
    }

    /// Checks a response body the server is about to send against the spec; problems here are
    /// defects of this test server, recorded so a test can fail on them.
    pub(crate) fn validate_response(
        &self,
        operation: &Operation,
        status: u16,
        body: &Value,
    ) -> Vec<InvalidParam> {
        let validators = operation.response_validators.get_or_init(|| {
            operation
                .responses
                .iter()
                .map(|(status, schema)| {
                    (
                        *status,
                        self.schemas
                            .compile(&self.components, schema, Direction::Response),
                    )
                })
                .collect()
        });
        match validators.iter().find(|(s, _)| *s == status) {
            Some((_, validator)) => validate(validator, body),
            None => vec![InvalidParam::new(
                "nonFieldErrors",
                "undeclared-status",
                format!("status {status}"),
            )],
        }
    }

    /// Validates query parameters: unknown names are refused as Open Zaak does
    /// (`unknown-parameters`), declared ones are checked against their schema.
    pub(crate) fn validate_query(
        &self,
        operation: &Operation,
        query: &[(String, String)],
    ) -> Vec<InvalidParam> {
        let mut problems = Vec::new();
        let unknown: Vec<&str> = query
            .iter()
            .filter(|(name, _)| !operation.query.iter().any(|p| &p.name == name))
            .map(|(name, _)| name.as_str())
            .collect();
        if !unknown.is_empty() {
            problems.push(InvalidParam::new(
                "nonFieldErrors",
                "unknown-parameters",
                format!("Onbekende query parameters: {}", unknown.join(", ")),
            ));
        }
        for (name, raw) in query {
            let Some(param) = operation.query.iter().find(|p| &p.name == name) else {
                continue;
            };
            let validator = param.validator.get_or_init(|| {
                self.schemas
                    .compile(&self.components, &param.schema, Direction::Request)
            });
            let value = coerce(&param.schema, raw);
            for mut problem in validate(validator, &value) {
                problem.name = name.clone();
                problems.push(problem);
            }
        }
        problems
    }
}

impl Operation {
    /// Whether the spec declares a JSON body for this status.
    pub(crate) fn responses_declare(&self, status: u16) -> bool {
        self.responses.iter().any(|(s, _)| *s == status)
    }

    fn parse(template: &str, method: &str, op: &Value) -> Operation {
        let parameters = op["parameters"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let header = |name: &str| {
            parameters
                .iter()
                .find(|p| p["in"] == "header" && p["name"] == name)
        };
        let required = |p: Option<&Value>| p.is_some_and(|p| p["required"] == Value::Bool(true));
        let query = parameters
            .iter()
            .filter(|p| p["in"] == "query")
            .map(|p| QueryParam {
                name: p["name"].as_str().unwrap_or_default().to_owned(),
                schema: p["schema"].clone(),
                validator: OnceLock::new(),
            })
            .collect();
        let responses = op["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(status, response)| {
                let content = response["content"].as_object()?;
                let schema = content
                    .get("application/json")
                    .or_else(|| content.get("application/problem+json"))?;
                Some((status.parse().ok()?, schema["schema"].clone()))
            })
            .collect();
        Operation {
            id: op["operationId"].as_str().unwrap_or_default().to_owned(),
            method: method.to_uppercase(),
            template: template.to_owned(),
            query,
            accept_crs: required(header("Accept-Crs")),
            content_crs: header("Content-Crs").is_some(),
            json_body: required(header("Content-Type")),
            request_schema: op["requestBody"]["content"]["application/json"]
                .get("schema")
                .cloned(),
            request: OnceLock::new(),
            responses,
            response_validators: OnceLock::new(),
        }
    }
}

/// Matches path segments against a template; returns the number of literal segments and the
/// `{name}` values.
fn match_template(template: &str, segments: &[&str]) -> Option<(usize, Params)> {
    let parts: Vec<&str> = template.split('/').collect();
    if parts.len() != segments.len() {
        return None;
    }
    let mut literal = 0;
    let mut params = Vec::new();
    for (part, segment) in parts.iter().zip(segments) {
        if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            if segment.is_empty() {
                return None;
            }
            params.push((name.to_owned(), (*segment).to_owned()));
        } else if part == segment {
            literal += 1;
        } else {
            return None;
        }
    }
    Some((literal, params))
}

/// Reads a query string value as the JSON its schema describes (`explode: false` arrays are
/// comma-separated).
fn coerce(schema: &Value, raw: &str) -> Value {
    match schema["type"].as_str() {
        Some("integer") => raw
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(raw)),
        Some("number") => raw
            .parse::<f64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(raw)),
        Some("boolean") => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::from(raw),
        },
        Some("array") => Value::Array(
            raw.split(',')
                .map(|item| coerce(&schema["items"], item))
                .collect(),
        ),
        _ => Value::from(raw),
    }
}

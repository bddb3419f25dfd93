//! OpenAPI 3.0 schemas turned into JSON Schema 2020-12 validators, and validation errors turned
//! into the `invalidParams` entries a ZGW server returns.
//!
//! The specs' component schemas are the single source of what a valid body is; this module only
//! translates the OpenAPI 3.0 dialect:
//!
//! | OpenAPI 3.0 | JSON Schema 2020-12 here |
//! |---|---|
//! | `nullable: true` | `null` added to `type` (and to `enum`), or `anyOf [schema, null]` |
//! | `readOnly` property | requests: forbidden (`false`) and not required; responses: kept |
//! | `writeOnly` property | responses: forbidden and not required; requests: kept |
//! | `oneOf`/`allOf` of enum components (`…Enum`, `BlankEnum`, `NullEnum`) | one `enum` |
//! | `exclusiveMinimum: true` | numeric `exclusiveMinimum` |
//! | object with `properties`, or `allOf` of several | `unevaluatedProperties: false` (unknown fields are errors) |
//! | `format` `uri`, `date`, `date-time`, `uuid`, `email`, `duration` | asserted |
//! | `$ref` to another spec by URL (only in `_expand`) | `{}` |
//!
//! Refusing unknown fields is stricter than Open Zaak, which ignores them: a misspelt field name
//! in the client would otherwise be silently dropped.

use std::collections::BTreeSet;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::{Map, Value, json};

/// Which side of the exchange a schema checks: read-only fields exist only in responses,
/// write-only fields only in requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Request,
    Response,
}

/// One field error of a `ValidatieFout` body (schema `FieldValidationError`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct InvalidParam {
    /// The camelCase field name; nested fields are joined with dots (`verlenging.reden`);
    /// errors about the object as a whole use `nonFieldErrors`.
    pub name: String,
    /// A machine-readable code, as Open Zaak uses them (`required`, `max_length`,
    /// `invalid_choice`, `invalid`, `null`, `bad-url`, `identificatie-niet-uniek`, …).
    pub code: String,
    /// A human-readable explanation.
    pub reason: String,
}

impl InvalidParam {
    pub(crate) fn new(name: &str, code: &str, reason: impl Into<String>) -> Self {
        Self {
            name: name.to_owned(),
            code: code.to_owned(),
            reason: reason.into(),
        }
    }
}

/// The converted component schemas of one spec, from which validators are compiled.
pub(crate) struct SchemaSet {
    request_defs: Map<String, Value>,
    response_defs: Map<String, Value>,
}

impl SchemaSet {
    /// Converts every schema under `components.schemas` of a parsed spec.
    pub(crate) fn new(components: &Map<String, Value>) -> Self {
        let composed = composed_components(components);
        let convert_all = |direction| {
            let converter = Converter {
                components,
                direction,
            };
            let mut defs = Map::new();
            for (name, schema) in components {
                defs.insert(name.clone(), converter.convert(schema, true));
                if composed.contains(name.as_str()) {
                    defs.insert(format!("{name}{OPEN}"), converter.convert(schema, false));
                }
            }
            defs
        };
        Self {
            request_defs: convert_all(Direction::Request),
            response_defs: convert_all(Direction::Response),
        }
    }

    /// Compiles a validator for an OpenAPI schema found in an operation (often a bare `$ref`).
    pub(crate) fn compile(
        &self,
        components: &Map<String, Value>,
        schema: &Value,
        direction: Direction,
    ) -> Validator {
        let converter = Converter {
            components,
            direction,
        };
        let mut root = match converter.convert(schema, true) {
            Value::Object(map) => map,
            other => {
                let mut map = Map::new();
                map.insert("allOf".into(), json!([other]));
                map
            }
        };
        let defs = match direction {
            Direction::Request => &self.request_defs,
            Direction::Response => &self.response_defs,
        };
        root.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        root.insert("$defs".into(), Value::Object(defs.clone()));
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .build(&Value::Object(root))
            .unwrap_or_else(|e| panic!("vendored OpenAPI schema does not compile: {e}"))
    }
}

/// Validates `instance`, returning every problem as an `invalidParams` entry.
pub(crate) fn validate(validator: &Validator, instance: &Value) -> Vec<InvalidParam> {
    let mut params: Vec<InvalidParam> = Vec::new();
    for error in validator.iter_errors(instance) {
        for param in to_params(&error) {
            if !params
                .iter()
                .any(|p| p.name == param.name && p.code == param.code)
            {
                params.push(param);
            }
        }
    }
    params
}

/// Maps one JSON Schema error onto the field name and code Django REST framework would give.
fn to_params(error: &ValidationError<'_>) -> Vec<InvalidParam> {
    let path: Vec<String> = error
        .instance_path()
        .iter()
        .map(|segment| segment.to_string())
        .collect();
    let field = |extra: Option<&str>| {
        let mut parts = path.clone();
        parts.extend(extra.map(str::to_owned));
        if parts.is_empty() {
            "nonFieldErrors".to_owned()
        } else {
            parts.join(".")
        }
    };
    let reason = error.masked().to_string();
    let one = |code: &str| vec![InvalidParam::new(&field(None), code, reason.clone())];
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            vec![InvalidParam::new(
                &field(Some(name)),
                "required",
                "Dit veld is vereist.",
            )]
        }
        ValidationErrorKind::UnevaluatedProperties { unexpected }
        | ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| InvalidParam::new(&field(Some(name)), "unknown-field", "Onbekend veld."))
            .collect(),
        ValidationErrorKind::FalseSchema => one("read-only"),
        ValidationErrorKind::Type { .. } if error.instance().is_null() => one("null"),
        ValidationErrorKind::Enum { .. } => one("invalid_choice"),
        ValidationErrorKind::MaxLength { .. } | ValidationErrorKind::MaxItems { .. } => {
            one("max_length")
        }
        ValidationErrorKind::MinLength { .. } if error.instance().as_str() == Some("") => {
            one("blank")
        }
        ValidationErrorKind::MinLength { .. } | ValidationErrorKind::MinItems { .. } => {
            one("min_length")
        }
        ValidationErrorKind::Maximum { .. } | ValidationErrorKind::ExclusiveMaximum { .. } => {
            one("max_value")
        }
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::ExclusiveMinimum { .. } => {
            one("min_value")
        }
        _ => one("invalid"),
    }
}

/// Suffix of the open variant of a component: the same schema without
/// `unevaluatedProperties: false`, for use as one branch of an `allOf`.
const OPEN: &str = "__open";

/// Components used as one branch of an `allOf` next to others: there their own properties do
/// not close the object (the composing schema does), so they also get an open variant.
fn composed_components(components: &Map<String, Value>) -> BTreeSet<String> {
    fn walk(value: &Value, found: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Array(branches)) = map.get("allOf")
                    && branches.len() > 1
                {
                    for branch in branches {
                        if let Some(name) = branch
                            .get("$ref")
                            .and_then(Value::as_str)
                            .and_then(component_name)
                        {
                            found.insert(name.to_owned());
                        }
                    }
                }
                map.values().for_each(|v| walk(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    let mut found = BTreeSet::new();
    components
        .values()
        .for_each(|schema| walk(schema, &mut found));
    found
}

fn component_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

struct Converter<'a> {
    components: &'a Map<String, Value>,
    direction: Direction,
}

impl Converter<'_> {
    /// Converts one schema object; `closed` says whether its own `properties` are all the
    /// fields it may have.
    fn convert(&self, schema: &Value, closed: bool) -> Value {
        let Value::Object(source) = schema else {
            return schema.clone();
        };
        if let Some(reference) = source.get("$ref").and_then(Value::as_str) {
            // References into another API's spec (by URL) appear only in `_expand` embeddings,
            // which this server never returns: anything is accepted there.
            let Some(target) = component_name(reference) else {
                return json!({});
            };
            let suffix = if closed { "" } else { OPEN };
            return json!({ "$ref": format!("#/$defs/{target}{suffix}") });
        }
        let mut out = Map::new();
        for (key, value) in source {
            match key.as_str() {
                "nullable" | "discriminator" | "example" | "readOnly" | "writeOnly" | "xml"
                | "externalDocs" => {}
                "properties" => {
                    out.insert(key.clone(), self.convert_properties(value));
                }
                "items" | "not" => {
                    out.insert(key.clone(), self.convert(value, true));
                }
                "additionalProperties" if value.is_object() => {
                    out.insert(key.clone(), self.convert(value, true));
                }
                "allOf" | "anyOf" | "oneOf" => {
                    let branches = value.as_array().map(Vec::as_slice).unwrap_or_default();
                    if let Some(values) = self.enum_union(branches) {
                        out.insert("enum".into(), Value::Array(values));
                    } else {
                        let open = key == "allOf" && branches.len() > 1;
                        let converted = branches.iter().map(|b| self.convert(b, !open)).collect();
                        out.insert(key.clone(), Value::Array(converted));
                    }
                }
                "required" => {
                    let required = value
                        .as_array()
                        .map(|names| {
                            names
                                .iter()
                                .filter(|name| {
                                    !self.hidden(source, name.as_str().unwrap_or_default())
                                })
                                .cloned()
                                .collect()
                        })
                        .unwrap_or_default();
                    out.insert(key.clone(), Value::Array(required));
                }
                "exclusiveMinimum" | "exclusiveMaximum" => {
                    let bound = if key == "exclusiveMinimum" {
                        "minimum"
                    } else {
                        "maximum"
                    };
                    if value == &Value::Bool(true)
                        && let Some(limit) = source.get(bound)
                    {
                        out.insert(key.clone(), limit.clone());
                    }
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        if let Some(Value::Bool(true)) = source.get("exclusiveMinimum") {
            out.remove("minimum");
        }
        if let Some(Value::Bool(true)) = source.get("exclusiveMaximum") {
            out.remove("maximum");
        }
        let composes = source
            .get("allOf")
            .and_then(Value::as_array)
            .is_some_and(|b| b.len() > 1);
        if closed
            && (source.contains_key("properties") || composes)
            && !source.contains_key("additionalProperties")
        {
            out.insert("unevaluatedProperties".into(), Value::Bool(false));
        }
        if source.get("nullable") == Some(&Value::Bool(true)) {
            return nullable(out);
        }
        Value::Object(out)
    }

    fn convert_properties(&self, properties: &Value) -> Value {
        let Value::Object(properties) = properties else {
            return properties.clone();
        };
        let converted = properties
            .iter()
            .map(|(name, schema)| {
                let value = if self.hidden(properties, name) {
                    Value::Bool(false)
                } else {
                    self.convert(schema, true)
                };
                (name.clone(), value)
            })
            .collect();
        Value::Object(converted)
    }

    /// Whether a property may not appear in this direction. `owner` is either the schema with
    /// `properties` (for `required`) or the `properties` map itself.
    fn hidden(&self, owner: &Map<String, Value>, name: &str) -> bool {
        let property = owner
            .get("properties")
            .and_then(|p| p.get(name))
            .or_else(|| owner.get(name));
        let flag = |key: &str| property.and_then(|p| p.get(key)) == Some(&Value::Bool(true));
        match self.direction {
            Direction::Request => flag("readOnly"),
            Direction::Response => flag("writeOnly"),
        }
    }

    /// `oneOf: [FooEnum, BlankEnum]` and `allOf: [FooEnum]` are one enumeration: flattening
    /// them gives `invalid_choice` errors instead of "not valid under any of the schemas".
    fn enum_union(&self, branches: &[Value]) -> Option<Vec<Value>> {
        if branches.is_empty() {
            return None;
        }
        let mut values = Vec::new();
        for branch in branches {
            let resolved = match branch
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(component_name)
            {
                Some(name) => self.components.get(name)?,
                None => branch,
            };
            for value in resolved.get("enum")?.as_array()? {
                if !values.contains(value) {
                    values.push(value.clone());
                }
            }
        }
        Some(values)
    }
}

/// Lets a converted schema also accept `null`.
fn nullable(mut schema: Map<String, Value>) -> Value {
    if let Some(Value::Array(values)) = schema.get_mut("enum")
        && !values.contains(&Value::Null)
    {
        values.push(Value::Null);
    }
    match schema.get("type").cloned() {
        Some(Value::String(kind)) => {
            schema.insert("type".into(), json!([kind, "null"]));
            Value::Object(schema)
        }
        Some(_) => Value::Object(schema),
        None if schema.contains_key("enum") => Value::Object(schema),
        None => json!({ "anyOf": [Value::Object(schema), { "type": "null" }] }),
    }
}

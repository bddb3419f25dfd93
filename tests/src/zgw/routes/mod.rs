//! Handlers of the operations this server implements, one module per API, dispatched by the
//! spec's `operationId`. A request reaches a handler only after authentication, headers, query
//! parameters and the body passed the spec checks; handlers add the checks a schema cannot
//! express and change the store.

mod autorisaties;
mod catalogi;
mod catalogi_write;
mod documenten;
mod zaken;

use serde_json::{Map, Value, json};

use super::openapi::{Api, Operation};
use super::problem::Problem;
use super::state::Store;

/// Open Zaak's page size.
const PAGE_SIZE: usize = 100;

/// A request that passed the generic checks.
pub(crate) struct Call<'a> {
    pub operation: &'a Operation,
    pub path_params: Vec<(String, String)>,
    pub query: Vec<(String, String)>,
    /// The parsed JSON body (`Null` when there is none).
    pub body: Value,
}

impl Call<'_> {
    pub(crate) fn path_param(&self, name: &str) -> &str {
        self.path_params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    pub(crate) fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Refuses filters the spec declares but this server does not implement, rather than
    /// silently returning unfiltered results.
    pub(crate) fn only_filters(&self, implemented: &[&str]) -> Result<(), Problem> {
        match self
            .query
            .iter()
            .find(|(name, _)| name != "page" && !implemented.contains(&name.as_str()))
        {
            Some((name, _)) => Err(Problem::new(
                501,
                "not-implemented",
                format!("filter {name}"),
            )),
            None => Ok(()),
        }
    }

    /// The request body's fields (the schema check guarantees an object).
    pub(crate) fn fields(&self) -> Map<String, Value> {
        self.body.as_object().cloned().unwrap_or_default()
    }
}

/// A successful answer.
pub(crate) enum Reply {
    Json {
        status: u16,
        body: Value,
        location: Option<String>,
    },
    Bytes(Vec<u8>),
    NoContent,
}

impl Reply {
    pub(crate) fn ok(body: Value) -> Self {
        Reply::Json {
            status: 200,
            body,
            location: None,
        }
    }

    pub(crate) fn created(body: Value) -> Self {
        let location = body["url"].as_str().map(str::to_owned);
        Reply::Json {
            status: 201,
            body,
            location,
        }
    }
}

pub(crate) type Outcome = Result<Reply, Problem>;

/// Runs the handler for an operation; `None` when this server does not implement it.
pub(crate) fn dispatch(api: Api, call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    match api {
        Api::Catalogi => {
            catalogi::handle(call, store).or_else(|| catalogi_write::handle(call, store))
        }
        Api::Zaken => zaken::handle(call, store),
        Api::Documenten => documenten::handle(call, store),
        Api::Autorisaties => autorisaties::handle(call, store),
    }
}

/// The paginated list body `{count, next, previous, results}`, newest first as Open Zaak
/// lists (`items` come in the order they were made).
pub(crate) fn paginate(call: &Call<'_>, list_url: &str, mut items: Vec<Value>) -> Outcome {
    items.reverse();
    let page: usize = call
        .query("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .max(1);
    let count = items.len();
    let pages = count.div_ceil(PAGE_SIZE).max(1);
    if page > pages {
        return Err(Problem::not_found());
    }
    let others: Vec<String> = call
        .query
        .iter()
        .filter(|(n, _)| n != "page")
        .map(|(n, v)| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair(n, v)
                .finish()
        })
        .collect();
    let link = |p: usize| {
        let mut parts = others.clone();
        parts.push(format!("page={p}"));
        Value::from(format!("{list_url}?{}", parts.join("&")))
    };
    let results: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    Ok(Reply::ok(json!({
        "count": count,
        "next": if page < pages { link(page + 1) } else { Value::Null },
        "previous": if page > 1 { link(page - 1) } else { Value::Null },
        "results": results,
    })))
}

/// The RSIN/BSN eleven test: nine digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
pub(crate) fn rsin_valid(rsin: &str) -> bool {
    let digits: Vec<i64> = rsin
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(i64::from)
        .collect();
    if rsin.len() != 9 || digits.len() != 9 {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum % 11 == 0
}

/// Field errors for RSIN fields that fail the eleven test.
pub(crate) fn rsin_problems(
    fields: &Map<String, Value>,
    names: &[&str],
) -> Vec<super::schema::InvalidParam> {
    names
        .iter()
        .filter(|name| {
            fields
                .get(**name)
                .and_then(Value::as_str)
                .is_some_and(|v| !rsin_valid(v))
        })
        .map(|name| {
            super::schema::InvalidParam::new(name, "invalid", "Onjuist RSIN: de elfproef faalt.")
        })
        .collect()
}

/// Today in the Netherlands, as the API writes dates.
pub(crate) fn today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// Now, as the API writes date-times.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A list of `(name, value)` query pairs matched exactly against a stored field.
pub(crate) fn matches_all(object: &Map<String, Value>, filters: &[(&str, Option<&str>)]) -> bool {
    filters.iter().all(|(field, wanted)| match wanted {
        Some(wanted) => object.get(*field).and_then(Value::as_str) == Some(*wanted),
        None => true,
    })
}

//! Autorisaties API 1.0.0, as far as a municipality's set-up script uses it: make the
//! Applicatie for Leefwereld's client id with its autorisaties, and find it again. The client's
//! secret is not part of this API (Open Zaak keeps it in its admin); this server knows the one
//! client it was started with.

use serde_json::Value;
use uuid::Uuid;

use super::{Call, Outcome, Reply, paginate};
use crate::zgw::openapi::Api;
use crate::zgw::problem::Problem;
use crate::zgw::state::Store;

pub(super) fn handle(call: &Call<'_>, store: &mut Store) -> Option<Outcome> {
    Some(match call.operation.id.as_str() {
        "applicatie_create" => create(call, store),
        "applicatie_list" => list(call, store),
        _ => return None,
    })
}

fn create(call: &Call<'_>, store: &mut Store) -> Outcome {
    let mut fields = call.fields();
    let ids: Vec<&str> = fields["clientIds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let taken = store.applicaties.iter().any(|a| {
        a["clientIds"].as_array().is_some_and(|known| {
            known
                .iter()
                .any(|k| k.as_str().is_some_and(|k| ids.contains(&k)))
        })
    });
    if taken {
        return Err(Problem::field(
            "clientIds",
            "clientId-exists",
            "Er bestaat al een applicatie met deze client-id.",
        ));
    }
    let uuid = Uuid::new_v4();
    fields.insert(
        "url".into(),
        store.url(Api::Autorisaties, "applicaties", uuid).into(),
    );
    let body = Value::Object(fields);
    store.applicaties.push(body.clone());
    Ok(Reply::created(body))
}

fn list(call: &Call<'_>, store: &Store) -> Outcome {
    let wanted: Vec<&str> = call
        .query("clientIds")
        .map(|ids| ids.split(',').collect())
        .unwrap_or_default();
    let items = store
        .applicaties
        .iter()
        .filter(|a| {
            wanted.is_empty()
                || a["clientIds"].as_array().is_some_and(|ids| {
                    ids.iter()
                        .any(|i| i.as_str().is_some_and(|i| wanted.contains(&i)))
                })
        })
        .cloned()
        .collect();
    let url = format!("{}{}/applicaties", store.base, Api::Autorisaties.prefix());
    paginate(call, &url, items)
}

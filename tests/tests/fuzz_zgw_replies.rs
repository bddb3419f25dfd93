//! Bounded fuzzing on stable, run by CI: the ZGW client reads replies of a hostile case system
//! over real HTTP (structure-aware mutations of replies shaped like Open Zaak's). Every case
//! must end in a result or a transport error, in bounded time. The harness and its knob
//! (`LEEFWERELD_FUZZ_CASES`) are in `leefwereld_tests::fuzz`; the libFuzzer target is
//! `fuzz/fuzz_targets/zgw_reply.rs`.

use std::time::Duration;

use chrono::NaiveDate;
use leefwereld_core::sync::{CaseSystem, Delivery};
use leefwereld_tests::fuzz::{bounded, cases, dump_seeds, input_from, runner};
use leefwereld_tests::hostile::HostileServer;
use leefwereld_zgw::ZgwClient;
use proptest::prelude::*;

/// Replies shaped like Open Zaak's (paginated lists, a zaak, a document, a problem body).
fn zgw_seeds(base: &str) -> Vec<Vec<u8>> {
    let zaaktype = format!("{base}/catalogi/api/v1/zaaktypen/0b8e1c3a-7d2f-4e8b-9a51-3c6d2e1f0a9b");
    let iot = format!(
        "{base}/catalogi/api/v1/informatieobjecttypen/5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"
    );
    let zaak = format!("{base}/zaken/api/v1/zaken/9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f");
    let document = format!(
        "{base}/documenten/api/v1/enkelvoudiginformatieobjecten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    );
    [
        serde_json::json!({"count": 1, "next": null, "previous": null, "results": [
            {"url": zaaktype, "identificatie": "LW-SIGNAAL", "concept": false,
             "informatieobjecttypen": [iot], "beginGeldigheid": "2026-01-01"}]}),
        serde_json::json!({"count": 1, "next": null, "previous": null, "results": [
            {"url": iot, "omschrijving": "Leefwereld-notitie", "concept": false}]}),
        serde_json::json!({"count": 1, "next": null, "previous": null, "results": [
            {"url": zaak, "identificatie": "LW-1", "zaaktype": zaaktype, "bronorganisatie": "002220647"}]}),
        serde_json::json!({"url": zaak, "uuid": "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f",
            "identificatie": "LW-1", "zaaktype": zaaktype}),
        serde_json::json!({"url": document, "identificatie": "D-1", "versie": 1,
            "inhoud": format!("{document}/download?versie=1"), "bestandsomvang": 12,
            "informatieobjecttype": iot, "locked": false}),
        serde_json::json!([{"url": format!("{base}/zaken/api/v1/zaakinformatieobjecten/1"),
            "informatieobject": document, "zaak": zaak}]),
        serde_json::json!({"type": "https://x/ValidatieFout", "code": "invalid", "title": "Fout",
            "status": 400, "detail": "", "instance": "urn:x",
            "invalidParams": [{"name": "identificatie", "code": "identificatie-niet-uniek", "reason": "bestaat al"}]}),
    ]
    .iter()
    .map(|v| serde_json::to_vec(v).unwrap())
    .collect()
}

#[test]
fn replies_of_a_hostile_case_system_end_in_a_result_or_a_transport_error() {
    let server = HostileServer::start();
    let client = ZgwClient::new(
        &server.profile(),
        "d-8c1f0a",
        "Jongerenwerk Zuid",
        Duration::from_secs(2),
    );
    let status = prop::sample::select(vec![
        200u16, 201, 204, 400, 401, 403, 404, 409, 412, 429, 500, 503,
    ]);
    let seeds = zgw_seeds(&server.url);
    // The cargo-fuzz target reads replies separated by a marker line, status index first.
    dump_seeds(
        "zgw_reply",
        &[
            // The catalogue's zaaktype, its document type, no zaak yet, the created zaak...
            [
                &[0u8][..],
                &seeds[0],
                b"\n--reply--\n\x00",
                &seeds[1],
                b"\n--reply--\n\x00",
                br#"{"count":0,"next":null,"previous":null,"results":[]}"#,
                b"\n--reply--\n\x01",
                &seeds[3],
                b"\n--reply--\n\x01",
                &seeds[4],
            ]
            .concat(),
            [&[0u8][..], &seeds[5]].concat(),
            [&[3u8][..], &seeds[6]].concat(),
        ],
    );
    let strategy = prop::collection::vec((status, input_from(seeds)), 1..6);
    let delivery = Delivery {
        document_id: "LW-4F2A9C0D1E3B5A7C-2".into(),
        case_id: "LW-4F2A9C0D1E3B5A7C".into(),
        case_title: "Leefwereld-signaal".into(),
        case_start: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        title: "Leefwereld-notitie".into(),
        file_name: "notitie.age".into(),
        media_type: "application/octet-stream".into(),
        content: b"age-encryption.org/v1 ...".to_vec(),
        author: "Jongerenwerk Zuid".into(),
        created: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    };
    runner(cases())
        .run(&strategy, |replies| {
            *server.replies.lock().unwrap() = replies.clone();
            let fetched = bounded(|| client.fetch_case_documents("LW-4F2A9C0D1E3B5A7C"))?;
            if let Err(e) = &fetched {
                // The error a worker may see names no server content.
                prop_assert!(!e.to_string().is_empty());
            }
            *server.replies.lock().unwrap() = replies;
            let _ = bounded(|| client.deliver(&delivery, &mut |_| {}))?;
            Ok(())
        })
        .unwrap();
}

//! Bounded fuzzing on stable, run by CI: every decoder that reads bytes someone else could have
//! written gets arbitrary bytes and structure-aware mutations of real inputs (the fixtures the
//! other tests use), through the public API. Each case must end in a value or a typed error:
//! no panic, and no case may take long (a hang shows as a case over [`CASE_BUDGET`]).
//!
//! - the connection profile (JSON and `LWP1:` text), from a municipality or a QR code;
//! - the minimiser's input, which is whatever the worker typed or pasted;
//! - the shared-entry JSON and its age encryption, as the municipality receives it;
//! - team reports (signed envelopes) planted in the team's zaak by anyone with its recipient;
//! - replies of a (hostile) ZGW case system, over real HTTP;
//! - the vault on disk: its redb file with arbitrary byte changes, single sealed records
//!   changed, and the key file changed (an attacker with the phone's storage).
//!
//! Cases per property: `LEEFWERELD_FUZZ_CASES` (default 256: about 4 s for the whole file in a
//! debug build; 2,000 take about 30 s). The vault properties, which unlock a vault per case, run
//! a quarter of that, the minimiser twice that. A long run: `LEEFWERELD_FUZZ_CASES=50000 cargo
//! test --release -p leefwereld-core --test fuzz_decoders`. The libFuzzer versions of the same targets are in `fuzz/`.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use leefwereld_core::minimise::{TextField, redact_all, scan};
use leefwereld_core::share::payload::{SharedEntry, decrypt_with, encrypt_to};
use leefwereld_core::store;
use leefwereld_core::summary::team::team_case;
use leefwereld_core::sync::zgw::ZgwClient;
use leefwereld_core::sync::{CaseSystem, ConnectionProfile, Delivery};
use leefwereld_core::{
    EntryContent, Error, IsoWeek, Lang, ListFilter, ManualClock, Profile, Role, Vault,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;
use support::cases::MemoryCases;
use support::*;

const DEFAULT_CASES: u32 = 256;
/// Far more than any decoder needs for one input; a case over it is treated as a hang.
const CASE_BUDGET: Duration = Duration::from_secs(10);

fn cases() -> u32 {
    std::env::var("LEEFWERELD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES)
        .max(1)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        // Inputs come from the fixtures; a failure prints its minimal input instead.
        failure_persistence: None,
        ..Config::default()
    })
}

/// With `LEEFWERELD_FUZZ_SEED_DIR` set, writes `seeds` as the initial corpus of the cargo-fuzz
/// target `target` (`fuzz/corpus/<target>/seed-<n>`); see fuzz/README.md.
fn dump_seeds(target: &str, seeds: &[Vec<u8>]) {
    let Some(dir) = std::env::var_os("LEEFWERELD_FUZZ_SEED_DIR") else {
        return;
    };
    let dir = Path::new(&dir).join(target);
    std::fs::create_dir_all(&dir).unwrap();
    for (n, seed) in seeds.iter().enumerate() {
        std::fs::write(dir.join(format!("seed-{n:03}")), seed).unwrap();
    }
}

/// Runs `check` and fails the case when it takes longer than [`CASE_BUDGET`].
fn bounded<T>(check: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let out = check();
    prop_assert!(
        started.elapsed() < CASE_BUDGET,
        "one input took {:?}",
        started.elapsed()
    );
    Ok(out)
}

/// One change to a seed: libFuzzer's basic mutations.
#[derive(Clone, Debug)]
enum Edit {
    Set(Index, u8),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Remove(Index, Index),
    Truncate(Index),
    /// A copy of one part of the input over another (repeats tokens such as `{`, `"`, `,`).
    Copy(Index, Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Edit::Flip(i, b)),
        (
            any::<Index>(),
            prop::collection::vec(
                prop_oneof![
                    any::<u8>(),
                    prop::sample::select(b"{}[]\":,0-9.eE+\\u\n ".to_vec())
                ],
                1..12
            )
        )
            .prop_map(|(i, b)| Edit::Insert(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Remove(a, b)),
        any::<Index>().prop_map(Edit::Truncate),
        (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(a, b, c)| Edit::Copy(a, b, c)),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..6)
}

fn mutate(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for edit in edits {
        let len = out.len();
        match edit {
            Edit::Set(i, b) if len > 0 => out[i.index(len)] = *b,
            Edit::Flip(i, bit) if len > 0 => out[i.index(len)] ^= 1 << bit,
            Edit::Insert(i, bytes) => {
                let at = i.index(len + 1);
                out.splice(at..at, bytes.iter().copied());
            }
            Edit::Remove(a, n) if len > 0 => {
                let start = a.index(len);
                let end = (start + 1 + n.index(16)).min(len);
                out.drain(start..end);
            }
            Edit::Truncate(i) => out.truncate(i.index(len + 1)),
            Edit::Copy(from, n, to) if len > 0 => {
                let start = from.index(len);
                let end = (start + 1 + n.index(32)).min(len);
                let part = out[start..end].to_vec();
                let at = to.index(len + 1);
                out.splice(at..at, part);
            }
            _ => {}
        }
    }
    out
}

/// Arbitrary bytes, a mutated seed, or a seed cut and joined to another seed.
fn input_from(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let seeds = Arc::new(seeds);
    let (a, b) = (seeds.clone(), seeds);
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512),
        4 => (any::<Index>(), edits()).prop_map(move |(i, e)| mutate(&a[i.index(a.len())], &e)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(move |(x, y, cut)| {
            let (x, y) = (&b[x.index(b.len())], &b[y.index(b.len())]);
            let cut = cut.index(x.len().min(y.len()) + 1);
            [&x[..cut], &y[cut..]].concat()
        }),
    ]
}

/// A JSON value of any shape, for replacing one field of a real document.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,80}".prop_map(Value::String),
        "[a-z]{0,4}://[^ ]{0,60}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A real JSON object with one field replaced, removed or added.
fn with_field_changed(seed: &Value, field: &str, value: Option<Value>) -> Vec<u8> {
    let mut doc = seed.clone();
    if let Some(map) = doc.as_object_mut() {
        match value {
            Some(v) => map.insert(field.to_owned(), v),
            None => map.remove(field),
        };
    }
    serde_json::to_vec(&doc).unwrap()
}

fn field_change(seed: &Value) -> impl Strategy<Value = Vec<u8>> + use<> {
    let seed = seed.clone();
    let mut fields: Vec<String> = seed
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    fields.push("extra".into());
    (
        prop::sample::select(fields),
        prop::option::weighted(0.9, json_value()),
    )
        .prop_map(move |(field, value)| with_field_changed(&seed, &field, value))
}

// ---------------------------------------------------------------------------------------------
// The connection profile

fn lwp1(json: &[u8]) -> Vec<u8> {
    format!("LWP1:{}", URL_SAFE_NO_PAD.encode(json)).into_bytes()
}

#[test]
fn connection_profiles_decode_to_a_valid_profile_or_a_reason() {
    let good: Value = serde_json::from_str(&municipality().profile_json).unwrap();
    let mut team = good.clone();
    team["team"] = serde_json::json!({
        "id": "jw-zuid",
        "recipient": age::x25519::Identity::generate().to_public().to_string(),
    });
    let seeds: Vec<Vec<u8>> = [&good, &team]
        .iter()
        .flat_map(|v| {
            let json = serde_json::to_vec(v).unwrap();
            [lwp1(&json), json]
        })
        .collect();
    dump_seeds("profile", &seeds);
    let strategy = prop_oneof![
        input_from(seeds),
        field_change(&team),
        // A mutated profile inside the QR code's text form.
        (field_change(&good), edits()).prop_map(|(json, e)| lwp1(&mutate(&json, &e))),
    ];
    runner(cases())
        .run(&strategy, |bytes| {
            let text = String::from_utf8_lossy(&bytes);
            match bounded(|| ConnectionProfile::parse(&text))? {
                // What parse accepts passes the checks the vault applies on every use.
                Ok(profile) => prop_assert_eq!(profile.validate(), Ok(())),
                Err(problem) => prop_assert!(!problem.localized(Lang::Nl).is_empty()),
            }
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// The minimiser

fn corpus_inputs() -> Vec<Vec<u8>> {
    include_str!("data/minimise_corpus.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(2))
        .map(|input| input.as_bytes().to_vec())
        .collect()
}

#[test]
fn the_minimiser_reads_any_text_and_its_findings_point_into_it() {
    dump_seeds("minimiser", &corpus_inputs());
    let strategy = (
        input_from(corpus_inputs()),
        prop::collection::vec("\\PC{0,20}", 0..3),
    );
    runner(cases() * 2)
        .run(&strategy, |(bytes, aliases)| {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let findings = bounded(|| scan(TextField::Text, &text, &aliases))?;
            for f in &findings {
                prop_assert!(f.start <= f.end && f.end <= text.len());
                prop_assert_eq!(text.get(f.start..f.end), Some(f.matched.as_str()));
            }
            let mut content = signal(&text, &text);
            content.neighbourhood = text.chars().take(60).collect();
            content.aliases = aliases;
            let minimised = bounded(|| redact_all(&content))?;
            // Redaction replaces spans with short tokens: the output cannot grow without bound.
            // (A finding's text may still occur elsewhere inside an ordinary word, which is
            // not a finding, so "gone from the output" is not a property of the minimiser.)
            let input_len = content.text.len() + content.reason.len() + content.neighbourhood.len();
            let output_len =
                minimised.text.len() + minimised.reason.len() + minimised.neighbourhood.len();
            prop_assert!(output_len <= 16 * input_len + 64);
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// The shared entry, as the municipality receives it

fn shared_entry() -> SharedEntry {
    SharedEntry {
        schema: "leefwereld-entry/1".into(),
        reference: "LW-4F2A9C0D1E3B5A7C".into(),
        revision: 2,
        organisation: "Jongerenwerk Zuid".into(),
        device: "d-8c1f0a".into(),
        target: "municipality".into(),
        kind: "signaal".into(),
        theme: "planned_fight".into(),
        platform: "snapchat".into(),
        source_type: "direct_contact".into(),
        urgency: "high".into(),
        observed: "2026-11-23".into(),
        neighbourhood: "Zuidwijk".into(),
        age_band: Some("16-17".into()),
        text: "Afspraak voor een vechtpartij na school bij [plaats].".into(),
        reason: Some("Meerdere groepen worden opgeroepen.".into()),
        consent: None,
        shared_on: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
    }
}

#[test]
fn shared_entries_decode_or_are_refused_and_their_encryption_is_tamper_evident() {
    let municipality = age::x25519::Identity::generate();
    let identity = {
        use age::secrecy::ExposeSecret;
        municipality.to_string().expose_secret().to_owned()
    };
    let json = shared_entry().to_json();
    let seed: Value = serde_json::from_str(&json).unwrap();
    let sealed = encrypt_to(&[municipality.to_public().to_string()], json.as_bytes()).unwrap();
    dump_seeds("shared_entry", &[json.clone().into_bytes(), sealed.clone()]);
    let strategy = (
        prop_oneof![
            input_from(vec![json.clone().into_bytes()]),
            field_change(&seed)
        ],
        edits(),
    );
    runner(cases())
        .run(&strategy, |(plain, cipher_edits)| {
            if let Ok(entry) = bounded(|| serde_json::from_slice::<SharedEntry>(&plain))? {
                // What decodes encodes back to the same entry.
                let again: SharedEntry = serde_json::from_str(&entry.to_json()).unwrap();
                prop_assert_eq!(again, entry);
            }
            let tampered = mutate(&sealed, &cipher_edits);
            match bounded(|| decrypt_with(&identity, &tampered))? {
                Some(opened) => {
                    prop_assert_eq!(&tampered, &sealed, "a changed document was opened");
                    prop_assert_eq!(opened, json.as_bytes());
                }
                None => prop_assert_ne!(&tampered, &sealed),
            }
            prop_assert!(decrypt_with(&identity, &plain).is_none());
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Team reports in the team's zaak

const TEAM: &str = "jw-zuid";

fn member(
    role: Role,
    name: &str,
    clock: &Arc<ManualClock>,
    lead: Option<&str>,
) -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Profile {
        role,
        pseudonym: name.into(),
        ..profile()
    };
    let vault = Vault::create(dir.path().join("v"), PASSPHRASE, profile, options(clock)).unwrap();
    let lead = lead.map_or_else(|| vault.recipient().unwrap(), str::to_owned);
    let mut value: Value = serde_json::from_str(&municipality().profile_json).unwrap();
    value["team"] = serde_json::json!({ "id": TEAM, "recipient": lead });
    vault.import_connection_profile(&value.to_string()).unwrap();
    (dir, vault)
}

#[test]
fn team_reports_from_anyone_are_counted_once_or_refused() {
    let clock = Arc::new(ManualClock::new(start()));
    let (_lead_dir, lead) = member(Role::TeamLead, "TL-1", &clock, None);
    let lead_recipient = lead.recipient().unwrap();
    let (_worker_dir, worker) = member(Role::YouthWorker, "JW-1", &clock, Some(&lead_recipient));
    let week = IsoWeek::of(start());
    let zaak = MemoryCases::default();
    worker.capture(trend("Echte trend"), vec![]).unwrap();
    worker.queue_team_report(week).unwrap();
    worker.sync_now(&zaak, false, &mut |_| {}).unwrap();
    lead.fetch_team_reports(&zaak, &[week]).unwrap();
    assert_eq!(accept_waiting_keys(&lead), 1);
    assert_eq!(lead.fetch_team_reports(&zaak, &[week]).unwrap().accepted, 1);
    let total = lead.team_summary(week).unwrap().total;

    // The seeds: the worker's real sealed document, and the signed envelope inside it (sealed
    // once more to a key this test holds, by pointing the worker's profile at it).
    let real: Vec<u8> = zaak
        .documents
        .lock()
        .unwrap()
        .values()
        .next()
        .unwrap()
        .1
        .clone();
    let spy = age::x25519::Identity::generate();
    let spy_identity = {
        use age::secrecy::ExposeSecret;
        spy.to_string().expose_secret().to_owned()
    };
    let mut value: Value = serde_json::from_str(&municipality().profile_json).unwrap();
    value["team"] = serde_json::json!({ "id": TEAM, "recipient": spy.to_public().to_string() });
    worker
        .import_connection_profile(&value.to_string())
        .unwrap();
    let report = worker.weekly_report(week).unwrap();
    let envelope =
        decrypt_with(&spy_identity, &worker.sealed_team_report(&report).unwrap()).unwrap();
    let signed_report = |plain: &[u8]| -> Option<String> {
        let v: Value = serde_json::from_slice(plain).ok()?;
        v["report"].as_str().map(str::to_owned)
    };
    let genuine = signed_report(&envelope).unwrap();
    let envelope_json: Value = serde_json::from_slice(&envelope).unwrap();
    dump_seeds("team_report", std::slice::from_ref(&envelope));

    // (plaintext when this test encrypted it, the document planted in the zaak)
    let seal = {
        let lead_recipient = lead_recipient.clone();
        move |plain: Vec<u8>| {
            let sealed = encrypt_to(std::slice::from_ref(&lead_recipient), &plain).unwrap();
            (Some(plain), sealed)
        }
    };
    let strategy = prop_oneof![
        input_from(vec![real.clone()]).prop_map(|bytes| (None, bytes)),
        input_from(vec![envelope.clone()]).prop_map(seal.clone()),
        field_change(&envelope_json).prop_map(seal),
    ];
    let planted = "geplant";
    runner(cases())
        .run(&strategy, |(plain, bytes)| {
            zaak.documents
                .lock()
                .unwrap()
                .insert(planted.into(), (team_case(TEAM, week), bytes.clone()));
            let outcome = bounded(|| lead.fetch_team_reports(&zaak, &[week]))?;
            zaak.documents.lock().unwrap().remove(planted);
            let outcome = outcome.unwrap();
            if !outcome.refused.iter().any(|(id, _)| id == planted) {
                // Only the worker's own signed bytes are taken, however they are wrapped.
                match plain {
                    Some(plain) => prop_assert_eq!(signed_report(&plain), Some(genuine.clone())),
                    None => prop_assert_eq!(&bytes, &real),
                }
            }
            prop_assert_eq!(lead.team_summary(week).unwrap().total, total);
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Replies of a ZGW case system

/// The replies still to give: (status, body).
type Replies = Arc<Mutex<Vec<(u16, Vec<u8>)>>>;

/// A case system on loopback that answers each request with the next of `replies` (status,
/// body), the last one repeated.
struct HostileServer {
    url: String,
    replies: Replies,
}

impl HostileServer {
    fn start() -> HostileServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let replies: Replies = Arc::default();
        let queue = replies.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let (status, reply) = {
                    let mut queue = queue.lock().unwrap();
                    if queue.len() > 1 {
                        queue.remove(0)
                    } else {
                        queue.first().cloned().unwrap_or((500, Vec::new()))
                    }
                };
                let mut stream = reader.into_inner();
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    reply.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&reply);
            }
        });
        HostileServer { url, replies }
    }

    fn client(&self) -> ZgwClient {
        let mut profile: Value = serde_json::from_str(&municipality().profile_json).unwrap();
        for (field, api) in [
            ("catalogi_url", "catalogi"),
            ("zaken_url", "zaken"),
            ("documenten_url", "documenten"),
        ] {
            profile[field] = Value::String(format!("{}/{api}/api/v1", self.url));
        }
        let profile = ConnectionProfile::parse(&profile.to_string()).unwrap();
        ZgwClient::new(
            &profile,
            "d-8c1f0a",
            "Jongerenwerk Zuid",
            Duration::from_secs(2),
        )
    }
}

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
    let client = server.client();
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

// ---------------------------------------------------------------------------------------------
// The vault on disk

struct Original {
    _dir: tempfile::TempDir,
    files: Vec<(String, Vec<u8>)>,
    clock: Arc<ManualClock>,
}

/// A vault with trends, a signal with an attachment, edits and a deletion, closed: what an
/// attacker with the storage finds.
fn original() -> Original {
    let fixture = Fixture::new();
    let vault = &fixture.vault;
    vault
        .capture(trend("Challenge met deodorant"), vec![])
        .unwrap();
    let signal = vault
        .capture(
            signal("Afspraak om te vechten", "Groepen roepen op"),
            vec![leefwereld_core::Attachment {
                name: "scherm.png".into(),
                media_type: "image/png".into(),
                bytes: vec![0x89, b'P', b'N', b'G', 1, 2, 3],
            }],
        )
        .unwrap();
    let edited = vault
        .capture(trend("Nieuwe app in de klas"), vec![])
        .unwrap();
    let mut content: EntryContent = edited.content.clone();
    content.text = "Nieuwe app in groep 8".into();
    vault.edit(edited.id, content, vec![]).unwrap();
    vault.delete(signal.id).unwrap();
    vault
        .capture(trend("Filmpjes van de vechtpartij"), vec![])
        .unwrap();
    let Fixture { dir, clock, vault } = fixture;
    drop(vault);
    let path = dir.path().join("vault");
    let files = std::fs::read_dir(&path)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    Original {
        _dir: dir,
        files,
        clock,
    }
}

impl Original {
    /// The vault's files in `dir`, with `change` applied to the file named `name`.
    fn write(&self, dir: &Path, name: &str, change: impl FnOnce(&[u8]) -> Vec<u8>) {
        std::fs::create_dir_all(dir).unwrap();
        let mut change = Some(change);
        for (file, bytes) in &self.files {
            let bytes = if file == name {
                (change.take().unwrap())(bytes)
            } else {
                bytes.clone()
            };
            std::fs::write(dir.join(file), bytes).unwrap();
        }
    }

    /// Opens and unlocks, then reads everything a worker could ask for. Every step may fail
    /// with a typed error; none may panic.
    fn use_vault(&self, dir: &Path) -> Result<(), Error> {
        let vault = Vault::open_with(dir, options(&self.clock))?;
        vault.unlock(PASSPHRASE)?;
        let page = vault.list(&ListFilter::default(), 0, 50)?;
        for item in &page.items {
            let _ = vault.entry(item.id);
            let _ = vault.revisions(item.id);
        }
        let search = ListFilter {
            search: Some("vecht".into()),
            ..ListFilter::default()
        };
        vault.list(&search, 0, 50)?;
        vault.verify_audit()?;
        vault.settings()?;
        Ok(())
    }
}

#[test]
fn a_vault_file_with_arbitrary_changes_opens_or_gives_a_typed_error() {
    let original = original();
    let work = tempfile::tempdir().unwrap();
    let file_len = original
        .files
        .iter()
        .find(|(name, _)| name == store::DATABASE_FILE)
        .unwrap()
        .1
        .len();
    // Changes anywhere in the file, and runs of bytes overwritten (a torn or forged page).
    let strategy = prop::collection::vec(
        (0..file_len, prop::collection::vec(any::<u8>(), 1..64)),
        1..8,
    );
    let n = std::cell::Cell::new(0);
    runner((cases() / 4).max(1))
        .run(&strategy, |changes| {
            n.set(n.get() + 1);
            let dir = work.path().join(n.get().to_string());
            original.write(&dir, store::DATABASE_FILE, |bytes| {
                let mut bytes = bytes.to_vec();
                for (at, run) in &changes {
                    let end = (at + run.len()).min(bytes.len());
                    bytes[*at..end].copy_from_slice(&run[..end - at]);
                }
                bytes
            });
            let _ = bounded(|| original.use_vault(&dir))?;
            let _ = std::fs::remove_dir_all(&dir);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_vault_with_a_forged_record_opens_or_gives_a_typed_error() {
    use redb::{ReadableDatabase, ReadableTable};
    let original = original();
    let work = tempfile::tempdir().unwrap();
    let pristine = work.path().join("pristine");
    original.write(&pristine, "", |b| b.to_vec());
    let db_path = pristine.join(store::DATABASE_FILE);
    // Every record of every u128-keyed sealed table, with its value: the seeds.
    let mut records: Vec<(u8, u128, Vec<u8>)> = Vec::new();
    {
        let db = redb::Database::open(&db_path).unwrap();
        let read = db.begin_read().unwrap();
        let entries = read.open_table(store::ENTRIES).unwrap();
        for row in entries.iter().unwrap().flatten() {
            records.push((0, row.0.value(), row.1.value().to_vec()));
        }
        let index = read.open_table(store::INDEX).unwrap();
        for row in index.iter().unwrap().flatten() {
            records.push((1, u128::from(row.0.value()), row.1.value().to_vec()));
        }
    }
    let meta: Vec<(String, Vec<u8>)> = {
        let db = redb::Database::open(&db_path).unwrap();
        let read = db.begin_read().unwrap();
        let table = read.open_table(store::META).unwrap();
        table
            .iter()
            .unwrap()
            .flatten()
            .map(|r| (r.0.value().to_owned(), r.1.value().to_vec()))
            .collect()
    };
    assert!(!records.is_empty() && !meta.is_empty());
    let (records, meta) = (Arc::new(records), Arc::new(meta));
    let strategy = (any::<Index>(), any::<bool>(), edits());
    let n = std::cell::Cell::new(0);
    runner((cases() / 4).max(1))
        .run(&strategy, |(which, in_meta, edits)| {
            n.set(n.get() + 1);
            let dir = work.path().join(n.get().to_string());
            original.write(&dir, "", |b| b.to_vec());
            {
                let db = redb::Database::open(dir.join(store::DATABASE_FILE)).unwrap();
                let txn = db.begin_write().unwrap();
                if in_meta {
                    let (key, value) = &meta[which.index(meta.len())];
                    txn.open_table(store::META)
                        .unwrap()
                        .insert(key.as_str(), mutate(value, &edits).as_slice())
                        .unwrap();
                } else {
                    let (tag, key, value) = &records[which.index(records.len())];
                    let forged = mutate(value, &edits);
                    if *tag == 0 {
                        txn.open_table(store::ENTRIES)
                            .unwrap()
                            .insert(*key, forged.as_slice())
                            .unwrap();
                    } else {
                        txn.open_table(store::INDEX)
                            .unwrap()
                            .insert(*key as u64, forged.as_slice())
                            .unwrap();
                    }
                }
                txn.commit().unwrap();
            }
            match bounded(|| original.use_vault(&dir))? {
                Ok(()) => {}
                // A forged record is named, or the whole vault is refused.
                Err(Error::Damaged(_) | Error::WrongPassphrase | Error::Locked) => {}
                Err(other) => prop_assert!(false, "unexpected error {other:?}"),
            }
            let _ = std::fs::remove_dir_all(&dir);
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_changed_key_file_never_unlocks_and_gives_a_typed_error() {
    let original = original();
    let work = tempfile::tempdir().unwrap();
    let key: Vec<u8> = original
        .files
        .iter()
        .find(|(name, _)| name == store::KEY_FILE)
        .unwrap()
        .1
        .clone();
    dump_seeds("key_file", std::slice::from_ref(&key));
    let strategy = input_from(vec![key.clone()]);
    let n = std::cell::Cell::new(0);
    runner((cases() / 4).max(1))
        .run(&strategy, |forged| {
            n.set(n.get() + 1);
            let dir = work.path().join(n.get().to_string());
            original.write(&dir, store::KEY_FILE, |_| forged.clone());
            let opened = bounded(|| {
                Vault::open_with(&dir, options(&original.clock)).and_then(|v| v.unlock(PASSPHRASE))
            })?;
            if forged != key {
                prop_assert!(opened.is_err(), "a changed key file unlocked the vault");
            }
            let _ = std::fs::remove_dir_all(&dir);
            Ok(())
        })
        .unwrap();
}

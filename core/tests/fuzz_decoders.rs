//! Bounded fuzzing on stable, run by CI: every decoder that reads bytes someone else could have
//! written gets arbitrary bytes and structure-aware mutations of real inputs (the fixtures the
//! other tests use), through the public API. Each case must end in a value or a typed error:
//! no panic, and no case may take long (a hang shows as a case over [`CASE_BUDGET`]).
//!
//! - the connection profile (JSON and `LWP1:` text), from a municipality or a QR code;
//! - the minimiser's input, which is whatever the worker typed or pasted;
//! - the shared-entry JSON and its age encryption, as the municipality receives it;
//! - team reports (signed envelopes) planted in the team's zaak by anyone with its recipient;
//! - the vault on disk: its redb file with arbitrary byte changes, single sealed records
//!   changed, and the key file changed (an attacker with the phone's storage).
//!
//! Cases per property: `LEEFWERELD_FUZZ_CASES` (default 256: about 4 s for the whole file in a
//! debug build; 2,000 take about 30 s). The vault properties, which unlock a vault per case, run
//! a quarter of that, the minimiser twice that. A long run: `LEEFWERELD_FUZZ_CASES=50000 cargo
//! test --release -p leefwereld-core --test fuzz_decoders`. The libFuzzer versions of the same targets are in `fuzz/`.

mod support;

use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use leefwereld_core::minimise::{FindingField, redact_all, scan};
use leefwereld_core::share::payload::{SharedEntry, decrypt_with, encrypt_to};
use leefwereld_core::store;
use leefwereld_core::summary::team::team_case;
use leefwereld_core::sync::ConnectionProfile;
use leefwereld_core::{
    AgeBand, EntryContent, EntryKind, Error, IsoWeek, Lang, ListFilter, ManualClock, Partner,
    Platform, Profile, Role, SourceType, Theme, Urgency, Vault,
};
use leefwereld_tests::fuzz::{bounded, cases, dump_seeds, edits, input_from, mutate, runner};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use support::cases::MemoryCases;
use support::*;

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
            let findings = bounded(|| scan(FindingField::Text, &text, &aliases))?;
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
        target: Partner::MunicipalityOov,
        kind: EntryKind::Signaal,
        theme: Theme::PlannedFight,
        platform: Platform::Snapchat,
        source_type: SourceType::DirectContact,
        urgency: Urgency::High,
        observed: "2026-11-23".into(),
        neighbourhood: "Zuidwijk".into(),
        age_band: Some(AgeBand::From16To17),
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
    vault.connection().import(&value.to_string()).unwrap();
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
    worker
        .entries()
        .capture(trend("Echte trend"), vec![])
        .unwrap();
    worker.team().queue_report(week).unwrap();
    worker.outbox().sync_now(&zaak, false, &mut |_| {}).unwrap();
    lead.team().fetch_reports(&zaak, &[week]).unwrap();
    assert_eq!(accept_waiting_keys(&lead), 1);
    assert_eq!(
        lead.team().fetch_reports(&zaak, &[week]).unwrap().accepted,
        1
    );
    let total = lead.team().summary(week).unwrap().total;

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
    worker.connection().import(&value.to_string()).unwrap();
    let report = worker.team().weekly_report(week).unwrap();
    let envelope = decrypt_with(
        &spy_identity,
        &worker.team().sealed_report(&report).unwrap(),
    )
    .unwrap();
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
            let outcome = bounded(|| lead.team().fetch_reports(&zaak, &[week]))?;
            zaak.documents.lock().unwrap().remove(planted);
            let outcome = outcome.unwrap();
            if !outcome.refused.iter().any(|(id, _)| id == planted) {
                // Only the worker's own signed bytes are taken, however they are wrapped.
                match plain {
                    Some(plain) => prop_assert_eq!(signed_report(&plain), Some(genuine.clone())),
                    None => prop_assert_eq!(&bytes, &real),
                }
            }
            prop_assert_eq!(lead.team().summary(week).unwrap().total, total);
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
        .entries()
        .capture(trend("Challenge met deodorant"), vec![])
        .unwrap();
    let signal = vault
        .entries()
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
        .entries()
        .capture(trend("Nieuwe app in de klas"), vec![])
        .unwrap();
    let mut content: EntryContent = edited.content.clone();
    content.text = "Nieuwe app in groep 8".into();
    vault.entries().edit(edited.id, content, vec![]).unwrap();
    vault.entries().delete(signal.id).unwrap();
    vault
        .entries()
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
        let page = vault.entries().list(&ListFilter::default(), 0, 50)?;
        for item in &page.items {
            let _ = vault.entries().get(item.id);
            let _ = vault.entries().revisions(item.id);
        }
        let search = ListFilter {
            search: Some("vecht".into()),
            ..ListFilter::default()
        };
        vault.entries().list(&search, 0, 50)?;
        vault.audit().verify()?;
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

//! The municipality needs no Leefwereld software to read what was shared: a document downloaded
//! from the case system decrypts with the stock `age` tool (Debian package `age`) and the
//! municipality's key file, to exactly the JSON the worker saw in the share preview.

mod sync;

use std::path::Path;
use std::process::Command;

use sync::{Ledger, Plan, World, populate};

const AGE: &str = "/usr/bin/age";

/// Downloads a document's content the way the municipality's own tools would: the `inhoud`
/// URL, with a token of the municipality's client.
fn download(world: &World, url: &str) -> Vec<u8> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header("Authorization", format!("Bearer {}", world.server.token()))
        .header("Accept", "application/octet-stream")
        .call()
        .expect("download");
    assert_eq!(response.status().as_u16(), 200, "download {url}");
    response.body_mut().read_to_vec().expect("content")
}

#[test]
fn a_shared_document_decrypts_with_the_stock_age_tool() {
    assert!(
        Path::new(AGE).exists(),
        "{AGE} is missing: install the Debian package `age` (bash scripts/install-deps.sh test)"
    );
    let world = World::new();
    let notes = populate(world.vault(), &[Plan::Signal, Plan::Trend]);
    let mut ledger = Ledger::default();
    for index in 0..notes.len() {
        ledger.share(world.vault(), &notes, index).expect("share");
    }
    assert_eq!(world.sync(false).delivered, 2);

    let dir = tempfile::tempdir().expect("temp dir");
    let key = dir.path().join("municipality-key.txt");
    std::fs::write(&key, format!("{}\n", world.town.identity)).expect("key file");
    let documents = world.server.documents();
    assert_eq!(documents.len(), 2);
    for document in documents {
        let url = document.json["inhoud"].as_str().expect("a download URL");
        let content = download(&world, url);
        assert_eq!(content, document.content, "the bytes the server holds");
        let file = dir.path().join(&document.bestandsnaam);
        assert!(document.bestandsnaam.ends_with(".json.age"));
        std::fs::write(&file, &content).expect("document file");
        let output = Command::new(AGE)
            .arg("-d")
            .arg("-i")
            .arg(&key)
            .arg(&file)
            .output()
            .expect("run age");
        assert!(
            output.status.success(),
            "age -d failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let share = &ledger.shares[&document.identificatie];
        assert_eq!(
            String::from_utf8(output.stdout).expect("UTF-8 JSON"),
            share.json,
            "the stock tool reads exactly what the preview showed"
        );
    }
}

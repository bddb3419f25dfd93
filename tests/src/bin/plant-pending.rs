//! Plays the attacker of the desktop smoke test: someone with the phone's storage but not the
//! passphrase. With only the vault's public recipient it writes two records into the pending
//! area of a closed vault — a well-formed note whose text holds a marker, and garbage — the way
//! a planted note would get there. The app must show them as notes to confirm or throw away,
//! never let them into the vault by themselves.
//!
//! Usage: `plant-pending <vault-dir> <marker>`; exits 0 when both records are written.

use std::path::Path;

use chrono::{Duration, Utc};
use leefwereld_core::{EntryContent, Platform, Theme, Vault, store};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, marker] = args.as_slice() else {
        eprintln!("usage: plant-pending <vault-dir> <marker>");
        std::process::exit(2);
    };
    let dir = Path::new(dir);
    // Opening a vault does not unlock it: the recipient is public, the keys stay sealed.
    let recipient = match Vault::open(dir).and_then(|vault| vault.recipient()) {
        Ok(recipient) => recipient,
        Err(err) => fail(&format!("cannot read the vault's recipient: {err}")),
    };
    let noted_at = Utc::now() - Duration::days(2);
    let content = EntryContent::trend(
        Theme::Borderline,
        Platform::TikTok,
        format!("Geplant zonder wachtzin {marker}"),
        noted_at,
    );
    let record = serde_json::json!({
        "noted_at": noted_at,
        "content": content,
        "attachments": [],
    });
    let sealed = match leefwereld_core::share::payload::encrypt_to(
        std::slice::from_ref(&recipient),
        record.to_string().as_bytes(),
    ) {
        Ok(sealed) => sealed,
        Err(err) => fail(&format!("cannot seal the note: {err}")),
    };
    if let Err(err) = write(dir, &[sealed.as_slice(), b"geen age-bestand".as_slice()]) {
        fail(&format!("cannot write the pending records: {err}"));
    }
    println!("planted a note and a damaged record in {}", dir.display());
}

/// Writes `records` straight into the vault's database file, under keys of its own choosing.
fn write(dir: &Path, records: &[&[u8]]) -> Result<(), redb::Error> {
    let db = redb::Database::open(dir.join(store::DATABASE_FILE))?;
    let txn = db.begin_write()?;
    {
        let mut table = txn.open_table(store::PENDING_NOTES)?;
        for (n, record) in records.iter().enumerate() {
            table.insert(0xbad0_0000_u128 + n as u128, *record)?;
        }
    }
    txn.commit()?;
    Ok(())
}

fn fail(message: &str) -> ! {
    eprintln!("plant-pending: {message}");
    std::process::exit(1);
}

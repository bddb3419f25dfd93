//! A crash at any instant loses no acknowledged entry (hard rule 7), and a passphrase change
//! cut off at any instant leaves a vault that one of the two passphrases opens.
//!
//! A child process captures entries in bursts (every other run also changing the passphrase
//! back and forth); we SIGKILL it at random moments, reopen the vault, and check that every
//! entry the child acknowledged is there, intact, and that the audit chain still verifies.
//!
//! `LEEFWERELD_CRASH_KILLS` sets the number of kills: 200 by default (what CI runs, 19 s on two
//! shared cores); a long run uses 1000 (130 s there). The bursts of notes made while locked get a quarter of
//! that number.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use leefwereld_core::ListFilter;
use rand::Rng;

fn kills() -> usize {
    std::env::var("LEEFWERELD_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// Runs `capture-burst` on `vault_dir` with `args`, waits until it has the vault open, lets it
/// work for `run_for`, kills it with SIGKILL and returns every line it wrote.
fn burst_then_kill(vault_dir: &std::path::Path, args: &[String], run_for: Duration) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_capture-burst"))
        .arg(vault_dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start capture-burst");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let ready = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("child became ready");
    assert_eq!(ready, "READY");
    let started = Instant::now();
    while started.elapsed() < run_for {
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    reader.join().unwrap();
    rx.try_iter().collect()
}

#[test]
fn sigkill_during_capture_bursts_loses_no_acknowledged_entry() {
    let dir = tempfile::tempdir().unwrap();
    let vault_dir = dir.path().join("vault");
    let mut acknowledged: Vec<(String, String)> = Vec::new();
    let mut rng = rand::thread_rng();
    let kills = kills();
    let (mut rotations, mut rotations_started) = (0, 0);
    for run in 0..kills {
        let mut args = vec![format!("run{run}")];
        if run % 2 == 1 {
            args.push("rotate".into());
        }
        let run_for = Duration::from_millis(rng.gen_range(5..120));
        for line in burst_then_kill(&vault_dir, &args, run_for) {
            match line.as_str() {
                "ROTATING" => rotations_started += 1,
                "ROTATED" => rotations += 1,
                _ => {}
            }
            if let Some(rest) = line.strip_prefix("ACK ") {
                let (id, marker) = rest.split_once(' ').unwrap();
                acknowledged.push((id.to_owned(), marker.to_owned()));
            }
        }
    }
    assert!(
        acknowledged.len() > kills,
        "the children did capture ({} acks)",
        acknowledged.len()
    );
    assert!(
        rotations_started > rotations,
        "kills landed inside passphrase changes"
    );
    println!(
        "{kills} kills, {} acknowledged entries, {rotations_started} passphrase changes begun, \
         {rotations} finished",
        acknowledged.len()
    );

    let vault = leefwereld_tests::open_or_create(&vault_dir).expect("vault reopens after crashes");
    for (id, marker) in &acknowledged {
        let entry = vault
            .entries()
            .get(id.parse().unwrap())
            .unwrap_or_else(|e| panic!("acknowledged entry {id} lost: {e}"));
        assert!(
            entry.content.text.ends_with(marker.as_str()),
            "entry {id} has the wrong text"
        );
    }
    let page = vault.entries().list(&ListFilter::default(), 0, 1).unwrap();
    assert!(page.total.unwrap() >= acknowledged.len() as u64);
    assert!(page.damaged.is_empty());
    let chain = vault.audit().verify().unwrap();
    assert!(chain.intact(), "audit chain after crashes: {chain:?}");
    assert!(chain.records >= acknowledged.len() as u64);
}

#[test]
fn sigkill_during_locked_capture_bursts_loses_no_acknowledged_note() {
    let dir = tempfile::tempdir().unwrap();
    let vault_dir = dir.path().join("vault");
    let mut acknowledged: Vec<String> = Vec::new();
    let mut rng = rand::thread_rng();
    let kills = (kills() / 4).max(1);
    for run in 0..kills {
        let args = [format!("locked{run}"), "locked".to_owned()];
        let lines = burst_then_kill(
            &vault_dir,
            &args,
            Duration::from_millis(rng.gen_range(5..150)),
        );
        acknowledged.extend(
            lines
                .iter()
                .filter_map(|l| l.strip_prefix("PENDING ").map(str::to_owned)),
        );
    }
    assert!(acknowledged.len() > kills, "{} acks", acknowledged.len());

    let vault = leefwereld_tests::open_or_create(&vault_dir).expect("vault reopens after crashes");
    let mut found: Vec<String> = vault
        .pending()
        .list()
        .unwrap()
        .into_iter()
        .map(|n| n.content.expect("every waiting note opens").text)
        .collect();
    let page = vault
        .entries()
        .list(&ListFilter::default(), 0, 100_000)
        .unwrap();
    assert!(page.damaged.is_empty());
    for summary in &page.items {
        found.push(vault.entries().get(summary.id).unwrap().content.text);
    }
    let confirmed = page.items.len();
    println!(
        "{kills} kills, {} notes acknowledged while locked, {confirmed} confirmed into entries",
        acknowledged.len()
    );
    for marker in &acknowledged {
        let copies = found
            .iter()
            .filter(|t| t.ends_with(marker.as_str()))
            .count();
        assert_eq!(copies, 1, "note {marker} is there exactly once");
    }
    assert!(vault.audit().verify().unwrap().intact());
}

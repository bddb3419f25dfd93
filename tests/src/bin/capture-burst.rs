//! Captures entries as fast as it can and acknowledges each one on stdout once `capture`
//! returned — the moment the app would tell the worker "saved". The crash test kills this
//! process at random instants and checks that every acknowledged entry survived.
//!
//! With `rotate`, it also changes the passphrase back and forth between the two test
//! passphrases after every few captures, so that kills land inside passphrase changes too.
//!
//! With `locked`, it notes entries on the locked vault instead (`capture_while_locked`,
//! acknowledged as `PENDING`); when the pending area is full it unlocks, confirms every
//! waiting note and locks again, so that kills land inside confirmations too.
//!
//! Usage: `capture-burst <vault-dir> <run-label> [rotate|locked]`

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(label)) = (args.next(), args.next()) else {
        eprintln!("usage: capture-burst <vault-dir> <run-label>");
        std::process::exit(2);
    };
    let mode = args.next();
    let rotate = mode.as_deref() == Some("rotate");
    let locked = mode.as_deref() == Some("locked");
    let vault = match leefwereld_tests::open_or_create(std::path::Path::new(&dir)) {
        Ok(vault) => vault,
        Err(err) => {
            eprintln!("cannot open vault: {err}");
            std::process::exit(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if locked {
        vault.lock();
        let _ = writeln!(out, "READY");
        let _ = out.flush();
        locked_burst(&vault, &label, &mut out);
    }
    let _ = writeln!(out, "READY");
    let _ = out.flush();
    for n in 0u64.. {
        if rotate && n % 4 == 0 {
            let _ = writeln!(out, "ROTATING");
            let _ = out.flush();
            let (old, new) = leefwereld_tests::passphrases();
            let options =
                leefwereld_tests::fast_options(std::sync::Arc::new(leefwereld_core::SystemClock));
            if let Err(err) = vault.change_passphrase(old, new, &options) {
                eprintln!("passphrase change failed: {err}");
                std::process::exit(1);
            }
            leefwereld_tests::remember_passphrase(new);
            let _ = writeln!(out, "ROTATED");
            let _ = out.flush();
        }
        let marker = format!("{label}-{n}");
        let content = leefwereld_tests::marked_trend(&marker, vault.now());
        match vault.entries().capture(content, vec![]) {
            Ok(entry) => {
                let _ = writeln!(out, "ACK {} {marker}", entry.id);
                let _ = out.flush();
            }
            Err(err) => {
                eprintln!("capture failed: {err}");
                std::process::exit(1);
            }
        }
    }
}

/// Notes made on the locked vault, acknowledged once durable; a full pending area is confirmed
/// (unlock, confirm each, lock) and the burst goes on.
fn locked_burst(vault: &leefwereld_core::Vault, label: &str, out: &mut impl Write) -> ! {
    for n in 0u64.. {
        let marker = format!("{label}-{n}");
        let content = leefwereld_tests::marked_trend(&marker, vault.now());
        match vault.pending().capture(content, vec![]) {
            Ok(()) => {
                let _ = writeln!(out, "PENDING {marker}");
                let _ = out.flush();
            }
            Err(leefwereld_core::Error::PendingFull { .. }) => {
                let (passphrase, _) = leefwereld_tests::passphrases();
                if let Err(err) = vault.unlock(passphrase) {
                    eprintln!("unlock failed: {err}");
                    std::process::exit(1);
                }
                for note in vault.pending().list().unwrap_or_default() {
                    if let Err(err) = vault.pending().confirm(&note.id) {
                        eprintln!("confirm failed: {err}");
                        std::process::exit(1);
                    }
                }
                vault.lock();
            }
            Err(err) => {
                eprintln!("capture while locked failed: {err}");
                std::process::exit(1);
            }
        }
    }
    std::process::exit(0)
}

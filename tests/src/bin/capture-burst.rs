//! Captures entries as fast as it can and acknowledges each one on stdout once `capture`
//! returned — the moment the app would tell the worker "saved". The crash test kills this
//! process at random instants and checks that every acknowledged entry survived.
//!
//! Usage: `capture-burst <vault-dir> <run-label>`

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(label)) = (args.next(), args.next()) else {
        eprintln!("usage: capture-burst <vault-dir> <run-label>");
        std::process::exit(2);
    };
    let vault = match leefwereld_tests::open_or_create(std::path::Path::new(&dir)) {
        Ok(vault) => vault,
        Err(err) => {
            eprintln!("cannot open vault: {err}");
            std::process::exit(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = writeln!(out, "READY");
    let _ = out.flush();
    for n in 0.. {
        let marker = format!("{label}-{n}");
        let content = leefwereld_tests::marked_trend(&marker, vault.now());
        match vault.capture(content, vec![]) {
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

//! Looks into a vault the way the desktop smoke test needs: does it hold an entry whose text
//! contains a marker, and do its files on disk show that marker anywhere (they must not)?
//!
//! Usage: `vault-check <vault-dir> <passphrase> <marker> [<planted-marker>]`; prints what it
//! found and exits 0 only when the entry is in the vault and the marker is in none of its files.
//! With a planted marker (see `plant-pending`) it also checks that no entry holds that one and
//! that no note waits in the pending area: the worker threw the planted records away.

use std::path::Path;

use leefwereld_core::{ListFilter, Vault};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, passphrase, marker, planted) = match args.as_slice() {
        [dir, passphrase, marker] => (dir, passphrase, marker, None),
        [dir, passphrase, marker, planted] => (dir, passphrase, marker, Some(planted)),
        _ => {
            eprintln!("usage: vault-check <vault-dir> <passphrase> <marker> [<planted-marker>]");
            std::process::exit(2);
        }
    };
    let dir = Path::new(dir);
    let vault = match Vault::open(dir) {
        Ok(vault) => vault,
        Err(err) => fail(&format!("cannot open the vault: {err}")),
    };
    if let Err(err) = vault.unlock(passphrase) {
        fail(&format!("cannot unlock the vault: {err}"));
    }
    let filter = ListFilter {
        search: Some(marker.clone()),
        ..ListFilter::default()
    };
    let found = match vault.entries().list(&filter, 0, 10) {
        Ok(page) => page.items,
        Err(err) => fail(&format!("cannot list entries: {err}")),
    };
    println!("entries with the marker: {}", found.len());
    if found.len() != 1 {
        fail("expected exactly one entry with the marker");
    }
    if let Some(planted) = planted {
        let filter = ListFilter {
            search: Some(planted.clone()),
            ..ListFilter::default()
        };
        match vault.entries().list(&filter, 0, 10) {
            Ok(page) if page.items.is_empty() => println!("no entry holds the planted marker"),
            Ok(_) => fail("a planted note became an entry"),
            Err(err) => fail(&format!("cannot list entries: {err}")),
        }
        match vault.pending().count() {
            Ok(0) => println!("no note waits in the pending area"),
            Ok(n) => fail(&format!("{n} pending records are still there")),
            Err(err) => fail(&format!("cannot count pending notes: {err}")),
        }
    }
    let leaked = files(dir)
        .into_iter()
        .filter(|file| {
            let bytes = std::fs::read(file).unwrap_or_default();
            bytes
                .windows(marker.len())
                .any(|window| window == marker.as_bytes())
        })
        .collect::<Vec<_>>();
    if !leaked.is_empty() {
        fail(&format!("the marker is readable in {leaked:?}"));
    }
    println!("the marker is in no file of {}", dir.display());
}

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn fail(message: &str) -> ! {
    eprintln!("vault-check: {message}");
    std::process::exit(1);
}

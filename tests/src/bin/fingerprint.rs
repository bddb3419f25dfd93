//! Prints the fingerprint the app shows for each public key given, so that a municipality can
//! print them on the paper it hands out with a connection profile.
//!
//! Usage: `fingerprint <age1…> [<age1…> …]`, or `fingerprint --profile profile.json` for every
//! key a profile names. Exits 2 when a key or the profile is not valid.

use leefwereld_core::sync::{ConnectionProfile, fingerprint};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let keys: Vec<(String, String)> = match args.as_slice() {
        [flag, path] if flag == "--profile" => {
            let text = std::fs::read_to_string(path).unwrap_or_else(|err| fail(&err.to_string()));
            let profile =
                ConnectionProfile::parse(&text).unwrap_or_else(|err| fail(&err.to_string()));
            let mut keys: Vec<(String, String)> = profile
                .recipient_fingerprints()
                .into_iter()
                .enumerate()
                .map(|(i, k)| (format!("recipient {}", i + 1), k.key))
                .collect();
            keys.extend(
                profile
                    .team_fingerprint()
                    .map(|k| ("team lead".to_owned(), k.key)),
            );
            keys
        }
        [] => fail("usage: fingerprint <age1…>… | fingerprint --profile <file>"),
        keys => keys.iter().map(|k| (String::new(), k.clone())).collect(),
    };
    for (label, key) in keys {
        if key.trim().parse::<age::x25519::Recipient>().is_err() {
            fail(&format!("not an age public key: {key}"));
        }
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("{label}\t")
        };
        println!("{label}{}\t{}", key.trim(), fingerprint(&key));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    std::process::exit(2);
}

//! Peak memory of unlocking, measured in a fresh child process (the parent's allocator keeps
//! pages from earlier steps, so measuring in-process would hide the cost).

use std::path::Path;
use std::process::Command;

const FLAG: &str = "--unlock-peak";

/// Runs this binary again as `--unlock-peak <store> <path>` and reads the peak and the steady
/// resident memory it reports, in MiB.
pub fn unlock_memory(store: &str, path: &Path) -> (f64, f64) {
    let output = Command::new(std::env::current_exe().expect("own path"))
        .arg(FLAG)
        .arg(store)
        .arg(path)
        .output()
        .expect("run child");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut figures = text
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(f64::NAN));
    (
        figures.next().unwrap_or(f64::NAN),
        figures.next().unwrap_or(f64::NAN),
    )
}

/// A `/proc/self/status` figure (`VmHWM`, `VmRSS`) in MiB.
fn status_mib(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).map(str::to_owned))
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// In the child: open and unlock, then print the peak resident memory in MiB.
pub fn child_main() -> Option<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) != Some(FLAG) {
        return None;
    }
    let path = Path::new(&args[3]);
    match args[2].as_str() {
        "vault" => {
            let vault = leefwereld_core::Vault::open(path).expect("open");
            vault
                .unlock("fietsbel paraplu wolkenkrabber")
                .expect("unlock");
            std::hint::black_box(vault.entries().count().expect("count"));
        }
        _ => {
            let conn = crate::peer::connect(path);
            let n: i64 = conn
                .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
                .expect("count");
            std::hint::black_box(n);
        }
    }
    let peak = status_mib("VmHWM:");
    let steady = status_mib("VmRSS:");
    println!("{peak:.1} {steady:.1}");
    Some(())
}

//! The Leefwereld side: the real vault through its public facade.

use std::sync::Arc;

use leefwereld_core::{
    Clock, EntryContent, IsoWeek, Lang, ListFilter, ManualClock, Profile, Role, Vault,
    VaultOptions, WORK_FACTOR_DEFAULT,
};

use crate::measure::{Outcome, median, now, once, percentiles};

const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";
const NEW_PASSPHRASE: &str = "zeilboot lantaarn kaasschaaf";

pub fn run(data: &[EntryContent]) -> Outcome {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("vault");
    let clock = Arc::new(ManualClock::new(now()));
    let options = VaultOptions {
        work_factor: WORK_FACTOR_DEFAULT,
        clock: clock.clone() as Arc<dyn Clock>,
    };
    let profile = Profile {
        role: Role::YouthWorker,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language: Lang::Nl,
    };
    let vault = Vault::create(&path, PASSPHRASE, profile, options.clone()).expect("create");
    let mut out = Vec::new();
    out.push(once("populate (one batch)", || {
        for chunk in data.chunks(20_000) {
            vault
                .entries()
                .capture_batch(chunk.to_vec())
                .expect("batch");
        }
    }));
    let samples: Vec<EntryContent> = data.iter().take(200).cloned().collect();
    out.extend(percentiles(
        "capture-to-durable p50",
        "capture-to-durable p95",
        samples.len(),
        |i| {
            vault
                .entries()
                .capture(samples[i].clone(), vec![])
                .expect("capture");
        },
    ));
    drop(vault);
    let mut reopened = None;
    out.push(once("open file (integrity check)", || {
        reopened = Some(Vault::open_with(&path, options.clone()).expect("open"));
    }));
    let vault = reopened.expect("opened");
    out.push(median("unlock (scrypt 2^17 + index)", 3, || {
        vault.lock();
        vault.unlock(PASSPHRASE).expect("unlock");
    }));
    out.push(median("first page (50 newest)", 20, || {
        let page = vault
            .entries()
            .list(&ListFilter::default(), 0, 50)
            .expect("list");
        assert_eq!(page.items.len(), 50);
    }));
    let last = IsoWeek::of(now());
    out.push(median("52-week count by (week, theme)", 20, || {
        let series = vault.summaries().theme_series(last, 52).expect("series");
        assert_eq!(series.weeks.len(), 52);
    }));
    out.push(median(
        "weekly summary (5 dimensions, 2 weeks, 12-week series)",
        20,
        || {
            let summary = vault.summaries().week(last).expect("summary");
            assert_eq!(summary.series.weeks.len(), 12);
        },
    ));
    out.push(once("full decrypt scan", || {
        let filter = ListFilter {
            search: Some("woord-dat-nergens-staat".into()),
            ..Default::default()
        };
        let page = vault.entries().list(&filter, 0, 10).expect("scan");
        assert!(page.items.is_empty());
    }));
    out.push(once("passphrase change (new keys, all re-sealed)", || {
        vault
            .change_passphrase(PASSPHRASE, NEW_PASSPHRASE, &options)
            .expect("change");
    }));
    vault
        .change_passphrase(NEW_PASSPHRASE, PASSPHRASE, &options)
        .expect("change back");
    // The child opens the vault itself: close ours first.
    drop(vault);
    let (unlock_peak_mib, unlock_steady_mib) = crate::memory::unlock_memory("vault", &path);
    Outcome {
        measures: out,
        unlock_peak_mib,
        unlock_steady_mib,
    }
}

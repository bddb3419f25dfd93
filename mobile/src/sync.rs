//! Sending the outbox: on demand ("send now") and automatically while the device is online and
//! something is due. The core does the work (`Vault::sync_with_connection`) on a worker thread;
//! its progress events come back to the screen through a channel. The web training mode never
//! sends anything, so there this module only says so.

use std::time::Duration;

use dioxus::prelude::*;
use leefwereld_core::sync::{DeliveryStep, SyncReport};

use crate::state::AppState;

/// How often the automatic send looks whether something is due.
pub const AUTO_EVERY: Duration = Duration::from_secs(60);

/// What the outbox screen and home show about sending.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncProgress {
    pub running: bool,
    pub done: u32,
    pub total: u32,
    pub step: Option<DeliveryStep>,
    /// How the last run ended: its report, or the translated reason it could not run.
    pub last: Option<Result<SyncReport, String>>,
}

/// Starts a run unless one is under way. `force` sends items whose backoff has not ended yet
/// (the "send now" button); the automatic run sends only what is due.
pub fn start(app: AppState, force: bool) {
    if app.sync.peek().running || !app.reaches_case_system() {
        return;
    }
    let Some(vault) = app.vault() else {
        return;
    };
    let mut progress = app.sync;
    progress.with_mut(|p| {
        p.running = true;
        p.done = 0;
        p.total = 0;
        p.step = None;
    });
    spawn(async move {
        let result = run(vault, force, progress).await;
        app.observe(&result);
        let lang = app.lang();
        progress.with_mut(|p| {
            p.running = false;
            p.step = None;
            p.last = Some(result.map_err(|err| err.localized(lang)));
        });
    });
}

#[cfg(feature = "native")]
async fn run(
    vault: std::sync::Arc<leefwereld_core::Vault>,
    force: bool,
    mut progress: Signal<SyncProgress>,
) -> leefwereld_core::Result<SyncReport> {
    use futures_channel::mpsc;
    use futures_util::StreamExt;
    use leefwereld_core::sync::SyncEvent;
    use leefwereld_zgw::ConnectionExt;

    let (events, mut incoming) = mpsc::unbounded();
    let (done, finished) = futures_channel::oneshot::channel();
    std::thread::spawn(move || {
        // Sending is not the worker's activity: an automatic run must not hold off the lock.
        let result = leefwereld_core::in_background(|| {
            vault.connection().sync(force, &mut |event| {
                let _ = events.unbounded_send(event);
            })
        });
        let _ = done.send(result);
    });
    while let Some(event) = incoming.next().await {
        progress.with_mut(|p| match event {
            SyncEvent::Started { total } => p.total = total,
            SyncEvent::Step {
                done, total, step, ..
            } => {
                p.done = done;
                p.total = total;
                p.step = Some(step);
            }
            SyncEvent::ItemFinished { done, total, .. } => {
                p.done = done;
                p.total = total;
            }
            SyncEvent::Finished(_) => p.step = None,
        });
    }
    finished
        .await
        // The worker thread ended without an answer (a bug): nothing was confirmed sent, so
        // the items stay queued and are retried as after a lost connection.
        .unwrap_or(Err(leefwereld_core::Error::Sync(
            leefwereld_core::sync::SyncProblem::Offline,
        )))
}

#[cfg(not(feature = "native"))]
async fn run(
    _vault: std::sync::Arc<leefwereld_core::Vault>,
    _force: bool,
    _progress: Signal<SyncProgress>,
) -> leefwereld_core::Result<SyncReport> {
    Err(leefwereld_core::Error::NoConnection)
}

/// Reads what the outbox screen or home show of the outbox, and reads it again whenever a run
/// starts or ends (items leave the queue during a run).
pub fn use_outbox_query<T: 'static>(
    mut read: impl FnMut(&leefwereld_core::Vault) -> leefwereld_core::Result<T> + 'static,
) -> Signal<crate::query::Loaded<T>> {
    let progress = crate::state::use_app().sync;
    crate::query::use_query(move |vault| {
        let _ = progress.read().running;
        read(vault)
    })
}

/// The automatic send: while the app runs, unlocked and online, with a connection profile and
/// something due, it starts a run.
pub fn use_auto_sync(app: AppState) {
    use_future(move || async move {
        if !app.reaches_case_system() {
            return;
        }
        loop {
            crate::platform::sleep(AUTO_EVERY).await;
            if is_due(app) {
                start(app, false);
            }
        }
    });
}

fn is_due(app: AppState) -> bool {
    if !*app.online.peek() || !matches!(app.phase(), crate::state::Phase::Unlocked) {
        return false;
    }
    let Some(vault) = app.vault() else {
        return false;
    };
    leefwereld_core::in_background(|| {
        let connected = matches!(vault.connection().profile(), Ok(Some(_)));
        let due = matches!(vault.outbox().next_due(), Ok(Some(at)) if at <= vault.now());
        connected && due
    })
}

//! What the whole app shares: the vault, where the user is (onboarding, locked, unlocked), the
//! interface language, and the drafts that must survive a lock.
//!
//! Drafts live here, in memory only, so that a lock (which unmounts every screen) loses nothing
//! typed; they are never written anywhere and are dropped by quick delete.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;
use leefwereld_core::summary::team::example::ExampleTeam;
use leefwereld_core::{EntryId, EntryKind, Error, Lang, Platform, Theme, UnlockReport, Vault};

use crate::draft::Draft;
use crate::i18n::tr;

/// Where the app finds its vault.
#[derive(Clone)]
pub enum Start {
    /// A vault folder on this device (desktop, phone): opened locked when it exists, created
    /// by onboarding when it does not.
    Folder(PathBuf),
    /// The workshop training mode: onboarding creates a vault that lives in memory only.
    Training,
    /// A vault opened by the caller (component tests).
    Opened(Arc<Vault>),
}

impl PartialEq for Start {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Start::Folder(a), Start::Folder(b)) => a == b,
            (Start::Training, Start::Training) => true,
            (Start::Opened(a), Start::Opened(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Start {
    /// The start of the platform this build is for.
    pub fn for_platform() -> Start {
        crate::platform::start()
    }
}

/// Where the user is. Only `Unlocked` shows any content of the vault.
#[derive(Clone)]
pub enum Phase {
    Onboarding,
    Locked,
    Unlocked,
    /// A vault exists but cannot be used now: open in another instance, damaged, or newer.
    Unavailable(Arc<Error>),
}

/// A short confirmation shown once on the next screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    Saved(EntryKind),
    Updated,
    /// An entry was deleted; with its id when it can be brought back for a few seconds.
    Deleted(Option<EntryId>),
    /// An entry was put in the outbox.
    Queued,
    /// A capture was thrown away; it can be brought back for a few seconds.
    Discarded(EntryKind),
}

impl Flash {
    pub fn text(self, lang: Lang) -> String {
        match self {
            Flash::Saved(EntryKind::Trend) => tr(lang, "flash-saved-trend"),
            Flash::Saved(EntryKind::Signaal) => tr(lang, "flash-saved-signal"),
            Flash::Updated => tr(lang, "flash-updated"),
            Flash::Deleted(_) => tr(lang, "flash-deleted"),
            Flash::Queued => tr(lang, "flash-queued"),
            Flash::Discarded(_) => tr(lang, "flash-discarded"),
        }
    }
}

/// The theme and platform a new capture starts with: the last ones used, so that a worker
/// noting several things on one platform taps less.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    pub theme: Theme,
    pub platform: Platform,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            theme: Theme::Other,
            platform: Platform::Other,
        }
    }
}

/// How often typing and tapping count as vault activity (see [`AppState::note_activity`]).
const ACTIVITY_EVERY_SECONDS: i64 = 10;

/// The shared state; `Copy`, so every screen and handler can hold it.
#[derive(Clone, Copy)]
pub struct AppState {
    start: Signal<Start>,
    phase: Signal<Phase>,
    vault: Signal<Option<Arc<Vault>>>,
    lang: Signal<Lang>,
    last_activity: Signal<Option<DateTime<Utc>>>,
    /// Whether the device says it has a network.
    pub online: Signal<bool>,
    /// The capture in progress (trend or signal).
    pub capture: Signal<Draft>,
    /// The entry being edited and its draft.
    pub editing: Signal<Option<EntryId>>,
    pub edit_draft: Signal<Draft>,
    pub defaults: Signal<Defaults>,
    pub flash: Signal<Option<Flash>>,
    /// The capture last thrown away, while it can still be brought back.
    pub discarded: Signal<Option<Draft>>,
    /// What the last unlock found (failed attempts, purged or damaged entries), until dismissed.
    pub report: Signal<Option<UnlockReport>>,
    /// Sending the outbox: running or not, progress, how the last run ended.
    pub sync: Signal<crate::sync::SyncProgress>,
    /// The training's example team, made on a team lead's first fetch (training mode only).
    pub example_team: Signal<Option<Arc<ExampleTeam>>>,
}

impl AppState {
    /// Opens what `start` points at. Must run inside a component (it creates signals).
    pub fn new(start: Start) -> AppState {
        let (phase, vault, lang) = open(&start);
        AppState {
            start: Signal::new(start),
            phase: Signal::new(phase),
            vault: Signal::new(vault),
            lang: Signal::new(lang),
            last_activity: Signal::new(None),
            online: Signal::new(true),
            capture: Signal::new(Draft::new(EntryKind::Trend, Defaults::default())),
            editing: Signal::new(None),
            edit_draft: Signal::new(Draft::new(EntryKind::Trend, Defaults::default())),
            defaults: Signal::new(Defaults::default()),
            flash: Signal::new(None),
            discarded: Signal::new(None),
            report: Signal::new(None),
            sync: Signal::new(crate::sync::SyncProgress::default()),
            example_team: Signal::new(None),
        }
    }

    pub fn phase(&self) -> Phase {
        self.phase.read().clone()
    }

    pub fn lang(&self) -> Lang {
        *self.lang.read()
    }

    /// Changes the interface language of this session (the settings screen stores it in the
    /// vault first).
    pub fn set_lang(&self, lang: Lang) {
        let mut signal = self.lang;
        signal.set(lang);
    }

    /// Whether this is the training mode, which keeps nothing.
    pub fn is_training(&self) -> bool {
        matches!(*self.start.peek(), Start::Training)
    }

    /// Whether the app can reach the municipality's case system: desktop and phones do (with a
    /// connection profile); the web build has no HTTP client and the training mode shares
    /// nothing.
    pub fn reaches_case_system(&self) -> bool {
        cfg!(feature = "native") && !self.is_training()
    }

    /// The folder a new vault is created in (`None` in training mode).
    pub fn vault_dir(&self) -> Option<PathBuf> {
        match &*self.start.peek() {
            Start::Folder(dir) => Some(dir.clone()),
            _ => None,
        }
    }

    /// The vault, locked or not (the unlock screen needs it locked).
    pub fn vault(&self) -> Option<Arc<Vault>> {
        self.vault.peek().clone()
    }

    /// Runs one facade call. A vault that turns out locked or wiped behind a stale screen sends
    /// the user to the unlock screen or onboarding; drafts stay where they are.
    pub fn call<T>(
        &self,
        f: impl FnOnce(&Vault) -> leefwereld_core::Result<T>,
    ) -> leefwereld_core::Result<T> {
        let Some(vault) = self.vault() else {
            return Err(Error::Locked);
        };
        let result = f(&vault);
        self.observe(&result);
        result
    }

    /// Follows what a facade result says about the vault itself (for calls made elsewhere,
    /// e.g. on a worker thread).
    pub fn observe<T>(&self, result: &leefwereld_core::Result<T>) {
        match result {
            Err(Error::Locked) => self.show_locked(),
            Err(Error::Wiped) => self.wiped(),
            _ => {}
        }
    }

    /// A vault was just created (unlocked) by onboarding.
    pub fn created(&self, vault: Vault) {
        let mut this = *self;
        let lang = vault.language();
        this.vault.set(Some(Arc::new(vault)));
        this.lang.set(lang);
        this.report.set(None);
        this.phase.set(Phase::Unlocked);
    }

    /// The vault was unlocked; `report` says what unlocking found.
    pub fn unlocked(&self, report: UnlockReport) {
        let mut this = *self;
        let noteworthy =
            report.failed_attempts > 0 || report.purged > 0 || !report.damaged.is_empty();
        this.report.set(noteworthy.then_some(report));
        this.last_activity.set(None);
        this.phase.set(Phase::Unlocked);
    }

    /// Locks now (the lock button, the app going to the background).
    pub fn lock_now(&self) {
        if let Some(vault) = self.vault() {
            vault.lock();
        }
        self.show_locked();
    }

    /// Locks when the vault has been idle for its timeout (the timer, focus changes).
    pub fn check_idle(&self) {
        if !matches!(*self.phase.peek(), Phase::Unlocked) {
            return;
        }
        if let Some(vault) = self.vault()
            && vault.lock_if_idle()
        {
            self.show_locked();
        }
    }

    /// Typing and tapping count as activity, so that a worker writing a long signal is not
    /// locked out mid-sentence. The core counts every facade call as activity; reading the
    /// settings is the cheapest one. Throttled, so a key press does not reach the vault.
    pub fn note_activity(&self) {
        if !matches!(*self.phase.peek(), Phase::Unlocked) {
            return;
        }
        let now = Utc::now();
        let mut last = self.last_activity;
        let previous = *last.peek();
        let due = previous.is_none_or(|at| now - at >= Duration::seconds(ACTIVITY_EVERY_SECONDS));
        if due && let Some(vault) = self.vault() {
            // A locked vault answers Locked here; the idle timer shows the lock screen.
            let _ = vault.settings();
            last.set(Some(now));
        }
    }

    fn show_locked(&self) {
        // A thrown-away capture is not kept behind the lock.
        let mut discarded = self.discarded;
        discarded.set(None);
        let mut phase = self.phase;
        if matches!(*phase.peek(), Phase::Unlocked) {
            phase.set(Phase::Locked);
        }
    }

    /// The vault was wiped: forget everything, drafts included, and start over.
    pub fn wiped(&self) {
        let mut this = *self;
        this.vault.set(None);
        this.capture
            .set(Draft::new(EntryKind::Trend, Defaults::default()));
        this.editing.set(None);
        this.edit_draft
            .set(Draft::new(EntryKind::Trend, Defaults::default()));
        this.defaults.set(Defaults::default());
        this.flash.set(None);
        this.discarded.set(None);
        this.report.set(None);
        this.sync.set(crate::sync::SyncProgress::default());
        this.example_team.set(None);
        this.phase.set(Phase::Onboarding);
    }

    /// Tries again to open the vault (after another instance was closed).
    pub fn retry_open(&self) {
        let mut this = *self;
        let start = this.start.peek().clone();
        let (phase, vault, lang) = open(&start);
        this.vault.set(vault);
        this.lang.set(lang);
        this.phase.set(phase);
    }
}

fn open(start: &Start) -> (Phase, Option<Arc<Vault>>, Lang) {
    match start {
        Start::Training => (Phase::Onboarding, None, Lang::default()),
        Start::Opened(vault) => {
            let phase = if vault.is_locked() {
                Phase::Locked
            } else {
                Phase::Unlocked
            };
            (phase, Some(vault.clone()), vault.language())
        }
        Start::Folder(dir) => {
            if !Vault::exists(dir) {
                return (Phase::Onboarding, None, Lang::default());
            }
            match Vault::open(dir) {
                Ok(vault) => {
                    let lang = vault.language();
                    (Phase::Locked, Some(Arc::new(vault)), lang)
                }
                Err(err) => (Phase::Unavailable(Arc::new(err)), None, Lang::default()),
            }
        }
    }
}

/// The app state of the surrounding [`crate::Root`].
pub fn use_app() -> AppState {
    use_context::<AppState>()
}

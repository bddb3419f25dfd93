//! Locking when the user walks away: a timer asks the vault whether it has been idle too long,
//! the page reports going to the background (lock at once) and coming back (check again), and
//! the device's network state feeds the offline indicator.

use std::time::Duration;

use dioxus::prelude::*;

use crate::platform;
use crate::state::AppState;

/// How often the idle check runs; the lock comes at most this much after the timeout.
const IDLE_CHECK: Duration = Duration::from_secs(3);

/// Reports page visibility, focus and network changes as short words. The same script works
/// in the desktop and phone webviews and in a browser.
///
/// Going to the background also covers the page at once, in the same handler (`lw-covered`,
/// app.css), without waiting for the round trip that locks the vault: the phone's app switcher
/// takes its snapshot as the app leaves the foreground, and that snapshot must show no entry.
/// The cover goes once the lock screen is drawn ([`UNCOVER_WHEN_DRAWN`]).
const WATCH_PAGE: &str = r#"
const report = (what) => dioxus.send(what);
const cover = (on) => document.documentElement.classList.toggle('lw-covered', on);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') cover(true);
  report(document.visibilityState);
});
window.addEventListener('pagehide', () => { cover(true); report('hidden'); });
window.addEventListener('focus', () => report('focus'));
window.addEventListener('online', () => report('online'));
window.addEventListener('offline', () => report('offline'));
report(navigator.onLine ? 'online' : 'offline');
await new Promise(() => {});
"#;

/// Takes the cover away two frames after the lock's re-render was sent.
const UNCOVER_WHEN_DRAWN: &str = "requestAnimationFrame(() => requestAnimationFrame(() => \
document.documentElement.classList.remove('lw-covered')));";

/// Starts the idle timer and the page watcher for the app's lifetime.
pub fn use_lifecycle(app: AppState) {
    use_future(move || async move {
        loop {
            platform::sleep(IDLE_CHECK).await;
            app.check_idle();
        }
    });
    use_future(move || async move {
        let mut online = app.online;
        let mut page = document::eval(WATCH_PAGE);
        while let Ok(what) = page.recv::<String>().await {
            match what.as_str() {
                // On a phone this is the app going to the background.
                "hidden" => {
                    app.lock_now();
                    // The cover stays until the locked screen has been drawn: the next frame
                    // after the lock, which a hidden page only gets once it is shown again.
                    document::eval(UNCOVER_WHEN_DRAWN);
                }
                "visible" | "focus" => app.check_idle(),
                "online" => online.set(true),
                "offline" => online.set(false),
                _ => {}
            }
        }
    });
}

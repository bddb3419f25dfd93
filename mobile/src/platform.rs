//! The one place where desktop, phones and the web training mode differ: where the vault lives,
//! how slow work runs without freezing the screen, timers, and the launch.

use std::time::Duration;

use dioxus::prelude::Element;
use leefwereld_core::{VaultOptions, WORK_FACTOR_MIN};

use crate::state::Start;

/// The environment variable that points the app at another vault folder (tests, several
/// profiles on one machine).
pub const VAULT_DIR_VAR: &str = "LEEFWERELD_VAULT_DIR";

/// Whether a capture opens with the cursor in its text. With a physical keyboard (desktop)
/// that is the quickest start; on a phone it would hide the chips behind the keyboard.
pub const FOCUS_TEXT_ON_OPEN: bool = cfg!(feature = "desktop");

/// Where this build finds its vault.
pub fn start() -> Start {
    #[cfg(feature = "native")]
    {
        Start::Folder(native::vault_dir())
    }
    #[cfg(not(feature = "native"))]
    {
        Start::Training
    }
}

/// The options for creating a vault or changing its passphrase. The training vault keeps
/// nothing, so its key file needs no slow KDF (and a browser has no threads to hide it in).
pub fn vault_options(training: bool) -> VaultOptions {
    if training {
        VaultOptions {
            work_factor: WORK_FACTOR_MIN,
            ..VaultOptions::default()
        }
    } else {
        VaultOptions::default()
    }
}

/// Waits without blocking the screen.
pub async fn sleep(duration: Duration) {
    #[cfg(feature = "native")]
    tokio::time::sleep(duration).await;
    #[cfg(all(feature = "web", not(feature = "native")))]
    gloo_timers::future::sleep(duration).await;
    #[cfg(not(any(feature = "native", feature = "web")))]
    let _ = duration;
}

/// Runs slow work (the passphrase KDF) off the UI thread where there are threads; in the
/// browser it runs after the screen had a chance to show that it is busy.
pub async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    #[cfg(feature = "native")]
    {
        let (tx, rx) = futures_channel::oneshot::channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        match rx.await {
            Ok(value) => value,
            // The worker thread panicked; let the UI thread report it the same way.
            Err(_) => panic!("background work failed"),
        }
    }
    #[cfg(not(feature = "native"))]
    {
        sleep(Duration::from_millis(30)).await;
        work()
    }
}

/// Hands an exported file to the person: saved in the Downloads folder on a computer (the
/// app's files folder on a phone), downloaded by the browser in the training mode. Returns
/// where it went, for the confirmation; an error is the translated reason.
pub fn deliver_file(name: &str, media_type: &str, bytes: &[u8]) -> std::io::Result<String> {
    #[cfg(feature = "native")]
    {
        let _ = media_type;
        let dir =
            dirs::download_dir().unwrap_or_else(|| native::vault_dir().with_file_name("exports"));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(name);
        std::fs::write(&path, bytes)?;
        Ok(path.display().to_string())
    }
    #[cfg(not(feature = "native"))]
    {
        use base64::Engine;
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        dioxus::prelude::document::eval(&format!(
            "const bytes = Uint8Array.from(atob({data:?}), (c) => c.charCodeAt(0));
             const url = URL.createObjectURL(new Blob([bytes], {{ type: {media_type:?} }}));
             const link = document.createElement('a');
             link.href = url; link.download = {name:?};
             document.body.appendChild(link); link.click(); link.remove();
             setTimeout(() => URL.revokeObjectURL(url), 10000);"
        ));
        Ok(name.to_owned())
    }
}

/// Launches `app` on this build's platform.
pub fn launch(app: fn() -> Element) {
    #[cfg(feature = "desktop")]
    {
        native::launch_desktop(app);
    }
    #[cfg(all(feature = "mobile", not(feature = "desktop")))]
    {
        dioxus::LaunchBuilder::mobile().launch(app);
    }
    #[cfg(all(feature = "web", not(feature = "native")))]
    {
        dioxus::LaunchBuilder::web().launch(app);
    }
    #[cfg(not(any(feature = "desktop", feature = "mobile", feature = "web")))]
    {
        let _ = app;
        eprintln!("leefwereld-app was built without a platform feature (desktop, mobile or web)");
    }
}

#[cfg(feature = "native")]
mod native {
    use std::path::PathBuf;

    use super::VAULT_DIR_VAR;

    /// The vault folder: `$LEEFWERELD_VAULT_DIR`, else `leefwereld/vault` in the user's data
    /// folder (`~/.local/share` on Linux, the app's private files on a phone).
    pub fn vault_dir() -> PathBuf {
        if let Some(dir) = std::env::var_os(VAULT_DIR_VAR).filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        data_dir().join("leefwereld").join("vault")
    }

    fn data_dir() -> PathBuf {
        if let Some(dir) = dirs::data_dir() {
            return dir;
        }
        // Android has no XDG folders; the app's private files folder is fixed by its id.
        if cfg!(target_os = "android") {
            return PathBuf::from("/data/data/nl.leefwereld.app/files");
        }
        std::env::temp_dir()
    }

    #[cfg(feature = "desktop")]
    pub fn launch_desktop(app: fn() -> dioxus::prelude::Element) {
        use dioxus::desktop::tao::event::Event;
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};

        // The webview keeps caches and storage of its own. Give it a fresh folder and remove
        // it when the event loop ends (the loop exits the process, so a drop would not run).
        let mut webview_dir = tempfile::Builder::new()
            .prefix("leefwereld-webview-")
            .tempdir()
            .ok();
        let mut config = Config::new()
            .with_menu(None)
            .with_window(
                WindowBuilder::new()
                    .with_title("Leefwereld")
                    .with_inner_size(LogicalSize::new(420.0, 740.0))
                    .with_min_inner_size(LogicalSize::new(320.0, 480.0)),
            )
            .with_disable_context_menu(!cfg!(debug_assertions));
        if let Some(dir) = &webview_dir {
            config = config.with_data_directory(dir.path());
        }
        config = config.with_custom_event_handler(move |event, _| {
            if let Event::LoopDestroyed = event {
                drop(webview_dir.take());
            }
        });
        dioxus::LaunchBuilder::desktop()
            .with_cfg(config)
            .launch(app);
    }
}

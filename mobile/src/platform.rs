//! The one place where desktop, phones and the web training mode differ: where the vault lives,
//! how slow work runs without freezing the screen, timers, and the launch.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use dioxus::prelude::Element;
use leefwereld_core::summary::team::FetchOutcome;
use leefwereld_core::{IsoWeek, Vault, VaultOptions, WORK_FACTOR_MIN};

use crate::state::Start;

/// The environment variable that points the app at another vault folder (tests, several
/// profiles on one machine).
pub const VAULT_DIR_VAR: &str = "LEEFWERELD_VAULT_DIR";

/// Whether a capture opens with the cursor in its text. The text comes first in both forms
/// (as on the lock screen), so on every platform the cursor waits there: typing is what the
/// worker does first, and the theme follows below it.
pub const FOCUS_TEXT_ON_OPEN: bool = true;

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

/// The team lead's fetch of the weekly reports of `week` (and of the weeks its comparison
/// reads) over the stored connection profile; `None` where this build cannot reach the case
/// system. Runs off the UI thread.
pub async fn fetch_team_reports(
    vault: Arc<Vault>,
    week: IsoWeek,
) -> Option<leefwereld_core::Result<FetchOutcome>> {
    #[cfg(feature = "native")]
    {
        use leefwereld_core::summary::team::weeks_to_fetch;
        use leefwereld_zgw::ConnectionExt;
        let weeks = weeks_to_fetch(week);
        Some(off_thread(move || vault.connection().fetch_team_reports(&weeks)).await)
    }
    #[cfg(not(feature = "native"))]
    {
        let _ = (vault, week);
        None
    }
}

/// Where an exported file went.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivered {
    /// Handed to the browser as a download (web).
    Downloaded,
    /// Written to this path (desktop: the user's Downloads folder).
    Saved(PathBuf),
}

/// Hands an export to the user: a browser download on the web, a file in the Downloads folder
/// on desktop (never overwriting an earlier export).
pub fn deliver_file(name: &str, media_type: &str, contents: &str) -> std::io::Result<Delivered> {
    #[cfg(feature = "native")]
    {
        let _ = media_type;
        native::save_download(name, contents).map(Delivered::Saved)
    }
    #[cfg(all(feature = "web", not(feature = "native")))]
    {
        // The text goes over the eval channel, not into the script: nothing in it is code.
        let eval = dioxus::prelude::document::eval(
            "const [name, type, text] = await dioxus.recv();
             const url = URL.createObjectURL(new Blob([text], { type }));
             const link = document.createElement('a');
             link.href = url;
             link.download = name;
             link.hidden = true;
             document.body.appendChild(link);
             link.click();
             link.remove();
             setTimeout(() => URL.revokeObjectURL(url), 60000);",
        );
        eval.send((name, media_type, contents))
            .map_err(|_| std::io::Error::other("the browser refused the download"))?;
        Ok(Delivered::Downloaded)
    }
    #[cfg(not(any(feature = "native", feature = "web")))]
    {
        let _ = (name, media_type, contents);
        Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
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
        // No long-press menu and no web inspector in release builds, as on the desktop.
        let config = dioxus::mobile::Config::new()
            .with_disable_context_menu(!cfg!(debug_assertions))
            .with_custom_head(crate::webview::native_head())
            .with_navigation_handler(crate::webview::allow_navigation)
            .with_on_window(|_, _| {
                #[cfg(target_os = "android")]
                if android::secure_window().is_err() {
                    eprintln!("leefwereld: could not set FLAG_SECURE on the window");
                }
            });
        dioxus::LaunchBuilder::mobile().with_cfg(config).launch(app);
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

    /// Writes an export to the Downloads folder (the home folder when there is none; on a
    /// phone, which has neither, the app's own `exports` folder beside the vault) under `name`,
    /// or `name (2)` and so on when that file exists, and says where it went.
    pub fn save_download(name: &str, contents: &str) -> std::io::Result<PathBuf> {
        let dir = dirs::download_dir()
            .or_else(dirs::home_dir)
            .unwrap_or_else(|| vault_dir().with_file_name("exports"));
        std::fs::create_dir_all(&dir)?;
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        for n in 1..1000 {
            let file = if n == 1 {
                name.to_owned()
            } else {
                format!("{stem} ({n}).{extension}")
            };
            let path = dir.join(file);
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut out) => {
                    std::io::Write::write_all(&mut out, contents.as_bytes())?;
                    return Ok(path);
                }
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(err),
            }
        }
        Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
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
            .with_disable_context_menu(!cfg!(debug_assertions))
            .with_custom_head(crate::webview::native_head())
            .with_navigation_handler(crate::webview::allow_navigation);
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

/// The Android activity's window, reached through JNI (`jni`, with the VM and activity that
/// `ndk-context` holds for the app).
#[cfg(all(feature = "mobile", target_os = "android"))]
#[allow(unsafe_code)] // The only unsafe code of the app: two JNI pointers, explained below.
mod android {
    use jni::JavaVM;
    use jni::objects::JObject;

    /// `WindowManager.LayoutParams.FLAG_SECURE`.
    const FLAG_SECURE: i32 = 0x0000_2000;

    /// Sets FLAG_SECURE on the activity's window: no screenshots or screen recording, and a
    /// blank preview in the app switcher (SECURITY.md, PLATFORM). Called from the window-ready
    /// hook, on the thread that owns the window, before the first entry can be shown.
    pub fn secure_window() -> jni::errors::Result<()> {
        let context = ndk_context::android_context();
        // SAFETY: ndk-context holds the process's JavaVM and a global reference to the activity
        // for the app's lifetime; both pointers stay valid while the app runs.
        let vm = unsafe { JavaVM::from_raw(context.vm().cast()) }?;
        let activity = unsafe { JObject::from_raw(context.context().cast()) };
        let mut env = vm.attach_current_thread()?;
        let window = env
            .call_method(&activity, "getWindow", "()Landroid/view/Window;", &[])?
            .l()?;
        env.call_method(
            &window,
            "setFlags",
            "(II)V",
            &[FLAG_SECURE.into(), FLAG_SECURE.into()],
        )?;
        Ok(())
    }
}

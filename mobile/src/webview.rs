//! What the webview may do (SECURITY.md, PLATFORM): a Content-Security-Policy that allows only
//! the app's own code and styles, no navigation away from the app's own pages, and external
//! links only over https and only after the user said yes.
//!
//! The web training mode carries [`CSP_WEB`] in `mobile/web/index.html`; the desktop and phone
//! webviews get [`CSP_NATIVE`] in their page head (platform.rs), and a navigation handler that
//! refuses whatever is not the app's page ([`allow_navigation`]).

use dioxus::prelude::*;

use crate::i18n::tr;
use crate::state::AppState;

/// The web build's policy (served from its own origin as static files). Scripts: the app's
/// files only; WebAssembly compilation (`wasm-unsafe-eval`) and `unsafe-eval` because Dioxus
/// runs the app's own `document::eval` snippets through `new Function`. Styles may be inline:
/// the app's sheet is a `<style>` element and Dioxus sets `style` attributes; style cannot run
/// code. Nothing from another origin: no images, fonts, frames, connections or form targets.
pub const CSP_WEB: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
manifest-src 'self'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; \
base-uri 'none'; form-action 'none'";

/// The desktop and phone webviews' policy. As [`CSP_WEB`], except that inline scripts are
/// allowed: dioxus-desktop boots the page with an inline module script that carries a key made
/// per run, so it cannot be allowed by hash (SECURITY.md, known gaps); and that the page may
/// open a WebSocket to loopback, over which dioxus-desktop sends it the screen's edits (port and
/// key made per run). Nothing the app shows is parsed as HTML except its own charts (built and
/// escaped by the core).
pub const CSP_NATIVE: &str = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; \
connect-src 'self' ipc: ws://127.0.0.1:*; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; \
form-action 'none'";

/// The `<head>` addition of the desktop and phone page.
pub fn native_head() -> String {
    format!(r#"<meta http-equiv="Content-Security-Policy" content="{CSP_NATIVE}">"#)
}

/// Whether the webview may load `url` as its page. dioxus-desktop itself decides for its own
/// page (`dioxus://`, `http(s)://dioxus.`) and hands `http`, `https` and `mailto` to the
/// system instead of navigating; everything that reaches this handler (`file:`, `data:`,
/// `javascript:`, `about:`, `blob:`, other schemes) is refused.
pub fn allow_navigation(url: &str) -> bool {
    let _ = url;
    false
}

/// Stops every click on a link that leaves the app's own pages. An https link opens outside
/// the app after the user confirms (the question comes from the locales over the eval
/// channel); any other scheme does nothing. The app's own downloads (a `blob:` link with
/// `download`) pass.
const LINK_GUARD: &str = r#"
document.documentElement.dataset.leaveAsk = await dioxus.recv();
if (!window.lwLinkGuard) {
  window.lwLinkGuard = true;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    const url = new URL(link.getAttribute('href'), location.href);
    if (url.protocol === location.protocol && url.host === location.host) return;
    if (url.protocol === 'blob:' && link.hasAttribute('download')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (url.protocol !== 'https:') return;
    const ask = document.documentElement.dataset.leaveAsk || '';
    if (!window.confirm(ask + '\n\n' + url.href)) return;
    // In a browser a new tab; in the desktop and phone webviews the navigation is handed to
    // the system browser by dioxus-desktop and the app's page stays.
    const native = location.protocol === 'dioxus:' || location.hostname.startsWith('dioxus.');
    if (native) location.assign(url.href);
    else window.open(url.href, '_blank', 'noopener,noreferrer');
  }, true);
}
"#;

/// Installs the link guard, and gives it the question in the app's language.
pub fn use_link_guard(app: AppState) {
    use_effect(move || {
        let ask = tr(app.lang(), "leave-app-confirm");
        let guard = document::eval(LINK_GUARD);
        let _ = guard.send(ask);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directives(csp: &str) -> Vec<(&str, Vec<&str>)> {
        csp.split(';')
            .map(|d| {
                let mut words = d.split_whitespace();
                (words.next().unwrap(), words.collect())
            })
            .collect()
    }

    #[test]
    fn no_policy_allows_another_origin() {
        for csp in [CSP_WEB, CSP_NATIVE] {
            for (name, sources) in directives(csp) {
                for source in sources {
                    let loopback_edits =
                        csp == CSP_NATIVE && name == "connect-src" && source == "ws://127.0.0.1:*";
                    assert!(
                        source.starts_with('\'')
                            || ["data:", "blob:", "ipc:"].contains(&source)
                            || loopback_edits,
                        "{name} allows {source}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_web_build_allows_no_inline_script_and_no_form_or_base_target() {
        let web = directives(CSP_WEB);
        let script = &web.iter().find(|(n, _)| *n == "script-src").unwrap().1;
        assert!(!script.contains(&"'unsafe-inline'"));
        for (name, expected) in [
            ("default-src", "'none'"),
            ("base-uri", "'none'"),
            ("form-action", "'none'"),
            ("object-src", "'none'"),
            ("frame-src", "'none'"),
        ] {
            let sources = &web.iter().find(|(n, _)| *n == name).unwrap().1;
            assert_eq!(sources, &vec![expected], "{name}");
        }
    }

    #[test]
    fn the_web_page_carries_the_policy_and_no_inline_script() {
        let index = include_str!("../web/index.html");
        assert!(index.contains(&format!(
            r#"<meta http-equiv="Content-Security-Policy" content="{CSP_WEB}">"#
        )));
        // Every script is a file of the app's own origin.
        for script in index.split("<script").skip(1) {
            let (attributes, rest) = script.split_once('>').unwrap();
            assert!(attributes.contains("src=\"./"), "{attributes}");
            assert!(rest.starts_with("</script>"), "an inline script");
        }
    }

    #[test]
    fn the_webview_navigates_nowhere_but_the_app() {
        for url in [
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "about:blank",
            "blob:dioxus://index.html/0b8e1c3a",
            "leefwereld://x",
        ] {
            assert!(!allow_navigation(url), "{url}");
        }
    }
}

//! What the screen tests share: a fast training vault with entries, and rendering the whole
//! app over it at an address (dioxus-ssr), after its effects and tasks have settled.
#![allow(dead_code)]

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use dioxus::dioxus_core::NoOpMutations;
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use leefwereld_app::state::Start;
use leefwereld_app::{Root, RootProps};
use leefwereld_core::{
    EntryContent, Lang, Platform, Profile, Role, Theme, Vault, VaultOptions, WORK_FACTOR_MIN,
};

pub const PASSPHRASE: &str = "fietsbel paraplu wolkenkrabber";

/// A youth worker's profile.
pub fn profile(language: Lang) -> Profile {
    profile_as(Role::YouthWorker, language)
}

pub fn profile_as(role: Role, language: Lang) -> Profile {
    Profile {
        role,
        organisation: "Jongerenwerk Zuid".into(),
        pseudonym: "JW-07".into(),
        language,
    }
}

pub fn fast() -> VaultOptions {
    VaultOptions {
        work_factor: WORK_FACTOR_MIN,
        ..VaultOptions::default()
    }
}

/// A training vault (in memory) with one trend whose text carries `marker`.
pub fn vault_with_trend(language: Lang, marker: &str) -> Arc<Vault> {
    let vault = Vault::create_in_memory(PASSPHRASE, profile(language), fast()).unwrap();
    let content = EntryContent::trend(
        Theme::Recruitment,
        Platform::Telegram,
        format!("Ronselkanaal gezien {marker}"),
        vault.now(),
    );
    vault.entries().capture(content, vec![]).unwrap();
    Arc::new(vault)
}

/// Renders the app for `start` at `path`, lets effects and tasks settle, returns the HTML.
pub fn render_app(start: Start, path: &str) -> String {
    let mut dom = VirtualDom::new_with_props(Root, RootProps { start });
    dom.provide_root_context(Rc::new(MemoryHistory::with_initial_path(path)) as Rc<dyn History>);
    dom.rebuild_in_place();
    settle(&mut dom);
    dioxus_ssr::render(&dom)
}

pub fn settle(dom: &mut VirtualDom) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        for _ in 0..10 {
            tokio::select! {
                _ = dom.wait_for_work() => {}
                _ = tokio::time::sleep(Duration::from_millis(40)) => {}
            }
            dom.render_immediate(&mut NoOpMutations);
        }
    });
}

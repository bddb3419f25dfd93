//! Reading from the vault for a screen: one facade call, re-run when the signals it reads
//! change (filters, the language), its error kept as the translated message.

use dioxus::prelude::*;
use leefwereld_core::Vault;

use crate::state::use_app;

/// What a screen shows while its data loads, once loaded, or when loading failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Loading,
    Ready(T),
    Failed(String),
}

/// Runs `read` against the vault after render and whenever a signal it reads changes.
pub fn use_query<T: 'static>(
    mut read: impl FnMut(&Vault) -> leefwereld_core::Result<T> + 'static,
) -> Signal<Loaded<T>> {
    let app = use_app();
    let mut out = use_signal(|| Loaded::Loading);
    use_effect(move || {
        let lang = app.lang();
        let result = app.call(&mut read);
        out.set(match result {
            Ok(value) => Loaded::Ready(value),
            Err(err) => Loaded::Failed(err.localized(lang)),
        });
    });
    out
}

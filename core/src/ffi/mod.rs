//! What the bindings (`shared/`, `leefwereld-ffi`) need of the core beyond the derives on its
//! own types: the bindings' error, how instants and entry ids cross the boundary, and the
//! interface language (defined in `leefwereld-locales`).
//!
//! The error lives here, not in the FFI crate, because uniffi reports a value that cannot be
//! read (an instant out of range inside a record) as the called function's error only when the
//! conversion fails with that very type; a conversion defined here can only name a type of
//! this crate.

#![allow(unsafe_code)]

mod custom;
mod error;

pub use custom::UnixMillis;
pub use error::{BadArgument, LeefwereldError};

use leefwereld_locales::Lang;

use crate::sync::DeliveryStep;

/// A language of the user interface; Dutch is the first.
#[uniffi::remote(Enum)]
pub enum Lang {
    Nl,
    En,
}

#[uniffi::export]
fn lang_code(lang: Lang) -> String {
    lang.code().to_owned()
}

#[uniffi::export]
impl DeliveryStep {
    /// The translated label, e.g. "Zaak zoeken".
    pub fn label(&self, lang: Lang) -> String {
        leefwereld_locales::tr(lang, self.label_id())
    }
}

//! What the bindings need of types the core does not define: the interface language.

#![allow(unsafe_code)]

use leefwereld_locales::Lang;

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

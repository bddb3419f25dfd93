//! `code_enum!`: a closed vocabulary with stable codes, translated labels and a fixed order.

macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $prefix:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        #[cfg_attr(feature = "ffi", derive(uniffi::Enum), allow(unsafe_code))]
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            /// Every value, in their fixed order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The prefix of this vocabulary's label ids in `locales/`.
            pub const LABEL_PREFIX: &'static str = $prefix;

            /// The stable code.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a stable code.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The id of the label in `locales/`.
            pub fn label_id(self) -> String {
                format!("{}-{}", $prefix, self.code())
            }

            /// The translated label.
            pub fn label(self, lang: leefwereld_locales::Lang) -> String {
                leefwereld_locales::tr(lang, &self.label_id())
            }
        }

        /// The stable code and the translated label, for the bindings.
        #[cfg(feature = "ffi")]
        #[allow(unsafe_code)]
        #[uniffi::export]
        impl $name {
            /// The stable code: what is stored, exported and sent.
            #[uniffi::method(name = "code")]
            pub fn ffi_code(&self) -> String {
                self.code().to_owned()
            }

            /// The translated label, from the project's locales.
            #[uniffi::method(name = "label")]
            pub fn ffi_label(&self, lang: leefwereld_locales::Lang) -> String {
                self.label(lang)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

/// `vault_handle!`: one capability of the [`Vault`](crate::Vault), reached through an accessor
/// (`vault.entries()`), so that a call's place in the folder layout follows from its name.
macro_rules! vault_handle {
    ($(#[$meta:meta])* $name:ident, $accessor:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name<'v> {
            pub(crate) vault: &'v crate::vault::Vault,
        }

        impl crate::vault::Vault {
            #[doc = concat!("The vault's [`", stringify!($name), "`].")]
            pub fn $accessor(&self) -> $name<'_> {
                $name { vault: self }
            }
        }

        impl<'v> $name<'v> {
            /// The vault's state for the length of one call.
            #[allow(dead_code)]
            pub(crate) fn guard(&self) -> crate::vault::Guard<'v> {
                self.vault.guard()
            }
        }
    };
}

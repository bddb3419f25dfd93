//! `code_enum!`: a closed vocabulary with stable codes, translated labels and a fixed order.

macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $prefix:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
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

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

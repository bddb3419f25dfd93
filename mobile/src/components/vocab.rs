//! The core's closed vocabularies (theme, platform, …) as choices for chips and lists, with
//! their stable codes as values and their translated labels.

use leefwereld_core::{
    AgeBand, EntryKind, Lang, Platform, Role, ShareStatus, SourceType, Theme, Urgency,
};

use crate::components::fields::Choice;

/// A closed vocabulary of the core.
pub trait Vocab: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn label(self, lang: Lang) -> String;
    fn from_code(code: &str) -> Option<Self>;
}

macro_rules! vocab {
    ($($t:ty),*) => {$(
        impl Vocab for $t {
            fn all() -> &'static [Self] {
                <$t>::ALL
            }
            fn code(self) -> &'static str {
                <$t>::code(self)
            }
            fn label(self, lang: Lang) -> String {
                <$t>::label(self, lang)
            }
            fn from_code(code: &str) -> Option<Self> {
                <$t>::from_code(code)
            }
        }
    )*};
}

vocab!(
    Theme,
    Platform,
    SourceType,
    Urgency,
    AgeBand,
    Role,
    EntryKind,
    ShareStatus
);

/// Every value of `T` as a choice.
pub fn choices<T: Vocab>(lang: Lang) -> Vec<Choice> {
    T::all()
        .iter()
        .map(|v| Choice::new(v.code(), v.label(lang)))
        .collect()
}

/// A choice list that starts with "any" (code "") for filters.
pub fn choices_or_any<T: Vocab>(lang: Lang, any: String) -> Vec<Choice> {
    std::iter::once(Choice::new("", any))
        .chain(choices::<T>(lang))
        .collect()
}

/// The code of an optional value ("" for none).
pub fn code_of<T: Vocab>(value: Option<T>) -> String {
    value.map(|v| v.code().to_owned()).unwrap_or_default()
}

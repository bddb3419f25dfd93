//! Every user-facing sentence of Leefwereld, in Dutch (the first language) and English.
//!
//! The `.ftl` files beside this crate are the single source of text: the core uses them for
//! translated errors and explanations, the app for every label. Both languages are compiled into
//! the binary, so switching language at run time needs no file access and works offline.
//!
//! A missing message never panics: [`tr`] falls back to the other language and finally to the
//! message id, and the tests of this crate fail when either language lacks a key.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the user interface. Dutch is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every supported language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code (`nl`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 code; anything starting with `en` is English, everything else Dutch.
    pub fn from_code(code: &str) -> Lang {
        if code.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// The resource files, in the order they are loaded. `tests::every_ftl_file_is_listed` keeps
/// this list and the folders in step.
pub const FILES: [&str; 10] = [
    "common.ftl",
    "errors.ftl",
    "entry.ftl",
    "privacy.ftl",
    "rules.ftl",
    "positions.ftl",
    "sync.ftl",
    "summary.ftl",
    "report.ftl",
    "app.ftl",
];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../", $lang, "/common.ftl")),
            include_str!(concat!("../", $lang, "/errors.ftl")),
            include_str!(concat!("../", $lang, "/entry.ftl")),
            include_str!(concat!("../", $lang, "/privacy.ftl")),
            include_str!(concat!("../", $lang, "/rules.ftl")),
            include_str!(concat!("../", $lang, "/positions.ftl")),
            include_str!(concat!("../", $lang, "/sync.ftl")),
            include_str!(concat!("../", $lang, "/summary.ftl")),
            include_str!(concat!("../", $lang, "/report.ftl")),
            include_str!(concat!("../", $lang, "/app.ftl")),
        ]
    };
}

const NL_SOURCES: [&str; FILES.len()] = sources!("nl");
const EN_SOURCES: [&str; FILES.len()] = sources!("en");

struct Bundles {
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

static BUNDLES: LazyLock<Bundles> = LazyLock::new(|| Bundles {
    nl: build_bundle(Lang::Nl, &NL_SOURCES),
    en: build_bundle(Lang::En, &EN_SOURCES),
});

fn build_bundle(lang: Lang, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would end up in exported CSV/Markdown and in screen-reader text.
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error keeps the valid messages of the file; the tests report the error.
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        // Duplicates are reported by the tests; the first definition wins here.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::Nl => &BUNDLES.nl,
        Lang::En => &BUNDLES.en,
    }
}

/// A value for a placeholder in a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The message `id` in `lang`, without placeholders.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The message `id` in `lang` with its placeholders filled from `args`.
///
/// Falls back to the other language, then to `id` itself, so a gap in a translation shows up
/// as an odd label rather than a crash in the field.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format(lang, id, args)
        .or_else(|| format(lang.other(), id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `lang` with its one placeholder `name` filled.
pub fn tr1(lang: Lang, id: &str, name: &str, value: impl Into<Arg>) -> String {
    tr_args(lang, id, &[(name, value.into())])
}

/// A numbered list of messages: `<prefix>-1`, `<prefix>-2`, … up to the first missing number,
/// so adding an item means adding one message in each language and nothing in the code.
pub fn tr_list(lang: Lang, prefix: &str) -> Vec<String> {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .take_while(|id| has(lang, id))
        .map(|id| tr(lang, &id))
        .collect()
}

/// An attribute (`id.attr`) of a message, e.g. the accessible label of a control.
pub fn tr_attr(lang: Lang, id: &str, attr: &str) -> String {
    attribute(lang, id, attr)
        .or_else(|| attribute(lang.other(), id, attr))
        .unwrap_or_else(|| format!("{id}.{attr}"))
}

fn fluent_args<'a>(args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent.set(*name, FluentValue::from(*number)),
        }
    }
    fluent
}

fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let fluent = fluent_args(args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    Some(text.into_owned())
}

fn attribute(lang: Lang, id: &str, attr: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// Whether `lang` defines the message `id` (used by other crates' completeness tests).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The ids of every message defined for `lang`, sorted.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let sources: &[&str] = match lang {
        Lang::Nl => &NL_SOURCES,
        Lang::En => &EN_SOURCES,
    };
    let mut ids = Vec::new();
    for source in sources {
        if let Ok(resource) = FluentResource::try_new((*source).to_owned()) {
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    ids.push(message.id.name.to_owned());
                }
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;

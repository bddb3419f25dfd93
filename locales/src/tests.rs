use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &NL_SOURCES,
        Lang::En => &EN_SOURCES,
    }
}

#[test]
fn every_ftl_file_is_listed() {
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(lang.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("locale folder")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(on_disk, listed, "{} files and FILES differ", lang.code());
    }
}

#[test]
fn every_file_parses_without_errors() {
    for lang in Lang::ALL {
        for (name, source) in FILES.iter().zip(sources(lang)) {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                panic!("{}/{name}: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn no_message_is_defined_twice() {
    for lang in Lang::ALL {
        let ids = message_ids(lang);
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "duplicate ids in {}", lang.code());
    }
}

#[test]
fn dutch_and_english_define_the_same_messages() {
    let nl: BTreeSet<String> = message_ids(Lang::Nl).into_iter().collect();
    let en: BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(only_nl.is_empty(), "missing in en: {only_nl:?}");
    assert!(only_en.is_empty(), "missing in nl: {only_en:?}");
}

/// Placeholders and attributes per message, so a translation cannot silently drop `{ $count }`.
fn shape(lang: Lang) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_expr(expression, vars);
            }
        }
    }
    fn collect_expr(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(inline) => collect_inline(inline, vars),
            ast::Expression::Select { selector, variants } => {
                collect_inline(selector, vars);
                for variant in variants {
                    collect_vars(&variant.value, vars);
                }
            }
        }
    }
    fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => collect_expr(expression, vars),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    for source in sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned()).expect("parses");
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_vars(value, &mut vars);
                }
                let attrs = message
                    .attributes
                    .iter()
                    .map(|a| a.id.name.to_owned())
                    .collect();
                out.insert(message.id.name.to_owned(), (vars, attrs));
            }
        }
    }
    out
}

#[test]
fn translations_use_the_same_placeholders_and_attributes() {
    let nl = shape(Lang::Nl);
    let en = shape(Lang::En);
    for (id, nl_shape) in &nl {
        if let Some(en_shape) = en.get(id) {
            assert_eq!(nl_shape, en_shape, "message {id} differs between nl and en");
        }
    }
}

#[test]
fn placeholders_are_filled_without_isolation_marks() {
    let text = tr_args(Lang::En, "common-entries-count", &[("count", 3.into())]);
    assert_eq!(text, "3 entries");
    let text = tr_args(Lang::Nl, "common-entries-count", &[("count", 1.into())]);
    assert_eq!(text, "1 notitie");
}

#[test]
fn a_missing_message_falls_back_to_its_id() {
    assert_eq!(
        tr(Lang::Nl, "no-such-message-anywhere"),
        "no-such-message-anywhere"
    );
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), lang);
    }
    assert_eq!(Lang::from_code("en-GB"), Lang::En);
    assert_eq!(Lang::from_code(""), Lang::Nl);
}

//! The languages, checked from their files: every language has every
//! message English has (and no other), each with the same placeholders;
//! every file reads without an error; every text the code asks for exists
//! in English, and every English message is asked for somewhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Each message id with the placeholders (`$name`) it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n")
}

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// The messages of one language's file; a file that does not read whole
/// fails the test.
fn messages(tag: &str) -> Messages {
    let path = i18n_dir().join(tag).join("lodestar.ftl");
    let text = std::fs::read_to_string(&path).expect("readable");
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = Messages::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables_in(value, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_owned(), vars).is_none(),
                "{tag}: {} is there twice",
                m.id.name
            );
        }
    }
    out
}

fn languages() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(i18n_dir())
        .expect("assets/i18n")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("lodestar.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = messages("en");
    assert!(english.len() > 20, "English has {} messages", english.len());
    let mut wrong = Vec::new();
    for tag in languages() {
        let theirs = messages(&tag);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => wrong.push(format!("{tag}: {id} is missing")),
                Some(v) if v != vars => wrong.push(format!(
                    "{tag}: {id} has the placeholders {v:?}, English {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!(
                "{tag}: {id} is not an English message (renamed or gone?)"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Each language is reachable by its tag and names itself.
    for lang in lodestar::i18n::Lang::all() {
        assert_eq!(lodestar::i18n::Lang::find(lang.tag()), Some(lang));
        assert_ne!(lang.name(), "language-name");
    }
}

/// Every `.rs` file under `src`, as text.
fn sources() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("readable")
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable");
                out.push((path, text));
            }
        }
    }
    out
}

#[test]
fn every_text_asked_for_exists_and_every_message_is_used() {
    let english = messages("en");
    let sources = sources();
    let mut wrong = Vec::new();
    for (path, text) in &sources {
        // `t!("id"` where `t` is a word of its own (not `print!(`).
        let mut rest = text.as_str();
        while let Some(at) = rest.find("t!(\"") {
            let before = rest[..at].chars().next_back();
            let after = &rest[at + 4..];
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                let id = after.split('"').next().unwrap_or_default();
                if !english.contains_key(id) {
                    wrong.push(format!(
                        "{}: t!(\"{id}\") has no English text",
                        path.display()
                    ));
                }
            }
            rest = after;
        }
    }
    for id in english.keys() {
        let quoted = format!("\"{id}\"");
        if !sources.iter().any(|(_, text)| text.contains(&quoted)) {
            wrong.push(format!("{id} is in the English file but never asked for"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_command_line_refuses_a_language_it_does_not_speak() {
    let dir = tempfile::tempdir().expect("temp");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_lodestar"))
            .arg("--config-dir")
            .arg(dir.path())
            .args(args)
            .env_remove("LODESTAR_CONFIG_DIR")
            // The language of the test, whatever the machine's.
            .env("LC_ALL", "C")
            .env_remove("LANGUAGE")
            .output()
            .expect("runs")
    };
    let out = run(&["--lang", "tlh", "profiles"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Lodestar does not speak \"tlh\"; it speaks en"),
        "{err}"
    );
    for tag in ["en", "en-GB", "EN_us"] {
        let out = run(&["profiles", "--lang", tag]);
        assert!(out.status.success(), "{tag}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Sample technician"));
    }
    // A language chosen in the app is remembered in the settings.
    let store = lodestar::store::Store::open(dir.path()).expect("store");
    store.set_language(Some("en")).expect("saved");
    assert_eq!(store.language().as_deref(), Some("en"));
    let settings = std::fs::read_to_string(dir.path().join("settings.json")).expect("written");
    assert!(settings.contains("\"language\": \"en\""), "{settings}");
}

/// The string literals of a file that read as text for a person: they
/// start with a capital letter and have a small one, outside comments,
/// tests, and widget ids (`id_salt`, `Id::new`, `make_persistent_id`), log
/// lines and `expect` messages (for developers).
fn people_text(code: &str) -> Vec<String> {
    let body = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut out = Vec::new();
    for line in body.lines() {
        let line = line.trim_start();
        let for_developers = [
            "//",
            "log::",
            ".expect(",
            "debug_struct",
            "id_salt",
            "Id::new",
            "persistent_id",
            "unreachable!",
        ];
        if for_developers
            .iter()
            .any(|d| line.starts_with(d) || line.contains(d))
        {
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            let literal = &after[..end];
            let mut chars = literal.chars();
            if chars.next().is_some_and(char::is_uppercase)
                && literal.chars().any(char::is_lowercase)
            {
                out.push(literal.to_owned());
            }
            rest = &after[end + 1..];
        }
    }
    out
}

/// Words the screens show as they are in every language: the program's
/// name, names of other programs and formats, and keyboard shortcuts.
const SAME_IN_EVERY_LANGUAGE: &[&str] =
    &["Lodestar", "OpenGL", "Markdown", "Ctrl+Z", "Ctrl+Shift+Z"];

#[test]
fn no_text_for_people_is_written_in_the_screens_code() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut wrong = Vec::new();
    for (path, text) in sources() {
        let Ok(rel) = path.strip_prefix(&ui) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        let found: Vec<String> = people_text(&text)
            .into_iter()
            .filter(|t| !SAME_IN_EVERY_LANGUAGE.contains(&t.as_str()))
            .collect();
        if !found.is_empty() {
            wrong.push(format!("src/ui/{rel}: {found:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "use t!(\"id\") and assets/i18n/en/lodestar.ftl:\n{}",
        wrong.join("\n")
    );
}

/// Keys whose values are for the program, not for people: the same in
/// every language.
const MACHINE_KEYS: &[&str] = &[
    "id",
    "version",
    "schema_version",
    "workplace",
    "skill",
    "skills",
    "catalog",
    "rater",
    "status",
    "seen_by",
    "date",
    "due",
    "next_date",
    "next_time",
    "next_minutes",
    "duration_minutes",
    "review_date",
    "target_date",
    "in_progress",
    "expects",
    "targets",
    "ratings",
    "discussed",
    "link",
    "file",
];

/// Compares a translated content file with the English one: the same
/// shape (keys, order and list lengths; keywords may be more), the same
/// values for the program, and no empty text where English has text.
fn same_shape(
    path: &str,
    en: &serde_json::Value,
    theirs: &serde_json::Value,
    wrong: &mut Vec<String>,
) {
    use serde_json::Value;
    match (en, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: Vec<&String> = a.keys().collect();
            let kb: Vec<&String> = b.keys().collect();
            if ka != kb {
                wrong.push(format!("{path}: keys {kb:?}, English {ka:?}"));
                return;
            }
            for (k, v) in a {
                let inner = format!("{path}.{k}");
                // "skills" of a list holds the skills themselves; of an
                // evidence entry, ids.
                let holds_records = match v {
                    Value::Array(items) => items.iter().any(Value::is_object),
                    _ => false,
                };
                if MACHINE_KEYS.contains(&k.as_str()) && !holds_records {
                    if b.get(k) != Some(v) {
                        wrong.push(format!(
                            "{inner}: differs from English (a value for the program)"
                        ));
                    }
                } else if let Some(w) = b.get(k) {
                    same_shape(&inner, v, w, wrong);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            let more_allowed = path.ends_with(".keywords");
            if b.len() < a.len() || (!more_allowed && b.len() != a.len()) {
                wrong.push(format!("{path}: {} entries, English {}", b.len(), a.len()));
                return;
            }
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                same_shape(&format!("{path}[{i}]"), v, w, wrong);
            }
        }
        (Value::String(a), Value::String(b)) => {
            if !a.trim().is_empty() && b.trim().is_empty() {
                wrong.push(format!("{path}: empty"));
            }
        }
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
            if a != b {
                wrong.push(format!("{path}: {b}, English {a}"));
            }
        }
        _ => wrong.push(format!("{path}: another kind of value than English")),
    }
}

#[test]
fn every_language_has_the_built_in_content_in_the_same_shape() {
    use lodestar::assets;
    use lodestar::i18n::Lang;
    let english: Vec<(String, &str)> = assets::catalogs(Lang::ENGLISH)
        .into_iter()
        .map(|(name, text)| (format!("catalogs/{name}"), text))
        .chain([
            ("sample-profile.json".to_owned(), assets::SAMPLE_PROFILE),
            (
                "reflective_questions.json".to_owned(),
                assets::REFLECTIVE_QUESTIONS,
            ),
        ])
        .collect();
    let mut wrong = Vec::new();
    for lang in Lang::all().skip(1) {
        for (path, en) in &english {
            let Some((_, _, theirs)) = lodestar::i18n::CONTENT
                .iter()
                .find(|(tag, p, _)| *tag == lang.tag() && p == path)
            else {
                wrong.push(format!("{}: {path} is missing", lang.tag()));
                continue;
            };
            let en: serde_json::Value = serde_json::from_str(en).expect("English parses");
            match serde_json::from_str::<serde_json::Value>(theirs) {
                Ok(theirs) => {
                    same_shape(&format!("{}/{path}", lang.tag()), &en, &theirs, &mut wrong);
                }
                Err(e) => wrong.push(format!("{}/{path}: {e}", lang.tag())),
            }
        }
        // The program reads them as it reads English.
        for (name, text) in assets::catalogs(lang) {
            let parsed: Result<lodestar::model::Catalog, _> = serde_json::from_str(text);
            match parsed {
                Ok(c) => {
                    if let Err(e) = c.validate() {
                        wrong.push(format!("{}/catalogs/{name}: {e}", lang.tag()));
                    }
                }
                Err(e) => wrong.push(format!("{}/catalogs/{name}: {e}", lang.tag())),
            }
        }
        if let Err(e) = lodestar::model::parse_questions(assets::reflective_questions(lang)) {
            wrong.push(format!("{}: reflective questions: {e}", lang.tag()));
        }
        if let Err(e) =
            lodestar::store::parse_profile_bytes(assets::sample_profile(lang).as_bytes())
        {
            wrong.push(format!("{}: sample profile: {e}", lang.tag()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

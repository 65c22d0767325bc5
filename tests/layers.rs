//! The architecture, checked from the source: which layer may use which,
//! and no import circle between the modules of `ui` or of `model` (a
//! screen never imports the shell that imports it).
//!
//! The imports are read from the code itself: every `crate::…` and
//! `super::…` path outside `#[cfg(test)]` blocks, with names re-exported by
//! a `mod.rs` followed to the module that defines them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module, as its path below the crate: `["ui", "app", "exports"]`.
type Module = Vec<String>;

/// Every source file's module and its code without test blocks or comments.
fn sources() -> Vec<(Module, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&root).expect("under src");
            let mut module: Module = rel
                .with_extension("")
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            out.push((module, code_only(&text)));
        }
    }
    out
}

/// The code without `#[cfg(test)]` modules (they come last in a file) and
/// without comment lines.
fn code_only(text: &str) -> String {
    let body = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    body.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    s.split_at(end)
}

/// The paths a piece of code names: `crate::a::b`, `super::c`, and each
/// first-level name of a `{…}` group after one.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let before = rest[..at].chars().last();
            rest = &rest[at..];
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                rest = &rest[start.len()..];
                continue;
            }
            let (head, tail) = rest.split_at(start.len() - 2);
            let mut segs = vec![head.to_owned()];
            let mut tail = tail;
            while let Some(next) = tail.strip_prefix("::") {
                if let Some(group) = next.strip_prefix('{') {
                    for name in first_level(group) {
                        let mut p = segs.clone();
                        p.push(name);
                        out.push(p);
                    }
                    break;
                }
                let (name, after) = ident(next);
                if name.is_empty() {
                    break;
                }
                segs.push(name.to_owned());
                tail = after;
            }
            out.push(segs);
            rest = tail;
        }
    }
    out
}

/// The names at the first level of a `{a, b::c, d::{e}}` group.
fn first_level(group: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut expect_name = true;
    let mut rest = group;
    while let Some(c) = rest.chars().next() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => expect_name = true,
            c if expect_name && depth == 0 && (c.is_ascii_alphabetic() || c == '_') => {
                let (name, _) = ident(rest);
                names.push(name.to_owned());
                expect_name = false;
            }
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    names
}

/// The module a path names, from the file's module: `super` climbs,
/// `crate` starts at the root; the longest known module wins, and a name
/// re-exported by a `mod.rs` leads to the module that defines it.
fn resolve(
    from: &Module,
    path: &[String],
    modules: &BTreeSet<Module>,
    reexports: &BTreeMap<(Module, String), Module>,
) -> Option<Module> {
    let mut base: Module = from.clone();
    let mut segs = path.iter().peekable();
    match segs.peek().map(|s| s.as_str()) {
        Some("crate") => {
            base.clear();
            segs.next();
        }
        Some("super") => {
            while segs.peek().is_some_and(|s| *s == "super") {
                base.pop();
                segs.next();
            }
        }
        _ => return None,
    }
    let mut at = base;
    for seg in segs {
        let mut deeper = at.clone();
        deeper.push(seg.clone());
        if modules.contains(&deeper) {
            at = deeper;
        } else if let Some(target) = reexports.get(&(at.clone(), seg.clone())) {
            return Some(target.clone());
        } else {
            break;
        }
    }
    Some(at)
}

/// The part of the architecture a module belongs to: `ui::app` for
/// `ui::app::exports`; other layers are one part each (`store`).
fn part(module: &Module) -> String {
    match module.first().map(String::as_str) {
        Some("ui" | "model") => module
            .iter()
            .take(2)
            .cloned()
            .collect::<Vec<_>>()
            .join("::"),
        Some(top) => top.to_owned(),
        None => "crate".to_owned(),
    }
}

/// Who uses whom, between parts.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<Module> = files.iter().map(|(m, _)| m.clone()).collect();
    // `pub use sub::{A, B}` in a mod.rs: A and B live in `sub`.
    let mut reexports = BTreeMap::new();
    for (module, code) in &files {
        for stmt in code
            .split(';')
            .filter(|s| s.trim_start().starts_with("pub use "))
        {
            let stmt = stmt.trim_start().trim_start_matches("pub use ");
            let (sub, rest) = ident(stmt);
            let mut target = module.clone();
            target.push(sub.to_owned());
            if !modules.contains(&target) {
                continue;
            }
            let names = match rest.strip_prefix("::{") {
                Some(group) => first_level(group),
                None => vec![rest.rsplit("::").next().unwrap_or_default().to_owned()],
            };
            for name in names {
                reexports.insert((module.clone(), name), target.clone());
            }
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &files {
        let from = part(module);
        for path in paths(code) {
            let Some(to) = resolve(module, &path, &modules, &reexports) else {
                continue;
            };
            let to = part(&to);
            if to != from && to != "crate" {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

/// A circle through `start`, if there is one.
fn circle(
    edges: &BTreeMap<String, BTreeSet<String>>,
    start: &str,
    within: &str,
) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((node, trail)) = stack.pop() {
        for next in edges.get(&node).into_iter().flatten() {
            if !next.starts_with(within) {
                continue;
            }
            if next == start {
                let mut found = trail.clone();
                found.push(next.clone());
                return Some(found);
            }
            if seen.insert(next.clone()) {
                let mut longer = trail.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_import_circle_inside_ui_or_model() {
    let edges = graph();
    // The check sees the imports: the shell uses the screens.
    assert!(edges["ui::app"].contains("ui::checklist"), "{edges:#?}");
    assert!(edges["ui::session"].contains("ui::command"), "{edges:#?}");
    let mut circles = Vec::new();
    for node in edges.keys() {
        for layer in ["ui::", "model::"] {
            if node.starts_with(layer)
                && let Some(c) = circle(&edges, node, layer)
            {
                circles.push(c.join(" → "));
            }
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let edges = graph();
    let layer_of = |part: &str| part.split("::").next().unwrap_or(part).to_owned();
    // `i18n` (the texts in each language) uses nothing of Lodestar, and
    // every layer may use it.
    let allowed: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("i18n", &[][..]),
        ("model", &["i18n"][..]),
        ("chart", &["model", "i18n"][..]),
        ("store", &["model", "assets", "i18n"][..]),
        ("report", &["model", "chart", "assets", "i18n"][..]),
        (
            "exports",
            &["model", "chart", "report", "store", "i18n"][..],
        ),
        (
            "ui",
            &[
                "model",
                "chart",
                "report",
                "store",
                "exports",
                "assets",
                "process_start",
                "i18n",
            ][..],
        ),
    ]);
    let mut wrong = Vec::new();
    for (from, tos) in &edges {
        let Some(ok) = allowed.get(layer_of(from).as_str()) else {
            continue;
        };
        for to in tos {
            let layer = layer_of(to);
            if layer != layer_of(from) && !ok.contains(&layer.as_str()) {
                wrong.push(format!("{from} uses {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_paths_and_groups() {
    let p =
        paths("use super::{about, app::Tab, x::{y, z}};\nlet a = crate::model::edit::apply(p);");
    let names: Vec<String> = p.iter().map(|s| s.join("::")).collect();
    for want in [
        "super::about",
        "super::app",
        "super::x",
        "crate::model::edit::apply",
    ] {
        assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
    }
    assert!(paths("let notcrate::x = 1;").is_empty());
}

//! Build script of `lodestar`: embeds every language found under
//! `assets/i18n/` (a folder per language, so adding one needs no code), and
//! on Windows embeds the app icon and version in the .exe (what Explorer,
//! the taskbar and "Apps & features" show).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    languages(&manifest);
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // The icon lives at the top of the repository, above either package.
    let Some(icon) = manifest
        .ancestors()
        .map(|d| d.join("packaging/icons/lodestar.ico"))
        .find(|p| p.exists())
    else {
        panic!(
            "packaging/icons/lodestar.ico not found above {}",
            manifest.display()
        );
    };
    println!("cargo::rerun-if-changed={}", icon.display());
    let mut res = winresource::WindowsResource::new();
    res.set_icon(&icon.to_string_lossy())
        .set("ProductName", "Lodestar")
        .set(
            "FileDescription",
            "Lodestar: leadership coaching for technicians",
        )
        .set(
            "LegalCopyright",
            "The Lodestar developers (MIT or Apache-2.0)",
        );
    if let Err(e) = res.compile() {
        panic!("could not embed the Windows icon (is windres from mingw-w64 installed?): {e}");
    }
}

/// Writes `languages.rs` into `OUT_DIR`: each `assets/i18n/<tag>/lodestar.ftl`
/// as `(tag, text)`, English first, then by tag.
fn languages(manifest: &Path) {
    let dir = manifest.join("assets/i18n");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("lodestar.ftl").is_file())
                .filter_map(|p| {
                    let tag = p.file_name()?.to_str()?.to_owned();
                    Some((tag, p.join("lodestar.ftl")))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    assert!(
        found.first().is_some_and(|(tag, _)| tag == "en"),
        "assets/i18n/en/lodestar.ftl is missing: English is the reference language"
    );
    let mut code = String::from(
        "/// Every language Lodestar speaks: its tag and its messages, English first.\n\
         pub static LANGUAGES: &[(&str, &str)] = &[\n",
    );
    for (tag, file) in &found {
        println!("cargo::rerun-if-changed={}", file.display());
        let _ = writeln!(
            code,
            "    ({tag:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    // The content in each language other than English (whose content is
    // in `assets/` itself): its lists, questions and sample, by the path
    // under its folder ("catalogs/recommended.json").
    code.push_str(
        "/// The built-in content translated: (tag, path in the language's folder, text).\n\
         pub static CONTENT: &[(&str, &str, &str)] = &[\n",
    );
    for (tag, ftl) in found.iter().skip(1) {
        let Some(folder) = ftl.parent() else { continue };
        let mut files = Vec::new();
        json_files(folder, folder, &mut files);
        files.sort();
        for (rel, file) in files {
            println!("cargo::rerun-if-changed={}", file.display());
            let _ = writeln!(
                code,
                "    ({tag:?}, {rel:?}, include_str!({:?})),",
                file.display().to_string()
            );
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("languages.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("could not write {}: {e}", out.display());
    }
}

/// Every `.json` file under `dir`, with its path relative to `root` (with
/// `/`, as on every system).
fn json_files(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        if path.is_dir() {
            json_files(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "json")
            && let Ok(rel) = path.strip_prefix(root)
        {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
}

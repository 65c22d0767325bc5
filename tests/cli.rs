//! The `lodestar` binary's headless commands, run as a user would.

use std::path::Path;
use std::process::{Command, Output};

fn lodestar(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .env_remove("LODESTAR_CONFIG_DIR")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_fresh_folder_lists_the_sample_and_compares_it() {
    let dir = tempfile::tempdir().expect("temp");
    let list = lodestar(dir.path(), &["profiles"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(
        stdout(&list).contains("Sample technician"),
        "{}",
        stdout(&list)
    );

    let cmp = lodestar(dir.path(), &["compare", "sample"]);
    assert!(cmp.status.success(), "{}", stderr(&cmp));
    let out = stdout(&cmp);
    assert!(
        out.contains("compared with \"Recommended leadership skills\""),
        "{out}"
    );
    assert!(
        out.contains("~~Effective communication~~"),
        "strengths are crossed out: {out}"
    );
    assert!(out.contains("On the right track"), "{out}");
    assert!(out.contains("Worth talking about"), "{out}");
    assert!(out.contains("Possible links, not applied"), "{out}");
    assert!(
        out.contains("\"Time management\" looks like Prioritising"),
        "{out}"
    );

    let other = lodestar(
        dir.path(),
        &["compare", "Sample technician", "--catalog", "team-outcomes"],
    );
    assert!(other.status.success(), "{}", stderr(&other));
    assert!(stdout(&other).contains("What leadership changes for a team"));
}

#[test]
fn catalogs_lists_builtin_and_imported_lists() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("acme.csv");
    std::fs::write(
        &csv,
        "skill,description\nSafety leadership,Keeps people safe\n",
    )
    .expect("write");
    let imp = lodestar(
        &dir.path().join("cfg"),
        &[
            "import-catalog",
            csv.to_str().expect("utf8"),
            "--title",
            "Acme field framework",
        ],
    );
    assert!(imp.status.success(), "{}", stderr(&imp));
    assert!(stdout(&imp).contains("acme-field-framework"));
    let out = stdout(&lodestar(&dir.path().join("cfg"), &["catalogs"]));
    for id in [
        "recommended",
        "team-outcomes",
        "technical-leader",
        "acme-field-framework",
    ] {
        assert!(out.contains(id), "{id} missing from {out}");
    }
}

#[test]
fn export_and_import_round_trip() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let file = dir.path().join("out.json");
    let exp = lodestar(
        &cfg,
        &["export-profile", "sample", file.to_str().expect("utf8")],
    );
    assert!(exp.status.success(), "{}", stderr(&exp));
    let imp = lodestar(&cfg, &["import", file.to_str().expect("utf8")]);
    assert!(imp.status.success(), "{}", stderr(&imp));
    let list = stdout(&lodestar(&cfg, &["profiles"]));
    assert_eq!(list.matches("Sample technician").count(), 2, "{list}");
    // Now the name is ambiguous: a clear error, non-zero exit.
    let amb = lodestar(&cfg, &["compare", "Sample technician"]);
    assert!(!amb.status.success());
    assert!(
        stderr(&amb).contains("matches several profiles"),
        "{}",
        stderr(&amb)
    );
}

#[test]
fn errors_go_to_stderr_with_a_failing_exit_code() {
    let dir = tempfile::tempdir().expect("temp");
    let cases: [(&[&str], &str); 4] = [
        (&["compare", "nobody"], "No profile matches \"nobody\""),
        (
            &["compare", "sample", "--catalog", "nope"],
            "There is no list \"nope\"",
        ),
        (&["import", "/nonexistent/file.json"], "does not exist"),
        (
            &["export-profile", "sample", "/nonexistent/dir/out.json"],
            "Could not save",
        ),
    ];
    for (args, expected) in cases {
        let o = lodestar(dir.path(), args);
        assert!(!o.status.success(), "{args:?} should fail");
        assert!(
            stdout(&o).is_empty(),
            "{args:?} printed to stdout: {}",
            stdout(&o)
        );
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
    }
    let bad = lodestar(dir.path(), &["no-such-command"]);
    assert!(!bad.status.success());
}

#[test]
fn the_config_folder_comes_from_the_environment_too() {
    let dir = tempfile::tempdir().expect("temp");
    let o = Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("where")
        .env("LODESTAR_CONFIG_DIR", dir.path())
        .output()
        .expect("runs");
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), dir.path().display().to_string());
    assert!(dir.path().join("profiles").is_dir());
}

#[test]
fn chart_writes_svg_and_png_and_says_why_when_it_cannot() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let svg = dir.path().join("sample.svg");
    let o = lodestar(
        &cfg,
        &["chart", "sample", "--out", svg.to_str().expect("utf-8")],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Wrote the chart of \"Sample technician\""));
    let text = std::fs::read_to_string(&svg).expect("svg written");
    usvg::Tree::from_str(&text, &usvg::Options::default()).expect("valid SVG");
    assert!(text.contains("Latest self-rating"), "self leads by default");

    let png = dir.path().join("coach.PNG");
    let o = lodestar(
        &cfg,
        &[
            "chart",
            "sample",
            "--rater",
            "coach",
            "--out",
            png.to_str().expect("utf-8"),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let img = image::open(&png).expect("a PNG");
    assert_eq!(img.width(), 1440);

    // A name that is neither .svg nor .png: refused, nothing written.
    let jpg = dir.path().join("c.jpg");
    let o = lodestar(
        &cfg,
        &["chart", "sample", "--out", jpg.to_str().expect("utf-8")],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains(".svg or .png"), "{}", stderr(&o));
    assert!(!jpg.exists());

    // A profile without ratings.
    let store = lodestar::store::Store::open(&cfg).expect("store");
    drop(store.create("Unrated").expect("created"));
    let o = lodestar(
        &cfg,
        &["chart", "Unrated", "--out", svg.to_str().expect("utf-8")],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("nothing has been rated yet"),
        "{}",
        stderr(&o)
    );

    // A folder that does not exist: a clear error, not a panic.
    let nowhere = dir.path().join("no/such/folder/c.svg");
    let o = lodestar(
        &cfg,
        &["chart", "sample", "--out", nowhere.to_str().expect("utf-8")],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("c.svg"), "{}", stderr(&o));
}

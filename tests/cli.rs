//! The `lodestar` binary's headless commands, run as a user would.

use std::path::Path;
use std::process::{Command, Output};

fn lodestar(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .env_remove("LODESTAR_CONFIG_DIR")
        // The language of the test, whatever the machine's.
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
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
    // The same profile is here: imported again it is merged (nothing new),
    // not added a second time.
    let imp = lodestar(&cfg, &["import", file.to_str().expect("utf8")]);
    assert!(imp.status.success(), "{}", stderr(&imp));
    assert!(stdout(&imp).contains("nothing new"), "{}", stdout(&imp));
    let list = stdout(&lodestar(&cfg, &["profiles"]));
    assert_eq!(list.matches("Sample technician").count(), 1, "{list}");
    // Asked for, it is added as a separate profile.
    let imp = lodestar(&cfg, &["import", "--as-new", file.to_str().expect("utf8")]);
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
    assert!(stderr(&o).contains(".svg, .png"), "{}", stderr(&o));
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

/// Runs a command that must succeed; its output.
fn run(config: &Path, args: &[&str]) -> String {
    let o = lodestar(config, args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// Opens a profile of a config folder, changes it as the app would, saves.
fn change(config: &Path, id: &str, edit: impl FnOnce(&mut lodestar::model::Profile)) {
    let store = lodestar::store::Store::open(config).expect("store");
    let id = lodestar::model::ProfileId::parse(id).expect("id");
    let mut h = store.open_profile(&id).expect("opens");
    edit(&mut h.profile);
    h.save().expect("saves");
}

fn profile(config: &Path, id: &str) -> lodestar::model::Profile {
    let store = lodestar::store::Store::open(config).expect("store");
    let id = lodestar::model::ProfileId::parse(id).expect("id");
    store.open_profile(&id).expect("opens").profile
}

#[test]
fn a_profile_goes_to_the_technician_and_back_without_the_private_notes() {
    use lodestar::model::{Action, Assessment, Level, ListKind, Rater, Session, SkillId};
    let dir = tempfile::tempdir().expect("temp");
    let (coach, tech) = (dir.path().join("coach"), dir.path().join("tech"));
    let out = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let send = |config: &Path, id: &str, to: &str, file: &str| {
        run(config, &["send", id, "--to", to, "--out", &out(file)])
    };
    let receive = |config: &Path, file: &str| run(config, &["import", &out(file)]);
    run(&coach, &["profiles"]);
    let store = lodestar::store::Store::open(&coach).expect("store");
    let id = store.list().profiles[0].id.to_string();
    let id = id.as_str();
    change(&coach, id, |p| {
        p.sessions[0].private_notes = "Seems tired; ask about the rota.".into();
    });

    // The coach sends the sample: no private notes in the file.
    let first = send(&coach, id, "technician", "to-tech.lodestar");
    assert!(first.contains("without the private notes"), "{first}");
    let bytes = std::fs::read_to_string(out("to-tech.lodestar")).expect("sent file");
    assert!(
        !bytes.contains("Seems tired"),
        "private notes left the coach"
    );

    // The technician takes it in under the same id, and does their homework.
    let got = receive(&tech, "to-tech.lodestar");
    assert!(got.contains(&format!("as {id}.")), "{got}");
    change(&tech, id, |p| {
        p.add_item(ListKind::Have, "Training the new starters", None)
            .expect("added");
        let mut own = Assessment::new(jiff::civil::date(2026, 12, 3), Rater::SelfRating);
        let four = Level::new(4).expect("4");
        own.ratings.insert(SkillId::new("communication"), four);
        p.assessments.push(own);
        p.role = "Senior field service technician".into();
    });
    // Meanwhile the coach adds a session with an action and private notes.
    change(&coach, id, |p| {
        let mut s = Session::new(jiff::civil::date(2026, 12, 4));
        s.private_notes = "Wants the lead job; not ready to say so.".into();
        s.actions.push(Action::new("Run the Friday toolbox talk"));
        p.sessions.push(s);
        p.role = "Field service lead".into();
    });

    // Back to the coach: one profile with all of it, the role a conflict.
    send(&tech, id, "coach", "to-coach.lodestar");
    let said = receive(&coach, "to-coach.lodestar");
    let expected = "Updated \"Sample technician\": 1 new Have item, 1 self-rating, 1 conflict.";
    assert!(said.contains(expected), "{said}");
    assert!(
        said.contains("Role: yours (\"Field service lead\") was kept"),
        "{said}"
    );
    let p = profile(&coach, id);
    assert!(p.have.iter().any(|i| i.text == "Training the new starters"));
    assert_eq!(p.sessions.len(), 3);
    assert_eq!(
        p.sessions[0].private_notes,
        "Seems tired; ask about the rota."
    );
    assert_eq!(p.sessions[2].actions[0].text, "Run the Friday toolbox talk");
    let list = run(&coach, &["profiles"]);
    assert_eq!(list.matches("Sample technician").count(), 1, "{list}");
    assert!(
        store.backups(&p.id).len() >= 2,
        "the replaced version is kept"
    );

    // The coach's next update reaches the technician without private notes.
    send(&coach, id, "technician", "update.lodestar");
    let bytes = std::fs::read_to_string(out("update.lodestar")).expect("sent file");
    assert!(!bytes.contains("Seems tired") && !bytes.contains("lead job"));
    let got = receive(&tech, "update.lodestar");
    assert!(got.contains("1 session, 1 new action"), "{got}");
    let t = profile(&tech, id);
    assert_eq!(t.sessions.len(), 3);
    assert!(t.sessions.iter().all(|s| s.private_notes.is_empty()));
    assert!(t.have.iter().any(|i| i.text == "Training the new starters"));
}

#[test]
fn a_received_file_is_held_to_the_limits_of_typed_text() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let file = dir.path().join("huge.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(lodestar::assets::SAMPLE_PROFILE).expect("sample");
    doc["id"] = "p-huge".into();
    doc["name"] = "N".repeat(100_000).into();
    doc["have"][0]["text"] = "\u{0}".into();
    std::fs::write(&file, serde_json::to_vec(&doc).expect("json")).expect("write");
    let got = lodestar(&cfg, &["import", file.to_str().expect("utf8")]);
    assert!(got.status.success(), "{}", stderr(&got));
    let said = stdout(&got);
    assert!(
        said.contains("The name was 100000 characters long; the first 120 were kept."),
        "{said}"
    );
    assert!(
        said.contains("An empty Have or Want item was left out."),
        "{said}"
    );
    let store = lodestar::store::Store::open(&cfg).expect("store");
    let p = store
        .open_profile(&lodestar::model::ProfileId::parse("p-huge").expect("id"))
        .expect("opens")
        .profile;
    assert_eq!(p.name.chars().count(), 120);
    assert_eq!(p.have.len(), 4);
    // A file put in the profiles folder by hand is listed one line per
    // profile, its name cut at the same limit.
    let mut by_hand = doc.clone();
    by_hand["id"] = "p-00000000000000ab".into();
    std::fs::write(
        store.profiles_dir().join("p-00000000000000ab.json"),
        serde_json::to_vec(&by_hand).expect("json"),
    )
    .expect("write");
    let listed = stdout(&lodestar(&cfg, &["profiles"]));
    let line = listed
        .lines()
        .find(|l| l.starts_with("p-00000000000000ab"))
        .expect("listed");
    assert!(line.chars().count() < 200, "{} chars", line.chars().count());
    assert!(line.contains('…'));
    // A file far too large is refused with its size, before it is read.
    let big = dir.path().join("big.json");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(lodestar::store::MAX_INCOMING_BYTES + 1)
        .expect("sparse");
    let refused = lodestar(&cfg, &["import", big.to_str().expect("utf8")]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("a profile is at most 64 MB"),
        "{}",
        stderr(&refused)
    );
}

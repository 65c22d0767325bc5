//! Hostile conditions a desktop app meets sooner or later: a disk that
//! fills up while someone types, a folder that disappears, a megabyte of
//! pasted text, a competency list with a thousand skills. Each one gets a
//! clear message, and nothing anybody typed is lost.
//! (Hostile names and corrupt or newer files: `tests/store.rs`; crashes:
//! `tests/crash.rs`; random files: `tests/proptest.rs`.)

use std::fmt::Write as _;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lodestar::model::{Profile, Session};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::{app_on, click};

fn have_texts(h: &Harness<'static, LodestarApp>) -> Vec<String> {
    h.state()
        .open
        .as_ref()
        .expect("a profile is open")
        .profile()
        .have
        .iter()
        .map(|i| i.text.clone())
        .collect()
}

/// The app on a fresh config folder, with the sample profile open.
fn sample_open() -> (tempfile::TempDir, Store, Harness<'static, LodestarApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    store.seed_sample_if_new().expect("sample");
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Sample technician");
    (dir, store, h)
}

/// The profile as saved on disk.
fn saved(store: &Store) -> Profile {
    let id = store.list().profiles[0].id.clone();
    store.open_profile(&id).expect("opens").profile.clone()
}

/// Sets this process's file size limit (soft), as `ulimit -f` would.
#[cfg(target_os = "linux")]
fn limit_file_size(limit: &str) {
    let pid = std::process::id().to_string();
    let status = std::process::Command::new("prlimit")
        .args(["--pid", &pid, &format!("--fsize={limit}:")])
        .status()
        .expect("prlimit (util-linux) runs");
    assert!(status.success(), "prlimit --fsize={limit}");
}

/// The child side of `a_full_disk_keeps_every_edit_and_says_so`: it limits
/// its own file size, so every save fails the way a full disk makes it fail
/// (the write stops half-way), then lifts the limit as if space was freed.
#[cfg(target_os = "linux")]
fn fill_the_disk_while_editing(root: &str) {
    // Past the limit the kernel sends SIGXFSZ, which would end the process;
    // with a handler, the write fails with an error instead, as on a full disk.
    signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    )
    .expect("handler");
    let store = Store::open(root).expect("store");
    store.seed_sample_if_new().expect("sample");
    let id = store.list().profiles[0].id.clone();
    let before = std::fs::read(store.profile_path(&id)).expect("read");

    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Sample technician");
    limit_file_size("4096");
    click(&mut h, "+ Prioritising");
    h.state_mut().save_now();
    h.run();
    let status = h.state().status.clone();
    assert!(status.error, "the failed save is shown: {status:?}");
    assert!(
        status.text.contains("Free some space"),
        "says what to do: {}",
        status.text
    );
    h.get_by_label_contains("Free some space");
    assert_eq!(
        std::fs::read(store.profile_path(&id)).expect("read"),
        before,
        "the file on disk is untouched"
    );
    assert!(have_texts(&h).iter().any(|t| t == "Prioritising"), "kept");

    // Keep typing while the disk is full: still nothing lost.
    let field = "Add a quality you have:";
    click(&mut h, field);
    h.get_by_label(field).type_text("Calm on a full disk");
    h.key_press(egui::Key::Enter);
    h.run();
    h.state_mut().save_now();
    h.run();
    assert!(h.state().status.error);

    // Space is freed: the next save writes everything.
    limit_file_size("unlimited");
    h.state_mut().save_now();
    h.run();
    assert_eq!(h.state().status.text, "Saved");
    let saved: Profile =
        serde_json::from_slice(&std::fs::read(store.profile_path(&id)).expect("read"))
            .expect("parses");
    let texts: Vec<&str> = saved.have.iter().map(|i| i.text.as_str()).collect();
    assert!(
        texts.contains(&"Prioritising") && texts.contains(&"Calm on a full disk"),
        "{texts:?}, app has {:?}",
        have_texts(&h)
    );
}

#[test]
#[cfg(target_os = "linux")] // prlimit is util-linux
fn a_full_disk_keeps_every_edit_and_says_so() {
    const CHILD: &str = "LODESTAR_DISK_FULL_CHILD";
    if let Some(root) = std::env::var_os(CHILD) {
        fill_the_disk_while_editing(root.to_str().expect("utf-8"));
        return;
    }
    // In a child process: the size limit must not touch the other tests.
    let dir = tempfile::tempdir().expect("temp dir");
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "a_full_disk_keeps_every_edit_and_says_so",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, dir.path())
        .output()
        .expect("child runs");
    assert!(
        out.status.success(),
        "the child failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 passed"),
        "the child ran the checks"
    );
}

#[test]
fn a_vanished_folder_gives_a_clear_message_and_the_edits_are_rescued() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    drop(store.create("Dana").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana");
    // A sync tool or a careless cleanup takes the folder away.
    let moved = dir.path().join("moved-away");
    std::fs::rename(store.profiles_dir(), &moved).expect("moved");
    click(&mut h, "+ Prioritising");
    h.state_mut().save_now();
    h.run();
    // The file went with the folder: never written over blindly, the
    // person is asked.
    let status = h.state().status.clone();
    assert!(status.error, "{status:?}");
    assert!(
        status
            .text
            .contains("changed or removed by another program"),
        "{}",
        status.text
    );
    click(&mut h, "Keep mine");
    let status = h.state().status.clone();
    assert!(
        status.error && status.text.contains("folder does not exist"),
        "{status:?}"
    );
    // Closing the window now keeps the edits in recovered/.
    h.state_mut().closing();
    let recovered = store.recovered();
    assert_eq!(recovered.len(), 1, "the unsaved profile is kept");
    let kept: Profile =
        serde_json::from_slice(&std::fs::read(&recovered[0]).expect("read")).expect("parses");
    assert!(kept.have.iter().any(|i| i.text == "Prioritising"));
    // The next start says where they are.
    std::fs::rename(&moved, store.profiles_dir()).expect("back");
    let mut h = app_on(&store);
    h.run();
    h.get_by_label_contains("could not be saved earlier");
}

#[test]
fn a_megabyte_of_pasted_text_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    drop(store.create("Paster").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Paster");
    let megabyte = "leadership ".repeat(100_000);
    let field = "Add a quality you have:";
    h.get_by_label(field).click();
    h.run();
    h.get_by_label(field).type_text(&megabyte);
    h.run();
    // The field takes in what can be shown at once (a megabyte laid out and
    // matched every frame froze the window for seconds), and says no.
    let value = h
        .get_by_label(field)
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert_eq!(value.chars().count(), lodestar::ui::widgets::LINE_FIELD_MAX);
    h.key_press(egui::Key::Enter);
    h.run();
    let status = h.state().status.clone();
    assert!(
        status.error && status.text.contains("too long"),
        "{status:?}"
    );
    assert!(have_texts(&h).is_empty(), "nothing was added");

    // A megabyte that is already in a file (notes from another tool) is
    // kept whole: Lodestar refuses to take in more than it can show, but it
    // never cuts what someone wrote.
    let mut p = store.create("Long notes").expect("created");
    let mut s = Session::new(jiff::civil::date(2026, 11, 25));
    s.notes = "Ünïcödé, עברית, 🚀 and more. ".repeat(40_000);
    p.profile.sessions.push(s);
    p.save().expect("saves a large profile");
    let id = p.profile.id.clone();
    let expected = p.profile.clone();
    drop(p);
    let again = store.open_profile(&id).expect("opens");
    assert_eq!(again.profile, expected);
}

#[test]
fn long_session_notes_are_kept_up_to_the_limit_and_the_cut_is_told() {
    let (_dir, store, mut h) = sample_open();
    click(&mut h, "6  Sessions");
    click(&mut h, "Start a coaching session");
    let field = "What was said";
    let notes = |h: &Harness<'static, LodestarApp>| {
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .sessions
            .last()
            .expect("the session")
            .notes
            .clone()
    };

    // Thirty thousand characters (a long transcript) are notes like any
    // other: saved, and still there after leaving the session. (Notes over
    // 20,000 used to be refused while the field kept them: leaving the
    // session then dropped them.)
    let transcript = "Talked through the handover of the night shift. ".repeat(625);
    assert_eq!(transcript.chars().count(), 30_000);
    h.get_by_label(field).click();
    h.run();
    h.get_by_label(field).type_text(&transcript);
    h.run();
    assert!(!h.state().status.error, "{:?}", h.state().status);
    click(&mut h, "Back to the profile");
    assert_eq!(notes(&h), transcript.trim_end());

    // A paste past the limit: the field keeps what fits, all of it is
    // saved, and the status line says the end was left out.
    h.get_by_label_contains("Continue the session of").click();
    h.run();
    let flood = "x".repeat(150_000);
    // (The field is now taller than the window: focused as the Tab key would.)
    h.get_by_label(field).focus();
    h.run();
    h.get_by_label(field).type_text(&flood);
    h.run();
    let status = h.state().status.clone();
    assert!(
        status.error
            && status
                .text
                .contains("This note is full (100,000 characters)"),
        "{status:?}"
    );
    click(&mut h, "Back to the profile");
    let kept = notes(&h);
    assert_eq!(kept.chars().count(), lodestar::ui::widgets::NOTES_FIELD_MAX);
    assert!(kept.starts_with(transcript.trim_end()));
    drop(h);
    // And it is on disk.
    assert_eq!(saved(&store).sessions.last().expect("session").notes, kept);
}

#[test]
fn a_note_being_typed_when_the_window_closes_is_saved() {
    let (_dir, store, mut h) = sample_open();
    let item = h.state().open.as_ref().expect("open").profile().have[0]
        .text
        .clone();
    click(&mut h, &format!("Note on “{item}”"));
    h.get_by_label("Note").click();
    h.run();
    h.get_by_label("Note")
        .type_text("Led the night shift alone in March.");
    h.run();
    // The window is closed with the cursor still in the note.
    h.state_mut().closing();
    drop(h);
    let note = saved(&store).have[0].note.clone();
    assert!(
        note.ends_with("Led the night shift alone in March."),
        "{note:?}"
    );
}

#[test]
fn what_is_being_typed_goes_with_the_profile_when_it_is_left() {
    let (_dir, store, mut h) = sample_open();
    let items: Vec<String> = h.state().open.as_ref().expect("open").profile().have[..2]
        .iter()
        .map(|i| i.text.clone())
        .collect();
    // A note typed, then another item's note opened: the first is kept
    // (its field is never drawn again to notice it lost the focus).
    click(&mut h, &format!("Note on “{}”", items[1]));
    h.get_by_label("Note").focus();
    h.run();
    h.get_by_label("Note")
        .type_text("Calm on the phone with angry customers.");
    h.run();
    click(&mut h, &format!("Note on “{}”", items[0]));
    // The role changed, and straight to "All profiles".
    click(&mut h, "About this person");
    h.get_by_label("Role:").focus();
    h.run();
    h.get_by_label("Role:").type_text(", lead");
    h.run();
    click(&mut h, "All profiles");
    assert!(h.state().open.is_none(), "{:?}", h.state().status);
    drop(h);
    let p = saved(&store);
    assert!(
        p.have[1]
            .note
            .ends_with("Calm on the phone with angry customers."),
        "{:?}",
        p.have[1].note
    );
    assert!(p.role.ends_with(", lead"), "{:?}", p.role);
}

#[test]
fn undo_is_not_undone_by_a_stale_field_and_a_refused_edit_stays_to_be_fixed() {
    let (_dir, _store, mut h) = sample_open();
    let role = h
        .state()
        .open
        .as_ref()
        .expect("open")
        .profile()
        .role
        .clone();
    click(&mut h, "About this person");
    h.get_by_label("Role:").focus();
    h.run();
    h.get_by_label("Role:").type_text(" (acting)");
    h.run();
    h.get_by_label("Team:").focus();
    h.run();
    let open = |h: &Harness<'static, LodestarApp>| {
        h.state().open.as_ref().expect("open").profile().clone()
    };
    assert_eq!(open(&h).role, format!("{role} (acting)"));
    // Undone from the keyboard (Ctrl+Z), the cursor still in another field.
    h.state_mut().command(lodestar::ui::app::Command::Undo);
    h.run();
    assert_eq!(open(&h).role, role);
    // Leaving another field must not bring the undone role back.
    h.get_by_label("Coach:").focus();
    h.run();

    h.get_by_label("Team:").focus();
    h.run();
    assert_eq!(
        open(&h).role,
        role,
        "the field showed the undone text and sent it again"
    );

    // An item's new text that is refused (too long) stays in the editor.
    let first = open(&h).have[0].text.clone();
    click(&mut h, &format!("Edit “{first}”"));
    let long = " and more".repeat(40);
    h.get_by_label("Edit quality:").type_text(&long);
    h.run();
    click(&mut h, "Done");
    assert!(
        h.state().status.text.contains("too long"),
        "{:?}",
        h.state().status
    );
    let kept = h
        .get_by_label("Edit quality:")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        kept.ends_with(&long),
        "the refused text is still there to shorten"
    );
    assert_eq!(open(&h).have[0].text, first);
}

#[test]
fn a_list_of_a_thousand_skills_imports_and_compares() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("big.csv");
    let mut text = String::from("skill,description,keywords\n");
    for i in 0..1000 {
        writeln!(
            text,
            "Skill number {i},\"What skill {i} looks like, in a sentence.\",kw{i};word{i}"
        )
        .expect("a String takes it");
    }
    std::fs::write(&csv, text).expect("write");
    let cfg = dir.path().join("cfg");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lodestar"))
            .arg("--config-dir")
            .arg(&cfg)
            .args(args)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let imported = run(&[
        "import-catalog",
        csv.to_str().expect("utf-8"),
        "--title",
        "Big framework",
    ]);
    assert!(imported.contains("1000"), "{imported}");
    let listed = run(&["catalogs"]);
    assert!(listed.contains("Big framework"), "{listed}");
    let id = listed
        .lines()
        .find(|l| l.contains("Big framework"))
        .and_then(|l| l.split_whitespace().next())
        .expect("an id")
        .to_owned();
    let compared = run(&["compare", "sample", "--catalog", &id]);
    assert!(
        compared.contains("Skill number 999"),
        "every skill is shown"
    );

    // And the app shows it.
    let store = Store::open(&cfg).expect("store");
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Sample technician");
    let catalog = h
        .state()
        .catalogs
        .catalogs
        .iter()
        .find(|c| c.title == "Big framework")
        .map(|c| c.skills.len());
    assert_eq!(catalog, Some(1000));
}

#[test]
#[cfg(unix)]
fn a_read_only_profile_file_is_respected_and_says_why() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    let mut handle = store.create("Locked down").expect("created");
    handle.profile.role = "Lab technician".into();
    handle.save().expect("saved");
    let id = handle.profile.id.clone();
    drop(handle);
    let path = store.profile_path(&id);
    // Made read-only by its owner (or a Windows "Read-only" tick).
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    let before = std::fs::read(&path).expect("read");

    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Locked down");
    h.get_by_label_contains("Read-only: its file is marked read-only");
    let open = h.state().open.as_ref().expect("open");
    assert!(open.handle.is_read_only());
    assert_eq!(open.profile().role, "Lab technician", "still readable");
    drop(h);
    let mut handle = store.open_profile(&id).expect("opens");
    handle.profile.role = "changed".into();
    let err = handle.save().expect_err("refused");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before, "untouched");
    drop(handle);

    // Writable again: editable again.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut handle = store.open_profile(&id).expect("opens");
    handle.profile.role = "Senior lab technician".into();
    handle.save().expect("saves");
}

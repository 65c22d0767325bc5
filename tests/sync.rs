//! Profiles in a synced folder: conflict copies with the names sync
//! programs really give them, merged by the store and by the command line,
//! and a profile changed on disk under an open handle.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use lodestar::model::{ListKind, Profile, ProfileId};
use lodestar::store::{CopyOutcome, Store};

fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    (dir, store)
}

/// A profile as it is on disk now.
fn read(store: &Store, id: &ProfileId) -> Profile {
    store.open_profile(id).expect("opens").profile
}

/// Writes `profile` where a sync program would put its conflict copy.
fn write_copy(store: &Store, name: &str, profile: &Profile) -> PathBuf {
    let path = store.profiles_dir().join(name);
    fs::write(&path, serde_json::to_vec_pretty(profile).expect("json")).expect("written");
    path
}

fn backups_hold(store: &Store, id: &ProfileId, text: &str) -> bool {
    store
        .backups(id)
        .iter()
        .any(|b| fs::read_to_string(b).is_ok_and(|t| t.contains(text)))
}

#[test]
fn a_copy_that_only_adds_is_merged_and_moved_to_the_backups() {
    let (_dir, store) = new_store();
    let id = store.create("Dana").expect("created").profile.id.clone();
    // The laptop added a Have item while the office PC added another.
    let mut laptop = read(&store, &id);
    laptop
        .add_item(ListKind::Have, "Runs the Monday stand-up", None)
        .expect("added");
    {
        let mut office = store.open_profile(&id).expect("opens");
        office
            .profile
            .add_item(ListKind::Have, "Mentors the apprentice", None)
            .expect("added");
        office.save().expect("saved");
    }
    let copy = write_copy(
        &store,
        &format!("{id}.sync-conflict-20261130-101010-ABCDEFG.json"),
        &laptop,
    );
    assert_eq!(store.list().profiles.len(), 1, "a copy is not a profile");

    let reports = store.settle_copies(None);
    assert_eq!(reports.len(), 1);
    assert!(
        matches!(reports[0].outcome, CopyOutcome::Merged { .. }),
        "{reports:?}"
    );
    let message = reports[0].message().expect("said");
    assert!(message.contains("Syncthing") && message.contains("1 new Have item"));
    let merged = read(&store, &id);
    let texts: Vec<&str> = merged.have.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.contains(&"Runs the Monday stand-up"), "{texts:?}");
    assert!(texts.contains(&"Mentors the apprentice"), "{texts:?}");
    assert!(!copy.exists(), "the copy is moved aside");
    assert!(backups_hold(&store, &id, "Runs the Monday stand-up"));
    assert!(store.settle_copies(None).is_empty(), "settled once");
}

#[test]
fn a_copy_that_clashes_waits_for_the_person() {
    let (_dir, store) = new_store();
    let id = store.create("Dana").expect("created").profile.id.clone();
    let mut laptop = read(&store, &id);
    laptop.role = "Team lead".into();
    {
        let mut office = store.open_profile(&id).expect("opens");
        office.profile.role = "Senior technician".into();
        office.save().expect("saved");
    }
    let copy = write_copy(
        &store,
        &format!("{id} (Dana's conflicted copy 2026-11-30).json"),
        &laptop,
    );
    let reports = store.settle_copies(None);
    match &reports[0].outcome {
        CopyOutcome::NeedsChoice { fields, .. } => assert_eq!(fields, &["Role".to_owned()]),
        other => panic!("{other:?}"),
    }
    let message = reports[0].message().expect("said");
    assert!(message.contains("Dropbox") && message.contains("Open “Dana”"));
    assert!(copy.exists(), "left until the person chooses");
    assert_eq!(read(&store, &id).role, "Senior technician");
}

#[test]
fn a_broken_copy_is_reported_and_left_and_a_lone_copy_becomes_the_profile() {
    let (_dir, store) = new_store();
    let id = store.create("Dana").expect("created").profile.id.clone();
    let broken = store.profiles_dir().join(format!("{id} (1).json"));
    fs::write(&broken, b"{\"schema_version\": 2, \"name\": \"Da").expect("written");
    let reports = store.settle_copies(None);
    assert!(matches!(reports[0].outcome, CopyOutcome::Failed(_)));
    assert!(
        reports[0]
            .message()
            .expect("said")
            .contains("could not be merged")
    );
    assert!(broken.exists(), "nothing is deleted");
    fs::remove_file(&broken).expect("removed");

    // The profile's own file is gone (the other computer deleted it while
    // this one changed it): the copy takes its place.
    let profile = read(&store, &id);
    fs::remove_file(store.profile_path(&id)).expect("removed");
    write_copy(&store, &format!("{id}-LAPTOP-4F2A.json"), &profile);
    let reports = store.settle_copies(None);
    assert!(matches!(reports[0].outcome, CopyOutcome::Restored { .. }));
    assert_eq!(read(&store, &id).name, "Dana");
}

#[test]
fn a_copy_is_held_to_the_limits_of_typed_text() {
    let (_dir, store) = new_store();
    let id = store.create("Dana").expect("created").profile.id.clone();
    let mut laptop = read(&store, &id);
    laptop
        .add_item(ListKind::Have, "Calm with angry customers", None)
        .expect("added");
    let mut value = serde_json::to_value(&laptop).expect("json");
    value["team"] = serde_json::json!("x".repeat(100_000));
    let path = store
        .profiles_dir()
        .join(format!("{id}.sync-conflict-20261130-101010-ABCDEFG.json"));
    fs::write(&path, serde_json::to_vec(&value).expect("json")).expect("written");
    // The team differs from "" here: a conflict, so it waits; the copy's
    // text is cut to the limit before it is ever shown.
    let incoming = store
        .read_copy(&store.sync_copies()[0])
        .expect("reads the copy");
    assert!(incoming.profile.team.chars().count() <= lodestar::model::profile::MAX_NAME_CHARS);
    assert!(
        incoming
            .adjusted
            .iter()
            .any(|a| a.to_lowercase().contains("team")),
        "{:?}",
        incoming.adjusted
    );
}

#[test]
fn an_open_handle_merges_what_another_computer_saved() {
    let (_dir, store) = new_store();
    let mut here = store.create("Dana").expect("created");
    let id = here.profile.id.clone();
    here.profile
        .add_item(ListKind::Want, "Leading the night shift", None)
        .expect("added");
    here.save().expect("saved");
    // The other computer, through the sync folder: it saw that save, then
    // removed the Want item and changed the role.
    let mut there = read(&store, &id);
    there.want.clear();
    there.role = "Shift lead".into();
    let path = store.profile_path(&id);
    fs::write(&path, serde_json::to_vec_pretty(&there).expect("json")).expect("written");
    // Meanwhile, here: a Have item.
    here.profile
        .add_item(ListKind::Have, "Keeps the van stocked", None)
        .expect("added");
    let from_disk = here.merge_from_disk().expect("merged").expect("changed");
    assert!(from_disk.conflicts.is_empty());
    assert!(from_disk.differs);
    assert_eq!(
        from_disk.summary.words(),
        "1 record removed there, new role",
        "what came is said, details by name"
    );
    assert_eq!(here.profile.role, "Shift lead");
    assert!(
        here.profile.want.is_empty(),
        "a deletion there is respected"
    );
    assert_eq!(here.profile.have.len(), 1);
    here.save().expect("saved over the merged-in version");
    assert!(backups_hold(&store, &id, "Shift lead"));
    assert!(here.merge_from_disk().expect("reads").is_none());
}

fn lodestar(config: &Path, args: &[&str]) -> std::process::Output {
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

#[test]
fn the_command_line_merges_copies_and_says_so_on_stderr() {
    let (dir, store) = new_store();
    let id = store.create("Dana").expect("created").profile.id.clone();
    let mut laptop = read(&store, &id);
    laptop
        .add_item(ListKind::Have, "Runs the Monday stand-up", None)
        .expect("added");
    let copy = write_copy(
        &store,
        &format!("{id} (conflicted copy 2026-11-30 101010).json"),
        &laptop,
    );
    let out = lodestar(&dir.path().join("cfg"), &["profiles"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stderr.contains("Merged a copy of “Dana” that Nextcloud made"),
        "{stderr}"
    );
    assert!(!stdout.contains("Merged"), "stdout stays the answer");
    assert!(stdout.contains("Dana"));
    assert!(!copy.exists());
    assert!(
        read(&store, &id)
            .have
            .iter()
            .any(|i| i.text == "Runs the Monday stand-up")
    );
}

#[test]
fn the_profiles_move_to_a_chosen_folder_and_it_is_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("cfg");
    let synced = dir.path().join("Dropbox").join("Lodestar");
    let mut store = Store::open_following_settings(&root).expect("store");
    let dana = store.create("Dana").expect("created").profile.id.clone();
    // Lodestar's own folders are refused, with the reason.
    let err = store
        .move_profiles(Some(&root.join("backups")))
        .expect_err("refused");
    assert!(
        err.to_string()
            .contains("inside Lodestar's own settings folder")
    );
    assert!(store.profile_path(&dana).starts_with(&root));

    let moved = store.move_profiles(Some(&synced)).expect("moved");
    assert_eq!(moved.moved, 1);
    assert!(synced.join(format!("{dana}.json")).exists());
    assert!(!root.join("profiles").join(format!("{dana}.json")).exists());
    // Backups and locks stay on this computer.
    assert!(store.backups_dir().starts_with(&root));
    assert!(store.locks_dir().starts_with(&root));
    // Opened again, the folder is remembered.
    let again = Store::open_following_settings(&root).expect("store");
    assert_eq!(again.profiles_dir(), synced);
    assert_eq!(again.list().profiles.len(), 1);
    assert!(again.profiles_moved());

    // A second computer joins the synced folder with its own version of
    // Dana: put beside hers as a copy, then merged, nothing lost.
    let root2 = dir.path().join("cfg2");
    let mut second = Store::open_following_settings(&root2).expect("store");
    let mut theirs = read(&store, &dana);
    theirs
        .add_item(ListKind::Have, "Keeps the van stocked", None)
        .expect("added");
    fs::write(
        second.profile_path(&dana),
        serde_json::to_vec_pretty(&theirs).expect("json"),
    )
    .expect("written");
    let moved = second.move_profiles(Some(&synced)).expect("moved");
    assert_eq!((moved.moved, moved.beside), (0, 1));
    let reports = second.settle_copies(None);
    assert!(
        matches!(reports[0].outcome, CopyOutcome::Merged { .. }),
        "{reports:?}"
    );
    assert!(
        reports[0]
            .message()
            .expect("said")
            .contains("moving the profiles folder")
    );
    assert_eq!(
        read(&second, &dana).have.len(),
        1,
        "the second computer's item is in the shared profile"
    );
    assert!(second.sync_copies().is_empty());

    // Back on this computer.
    let mut again = again;
    again.move_profiles(None).expect("moved back");
    assert!(root.join("profiles").join(format!("{dana}.json")).exists());
    assert!(
        !Store::open_following_settings(&root)
            .expect("store")
            .profiles_moved()
    );
}

#[test]
fn a_profiles_folder_that_cannot_be_reached_is_said_and_nothing_is_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("cfg");
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"a file where the drive was").expect("written");
    fs::create_dir_all(&root).expect("made");
    fs::write(
        root.join("settings.json"),
        serde_json::to_vec(&serde_json::json!({
            "profiles_folder": blocker.join("Lodestar"),
            "from_a_newer_lodestar": 1
        }))
        .expect("json"),
    )
    .expect("written");
    let store = Store::open_following_settings(&root).expect("still opens");
    assert!(
        store
            .problem()
            .is_some_and(|p| p.contains("cannot be reached")),
        "{:?}",
        store.problem()
    );
    assert_eq!(store.profiles_dir(), root.join("profiles"));
    // A corrupt settings file: the defaults, and the reason.
    fs::write(root.join("settings.json"), b"{\"profiles_folder\": ").expect("written");
    let store = Store::open_following_settings(&root).expect("still opens");
    assert!(
        store
            .problem()
            .is_some_and(|p| p.contains("could not be read"))
    );
}

#[test]
fn the_command_line_moves_the_profiles_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cfg = dir.path().join("cfg");
    let synced = dir.path().join("OneDrive").join("Lodestar");
    let out = lodestar(&cfg, &["profiles-folder"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        cfg.join("profiles").display().to_string()
    );
    let out = lodestar(&cfg, &["profiles-folder", synced.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 moved"));
    let out = lodestar(&cfg, &["profiles"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Sample technician"));
    assert_eq!(
        fs::read_dir(&synced).expect("there").count(),
        1,
        "the sample's file, nothing else"
    );
}

#[test]
fn moving_refuses_an_open_profile_and_never_mixes_with_other_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("cfg");
    let mut store = Store::open_following_settings(&root).expect("store");
    let handle = store.create("Dana").expect("created");
    let dana = handle.profile.id.clone();
    // Dropbox's own folder, with the person's other files in it.
    let dropbox = dir.path().join("Dropbox");
    fs::create_dir_all(&dropbox).expect("made");
    fs::write(dropbox.join("todo.json"), b"[\"call the supplier\"]").expect("written");
    // Open in a window: refused, nothing moved.
    let err = store.move_profiles(Some(&dropbox)).expect_err("refused");
    assert!(
        err.to_string().contains("open in another Lodestar window"),
        "{err}"
    );
    assert!(store.profile_path(&dana).exists());
    drop(handle);
    store.move_profiles(Some(&dropbox)).expect("moved");
    let own = dropbox.join("Lodestar profiles");
    assert_eq!(store.profiles_dir(), own, "a folder of its own");
    assert!(own.join(format!("{dana}.json")).exists());
    assert_eq!(
        fs::read(dropbox.join("todo.json")).expect("untouched"),
        b"[\"call the supplier\"]"
    );
    // A file arriving half-written in the synced folder is named, never
    // renamed (a rename would reach every computer).
    fs::write(
        own.join("p-00000000000000aa.json"),
        b"{\"schema_version\": 2, \"na",
    )
    .expect("written");
    let listing = store.list();
    assert_eq!(listing.profiles.len(), 1);
    assert!(listing.problems[0].to_string().contains("still copying"));
    assert!(own.join("p-00000000000000aa.json").exists());
    fs::remove_file(own.join("p-00000000000000aa.json")).expect("removed");
    // Back on this computer: the synced copies stay for the others.
    let moved = store.move_profiles(None).expect("moved back");
    assert!(moved.left_behind);
    assert!(own.join(format!("{dana}.json")).exists());
    assert!(store.profile_path(&dana).starts_with(&root));
    assert!(store.profile_path(&dana).exists());
}

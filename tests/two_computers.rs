//! Two people at two computers, each running the real app on their own
//! config folder, and a synced profiles folder changed under a running
//! app by a sync program.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::model::{ListKind, Rater};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::{app_on, click};

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, LodestarApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run();
}

/// Sends the open profile through the profile bar's Send… menu, the Save
/// dialog answered with `dest`.
fn send(h: &mut Harness<'static, LodestarApp>, to: &str, dest: &Path) {
    h.state_mut().dialog_answer = Some(dest.to_path_buf());
    click(h, "Send…");
    click(h, to);
    assert!(dest.exists(), "{:?}", h.state().status);
}

/// Types into a field and leaves it (details are saved when left).
fn set_field(h: &mut Harness<'static, LodestarApp>, label: &str, text: &str) {
    click(h, label);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
}

fn status(h: &Harness<'static, LodestarApp>) -> String {
    h.state().status.text.clone()
}

const PRIVATE: &str = "Seems tired; ask about the on-call rota.";

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one round trip between two computers, as the coach and the technician go through it"
)]
fn the_coach_and_the_technician_meet_in_one_profile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let coach_store = Store::open(dir.path().join("coach")).expect("store");
    coach_store.seed_sample_if_new().expect("sample");
    let tech_store = Store::open(dir.path().join("technician")).expect("store");
    let mut coach = app_on(&coach_store);
    coach.run();
    click(&mut coach, "Sample technician");

    // The coach sends the sample to the technician.
    let to_tech = dir.path().join("to-tech.lodestar");
    send(&mut coach, "To the technician…", &to_tech);
    assert!(status(&coach).contains("without your private notes"));

    // The technician opens it: a new profile on their computer.
    let mut tech = app_on(&tech_store);
    tech.run();
    drop_file(&mut tech, &to_tech);
    assert!(status(&tech).contains("Imported \"Sample technician\""));
    assert_eq!(tech_store.list().profiles.len(), 1);
    // Their homework: a Have item, a new role, a blind self-rating.
    click(&mut tech, "1  Have");
    click(&mut tech, "Add a quality you have:");
    tech.get_by_label("Add a quality you have:")
        .type_text("Trains the new starters on the analyser");
    tech.key_press(egui::Key::Enter);
    tech.run();
    click(&mut tech, "About this person");
    set_field(&mut tech, "Role:", "Senior field service technician");
    click(&mut tech, "4  Rate");
    click(&mut tech, "Myself");
    click(&mut tech, "Blind rating");
    tech.get_by_label_contains("Prioritising: 3 –")
        .scroll_to_me();
    tech.run();
    tech.get_by_label_contains("Prioritising: 3 –").click();
    tech.run();
    click(&mut tech, "Save assessment");
    tech.state_mut().save_now();

    // Meanwhile the coach runs a session: an action, private notes, and a
    // new role too.
    click(&mut coach, "6  Sessions");
    click(&mut coach, "Start a coaching session");
    click(&mut coach, "New action:");
    coach
        .get_by_label("New action:")
        .type_text("Lead the Friday toolbox talk");
    coach.run();
    click(&mut coach, "Add action");
    click(&mut coach, "Private notes for the coach");
    click(&mut coach, "Private notes:");
    coach.get_by_label("Private notes:").type_text(PRIVATE);
    coach.run();
    click(&mut coach, "End session");
    click(&mut coach, "Close");
    click(&mut coach, "1  Have");
    click(&mut coach, "About this person");
    set_field(&mut coach, "Role:", "Field service lead");
    coach.state_mut().save_now();

    // The technician sends it back.
    let to_coach = dir.path().join("to-coach.lodestar");
    send(&mut tech, "To the coach…", &to_coach);

    // The coach opens it: one profile with all of it, one conflict.
    drop_file(&mut coach, &to_coach);
    coach.get_by_label("“Sample technician” is already here");
    coach.get_by_label_contains("What it brings: 1 new Have item, 1 self-rating");
    coach.get_by_label_contains("Changed on both computers: Role.");
    click(&mut coach, "Update Sample technician’s profile");
    coach.get_by_label("Changed on both computers");
    click(&mut coach, "Take the other's");
    coach.state_mut().save_now();
    assert_eq!(coach_store.list().profiles.len(), 1, "one profile, not two");
    {
        let p = coach.state().open.as_ref().expect("open").profile().clone();
        assert_eq!(p.role, "Senior field service technician");
        assert!(
            p.have
                .iter()
                .any(|i| i.text == "Trains the new starters on the analyser")
        );
        let blind = p
            .assessments
            .iter()
            .filter(|a| a.rater == Rater::SelfRating)
            .max_by_key(|a| a.date)
            .expect("the blind self-rating came");
        assert_eq!(blind.date, jiff::ZonedDateTime::now().date());
        assert_eq!(
            blind.ratings[&lodestar::model::SkillId::new("prioritizing")].get(),
            3
        );
        let session = p.sessions.last().expect("the session");
        assert_eq!(session.private_notes, PRIVATE, "the coach's notes stay");
        assert!(
            session
                .actions
                .iter()
                .any(|a| a.text == "Lead the Friday toolbox talk")
        );
        assert!(!coach.state().open.as_ref().expect("open").is_dirty());
        let saved = std::fs::read_to_string(coach_store.profile_path(&p.id)).expect("saved");
        assert!(saved.contains(PRIVATE) && saved.contains("Senior field service technician"));
    }

    // The coach's next update to the technician carries no private notes,
    // on the file's bytes.
    let next = dir.path().join("next.lodestar");
    send(&mut coach, "To the technician…", &next);
    let bytes = std::fs::read(&next).expect("sent");
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("on-call rota"), "no private notes leave");
    assert!(text.contains("Lead the Friday toolbox talk"));
    // And the technician takes it in without a conflict: the role they
    // set is the one the coach chose.
    drop_file(&mut tech, &next);
    tech.get_by_label_contains("What it brings: 1 session");
    assert!(
        tech.query_by_label_contains("Changed on both computers")
            .is_none()
    );
    click(&mut tech, "Update Sample technician’s profile");
    let p = tech.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.role, "Senior field service technician");
    assert!(p.sessions.iter().all(|s| s.private_notes.is_empty()));
    assert_eq!(
        p.list(ListKind::Have)
            .iter()
            .filter(|i| i.text == "Trains the new starters on the analyser")
            .count(),
        1,
        "nothing doubled"
    );
}

/// Runs frames until `done` holds (the watcher works on its own thread).
fn wait_for(
    h: &mut Harness<'static, LodestarApp>,
    what: &str,
    done: impl Fn(&LodestarApp) -> bool,
) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}; status: {:?}",
            h.state().status
        );
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    h.run();
}

#[test]
fn conflict_copies_dropped_into_a_running_apps_folder_are_merged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let dana = store.create("Dana").expect("created").profile.id.clone();
    let lee = store.create("Lee").expect("created").profile.id.clone();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana");

    // The laptop's versions, made before it could sync.
    let mut dana_laptop = store.open_profile(&dana).expect("opens").profile;
    dana_laptop
        .add_item(ListKind::Have, "Runs the Monday stand-up", None)
        .expect("added");
    dana_laptop.role = "Team lead".into();
    let mut lee_laptop = store.open_profile(&lee).expect("opens").profile;
    lee_laptop
        .add_item(ListKind::Want, "Planning the shutdown week", None)
        .expect("added");
    // Here, Dana's role was changed too.
    set_field(&mut h, "Role:", "Senior technician");
    h.state_mut().save_now();

    // Syncthing's copy of the open profile, Dropbox's of the other.
    let profiles = store.profiles_dir();
    let syncthing = profiles.join(format!("{dana}.sync-conflict-20261130-101010-ABCDEFG.json"));
    let dropbox = profiles.join(format!("{lee} (Dana's conflicted copy 2026-11-30).json"));
    std::fs::write(
        &syncthing,
        serde_json::to_vec_pretty(&dana_laptop).expect("json"),
    )
    .expect("written");
    std::fs::write(
        &dropbox,
        serde_json::to_vec_pretty(&lee_laptop).expect("json"),
    )
    .expect("written");

    wait_for(&mut h, "both copies merged", |_| {
        !syncthing.exists() && !dropbox.exists()
    });
    // The open profile: the Have item is in, the role clash waits for the
    // person, in the conflict view.
    {
        let open = h.state().open.as_ref().expect("open");
        assert!(
            open.profile()
                .have
                .iter()
                .any(|i| i.text == "Runs the Monday stand-up")
        );
        assert_eq!(open.conflicts.len(), 1);
    }
    h.get_by_label("Changed on both computers");
    h.get_by_label("Team lead");
    let said = status(&h);
    assert!(
        said.contains("Syncthing") && said.contains("Dropbox"),
        "the person is told: {said}"
    );
    click(&mut h, "Keep both");
    assert_eq!(
        h.state().open.as_ref().expect("open").profile().role,
        "Senior technician / Team lead"
    );
    h.state_mut().save_now();
    // Lee's file has the laptop's Want item; both copies are in the backups.
    let lee_now = store.open_profile(&lee).expect("opens").profile;
    assert!(
        lee_now
            .want
            .iter()
            .any(|i| i.text == "Planning the shutdown week")
    );
    for (id, text) in [
        (&dana, "Runs the Monday stand-up"),
        (&lee, "Planning the shutdown week"),
    ] {
        assert!(
            store
                .backups(id)
                .iter()
                .any(|b| std::fs::read_to_string(b).is_ok_and(|t| t.contains(text))),
            "the copy of {id} is in its backups"
        );
    }
    assert_eq!(store.list().profiles.len(), 2, "no copy became a profile");

    // The laptop saves Dana's profile itself, through the synced folder:
    // merged into the open window without a question.
    let mut dana_disk = store.open_profile(&dana).expect("opens").profile;
    dana_disk
        .add_item(ListKind::Want, "Chairing the safety committee", None)
        .expect("added");
    std::fs::write(
        store.profile_path(&dana),
        serde_json::to_vec_pretty(&dana_disk).expect("json"),
    )
    .expect("written");
    wait_for(&mut h, "the change merged", |app| {
        app.open.as_ref().is_some_and(|o| {
            o.profile()
                .want
                .iter()
                .any(|i| i.text == "Chairing the safety committee")
        })
    });
    assert!(status(&h).contains("Another computer changed this profile"));
}

#[test]
fn the_profiles_folder_is_chosen_in_the_about_box() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("cfg");
    let synced = dir.path().join("Nextcloud").join("Lodestar");
    let store = Store::open_following_settings(&root).expect("store");
    let dana = store.create("Dana").expect("created").profile.id.clone();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana");
    click(&mut h, "+ Prioritising");
    click(&mut h, "About");
    h.get_by_label_contains("keep the profiles in a synced folder");
    h.state_mut().dialog_answer = Some(synced.clone());
    click(&mut h, "Profiles folder…");
    assert!(
        status(&h).contains("Your profiles are now kept in"),
        "{:?}",
        h.state().status
    );
    // The open profile was saved, moved and opened again from there.
    let open = h.state().open.as_ref().expect("open again");
    assert_eq!(open.handle.path(), synced.join(format!("{dana}.json")));
    let text = std::fs::read_to_string(synced.join(format!("{dana}.json"))).expect("moved");
    assert!(text.contains("prioritizing"), "the edit went with it");
    h.get_by_label("The profiles themselves are in a folder you chose:");
    // The new folder is the one watched: a copy dropped there is merged.
    let mut laptop = store.open_profile(&dana).map(|h| h.profile);
    if laptop.is_err() {
        // The old store value points at the old folder; read the new one.
        laptop = Ok(Store::open_following_settings(&root)
            .expect("store")
            .open_profile(&dana)
            .expect("opens")
            .profile);
    }
    let mut laptop = laptop.expect("read");
    laptop
        .add_item(ListKind::Want, "Planning the shutdown week", None)
        .expect("added");
    let copy = synced.join(format!("{dana} (1).json"));
    std::fs::write(&copy, serde_json::to_vec_pretty(&laptop).expect("json")).expect("written");
    wait_for(&mut h, "the copy merged", |_| !copy.exists());
    assert!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .want
            .iter()
            .any(|i| i.text == "Planning the shutdown week")
    );
    assert!(
        h.state().open.as_ref().expect("open").conflicts.is_empty(),
        "{:?}",
        h.state().open.as_ref().expect("open").conflicts
    );
    // And back.
    assert!(h.state().about, "the About box stays open");
    click(&mut h, "Keep them on this computer again");
    assert!(root.join("profiles").join(format!("{dana}.json")).exists());
}

#[test]
fn choices_left_for_later_survive_closing_and_typing_is_never_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let dana = store.create("Dana").expect("created").profile.id.clone();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana");
    set_field(&mut h, "Role:", "Senior technician");
    h.state_mut().save_now();
    // The laptop's copy changes the role too, and the team.
    let mut laptop = store.open_profile(&dana).expect("opens").profile;
    laptop.role = "Team lead".into();
    laptop.team = "North".into();
    let copy = store
        .profiles_dir()
        .join(format!("{dana}.sync-conflict-20261130-101010-ABCDEFG.json"));
    std::fs::write(&copy, serde_json::to_vec_pretty(&laptop).expect("json")).expect("written");
    wait_for(&mut h, "the copy merged", |_| !copy.exists());
    h.get_by_label("Changed on both computers");
    click(&mut h, "Decide later");
    // Closed and opened again: the choice still waits, with both values.
    click(&mut h, "All profiles");
    assert!(h.state().open.is_none());
    click(&mut h, "Dana");
    h.get_by_label("Changed on both computers");
    h.get_by_label("Team lead");
    click(&mut h, "Decide later");
    // Typed since: "this computer's" keeps what the field holds now.
    set_field(&mut h, "Role:", "Senior technician, nights");
    click(&mut h, "Settle…");
    // Without a common ancestor the team (empty here) is a choice too; the
    // rows come in the profile's order: role, then team.
    h.get_all_by_label("Keep this computer's")
        .next()
        .expect("the role's row")
        .click();
    h.run();
    click(&mut h, "Take the other's");
    let p = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.role, "Senior technician, nights");
    assert_eq!(p.team, "North");
    click(&mut h, "All profiles");
    click(&mut h, "Dana");
    assert!(h.query_by_label("Changed on both computers").is_none());

    // Typing in a field when the other computer's save arrives: both kept.
    click(&mut h, "Role:");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Role:").type_text("Shift lead");
    h.run();
    let mut there = store.open_profile(&dana).map_or_else(
        |_| {
            // Open here, so read the file itself.
            serde_json::from_slice::<lodestar::model::Profile>(
                &std::fs::read(store.profile_path(&dana)).expect("read"),
            )
            .expect("profile")
        },
        |h| h.profile,
    );
    there.coach = "Sam".into();
    std::fs::write(
        store.profile_path(&dana),
        serde_json::to_vec_pretty(&there).expect("json"),
    )
    .expect("written");
    wait_for(&mut h, "the change merged", |app| {
        app.open
            .as_ref()
            .is_some_and(|o| o.profile().coach == "Sam")
    });
    let p = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.role, "Shift lead", "what was being typed is in");
    let saved = std::fs::read_to_string(store.profile_path(&dana)).expect("saved");
    assert!(saved.contains("Shift lead") && saved.contains("Sam"));
}

#[test]
fn a_profile_saved_by_a_newer_lodestar_elsewhere_turns_read_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let dana = store.create("Dana").expect("created").profile.id.clone();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana");
    click(&mut h, "+ Prioritising");
    let path = store.profile_path(&dana);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    doc["schema_version"] = serde_json::json!(99);
    doc["something_new"] = serde_json::json!({"from": "the future"});
    let newer = serde_json::to_vec_pretty(&doc).expect("json");
    std::fs::write(&path, &newer).expect("written");
    wait_for(&mut h, "the newer file noticed", |app| {
        app.open.as_ref().is_some_and(|o| o.handle.is_read_only())
    });
    h.state_mut().save_now();
    assert_eq!(
        std::fs::read(&path).expect("read"),
        newer,
        "never overwritten"
    );
    assert!(status(&h).contains("newer Lodestar"), "{}", status(&h));
    assert!(!store.recovered().is_empty(), "the unsaved edit is kept");
}

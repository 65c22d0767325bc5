//! The real app driven through `egui_kittest`: clicks, typing, and assertions
//! on both the app's state and what is on screen.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lodestar::model::{ListKind, SkillId};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::{app_on, click};

/// A fresh config folder with one new profile, opened in the app.
fn app_with_profile(name: &str) -> (tempfile::TempDir, Store, Harness<'static, LodestarApp>) {
    let (dir, store) = new_store();
    drop(store.create(name).expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, name);
    (dir, store, h)
}

/// Clicks the control whose label contains `part`, scrolled into view.
fn click_contains(h: &mut Harness<'static, LodestarApp>, part: &str) {
    h.get_by_label_contains(part).scroll_to_me();
    h.run();
    h.get_by_label_contains(part).click();
    h.run();
}

/// Focuses the text field with this label and types into it.
fn type_into(h: &mut Harness<'static, LodestarApp>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// The name of the open profile, if one is open.
fn open_name(h: &Harness<'static, LodestarApp>) -> Option<String> {
    h.state().open.as_ref().map(|o| o.profile().name.clone())
}

fn new_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    (dir, store)
}

fn skills(app: &LodestarApp, kind: ListKind) -> Vec<(String, Option<String>)> {
    let open = app.open.as_ref().expect("a profile is open");
    open.profile()
        .list(kind)
        .iter()
        .map(|i| {
            (
                i.text.clone(),
                i.skill.as_ref().map(|s| s.as_str().to_owned()),
            )
        })
        .collect()
}

#[test]
fn the_whole_checklist_workflow() {
    let (_dir, store) = new_store();
    let mut h = app_on(&store);
    h.run();

    // Create a profile from the picker.
    type_into(&mut h, "New profile:", "Dana Reyes");
    click(&mut h, "Create");
    assert_eq!(open_name(&h).as_deref(), Some("Dana Reyes"));
    h.get_by_label("Qualities you already have");

    // Type a quality and accept the suggested link.
    type_into(&mut h, "Add a quality you have:", "Public speaking");
    h.get_by_label_contains("Looks like “Effective communication”");
    click(&mut h, "Add and link to Effective communication");
    // Type one with Enter, unlinked.
    click(&mut h, "Add a quality you have:");
    h.get_by_label("Add a quality you have:")
        .type_text("Fixing hydraulic faults");
    h.key_press(Key::Enter);
    h.run();
    // Pick one from the recommended list.
    click(&mut h, "+ Emotional intelligence");
    assert_eq!(
        skills(h.state(), ListKind::Have),
        [
            (
                "Public speaking".to_owned(),
                Some("communication".to_owned())
            ),
            ("Fixing hydraulic faults".to_owned(), None),
            (
                "Emotional intelligence".to_owned(),
                Some("emotional-intelligence".to_owned())
            ),
        ]
    );

    // Want: type, add unlinked, then link from the item's suggestion.
    click(&mut h, "2  Want");
    type_into(&mut h, "Add a quality you want:", "time management");
    click(&mut h, "Add");
    click(&mut h, "Link to Prioritising");
    assert_eq!(
        skills(h.state(), ListKind::Want),
        [(
            "time management".to_owned(),
            Some("prioritizing".to_owned())
        )]
    );

    // Undo the link, then redo it.
    click(&mut h, "Undo");
    assert_eq!(skills(h.state(), ListKind::Want)[0].1, None);
    click(&mut h, "Redo");
    assert_eq!(
        skills(h.state(), ListKind::Want)[0].1.as_deref(),
        Some("prioritizing")
    );

    // Compare: the groups and the summary line.
    click(&mut h, "3  Compare");
    h.get_by_label("Effective communication");
    h.get_by_label("Emotional intelligence");
    h.get_by_label("Prioritising");
    h.get_by_label("Performance management");
    h.get_by_label("• Fixing hydraulic faults");
    h.get_by_label(
        "2 of 8 recommended skills are already strengths; 1 you want to grow; 5 to talk about.",
    );
    // A blind spot goes to Want in one click.
    click(
        &mut h,
        "Add “Seeing the bigger picture” to the qualities you want",
    );
    h.get_by_label("Seeing the bigger picture");

    // Switch the recommended list: recomputed at once.
    click(&mut h, "Recommended list");
    click(&mut h, "What leadership changes for a team");
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .map(|o| o.profile().catalog.as_str().to_owned())
            .as_deref(),
        Some("team-outcomes")
    );
    h.get_by_label_contains("0 of 7 recommended skills");

    // Close (saves) and reopen from the same folder: everything is there.
    click(&mut h, "All profiles");
    drop(h);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Dana Reyes");
    let app = h.state();
    assert_eq!(skills(app, ListKind::Have).len(), 3);
    assert_eq!(skills(app, ListKind::Want).len(), 2);
    assert_eq!(
        app.open
            .as_ref()
            .map(|o| o.profile().catalog.as_str().to_owned())
            .as_deref(),
        Some("team-outcomes")
    );
}

#[test]
fn an_edit_autosaves_without_closing() {
    let (_dir, store) = new_store();
    let handle = store.create("Autosave").expect("created");
    let id = handle.profile.id.clone();
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Autosave");
    click(&mut h, "+ Prioritising");
    assert!(
        h.state()
            .open
            .as_ref()
            .is_some_and(lodestar::ui::app::OpenProfile::is_dirty)
    );
    std::thread::sleep(lodestar::ui::app::AUTOSAVE_DELAY);
    h.step();
    h.run();
    assert_eq!(h.state().status.text, "Saved");
    // Read by another handle while the app still has it open.
    let reread = store.open_profile(&id).expect("readable");
    assert_eq!(
        reread.profile.have[0].skill,
        Some(SkillId::new("prioritizing"))
    );
}

#[test]
fn a_corrupt_profile_is_reported_and_the_others_open() {
    let (_dir, store) = new_store();
    drop(store.create("Healthy").expect("created"));
    std::fs::write(
        store.profiles_dir().join("p-broken.json"),
        b"{\"name\": \"Broken\", \"have\": [",
    )
    .expect("write");
    let mut h = app_on(&store);
    h.run();
    h.get_by_label_contains("could not be read");
    click(&mut h, "Healthy");
    assert_eq!(open_name(&h).as_deref(), Some("Healthy"));
}

#[test]
fn empty_and_oversized_input_gets_a_message_and_changes_nothing() {
    let (_dir, store) = new_store();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Create");
    assert!(h.state().open.is_none());
    assert!(h.state().status.error);
    h.get_by_label("The name is empty. Type at least one letter.");
    assert!(store.list().profiles.is_empty());
}

#[test]
fn a_profile_open_elsewhere_is_read_only() {
    let (_dir, store) = new_store();
    let mut other_window = store.create("Busy").expect("created");
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Busy");
    h.get_by_label_contains("Read-only: it is open in another Lodestar window");
    assert!(
        h.state()
            .open
            .as_ref()
            .is_some_and(|o| o.handle.is_read_only())
    );
    other_window.profile.role = "still mine".into();
    other_window.save().expect("the first window keeps saving");
}

#[test]
fn delete_goes_to_the_trash_and_can_be_undone() {
    let (_dir, store) = new_store();
    drop(store.create("Keep me").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Delete “Keep me” (to the trash)");
    assert!(store.list().profiles.is_empty());
    click(&mut h, "Undo delete");
    assert_eq!(store.list().profiles.len(), 1);
    h.get_by_label("Keep me");
}

#[test]
fn an_item_can_be_edited_and_a_profile_renamed() {
    let (_dir, store) = new_store();
    let mut handle = store.create("Riley").expect("created");
    handle
        .profile
        .add_item(ListKind::Have, "Listning", None)
        .expect("ok");
    handle.save().expect("saved");
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Rename “Riley”");
    h.get_by_label("New name:").type_text(" Quinn");
    h.run();
    click(&mut h, "Save name");
    click(&mut h, "Riley Quinn");
    click(&mut h, "Edit “Listning”");
    h.get_by_label("Edit quality:").type_text(" to customers");
    h.run();
    click(&mut h, "Done");
    assert_eq!(
        skills(h.state(), ListKind::Have)[0].0,
        "Listning to customers"
    );
    // The typo still gets its suggestion.
    h.get_by_label("Link to Effective communication");
}

fn snapshot_app(store: &Store, theme: egui::Theme) -> Harness<'static, LodestarApp> {
    Harness::builder()
        .with_size([1100.0, 760.0])
        .with_theme(theme)
        .build_ui_state(
            |ui, app: &mut LodestarApp| app.frame(ui),
            // A fixed date: snapshots must not change with the calendar.
            LodestarApp::new(store.clone()).with_today(jiff::civil::date(2026, 11, 24)),
        )
}

#[test]
fn snapshots_of_the_key_screens() {
    let (_dir, store) = new_store();
    store.seed_sample_if_new().expect("sample");
    let mut results = egui_kittest::SnapshotResults::new();
    let mut h = snapshot_app(&store, egui::Theme::Dark);
    h.run();
    h.snapshot("picker");
    click(&mut h, "Sample technician");
    h.snapshot("have_step");
    click(&mut h, "3  Compare");
    h.snapshot("compare_step");
    click(&mut h, "4  Rate");
    h.snapshot("rate_step");
    // Three assessments: two self-ratings and the coach's.
    click(&mut h, "5  Progress");
    h.snapshot("progress_step");
    click(&mut h, "7  Plan");
    h.snapshot("plan_step");
    click(&mut h, "6  Sessions");
    click(&mut h, "Start a coaching session");
    h.snapshot("session_mode");
    click(&mut h, "Back to the profile");
    click(&mut h, "All profiles");
    click(&mut h, "Coach view");
    h.snapshot("coach_view");
    results.extend_harness(&mut h);
    drop(h);

    let mut h = snapshot_app(&store, egui::Theme::Light);
    h.run();
    click(&mut h, "Sample technician");
    click(&mut h, "2  Want");
    h.snapshot("want_step_light");
    results.extend_harness(&mut h);
}

#[test]
fn keyboard_undo_redo_and_zoom() {
    let (_dir, _store, mut h) = app_with_profile("Keys");
    click(&mut h, "+ Prioritising");
    assert_eq!(skills(h.state(), ListKind::Have).len(), 1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(
        skills(h.state(), ListKind::Have).is_empty(),
        "Ctrl+Z undid the add"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        skills(h.state(), ListKind::Have).len(),
        1,
        "Ctrl+Shift+Z redid it"
    );

    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(
        h.ctx.zoom_factor() > before,
        "Ctrl+plus zooms in for a shared screen"
    );
}

#[test]
fn a_file_changed_elsewhere_is_merged_and_never_overwritten_silently() {
    let (_dir, store) = new_store();
    let handle = store.create("Synced").expect("created");
    let path = store.profile_path(&handle.profile.id);
    let id = handle.profile.id.clone();
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Synced");
    click(&mut h, "+ Prioritising");
    // The laptop's change arrives through the synced folder while the edit
    // waits to be saved: both are kept.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
    doc["role"] = serde_json::json!("changed on the laptop");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    std::thread::sleep(lodestar::ui::app::AUTOSAVE_DELAY);
    h.step();
    h.run();
    h.get_by_label_contains("Another computer changed this profile");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("prioritizing") && text.contains("changed on the laptop"),
        "both changes saved"
    );
    let p = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.role, "changed on the laptop");
    assert!(p.have.iter().any(|i| {
        i.skill
            .as_ref()
            .is_some_and(|s| s.as_str() == "prioritizing")
    }));
    // The version the merge replaced is in the backups.
    assert!(store.backups(&id).iter().any(|b| {
        let t = std::fs::read_to_string(b).expect("read");
        t.contains("changed on the laptop") && !t.contains("prioritizing")
    }));

    // The file removed elsewhere while an edit waits: the person chooses.
    click(&mut h, "+ Emotional intelligence");
    std::fs::remove_file(&path).expect("removed");
    std::thread::sleep(lodestar::ui::app::AUTOSAVE_DELAY);
    h.step();
    h.run();
    h.get_by_label_contains("was changed or removed by another program");
    // Leaving now would drop the edit: refused.
    click(&mut h, "All profiles");
    assert!(h.state().open.is_some());
    h.get_by_label_contains("Choose which version to keep");
    // Keeping mine writes it back.
    click(&mut h, "Keep mine");
    let text = std::fs::read_to_string(&path).expect("written back");
    assert!(text.contains("emotional-intelligence") && text.contains("changed on the laptop"));
    click(&mut h, "All profiles");
    assert!(h.state().open.is_none());
}

#[test]
fn details_are_edited_in_place() {
    let (_dir, _store, mut h) = app_with_profile("Alex");
    type_into(&mut h, "Role:", "Lab technician");
    click(&mut h, "Coach:");
    h.get_by_label("Coach:").type_text("Sam");
    h.key_press(Key::Tab);
    h.run();
    let open = h.state().open.as_ref().expect("open");
    assert_eq!(
        (open.profile().role.as_str(), open.profile().coach.as_str()),
        ("Lab technician", "Sam")
    );
    // An empty name is refused and the old one stays.
    click(&mut h, "Name:");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(open_name(&h).as_deref(), Some("Alex"));
    assert!(h.state().status.error);
}

#[test]
fn refused_text_stays_in_the_field() {
    let (_dir, _store, mut h) = app_with_profile("Long");
    let long = "word ".repeat(100);
    type_into(&mut h, "Add a quality you have:", &long);
    click(&mut h, "Add");
    assert!(skills(h.state(), ListKind::Have).is_empty());
    h.get_by_label_contains("The quality is too long: 499 characters, at most 300 fit.");
    let typed = h
        .state()
        .open
        .as_ref()
        .map(|o| o.checklist.have.clone())
        .unwrap_or_default();
    assert_eq!(typed, long, "nothing typed is lost");
    // A fitting text is added and the field empties.
    type_into(&mut h, "Add a quality you have:", "");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    type_into(&mut h, "Add a quality you have:", "Listening");
    click(&mut h, "Add");
    assert_eq!(skills(h.state(), ListKind::Have).len(), 1);
    assert!(
        h.state()
            .open
            .as_ref()
            .is_some_and(|o| o.checklist.have.is_empty())
    );
}

#[test]
fn a_missing_list_falls_back_and_says_so() {
    let (_dir, store) = new_store();
    let mut handle = store.create("Moved").expect("created");
    handle.profile.catalog = lodestar::model::CatalogId::new("acme-framework");
    handle.save().expect("saved");
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Moved");
    h.get_by_label_contains("The list “acme-framework” this profile follows is not available here");
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .map(|o| o.profile().catalog.as_str().to_owned())
            .as_deref(),
        Some("acme-framework"),
        "the profile keeps its own list until the person switches"
    );
}

#[test]
fn rating_saves_a_dated_assessment_and_the_table_follows() {
    let (_dir, _store, mut h) = app_with_profile("Rater");
    click(&mut h, "4  Rate");
    click_contains(&mut h, "Effective communication: 3 –");
    click_contains(&mut h, "Prioritising: 2 –");
    click(&mut h, "Target for Prioritising");
    click(&mut h, "4 Consistent");
    h.get_by_label("2 of 8 skills rated");
    click(&mut h, "Save assessment");
    {
        let p = h.state().open.as_ref().expect("open").profile();
        assert_eq!(p.assessments.len(), 1);
        assert_eq!(p.assessments[0].rater, lodestar::model::Rater::SelfRating);
        assert_eq!(
            p.assessments[0].ratings[&SkillId::new("communication")].get(),
            3
        );
        assert_eq!(p.targets[&SkillId::new("prioritizing")].get(), 4);
    }
    h.get_by_label_contains("last time 3");
    // A second assessment: the change table shows the movement.
    click_contains(&mut h, "Effective communication: 4 –");
    click(&mut h, "Save assessment");
    let n = h
        .state()
        .open
        .as_ref()
        .map(|o| o.profile().assessments.len());
    assert_eq!(n, Some(2), "status: {:?}", h.state().status);
    click(&mut h, "See the chart and how the ratings moved");
    h.get_by_label("Self-ratings");
    h.get_by_label("up");
    click(&mut h, "4  Rate");
    // Blind rating hides the earlier ratings and the targets.
    click(&mut h, "Blind rating");
    assert!(h.query_by_label_contains("last time").is_none());
    assert!(h.query_by_label("Target for Prioritising").is_none());
}

/// A skill of the built-in recommended list.
fn recommended_skill(id: &str) -> lodestar::model::Skill {
    let set = lodestar::store::CatalogSet::builtin();
    set.get(&lodestar::model::CatalogId::default_recommended())
        .and_then(|c| c.skill(&SkillId::new(id)))
        .cloned()
        .expect("a built-in skill")
}

#[test]
fn the_workplace_puts_its_examples_first_and_levels_say_what_they_mean() {
    use lodestar::model::Level;
    let (_dir, _store, mut h) = app_with_profile("Dana");
    let level = |n| Level::new(n).expect("level");
    let communication = recommended_skill("communication");
    // The workplace of the second example of level 3: choosing it brings
    // that example to the top.
    let three = level(3);
    let natural = communication.level_examples(three, None);
    let chosen = natural[1].workplace;
    let chosen_first = communication.level_examples(three, Some(chosen));
    assert_eq!(chosen_first[0].workplace, chosen);
    let y = |h: &Harness<'static, LodestarApp>, e: &lodestar::model::Example| {
        h.get_by_label(&format!("{}: {}", e.workplace.label(), e.text))
            .rect()
            .top()
    };

    click(&mut h, "4  Rate");
    click_contains(&mut h, "Effective communication: 3 –");
    h.get_by_label(communication.level_meaning(&lodestar::model::Scale::standard(), three));
    assert!(y(&h, natural[0]) < y(&h, natural[1]), "the list's order");

    // The workplace is chosen on About this person, in the Have step.
    click(&mut h, "1  Have");
    click(&mut h, "Workplace:");
    click(&mut h, &chosen.label());
    assert_eq!(
        h.state().open.as_ref().map(|o| o.profile().workplace),
        Some(Some(chosen))
    );
    click(&mut h, "4  Rate");
    h.get_by_label(communication.level_meaning(&lodestar::model::Scale::standard(), three));
    assert!(
        y(&h, chosen_first[0]) < y(&h, chosen_first[1]),
        "{chosen:?} first once the workplace is set"
    );

    // Progress: hovering a skill's row says what its levels mean.
    click(&mut h, "Target for Effective communication");
    click(&mut h, "4 Consistent");
    click(&mut h, "Save assessment");
    click(&mut h, "5  Progress");
    assert!(
        h.query_by_label_contains("Aiming for 4 (Consistent)")
            .is_none()
    );
    h.get_by_label("Effective communication").hover();
    h.run();
    h.get_by_label_contains(&format!(
        "Now at 3 (Developing): {}",
        communication.level_meaning(&lodestar::model::Scale::standard(), three)
    ));
    h.get_by_label_contains(&format!(
        "Aiming for 4 (Consistent): {}",
        communication.level_meaning(&lodestar::model::Scale::standard(), level(4))
    ));
}

/// Rates every skill of the recommended list at `level`, then saves.
fn rate_all(h: &mut Harness<'static, LodestarApp>, level: u8) {
    for skill in [
        "Effective communication",
        "Managing vs. leading",
        "Inspiring and influencing",
        "Prioritising",
        "Operational excellence",
        "Seeing the bigger picture",
        "Performance management",
        "Emotional intelligence",
    ] {
        click_contains(h, &format!("{skill}: {level} –"));
    }
    click(h, "Save assessment");
}

#[test]
fn progress_chart_layers_and_table_follow_the_ratings() {
    let (dir, _store, mut h) = app_with_profile("Progress");
    click(&mut h, "5  Progress");
    h.get_by_label_contains("Nothing has been rated yet");
    click(&mut h, "Rate the skills now");
    assert_eq!(
        h.state().open.as_ref().map(|o| o.tab),
        Some(lodestar::ui::app::Tab::Rate)
    );

    click(&mut h, "Target for Prioritising");
    click(&mut h, "4 Consistent");
    rate_all(&mut h, 2);
    click(&mut h, "See the chart and how the ratings moved");
    h.get_by_label("Radar chart of 8 skills; the table below lists the same ratings");
    // One assessment: no first or previous layer to show yet.
    assert!(
        h.get_by_label("First rating")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        h.get_by_label("Previous rating")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label_contains("Latest rating (");

    // Two more: first and previous become available, the table moves.
    click(&mut h, "4  Rate");
    rate_all(&mut h, 3);
    click(&mut h, "4  Rate");
    rate_all(&mut h, 4);
    click(&mut h, "5  Progress");
    assert!(
        !h.get_by_label_contains("First rating (")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        !h.get_by_label_contains("Previous rating (")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        h.query_all_by_label("up").count() >= 8,
        "every skill went up"
    );
    click_contains(&mut h, "Previous rating (");
    click(&mut h, "Target levels");
    {
        let choice = &h.state().open.as_ref().expect("open").progress.choice;
        assert!(choice.previous && !choice.target && choice.baseline);
    }

    // The coach rates too: their view joins, and a gap of 2 is flagged.
    click(&mut h, "4  Rate");
    click(&mut h, "The coach");
    rate_all(&mut h, 2);
    click(&mut h, "5  Progress");
    h.get_by_label_contains("The coach's latest (");
    h.get_by_label_contains("Worth discussing");
    h.get_by_label_contains("• Effective communication: you 4");

    // Hovering a point names the skill and every layer's value.
    let chart = h
        .get_by_label("Radar chart of 8 skills; the table below lists the same ratings")
        .rect();
    // Effective communication sits straight up from the centre; the latest
    // self-rating, 4, is 4/5 of the way to the outer ring (the chart's
    // centre is at half its width and 0.43 of it down; radius 0.26 of it).
    let w = chart.width();
    let point = chart.min + egui::vec2(w / 2.0, (w * 0.86).round() / 2.0 - 0.26 * w * 0.8);
    h.hover_at(point);
    for _ in 0..10 {
        h.step();
    }
    h.run();
    h.get_by_label_contains("Latest self-rating");
    h.get_by_label_contains("Latest coach rating");
    let open = h.state().open.as_ref().expect("open");
    assert_eq!(open.profile().assessments.len(), 4);

    // Export the chart as shown, in both formats; a wrong ending is refused.
    let svg = dir.path().join("chart");
    h.state_mut().export_chart_to(&svg);
    let written = std::fs::read_to_string(dir.path().join("chart.svg")).expect("svg written");
    assert!(written.starts_with("<svg") && written.contains("Effective"));
    assert!(!h.state().status.error, "{:?}", h.state().status);
    let png = dir.path().join("chart.png");
    h.state_mut().export_chart_to(&png);
    assert!(std::fs::read(&png).expect("png").starts_with(b"\x89PNG"));
    let jpg = dir.path().join("chart.jpg");
    h.state_mut().export_chart_to(&jpg);
    assert!(h.state().status.error && h.state().status.text.contains(".svg, .png"));
    assert!(!jpg.exists());
}

/// Types into a multiline field (no Enter at the end).
fn type_more(h: &mut Harness<'static, LodestarApp>, label: &str, text: &str) {
    let field = |h: &Harness<'static, LodestarApp>| {
        h.query_all_by_label(label)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::MultilineTextInput)
            .map(|n| n.accesskit_node().id())
            .expect("a multiline text field with this label")
    };
    let id = field(h);
    h.get_by(|n| n.id() == id).focus();
    h.run();
    h.get_by(|n| n.id() == id).type_text(text);
    h.run();
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one whole session, start to summary, as a coach goes through it"
)]
fn a_full_coaching_session() {
    let (dir, store) = new_store();
    store.seed_sample_if_new().expect("sample");
    let mut h = snapshot_app(&store, egui::Theme::Dark);
    h.run();
    click(&mut h, "Sample technician");
    click(&mut h, "6  Sessions");
    click(&mut h, "Start a coaching session");
    // The agenda: the overdue action from June, gaps, blind spots, questions.
    h.get_by_label("Coaching session with Sample technician");
    h.get_by_label("Ask two colleagues how they give feedback that lands well");
    h.get_by_label_contains("due 2026-08-01 · overdue");
    h.get_by_label_contains("Effective communication: 3 now, target 4");
    // What the current and the target level mean, in the list's words.
    {
        let communication = recommended_skill("communication");
        let level = |n| lodestar::model::Level::new(n).expect("level");
        h.get_by_label(&format!(
            "Now: {}",
            communication.level_meaning(&lodestar::model::Scale::standard(), level(3))
        ));
        h.get_by_label(&format!(
            "Aiming for: {}",
            communication.level_meaning(&lodestar::model::Scale::standard(), level(4))
        ));
    }
    {
        let p = h.state().open.as_ref().expect("open").profile();
        assert_eq!(
            p.sessions.len(),
            3,
            "the session exists from its first minute"
        );
        assert!(p.sessions[2].in_progress);
        assert!(!p.sessions[2].agenda.is_empty(), "the agenda is kept");
    }

    // Notes, a reflective prompt with its answer, a blind spot discussed.
    type_more(&mut h, "What was said", "Apprentices now ask him first.");
    click(&mut h, "What gives you energy at work?");
    click(
        &mut h,
        "Ask: What parts of your job give you the most energy, and why?",
    );
    type_more(
        &mut h,
        "What parts of your job give you the most energy, and why?",
        "Finding the fault nobody else could.",
    );
    click(&mut h, "Seeing the bigger picture");

    // Two actions: one with the button, one with Ctrl+Enter.
    type_into(&mut h, "New action:", "Run the Friday toolbox talk");
    type_into(&mut h, "Due:", "2026-12-15");
    click(&mut h, "Add action");
    type_into(&mut h, "New action:", "Shadow the dispatcher for a morning");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Enter);
    h.run();
    // A bad date is refused with a message, nothing lost.
    type_into(&mut h, "New action:", "Book the course");
    type_into(&mut h, "Due:", "next week");
    click(&mut h, "Add action");
    h.get_by_label_contains("is not a date");
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .session
            .as_ref()
            .expect("live")
            .action
            .text,
        "Book the course"
    );
    // Leaving now would drop the typed action: refused, with a message.
    click(&mut h, "Back to the profile");
    assert!(
        h.state()
            .status
            .text
            .contains("“Book the course” is typed but not added yet"),
        "{:?}",
        h.state().status
    );
    h.get_by_label("Coaching session with Sample technician");
    // Cleared, the session can be left.
    click(&mut h, "New action:");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();

    // Rate during the session: the assessment is linked to it.
    click(&mut h, "Rate the skills");
    click_contains(&mut h, "Prioritising: 4 –");
    click(&mut h, "Save assessment");
    click(&mut h, "6  Sessions");
    click_contains(&mut h, "Continue the session of 2026-11-24");
    // Tick off the earlier action; set the next date; a private note.
    click(
        &mut h,
        "Ask two colleagues how they give feedback that lands well",
    );
    click(&mut h, "in 4 weeks");
    click(&mut h, "Private notes for the coach");
    type_more(
        &mut h,
        "Private notes:",
        "Seems tired; ask about the on-call rota.",
    );

    click(&mut h, "End session");
    h.get_by_label_contains("Coaching session: Sample technician, 2026-11-24");
    h.get_by_label_contains(
        "Run the Friday toolbox talk · owner: Sample technician · due 2026-12-15",
    );
    h.get_by_label_contains("Shadow the dispatcher for a morning");
    h.get_by_label_contains("Finding the fault nobody else could.");
    h.get_by_label_contains("Seeing the bigger picture (a skill not on either list yet)");
    h.get_by_label_contains("2026-12-22");
    assert!(
        h.query_by_label_contains("on-call rota").is_none(),
        "private stays out"
    );
    click(&mut h, "Include the coach's private notes");
    h.get_by_label_contains("on-call rota");
    let md = dir.path().join("summary.md");
    h.state_mut().save_summary_to(&md);
    let saved = std::fs::read_to_string(&md).expect("summary saved");
    assert!(saved.starts_with("# Coaching session: Sample technician, 2026-11-24"));
    assert!(saved.contains("## Actions agreed"));
    click(&mut h, "Close");
    drop(h);

    // Reopen from disk: everything is there.
    let mut h = snapshot_app(&store, egui::Theme::Dark);
    h.run();
    click(&mut h, "Sample technician");
    let p = h.state().open.as_ref().expect("open").profile().clone();
    let s = &p.sessions[2];
    assert!(!s.in_progress);
    assert_eq!(s.notes, "Apprentices now ask him first.");
    assert_eq!(s.private_notes, "Seems tired; ask about the on-call rota.");
    assert_eq!(s.prompts[0].answer, "Finding the fault nobody else could.");
    assert_eq!(
        s.actions
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>(),
        [
            "Run the Friday toolbox talk",
            "Shadow the dispatcher for a morning"
        ]
    );
    assert_eq!(s.actions[0].due, Some(jiff::civil::date(2026, 12, 15)));
    assert_eq!(s.next_date, Some(jiff::civil::date(2026, 12, 22)));
    assert_eq!(s.discussed, [SkillId::new("bigger-picture")]);
    assert_eq!(
        s.assessment,
        p.assessments.last().map(|a| a.id),
        "rated in this session"
    );
    assert_eq!(
        p.sessions[0].actions[1].status,
        lodestar::model::ActionStatus::Done
    );
    click(&mut h, "6  Sessions");
    h.get_by_label_contains("2 actions · next 2026-12-22");
}

/// The child side of `notes_survive_a_kill_mid_session`: starts a session
/// and types notes, a chunk every 200 ms, saying so on stdout, until killed.
fn type_notes_until_killed(config: &str) {
    use std::io::Write as _;
    let store = Store::open(config).expect("store");
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Sample technician");
    click(&mut h, "6  Sessions");
    click(&mut h, "Start a coaching session");
    let mut out = std::io::stdout();
    for i in 0.. {
        type_more(&mut h, "What was said", &format!("chunk{i} "));
        writeln!(out, "typed {i}").expect("stdout");
        out.flush().expect("stdout");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
#[cfg(unix)]
fn notes_survive_a_kill_mid_session() {
    use std::io::BufRead as _;
    use std::time::{Duration, Instant};
    if let Some(config) = std::env::var_os("LODESTAR_KILL_CHILD") {
        type_notes_until_killed(config.to_str().expect("utf-8"));
        return;
    }
    let (_dir, store) = new_store();
    store.seed_sample_if_new().expect("sample");
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "notes_survive_a_kill_mid_session",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("LODESTAR_KILL_CHILD", store.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("child runs");
    let lines = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut typed_at: Vec<Instant> = Vec::new();
    for line in lines.lines() {
        let line = line.expect("line");
        if line.starts_with("typed ") {
            typed_at.push(Instant::now());
            if typed_at.len() == 25 {
                break;
            }
        }
    }
    // SIGKILL: no exit handler, no last save.
    child.kill().expect("killed");
    let killed = Instant::now();
    child.wait().expect("reaped");
    assert_eq!(typed_at.len(), 25, "the child typed");

    let listing = store.list();
    let summary = listing
        .profiles
        .iter()
        .find(|p| p.name == "Sample technician")
        .expect("profile");
    let handle = store
        .open_profile(&summary.id)
        .expect("the file still reads");
    let session = handle
        .profile
        .sessions
        .iter()
        .find(|s| s.in_progress)
        .expect("the session was saved in progress");
    let notes = &session.notes;
    // The child may type (and save) a chunk or two more between its 25th
    // line and the kill, on a busy machine.
    let all = (0..1000)
        .map(|i| format!("chunk{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.starts_with(notes.as_str()),
        "saved notes are what was typed: {notes:?}"
    );
    // Everything typed more than a couple of seconds (+ a margin for a slow
    // machine) before the kill is on disk.
    let bound = Duration::from_millis(3500);
    let safe = typed_at
        .iter()
        .filter(|t| killed.duration_since(**t) > bound)
        .count();
    assert!(safe > 0, "the test typed long enough");
    let expected: String = (0..safe)
        .map(|i| format!("chunk{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        notes.starts_with(&expected),
        "lost more than {bound:?}: saved {notes:?}, expected at least {expected:?}"
    );
}

#[test]
fn the_coach_view_lists_who_to_see_next() {
    use jiff::civil::date;
    use lodestar::model::{Action, Session};
    let (_dir, store) = new_store();
    // Three technicians: one with an overdue action, one seen with a next
    // date ahead, one never seen; and one of another coach.
    let add = |name: &str, coach: &str, next: Option<jiff::civil::Date>, overdue: bool| {
        let mut h = store.create(name).expect("created");
        h.profile.coach = coach.to_owned();
        if let Some(next) = next {
            let mut s = Session::new(date(2026, 10, 1));
            s.coach = coach.to_owned();
            s.next_date = Some(next);
            let mut a = Action::new("Something");
            a.due = Some(if overdue {
                date(2026, 11, 1)
            } else {
                date(2027, 1, 1)
            });
            s.actions.push(a);
            h.profile.sessions.push(s);
        }
        h.save().expect("saved");
    };
    add("Ahead Ann", "Sam", Some(date(2026, 12, 10)), false);
    add("Never Ned", "Sam", None, false);
    add("Overdue Olu", "Sam", Some(date(2026, 12, 1)), true);
    add("Other Ola", "Kim", Some(date(2026, 11, 30)), false);
    let mut h = snapshot_app(&store, egui::Theme::Dark);
    h.run();
    click(&mut h, "Coach view");
    let order = |h: &Harness<'static, LodestarApp>| -> Vec<String> {
        h.query_all_by_label_contains("Open “")
            .filter_map(|n| n.accesskit_node().label())
            .collect()
    };
    assert_eq!(
        order(&h),
        [
            "Open “Overdue Olu”",
            "Open “Other Ola”",
            "Open “Ahead Ann”",
            "Open “Never Ned”"
        ]
    );
    h.get_by_label("2026-12-10");
    click(&mut h, "Technicians of");
    // The name is also in the table: the choice is the one in the popup.
    h.query_all_by_label("Kim")
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .expect("choice")
        .click();
    h.run();
    assert_eq!(order(&h), ["Open “Other Ola”"]);
    click(&mut h, "Open “Other Ola”");
    assert_eq!(open_name(&h).as_deref(), Some("Other Ola"));
}

#[test]
fn asked_to_quit_it_saves_at_once() {
    let (_dir, store, mut h) = app_with_profile("Quitter");
    click(&mut h, "+ Prioritising");
    assert!(
        h.state().open.as_ref().expect("open").is_dirty(),
        "not saved yet"
    );
    // What the SIGTERM/SIGINT/SIGHUP handler does.
    h.state()
        .stop_flag()
        .store(true, std::sync::atomic::Ordering::Relaxed);
    h.run();
    let id = h.state().open.as_ref().expect("open").profile().id.clone();
    drop(h);
    let on_disk = store.open_profile(&id).expect("reads");
    assert_eq!(on_disk.profile.have.len(), 1, "saved before closing");
}

#[test]
fn the_plan_editor_builds_a_plan_that_prints() {
    let (dir, store, mut h) = app_with_profile("Planner");
    // Something to suggest: a wanted, recommended skill.
    click(&mut h, "2  Want");
    click(&mut h, "+ Prioritising");
    click(&mut h, "7  Plan");
    h.get_by_label_contains("Keep it to 3 focus skills or fewer");
    // An empty plan offers to start from the suggestions.
    h.get_by_label("Start with Prioritising");
    click(&mut h, "Add Prioritising to the plan");
    {
        let plan = &h.state().open.as_ref().expect("open").profile().plan;
        assert_eq!(plan.focus.len(), 1);
        assert_eq!(
            plan.focus[0].actions.len(),
            2,
            "two actions suggested from its strategies"
        );
    }
    type_into(&mut h, "Goal:", "Fewer evening call-backs");
    type_into(&mut h, "Success looks like:", "Two weeks without overtime");
    type_into(
        &mut h,
        "New action for Prioritising:",
        "Plan Monday with the dispatcher",
    );
    h.key_press(Key::Enter);
    h.run();
    type_into(
        &mut h,
        "New resource for Prioritising:",
        "The dispatcher's board",
    );
    click(&mut h, "Add resource");
    type_into(&mut h, "Target date:", "2027-02-01");
    click(&mut h, "Status of Prioritising");
    click(&mut h, "In progress");
    // A second focus from the list, then moved up.
    click(&mut h, "Add another skill");
    click(&mut h, "Emotional intelligence");
    click(&mut h, "Move Emotional intelligence up");
    let plan = h
        .state()
        .open
        .as_ref()
        .expect("open")
        .profile()
        .plan
        .clone();
    assert_eq!(
        plan.focus
            .iter()
            .map(|f| f.skill.as_str())
            .collect::<Vec<_>>(),
        ["emotional-intelligence", "prioritizing"]
    );
    let p = &plan.focus[1];
    assert_eq!(p.goal, "Fewer evening call-backs");
    assert_eq!(p.measure, "Two weeks without overtime");
    assert_eq!(
        p.actions.last().map(|a| a.text.as_str()),
        Some("Plan Monday with the dispatcher")
    );
    assert_eq!(p.resources, ["The dispatcher's board"]);
    assert_eq!(p.target_date, Some(jiff::civil::date(2027, 2, 1)));
    assert_eq!(p.status, lodestar::model::PlanStatus::InProgress);

    // Export and print write real files.
    let pdf = dir.path().join("plan");
    h.state_mut().export_plan_to(&pdf);
    assert!(!h.state().status.error, "{:?}", h.state().status);
    let bytes = std::fs::read(dir.path().join("plan.pdf")).expect("pdf written");
    assert!(bytes.starts_with(b"%PDF"));
    let md = dir.path().join("plan.md");
    h.state_mut().export_plan_to(&md);
    let md = std::fs::read_to_string(md).expect("md");
    assert!(
        md.contains("### 2. Prioritising") && md.contains("Plan Monday with the dispatcher"),
        "{md}"
    );
    let printed = h.state_mut().print_plan_file().expect("printed");
    assert!(printed.starts_with(store.root().join("printed")));
    assert!(std::fs::read(&printed).expect("pdf").starts_with(b"%PDF"));
    let doc = dir.path().join("plan.docx");
    h.state_mut().export_plan_to(&doc);
    assert!(h.state().status.error && !doc.exists());
}

#[test]
fn the_about_box_tells_the_version_and_where_the_data_is() {
    let (_dir, store) = new_store();
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "About");
    assert!(h.state().about);
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label(&store.root().display().to_string());
    h.get_by_label("Open the folder");
    h.get_by_label_contains("makes no network connections");
    click(&mut h, "Close");
    assert!(!h.state().about);
    assert!(h.query_by_label("Open the folder").is_none());
    // Escape closes it too.
    click(&mut h, "About");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().about);
}

#[test]
fn a_long_session_log_shows_the_latest_and_the_rest_on_request() {
    use lodestar::model::Session;
    let (_dir, store) = new_store();
    let mut handle = store.create("Long history").expect("created");
    for week in 0..15 {
        let day = jiff::civil::date(2026, 1, 5)
            .checked_add(jiff::Span::new().weeks(week))
            .expect("a date");
        let mut s = Session::new(day);
        s.notes = format!("Session of week {week}");
        handle.profile.sessions.push(s);
    }
    handle.save().expect("saved");
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Long history");
    click(&mut h, "6  Sessions");
    let summaries = |h: &Harness<'static, LodestarApp>| h.query_all_by_label("Summary").count();
    assert_eq!(summaries(&h), 12, "the twelve latest");
    // The newest first: week 14 is shown, week 2 (the thirteenth newest) is not.
    h.get_by_label("Session of week 14");
    assert!(h.query_by_label("Session of week 2").is_none());
    click(&mut h, "Show the 3 earlier sessions");
    assert_eq!(summaries(&h), 15);
    h.get_by_label("Session of week 0");
    assert!(h.query_by_label_contains("earlier sessions").is_none());
}

#[test]
fn a_long_list_is_rated_to_the_end_though_only_what_is_near_the_view_is_laid_out() {
    let (_dir, store) = new_store();
    let catalogs = store.root().join("catalogs");
    std::fs::create_dir_all(&catalogs).expect("folder");
    let list = lodestar::bench_data::large_catalog(50);
    std::fs::write(
        catalogs.join("large.json"),
        serde_json::to_vec(&list).expect("json"),
    )
    .expect("written");
    let mut handle = store.create("Fifty skills").expect("created");
    handle.profile.catalog = list.id.clone();
    handle.save().expect("saved");
    drop(handle);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Fifty skills");
    click(&mut h, "4  Rate");
    let level = |i: usize| {
        format!("Generated skill number {i}: 3 – Level 3 of skill {i}, described in a sentence.")
    };
    h.get_by_label(&level(0));
    assert!(
        h.query_by_label(&level(49)).is_none(),
        "the last card, far below the view, is not laid out"
    );
    // Scrolled to the end, the last skills are there and can be rated.
    h.get_by_label("Save assessment").scroll_to_me();
    h.run();
    click(&mut h, &level(49));
    click(&mut h, &level(48));
    let open = h.state().open.as_ref().expect("open");
    assert_eq!(open.rating.ratings.len(), 2);
    assert!(open.rating.ratings.contains_key(&SkillId::new("skill-49")));
    h.get_by_label("2 of 50 skills rated");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_from_the_other_computer_updates_the_profile_or_is_added_apart() {
    use lodestar::store::Recipient;
    let (dir, coach) = new_store();
    coach.seed_sample_if_new().expect("sample");
    let id = coach.list().profiles[0].id.clone();
    let tech = Store::open(dir.path().join("tech")).expect("store");
    // The coach sends the profile; the technician adds to it and sends back.
    let to_tech = dir.path().join("to-tech.lodestar");
    let mine = coach.open_profile(&id).expect("opens").profile;
    coach
        .send(&mine, Recipient::Technician, &to_tech)
        .expect("sent");
    let incoming = tech.read_incoming(&to_tech).expect("reads");
    let mut t = tech.add_incoming(&incoming, false).expect("added");
    t.profile
        .add_item(ListKind::Have, "Training the new starters", None)
        .expect("added");
    t.profile.role = "Senior field service technician".into();
    t.save().expect("saved");
    let back = dir.path().join("to-coach.lodestar");
    tech.send(&t.profile, Recipient::Coach, &back)
        .expect("sent");
    {
        let mut h = coach.open_profile(&id).expect("opens");
        h.profile.role = "Field service lead".into();
        h.save().expect("saved");
    }

    let mut h = app_on(&coach);
    h.run();
    click(&mut h, "Sample technician");
    // Dropped on the window: the dialog says what the file brings.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(back.clone())));
    h.run();
    h.get_by_label("“Sample technician” is already here");
    h.get_by_label("What it brings: 1 new Have item, 1 conflict.");
    h.get_by_label_contains("Changed on both computers: Role.");
    click(&mut h, "Update Sample technician’s profile");
    {
        let p = h.state().open.as_ref().expect("open").profile();
        assert!(p.have.iter().any(|i| i.text == "Training the new starters"));
        assert_eq!(p.role, "Field service lead", "mine until chosen");
        let status = &h.state().status;
        assert!(
            status
                .text
                .contains("Both computers changed Role: choose what to keep."),
            "{status:?}"
        );
    }
    // The conflict view shows both, side by side; "later" leaves it waiting.
    h.get_by_label("Changed on both computers");
    h.get_by_label("Field service lead");
    h.get_by_label("Senior field service technician");
    click(&mut h, "Decide later");
    h.get_by_label("1 change made on both computers to settle");
    click(&mut h, "Settle…");
    click(&mut h, "Take the other's");
    {
        let open = h.state().open.as_ref().expect("open");
        assert_eq!(open.profile().role, "Senior field service technician");
        assert!(open.conflicts.is_empty());
    }
    assert!(h.query_by_label("Changed on both computers").is_none());
    // Undo brings this computer's back, as any edit.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().open.as_ref().expect("open").profile().role,
        "Field service lead"
    );
    // The same file again: merged against the version it was built on,
    // the role is still a conflict (nothing else is new); added apart now.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(back)));
    h.run();
    h.get_by_label("What it brings: 1 conflict.");
    click(&mut h, "Import as a separate profile");
    let names: Vec<String> = coach
        .list()
        .profiles
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Sample technician", "Sample technician"]);
}

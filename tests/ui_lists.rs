//! Recommended lists in the real app, driven through `egui_kittest`: a
//! framework imported from a spreadsheet through the mapping step, then
//! rated on its own four-level scale and charted with four rings.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;
use rust_xlsxwriter::Workbook;

mod common;
use common::{app_on, click};

fn click_contains(h: &mut Harness<'static, LodestarApp>, part: &str) {
    h.get_by_label_contains(part).scroll_to_me();
    h.run();
    h.get_by_label_contains(part).click();
    h.run();
}

/// A four-level framework whose second level's heading ("Stage B") is not
/// one Lodestar recognises, so the person has to say what it is.
fn framework(dir: &std::path::Path) -> std::path::PathBuf {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Framework").expect("name");
    let rows: [[&str; 6]; 4] = [
        [
            "Competency",
            "Level 1 – Learning",
            "Stage B",
            "Level 3 – Leading",
            "Level 4 – Shaping",
            "Definition",
        ],
        [
            "Safety leadership 🔧",
            "Follows the safety rules",
            "Speaks up when something is unsafe",
            "Coaches others to work safely",
            "Sets the standard for the site",
            "Keeps everyone safe",
        ],
        [
            "Customer focus",
            "Listens to the customer",
            "Asks what the customer needs",
            "Anticipates what the customer needs",
            "Shapes the service around customers",
            "Sees the job through the customer's eyes",
        ],
        [
            "Planning the week",
            "Plans the day",
            "Plans the week",
            "Plans the month with the team",
            "Plans the quarter for the site",
            "Puts first things first",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet
                .write_string(
                    u32::try_from(r).expect("few"),
                    u16::try_from(c).expect("few"),
                    *text,
                )
                .expect("write");
        }
    }
    let path = dir.join("Acme_framework.xlsx");
    book.save(&path).expect("saved");
    path
}

#[test]
fn a_spreadsheet_is_mapped_imported_rated_on_its_own_scale_and_charted_with_its_rings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    drop(store.create("Ava Patel").expect("created"));
    let file = framework(dir.path());
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Ava Patel");
    click(&mut h, "3  Compare");

    // Recommended lists → Import a list…, the file picked.
    h.state_mut().dialog_answer = Some(file);
    click(&mut h, "Recommended lists");
    click(&mut h, "Import a list…");
    h.get_by_label("Import a recommended list");
    // Column C's heading says nothing Lodestar knows: Level 2 is missing.
    h.get_by_label_contains("No column is Level 2");
    assert!(
        h.state()
            .list_import
            .as_ref()
            .is_some_and(|i| i.checked.is_err())
    );
    click(&mut h, "Column C");
    click(&mut h, "Level 2");
    // Its heading becomes the level's name; the person renames it.
    let names = h
        .state()
        .list_import
        .as_ref()
        .map(|i| i.mapping.level_names.clone())
        .expect("importing");
    assert_eq!(names, ["Learning", "Stage B", "Leading", "Shaping"]);
    click(&mut h, "Name of level 2");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Name of level 2").type_text("Doing");
    h.run();
    h.get_by_label_contains(
        "Ready: 3 skills, rated Learning / Doing / Leading / Shaping (4 levels).",
    );
    click(&mut h, "Import");
    assert!(h.state().list_import.is_none(), "the step closes");
    h.get_by_label_contains("Imported the list “Acme framework”: 3 skills");
    let profile = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(
        profile.catalog.as_str(),
        "acme-framework",
        "the profile follows it"
    );
    assert!(
        store.catalogs().get(&profile.catalog).is_some(),
        "saved in the config folder"
    );

    // Rate: four levels, named by the list; no fifth.
    click(&mut h, "4  Rate");
    h.get_by_label("Safety leadership 🔧: 4 – Sets the standard for the site");
    assert!(
        h.query_by_label_contains("Safety leadership 🔧: 5")
            .is_none()
    );
    assert!(h.query_by_label_contains("Helps others").is_none());
    click_contains(&mut h, "Safety leadership 🔧: 4 –");
    click_contains(&mut h, "Customer focus: 2 –");
    h.get_by_label("Asks what the customer needs");
    click(&mut h, "Save assessment");

    // Progress: the chart has four rings and says so.
    click(&mut h, "5  Progress");
    h.get_by_label_contains(
        "The rings are the levels: 1 (Learning) innermost, 4 (Shaping) at the edge.",
    );
    let app = h.state();
    let open = app.open.as_ref().expect("open");
    let catalog = app.catalogs.get(&open.profile().catalog).expect("the list");
    let chart = lodestar::chart::layers::build(open.profile(), catalog, &open.progress.choice)
        .expect("a chart");
    assert_eq!(chart.levels, 4);
    assert_eq!(chart.layers[0].values[0], Some(4.0), "4 is the outer ring");
}

#[test]
fn a_broken_spreadsheet_says_where_and_adds_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let file = dir.path().join("team.csv");
    std::fs::write(
        &file,
        "Skill,Level 1,Level 2,Level 3\nSafety,a,b,c\nPlanning,a,,c\n",
    )
    .expect("write");
    let mut h = app_on(&store);
    h.run();
    h.state_mut().dialog_answer = Some(file);
    click(&mut h, "Recommended lists");
    click(&mut h, "Import a list…");
    h.get_by_label_contains("row 3, column C (Level 2)");
    assert!(
        h.get_by_label("Import").accesskit_node().is_disabled(),
        "Import waits until the list is whole"
    );
    click(&mut h, "Cancel");
    assert!(h.state().list_import.is_none());
    h.get_by_label_contains("no list was added");
    assert_eq!(
        store.catalogs().catalogs.len(),
        3,
        "the built-in lists only"
    );
    // A file that is no spreadsheet at all: a message, no step.
    let pdf = dir.path().join("framework.pdf");
    std::fs::write(&pdf, b"%PDF-1.7").expect("write");
    h.state_mut().dialog_answer = Some(pdf);
    click(&mut h, "Recommended lists");
    click(&mut h, "Import a list…");
    assert!(h.state().list_import.is_none());
    h.get_by_label_contains("Lodestar reads lists from spreadsheets");
}

#[test]
fn targets_come_from_a_role_and_the_readiness_line_follows_the_ratings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    drop(store.create("Noor Haddad").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Noor Haddad");
    click(&mut h, "4  Rate");
    click(&mut h, "Targets from a role");
    click(&mut h, "Team lead");
    let app = h.state();
    let open = app.open.as_ref().expect("open");
    let catalog = app.catalogs.get(&open.profile().catalog).expect("list");
    let role = catalog.role("Team lead").expect("the built-in ladder");
    assert_eq!(open.profile().aiming_for.as_deref(), Some("Team lead"));
    assert_eq!(
        open.profile().targets,
        role.expects,
        "every target from the role"
    );
    h.get_by_label(
        "Team lead: at or above the expectation on 0 of 8 skills. 8 skills are not rated yet.",
    );
    // Rated: four at the team lead's level or above, four one below.
    for (skill, level) in [
        ("Effective communication", 4),
        ("Managing vs. leading", 3),
        ("Inspiring and influencing", 3),
        ("Prioritising", 2),
        ("Operational excellence", 4),
        ("Seeing the bigger picture", 2),
        ("Performance management", 3),
        ("Emotional intelligence", 3),
    ] {
        click_contains(&mut h, &format!("{skill}: {level} –"));
    }
    click(&mut h, "Save assessment");
    let line = "Team lead: at or above the expectation on 5 of 8 skills; 3 to grow, the largest gap Prioritising, 2 levels.";
    h.get_by_label(line);
    click(&mut h, "5  Progress");
    h.get_by_label(line);
    // Undo takes the role and its targets back as one step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let p = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.aiming_for, None);
    assert!(p.targets.is_empty());
}

#[test]
fn the_profile_the_team_and_a_list_export_for_spreadsheets_from_the_app() {
    use calamine::Reader as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    store.seed_sample_if_new().expect("sample");
    drop(store.create("Kai Tanaka").expect("created"));
    let mut h = app_on(&store);
    h.run();
    let sheets = |path: &std::path::Path| -> Vec<String> {
        calamine::open_workbook_auto(path)
            .expect("a workbook")
            .sheet_names()
    };
    // The coach view: the whole team, one sheet.
    click(&mut h, "Coach view");
    let team = dir.path().join("team.xlsx");
    h.state_mut().dialog_answer = Some(team.clone());
    click(&mut h, "Export the team…");
    h.get_by_label_contains("The team sheet saved to");
    assert_eq!(sheets(&team), ["Team"]);
    // A profile: the ratings, actions and plan.
    click(&mut h, "Profiles (2)");
    click(&mut h, "Sample technician");
    let mine = dir.path().join("sample ratings.csv");
    h.state_mut().dialog_answer = Some(mine.clone());
    click(&mut h, "Export…");
    click(&mut h, "For a spreadsheet…");
    h.get_by_label_contains("The ratings, actions and plan saved to");
    assert!(mine.exists() && dir.path().join("sample ratings – plan.csv").exists());
    // The list, from Compare.
    click(&mut h, "3  Compare");
    let list = dir.path().join("list.xlsx");
    h.state_mut().dialog_answer = Some(list.clone());
    click(&mut h, "Recommended lists");
    click(&mut h, "Export this list…");
    h.get_by_label_contains("The list saved to");
    assert_eq!(sheets(&list), ["List"]);
}

#[test]
fn the_coach_view_shows_the_team_s_skills_list_by_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let builtin = lodestar::store::CatalogSet::builtin();
    let recommended = builtin
        .get(&lodestar::model::CatalogId::default_recommended())
        .expect("list");
    let other = builtin
        .get(&lodestar::model::CatalogId::new("team-outcomes"))
        .expect("list");
    for i in 0..12 {
        let list = if i < 9 { recommended } else { other };
        let mut h = store
            .create(&format!("Technician {i:03}"))
            .expect("created");
        let mut p = lodestar::bench_data::team_member(i, list);
        p.id = h.profile.id.clone();
        h.profile = p;
        h.save().expect("saved");
    }
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Coach view");
    click(&mut h, "Skills");
    h.get_by_label("Heat map of 9 technicians and 8 skills of Recommended leadership skills");
    h.get_by_label_contains("Heat map of 3 technicians and 7 skills of");
    h.get_by_label("The team's average radar on Recommended leadership skills");
    assert_eq!(
        h.query_all_by_label_contains("Thinnest across the team: ")
            .count(),
        2
    );
    assert!(h.query_all_by_label("Could teach the others").count() >= 1);
    // One list at a time.
    click(&mut h, "List");
    click(&mut h, "Recommended leadership skills (9)");
    assert!(
        h.query_by_label_contains("Heat map of 3 technicians")
            .is_none()
    );
    // Coach 0's technicians only.
    click(&mut h, "Technicians of");
    click(&mut h, "Coach 0");
    h.get_by_label("Heat map of 3 technicians and 8 skills of Recommended leadership skills");
    // A click on a row opens that technician.
    let map = h
        .get_by_label("Heat map of 3 technicians and 8 skills of Recommended leadership skills")
        .rect();
    let row = map.min + egui::vec2(40.0, 40.0 + 22.0 * 0.5);
    h.hover_at(row);
    h.run();
    h.drag_at(row);
    h.event(egui::Event::PointerButton {
        pos: row,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let opened = h.state().open.as_ref().map(|o| o.profile().name.clone());
    assert_eq!(opened.as_deref(), Some("Technician 000"));
}

#[test]
fn a_built_in_list_is_edited_as_a_copy_and_goes_out_and_back_in_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    drop(store.create("Lee Berg").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Lee Berg");
    click(&mut h, "3  Compare");
    click(&mut h, "Recommended lists");
    click(&mut h, "Edit this list…");
    h.get_by_label("A copy of “Recommended leadership skills”");
    h.get_by_label_contains("edited as a copy");
    // A new skill, described, moved to the top; one removed.
    h.get_by_label("A new skill's name").focus();
    h.run();
    h.get_by_label("A new skill's name")
        .type_text("Safety leadership");
    h.run();
    click(&mut h, "Add skill");
    let added = h.state().list_editor.as_ref().map(|e| e.draft.skills.len());
    assert_eq!(added, Some(9), "added at the end");
    click(&mut h, "Description");
    h.get_by_label("Description")
        .type_text("Keeps people safe on every job.");
    h.run();
    click(&mut h, "Strategies (one per line)");
    h.get_by_label("Strategies (one per line)")
        .type_text("Run a toolbox talk; with the new starters\nWalk the site");
    h.run();
    for _ in 0..8 {
        click(&mut h, "Move Safety leadership up");
    }
    click(&mut h, "Remove Emotional intelligence");
    // Half-described levels are named before anything is saved.
    click(&mut h, "Level 1 – Starting");
    h.get_by_label("Level 1 – Starting")
        .type_text("Follows the rules");
    h.run();
    h.get_by_label_contains("describes 1 of the 5 levels");
    for (n, name) in [
        (2, "Emerging"),
        (3, "Developing"),
        (4, "Consistent"),
        (5, "Helps others"),
    ] {
        let label = format!("Level {n} – {name}");
        click(&mut h, &label);
        h.get_by_label(&label)
            .type_text(&format!("Safety at level {n}"));
        h.run();
    }
    click(&mut h, "Save list");
    assert!(h.state().list_editor.is_none(), "{:?}", h.state().status);
    let set = store.catalogs();
    let copy = set
        .get(&lodestar::model::CatalogId::new(
            "recommended-leadership-skills-copy",
        ))
        .expect("saved as a copy");
    let original = set
        .get(&lodestar::model::CatalogId::default_recommended())
        .expect("built-in");
    assert_eq!(original.skills.len(), 8, "the built-in list is untouched");
    let names: Vec<&str> = copy.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names[0], "Safety leadership");
    assert_eq!(names.len(), 8);
    assert!(!names.contains(&"Emotional intelligence"));
    let safety = &copy.skills[0];
    assert_eq!(safety.summary, "Keeps people safe on every job.");
    assert_eq!(
        safety.strategies,
        ["Run a toolbox talk; with the new starters", "Walk the site"]
    );
    assert_eq!(safety.levels[0].text, "Follows the rules");
    assert!(
        copy.roles.iter().all(|r| !r
            .expects
            .contains_key(&lodestar::model::SkillId::new("emotional-intelligence"))),
        "the ladder follows the skills"
    );
    // Out as a spreadsheet and back in: the same list.
    let file = dir.path().join("copy.xlsx");
    lodestar::exports::write_list_sheet(copy, (&file, lodestar::exports::SheetFormat::Xlsx))
        .expect("written");
    let back = store
        .import_catalog(&file, Some("Back again"), None, None)
        .expect("imports");
    same_skills(copy, &back);
}

/// The same skills with the same texts, in the same order.
fn same_skills(a: &lodestar::model::Catalog, b: &lodestar::model::Catalog) {
    assert_eq!(a.skills.len(), b.skills.len());
    assert_eq!(a.roles, b.roles);
    assert_eq!(
        a.scale.names().collect::<Vec<_>>(),
        b.scale.names().collect::<Vec<_>>()
    );
    let texts = |s: &lodestar::model::Skill| -> Vec<String> {
        s.levels.iter().map(|l| l.text.clone()).collect()
    };
    for (x, y) in a.skills.iter().zip(&b.skills) {
        assert_eq!(
            (&x.name, &x.summary, &x.keywords),
            (&y.name, &y.summary, &y.keywords)
        );
        assert_eq!(
            (&x.strategies, &x.prompts),
            (&y.strategies, &y.prompts),
            "{}",
            x.name
        );
        assert_eq!(texts(x), texts(y), "{}", x.name);
        assert_eq!(x.levels, y.levels, "{}: with the examples", x.name);
    }
}

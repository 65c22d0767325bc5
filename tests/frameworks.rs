//! Competency frameworks as coaches have them: spreadsheets made here with
//! maintained writers (`rust_xlsxwriter` for .xlsx, `spreadsheet-ods` for
//! .ods) and CSV as Excel saves it, imported through the store and the
//! command line. Each lands with every level description; each broken one
//! is refused naming its sheet, row and column, and nothing is written.

use std::path::{Path, PathBuf};

use lodestar::model::Level;
use lodestar::store::Store;
use rust_xlsxwriter::{Format, Workbook};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store opens");
    (dir, store)
}

const FOUR: [&str; 8] = [
    "Competency",
    "Level 1 – Learning",
    "Level 2 – Doing",
    "Level 3 – Leading",
    "Level 4 – Shaping",
    "Strategies",
    "Prompts",
    "Definition",
];

/// A four-level framework, the way an HR team lays one out: the skill cell
/// merged over two rows (the second row adds a strategy), emoji in a name,
/// a row shorter than the others, and a notes sheet behind it.
fn four_level_xlsx(dir: &Path, broken: bool) -> PathBuf {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Framework").expect("name");
    for (c, h) in FOUR.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).expect("few"), *h)
            .expect("write");
    }
    let merged = Format::new();
    sheet
        .merge_range(1, 0, 2, 0, "Safety leadership 🦺", &merged)
        .expect("merge");
    let row1 = [
        "Follows the safety rules",
        "Speaks up when something is unsafe",
        "Coaches others to work safely",
        "Sets the standard for the site",
        "Run a toolbox talk; Walk the site with a new starter",
        "When did you last stop a job?",
        "Keeps everyone safe, every day",
    ];
    for (c, text) in row1.iter().enumerate() {
        sheet
            .write_string(1, u16::try_from(c + 1).expect("few"), *text)
            .expect("write");
    }
    sheet
        .write_string(2, 5, "Review a near miss with the team")
        .expect("write");
    let row3 = [
        "Customer focus",
        "Listens to the customer",
        if broken {
            ""
        } else {
            "Asks what the customer needs"
        },
        "Anticipates what the customer will need",
        "Shapes the service around customers",
    ];
    for (c, text) in row3.iter().enumerate() {
        sheet
            .write_string(3, u16::try_from(c).expect("few"), *text)
            .expect("write");
    }
    // Ragged: a name and nothing else.
    sheet
        .write_string(4, 0, "Planning the week")
        .expect("write");
    let notes = book.add_worksheet();
    notes.set_name("Notes").expect("name");
    notes.write_string(0, 0, "Owner: HR").expect("write");
    let path = dir.join(if broken {
        "broken.xlsx"
    } else {
        "Acme_framework.xlsx"
    });
    book.save(&path).expect("saved");
    path
}

/// A six-level framework as .ods, columns in another order, a number
/// where a level description would be.
fn six_level_ods(dir: &Path, duplicate: bool) -> PathBuf {
    use spreadsheet_ods::{Sheet, WorkBook, write_ods};
    let mut book = WorkBook::new_empty();
    let mut sheet = Sheet::new("Kompetenzen");
    let head = [
        "Description",
        "Skill",
        "L1 Aware",
        "L2 Learning",
        "L3 Practising",
        "L4 Skilled",
        "L5 Leading",
        "L6 Expert",
        "Keywords",
    ];
    for (c, h) in head.iter().enumerate() {
        sheet.set_value(0, u32::try_from(c).expect("few"), *h);
    }
    let skills = [
        ("Führung im Team", "Leads the crew"),
        ("Troubleshooting 🔧", "Finds the cause"),
        (
            if duplicate {
                "führung im team"
            } else {
                "Kundenkontakt"
            },
            "Talks with customers",
        ),
    ];
    for (r, (name, desc)) in skills.iter().enumerate() {
        let r = u32::try_from(r + 1).expect("few");
        sheet.set_value(r, 0, *desc);
        sheet.set_value(r, 1, *name);
        for l in 0..6 {
            sheet.set_value(r, 2 + l, format!("{name}: level {}", l + 1));
        }
        sheet.set_value(r, 8, "crew; shift | handover");
    }
    book.push_sheet(sheet);
    let path = dir.join(if duplicate { "dup.ods" } else { "werk.ods" });
    write_ods(&mut book, &path).expect("saved");
    path
}

#[test]
fn a_four_level_xlsx_lands_with_every_level_description() {
    let (dir, store) = store();
    let file = four_level_xlsx(dir.path(), false);
    let c = store
        .import_catalog(&file, None, None, None)
        .expect("imports");
    assert_eq!(c.title, "Acme framework");
    assert_eq!(
        c.scale.names().collect::<Vec<_>>(),
        ["Learning", "Doing", "Leading", "Shaping"]
    );
    assert_eq!(c.skills.len(), 3);
    let safety = &c.skills[0];
    assert_eq!(safety.name, "Safety leadership 🦺");
    assert_eq!(safety.summary, "Keeps everyone safe, every day");
    assert_eq!(
        safety.level_meaning(&c.scale, Level::new(4).expect("4")),
        "Sets the standard for the site"
    );
    assert_eq!(
        safety.strategies,
        [
            "Run a toolbox talk",
            "Walk the site with a new starter",
            "Review a near miss with the team"
        ],
        "the merged cell's second row adds to the skill above"
    );
    assert_eq!(safety.prompts, ["When did you last stop a job?"]);
    assert_eq!(c.skills[1].levels.len(), 4);
    assert!(
        c.skills[2].levels.is_empty(),
        "the ragged row has no levels"
    );
    // It is a list like any other now: it loads back from the config folder.
    let loaded = store.catalogs();
    assert_eq!(loaded.get(&c.id), Some(&c));
}

#[test]
fn a_six_level_ods_lands_with_every_level_description() {
    let (dir, store) = store();
    let file = six_level_ods(dir.path(), false);
    let c = store
        .import_catalog(&file, Some("Werk framework"), None, None)
        .expect("imports");
    assert_eq!(c.scale.len(), 6);
    assert_eq!(c.scale.name(Level::new(6).expect("6")), "Expert");
    assert_eq!(c.skills[0].name, "Führung im Team");
    assert_eq!(c.skills[1].name, "Troubleshooting 🔧");
    for s in &c.skills {
        assert_eq!(s.levels.len(), 6, "{}", s.name);
        assert_eq!(s.levels[5].text, format!("{}: level 6", s.name));
    }
    assert_eq!(c.skills[0].keywords, ["crew", "shift", "handover"]);
    assert_eq!(c.scale.calibration_gap(), 3);
}

#[test]
fn a_csv_with_bom_and_crlf_from_excel_lands() {
    let (dir, store) = store();
    let file = dir.path().join("framework.csv");
    let text = "\u{FEFF}Skill;Level 1;Level 2;Level 3;Description\r\n\
                Safety;Follows;Speaks up;\"Coaches; sets\r\nthe standard\";Keeps people safe\r\n\
                \r\n\
                Planning;Plans a day;Plans a week;Plans a quarter\r\n";
    std::fs::write(&file, text).expect("write");
    let c = store
        .import_catalog(&file, None, None, None)
        .expect("imports");
    assert_eq!(c.scale.len(), 3);
    assert_eq!(c.skills[0].levels[2].text, "Coaches; sets\nthe standard");
    assert_eq!(c.skills[1].levels[2].text, "Plans a quarter");
    assert_eq!(c.skills[1].summary, "", "the ragged row has no description");
}

#[test]
fn broken_frameworks_name_sheet_row_and_column_and_write_nothing() {
    let (dir, store) = store();
    let before = store.catalogs().catalogs.len();
    let xlsx = four_level_xlsx(dir.path(), true);
    let e = store
        .import_catalog(&xlsx, None, None, None)
        .expect_err("a level is missing")
        .to_string();
    assert!(
        e.contains("sheet \"Framework\", row 4, column C (Level 2 – Doing)"),
        "{e}"
    );
    let ods = six_level_ods(dir.path(), true);
    let e = store
        .import_catalog(&ods, None, None, None)
        .expect_err("listed twice")
        .to_string();
    assert!(
        e.contains("sheet \"Kompetenzen\", row 4, column B (Skill)") && e.contains("row 2"),
        "{e}"
    );
    let csv = dir.path().join("unclosed.csv");
    std::fs::write(&csv, "skill,description\nA,\"never closed\nB,x\n").expect("write");
    let e = store
        .import_catalog(&csv, None, None, None)
        .expect_err("unclosed")
        .to_string();
    assert!(e.contains("line 2") && e.contains("never closed"), "{e}");
    let garbage = dir.path().join("garbage.xlsx");
    std::fs::write(&garbage, b"PK\x03\x04 not really a zip").expect("write");
    let e = store
        .import_catalog(&garbage, None, None, None)
        .expect_err("not a spreadsheet")
        .to_string();
    assert!(e.contains("could not be read as a spreadsheet"), "{e}");
    let other = dir.path().join("list.pdf");
    std::fs::write(&other, b"%PDF").expect("write");
    let e = store
        .import_catalog(&other, None, None, None)
        .expect_err("not a sheet")
        .to_string();
    assert!(e.contains(".xlsx, .ods"), "{e}");
    assert_eq!(
        store.catalogs().catalogs.len(),
        before,
        "nothing half-imported"
    );
    assert!(store.catalogs().problems.is_empty());
}

#[test]
fn the_command_line_imports_a_sheet_by_name_with_its_own_mapping() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = four_level_xlsx(dir.path(), false);
    let cfg = dir.path().join("cfg");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_lodestar"))
            .arg("--config-dir")
            .arg(&cfg)
            .args(args)
            .output()
            .expect("runs")
    };
    let path = file.to_str().expect("utf-8");
    let wrong = run(&["import-catalog", path, "--sheet", "Nope"]);
    assert!(!wrong.status.success());
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        err.contains("no sheet \"Nope\"") && err.contains("\"Framework\""),
        "{err}"
    );
    // Only the skills and three of the levels, renamed.
    let out = run(&[
        "import-catalog",
        path,
        "--sheet",
        "Framework",
        "--title",
        "Acme short",
        "--columns",
        "skill,level1,level2,level3,-,strategies",
        "--levels",
        "Novice, Practitioner, Expert",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("3 skills, rated Novice / Practitioner / Expert"),
        "{said}"
    );
    let bad = run(&["import-catalog", path, "--columns", "skill,levl1"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("\"levl1\" is not a column kind"));
}

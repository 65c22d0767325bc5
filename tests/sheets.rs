//! Exports for spreadsheets, read back with `calamine`: a profile's
//! ratings history, actions and plan; the team sheet; a list that goes out
//! and comes back in whole (the framework import reads what the export
//! writes).

use std::path::Path;
use std::process::{Command, Output};

use calamine::{Data, Reader};

fn lodestar(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .output()
        .expect("runs")
}

fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every sheet of a workbook as rows of text.
fn read(path: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book = calamine::open_workbook_auto(path).expect("a workbook");
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("sheet");
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Float(f) => format!("{f}"),
                            Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn a_profile_exports_its_ratings_actions_and_plan() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let xlsx = dir.path().join("sample.xlsx");
    let said = ok(&lodestar(
        &cfg,
        &["export", "sample", "--out", xlsx.to_str().expect("utf-8")],
    ));
    assert!(said.contains("sample.xlsx"), "{said}");
    let sheets = read(&xlsx);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Ratings", "Actions", "Plan"]);
    let ratings = &sheets[0].1;
    assert_eq!(
        ratings[0],
        [
            "Date",
            "Rated by",
            "Skill",
            "Level",
            "Level name",
            "Target",
            "Note"
        ]
    );
    assert!(
        ratings.len() > 8,
        "every rating of the sample: {}",
        ratings.len()
    );
    let row = ratings
        .iter()
        .find(|r| r[2] == "Effective communication")
        .expect("a rating of communication");
    let level: u8 = row[3].parse().expect("a number, not text");
    assert!((1..=5).contains(&level));
    assert!(!sheets[1].1.is_empty() && !sheets[2].1.is_empty());
    // CSV: three files, Excel-friendly.
    let csv = dir.path().join("sample.csv");
    let said = ok(&lodestar(
        &cfg,
        &[
            "export",
            "sample",
            "--format",
            "csv",
            "--out",
            csv.to_str().expect("utf-8"),
        ],
    ));
    assert!(
        said.contains("sample – actions.csv") && said.contains("sample – plan.csv"),
        "{said}"
    );
    let text = std::fs::read_to_string(&csv).expect("read");
    assert!(text.starts_with("\u{FEFF}Date,Rated by,Skill"), "{text}");
    assert!(dir.path().join("sample – plan.csv").exists());
    let bad = lodestar(&cfg, &["export", "sample", "--out", "x.docx"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains(".xlsx, .csv"));
}

#[test]
fn the_team_sheet_has_a_row_per_technician_and_a_column_per_skill() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    ok(&lodestar(&cfg, &["profiles"]));
    let store = lodestar::store::Store::open(&cfg).expect("store");
    let mut h = store.create("Zoë =SUM(A1)").expect("created");
    h.profile.team = "Night shift".into();
    h.save().expect("saved");
    drop(h);
    let out = dir.path().join("team.xlsx");
    let said = ok(&lodestar(
        &cfg,
        &["export-team", "--out", out.to_str().expect("utf-8")],
    ));
    assert!(said.contains("2 technicians"), "{said}");
    let sheets = read(&out);
    let rows = &sheets[0].1;
    assert_eq!(rows.len(), 3, "a heading and two technicians");
    assert_eq!(
        &rows[0][..6],
        ["Technician", "Role", "Team", "Coach", "List", "Last rated"]
    );
    assert_eq!(rows[0][6], "Effective communication");
    assert_eq!(rows[0][7], "Effective communication: target");
    assert_eq!(rows[0].len(), 6 + 2 * 8);
    let zoe = rows.iter().find(|r| r[0].starts_with("Zoë")).expect("Zoë");
    assert_eq!(zoe[0], "Zoë =SUM(A1)", "text stays text");
    assert_eq!(zoe[2], "Night shift");
    // In CSV a text that looks like a formula is defused.
    let csv = dir.path().join("team.csv");
    ok(&lodestar(
        &cfg,
        &["export-team", "--out", csv.to_str().expect("utf-8")],
    ));
    let text = std::fs::read_to_string(&csv).expect("read");
    assert!(text.contains("Zoë =SUM(A1)"), "{text}");
}

#[test]
fn a_list_goes_out_and_comes_back_in_whole() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    for (id, ending) in [("recommended", "xlsx"), ("technical-leader", "csv")] {
        let file = dir.path().join(format!("{id}-copy.{ending}"));
        ok(&lodestar(
            &cfg,
            &["export-catalog", id, "--out", file.to_str().expect("utf-8")],
        ));
        ok(&lodestar(
            &cfg,
            &[
                "import-catalog",
                file.to_str().expect("utf-8"),
                "--title",
                &format!("{id} copy"),
            ],
        ));
        let set = lodestar::store::Store::open(&cfg)
            .expect("store")
            .catalogs();
        let original = set
            .get(&lodestar::model::CatalogId::new(id))
            .expect("built-in");
        let copy = set
            .get(&lodestar::model::CatalogId::new(format!("{id}-copy")))
            .expect("imported");
        assert_eq!(copy.scale, original.scale);
        assert_eq!(copy.roles, original.roles, "the ladder comes back too");
        assert_eq!(copy.skills.len(), original.skills.len());
        for (a, b) in original.skills.iter().zip(&copy.skills) {
            assert_eq!(a.name, b.name);
            assert_eq!(a.summary, b.summary);
            assert_eq!(a.keywords, b.keywords, "{}", a.name);
            assert_eq!(a.strategies, b.strategies, "{}", a.name);
            assert_eq!(a.prompts, b.prompts, "{}", a.name);
            assert_eq!(
                a.levels, b.levels,
                "{}: every level, with its examples",
                a.name
            );
        }
    }
    let missing = lodestar(&cfg, &["export-catalog", "nope", "--out", "x.xlsx"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("There is no list \"nope\""));
}

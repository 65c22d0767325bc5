//! The command line and the app make the same files: a plan (PDF, Markdown,
//! HTML) and a chart (SVG, PNG) exported from the app for a profile and a
//! date are byte for byte the ones `lodestar plan` and `lodestar chart`
//! write, because both go through `lodestar::exports`.

mod common;

use std::path::Path;

use lodestar::cli::{Command, FormatArg, PaperArg, RaterArg, run_on};
use lodestar::store::Store;

fn cli(store: &Store, command: &Command, today: jiff::civil::Date) {
    let mut out = Vec::new();
    run_on(store, command, today, &mut out).expect("the command runs");
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{} was not written: {e}", path.display()))
}

#[test]
fn the_cli_and_the_app_write_the_same_plan_and_chart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    store.seed_sample_if_new().expect("sample");
    let today = jiff::civil::date(2026, 11, 30);
    let mut h = common::app_on(&store);
    h.state_mut().set_today(today);
    h.run();
    common::click(&mut h, "Sample technician");

    for (ending, format) in [
        ("pdf", FormatArg::Pdf),
        ("md", FormatArg::Md),
        ("html", FormatArg::Html),
    ] {
        let from_app = dir.path().join(format!("app-plan.{ending}"));
        h.state_mut().export_plan_to(&from_app);
        assert!(!h.state().status.error, "{:?}", h.state().status);
        let from_cli = dir.path().join(format!("cli-plan.{ending}"));
        let plan = Command::Plan {
            profile: "sample".into(),
            out: from_cli.clone(),
            paper: PaperArg::A4,
            format: Some(format),
        };
        cli(&store, &plan, today);
        let (app, cli) = (read(&from_app), read(&from_cli));
        assert!(
            app.len() > 1_000,
            "a real {ending} file: {} bytes",
            app.len()
        );
        assert!(app == cli, "the {ending} plans differ");
    }

    for ending in ["svg", "png"] {
        let from_app = dir.path().join(format!("app-radar.{ending}"));
        h.state_mut().export_chart_to(&from_app);
        assert!(!h.state().status.error, "{:?}", h.state().status);
        let from_cli = dir.path().join(format!("cli-radar.{ending}"));
        let chart = Command::Chart {
            profile: "sample".into(),
            out: from_cli.clone(),
            rater: RaterArg::SelfRating,
            growth: false,
        };
        cli(&store, &chart, today);
        assert!(
            read(&from_app) == read(&from_cli),
            "the {ending} charts differ"
        );

        // The growth chart too, from Progress's button and `chart --growth`.
        let from_app = dir.path().join(format!("app-growth.{ending}"));
        h.state_mut().dialog_answer = Some(from_app.clone());
        h.state_mut()
            .command(lodestar::ui::app::Command::ExportGrowthChart);
        h.run();
        assert!(!h.state().status.error, "{:?}", h.state().status);
        let from_cli = dir.path().join(format!("cli-growth.{ending}"));
        let growth = Command::Chart {
            profile: "sample".into(),
            out: from_cli.clone(),
            rater: RaterArg::SelfRating,
            growth: true,
        };
        cli(&store, &growth, today);
        assert!(
            read(&from_app) == read(&from_cli),
            "the {ending} growth charts differ"
        );
        if ending == "svg" {
            let svg = String::from_utf8(read(&from_cli)).expect("utf-8");
            for name in [
                "Effective communication",
                "Emotional intelligence",
                "Action done",
            ] {
                assert!(svg.contains(name), "{name} missing from the growth chart");
            }
        }
    }

    // A different date is a different plan: the comparison can fail.
    let other = dir.path().join("cli-plan-later.pdf");
    let later = Command::Plan {
        profile: "sample".into(),
        out: other.clone(),
        paper: PaperArg::A4,
        format: None,
    };
    cli(&store, &later, jiff::civil::date(2027, 1, 4));
    assert!(read(&other) != read(&dir.path().join("app-plan.pdf")));
}

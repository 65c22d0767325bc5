//! The printed development plan: PDF (read back with poppler's pdfinfo,
//! pdftotext and pdffonts), Markdown and HTML, through the real binary and
//! the library.

use std::path::Path;
use std::process::{Command, Output};

use lodestar::model::{Action, FocusSkill, ListKind, Profile, ProfileId, SkillId};
use lodestar::report::{self, Document, Format, Paper};
use lodestar::store::{CatalogSet, Store};

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

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn info(pdf: &Path) -> (u32, String) {
    let text = tool("pdfinfo", &[pdf.to_str().expect("utf-8")]);
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .map(|l| l[name.len()..].trim().to_owned())
            .unwrap_or_default()
    };
    (
        field("Pages:").parse().expect("page count"),
        field("Page size:"),
    )
}

fn text(pdf: &Path, page: Option<u32>) -> String {
    let p = page.map(|p| p.to_string());
    let mut args = vec!["-layout"];
    if let Some(p) = &p {
        args.extend(["-f", p, "-l", p]);
    }
    args.extend([pdf.to_str().expect("utf-8"), "-"]);
    tool("pdftotext", &args)
}

fn fonts_all_embedded(pdf: &Path) -> Vec<String> {
    let listing = tool("pdffonts", &[pdf.to_str().expect("utf-8")]);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    assert!(!rows.is_empty(), "fonts are listed");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... emb sub uni id gen: "emb" is the 5th from the end.
        assert_eq!(cols[cols.len() - 5], "yes", "embedded: {row}");
    }
    rows.iter()
        .map(|r| r.split_whitespace().next().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn the_sample_plan_as_pdf_markdown_and_html() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let pdf = dir.path().join("plan.pdf");
    let o = lodestar(
        &cfg,
        &["plan", "sample", "--out", pdf.to_str().expect("utf-8")],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (pages, size) = info(&pdf);
    assert_eq!(
        pages, 3,
        "the sample, with the evidence of its focus skills, fits on three pages"
    );
    assert!(size.contains("(A4)"), "{size}");
    let all = text(&pdf, None);
    for expected in [
        "Development plan",
        "Sample technician",
        "Coach: Sam Okafor",
        "Performance management",
        "Effective communication",
        "Five minutes of feedback at the end of every shared job",
        "Rehearse the slides with the coach a week before",
        // Open actions from every session, not only the latest one.
        "Open actions from coaching sessions",
        "Ask two colleagues how they give feedback",
        "Plan the week every Monday with the dispatcher",
        "Page 1 of 3",
        "Page 2 of 3",
        "Page 3 of 3",
        "Evidence so far:",
        "Growth over time",
        "Technician: Sample technician",
    ] {
        assert!(all.contains(expected), "{expected:?} missing from:\n{all}");
    }
    let fonts = fonts_all_embedded(&pdf);
    assert!(fonts.iter().any(|f| f.contains("NotoSans")), "{fonts:?}");

    let letter = dir.path().join("letter.pdf");
    let o = lodestar(
        &cfg,
        &[
            "plan",
            "sample",
            "--paper",
            "letter",
            "--out",
            letter.to_str().expect("utf-8"),
        ],
    );
    assert!(o.status.success());
    assert!(info(&letter).1.contains("(letter)"), "{}", info(&letter).1);

    let md = dir.path().join("plan.md");
    assert!(
        lodestar(
            &cfg,
            &["plan", "sample", "--out", md.to_str().expect("utf-8")]
        )
        .status
        .success()
    );
    let md = std::fs::read_to_string(md).expect("md");
    assert!(md.starts_with("# Development plan: Sample technician"));
    assert!(
        md.contains(
            "| Five minutes of feedback at the end of every shared job | Technician |  | open |"
        ),
        "{md}"
    );
    assert!(md.contains("### 2. Effective communication"));
    // The June session's action is still open and long overdue: printed first,
    // with the session it was agreed in; the one done since is not a to-do.
    let open = md
        .split("## Open actions from coaching sessions")
        .nth(1)
        .expect("open actions section");
    assert!(
        open.contains("| Ask two colleagues how they give feedback that lands well | Technician | 2026-08-01 | 2026-06-02 | overdue |"),
        "{open}"
    );
    assert!(
        open.find("Ask two colleagues") < open.find("Plan the week every Monday"),
        "overdue first: {open}"
    );
    assert!(
        !md.contains("Hand one full job a week"),
        "done actions are not listed: {md}"
    );

    let html = dir.path().join("plan.html");
    assert!(
        lodestar(
            &cfg,
            &["plan", "sample", "--out", html.to_str().expect("utf-8")]
        )
        .status
        .success()
    );
    let html = std::fs::read_to_string(html).expect("html");
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("<svg") && html.contains("Effective communication"));
    assert!(!html.contains("Seems tired"), "no private notes");
}

#[test]
fn each_focus_skill_says_what_its_levels_mean() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let (pdf, md) = (dir.path().join("plan.pdf"), dir.path().join("plan.md"));
    for out in [&pdf, &md] {
        let o = lodestar(
            &cfg,
            &["plan", "sample", "--out", out.to_str().expect("utf-8")],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let all = text(&pdf, None);
    let md = std::fs::read_to_string(md).expect("md");
    // Each focus skill says what its current and target level mean, in the
    // list's own words, with an example from the sample's workplace.
    let set = lodestar::store::CatalogSet::builtin();
    let list = set
        .get(&lodestar::model::CatalogId::default_recommended())
        .expect("built in");
    let skill = list
        .skill(&lodestar::model::SkillId::new("performance-management"))
        .expect("skill");
    let level = |n| lodestar::model::Level::new(n).expect("level");
    let example = skill.level_examples(level(3), Some(lodestar::model::Workplace::FieldService));
    assert_eq!(
        example[0].workplace,
        lodestar::model::Workplace::FieldService
    );
    for line in [
        format!(
            "**Now at** 2 (Emerging): {}",
            skill.level_meaning(&list.scale, level(2))
        ),
        format!(
            "**Aiming for** 3 (Developing): {}",
            skill.level_meaning(&list.scale, level(3))
        ),
        format!("**For example (Field service):** {}", example[0].text),
        "**Evidence so far:**".to_owned(),
        "- 2026-10-02: Ran the team check-in on the route changes and let the quieter two speak first. (seen by a colleague, Jonas)".to_owned(),
        "- 2026-08-21: Situation: A clinic's imaging system was down all morning. · Action:".to_owned(),
    ] {
        assert!(md.contains(&line), "{line:?} missing from:\n{md}");
        let printed = line.replace("**", "");
        let printed = printed.trim_start_matches("- ");
        let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat(&all).contains(&flat(printed)),
            "{printed:?} not in the PDF"
        );
    }
}

fn catalog() -> lodestar::model::Catalog {
    CatalogSet::builtin()
        .get(&lodestar::model::CatalogId::default_recommended())
        .expect("recommended list")
        .clone()
}

fn render_pdf(profile: &Profile, dir: &Path, name: &str) -> std::path::PathBuf {
    let doc = Document::build(profile, &catalog(), jiff::civil::date(2026, 11, 24));
    let out = report::render(&doc, Format::Pdf, Paper::A4, None).expect("pdf");
    assert!(out.warning.is_none());
    let path = dir.join(name);
    std::fs::write(&path, &out.bytes).expect("written");
    // To look at them: LODESTAR_PLAN_OUT=/tmp/plans cargo test --test plan
    if let Some(keep) = std::env::var_os("LODESTAR_PLAN_OUT") {
        std::fs::create_dir_all(&keep).expect("folder");
        std::fs::write(Path::new(&keep).join(name), &out.bytes).expect("kept");
    }
    path
}

#[test]
fn names_in_any_script_print() {
    let dir = tempfile::tempdir().expect("temp");
    let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Zoë Ångström").expect("name");
    p.coach = "李雷".into();
    p.add_item(ListKind::Want, "مريم تتعلم القيادة", None)
        .expect("item");
    let mut focus = FocusSkill::suggested(
        catalog()
            .skill(&SkillId::new("communication"))
            .expect("skill"),
    );
    focus.goal = "Explain faults to 李雷 and مريم".into();
    p.plan.focus.push(focus);
    let pdf = render_pdf(&p, dir.path(), "scripts.pdf");
    let all = text(&pdf, None);
    for expected in ["Zoë Ångström", "李雷", "مريم"] {
        assert!(all.contains(expected), "{expected:?} missing from:\n{all}");
    }
    let fonts = fonts_all_embedded(&pdf);
    assert!(fonts.iter().any(|f| f.contains("Arabic")), "{fonts:?}");
    assert!(fonts.iter().any(|f| f.contains("Droid")), "{fonts:?}");
}

#[test]
fn sixty_actions_break_across_pages_without_cutting_a_row() {
    let dir = tempfile::tempdir().expect("temp");
    let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Many Actions").expect("name");
    let mut focus = FocusSkill::suggested(
        catalog()
            .skill(&SkillId::new("prioritizing"))
            .expect("skill"),
    );
    focus.actions = (0..60)
        .map(|i| {
            let mut a = Action::new(format!(
                "A{i}start plan the week with the dispatcher, confirm the parts list the evening before, \
                 tell the customer when to expect the visit, write down what went differently from the \
                 plan, share it with the apprentices at the Friday toolbox talk, and ask the coach which \
                 of the changes made the biggest difference to the overtime A{i}end"
            ));
            a.owner = "Technician".into();
            a
        })
        .collect();
    p.plan.focus.push(focus);
    let pdf = render_pdf(&p, dir.path(), "long.pdf");
    let (pages, _) = info(&pdf);
    assert!(pages >= 3, "60 long actions take several pages: {pages}");
    let per_page: Vec<String> = (1..=pages).map(|n| text(&pdf, Some(n))).collect();
    for i in 0..60 {
        let start = per_page
            .iter()
            .position(|t| t.contains(&format!("A{i}start ")));
        let end = per_page
            .iter()
            .position(|t| t.contains(&format!(" A{i}end")));
        assert!(start.is_some(), "action {i} printed");
        assert_eq!(start, end, "action {i} is cut across pages");
    }
    // The header row repeats on every page the table spans.
    let headed = per_page
        .iter()
        .filter(|t| t.contains("Action") && t.contains("Owner"))
        .count();
    assert!(headed >= 2, "header repeated: {headed}");
}

#[test]
fn a_coach_template_is_used_and_a_broken_one_falls_back() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let store = Store::open(&cfg).expect("store");
    store.seed_sample_if_new().expect("sample");
    std::fs::create_dir_all(cfg.join("templates")).expect("folder");
    let pdf = dir.path().join("plan.pdf");
    let out = pdf.to_str().expect("utf-8");

    std::fs::write(
        store.template_path(),
        "#let data = json(\"data.json\")\n= Acme Field Services\nPlan for #data.name",
    )
    .expect("template");
    let o = lodestar(&cfg, &["plan", "sample", "--out", out]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let all = text(&pdf, None);
    assert!(
        all.contains("Acme Field Services") && all.contains("Plan for Sample technician"),
        "{all}"
    );

    std::fs::write(
        store.template_path(),
        "#let data = json(\"data.json\")\n#let broken = (\n",
    )
    .expect("template");
    let o = lodestar(&cfg, &["plan", "sample", "--out", out]);
    assert!(o.status.success(), "the built-in layout still works");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("could not be used") && err.contains("line 2"),
        "{err}"
    );
    assert!(
        text(&pdf, None).contains("Focus skills"),
        "built-in layout used"
    );
}

#[test]
fn plan_errors_are_clear() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let o = lodestar(&cfg, &["plan", "nobody", "--out", "x.pdf"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("nobody"), "{err}");
    let nowhere = dir.path().join("missing/folder/plan.pdf");
    let o = lodestar(
        &cfg,
        &["plan", "sample", "--out", nowhere.to_str().expect("utf-8")],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("its folder does not exist"), "{err}");
}

#[test]
fn the_plan_prints_the_readiness_for_the_role_and_the_list_s_own_scale() {
    use lodestar::model::{Assessment, Level, Rater, Scale};
    let dir = tempfile::tempdir().expect("temp");
    // The recommended list on a four-level scale of its own, with its ladder.
    let mut list = catalog();
    list.scale = Scale::named(&["Learning", "Doing", "Leading", "Shaping"]).expect("four");
    for s in &mut list.skills {
        s.levels.truncate(4);
    }
    for r in &mut list.roles {
        for l in r.expects.values_mut() {
            *l = Level::new(l.get().min(4)).expect("level");
        }
    }
    let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Ravi Menon").expect("name");
    p.aiming_for = Some("Team lead".into());
    p.targets = list.role("Team lead").expect("role").expects.clone();
    let mut a = Assessment::new(jiff::civil::date(2026, 11, 20), Rater::SelfRating);
    for s in &list.skills {
        a.ratings.insert(s.id.clone(), Level::new(2).expect("2"));
    }
    p.assessments.push(a);
    p.plan.focus.push(FocusSkill::suggested(
        list.skill(&SkillId::new("prioritizing")).expect("skill"),
    ));
    let doc = Document::build(&p, &list, jiff::civil::date(2026, 11, 24));
    let ready = doc.readiness.clone().expect("a readiness line");
    assert!(
        ready.starts_with(
            "Growing into Team lead: at or above the expectation on 0 of 8 skills; 8 to grow"
        ),
        "{ready}"
    );
    let md = report::render(&doc, Format::Markdown, Paper::A4, None).expect("md");
    let md = String::from_utf8(md.bytes).expect("utf-8");
    assert!(md.contains(&ready), "{md}");
    assert!(
        md.contains("**Now at** 2 (Doing)"),
        "the list's own level names:\n{md}"
    );
    assert!(md.contains("**Aiming for** 4 (Shaping)"), "{md}");
    let out = report::render(&doc, Format::Pdf, Paper::A4, None).expect("pdf");
    let path = dir.path().join("ladder.pdf");
    std::fs::write(&path, &out.bytes).expect("written");
    if let Some(keep) = std::env::var_os("LODESTAR_PLAN_OUT") {
        std::fs::create_dir_all(&keep).expect("folder");
        std::fs::write(Path::new(&keep).join("ladder.pdf"), &out.bytes).expect("kept");
    }
    let all = text(&path, None)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.contains("Growing into Team lead: at or above the expectation on 0 of 8"),
        "{all}"
    );
    assert!(all.contains("2 (Doing)"), "{all}");
}

/// `lodestar plan sample --lang de` (and every other language): the plan
/// is printed in that language, with its own dates, the sample and the
/// list in that language, and the list's scale words; fonts embedded.
#[test]
fn the_plan_in_every_language() {
    for lang in lodestar::i18n::Lang::all() {
        let tag = lang.tag();
        let dir = tempfile::tempdir().expect("temp");
        let cfg = dir.path().join("cfg");
        let pdf = dir.path().join("plan.pdf");
        let o = lodestar(
            &cfg,
            &[
                "--lang",
                tag,
                "plan",
                "sample",
                "--out",
                pdf.to_str().expect("utf-8"),
            ],
        );
        assert!(
            o.status.success(),
            "{tag}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let all = text(&pdf, None);
        let say = |id: &str| lodestar::i18n::text_in(lang, id, None);
        for heading in [
            "plan-title",
            "plan-where-i-stand",
            "plan-focus-skills",
            "plan-open-actions",
        ] {
            assert!(all.contains(&say(heading)), "{tag}: no {heading} in\n{all}");
        }
        // The sample and the list in the language: their names.
        let sample: serde_json::Value =
            serde_json::from_str(lodestar::assets::sample_profile(lang)).expect("sample");
        let name = sample["name"].as_str().expect("a name");
        assert!(all.contains(name), "{tag}: the sample is {name}");
        // Dates as the language writes them; the standard scale's words.
        let review = lodestar::i18n::date_in(lang, jiff::civil::date(2027, 1, 15));
        assert!(all.contains(&review), "{tag}: the review date as {review}");
        let level = lodestar::model::Scale::standard_in(lang)
            .names()
            .nth(2)
            .expect("five levels")
            .to_owned();
        assert!(all.contains(&level), "{tag}: the level word {level}");
        fonts_all_embedded(&pdf);
    }
}

//! CPU time of one frame of each main screen (kittest, no GPU: layout and
//! tessellation, not rasterising): Have/Want/Compare with 50 items, every
//! screen (and Progress at its growth chart) and session mode with the large profile, and a coach's workspace
//! of 200 technicians; and whether an idle app asks for repaints.
//!
//! Run: `cargo bench --bench frames`.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::model::{CatalogId, ListKind, SkillId};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    fifty_items(&store)?;
    large_profile(dir.path(), &store)?;
    languages()?;
    coach_workspace()
}

/// The sample's main screens in English and in German (German runs about a
/// third longer), and switching the language: the command and the frame
/// after it, which must already be in the new language.
fn languages() -> anyhow::Result<()> {
    use lodestar::i18n::{self, Lang};
    let german = Lang::find("de").ok_or_else(|| anyhow::anyhow!("no German"))?;
    for lang in [Lang::ENGLISH, german] {
        i18n::set(lang);
        let dir = tempfile::tempdir()?;
        let store = Store::open(dir.path())?;
        store.seed_sample_if_new()?;
        let mut h = app_on(&store);
        h.run();
        let sample = if lang == german {
            "Beispieltechnikerin"
        } else {
            "Sample technician"
        };
        h.get_by_label(sample).click();
        h.run();
        for id in ["tab-have", "tab-compare", "tab-progress", "tab-plan"] {
            let label = i18n::text(id, None);
            h.get_by_label(&label).click();
            h.run();
            println!(
                "{} screen, sample, in {}: median frame {:?}",
                label.trim_start_matches(char::is_numeric).trim(),
                lang.tag(),
                frames(&mut h)
            );
        }
    }
    // Switching on Compare: the lists are read again in the new language.
    i18n::set(Lang::ENGLISH);
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    store.seed_sample_if_new()?;
    let mut h = app_on(&store);
    h.run();
    h.get_by_label("Sample technician").click();
    h.run();
    h.get_by_label("3  Compare").click();
    h.run();
    // As a click: the frame in which the language is chosen applies it at
    // its end (the lists read again); the next frame is in the new language.
    let (mut applying, mut next) = (Vec::new(), Vec::new());
    for round in 0..20 {
        let (to, label) = if round % 2 == 0 {
            ("de", "3  Vergleichen")
        } else {
            ("en", "3  Compare")
        };
        h.state_mut()
            .command(lodestar::ui::Command::SetLanguage(to.to_owned()));
        let t = Instant::now();
        h.step();
        applying.push(t.elapsed());
        let t = Instant::now();
        h.step();
        next.push(t.elapsed());
        anyhow::ensure!(
            h.query_by_label(label).is_some(),
            "the frame after choosing {to} is not in {to}"
        );
        h.run();
    }
    println!(
        "switching language on Compare: the frame that applies it median {:?} (max {:?}); the next frame, already in the new language, median {:?} (max {:?})",
        median(applying.clone()),
        applying.iter().max().copied().unwrap_or_default(),
        median(next.clone()),
        next.iter().max().copied().unwrap_or_default()
    );
    i18n::set(Lang::ENGLISH);
    Ok(())
}

/// The median time of 60 frames.
fn frames(h: &mut Harness<'_, LodestarApp>) -> Duration {
    median(
        (0..60)
            .map(|_| {
                let t = Instant::now();
                h.step();
                t.elapsed()
            })
            .collect(),
    )
}

fn app_on(store: &Store) -> Harness<'static, LodestarApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(
            |ui, app: &mut LodestarApp| app.frame(ui),
            LodestarApp::new(store.clone()),
        )
}

/// Have, Want and Compare with 50 items; then whether the idle app repaints.
fn fifty_items(store: &Store) -> anyhow::Result<()> {
    let mut handle = store.create("Fifty items")?;
    let skills = [
        "communication",
        "prioritizing",
        "emotional-intelligence",
        "bigger-picture",
    ];
    for i in 0..50 {
        let kind = if i % 2 == 0 {
            ListKind::Have
        } else {
            ListKind::Want
        };
        let link = (i % 5 == 0).then(|| SkillId::new(skills[i % skills.len()]));
        handle.profile.add_item(
            kind,
            &format!("Quality number {i}: explaining faults and coaching juniors"),
            link,
        )?;
    }
    handle.profile.catalog = CatalogId::default_recommended();
    handle.save()?;
    drop(handle);

    let mut h = app_on(store);
    h.run();
    h.get_by_label("Fifty items").click();
    h.run();
    for (tab, label) in [
        ("Have", "1  Have"),
        ("Want", "2  Want"),
        ("Compare", "3  Compare"),
    ] {
        h.get_by_label(label).click();
        h.run();
        println!("{tab} screen, 50 items: median frame {:?}", frames(&mut h));
    }
    // Idle: after the last input has been handled, no further frames are asked for.
    let steps = h.run();
    let wants_repaint = h.ctx.has_requested_repaint();
    println!("idle: {steps} step(s) to settle, repaint requested afterwards: {wants_repaint}");
    Ok(())
}

/// Every main screen, then session mode, with the large profile.
fn large_profile(dir: &std::path::Path, store: &Store) -> anyhow::Result<()> {
    // The large profile (50 skills, 500 assessments, 200 sessions with 300
    // actions, 50 have/want items) against its 50-skill list: every main
    // screen, then session mode.
    let catalogs = dir.join("catalogs");
    std::fs::create_dir_all(&catalogs)?;
    std::fs::write(
        catalogs.join("large.json"),
        serde_json::to_vec(&lodestar::bench_data::large_catalog(50))?,
    )?;
    let mut big = store.create("Large")?;
    let id = big.profile.id.clone();
    big.profile = lodestar::bench_data::large_profile(50, 500, 200);
    big.profile.id = id;
    // Four rounds of feedback, 50 colleagues each: the Colleagues layer,
    // its table and the growth chart's fourth line.
    lodestar::bench_data::add_feedback(
        &mut big.profile,
        &lodestar::bench_data::large_catalog(50),
        4,
        50,
    );
    big.save()?;
    drop(big);
    let mut h = app_on(store);
    h.run();
    h.get_by_label("Large Profile Benchmark").click();
    h.run();
    for label in [
        "1  Have",
        "2  Want",
        "3  Compare",
        "4  Rate",
        "5  Progress",
        "6  Sessions",
        "7  Plan",
    ] {
        h.get_by_label(label).click();
        h.run();
        println!(
            "{} screen, large profile: median frame {:?}",
            label.trim_start_matches(char::is_numeric).trim(),
            frames(&mut h)
        );
    }
    // Progress scrolled to the growth chart (50 skills × 250 ratings per
    // rater, 400 pieces of evidence, 4 rounds of colleagues).
    h.get_by_label("5  Progress").click();
    h.run();
    h.get_by_label_contains("Growth chart of").scroll_to_me();
    h.run();
    println!(
        "Progress at the growth chart, large profile: median frame {:?}",
        frames(&mut h)
    );
    h.get_by_label_contains("Feedback from colleagues")
        .scroll_to_me();
    h.run();
    println!(
        "Progress at the feedback from colleagues (4 rounds, 200 answers), large profile: median frame {:?}",
        frames(&mut h)
    );
    h.get_by_label("6  Sessions").click();
    h.run();
    h.get_by_label("Start a coaching session").click();
    h.run();
    println!(
        "session mode, large profile: median frame {:?}",
        frames(&mut h)
    );
    Ok(())
}

/// Listing 200 technicians, starting on them, and the coach view.
fn coach_workspace() -> anyhow::Result<()> {
    // A coach's workspace of 200 technicians, each with 24 assessments and 12 sessions:
    // listing them (what the picker does on start) and the coach view.
    let coach_dir = tempfile::tempdir()?;
    let coach_store = Store::open(coach_dir.path())?;
    for i in 0..200 {
        let mut h = coach_store.create(&format!("Technician {i:03}"))?;
        let mut p = lodestar::bench_data::large_profile(8, 24, 12);
        p.id = h.profile.id.clone();
        p.name = format!("Technician {i:03}");
        for s in &mut p.sessions {
            s.coach = format!("Coach {}", i % 3);
        }
        h.profile = p;
        h.save()?;
    }
    let list_times: Vec<Duration> = (0..10)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(coach_store.list());
            t.elapsed()
        })
        .collect();
    println!(
        "list 200 technicians (24 assessments, 12 sessions each): {:?}",
        median(list_times)
    );
    let start = Instant::now();
    let mut h = app_on(&coach_store);
    h.run();
    println!(
        "app start with 200 profiles, to first frame (kittest): {:?}",
        start.elapsed()
    );
    h.get_by_label("Coach view").click();
    h.run();
    println!(
        "coach view, 200 technicians: median frame {:?}",
        frames(&mut h)
    );
    heat_map()
}

/// The coach view's Skills: 200 technicians on the recommended list, the
/// heat map, the team's average and its radar.
fn heat_map() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    let catalogs = lodestar::store::CatalogSet::builtin();
    let list = catalogs
        .get(&CatalogId::default_recommended())
        .ok_or_else(|| anyhow::anyhow!("the recommended list"))?;
    for i in 0..200 {
        let mut h = store.create(&format!("Technician {i:03}"))?;
        let mut p = lodestar::bench_data::team_member(i, list);
        p.id = h.profile.id.clone();
        h.profile = p;
        h.save()?;
    }
    let mut h = app_on(&store);
    h.run();
    h.get_by_label("Coach view").click();
    h.run();
    h.get_by_label("Skills").click();
    h.run();
    println!(
        "coach view, Skills: heat map of 200 technicians x 8 skills: median frame {:?}",
        frames(&mut h)
    );
    // The team sheet of the same 200: from the listing, to .xlsx bytes.
    let listing = store.list();
    let sheet = median(
        (0..11)
            .map(|_| {
                let t = Instant::now();
                let table = lodestar::exports::team_sheet(&listing.profiles, &catalogs);
                std::hint::black_box(lodestar::report::tables::xlsx(&[table]).expect("xlsx"));
                t.elapsed()
            })
            .collect(),
    );
    let out = dir.path().join("team.xlsx");
    let t = Instant::now();
    lodestar::exports::write_team_sheet(
        &store,
        &catalogs,
        (&out, lodestar::exports::SheetFormat::Xlsx),
    )?;
    println!(
        "team sheet of 200 technicians to .xlsx: {sheet:?} (with listing the folder and writing the file: {:?}, {} KiB)",
        t.elapsed(),
        std::fs::metadata(&out)?.len() / 1024
    );
    Ok(())
}

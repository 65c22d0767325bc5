//! Drawing the radar chart with 20 axes and 10 layers: through the egui
//! backend (layout and painting into shapes, then tessellation, as each
//! frame of the Progress screen does), and exporting SVG and PNG; and the
//! growth chart of the large profile (built, and exported as SVG); and
//! pooling colleagues' feedback.
//!
//! Run: `cargo bench --bench chart`. Prints the median of repeated runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lodestar::chart::egui_backend::{EguiBackend, font_id};
use lodestar::chart::export;
use lodestar::chart::{Layer, LayerKind, Layout, Options, RadarChart, Theme, draw};
use plotters::prelude::IntoDrawingArea as _;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn big_chart() -> RadarChart {
    RadarChart {
        title: Some("Twenty skills, ten layers".into()),
        levels: 5,
        axes: (0..20)
            .map(|i| format!("Leadership quality number {i}"))
            .collect(),
        flagged: (0..20).map(|i| i % 6 == 0).collect(),
        flag_gap: 2,
        layers: (0..10u8)
            .map(|l| Layer {
                kind: match l {
                    0 => LayerKind::Current,
                    1 => LayerKind::Target,
                    2 => LayerKind::Baseline,
                    3 => LayerKind::Previous,
                    4 => LayerKind::OtherRater,
                    n => LayerKind::Earlier(n),
                },
                label: format!("Assessment {l}"),
                values: (0..20u8)
                    .map(|i| Some(f64::from((i + l) % 5 + 1)))
                    .collect(),
            })
            .collect(),
    }
}

fn main() -> anyhow::Result<()> {
    let chart = big_chart();
    let ctx = egui::Context::default();
    let mut draw_times = Vec::new();
    let mut frame_times = Vec::new();
    for i in 0..60 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        let frame = Instant::now();
        let mut drawn = Duration::ZERO;
        let mut out = ctx.run_ui(input, |ui| {
            let t = Instant::now();
            let painter = ui.painter().clone();
            let measure = |text: &str, size: f64| {
                f64::from(
                    painter
                        .layout_no_wrap(text.to_owned(), font_id(size, 1.0), egui::Color32::WHITE)
                        .size()
                        .x,
                )
            };
            let options = Options {
                width: 640.0,
                font_size: 13.5,
                title: false,
                legend: false,
            };
            let layout = Layout::new(&chart, &options, &measure).expect("layout");
            let rect = egui::Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(640.0, 560.0));
            let backend = EguiBackend::new(&painter, rect);
            draw(
                &backend.into_drawing_area(),
                &chart,
                &layout,
                &Theme::DARK,
                1.0,
            )
            .expect("drawn");
            drawn = t.elapsed();
        });
        let shapes = std::mem::take(&mut out.shapes);
        black_box(ctx.tessellate(shapes, 1.0));
        out.textures_delta.clear();
        if i >= 10 {
            draw_times.push(drawn);
            frame_times.push(frame.elapsed());
        }
    }
    println!(
        "egui backend, 20 axes x 10 layers: layout + draw {:.2?}, whole frame incl. tessellation {:.2?}",
        median(draw_times),
        median(frame_times)
    );

    let options = Options::export();
    let mut svg_len = 0;
    let svg: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            let s = export::svg(&chart, &options).expect("svg");
            svg_len = s.len();
            black_box(s);
            t.elapsed()
        })
        .collect();
    println!("SVG export: {:.2?} ({} KiB)", median(svg), svg_len / 1024);
    let mut png_len = 0;
    let png: Vec<Duration> = (0..10)
        .map(|_| {
            let t = Instant::now();
            let b = export::png(&chart, &options, 2).expect("png");
            png_len = b.len();
            black_box(b);
            t.elapsed()
        })
        .collect();
    let (w, h) = export::png_size(&chart, &options, 2)?;
    println!(
        "PNG export ({w}x{h}): {:.2?} ({} KiB)",
        median(png),
        png_len / 1024
    );
    growth();
    pooling();
    Ok(())
}

/// Feedback from colleagues on the large profile: 4 rounds of 50 answers,
/// each rating all 50 skills. Pooling one round (what taking in an answer
/// or leaving one out costs), checking and adding the 51st answer, and the
/// growth chart with the colleagues' line.
fn pooling() {
    use lodestar::model::colleagues;
    use lodestar::model::feedback::{ANSWER_KIND, AnswerFile, SkillAnswer, pool};
    let catalog = lodestar::bench_data::large_catalog(50);
    let mut profile = lodestar::bench_data::large_profile(50, 500, 200);
    lodestar::bench_data::add_feedback(&mut profile, &catalog, 4, 50);
    let round = profile.feedback[3].id;
    let pooled: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            black_box(pool(round, &profile.colleague_answers));
            t.elapsed()
        })
        .collect();
    let file = AnswerFile {
        kind: ANSWER_KIND.into(),
        format: 1,
        profile: profile.id.as_str().into(),
        request: round.0,
        key: profile.feedback[3].key.clone(),
        answer: 77,
        signed: "Dana".into(),
        skills: catalog
            .skills
            .iter()
            .map(|s| SkillAnswer {
                skill: s.id.as_str().into(),
                level: Some(3),
                seen: Some(true),
                example: "Calm on the bridge call.".into(),
            })
            .collect(),
    };
    let today = jiff::civil::date(2026, 12, 1);
    let added: Vec<Duration> = (0..50)
        .map(|_| {
            let mut p = profile.clone();
            let t = Instant::now();
            let ok = colleagues::accept(&p, &file, today).expect("fits");
            black_box(colleagues::add_answer(&mut p, ok.answer));
            t.elapsed()
        })
        .collect();
    let growth: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            black_box(lodestar::chart::growth::build(&profile, &catalog));
            t.elapsed()
        })
        .collect();
    println!(
        "feedback, 4 rounds of 50 answers × 50 skills: pooling a round {:.2?}, checking and adding an answer {:.2?}, growth chart build with the colleagues' line {:.2?}",
        median(pooled),
        median(added),
        median(growth)
    );
}

/// The growth chart of the large profile: 50 skills, 500 assessments
/// (250 per rater), 300 actions, 400 pieces of evidence.
fn growth() {
    let catalog = lodestar::bench_data::large_catalog(50);
    let profile = lodestar::bench_data::large_profile(50, 500, 200);
    let build: Vec<Duration> = (0..30)
        .map(|_| {
            let t = Instant::now();
            black_box(lodestar::chart::growth::build(&profile, &catalog));
            t.elapsed()
        })
        .collect();
    let growth = lodestar::chart::growth::build(&profile, &catalog).expect("two assessments");
    let mut growth_len = 0;
    let growth_svg: Vec<Duration> = (0..10)
        .map(|_| {
            let t = Instant::now();
            let s = export::growth_svg(&growth, 720.0).expect("svg");
            growth_len = s.len();
            black_box(s);
            t.elapsed()
        })
        .collect();
    println!(
        "growth chart, large profile: build {:.2?}, SVG export {:.2?} ({} KiB)",
        median(build),
        median(growth_svg),
        growth_len / 1024
    );
}

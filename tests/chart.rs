//! The radar chart through every output: the egui backend (shapes), SVG
//! (parsed back with usvg, as the PDF will), PNG (decoded, sized, not blank).
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "small test numbers"
)]

use lodestar::chart::export::{self, Format};
use lodestar::chart::layers::{self, Choice, NoChart};
use lodestar::chart::{Layer, LayerKind, Layout, Options, RadarChart, Theme, draw};
use lodestar::model::{Assessment, Catalog, Level, Profile, ProfileId, Rater, SkillId};
use plotters::prelude::IntoDrawingArea as _;

fn chart(axes: usize, layer_count: usize) -> RadarChart {
    let kinds = [
        LayerKind::Current,
        LayerKind::Target,
        LayerKind::Baseline,
        LayerKind::Previous,
        LayerKind::OtherRater,
    ];
    RadarChart {
        title: Some("Zoë Ångström: leadership skills".into()),
        levels: 5,
        axes: (0..axes)
            .map(|i| format!("Skill number {i} with a rather long name"))
            .collect(),
        flagged: (0..axes).map(|i| i == 1).collect(),
        flag_gap: 2,
        layers: (0..layer_count)
            .map(|l| Layer {
                kind: kinds
                    .get(l)
                    .copied()
                    .unwrap_or(LayerKind::Earlier(u8::try_from(l).expect("few"))),
                label: format!("Layer {l}"),
                values: (0..axes)
                    .map(|i| (i % 7 != 3).then_some(((i + l) % 5 + 1) as f64))
                    .collect(),
            })
            .collect(),
    }
}

fn svg_tree(svg: &str) -> usvg::Tree {
    usvg::Tree::from_str(svg, &usvg::Options::default()).expect("the SVG parses")
}

#[test]
fn svg_parses_with_the_expected_size_and_every_name() {
    for (axes, layers) in [(3, 1), (8, 4), (20, 10)] {
        let c = chart(axes, layers);
        let svg = export::svg(&c, &Options::export()).expect("svg");
        // To look at them: LODESTAR_CHART_OUT=/tmp/charts cargo test --test chart
        if let Some(out) = std::env::var_os("LODESTAR_CHART_OUT") {
            let out = std::path::Path::new(&out);
            std::fs::create_dir_all(out).expect("folder");
            std::fs::write(out.join(format!("{axes}-axes.svg")), &svg).expect("written");
            let png = export::png(&c, &Options::export(), 1).expect("png");
            std::fs::write(out.join(format!("{axes}-axes.png")), png).expect("written");
        }
        let tree = svg_tree(&svg);
        assert!((tree.size().width() - 720.0).abs() < 1.0, "{axes} axes");
        assert!(tree.size().height() > 600.0);
        assert!(svg.contains("Zoë Ångström"), "the title is kept as text");
        // Each name is drawn, whole or wrapped or shortened, never dropped.
        for i in 0..axes {
            assert!(
                svg.contains(&format!("Skill number {i}")) || svg.contains("Skill…"),
                "{axes} axes: skill {i} missing"
            );
        }
        for l in 0..layers {
            assert!(svg.contains(&format!("Layer {l}")), "legend entry {l}");
        }
        assert!(svg.contains("(!)"), "the flagged skill is marked");
    }
}

#[test]
fn svg_escapes_names_that_look_like_markup() {
    let mut c = chart(5, 2);
    c.axes[0] = "R&D <lead> \"quotes\"".into();
    c.axes[1] = "مريم".into();
    c.axes[2] = "李雷".into();
    let svg = export::svg(&c, &Options::export()).expect("svg");
    svg_tree(&svg);
    assert!(svg.contains("R&amp;D &lt;lead&gt;"));
    assert!(svg.contains("مريم") && svg.contains("李雷"));
}

#[test]
fn png_has_the_expected_size_and_is_not_blank() {
    let c = chart(8, 3);
    let options = Options::export();
    let bytes = export::png(&c, &options, 2).expect("png");
    let (w, h) = export::png_size(&c, &options, 2).expect("size");
    let img = image::load_from_memory(&bytes).expect("decodes").to_rgb8();
    assert_eq!((img.width(), img.height()), (w, h));
    assert_eq!(w, 1440);
    let pixels = img.pixels().count();
    let inked = img.pixels().filter(|p| p.0 != [255, 255, 255]).count();
    assert!(
        inked * 20 > pixels,
        "at least 5% is drawn: {inked} of {pixels}"
    );
    // The latest layer's blue is there.
    let blue = LayerKind::Current.color();
    assert!(img.pixels().any(|p| {
        p.0[0].abs_diff(blue.0) < 12 && p.0[1].abs_diff(blue.1) < 12 && p.0[2].abs_diff(blue.2) < 12
    }));
}

#[test]
fn render_picks_the_format() {
    let c = chart(4, 1);
    let svg = export::render(&c, Format::Svg).expect("svg");
    assert!(svg.starts_with(b"<svg"));
    let png = export::render(&c, Format::Png).expect("png");
    assert!(png.starts_with(b"\x89PNG"));
    assert_eq!(Format::from_path("a/b.SVG".as_ref()), Some(Format::Svg));
    assert_eq!(Format::from_path("b.png".as_ref()), Some(Format::Png));
    assert_eq!(Format::from_path("b.jpg".as_ref()), None);
    assert_eq!(Format::from_path("b".as_ref()), None);
}

/// Draws `c` through the egui backend in one frame, at `ppp` pixels per
/// point, and returns what was painted.
fn egui_shapes(c: &RadarChart, ppp: f32) -> Vec<egui::Shape> {
    let ctx = egui::Context::default();
    ctx.set_pixels_per_point(ppp);
    let mut shapes = Vec::new();
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(900.0, 900.0),
            )),
            ..Default::default()
        };
        let out = ctx.run_ui(input, |ui| {
            let painter = ui.painter().clone();
            let measure = |t: &str, s: f64| {
                f64::from(
                    painter
                        .layout_no_wrap(
                            t.to_owned(),
                            egui::FontId::proportional(s as f32),
                            egui::Color32::WHITE,
                        )
                        .size()
                        .x,
                )
            };
            let options = Options {
                width: 600.0,
                font_size: 13.5,
                title: false,
                legend: false,
            };
            let layout = Layout::new(c, &options, &measure).expect("layout");
            let rect = egui::Rect::from_min_size(egui::pos2(10.0, 10.0), egui::vec2(600.0, 520.0));
            let backend = lodestar::chart::egui_backend::EguiBackend::new(&painter, rect);
            let scale = f64::from(backend.pixels_per_point());
            draw(
                &backend.into_drawing_area(),
                c,
                &layout,
                &Theme::DARK,
                scale,
            )
            .expect("drawn");
        });
        let mut out = out;
        out.textures_delta.clear();
        shapes = out.shapes.into_iter().map(|s| s.shape).collect();
    }
    shapes
}

fn texts(shapes: &[egui::Shape]) -> Vec<String> {
    let mut out = Vec::new();
    for s in shapes {
        match s {
            egui::Shape::Text(t) => out.push(t.galley.text().to_owned()),
            egui::Shape::Vec(v) => out.extend(texts(v)),
            _ => {}
        }
    }
    out
}

#[test]
fn the_egui_backend_paints_the_same_chart() {
    let c = chart(8, 3);
    for ppp in [1.0, 2.0] {
        let shapes = egui_shapes(&c, ppp);
        let texts = texts(&shapes);
        for i in 0..8 {
            assert!(
                texts
                    .iter()
                    .any(|t| t.contains(&format!("Skill number {i}"))
                        || t.contains(&format!("number {i}"))),
                "ppp {ppp}: skill {i} not painted: {texts:?}"
            );
        }
        for ring in ["1", "2", "3", "4", "5"] {
            assert!(texts.iter().any(|t| t == ring), "ring {ring}");
        }
        // The latest layer is filled: a mesh in its colour.
        let blue = LayerKind::Current.color();
        assert!(
            shapes.iter().any(|s| matches!(s, egui::Shape::Mesh(m)
            if m.vertices.iter().any(|v| {
                let [r, g, b, a] = v.color.to_srgba_unmultiplied();
                a > 0 && r.abs_diff(blue.0) < 3 && g.abs_diff(blue.1) < 3 && b.abs_diff(blue.2) < 3
            }))),
            "ppp {ppp}: no filled area"
        );
    }
    // Positions do not depend on the pixel density: the same label sits at
    // the same place in points.
    let pos = |ppp: f32| -> Vec<(i32, i32)> {
        egui_shapes(&c, ppp)
            .iter()
            .filter_map(|s| match s {
                egui::Shape::Text(t) if t.galley.text().contains("Skill number 0") => {
                    Some((t.pos.x.round() as i32, t.pos.y.round() as i32))
                }
                _ => None,
            })
            .collect()
    };
    assert_eq!(pos(1.0), pos(2.0));
}

fn profile_with(ratings: &[(jiff::civil::Date, Rater, [u8; 8])]) -> (Profile, Catalog) {
    let catalog = lodestar::store::CatalogSet::builtin()
        .get(&lodestar::model::CatalogId::default_recommended())
        .expect("recommended list")
        .clone();
    let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Chart").expect("name");
    for (date, rater, values) in ratings {
        let mut a = Assessment::new(*date, *rater);
        for (skill, v) in catalog.skills.iter().zip(values) {
            a.ratings
                .insert(skill.id.clone(), Level::new(*v).expect("level"));
        }
        p.assessments.push(a);
    }
    (p, catalog)
}

#[test]
fn layers_follow_the_choice() {
    use jiff::civil::date;
    let (mut p, catalog) = profile_with(&[
        (
            date(2026, 1, 5),
            Rater::SelfRating,
            [1, 1, 1, 1, 1, 1, 1, 1],
        ),
        (
            date(2026, 3, 5),
            Rater::SelfRating,
            [2, 2, 2, 2, 2, 2, 2, 2],
        ),
        (
            date(2026, 5, 5),
            Rater::SelfRating,
            [3, 3, 3, 3, 3, 3, 3, 3],
        ),
        (
            date(2026, 7, 5),
            Rater::SelfRating,
            [4, 4, 4, 4, 4, 4, 4, 4],
        ),
        (date(2026, 7, 6), Rater::Coach, [2, 4, 4, 4, 4, 4, 4, 4]),
    ]);
    p.targets
        .insert(catalog.skills[0].id.clone(), Level::new(5).expect("5"));
    let kinds = |c: &RadarChart| c.layers.iter().map(|l| l.kind).collect::<Vec<_>>();
    let first_values = |c: &RadarChart| {
        c.layers
            .iter()
            .map(|l| l.values[0])
            .collect::<Vec<Option<f64>>>()
    };

    let c = layers::build(&p, &catalog, &Choice::default()).expect("chart");
    assert_eq!(
        kinds(&c),
        [
            LayerKind::Baseline,
            LayerKind::OtherRater,
            LayerKind::Current,
            LayerKind::Target
        ]
    );
    assert_eq!(
        first_values(&c),
        [Some(1.0), Some(2.0), Some(4.0), Some(5.0)]
    );
    assert_eq!(c.axes.len(), 8);
    assert!(c.flagged[0], "self 4 vs coach 2: flagged");
    assert!(!c.flagged[1]);

    // Previous and a chosen earlier one; no target.
    let choice = Choice {
        previous: true,
        target: false,
        earlier: [1].into(),
        ..Choice::default()
    };
    let c = layers::build(&p, &catalog, &choice).expect("chart");
    assert_eq!(
        kinds(&c),
        [
            LayerKind::Baseline,
            LayerKind::Previous,
            LayerKind::Earlier(0),
            LayerKind::OtherRater,
            LayerKind::Current
        ]
    );
    assert_eq!(
        first_values(&c),
        [Some(1.0), Some(3.0), Some(2.0), Some(2.0), Some(4.0)]
    );

    // The coach's view leads: their latest is "latest", mine is the other.
    let choice = Choice {
        rater: Rater::Coach,
        target: false,
        ..Choice::default()
    };
    let c = layers::build(&p, &catalog, &choice).expect("chart");
    assert_eq!(kinds(&c), [LayerKind::OtherRater, LayerKind::Current]);
    assert_eq!(first_values(&c), [Some(4.0), Some(2.0)]);
    assert!(c.layers[1].label.contains("coach rating, 2026-07-06"));
}

#[test]
fn not_applicable_skills_leave_the_chart_and_too_few_is_said() {
    use jiff::civil::date;
    let (mut p, catalog) = profile_with(&[(date(2026, 1, 5), Rater::SelfRating, [3; 8])]);
    let c = layers::build(&p, &catalog, &Choice::default()).expect("chart");
    assert_eq!(c.axes.len(), 8);
    let last = p.assessments.last_mut().expect("one");
    for s in &catalog.skills[..2] {
        last.ratings.remove(&s.id);
        last.not_applicable.insert(s.id.clone());
    }
    let c = layers::build(&p, &catalog, &Choice::default()).expect("chart");
    assert_eq!(c.axes.len(), 6);
    assert!(!c.axes.contains(&catalog.skills[0].name));
    for s in &catalog.skills[2..7] {
        p.assessments[0].not_applicable.insert(s.id.clone());
    }
    assert_eq!(
        layers::build(&p, &catalog, &Choice::default()),
        Err(NoChart::TooFewSkills(1))
    );
    let empty = Profile::new(ProfileId::parse("p-2").expect("id"), "None").expect("name");
    assert_eq!(
        layers::build(&empty, &catalog, &Choice::default()),
        Err(NoChart::NoRatings)
    );
    let _ = SkillId::new("unused");
}

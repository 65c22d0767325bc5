//! The growth chart: each skill's ratings over time, one small panel per
//! skill (self, coach, the target as a dashed line), with the evidence
//! logged and the actions finished marked on the time axis. Built from a
//! profile by [`build`], laid out by [`GrowthLayout::new`] and drawn by
//! [`draw`] through any plotters backend (on screen, SVG, PNG), like the
//! radar chart.

use jiff::civil::Date;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartError, FONT_FAMILY, LayerKind, Theme};
use crate::model::session::ActionStatus;
use crate::model::{Catalog, Profile, Rater};

/// One line of a panel: a rater's levels at dates (the colleagues' are
/// means, so a level need not be whole).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub kind: LayerKind,
    pub points: Vec<(Date, f64)>,
}

/// One skill's panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub name: String,
    pub series: Vec<Series>,
    pub target: Option<u8>,
    /// Dates evidence for the skill was logged.
    pub evidence: Vec<Date>,
    /// Dates actions on the skill were done (their due date, else the
    /// session's).
    pub done: Vec<Date>,
}

/// Everything the growth chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthChart {
    pub levels: u8,
    pub start: Date,
    pub end: Date,
    pub panels: Vec<Panel>,
}

/// The growth chart of `profile` on `catalog`'s skills, when it has at
/// least two assessments (one point makes no line).
#[must_use]
pub fn build(profile: &Profile, catalog: &Catalog) -> Option<GrowthChart> {
    if profile.assessments.len() < 2 {
        return None;
    }
    let levels = catalog.scale.top().get();
    let rounds = crate::model::colleagues::rounds(profile);
    let mut dates: Vec<Date> = profile.assessments.iter().map(|a| a.date).collect();
    dates.extend(rounds.iter().map(|r| round_date(r)));
    let panels: Vec<Panel> = catalog
        .skills
        .iter()
        .map(|skill| {
            let series = [
                (Rater::SelfRating, LayerKind::Current),
                (Rater::Coach, LayerKind::OtherRater),
            ]
            .into_iter()
            .map(|(rater, kind)| Series {
                kind,
                points: crate::model::progress::history(profile, rater)
                    .iter()
                    .filter_map(|a| {
                        a.ratings
                            .get(&skill.id)
                            .map(|l| (a.date, f64::from(l.get().min(levels))))
                    })
                    .collect(),
            })
            .chain(std::iter::once(Series {
                kind: LayerKind::Colleagues,
                points: rounds
                    .iter()
                    .filter_map(|r| {
                        let p = r.pooled.skills.get(&skill.id)?;
                        Some((round_date(r), p.mean().min(f64::from(levels))))
                    })
                    .collect(),
            }))
            .filter(|s| !s.points.is_empty())
            .collect();
            let evidence: Vec<Date> = profile
                .evidence
                .iter()
                .filter(|e| e.shows(&skill.id))
                .map(|e| e.date)
                .collect();
            let done: Vec<Date> = profile
                .sessions
                .iter()
                .flat_map(|s| s.actions.iter().map(move |a| (s.date, a)))
                .filter(|(_, a)| {
                    a.status == ActionStatus::Done && a.skill.as_ref() == Some(&skill.id)
                })
                .map(|(d, a)| a.due.unwrap_or(d))
                .collect();
            Panel {
                name: skill.name.clone(),
                series,
                target: profile.targets.get(&skill.id).map(|l| l.get().min(levels)),
                evidence,
                done,
            }
        })
        .collect();
    for p in &panels {
        dates.extend(p.evidence.iter().chain(&p.done));
    }
    let start = *dates.iter().min()?;
    let end = *dates.iter().max()?;
    Some(GrowthChart {
        levels,
        start,
        end: if end > start {
            end
        } else {
            start.tomorrow().unwrap_or(start)
        },
        panels,
    })
}

/// Where a round of colleagues' feedback sits on the time axis: the day
/// its latest answer came in.
fn round_date(round: &crate::model::feedback::FeedbackRequest) -> Date {
    round.pooled.latest.unwrap_or(round.made)
}

/// Where the panels go, in drawing units.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthLayout {
    pub width: f64,
    pub height: f64,
    pub columns: usize,
    pub panel_width: f64,
    pub panel_height: f64,
    pub font_size: f64,
    pub legend: bool,
    /// The legend names the colleagues' line (some panel has one).
    pub colleagues: bool,
}

const GAP: f64 = 18.0;
const PLOT_HEIGHT: f64 = 92.0;

impl GrowthLayout {
    /// Panels in as many columns as fit `width` (at least 220 units each).
    #[must_use]
    pub fn new(chart: &GrowthChart, width: f64, font_size: f64, legend: bool) -> Self {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a handful of columns"
        )]
        let columns = ((width + GAP) / (220.0 + GAP)).floor().clamp(1.0, 4.0) as usize;
        let columns = columns.min(chart.panels.len().max(1));
        #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
        let panel_width = (width - GAP * (columns as f64 - 1.0)) / columns as f64;
        let rows = chart.panels.len().div_ceil(columns);
        // Name, plot, the marks' row, the dates.
        let panel_height = font_size * 1.6 + PLOT_HEIGHT + font_size * 2.6;
        #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
        let height =
            rows as f64 * (panel_height + GAP) + if legend { font_size * 2.2 } else { 0.0 };
        Self {
            width,
            height,
            columns,
            panel_width,
            panel_height,
            font_size,
            legend,
            colleagues: chart
                .panels
                .iter()
                .any(|p| p.series.iter().any(|s| s.kind == LayerKind::Colleagues)),
        }
    }
}

#[derive(Clone, Copy)]
struct Pen(f64);

impl Pen {
    #[expect(clippy::cast_possible_truncation, reason = "drawing coordinates")]
    fn px(self, x: f64, y: f64) -> (i32, i32) {
        ((x * self.0).round() as i32, (y * self.0).round() as i32)
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "small positive sizes"
    )]
    fn w(self, w: f64) -> u32 {
        ((w * self.0).round() as u32).max(1)
    }
    fn font(self, size: f64, color: RGBColor, pos: Pos) -> TextStyle<'static> {
        TextStyle {
            font: (FONT_FAMILY, size * self.0).into_font(),
            color: color.to_backend_color(),
            pos,
        }
    }
}

fn err(e: impl std::fmt::Display) -> ChartError {
    ChartError::Draw(e.to_string())
}

fn rgb(c: super::Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// A part of the chart, drawn on its own (the screen paints only the
/// panels in view).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Panel(usize),
    Legend,
}

impl GrowthLayout {
    /// Where a part is, in drawing units: (left, top, width, height).
    #[must_use]
    pub fn rect_of(&self, part: Part) -> (f64, f64, f64, f64) {
        match part {
            Part::Panel(i) => {
                #[expect(clippy::cast_precision_loss, reason = "a handful of panels")]
                let (col, row) = ((i % self.columns) as f64, (i / self.columns) as f64);
                (
                    col * (self.panel_width + GAP),
                    row * (self.panel_height + GAP),
                    self.panel_width,
                    self.panel_height,
                )
            }
            Part::Legend => {
                let h = self.font_size * 2.2;
                (0.0, self.height - h, self.width, h)
            }
        }
    }
}

/// Draws `chart` as laid out onto `area`, `scale` backend pixels per unit.
///
/// # Errors
/// When the backend fails to draw.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    layout: &GrowthLayout,
    theme: &Theme,
    scale: f64,
) -> Result<(), ChartError> {
    if let Some(bg) = theme.background {
        area.fill(&rgb(bg)).map_err(err)?;
    }
    for i in 0..chart.panels.len() {
        draw_part(area, chart, layout, theme, scale, Part::Panel(i))?;
    }
    if layout.legend {
        draw_part(area, chart, layout, theme, scale, Part::Legend)?;
    }
    area.present().map_err(err)
}

/// Draws one part of the chart (no background).
///
/// # Errors
/// When the backend fails to draw.
pub fn draw_part<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    layout: &GrowthLayout,
    theme: &Theme,
    scale: f64,
    part: Part,
) -> Result<(), ChartError> {
    let pen = Pen(scale);
    match part {
        Part::Panel(i) => {
            let Some(panel) = chart.panels.get(i) else {
                return Ok(());
            };
            let span = (chart.end - chart.start).get_days().max(1);
            let (x0, y0, _, _) = layout.rect_of(part);
            draw_panel(area, chart, panel, (x0, y0), span, layout, theme, pen)
        }
        Part::Legend => draw_legend(area, layout, theme, pen),
    }
}

/// Series with more points than this are drawn as lines only (markers
/// would merge into a smear and cost the most to draw).
const MARKERS_UP_TO: usize = 24;

#[expect(clippy::too_many_arguments, reason = "one panel of the grid")]
fn draw_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    panel: &Panel,
    (x0, y0): (f64, f64),
    span: i32,
    layout: &GrowthLayout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    let fs = layout.font_size;
    let text = rgb(theme.text);
    let muted = rgb(theme.muted);
    let grid = rgb(theme.grid);
    area.draw(&Text::new(
        panel.name.clone(),
        pen.px(x0, y0),
        pen.font(fs, text, Pos::new(HPos::Left, VPos::Top)),
    ))
    .map_err(err)?;
    // The plot: level numbers on the left, the time across.
    let left = x0 + fs * 1.2;
    let right = x0 + layout.panel_width - 4.0;
    let top = y0 + fs * 1.6;
    let bottom = top + PLOT_HEIGHT;
    let levels = f64::from(chart.levels.max(2));
    let y_of = |level: f64| bottom - (level - 1.0) / (levels - 1.0) * PLOT_HEIGHT;
    let x_of = |d: Date| {
        let days = f64::from((d - chart.start).get_days().clamp(0, span));
        left + days / f64::from(span) * (right - left)
    };
    for level in 1..=chart.levels {
        let y = y_of(f64::from(level));
        area.draw(&PathElement::new(
            vec![pen.px(left, y), pen.px(right, y)],
            grid.stroke_width(pen.w(if level == 1 { 1.0 } else { 0.6 })),
        ))
        .map_err(err)?;
        area.draw(&Text::new(
            level.to_string(),
            pen.px(x0, y),
            pen.font(fs * 0.75, muted, Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(err)?;
    }
    if let Some(t) = panel.target {
        let y = y_of(f64::from(t));
        let c = rgb(LayerKind::Target.color());
        area.draw(&DashedPathElement::new(
            vec![pen.px(left, y), pen.px(right, y)],
            pen.0 * 6.0,
            pen.0 * 4.0,
            c.stroke_width(pen.w(1.4)),
        ))
        .map_err(err)?;
    }
    for s in &panel.series {
        let c = rgb(s.kind.color());
        let pts: Vec<(i32, i32)> = s
            .points
            .iter()
            .map(|(d, l)| pen.px(x_of(*d), y_of(*l)))
            .collect();
        if pts.len() > 1 {
            area.draw(&PathElement::new(pts.clone(), c.stroke_width(pen.w(2.0))))
                .map_err(err)?;
        }
        if s.points.len() > MARKERS_UP_TO {
            continue;
        }
        for p in pts {
            #[expect(clippy::cast_possible_truncation, reason = "a marker's size")]
            let r = (3.0 * pen.0).round() as i32;
            if s.kind.square_markers() {
                area.draw(&Rectangle::new(
                    [(p.0 - r, p.1 - r), (p.0 + r, p.1 + r)],
                    c.filled(),
                ))
                .map_err(err)?;
            } else {
                area.draw(&Circle::new(p, r, c.filled())).map_err(err)?;
            }
        }
    }
    let x_range = (left, right);
    draw_marks(
        area,
        chart,
        panel,
        (x_range, bottom),
        span,
        layout,
        theme,
        pen,
    )?;
    Ok(())
}

/// Under a panel's plot: evidence as triangles, actions done as ticks, and
/// the time axis's first and last date.
#[expect(clippy::too_many_arguments, reason = "one panel of the grid")]
fn draw_marks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    panel: &Panel,
    ((left, right), bottom): ((f64, f64), f64),
    span: i32,
    layout: &GrowthLayout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    let fs = layout.font_size;
    let text = rgb(theme.text);
    let muted = rgb(theme.muted);
    let x_of = |d: Date| {
        let days = f64::from((d - chart.start).get_days().clamp(0, span));
        left + days / f64::from(span) * (right - left)
    };
    let mark_y = bottom + fs * 0.7;
    let flag = rgb(theme.flag);
    for d in &panel.evidence {
        let (x, y) = (x_of(*d), mark_y);
        let tri = vec![
            pen.px(x, y - 4.0),
            pen.px(x - 4.0, y + 3.0),
            pen.px(x + 4.0, y + 3.0),
        ];
        area.draw(&Polygon::new(tri, flag.filled())).map_err(err)?;
    }
    // The time axis: its first and last date.
    let date_y = bottom + fs * 1.5;
    for (d, h) in [(chart.start, HPos::Left), (chart.end, HPos::Right)] {
        area.draw(&Text::new(
            d.to_string(),
            pen.px(x_of(d), date_y),
            pen.font(fs * 0.72, muted, Pos::new(h, VPos::Top)),
        ))
        .map_err(err)?;
    }
    for d in &panel.done {
        let (x, y) = (x_of(*d), mark_y);
        area.draw(&PathElement::new(
            vec![
                pen.px(x - 4.0, y),
                pen.px(x - 1.0, y + 3.0),
                pen.px(x + 4.5, y - 4.0),
            ],
            text.stroke_width(pen.w(1.6)),
        ))
        .map_err(err)?;
    }
    Ok(())
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &GrowthLayout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    let fs = layout.font_size * 0.85;
    let y = layout.height - fs;
    let mut x = 0.0;
    let text = rgb(theme.text);
    let keys = [
        (crate::t!("growth-key-self"), LayerKind::Current),
        (crate::t!("growth-key-coach"), LayerKind::OtherRater),
        (crate::t!("growth-key-colleagues"), LayerKind::Colleagues),
        (crate::t!("growth-key-target"), LayerKind::Target),
    ];
    for (label, kind) in keys
        .into_iter()
        .filter(|(_, k)| *k != LayerKind::Colleagues || layout.colleagues)
    {
        let c = rgb(kind.color());
        let swatch = vec![pen.px(x, y), pen.px(x + 22.0, y)];
        if kind.dashed() {
            let style = c.stroke_width(pen.w(1.4));
            area.draw(&DashedPathElement::new(
                swatch,
                pen.0 * 6.0,
                pen.0 * 4.0,
                style,
            ))
        } else {
            area.draw(&PathElement::new(swatch, c.stroke_width(pen.w(2.0))))
        }
        .map_err(err)?;
        let chars = label.chars().count();
        area.draw(&Text::new(
            label,
            pen.px(x + 26.0, y),
            pen.font(fs, text, Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(err)?;
        x += 26.0 + fs * 0.6 * f64::from(u16::try_from(chars).unwrap_or(u16::MAX)) + 18.0;
    }
    let flag = rgb(theme.flag);
    let tri = vec![
        pen.px(x + 4.0, y - 4.0),
        pen.px(x, y + 3.0),
        pen.px(x + 8.0, y + 3.0),
    ];
    area.draw(&Polygon::new(tri, flag.filled())).map_err(err)?;
    let evidence = crate::t!("growth-key-evidence");
    let chars = evidence.chars().count();
    area.draw(&Text::new(
        evidence,
        pen.px(x + 12.0, y),
        pen.font(fs, text, Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(err)?;
    x += 12.0 + fs * 0.6 * f64::from(u16::try_from(chars).unwrap_or(u16::MAX)) + 18.0;
    area.draw(&PathElement::new(
        vec![
            pen.px(x, y),
            pen.px(x + 3.0, y + 3.0),
            pen.px(x + 8.5, y - 4.0),
        ],
        text.stroke_width(pen.w(1.6)),
    ))
    .map_err(err)?;
    area.draw(&Text::new(
        crate::t!("growth-key-action-done"),
        pen.px(x + 12.0, y),
        pen.font(fs, text, Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, CatalogId, Level, ProfileId, Scale, Skill, SkillId};
    use jiff::civil::date;

    #[test]
    fn growth_needs_two_assessments_and_follows_each_rater() {
        let catalog = Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: Scale::default(),
            roles: Vec::new(),
            skills: vec![Skill::named("a", "A"), Skill::named("b", "B")],
        };
        let mut p = Profile::new(ProfileId::parse("p").expect("id"), "Dana").expect("name");
        let rate = |d, rater, a: u8| {
            let mut x = Assessment::new(d, rater);
            x.ratings
                .insert(SkillId::new("a"), Level::new(a).expect("level"));
            x
        };
        p.assessments
            .push(rate(date(2026, 1, 1), Rater::SelfRating, 2));
        assert!(build(&p, &catalog).is_none());
        p.assessments
            .push(rate(date(2026, 3, 1), Rater::SelfRating, 3));
        p.assessments.push(rate(date(2026, 2, 1), Rater::Coach, 2));
        p.evidence.push(crate::model::Evidence::new(
            date(2026, 4, 1),
            "x",
            vec![SkillId::new("a")],
        ));
        let g = build(&p, &catalog).expect("two");
        assert_eq!((g.start, g.end), (date(2026, 1, 1), date(2026, 4, 1)));
        let a = &g.panels[0];
        assert_eq!(a.series.len(), 2);
        assert_eq!(
            a.series[0].points,
            [(date(2026, 1, 1), 2.0), (date(2026, 3, 1), 3.0)]
        );
        assert_eq!(a.series[1].points, [(date(2026, 2, 1), 2.0)]);
        assert_eq!(a.evidence, [date(2026, 4, 1)]);
        assert!(g.panels[1].series.is_empty(), "B was never rated");
        let l = GrowthLayout::new(&g, 500.0, 13.0, false);
        assert_eq!(l.columns, 2);
        let narrow = GrowthLayout::new(&g, 200.0, 13.0, false);
        assert_eq!(narrow.columns, 1);
        assert!(!l.colleagues, "no colleagues' line, none in the legend");

        // Three colleagues' answers make a fourth line, at the day the
        // last came in; two would not.
        p.catalog = catalog.id.clone();
        let mut request = crate::model::feedback::FeedbackRequest::new(&catalog, date(2026, 4, 10));
        request.id = crate::model::RecordId(5);
        p.feedback.push(request);
        for (i, (level, day)) in [3u8, 4, 4].into_iter().zip(12i8..).enumerate() {
            let answer = crate::model::feedback::FeedbackAnswer {
                id: crate::model::RecordId(10 + i as u64),
                request: crate::model::RecordId(5),
                received: date(2026, 4, day),
                signed: String::new(),
                ratings: [(SkillId::new("a"), Level::new(level).expect("level"))].into(),
                not_seen: Vec::new(),
                examples: std::collections::BTreeMap::new(),
                extra: serde_json::Map::new(),
            };
            crate::model::colleagues::add_answer(&mut p, answer);
            let g = build(&p, &catalog).expect("two");
            let line = g.panels[0]
                .series
                .iter()
                .find(|s| s.kind == LayerKind::Colleagues);
            if i < 2 {
                assert!(line.is_none(), "{} answers", i + 1);
            } else {
                let line = line.expect("three answers");
                assert_eq!(line.points.len(), 1);
                assert_eq!(line.points[0].0, date(2026, 4, 14));
                assert!((line.points[0].1 - 3.7).abs() < 1e-9);
                assert_eq!(g.end, date(2026, 4, 14));
                assert!(GrowthLayout::new(&g, 500.0, 13.0, true).colleagues);
            }
        }
    }
}

//! The radar chart. Its geometry is a pure function (`geometry`, `labels`);
//! it is drawn once, by [`draw`], through any plotters backend: on screen
//! through [`egui_backend::EguiBackend`], to SVG for the printed plan and
//! to PNG (`export`).

pub mod egui_backend;
pub mod export;
pub mod geometry;
pub mod growth;
pub mod labels;
pub mod layers;

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use geometry::{GeometryError, HAlign, Point, Radar};
use labels::LabelBox;

/// The family every output asks for. PNG and the measuring of text use the
/// font registered under it (see `export`); SVG readers use their own.
pub const FONT_FAMILY: &str = "sans-serif";

/// A colour as red, green, blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn plotters(self) -> RGBColor {
        RGBColor(self.0, self.1, self.2)
    }
}

/// What a layer of the chart stands for. Each has its own colour and line,
/// the same on screen, in files and on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LayerKind {
    /// The latest assessment.
    Current,
    /// Where the person wants to be.
    Target,
    /// The first assessment.
    Baseline,
    /// The assessment before the latest.
    Previous,
    /// The other rater's latest (the coach's, beside one's own).
    OtherRater,
    /// Any earlier assessment picked from the timeline (the number picks a colour).
    Earlier(u8),
    /// Colleagues' pooled view (feedback from colleagues, once at least
    /// three answered).
    Colleagues,
}

impl LayerKind {
    #[must_use]
    pub fn color(self) -> Rgb {
        const EARLIER: [Rgb; 4] = [
            Rgb(0x1b, 0x9a, 0xaa),
            Rgb(0x8e, 0x6c, 0x3a),
            Rgb(0x5f, 0x7d, 0x2a),
            Rgb(0xb0, 0x55, 0x7a),
        ];
        match self {
            LayerKind::Current => Rgb(0x2f, 0x6f, 0xde),
            LayerKind::Target => Rgb(0x2e, 0x9e, 0x5b),
            LayerKind::Baseline => Rgb(0x8a, 0x8f, 0x98),
            LayerKind::Previous => Rgb(0xd9, 0x8e, 0x04),
            LayerKind::OtherRater => Rgb(0xa8, 0x3f, 0xc8),
            LayerKind::Colleagues => Rgb(0xd4, 0x4a, 0x1c),
            LayerKind::Earlier(i) => EARLIER[usize::from(i) % EARLIER.len()],
        }
    }

    /// Target and baseline are reference lines, drawn dashed.
    #[must_use]
    pub fn dashed(self) -> bool {
        matches!(self, LayerKind::Target | LayerKind::Baseline)
    }

    /// How strongly the area is filled (0 = outline only).
    #[must_use]
    pub fn fill(self) -> f64 {
        match self {
            LayerKind::Current => 0.22,
            LayerKind::OtherRater => 0.10,
            _ => 0.0,
        }
    }

    /// Line width in drawing units.
    #[must_use]
    pub fn stroke(self) -> f64 {
        match self {
            LayerKind::Current => 2.5,
            LayerKind::OtherRater | LayerKind::Colleagues => 2.0,
            _ => 1.6,
        }
    }

    /// The other rater's points are squares, so the two views differ by
    /// more than colour.
    #[must_use]
    pub fn square_markers(self) -> bool {
        matches!(self, LayerKind::OtherRater)
    }

    /// Drawing order: references first, the latest on top.
    fn order(self) -> u8 {
        match self {
            LayerKind::Baseline => 0,
            LayerKind::Earlier(_) => 1,
            LayerKind::Previous => 2,
            LayerKind::Target => 3,
            LayerKind::Colleagues => 4,
            LayerKind::OtherRater => 5,
            LayerKind::Current => 6,
        }
    }
}

/// One set of values drawn on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub kind: LayerKind,
    /// As shown in the legend, e.g. "Latest, 2026-09-01".
    pub label: String,
    /// One value per axis (1 to the top of the scale); `None` where there is none.
    pub values: Vec<Option<f64>>,
}

/// Everything a chart shows, independent of where it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    pub title: Option<String>,
    /// The levels of the list's scale (3 to 7): one ring each.
    pub levels: u8,
    /// One name per axis, clockwise from the top.
    pub axes: Vec<String>,
    /// Axes where self and coach differ enough to talk about.
    pub flagged: Vec<bool>,
    /// How far apart "enough" is on this scale (for the legend).
    pub flag_gap: u8,
    pub layers: Vec<Layer>,
}

impl Default for RadarChart {
    fn default() -> Self {
        Self {
            title: None,
            levels: 5,
            axes: Vec::new(),
            flagged: Vec::new(),
            flag_gap: 2,
            layers: Vec::new(),
        }
    }
}

/// Colours of the frame around the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub background: Option<Rgb>,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub flag: Rgb,
}

impl Theme {
    /// For paper, files and light screens.
    pub const LIGHT: Theme = Theme {
        background: Some(Rgb(0xff, 0xff, 0xff)),
        text: Rgb(0x1f, 0x23, 0x28),
        muted: Rgb(0x6b, 0x72, 0x7c),
        grid: Rgb(0xd5, 0xd9, 0xdf),
        flag: Rgb(0xc2, 0x41, 0x0c),
    };
    /// For dark screens; the background is the window's own.
    pub const DARK: Theme = Theme {
        background: None,
        text: Rgb(0xe6, 0xe8, 0xeb),
        muted: Rgb(0x9a, 0xa1, 0xab),
        grid: Rgb(0x4a, 0x50, 0x58),
        flag: Rgb(0xf5, 0x9e, 0x0b),
    };
}

/// How a chart is laid out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Width of the drawing in units (points on screen, px in files).
    pub width: f64,
    /// Type size of skill names.
    pub font_size: f64,
    /// Draw the title above the chart.
    pub title: bool,
    /// Draw a legend below the chart (on screen the layer switches are the legend).
    pub legend: bool,
}

impl Options {
    /// For files and paper.
    #[must_use]
    pub fn export() -> Self {
        Options {
            width: 720.0,
            font_size: 15.0,
            title: true,
            legend: true,
        }
    }
}

/// A legend entry, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub layer: usize,
    pub at: Point,
}

/// Where everything goes, in drawing units.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub radar: Radar,
    pub labels: Vec<LabelBox>,
    pub title: Option<Point>,
    pub legend: Vec<LegendItem>,
    pub font_size: f64,
    /// One polygon per layer, in `chart.layers` order.
    pub polygons: Vec<Vec<Point>>,
}

const SWATCH: f64 = 26.0;

impl Layout {
    /// Lays out `chart`. `measure(text, size)` is the drawn width of a line.
    pub fn new(
        chart: &RadarChart,
        options: &Options,
        measure: &dyn Fn(&str, f64) -> f64,
    ) -> Result<Layout, GeometryError> {
        let width = options.width;
        let size = options.font_size;
        let title_h = if options.title && chart.title.is_some() {
            size * 2.6
        } else {
            0.0
        };
        // A little wider than tall: names sit beside the circle more than
        // above and below it.
        let chart_h = (width * 0.86).round();
        let radar_geo =
            geometry::radar(chart.axes.len(), chart.levels, width, chart_h, width * 0.17)?;
        let names: Vec<String> = chart
            .axes
            .iter()
            .zip(chart.flagged.iter().chain(std::iter::repeat(&false)))
            .map(|(name, flagged)| {
                if *flagged {
                    format!("{name} (!)")
                } else {
                    name.clone()
                }
            })
            .collect();
        let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut labels = labels::place(&radar_geo, &name_refs, width, chart_h, size, measure);
        let mut radar_geo = radar_geo;
        shift_radar(&mut radar_geo, title_h);
        for b in &mut labels {
            b.y += title_h;
        }
        let mut legend = Vec::new();
        let mut height = title_h + chart_h;
        if options.legend && !chart.layers.is_empty() {
            let small = size * 0.9;
            let line = small * 1.8;
            let margin = size;
            let (mut x, mut y) = (margin, title_h + chart_h + size * 0.5);
            // The latest first, references last.
            let mut order: Vec<usize> = (0..chart.layers.len()).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(chart.layers[i].kind.order()));
            for i in order {
                let layer = &chart.layers[i];
                let w = SWATCH + 6.0 + measure(&layer.label, small) + size * 1.5;
                if x + w > width - margin && x > margin {
                    x = margin;
                    y += line;
                }
                legend.push(LegendItem {
                    layer: i,
                    at: Point { x, y },
                });
                x += w;
            }
            if chart.flagged.iter().any(|f| *f) {
                y += line;
            }
            height = y + line + size * 0.5;
        }
        let polygons = chart
            .layers
            .iter()
            .map(|l| radar_geo.polygon(&l.values))
            .collect();
        Ok(Layout {
            width,
            height,
            radar: radar_geo,
            labels,
            title: (title_h > 0.0).then_some(Point {
                x: size,
                y: size * 0.8,
            }),
            legend,
            font_size: size,
            polygons,
        })
    }

    /// The point nearest to `at` within `reach`: (layer, axis).
    #[must_use]
    pub fn hit(&self, chart: &RadarChart, at: Point, reach: f64) -> Option<(usize, usize)> {
        let mut best: Option<(f64, usize, usize)> = None;
        for (li, layer) in chart.layers.iter().enumerate() {
            for (axis, value) in layer.values.iter().enumerate() {
                if value.is_none() {
                    continue;
                }
                let Some(p) = self.polygons.get(li).and_then(|poly| poly.get(axis)) else {
                    continue;
                };
                let d = (p.x - at.x).hypot(p.y - at.y);
                // On a tie the layer drawn on top wins.
                let better = best.is_none_or(|(bd, bl, _)| {
                    d < bd
                        || (d - bd).abs() < 1e-9
                            && layer.kind.order() >= chart.layers[bl].kind.order()
                });
                if d <= reach && better {
                    best = Some((d, li, axis));
                }
            }
        }
        best.map(|(_, l, a)| (l, a))
    }
}

fn shift_radar(r: &mut Radar, dy: f64) {
    r.center.y += dy;
    for a in &mut r.axes {
        a.end.y += dy;
        a.label.y += dy;
    }
}

/// Why a chart could not be drawn or saved.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error(transparent)]
    Geometry(#[from] GeometryError),
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
    #[error("the picture could not be encoded: {0}")]
    Encode(String),
}

fn text_style(size: f64, color: RGBColor, pos: Pos) -> TextStyle<'static> {
    TextStyle {
        font: (FONT_FAMILY, size).into_font(),
        color: color.to_backend_color(),
        pos,
    }
}

/// A line in a layer's colour, width and dash (the shape's outline, or the
/// legend's swatch).
fn layer_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    kind: LayerKind,
    points: Vec<(i32, i32)>,
    scale: f64,
) -> Result<(), ChartError> {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "small positive sizes"
    )]
    let (width, dash, gap) = (
        ((kind.stroke() * scale).round() as u32).max(1),
        (7.0 * scale) as i32,
        (5.0 * scale) as i32,
    );
    let stroke = kind.color().plotters().stroke_width(width);
    if kind.dashed() {
        area.draw(&DashedPathElement::new(points, dash, gap, stroke))
    } else {
        area.draw(&PathElement::new(points, stroke))
    }
    .map_err(draw_err)
}

fn draw_err(e: impl std::fmt::Display) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// Drawing units to backend pixels.
#[derive(Clone, Copy)]
struct Pen {
    scale: f64,
}

impl Pen {
    #[expect(clippy::cast_possible_truncation, reason = "drawing coordinates")]
    fn px(self, p: Point) -> (i32, i32) {
        (
            (p.x * self.scale).round() as i32,
            (p.y * self.scale).round() as i32,
        )
    }

    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "small positive widths"
    )]
    fn width(self, w: f64) -> u32 {
        ((w * self.scale).round() as u32).max(1)
    }

    fn font(self, size: f64, color: RGBColor, pos: Pos) -> TextStyle<'static> {
        text_style(size * self.scale, color, pos)
    }
}

/// Draws `chart` as laid out in `layout` onto `area`, `scale` backend
/// pixels per drawing unit. The one drawing routine for every output.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    layout: &Layout,
    theme: &Theme,
    scale: f64,
) -> Result<(), ChartError> {
    let pen = Pen { scale };
    if let Some(bg) = theme.background {
        area.fill(&bg.plotters()).map_err(draw_err)?;
    }
    draw_grid(area, layout, theme, pen)?;
    draw_layers(area, chart, layout, pen)?;
    draw_labels(area, chart, layout, theme, pen)?;
    draw_legend(area, chart, layout, theme, pen)?;
    area.present().map_err(draw_err)?;
    Ok(())
}

/// The rings, one per level, as polygons through the axes, the spokes, and the ring
/// numbers between the first two spokes, clear of the data points.
fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    let r = &layout.radar;
    let grid = theme.grid.plotters();
    let n = r.axes.len();
    for (level, _) in r.rings.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "at most seven rings")]
        let value = (level + 1) as f64;
        let mut ring: Vec<(i32, i32)> = (0..n).map(|i| pen.px(r.point(i, value))).collect();
        ring.push(ring[0]);
        let w = if level + 1 == r.rings.len() { 1.4 } else { 0.8 };
        area.draw(&PathElement::new(ring, grid.stroke_width(pen.width(w))))
            .map_err(draw_err)?;
    }
    for axis in &r.axes {
        area.draw(&PathElement::new(
            vec![pen.px(r.center), pen.px(axis.end)],
            grid.stroke_width(pen.width(0.8)),
        ))
        .map_err(draw_err)?;
    }
    let muted = theme.muted.plotters();
    for ring in 1..=r.rings.len() {
        #[expect(clippy::cast_precision_loss, reason = "at most seven rings")]
        let v = ring as f64;
        let (a, b) = (r.point(0, v), r.point(1, v));
        area.draw(&Text::new(
            ring.to_string(),
            pen.px(Point {
                x: f64::midpoint(a.x, b.x),
                y: f64::midpoint(a.y, b.y),
            }),
            pen.font(
                layout.font_size * 0.72,
                muted,
                Pos::new(HPos::Center, VPos::Center),
            ),
        ))
        .map_err(draw_err)?;
    }
    Ok(())
}

/// The layers, references first and the latest on top: fill, line, markers.
fn draw_layers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    layout: &Layout,
    pen: Pen,
) -> Result<(), ChartError> {
    let mut order: Vec<usize> = (0..chart.layers.len()).collect();
    order.sort_by_key(|&i| chart.layers[i].kind.order());
    for i in order {
        let layer = &chart.layers[i];
        let color = layer.kind.color().plotters();
        let points: Vec<(i32, i32)> = layout.polygons[i].iter().map(|p| pen.px(*p)).collect();
        if layer.kind.fill() > 0.0 {
            area.draw(&Polygon::new(
                points.clone(),
                color.mix(layer.kind.fill()).filled(),
            ))
            .map_err(draw_err)?;
        }
        let mut closed = points.clone();
        closed.push(points[0]);
        layer_line(area, layer.kind, closed, pen.scale)?;
        for (axis, value) in layer.values.iter().enumerate() {
            if value.is_none() {
                continue;
            }
            let c = pen.px(layout.polygons[i][axis]);
            #[expect(clippy::cast_possible_truncation, reason = "marker size")]
            let m = (3.2 * pen.scale).round() as i32;
            if layer.kind.square_markers() {
                area.draw(&Rectangle::new(
                    [(c.0 - m, c.1 - m), (c.0 + m, c.1 + m)],
                    color.filled(),
                ))
                .map_err(draw_err)?;
            } else {
                area.draw(&Circle::new(c, pen.width(3.2), color.filled()))
                    .map_err(draw_err)?;
            }
        }
    }
    Ok(())
}

/// The skill names around the chart, flagged ones in the flag colour.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    layout: &Layout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    for (axis, label) in layout.labels.iter().enumerate() {
        let flagged = chart.flagged.get(axis).copied().unwrap_or(false);
        let color = if flagged { theme.flag } else { theme.text }.plotters();
        let h = match label.h_align {
            HAlign::Left => HPos::Left,
            HAlign::Center => HPos::Center,
            HAlign::Right => HPos::Right,
        };
        for (i, line) in label.lines.iter().enumerate() {
            area.draw(&Text::new(
                line.clone(),
                pen.px(label.line_anchor(i)),
                pen.font(label.font_size, color, Pos::new(h, VPos::Top)),
            ))
            .map_err(draw_err)?;
        }
    }
    Ok(())
}

/// The title, the legend, and what the "(!)" mark means.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    layout: &Layout,
    theme: &Theme,
    pen: Pen,
) -> Result<(), ChartError> {
    let text = theme.text.plotters();
    if let (Some(at), Some(title)) = (layout.title, &chart.title) {
        area.draw(&Text::new(
            title.clone(),
            pen.px(at),
            pen.font(
                layout.font_size * 1.2,
                text,
                Pos::new(HPos::Left, VPos::Top),
            ),
        ))
        .map_err(draw_err)?;
    }
    let small = layout.font_size * 0.9;
    for item in &layout.legend {
        let layer = &chart.layers[item.layer];
        let mid = item.at.y + small * 0.6;
        let line = vec![
            pen.px(Point {
                x: item.at.x,
                y: mid,
            }),
            pen.px(Point {
                x: item.at.x + SWATCH,
                y: mid,
            }),
        ];
        layer_line(area, layer.kind, line, pen.scale)?;
        area.draw(&Text::new(
            layer.label.clone(),
            pen.px(Point {
                x: item.at.x + SWATCH + 6.0,
                y: mid,
            }),
            pen.font(small, text, Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(draw_err)?;
    }
    if chart.flagged.iter().any(|f| *f)
        && let Some(last) = layout.legend.last()
    {
        area.draw(&Text::new(
            format!(
                "(!) you and your {} differ by {} or more: worth talking about",
                if chart.layers.iter().any(|l| l.kind == LayerKind::Colleagues) {
                    "coach or colleagues"
                } else {
                    "coach"
                },
                chart.flag_gap
            ),
            pen.px(Point {
                x: layout.font_size,
                y: last.at.y + small * 1.9,
            }),
            pen.font(
                small * 0.95,
                theme.flag.plotters(),
                Pos::new(HPos::Left, VPos::Top),
            ),
        ))
        .map_err(draw_err)?;
    }
    Ok(())
}

//! A plotters backend that paints egui shapes, so the chart on screen is
//! drawn by the same routine as the files, and stays crisp at any zoom:
//! the backend works in physical pixels and egui gets exact positions.

use std::convert::Infallible;

use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Rect, Shape, Stroke, vec2};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// What a recording backend keeps: shapes, and texts to lay out when
/// painted (a laid-out text points into the font atlas of its frame, which
/// egui may rebuild: it must not be kept across frames).
#[derive(Debug, Clone)]
pub enum Recorded {
    Shape(Shape),
    Text {
        pos: Pos2,
        align: Align2,
        text: String,
        font: FontId,
        color: Color32,
    },
}

impl Recorded {
    /// Paints it, moved by `offset`.
    pub fn paint(&self, painter: &Painter, offset: egui::Vec2) {
        match self {
            Recorded::Shape(shape) => {
                let mut shape = shape.clone();
                shape.translate(offset);
                painter.add(shape);
            }
            Recorded::Text {
                pos,
                align,
                text,
                font,
                color,
            } => {
                painter.text(*pos + offset, *align, text, font.clone(), *color);
            }
        }
    }
}

/// Paints onto an egui painter inside `rect` — or records what it would
/// paint, so a chart that has not changed is not drawn again
/// ([`EguiBackend::recording`]).
pub struct EguiBackend<'p> {
    painter: &'p Painter,
    /// Where the drawing goes instead of the painter, when recording.
    sink: Option<&'p std::cell::RefCell<Vec<Recorded>>>,
    origin: Pos2,
    ppp: f32,
    size: (u32, u32),
}

impl<'p> EguiBackend<'p> {
    #[must_use]
    pub fn new(painter: &'p Painter, rect: Rect) -> Self {
        let ppp = painter.pixels_per_point();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "window sizes"
        )]
        let size = (
            (rect.width() * ppp).round().max(1.0) as u32,
            (rect.height() * ppp).round().max(1.0) as u32,
        );
        EguiBackend {
            painter,
            sink: None,
            origin: rect.min,
            ppp,
            size,
        }
    }

    /// Like [`Self::new`], but the shapes go into `sink` (the painter only
    /// lays out text): to be painted, and painted again, by the caller.
    #[must_use]
    pub fn recording(
        painter: &'p Painter,
        rect: Rect,
        sink: &'p std::cell::RefCell<Vec<Recorded>>,
    ) -> Self {
        EguiBackend {
            sink: Some(sink),
            ..Self::new(painter, rect)
        }
    }

    fn emit(&self, shape: Shape) {
        match self.sink {
            Some(sink) => sink.borrow_mut().push(Recorded::Shape(shape)),
            None => {
                self.painter.add(shape);
            }
        }
    }

    /// Backend pixels per egui point: the scale to draw with.
    #[must_use]
    pub fn pixels_per_point(&self) -> f32 {
        self.ppp
    }

    #[expect(clippy::cast_precision_loss, reason = "pixel coordinates")]
    fn pos(&self, (x, y): BackendCoord) -> Pos2 {
        self.origin + vec2(x as f32 / self.ppp, y as f32 / self.ppp)
    }

    #[expect(clippy::cast_precision_loss, reason = "line widths")]
    fn width(&self, w: u32) -> f32 {
        w as f32 / self.ppp
    }
}

fn color(c: BackendColor) -> Color32 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "alpha is 0..=1"
    )]
    let a = (c.alpha.clamp(0.0, 1.0) * 255.0).round() as u8;
    Color32::from_rgba_unmultiplied(c.rgb.0, c.rgb.1, c.rgb.2, a)
}

/// egui's font size for a plotters text size (both in pixels).
#[must_use]
pub fn font_id(size: f64, ppp: f32) -> FontId {
    #[expect(clippy::cast_possible_truncation, reason = "font sizes")]
    FontId::proportional(size as f32 / ppp)
}

impl DrawingBackend for EguiBackend<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        c: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let p = self.pos(point);
        self.emit(Shape::rect_filled(
            Rect::from_min_size(p, vec2(1.0, 1.0) / self.ppp),
            0.0,
            color(c),
        ));
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let stroke = Stroke::new(self.width(style.stroke_width()), color(style.color()));
        self.painter
            .line_segment([self.pos(from), self.pos(to)], stroke);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let rect = Rect::from_two_pos(self.pos(upper_left), self.pos(bottom_right));
        let c = color(style.color());
        if fill {
            self.emit(Shape::rect_filled(rect, 0.0, c));
        } else {
            let stroke = Stroke::new(self.width(style.stroke_width()), c);
            self.emit(Shape::rect_stroke(
                rect,
                0.0,
                stroke,
                egui::StrokeKind::Middle,
            ));
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let points: Vec<Pos2> = path.into_iter().map(|p| self.pos(p)).collect();
        let stroke = Stroke::new(self.width(style.stroke_width()), color(style.color()));
        if points.len() > 2 && points.first() == points.last() {
            let mut open = points;
            open.pop();
            self.emit(Shape::closed_line(open, stroke));
        } else {
            self.emit(Shape::line(points, stroke));
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = color(style.color());
        let r = self.width(radius);
        if fill {
            self.emit(Shape::circle_filled(self.pos(center), r, c));
        } else {
            let stroke = Stroke::new(self.width(style.stroke_width()), c);
            self.emit(Shape::circle_stroke(self.pos(center), r, stroke));
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let points: Vec<Pos2> = vert.into_iter().map(|p| self.pos(p)).collect();
        let c = color(style.color());
        let mut mesh = Mesh::default();
        for p in &points {
            mesh.colored_vertex(*p, c);
        }
        for [a, b, d] in triangulate(&points) {
            #[expect(
                clippy::cast_possible_truncation,
                reason = "at most a few hundred points"
            )]
            mesh.add_triangle(a as u32, b as u32, d as u32);
        }
        self.emit(Shape::mesh(mesh));
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let anchor = style.anchor();
        let align = Align2([
            match anchor.h_pos {
                HPos::Left => egui::Align::Min,
                HPos::Center => egui::Align::Center,
                HPos::Right => egui::Align::Max,
            },
            match anchor.v_pos {
                VPos::Top => egui::Align::Min,
                VPos::Center => egui::Align::Center,
                VPos::Bottom => egui::Align::Max,
            },
        ]);
        let (font, color) = (font_id(style.size(), self.ppp), color(style.color()));
        match self.sink {
            Some(sink) => sink.borrow_mut().push(Recorded::Text {
                pos: self.pos(pos),
                align,
                text: text.to_owned(),
                font,
                color,
            }),
            None => {
                self.painter.text(self.pos(pos), align, text, font, color);
            }
        }
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        let galley = self.painter.layout_no_wrap(
            text.to_owned(),
            font_id(style.size(), self.ppp),
            Color32::WHITE,
        );
        let size = galley.size() * self.ppp;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "text sizes"
        )]
        Ok((size.x.ceil() as u32, size.y.ceil() as u32))
    }
}

/// Splits a simple polygon (convex or not) into triangles by ear clipping.
/// Repeated points (skills drawn at the centre) are fine.
#[must_use]
pub fn triangulate(points: &[Pos2]) -> Vec<[usize; 3]> {
    let cross = |o: Pos2, a: Pos2, b: Pos2| (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    let mut idx: Vec<usize> = (0..points.len()).collect();
    if idx.len() < 3 {
        return Vec::new();
    }
    // Work counter-clockwise in y-down coordinates (positive signed area).
    let area: f32 = (0..points.len())
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % points.len()]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    if area < 0.0 {
        idx.reverse();
    }
    let inside = |p: Pos2, a: Pos2, b: Pos2, c: Pos2| {
        cross(a, b, p) > 0.0 && cross(b, c, p) > 0.0 && cross(c, a, p) > 0.0
    };
    let mut out = Vec::with_capacity(points.len());
    let mut guard = 0;
    while idx.len() > 3 && guard < points.len() * points.len() {
        guard += 1;
        let n = idx.len();
        let mut clipped = false;
        for i in 0..n {
            let (ia, ib, ic) = (idx[(i + n - 1) % n], idx[i], idx[(i + 1) % n]);
            let (a, b, c) = (points[ia], points[ib], points[ic]);
            let turn = cross(a, b, c);
            if turn < 0.0 {
                continue; // reflex corner
            }
            if turn == 0.0 {
                // A straight or doubled-back corner adds no area: drop it.
                idx.remove(i);
                clipped = true;
                break;
            }
            let blocked = idx
                .iter()
                .any(|&j| j != ia && j != ib && j != ic && inside(points[j], a, b, c));
            if !blocked {
                out.push([ia, ib, ic]);
                idx.remove(i);
                clipped = true;
                break;
            }
        }
        if !clipped {
            break;
        }
    }
    if idx.len() == 3 {
        out.push([idx[0], idx[1], idx[2]]);
    } else if idx.len() > 3 {
        // Not a simple polygon: a fan still covers it roughly.
        out.extend((1..idx.len() - 1).map(|i| [idx[0], idx[i], idx[i + 1]]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn area(points: &[Pos2], tris: &[[usize; 3]]) -> f32 {
        tris.iter()
            .map(|[a, b, c]| {
                let (a, b, c) = (points[*a], points[*b], points[*c]);
                ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)).abs() / 2.0
            })
            .sum()
    }

    #[test]
    fn a_concave_star_is_covered_exactly() {
        // A radar shape: 1 and 5 alternating around the centre.
        let r = crate::chart::geometry::radar(8, 5, 200.0, 200.0, 0.0).expect("radar");
        let values: Vec<Option<f64>> = (0..8)
            .map(|i| Some(if i % 2 == 0 { 5.0 } else { 1.0 }))
            .collect();
        #[expect(clippy::cast_possible_truncation, reason = "test")]
        let pts: Vec<Pos2> = r
            .polygon(&values)
            .iter()
            .map(|p| pos2(p.x as f32, p.y as f32))
            .collect();
        let tris = triangulate(&pts);
        // Shoelace area of the polygon itself.
        let shoelace: f32 = (0..pts.len())
            .map(|i| {
                let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
                a.x * b.y - b.x * a.y
            })
            .sum::<f32>()
            .abs()
            / 2.0;
        assert_eq!(tris.len(), 6);
        assert!(
            (area(&pts, &tris) - shoelace).abs() < 0.5,
            "{} vs {shoelace}",
            area(&pts, &tris)
        );
    }

    #[test]
    fn points_at_the_centre_do_not_break_it() {
        let r = crate::chart::geometry::radar(6, 5, 200.0, 200.0, 0.0).expect("radar");
        let values = [Some(4.0), None, None, Some(3.0), Some(5.0), None];
        #[expect(clippy::cast_possible_truncation, reason = "test")]
        let pts: Vec<Pos2> = r
            .polygon(&values)
            .iter()
            .map(|p| pos2(p.x as f32, p.y as f32))
            .collect();
        let tris = triangulate(&pts);
        assert!(!tris.is_empty());
        assert!(area(&pts, &tris) > 0.0);
        assert!(triangulate(&pts[..2]).is_empty());
    }
}

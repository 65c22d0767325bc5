//! The geometry of a radar (spider) chart as a pure function: where each
//! axis points, the rings of the list's scale (3 to 7 levels), the polygon for a set of
//! ratings, and where axis labels go so that they sit outside the chart and
//! clear of each other. Every output (screen, SVG, PNG) draws from this.
//!
//! Coordinates are in the drawing's own units with y growing downwards, as
//! on screens and in SVG. The first axis points straight up; the others
//! follow clockwise.

use std::f64::consts::TAU;

/// The fewest and most axes a radar chart is drawn with.
pub const MIN_AXES: usize = 3;
pub const MAX_AXES: usize = 20;
/// The fewest and most rings (the levels of a list's scale).
pub const MIN_LEVELS: u8 = 3;
pub const MAX_LEVELS: u8 = 7;

/// A point in drawing units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Horizontal placement of a label relative to its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HAlign {
    Left,
    Center,
    Right,
}

/// Vertical placement of a label relative to its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VAlign {
    Top,
    Middle,
    Bottom,
}

/// One axis: its direction, its outer end, and its label's anchor.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// Radians clockwise from straight up.
    pub angle: f64,
    pub end: Point,
    pub label: Point,
    pub h_align: HAlign,
    pub v_align: VAlign,
}

/// The whole chart's frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    pub center: Point,
    pub radius: f64,
    pub axes: Vec<Axis>,
    /// Radius of the ring for each level, 1 up to the top of the scale (0
    /// is the centre).
    pub rings: Vec<f64>,
    /// The widest a label may be before it wraps, so neighbours never meet.
    pub label_width: f64,
}

/// Why a chart cannot be drawn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeometryError {
    #[error("a radar chart needs {MIN_AXES} to {MAX_AXES} skills; this one has {0}")]
    AxisCount(usize),
}

/// Lays out a chart of `n` axes and `levels` rings (clamped to 3..=7) in a
/// `width` × `height` area, leaving `label_space` around the circle for
/// the labels.
///
/// # Errors
/// [`GeometryError::AxisCount`] outside 3..=20 axes.
pub fn radar(
    n: usize,
    levels: u8,
    width: f64,
    height: f64,
    label_space: f64,
) -> Result<Radar, GeometryError> {
    if !(MIN_AXES..=MAX_AXES).contains(&n) {
        return Err(GeometryError::AxisCount(n));
    }
    let center = Point {
        x: width / 2.0,
        y: height / 2.0,
    };
    let radius = ((width.min(height) / 2.0) - label_space).max(1.0);
    let label_radius = radius + label_space * 0.25;
    #[expect(clippy::cast_precision_loss, reason = "at most 20 axes")]
    let step = TAU / n as f64;
    let axes = (0..n)
        .map(|i| {
            #[expect(clippy::cast_precision_loss, reason = "at most 20 axes")]
            let angle = step * i as f64;
            let at = |r: f64| Point {
                x: center.x + r * angle.sin(),
                y: center.y - r * angle.cos(),
            };
            let (sin, cos) = (angle.sin(), angle.cos());
            let h_align = if sin > 0.15 {
                HAlign::Left
            } else if sin < -0.15 {
                HAlign::Right
            } else {
                HAlign::Center
            };
            let v_align = if cos > 0.5 {
                VAlign::Bottom
            } else if cos < -0.5 {
                VAlign::Top
            } else {
                VAlign::Middle
            };
            Axis {
                angle,
                end: at(radius),
                label: at(label_radius),
                h_align,
                v_align,
            }
        })
        .collect();
    // Neighbouring labels are a chord apart; beside the circle they also
    // have the label space itself to grow into.
    let chord = 2.0 * label_radius * (step / 2.0).sin();
    let label_width = chord
        .max(label_space * 0.9)
        .min(label_space * 1.6 + radius * 0.5);
    let top = levels.clamp(MIN_LEVELS, MAX_LEVELS);
    let rings = (1..=top)
        .map(|v| radius * f64::from(v) / f64::from(top))
        .collect();
    Ok(Radar {
        center,
        radius,
        axes,
        rings,
        label_width,
    })
}

impl Radar {
    /// The top of the scale: the outer ring's value.
    #[must_use]
    pub fn top(&self) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "at most 7 rings")]
        let top = self.rings.len().max(1) as f64;
        top
    }

    /// Where `value` (0 to the top, clamped) lies on axis `axis`.
    #[must_use]
    pub fn point(&self, axis: usize, value: f64) -> Point {
        let angle = self.axes.get(axis).map_or(0.0, |a| a.angle);
        let top = self.top();
        let r = self.radius * value.clamp(0.0, top) / top;
        Point {
            x: self.center.x + r * angle.sin(),
            y: self.center.y - r * angle.cos(),
        }
    }

    /// The polygon for one set of values, one per axis. A skill without a
    /// value (not rated, not applicable) sits at the centre, so the shape
    /// stays closed and honest about the gap.
    #[must_use]
    pub fn polygon(&self, values: &[Option<f64>]) -> Vec<Point> {
        (0..self.axes.len())
            .map(|i| self.point(i, values.get(i).copied().flatten().unwrap_or(0.0)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn axis_counts_outside_3_to_20_are_refused() {
        assert_eq!(
            radar(2, 5, 400.0, 400.0, 60.0),
            Err(GeometryError::AxisCount(2))
        );
        assert_eq!(
            radar(21, 5, 400.0, 400.0, 60.0),
            Err(GeometryError::AxisCount(21))
        );
        assert!(radar(3, 5, 400.0, 400.0, 60.0).is_ok());
        assert!(radar(20, 5, 400.0, 400.0, 60.0).is_ok());
    }

    #[test]
    fn four_axes_point_up_right_down_left() {
        let r = radar(4, 5, 400.0, 400.0, 50.0).expect("valid");
        assert!((r.radius - 150.0).abs() < 1e-9);
        let ends: Vec<Point> = r.axes.iter().map(|a| a.end).collect();
        assert!(close(ends[0], Point { x: 200.0, y: 50.0 }));
        assert!(close(ends[1], Point { x: 350.0, y: 200.0 }));
        assert!(close(ends[2], Point { x: 200.0, y: 350.0 }));
        assert!(close(ends[3], Point { x: 50.0, y: 200.0 }));
        let aligns: Vec<(HAlign, VAlign)> = r.axes.iter().map(|a| (a.h_align, a.v_align)).collect();
        assert_eq!(
            aligns,
            [
                (HAlign::Center, VAlign::Bottom),
                (HAlign::Left, VAlign::Middle),
                (HAlign::Center, VAlign::Top),
                (HAlign::Right, VAlign::Middle)
            ]
        );
    }

    #[test]
    fn rings_are_evenly_spaced_to_the_radius() {
        let r = radar(8, 5, 500.0, 300.0, 50.0).expect("valid");
        assert!((r.radius - 100.0).abs() < 1e-9, "the shorter side decides");
        assert_eq!(r.rings, vec![20.0, 40.0, 60.0, 80.0, 100.0]);
    }

    #[test]
    fn polygon_of_known_values_and_gaps() {
        let r = radar(4, 5, 400.0, 400.0, 50.0).expect("valid");
        let poly = r.polygon(&[Some(5.0), Some(2.5), None, Some(9.0)]);
        assert!(
            close(poly[0], Point { x: 200.0, y: 50.0 }),
            "5 is the outer ring"
        );
        assert!(
            close(poly[1], Point { x: 275.0, y: 200.0 }),
            "2.5 is half way"
        );
        assert!(close(poly[2], r.center), "no value sits at the centre");
        assert!(
            close(poly[3], Point { x: 50.0, y: 200.0 }),
            "values clamp to 5"
        );
        assert_eq!(
            r.polygon(&[]).len(),
            4,
            "missing values still give every vertex"
        );
    }

    #[test]
    fn twenty_axes_keep_labels_outside_and_apart() {
        let r = radar(20, 5, 800.0, 800.0, 120.0).expect("valid");
        for (i, a) in r.axes.iter().enumerate() {
            let d = ((a.label.x - r.center.x).powi(2) + (a.label.y - r.center.y).powi(2)).sqrt();
            assert!(d > r.radius, "label {i} is outside the circle");
            let next = &r.axes[(i + 1) % 20];
            let gap =
                ((a.label.x - next.label.x).powi(2) + (a.label.y - next.label.y).powi(2)).sqrt();
            assert!(
                gap > 80.0,
                "neighbouring labels {i} and {} are {gap} apart",
                i + 1
            );
        }
        assert!(r.label_width > 0.0);
        // Clockwise from the top: the second axis is to the right.
        assert!(r.axes[1].end.x > r.center.x && r.axes[1].end.y < r.center.y);
    }
}

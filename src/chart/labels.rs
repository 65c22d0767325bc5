//! Placing the skill names around a radar chart so that none of them
//! overlap each other or leave the drawing: wrap onto a second or third
//! line, shrink the type a little, and as a last resort shorten with "…".
//!
//! Pure: text is measured through a closure, so the same layout serves the
//! screen (egui's fonts), SVG and PNG (the embedded font), and tests (a
//! fixed width per character).

use super::geometry::{HAlign, Point, Radar, VAlign};

/// Line height as a multiple of the font size.
pub const LINE_HEIGHT: f64 = 1.25;
/// Space kept clear between two labels.
const PADDING: f64 = 2.0;
/// Type sizes tried, as fractions of the base size, largest first.
const SHRINK: [f64; 4] = [1.0, 0.9, 0.8, 0.7];
/// What a shortened name ends with.
pub const ELLIPSIS: &str = "…";

/// One label, placed: its lines and the box they fill.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelBox {
    pub lines: Vec<String>,
    /// Top-left corner.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub font_size: f64,
    pub h_align: HAlign,
}

impl LabelBox {
    /// Where line `i` is drawn: its anchor point, aligned as `h_align`,
    /// with the line's top at `y`.
    #[must_use]
    pub fn line_anchor(&self, i: usize) -> Point {
        #[expect(clippy::cast_precision_loss, reason = "a few lines")]
        let y = self.y + i as f64 * self.font_size * LINE_HEIGHT;
        let x = match self.h_align {
            HAlign::Left => self.x,
            HAlign::Center => self.x + self.width / 2.0,
            HAlign::Right => self.x + self.width,
        };
        Point { x, y }
    }

    fn overlaps(&self, other: &LabelBox) -> bool {
        self.x < other.x + other.width + PADDING
            && other.x < self.x + self.width + PADDING
            && self.y < other.y + other.height + PADDING
            && other.y < self.y + self.height + PADDING
    }

    fn inside(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0
            && self.y >= 0.0
            && self.x + self.width <= width
            && self.y + self.height <= height
    }
}

/// Places one label per axis of `radar`, inside `width` × `height`.
/// `measure(text, font_size)` gives the drawn width of one line.
pub fn place(
    radar: &Radar,
    names: &[&str],
    width: f64,
    height: f64,
    base_size: f64,
    measure: &dyn Fn(&str, f64) -> f64,
) -> Vec<LabelBox> {
    for max_lines in [2, 3] {
        for shrink in SHRINK {
            let size = base_size * shrink;
            let boxes = layout(radar, names, width, size, max_lines, measure);
            if fits(&boxes, width, height) {
                return boxes;
            }
        }
    }
    // Last resort: the smallest type, one shortened line each.
    layout(
        radar,
        names,
        width,
        base_size * SHRINK[SHRINK.len() - 1],
        1,
        measure,
    )
}

fn fits(boxes: &[LabelBox], width: f64, height: f64) -> bool {
    boxes.iter().all(|b| b.inside(width, height))
        && boxes
            .iter()
            .enumerate()
            .all(|(i, a)| boxes[i + 1..].iter().all(|b| !a.overlaps(b)))
}

fn layout(
    radar: &Radar,
    names: &[&str],
    width: f64,
    size: f64,
    max_lines: usize,
    measure: &dyn Fn(&str, f64) -> f64,
) -> Vec<LabelBox> {
    radar
        .axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let name = names.get(i).copied().unwrap_or("");
            // As wide as the neighbours allow, and no wider than the room
            // left between the anchor and the drawing's edge.
            let room = match axis.h_align {
                HAlign::Left => width - axis.label.x,
                HAlign::Right => axis.label.x,
                HAlign::Center => 2.0 * axis.label.x.min(width - axis.label.x),
            } - PADDING;
            let lines = wrap(name, radar.label_width.min(room), max_lines, &|t| {
                measure(t, size)
            });
            let w = lines.iter().map(|l| measure(l, size)).fold(0.0, f64::max);
            #[expect(clippy::cast_precision_loss, reason = "a few lines")]
            let h = lines.len() as f64 * size * LINE_HEIGHT;
            let x = match axis.h_align {
                HAlign::Left => axis.label.x,
                HAlign::Center => axis.label.x - w / 2.0,
                HAlign::Right => axis.label.x - w,
            };
            let y = match axis.v_align {
                VAlign::Top => axis.label.y,
                VAlign::Middle => axis.label.y - h / 2.0,
                VAlign::Bottom => axis.label.y - h,
            };
            LabelBox {
                lines,
                x,
                y,
                width: w,
                height: h,
                font_size: size,
                h_align: axis.h_align,
            }
        })
        .collect()
}

/// Breaks `text` into at most `max_lines` lines no wider than `width`,
/// word by word. A word too long for a line is hyphenated while lines are
/// left ("Leistungsmanage-", "ment"); what is left over at the last line is
/// cut short with an ellipsis.
#[must_use]
pub fn wrap(
    text: &str,
    width: f64,
    max_lines: usize,
    measure: &dyn Fn(&str) -> f64,
) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let mut lines: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if lines.len() + 1 < max_lines
            && measure(&words[i]) > width
            && let Some((head, tail)) = hyphenate(&words[i], width, measure)
        {
            lines.push(head);
            words[i] = tail;
            continue;
        }
        if lines.len() + 1 == max_lines {
            // The last line allowed takes everything that is left.
            let rest = words[i..].join(" ");
            lines.push(shorten(&rest, width, measure));
            return lines;
        }
        let mut line = words[i].clone();
        i += 1;
        while i < words.len() {
            let longer = format!("{line} {}", words[i]);
            if measure(&longer) > width {
                break;
            }
            line = longer;
            i += 1;
        }
        lines.push(shorten(&line, width, measure));
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// `word` split where the longest head that fits with a hyphen ends (at
/// least three letters on each side), or `None`.
fn hyphenate(word: &str, width: f64, measure: &dyn Fn(&str) -> f64) -> Option<(String, String)> {
    let chars: Vec<char> = word.chars().collect();
    (3..chars.len().saturating_sub(2))
        .rev()
        .map(|n| (chars[..n].iter().collect::<String>(), n))
        .find(|(head, _)| measure(&format!("{head}-")) <= width)
        .map(|(head, n)| (format!("{head}-"), chars[n..].iter().collect()))
}

/// `text` if it fits in `width`, or as much of it as fits followed by "…".
#[must_use]
pub fn shorten(text: &str, width: f64, measure: &dyn Fn(&str) -> f64) -> String {
    if measure(text) <= width {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    // The longest prefix that fits together with the ellipsis.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + ELLIPSIS;
        if measure(&candidate) <= width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let kept: String = chars[..lo].iter().collect();
    format!("{}{ELLIPSIS}", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::geometry::radar;

    /// Every character is 0.55 of the font size wide.
    fn measure(text: &str, size: f64) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "short strings")]
        let n = text.chars().count() as f64;
        n * size * 0.55
    }

    #[test]
    fn a_word_too_long_for_a_line_is_hyphenated_not_cut() {
        let m = |t: &str| measure(t, 10.0);
        let lines = wrap("Leistungsmanagement", 66.0, 2, &m);
        assert_eq!(lines, ["Leistungsma-", "nagement"]);
        assert!(lines.iter().all(|l| m(l) <= 66.0));
        // One line only: shortened as before.
        assert_eq!(wrap("Leistungsmanagement", 66.0, 1, &m), ["Leistungsma…"]);
    }

    #[test]
    fn wrap_fills_lines_word_by_word() {
        let m = |t: &str| measure(t, 10.0);
        // 5.5 per character: 12 characters fit in 66.
        assert_eq!(
            wrap("Seeing the bigger picture", 66.0, 3, &m),
            ["Seeing the", "bigger", "picture"]
        );
        assert_eq!(wrap("Listening", 66.0, 3, &m), ["Listening"]);
        assert_eq!(wrap("", 66.0, 3, &m), [""]);
    }

    #[test]
    fn wrap_shortens_what_does_not_fit() {
        let m = |t: &str| measure(t, 10.0);
        let lines = wrap("Seeing the bigger picture", 66.0, 2, &m);
        assert_eq!(lines[0], "Seeing the");
        assert!(
            lines[1].ends_with(ELLIPSIS) && m(&lines[1]) <= 66.0,
            "{lines:?}"
        );
        // A word too long for two lines: hyphenated, then shortened.
        let one = wrap("Incomprehensibilities", 40.0, 2, &m);
        assert_eq!(one, ["Incomp-", "rehens…"]);
        assert!(one.iter().all(|l| m(l) <= 40.0), "{one:?}");
        let single = wrap("Incomprehensibilities", 40.0, 1, &m);
        assert!(
            single[0].ends_with(ELLIPSIS) && m(&single[0]) <= 40.0,
            "{single:?}"
        );
        assert_eq!(
            shorten("abc", 1.0, &m),
            ELLIPSIS,
            "nothing fits but the ellipsis"
        );
    }

    #[test]
    fn labels_never_overlap_or_leave_the_drawing() {
        let long = "Emotional intelligence and managing conflict between people";
        for n in [3, 5, 8, 12, 16, 20] {
            let r = radar(n, 5, 600.0, 600.0, 110.0).expect("radar");
            let names: Vec<&str> = (0..n).map(|_| long).collect();
            let boxes = place(&r, &names, 600.0, 600.0, 14.0, &measure);
            assert_eq!(boxes.len(), n);
            assert!(fits(&boxes, 600.0, 600.0), "{n} axes: {boxes:#?}");
        }
    }

    #[test]
    fn short_names_keep_the_full_size_and_one_line() {
        let r = radar(8, 5, 600.0, 600.0, 110.0).expect("radar");
        let names = ["Listening"; 8];
        let boxes = place(&r, &names, 600.0, 600.0, 14.0, &measure);
        assert!(
            boxes
                .iter()
                .all(|b| b.lines == ["Listening"] && (b.font_size - 14.0).abs() < 1e-9)
        );
    }

    #[test]
    fn label_boxes_follow_their_alignment() {
        let r = radar(4, 5, 400.0, 400.0, 80.0).expect("radar");
        let boxes = place(
            &r,
            &["Top", "Right", "Bottom", "Left"],
            400.0,
            400.0,
            10.0,
            &measure,
        );
        // Top: centred above its anchor; right: starts at its anchor.
        let top = &boxes[0];
        assert!((top.x + top.width / 2.0 - r.axes[0].label.x).abs() < 1e-9);
        assert!((top.y + top.height - r.axes[0].label.y).abs() < 1e-9);
        assert!((boxes[1].x - r.axes[1].label.x).abs() < 1e-9);
        assert!((boxes[3].x + boxes[3].width - r.axes[3].label.x).abs() < 1e-9);
        assert!((boxes[2].y - r.axes[2].label.y).abs() < 1e-9);
    }
}

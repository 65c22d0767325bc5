//! "Growth over time" on Progress: each skill's ratings across the
//! assessments as small line charts (`chart::growth`), drawn once through
//! the plotters egui backend and kept until the profile, the width or the
//! colours change.

use egui::{RichText, Sense, Vec2};
use plotters::prelude::IntoDrawingArea as _;

use super::command::Command;
use super::theme;
use crate::chart::egui_backend::{EguiBackend, Recorded};
use crate::chart::growth::{self, GrowthLayout, Part};
use crate::model::{Catalog, Profile};
use crate::t;

/// The growth chart as drawn last.
#[derive(Default)]
pub struct GrowthView {
    /// (revision, width, dark, pixels per point) it was drawn for.
    key: Option<(u64, u32, bool, u32)>,
    drawn: Option<Drawn>,
}

/// The chart drawn: its height, each part's place and shapes, and the
/// number of skills.
struct Drawn {
    height: f32,
    parts: Vec<(egui::Rect, Vec<Recorded>)>,
    panels: usize,
}

impl GrowthView {
    /// Forgets what was drawn (a list was edited).
    pub fn forget(&mut self) {
        self.key = None;
        self.drawn = None;
    }
}

/// The section, when there are at least two assessments.
pub fn show(
    ui: &mut egui::Ui,
    (profile, revision): (&Profile, u64),
    catalog: &Catalog,
    view: &mut GrowthView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("growth-heading"));
        if profile.assessments.len() >= 2
            && ui
                .button(t!("growth-export"))
                .on_hover_text(t!("growth-export-hint"))
                .clicked()
        {
            commands.push(Command::ExportGrowthChart);
        }
    });
    // Clear of the scroll bar.
    let width = (ui.available_width() - 10.0).clamp(200.0, 1100.0);
    let dark = ui.visuals().dark_mode;
    let ppp = ui.ctx().pixels_per_point();
    let key = (revision, width.to_bits(), dark, ppp.to_bits());
    if view.key != Some(key) {
        view.key = Some(key);
        view.drawn = growth::build(profile, catalog).and_then(|chart| {
            let layout = GrowthLayout::new(&chart, f64::from(width), 13.0, true);
            let theme = if dark {
                crate::chart::Theme::DARK
            } else {
                crate::chart::Theme {
                    background: None,
                    ..crate::chart::Theme::LIGHT
                }
            };
            let painter = ui.painter().clone();
            #[expect(clippy::cast_possible_truncation, reason = "screen sizes")]
            let height = layout.height as f32;
            let whole = egui::Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(width, height));
            let parts = (0..chart.panels.len())
                .map(Part::Panel)
                .chain([Part::Legend])
                .map(|part| {
                    // Each part on its own, so that only those in view are painted.
                    let sink = std::cell::RefCell::new(Vec::new());
                    let backend = EguiBackend::recording(&painter, whole, &sink);
                    let scale = f64::from(backend.pixels_per_point());
                    let area = backend.into_drawing_area();
                    growth::draw_part(&area, &chart, &layout, &theme, scale, part).ok()?;
                    drop(area);
                    let (x, y, w, h) = layout.rect_of(part);
                    #[expect(clippy::cast_possible_truncation, reason = "screen sizes")]
                    let rect = egui::Rect::from_min_size(
                        egui::pos2(x as f32, y as f32),
                        Vec2::new(w as f32, h as f32),
                    );
                    Some((rect, sink.into_inner()))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Drawn {
                height,
                parts,
                panels: chart.panels.len(),
            })
        });
    }
    let Some(drawn) = &view.drawn else {
        ui.label(RichText::new(t!("growth-empty")).color(palette.muted));
        return;
    };
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, drawn.height), Sense::hover());
    let panels = drawn.panels;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, t!("growth-described", n = panels))
    });
    let clip = ui.clip_rect();
    let painter = ui.painter_at(rect);
    for (part, shapes) in &drawn.parts {
        if part.translate(rect.min.to_vec2()).intersects(clip) {
            for shape in shapes {
                shape.paint(&painter, rect.min.to_vec2());
            }
        }
    }
}

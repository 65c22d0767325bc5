//! The team at a glance, in the coach view: a heat map of technicians ×
//! skills (each cell the latest level, coloured by how it stands against
//! that person's target), the team's average per skill, who is strongest
//! in each skill (who could teach whom), where the whole team is thin, and
//! the team's average radar. Profiles on different lists are shown list by
//! list. Only the rows in view are painted, so two hundred technicians
//! cost what twenty do.

use std::collections::HashMap;

use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Vec2, pos2, vec2};

use super::command::Command;
use super::theme;
use crate::chart::{Layer, LayerKind, RadarChart};
use crate::model::team::TeamPicture;
use crate::model::{Catalog, CatalogId, SkillId};
use crate::store::{CatalogSet, ProfileSummary};
use crate::t;

const NAME_WIDTH: f32 = 170.0;
const CELL_HEIGHT: f32 = 22.0;
const HEADER_HEIGHT: f32 = 40.0;
const MIN_CELL: f32 = 44.0;
const MAX_CELL: f32 = 110.0;

/// What the heat map remembers: the list chosen, and each list's radar as
/// drawn last (redrawn only when its numbers, size or colours change).
#[derive(Default)]
pub struct HeatState {
    pub list: Option<CatalogId>,
    radars: HashMap<CatalogId, (u64, super::progress::DrawnChart)>,
}

impl std::fmt::Debug for HeatState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeatState")
            .field("list", &self.list)
            .finish_non_exhaustive()
    }
}

/// One list's part of the team.
struct Group<'a> {
    catalog: &'a Catalog,
    members: Vec<&'a ProfileSummary>,
}

/// The technicians shown (already filtered by coach), list by list.
fn groups<'a>(members: &[&'a ProfileSummary], catalogs: &'a CatalogSet) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for m in members {
        let Some((catalog, _)) = catalogs.for_profile(&m.standing.catalog) else {
            continue;
        };
        match groups.iter_mut().find(|g| g.catalog.id == catalog.id) {
            Some(g) => g.members.push(m),
            None => groups.push(Group {
                catalog,
                members: vec![m],
            }),
        }
    }
    groups
}

/// Draws the heat maps of `members`.
pub fn show(
    ui: &mut egui::Ui,
    members: &[&ProfileSummary],
    catalogs: &CatalogSet,
    state: &mut HeatState,
    commands: &mut Vec<Command>,
) {
    let all = groups(members, catalogs);
    if all.is_empty() {
        ui.label(t!("heat-none"));
        return;
    }
    if all.len() > 1 {
        ui.horizontal(|ui| {
            let shown = state
                .list
                .as_ref()
                .and_then(|id| all.iter().find(|g| &g.catalog.id == id))
                .map_or_else(|| t!("heat-all-lists"), |g| g.catalog.title.clone());
            egui::ComboBox::from_id_salt("heat-list")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut state.list, None, t!("heat-all-lists"));
                    for g in &all {
                        ui.selectable_value(
                            &mut state.list,
                            Some(g.catalog.id.clone()),
                            t!(
                                "heat-list-count",
                                list = g.catalog.title.as_str(),
                                n = g.members.len()
                            ),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("heat-list"))
                });
        });
    }
    ui.label(RichText::new(t!("heat-legend")).color(theme::palette(ui.visuals()).muted));
    let chosen = state.list.clone();
    for group in all
        .iter()
        .filter(|g| chosen.as_ref().is_none_or(|id| &g.catalog.id == id))
    {
        ui.add_space(theme::SECTION_GAP);
        let n = group.members.len();
        ui.heading(t!("heat-group", list = group.catalog.title.as_str(), n = n));
        let standings: Vec<&crate::model::team::Standing> =
            group.members.iter().map(|m| &m.standing).collect();
        let skills: Vec<SkillId> = group.catalog.skills.iter().map(|s| s.id.clone()).collect();
        let picture = TeamPicture::of(&standings, &skills);
        grid(ui, group, &picture, commands);
        summary(ui, group, &picture);
        team_radar(ui, group.catalog, &picture, state);
    }
}

/// The colour of a cell: against the target when there is one.
fn cell_color(
    palette: &theme::Palette,
    level: u8,
    target: Option<u8>,
    top: u8,
    dark: bool,
) -> Color32 {
    let alpha = |c: Color32, a: u8| Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), a);
    match target {
        Some(t) if level >= t => alpha(palette.strength, 150),
        Some(t) if level + 1 == t => alpha(palette.right_track, 150),
        Some(_) => alpha(palette.error, 140),
        None => {
            let base = if dark { 200 } else { 90 };
            let share = f32::from(level) / f32::from(top.max(1));
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "0..=140"
            )]
            let a = (30.0 + share * 110.0) as u8;
            alpha(Color32::from_gray(base), a)
        }
    }
}

/// Where the grid's parts are on screen.
struct Frame {
    rect: Rect,
    cell: f32,
    rows: usize,
}

impl Frame {
    fn x(&self, col: usize) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "few skills")]
        let x = self.rect.min.x + NAME_WIDTH + self.cell * col as f32;
        x
    }
    fn y(&self, row: usize) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "a team is small")]
        let y = self.rect.min.y + HEADER_HEIGHT + CELL_HEIGHT * row as f32;
        y
    }
    /// The row and column under `pos` (either may be outside the grid).
    fn at(&self, pos: egui::Pos2) -> (Option<usize>, Option<usize>) {
        let r = ((pos.y - self.rect.min.y - HEADER_HEIGHT) / CELL_HEIGHT).floor();
        let c = ((pos.x - self.rect.min.x - NAME_WIDTH) / self.cell).floor();
        #[expect(clippy::cast_possible_truncation, reason = "screen positions")]
        let (r, c) = (r as i64, c as i64);
        (usize::try_from(r).ok(), usize::try_from(c).ok())
    }
    /// The rows the clip rectangle shows.
    fn visible(&self, clip: Rect) -> std::ops::Range<usize> {
        let from = ((clip.min.y - self.rect.min.y - HEADER_HEIGHT) / CELL_HEIGHT).floor();
        let to = ((clip.max.y - self.rect.min.y - HEADER_HEIGHT) / CELL_HEIGHT).ceil();
        #[expect(clippy::cast_possible_truncation, reason = "row numbers")]
        let (from, to) = (from as i64, to as i64);
        let clamp = |v: i64| usize::try_from(v).unwrap_or(0).min(self.rows);
        clamp(from)..clamp(to)
    }
}

/// Black or white, whichever reads better on `fill` laid over `under`.
fn readable_on(fill: Color32, under: Color32) -> Color32 {
    let (fill, under) = (fill.to_srgba_unmultiplied(), under.to_srgba_unmultiplied());
    let a = f32::from(fill[3]) / 255.0;
    let mix = |i: usize| f32::from(fill[i]) * a + f32::from(under[i]) * (1.0 - a);
    let luma = 0.2126 * mix(0) + 0.7152 * mix(1) + 0.0722 * mix(2);
    if luma > 140.0 {
        Color32::from_gray(20)
    } else {
        Color32::from_gray(245)
    }
}

/// The grid: names down the side, skills across, one cell per level.
fn grid(ui: &mut egui::Ui, group: &Group<'_>, picture: &TeamPicture, commands: &mut Vec<Command>) {
    let catalog = group.catalog;
    let skills = &catalog.skills;
    #[expect(
        clippy::cast_precision_loss,
        reason = "a list has at most a few thousand skills"
    )]
    let n = skills.len().max(1) as f32;
    let cell = ((ui.available_width() - NAME_WIDTH) / n).clamp(MIN_CELL, MAX_CELL);
    let rows = group.members.len() + 1; // and the team's average
    #[expect(clippy::cast_precision_loss, reason = "a team is small")]
    let size = vec2(
        NAME_WIDTH + cell * n,
        HEADER_HEIGHT + CELL_HEIGHT * rows as f32,
    );
    egui::ScrollArea::horizontal()
        .id_salt(("heat", catalog.id.as_str()))
        .show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(size, Sense::click());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Image,
                    true,
                    t!(
                        "heat-described",
                        n = group.members.len(),
                        skills = skills.len(),
                        list = catalog.title.as_str()
                    ),
                )
            });
            let frame = Frame { rect, cell, rows };
            let painter = ui.painter_at(rect);
            header(ui, &painter, &frame, skills);
            let hovered = response.hover_pos().map(|p| frame.at(p));
            for r in frame.visible(ui.clip_rect()) {
                row(ui, &painter, &frame, (group, picture), r);
                if let Some((Some(h), _)) = hovered
                    && h == r
                    && r < group.members.len()
                {
                    let row_rect = Rect::from_min_size(
                        pos2(rect.min.x, frame.y(r)),
                        vec2(size.x, CELL_HEIGHT),
                    );
                    let muted = theme::palette(ui.visuals()).muted;
                    painter.rect_stroke(row_rect, 2.0, (1.0, muted), egui::StrokeKind::Inside);
                }
            }
            // What the pointer is on: the cell in words; a click opens.
            if let Some((r, c)) = hovered {
                let member = r.and_then(|r| group.members.get(r)).copied();
                let skill = c.and_then(|c| skills.get(c));
                if let Some(hover) = hover_text(catalog, picture, member, skill, c) {
                    response.clone().on_hover_text_at_pointer(hover);
                }
                if response.clicked()
                    && let Some(m) = member
                {
                    commands.push(Command::Open(m.id.clone()));
                }
            }
        });
}

/// The skills across the top, two lines at most.
fn header(ui: &egui::Ui, painter: &egui::Painter, frame: &Frame, skills: &[crate::model::Skill]) {
    let text = ui.visuals().text_color();
    for (i, s) in skills.iter().enumerate() {
        let mut job = egui::text::LayoutJob::simple(
            s.name.clone(),
            FontId::proportional(11.5),
            text,
            frame.cell - 4.0,
        );
        job.wrap.max_rows = 2;
        job.halign = egui::Align::Center;
        let galley = painter.layout_job(job);
        painter.galley(
            pos2(frame.x(i) + frame.cell / 2.0, frame.rect.min.y + 2.0),
            galley,
            text,
        );
    }
}

/// One technician's row, or (past the last) the team's average.
fn row(
    ui: &egui::Ui,
    painter: &egui::Painter,
    frame: &Frame,
    (group, picture): (&Group<'_>, &TeamPicture),
    r: usize,
) {
    let palette = theme::palette(ui.visuals());
    let dark = ui.visuals().dark_mode;
    let text = ui.visuals().text_color();
    let body = FontId::proportional(13.0);
    let top = group.catalog.scale.top().get();
    let y = frame.y(r);
    let member = group.members.get(r);
    painter.text(
        pos2(frame.rect.min.x + 2.0, y + CELL_HEIGHT / 2.0),
        Align2::LEFT_CENTER,
        super::widgets::short(
            &member.map_or_else(|| t!("heat-team-average"), |m| m.name.clone()),
            24,
        ),
        body.clone(),
        if member.is_some() {
            text
        } else {
            palette.muted
        },
    );
    for (i, s) in group.catalog.skills.iter().enumerate() {
        let cell_rect = Rect::from_min_size(
            pos2(frame.x(i) + 1.0, y + 1.0),
            vec2(frame.cell - 2.0, CELL_HEIGHT - 2.0),
        );
        let (label, ink) = if let Some(m) = member {
            let target = m.standing.targets.get(&s.id).map(|l| l.get());
            match m.standing.latest.get(&s.id).map(|l| l.get()) {
                Some(l) => {
                    let fill = cell_color(&palette, l, target, top, dark);
                    painter.rect_filled(cell_rect, 3.0, fill);
                    (l.to_string(), readable_on(fill, ui.visuals().panel_fill))
                }
                None => ("–".to_owned(), palette.muted),
            }
        } else {
            painter.rect_stroke(
                cell_rect,
                3.0,
                (1.0, palette.muted),
                egui::StrokeKind::Inside,
            );
            let avg =
                picture.average[i].map_or_else(|| "–".to_owned(), |a| crate::i18n::decimal(a, 1));
            (avg, text)
        };
        painter.text(
            cell_rect.center(),
            Align2::CENTER_CENTER,
            label,
            body.clone(),
            ink,
        );
    }
}

/// The words for the cell under the pointer.
fn hover_text(
    catalog: &Catalog,
    picture: &TeamPicture,
    member: Option<&ProfileSummary>,
    skill: Option<&crate::model::Skill>,
    col: Option<usize>,
) -> Option<String> {
    let scale = &catalog.scale;
    match (member, skill) {
        (Some(m), Some(s)) => {
            let mut text = t!("heat-cell", name = m.name.as_str(), skill = s.name.as_str());
            text.push('\n');
            text.push_str(
                &m.standing
                    .latest
                    .get(&s.id)
                    .map_or_else(|| t!("heat-not-rated"), |l| scale.numbered(*l)),
            );
            if let Some(t) = m.standing.targets.get(&s.id) {
                text.push_str(&t!("heat-target", level = scale.numbered(*t)));
            }
            text.push('\n');
            text.push_str(&t!("heat-click-to-open"));
            Some(text)
        }
        (Some(m), None) => Some(format!("{}\n{}", m.name, t!("heat-click-to-open"))),
        (None, Some(s)) => {
            let i = col?;
            let avg = picture.average[i].map_or_else(
                || t!("heat-no-ratings"),
                |a| t!("heat-average", mean = crate::i18n::decimal(a, 1)),
            );
            Some(t!(
                "heat-skill-average",
                skill = s.name.as_str(),
                average = avg
            ))
        }
        (None, None) => None,
    }
}

/// Who could teach whom, and where the team is thin, in words.
fn summary(ui: &mut egui::Ui, group: &Group<'_>, picture: &TeamPicture) {
    let skills = &group.catalog.skills;
    let top = group.catalog.scale.top().get();
    let thin: Vec<String> = picture
        .thinnest(3)
        .into_iter()
        .map(|i| {
            format!(
                "{} ({})",
                skills[i].name,
                crate::i18n::decimal(picture.average[i].unwrap_or_default(), 1)
            )
        })
        .collect();
    if !thin.is_empty() {
        ui.label(t!("heat-thinnest", skills = thin.join(", ")));
    }
    // Those at the top two levels of the scale, per skill, could teach.
    let mut teach = Vec::new();
    for (i, s) in skills.iter().enumerate() {
        let strong: Vec<&str> = picture.strongest[i]
            .iter()
            .filter_map(|&m| group.members.get(m))
            .filter(|m| {
                m.standing
                    .latest
                    .get(&s.id)
                    .is_some_and(|l| l.get() + 1 >= top)
            })
            .map(|m| m.name.as_str())
            .collect();
        if !strong.is_empty() {
            let extra = strong.len().saturating_sub(3);
            let first: Vec<&str> = strong.into_iter().take(3).collect();
            let names = if extra > 0 {
                t!("heat-more", names = first.join(", "), n = extra)
            } else {
                first.join(", ")
            };
            teach.push(t!(
                "heat-teach-line",
                skill = s.name.as_str(),
                names = names
            ));
        }
    }
    if teach.is_empty() {
        ui.label(RichText::new(t!("heat-no-top")).color(theme::palette(ui.visuals()).muted));
    } else {
        ui.label(RichText::new(t!("heat-could-teach")).strong());
        for line in teach {
            ui.label(t!("heat-teach-item", line = line));
        }
    }
}

/// The team's average radar (and the average target), when it can be drawn.
fn team_radar(ui: &mut egui::Ui, catalog: &Catalog, picture: &TeamPicture, state: &mut HeatState) {
    if picture.average.iter().all(Option::is_none) {
        return;
    }
    let chart = RadarChart {
        title: None,
        levels: catalog.scale.len(),
        axes: catalog.skills.iter().map(|s| s.name.clone()).collect(),
        flagged: vec![false; catalog.skills.len()],
        flag_gap: catalog.scale.calibration_gap(),
        layers: vec![
            Layer {
                kind: LayerKind::Target,
                label: t!("heat-average-target"),
                values: picture.average_target.clone(),
            },
            Layer {
                kind: LayerKind::Current,
                label: t!("heat-team-average"),
                values: picture.average.clone(),
            },
        ],
    };
    if !(crate::chart::geometry::MIN_AXES..=crate::chart::geometry::MAX_AXES)
        .contains(&chart.axes.len())
    {
        return;
    }
    ui.add_space(theme::ROW_GAP);
    ui.label(RichText::new(t!("heat-team-average-title")).strong());
    let width = ui.available_width().min(520.0);
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        width.to_bits().hash(&mut h);
        ui.visuals().dark_mode.hash(&mut h);
        ui.ctx().pixels_per_point().to_bits().hash(&mut h);
        catalog.scale.len().hash(&mut h);
        chart.axes.hash(&mut h);
        for v in picture.average.iter().chain(&picture.average_target) {
            v.map(f64::to_bits).hash(&mut h);
        }
        h.finish()
    };
    let fresh = state
        .radars
        .get(&catalog.id)
        .is_some_and(|(k, _)| *k == key);
    if !fresh {
        match super::progress::draw_chart(ui, &chart, width, ui.visuals().dark_mode) {
            Ok(drawn) => {
                state.radars.insert(catalog.id.clone(), (key, drawn));
            }
            Err(e) => {
                ui.label(e);
                return;
            }
        }
    }
    let Some((_, drawn)) = state.radars.get(&catalog.id) else {
        return;
    };
    #[expect(clippy::cast_possible_truncation, reason = "screen sizes")]
    let size = Vec2::new(width, drawn.0.height as f32);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            t!("heat-radar-described", list = catalog.title.as_str()),
        )
    });
    if ui.is_rect_visible(rect) {
        let painter = ui.painter_at(rect);
        for recorded in &drawn.1 {
            recorded.paint(&painter, rect.min.to_vec2());
        }
    }
    ui.label(RichText::new(t!("heat-radar-legend")).color(theme::palette(ui.visuals()).muted));
}

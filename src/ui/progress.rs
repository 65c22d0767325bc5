//! Progress: the radar chart with its layers, the timeline of assessments,
//! and the change table (the chart's accessible, printable twin).

use std::fmt::Write as _;
use std::rc::Rc;

use egui::{RichText, Sense, Vec2};
use plotters::prelude::IntoDrawingArea as _;

use super::command::{Command, Tab};
use super::theme;
use super::widgets;
use crate::chart::egui_backend::{EguiBackend, Recorded, font_id};
use crate::chart::geometry::Point;
use crate::chart::layers::{self, Choice, NoChart, Roles};
use crate::chart::{self, LayerKind, Layout, Options, RadarChart};
use crate::model::progress::{calibration, change_table};
use crate::model::{Catalog, Level, Profile, Rater};
use crate::t;

/// What the Progress screen remembers while the profile is open.
#[derive(Default)]
pub struct ProgressView {
    pub choice: Choice,
    /// The chart of the last frame, kept while the profile and the
    /// choice stay the same (building it reads every assessment).
    built: Option<Built>,
    /// The chart as drawn last, kept while its size and colours stay.
    drawn: Option<Drawn>,
    /// The change tables, kept while the profile stays the same.
    tables: Option<Tables>,
    /// The growth chart as drawn last.
    pub growth: super::growth::GrowthView,
    /// The evidence log's rows.
    pub evidence: super::evidence::LogView,
}

impl std::fmt::Debug for ProgressView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProgressView")
            .field("choice", &self.choice)
            .finish_non_exhaustive()
    }
}

/// The change tables of one version of the profile, ready to show: for
/// each rater with ratings, its rows and column widths.
struct Tables {
    key: (u64, u32, bool, crate::i18n::Lang),
    list: Vec<RaterTable>,
    /// The "worth discussing" lines: self and coach, self and colleagues.
    coach_flags: Vec<String>,
    colleague_flags: Vec<String>,
}

/// One rater's change table: the cells, the column widths, and per row
/// what the latest and the target level mean (shown on hover).
struct RaterTable {
    title: String,
    header: Vec<String>,
    cells: Vec<Vec<RichText>>,
    widths: Vec<f32>,
    meanings: Vec<String>,
}

/// A chart built for one version of the profile and one choice of layers.
struct Built {
    key: (u64, Choice),
    chart: Result<Rc<RadarChart>, NoChart>,
}

/// A chart laid out and drawn: its shapes, relative to the chart's corner.
struct Drawn {
    /// The width, dark mode and pixels per point it was drawn for (a new
    /// chart forgets it: see [`ProgressView::chart`]).
    key: (u32, bool, u32),
    layout: Layout,
    shapes: Vec<Recorded>,
}

impl ProgressView {
    /// Forgets the chart and tables kept (a list was edited: its names or
    /// scale may differ while the profile is the same).
    pub fn forget(&mut self) {
        self.built = None;
        self.drawn = None;
        self.tables = None;
        self.growth.forget();
        self.evidence = super::evidence::LogView::default();
    }

    /// The chart for `profile` as of `revision`, built again only when
    /// the profile or the choice of layers changed.
    fn chart(
        &mut self,
        profile: &Profile,
        catalog: &Catalog,
        revision: u64,
    ) -> Result<Rc<RadarChart>, NoChart> {
        let same = self
            .built
            .as_ref()
            .is_some_and(|b| b.key.0 == revision && b.key.1 == self.choice);
        if !same {
            let chart = layers::build(profile, catalog, &self.choice).map(Rc::new);
            let key = (revision, self.choice.clone());
            self.built = Some(Built { key, chart });
            // What was drawn is of the old chart.
            self.drawn = None;
        }
        match &self.built {
            Some(b) => b.chart.clone(),
            None => Err(NoChart::NoRatings),
        }
    }
}

/// How wide the chart may grow on screen.
const MAX_CHART: f32 = 640.0;
/// Below this width the switches go under the chart.
const SIDE_BY_SIDE: f32 = 900.0;
/// The change table goes beside the chart when this much room is left.
const TABLE_BESIDE: f32 = 500.0;

/// Draws the Progress step.
pub fn show(
    ui: &mut egui::Ui,
    (profile, revision): (&Profile, u64),
    catalog: &Catalog,
    view: &mut ProgressView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::PARAGRAPH_GAP);
    ui.heading(t!("progress-heading"));
    ui.label(t!(
        "progress-intro",
        lowest = catalog.scale.name(Level::LOWEST),
        top = catalog.scale.top().get(),
        top_name = catalog.scale.name(catalog.scale.top()),
    ));
    if profile.aiming_for.is_some() {
        ui.add_space(theme::ROW_GAP);
        super::ladder::readiness_line(ui, profile, catalog);
    }
    ui.add_space(theme::SECTION_GAP);

    let chart = match view.chart(profile, catalog, revision) {
        Ok(chart) => Some(chart),
        Err(NoChart::NoRatings) => {
            ui.label(t!("progress-nothing-rated"));
            if ui.button(t!("progress-rate-now")).clicked() {
                commands.push(Command::SetTab(Tab::Rate));
            }
            None
        }
        Err(NoChart::TooFewSkills(n)) => {
            ui.colored_label(palette.error, t!("progress-too-few", n = n));
            None
        }
    };
    let mut table_shown = false;
    if let Some(chart) = chart {
        let wide = ui.available_width() >= SIDE_BY_SIDE;
        let roles = layers::roles(profile, view.choice.rater);
        if wide {
            ui.horizontal_top(|ui| {
                let w = (ui.available_width() * 0.62).min(MAX_CHART);
                radar(ui, (&chart, catalog), w, view);
                ui.add_space(theme::COLUMN_GAP);
                ui.vertical(|ui| {
                    switches(ui, profile, &roles, view, commands);
                    // The table beside the chart when there is room for it.
                    if ui.available_width() >= TABLE_BESIDE {
                        ui.add_space(theme::SECTION_GAP);
                        changes(ui, (profile, revision), catalog, view);
                        table_shown = true;
                    }
                });
            });
        } else {
            let w = ui.available_width().min(MAX_CHART);
            radar(ui, (&chart, catalog), w, view);
            switches(ui, profile, &roles, view, commands);
        }
        if catalog.skills.len() > chart.axes.len() {
            ui.label(
                RichText::new(t!(
                    "progress-some-shown",
                    shown = chart.axes.len(),
                    all = catalog.skills.len()
                ))
                .color(palette.muted),
            );
        }
    }
    if !table_shown {
        ui.add_space(theme::SECTION_GAP);
        changes(ui, (profile, revision), catalog, view);
    }
    ui.add_space(theme::SECTION_GAP);
    super::growth::show(ui, (profile, revision), catalog, &mut view.growth, commands);
    ui.add_space(theme::SECTION_GAP);
    super::feedback::section(ui, profile, catalog, commands);
    ui.add_space(theme::SECTION_GAP);
    let versioned = (profile, revision);
    super::evidence::log(ui, versioned, catalog, &mut view.evidence, commands);
}

/// The chart itself, drawn through the plotters egui backend, with a
/// tooltip for the point under the pointer.
fn radar(
    ui: &mut egui::Ui,
    (chart, catalog): (&RadarChart, &Catalog),
    width: f32,
    view: &mut ProgressView,
) {
    let dark = ui.visuals().dark_mode;
    let ppp = ui.ctx().pixels_per_point();
    let key = (width.to_bits(), dark, ppp.to_bits());
    if view.drawn.as_ref().is_none_or(|d| d.key != key) {
        match draw_chart(ui, chart, width, dark) {
            Ok((layout, shapes)) => {
                view.drawn = Some(Drawn {
                    key,
                    layout,
                    shapes,
                });
            }
            Err(e) => {
                ui.label(e);
                return;
            }
        }
    }
    let Some(drawn) = &view.drawn else { return };
    let layout = &drawn.layout;
    #[expect(clippy::cast_possible_truncation, reason = "screen sizes")]
    let size = Vec2::new(width, layout.height as f32);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            t!("progress-described", n = chart.axes.len()),
        )
    });
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    for recorded in &drawn.shapes {
        recorded.paint(&painter, rect.min.to_vec2());
    }
    if let Some(pos) = response.hover_pos() {
        let at = Point {
            x: f64::from(pos.x - rect.min.x),
            y: f64::from(pos.y - rect.min.y),
        };
        if let Some((li, axis)) = layout.hit(chart, at, 12.0) {
            let layer = &chart.layers[li];
            let p = layout.polygons[li][axis];
            #[expect(clippy::cast_possible_truncation, reason = "screen positions")]
            let centre = rect.min + Vec2::new(p.x as f32, p.y as f32);
            let c = layer.kind.color();
            painter.circle_stroke(
                centre,
                7.0,
                egui::Stroke::new(2.0, egui::Color32::from_rgb(c.0, c.1, c.2)),
            );
            // Every layer's value for this skill, the one pointed at first.
            let mut text = chart.axes[axis].clone();
            let mut order: Vec<usize> = (0..chart.layers.len()).collect();
            order.sort_by_key(|&i| i != li);
            for i in order {
                let l = &chart.layers[i];
                let value =
                    l.values[axis].map_or_else(|| "not rated".to_owned(), |v| format!("{v}"));
                let _ = write!(text, "\n{}: {value}", l.label);
            }
            // What the level pointed at means for this skill.
            let skill = catalog.skills.iter().find(|s| s.name == chart.axes[axis]);
            let level = layer.values[axis].and_then(|v| {
                #[expect(clippy::cast_possible_truncation, reason = "a level, 1 to 7")]
                #[expect(clippy::cast_sign_loss, reason = "a level, 1 to 7")]
                Level::new(v.round() as u8)
            });
            if let (Some(skill), Some(level)) = (skill, level) {
                let _ = write!(text, "\n\n{}", skill.described_level(&catalog.scale, level));
            }
            response.on_hover_text_at_pointer(text);
        }
    }
}

/// Layer switches (they double as the legend), the timeline, export.
/// Lays the chart out at `width` and draws it into shapes placed from
/// (0, 0): plotters and the label placement run once, not every frame.
/// A chart laid out and drawn, ready to paint.
pub(crate) type DrawnChart = (Layout, Vec<Recorded>);

pub(crate) fn draw_chart(
    ui: &egui::Ui,
    chart: &RadarChart,
    width: f32,
    dark: bool,
) -> Result<DrawnChart, String> {
    let theme = if dark {
        chart::Theme::DARK
    } else {
        chart::Theme {
            background: None,
            ..chart::Theme::LIGHT
        }
    };
    let options = Options {
        width: f64::from(width),
        font_size: 13.5,
        title: false,
        legend: false,
    };
    let painter = ui.painter().clone();
    let measure = |text: &str, size: f64| {
        f64::from(
            painter
                .layout_no_wrap(text.to_owned(), font_id(size, 1.0), egui::Color32::WHITE)
                .size()
                .x,
        )
    };
    let layout = Layout::new(chart, &options, &measure).map_err(|e| e.to_string())?;
    #[expect(clippy::cast_possible_truncation, reason = "screen sizes")]
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(width, layout.height as f32));
    let sink = std::cell::RefCell::new(Vec::new());
    let backend = EguiBackend::recording(&painter, rect, &sink);
    let scale = f64::from(backend.pixels_per_point());
    let area = backend.into_drawing_area();
    chart::draw(&area, chart, &layout, &theme, scale).map_err(|e| e.to_string())?;
    drop(area);
    Ok((layout, sink.into_inner()))
}

fn switches(
    ui: &mut egui::Ui,
    profile: &Profile,
    roles: &Roles,
    view: &mut ProgressView,
    commands: &mut Vec<Command>,
) {
    let choice = &mut view.choice;
    ui.strong(t!("progress-whose-lead"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut choice.rater, Rater::SelfRating, t!("progress-mine"));
        ui.radio_value(&mut choice.rater, Rater::Coach, t!("progress-coachs"));
    });
    ui.add_space(theme::ROW_GAP);
    ui.strong(t!("progress-show"));
    // "Latest rating (2026-09-15)", or the name alone without a date.
    let dated = |what: String, i: Option<usize>| match i.and_then(|i| profile.assessments.get(i)) {
        Some(a) => t!(
            "progress-on-date",
            what = what,
            date = crate::i18n::date(a.date)
        ),
        None => what,
    };
    let other = match choice.rater {
        Rater::SelfRating => t!("progress-coachs-latest"),
        Rater::Coach => t!("progress-my-latest"),
    };
    let round = crate::model::colleagues::latest(profile);
    let rows: [(&mut bool, LayerKind, String, bool); 6] = [
        (
            &mut choice.current,
            LayerKind::Current,
            dated(t!("progress-latest"), roles.current),
            roles.current.is_some(),
        ),
        (
            &mut choice.target,
            LayerKind::Target,
            t!("progress-targets"),
            !profile.targets.is_empty(),
        ),
        (
            &mut choice.baseline,
            LayerKind::Baseline,
            dated(t!("progress-first"), roles.baseline),
            roles.baseline.is_some(),
        ),
        (
            &mut choice.previous,
            LayerKind::Previous,
            dated(t!("progress-previous"), roles.previous),
            roles.previous.is_some(),
        ),
        (
            &mut choice.other,
            LayerKind::OtherRater,
            dated(other, roles.other),
            roles.other.is_some() && roles.current.is_some(),
        ),
        (
            &mut choice.colleagues,
            LayerKind::Colleagues,
            round.map_or_else(
                || t!("progress-colleagues-waiting"),
                crate::chart::layers::colleagues_label,
            ),
            round.is_some(),
        ),
    ];
    for (on, kind, label, available) in rows {
        ui.horizontal(|ui| {
            swatch(ui, kind);
            ui.add_enabled(available, egui::Checkbox::new(on, label));
        });
    }

    ui.add_space(theme::ROW_GAP);
    ui.strong(t!("progress-timeline"));
    ui.label(RichText::new(t!("progress-timeline-hint")).weak());
    let mut order: Vec<usize> = (0..profile.assessments.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((profile.assessments[i].date, i)));
    let is_role =
        |i: usize| [roles.current, roles.baseline, roles.previous, roles.other].contains(&Some(i));
    // Colours are handed out in the order the chart builds its layers.
    let shown: Vec<usize> = view
        .choice
        .earlier
        .iter()
        .copied()
        .filter(|&i| !is_role(i))
        .collect();
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    // A long history scrolls, and only the visible rows are laid out.
    egui::ScrollArea::vertical()
        .id_salt("timeline")
        .max_height(row_height * 10.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, order.len(), |ui, rows| {
            for &i in &order[rows] {
                timeline_row(ui, profile, roles, &shown, i, &mut view.choice);
            }
        });
    ui.add_space(theme::PARAGRAPH_GAP);
    if ui
        .button(t!("progress-export"))
        .on_hover_text(t!("progress-export-hint"))
        .clicked()
    {
        commands.push(Command::ExportChart);
    }
}

fn timeline_row(
    ui: &mut egui::Ui,
    profile: &Profile,
    roles: &Roles,
    shown: &[usize],
    i: usize,
    choice: &mut Choice,
) {
    let a = &profile.assessments[i];
    let role = if Some(i) == roles.current {
        Some(t!("progress-role-latest"))
    } else if Some(i) == roles.baseline {
        Some(t!("progress-role-first"))
    } else if Some(i) == roles.previous {
        Some(t!("progress-role-previous"))
    } else if Some(i) == roles.other {
        Some(t!("progress-role-other"))
    } else {
        None
    };
    let who = match a.rater {
        Rater::SelfRating => t!("progress-self-rating"),
        Rater::Coach => t!("progress-coach-rating"),
    };
    let text = t!(
        "progress-assessment",
        date = crate::i18n::date(a.date),
        who = who,
        n = a.ratings.len()
    );
    ui.horizontal(|ui| {
        if let Some(role) = role {
            ui.add_space(theme::SMALL_GAP);
            ui.label(t!(
                "progress-assessment-role",
                text = text.as_str(),
                role = role
            ));
        } else {
            let mut on = choice.earlier.contains(&i);
            if let Some(n) = shown.iter().position(|&s| s == i) {
                swatch(ui, LayerKind::Earlier(u8::try_from(n % 4).unwrap_or(0)));
            }
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    choice.earlier.insert(i);
                } else {
                    choice.earlier.remove(&i);
                }
            }
        }
    });
}

/// A short line in the layer's colour and style.
fn swatch(ui: &mut egui::Ui, kind: LayerKind) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(24.0, 12.0), Sense::hover());
    let c = kind.color();
    #[expect(clippy::cast_possible_truncation, reason = "line widths")]
    let stroke = egui::Stroke::new(kind.stroke() as f32, egui::Color32::from_rgb(c.0, c.1, c.2));
    let y = rect.center().y;
    if kind.dashed() {
        ui.painter().add(egui::Shape::dashed_line(
            &[egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
            stroke,
            5.0,
            3.0,
        ));
    } else {
        ui.painter().line_segment(
            [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
            stroke,
        );
    }
}

/// The change table: the accessible, printable twin of the radar chart.
pub fn changes(
    ui: &mut egui::Ui,
    (profile, revision): (&Profile, u64),
    catalog: &Catalog,
    view: &mut ProgressView,
) {
    let palette = theme::palette(ui.visuals());
    ui.heading(t!("changes-heading"));
    let body = ui.style().text_styles[&egui::TextStyle::Body].size;
    // Colours are in the cells: a change of theme makes them again.
    let key = (
        revision,
        body.to_bits(),
        ui.visuals().dark_mode,
        crate::i18n::current(),
    );
    if view.tables.as_ref().is_none_or(|t| t.key != key) {
        let mut tables: Vec<RaterTable> = [Rater::SelfRating, Rater::Coach]
            .into_iter()
            .filter_map(|rater| {
                let rows = change_table(profile, catalog, rater);
                if rows.iter().all(|r| r.current.is_none()) {
                    return None;
                }
                let cells = change_cells(&rows, catalog, &palette);
                let header = change_header();
                let names: Vec<&str> = header.iter().map(String::as_str).collect();
                let widths = widgets::column_widths(ui, &names, &cells);
                let meanings = change_meanings(&rows, catalog);
                Some(RaterTable {
                    title: match rater {
                        Rater::SelfRating => t!("changes-self"),
                        Rater::Coach => t!("changes-coach"),
                    },
                    header,
                    cells,
                    widths,
                    meanings,
                })
            })
            .collect();
        if let Some(super::feedback::TableParts {
            cells,
            widths,
            meanings,
        }) = super::feedback::table(ui, profile, catalog, &palette)
        {
            tables.push(RaterTable {
                title: t!("feedback-table-title"),
                header: super::feedback::table_header(),
                cells,
                widths,
                meanings,
            });
        }
        view.tables = Some(Tables {
            key,
            list: tables,
            coach_flags: coach_flag_lines(profile, catalog),
            colleague_flags: super::feedback::calibration_lines(profile, catalog),
        });
    }
    let tables = view.tables.as_ref().map_or(&[][..], |t| t.list.as_slice());
    let any = !tables.is_empty();
    for RaterTable {
        title,
        header,
        cells,
        widths,
        meanings,
    } in tables
    {
        ui.add_space(theme::SMALL_GAP);
        ui.strong(title);
        let id = ui.make_persistent_id(("changes", title));
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        widgets::text_table(ui, id, (&header, widths), (cells, meanings));
    }
    if !any {
        ui.label(RichText::new(t!("changes-none")).color(palette.muted));
    }
    let (coach_flags, colleague_flags) = view.tables.as_ref().map_or((&[][..], &[][..]), |t| {
        (t.coach_flags.as_slice(), t.colleague_flags.as_slice())
    });
    for (lines, heading) in [
        (coach_flags, t!("changes-flags-heading")),
        (colleague_flags, t!("feedback-flags-heading")),
    ] {
        if !lines.is_empty() {
            ui.add_space(theme::ROW_GAP);
            ui.strong(heading);
            for line in lines {
                ui.label(line);
            }
        }
    }
}

/// The lines for skills where the latest self and coach ratings are far
/// apart.
fn coach_flag_lines(profile: &Profile, catalog: &Catalog) -> Vec<String> {
    calibration(profile, catalog)
        .into_iter()
        .map(|f| {
            let name = catalog
                .skill(&f.skill)
                .map_or(f.skill.as_str(), |s| s.name.as_str());
            t!(
                "changes-flag-line",
                skill = name,
                own = f.self_rating.get(),
                own_date = crate::i18n::date(f.self_date),
                coach = f.coach_rating.get(),
                coach_date = crate::i18n::date(f.coach_date)
            )
        })
        .collect()
}

/// Per row of a change table: what the latest level and the target mean
/// for that skill ("Now at 3 (Developing): …" / "Aiming for …").
fn change_meanings(rows: &[crate::model::progress::ChangeRow], catalog: &Catalog) -> Vec<String> {
    rows.iter()
        .map(|row| {
            let Some(skill) = catalog.skill(&row.skill) else {
                return String::new();
            };
            let mut text = String::new();
            if let Some(level) = row.current.filter(|_| !row.not_applicable) {
                text.push_str(&t!(
                    "changes-now-at",
                    level = skill.described_level(&catalog.scale, level)
                ));
            }
            if let Some(target) = row.target {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&t!(
                    "changes-aiming-for",
                    level = skill.described_level(&catalog.scale, target)
                ));
            }
            text
        })
        .collect()
}

/// The columns of a rater's change table.
fn change_header() -> Vec<String> {
    vec![
        t!("changes-column-skill"),
        t!("changes-column-first"),
        t!("changes-column-previous"),
        t!("changes-column-latest"),
        t!("changes-column-target"),
        t!("changes-column-change"),
    ]
}

/// The cells of a change table: skill, first, previous, latest, target, trend.
fn change_cells(
    rows: &[crate::model::progress::ChangeRow],
    catalog: &Catalog,
    palette: &theme::Palette,
) -> Vec<Vec<RichText>> {
    let show =
        |l: Option<Level>| RichText::new(l.map_or_else(|| "–".to_owned(), |l| l.get().to_string()));
    rows.iter()
        .map(|row| {
            let name = catalog
                .skill(&row.skill)
                .map_or(row.skill.as_str(), |s| s.name.as_str());
            vec![
                RichText::new(name),
                show(row.baseline),
                show(row.previous),
                if row.not_applicable {
                    RichText::new(t!("changes-not-applicable"))
                } else {
                    show(row.current)
                },
                show(row.target),
                widgets::trend_cell(row.trend, palette),
            ]
        })
        .collect()
}

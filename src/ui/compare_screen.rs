//! Step 3 of the method: the two checklists held against the recommended
//! list. Strengths are crossed out (done, keep them), wanted skills that are
//! recommended are highlighted, blind spots are offered for the Want list.

use egui::RichText;

use super::command::Command;
use super::theme;
use crate::model::Edit;
use crate::model::{Catalog, Comparison, ListKind, Profile, SkillId, compare};
use crate::store::CatalogSet;
use crate::t;

/// Draws the comparison.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    all: &CatalogSet,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let cmp = compare(&profile.have, &profile.want, catalog);
    ui.add_space(theme::STEP_TOP);
    list_choice(ui, catalog, all, commands);
    if !catalog.description.is_empty() {
        ui.label(RichText::new(&catalog.description).color(palette.muted));
    }
    ui.add_space(theme::ROW_GAP);
    ui.label(
        RichText::new(cmp.summary())
            .size(theme::SUMMARY_SIZE)
            .strong(),
    );
    ui.add_space(theme::SECTION_GAP);

    let wide = ui.available_width() > theme::TWO_COLUMNS;
    let columns = if wide { 2 } else { 1 };
    ui.columns(columns, |cols| {
        let (left, right) = if columns == 2 {
            let (a, b) = cols.split_at_mut(1);
            (&mut a[0], Some(&mut b[0]))
        } else {
            (&mut cols[0], None)
        };
        strengths(left, catalog, &cmp);
        right_track(left, catalog, &cmp);
        let ui = right.unwrap_or(left);
        blind_spots(ui, catalog, &cmp, commands);
        own(ui, profile, &cmp);
    });
}

/// "Compare with" and the choice of list.
fn list_choice(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    all: &CatalogSet,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("compare-with"));
        let mut chosen = catalog.id.clone();
        egui::ComboBox::from_id_salt("catalog")
            .selected_text(&catalog.title)
            .show_ui(ui, |ui| {
                for c in &all.catalogs {
                    ui.selectable_value(&mut chosen, c.id.clone(), &c.title);
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("compare-list"))
            });
        if chosen != catalog.id {
            commands.push(Command::Edit(Edit::SetCatalog(chosen)));
        }
        super::list_import::lists_menu(ui, Some(&catalog.id), commands);
    });
}

fn name(catalog: &Catalog, id: &SkillId) -> String {
    catalog
        .skill(id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

/// Recommended and had: crossed off (and those also wanted, to deepen).
fn strengths(ui: &mut egui::Ui, catalog: &Catalog, cmp: &Comparison) {
    let palette = theme::palette(ui.visuals());
    group(
        ui,
        &t!("compare-strengths"),
        &t!("compare-strengths-hint"),
        palette.strength,
        |ui| {
            for s in &cmp.strengths {
                ui.label(
                    RichText::new(name(catalog, s))
                        .strikethrough()
                        .color(palette.strength)
                        .size(theme::ITEM_SIZE),
                );
            }
            for s in &cmp.deepen {
                ui.label(
                    RichText::new(t!("compare-deepen", skill = name(catalog, s)))
                        .color(palette.strength)
                        .size(theme::ITEM_SIZE),
                );
            }
            cmp.strengths.is_empty() && cmp.deepen.is_empty()
        },
    );
}

/// Recommended and wanted: highlighted.
fn right_track(ui: &mut egui::Ui, catalog: &Catalog, cmp: &Comparison) {
    let palette = theme::palette(ui.visuals());
    group(
        ui,
        &t!("compare-right-track"),
        &t!("compare-right-track-hint"),
        palette.right_track,
        |ui| {
            for s in cmp.right_track.iter().chain(&cmp.deepen) {
                egui::Frame::new()
                    .fill(palette.right_track_fill)
                    .inner_margin(theme::CHIP_MARGIN)
                    .corner_radius(theme::CHIP_RADIUS)
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(name(catalog, s))
                                .strong()
                                .size(theme::ITEM_SIZE),
                        );
                    });
            }
            cmp.right_track.is_empty() && cmp.deepen.is_empty()
        },
    );
}

/// Recommended, on neither list: offered for the Want list.
fn blind_spots(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    cmp: &Comparison,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    group(
        ui,
        &t!("compare-blind-spots"),
        &t!("compare-blind-spots-hint"),
        palette.blind_spot,
        |ui| {
            for s in &cmp.blind_spots {
                let skill = name(catalog, s);
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(&skill)
                            .strong()
                            .color(palette.blind_spot)
                            .size(theme::ITEM_SIZE),
                    );
                    let label = t!("compare-add-to-want-hint", skill = skill.as_str());
                    let add = ui
                        .small_button(t!("compare-add-to-want"))
                        .on_hover_text(&label);
                    add.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                    if add.clicked() {
                        commands.push(Command::Edit(Edit::Add {
                            kind: ListKind::Want,
                            text: skill.clone(),
                            skill: Some(s.clone()),
                        }));
                    }
                });
                let summary = catalog
                    .skill(s)
                    .map(|k| k.summary.as_str())
                    .unwrap_or_default();
                ui.label(RichText::new(summary).color(palette.muted));
                ui.add_space(theme::SMALL_GAP);
            }
            cmp.blind_spots.is_empty()
        },
    );
}

/// What the person has or wants that is not on the list.
fn own(ui: &mut egui::Ui, profile: &Profile, cmp: &Comparison) {
    let palette = theme::palette(ui.visuals());
    let item = |id| {
        profile
            .item(id)
            .map(|(_, i)| i.text.clone())
            .unwrap_or_default()
    };
    group(
        ui,
        &t!("compare-own-strengths"),
        &t!("compare-own-strengths-hint"),
        palette.own,
        |ui| {
            for &i in &cmp.own_strengths {
                ui.label(t!("compare-own-item", text = item(i)));
            }
            for &(h, _) in &cmp.own_deepen {
                ui.label(t!("compare-own-deepen", text = item(h)));
            }
            cmp.own_strengths.is_empty() && cmp.own_deepen.is_empty()
        },
    );
    group(
        ui,
        &t!("compare-own-goals"),
        &t!("compare-own-goals-hint"),
        palette.own,
        |ui| {
            for &i in &cmp.own_goals {
                ui.label(t!("compare-own-item", text = item(i)));
            }
            cmp.own_goals.is_empty()
        },
    );
}

/// A titled card; `body` returns true when it showed nothing.
fn group(
    ui: &mut egui::Ui,
    title: &str,
    hint: &str,
    color: egui::Color32,
    body: impl FnOnce(&mut egui::Ui) -> bool,
) {
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // Columns are justified layouts; descriptions read better ragged-right.
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            ui.label(RichText::new(title).heading().color(color));
            ui.label(RichText::new(hint).weak());
            ui.add_space(theme::SMALL_GAP);
            if body(ui) {
                ui.label(RichText::new(t!("compare-none-yet")).weak());
            }
        });
    });
    ui.add_space(theme::PARAGRAPH_GAP);
}

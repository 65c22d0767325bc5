//! Step 3 of the method: the two checklists held against the recommended
//! list. Strengths are crossed out (done, keep them), wanted skills that are
//! recommended are highlighted, blind spots are offered for the Want list.

use egui::RichText;

use super::app::{Command, Edit};
use super::theme;
use crate::model::{Catalog, ListKind, Profile, SkillId, compare};
use crate::store::CatalogSet;

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
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading("Compare with");
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
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Recommended list")
            });
        if chosen != catalog.id {
            commands.push(Command::Edit(Edit::SetCatalog(chosen)));
        }
    });
    if !catalog.description.is_empty() {
        ui.label(RichText::new(&catalog.description).color(palette.muted));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(cmp.summary()).size(17.0).strong());
    ui.add_space(theme::SECTION_GAP);

    let name = |id: &SkillId| {
        catalog
            .skill(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let summary = |id: &SkillId| {
        catalog
            .skill(id)
            .map(|s| s.summary.clone())
            .unwrap_or_default()
    };

    let wide = ui.available_width() > 900.0;
    let columns = if wide { 2 } else { 1 };
    ui.columns(columns, |cols| {
        let (left, right) = if columns == 2 {
            let (a, b) = cols.split_at_mut(1);
            (&mut a[0], Some(&mut b[0]))
        } else {
            (&mut cols[0], None)
        };
        group(
            left,
            "Strengths: already yours",
            "Recommended, and on your Have list. Crossed off: keep them up.",
            palette.strength,
            |ui| {
                for s in &cmp.strengths {
                    ui.label(
                        RichText::new(name(s))
                            .strikethrough()
                            .color(palette.strength)
                            .size(15.0),
                    );
                }
                for s in &cmp.deepen {
                    ui.label(
                        RichText::new(format!("{}  — you want to take it further", name(s)))
                            .color(palette.strength)
                            .size(15.0),
                    );
                }
                cmp.strengths.is_empty() && cmp.deepen.is_empty()
            },
        );
        group(
            left,
            "On the right track",
            "Recommended, and on your Want list: you are thinking along the right lines.",
            palette.right_track,
            |ui| {
                for s in cmp.right_track.iter().chain(&cmp.deepen) {
                    egui::Frame::new()
                        .fill(palette.right_track_fill)
                        .inner_margin(4)
                        .corner_radius(4)
                        .show(ui, |ui| {
                            ui.label(RichText::new(name(s)).strong().size(15.0));
                        });
                }
                cmp.right_track.is_empty() && cmp.deepen.is_empty()
            },
        );
        let ui = right.unwrap_or(left);
        group(
            ui,
            "Worth talking about",
            "Recommended, but on neither list yet. Not a weakness: a conversation to have.",
            palette.blind_spot,
            |ui| {
                for s in &cmp.blind_spots {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(name(s))
                                .strong()
                                .color(palette.blind_spot)
                                .size(15.0),
                        );
                        let label = format!("Add “{}” to the qualities you want", name(s));
                        let add = ui.small_button("Add to Want").on_hover_text(&label);
                        add.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                        });
                        if add.clicked() {
                            commands.push(Command::Edit(Edit::Add {
                                kind: ListKind::Want,
                                text: name(s),
                                skill: Some(s.clone()),
                            }));
                        }
                    });
                    ui.label(RichText::new(summary(s)).color(palette.muted));
                    ui.add_space(4.0);
                }
                cmp.blind_spots.is_empty()
            },
        );
        let item = |id| {
            profile
                .item(id)
                .map(|(_, i)| i.text.clone())
                .unwrap_or_default()
        };
        group(
            ui,
            "Your own strengths",
            "Qualities you have that are not on this list. They count too.",
            palette.own,
            |ui| {
                for &i in &cmp.own_strengths {
                    ui.label(format!("• {}", item(i)));
                }
                for &(h, _) in &cmp.own_deepen {
                    ui.label(format!("• {} — and you want more of it", item(h)));
                }
                cmp.own_strengths.is_empty() && cmp.own_deepen.is_empty()
            },
        );
        group(
            ui,
            "Your own goals",
            "What you want that is not on this list.",
            palette.own,
            |ui| {
                for &i in &cmp.own_goals {
                    ui.label(format!("• {}", item(i)));
                }
                cmp.own_goals.is_empty()
            },
        );
    });
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
            ui.add_space(4.0);
            if body(ui) {
                ui.label(RichText::new("None yet.").weak());
            }
        });
    });
    ui.add_space(8.0);
}

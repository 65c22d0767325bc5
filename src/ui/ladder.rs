//! The role ladder on screen: "Targets from a role" (fills the targets
//! with what a role of the list expects) and the readiness line for the
//! role aimed for, on Rate and Progress.

use egui::RichText;

use super::command::Command;
use super::theme;
use crate::model::{Catalog, Edit, Profile, readiness};
use crate::t;

/// The role picker, when the list has a ladder; nothing otherwise.
pub fn role_picker(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    commands: &mut Vec<Command>,
) {
    if catalog.roles.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        // The role as the list names it now (it may have been chosen in
        // another language).
        let current = profile.aiming_for.as_deref().map(|r| {
            catalog
                .role(r)
                .map_or(r, |role| role.name.as_str())
                .to_owned()
        });
        let mut chosen = current.clone();
        ui.label(t!("ladder-growing-into"));
        egui::ComboBox::from_id_salt("aiming-for")
            .selected_text(current.clone().unwrap_or_else(|| t!("ladder-choose")))
            .show_ui(ui, |ui| {
                for role in &catalog.roles {
                    ui.selectable_value(&mut chosen, Some(role.name.clone()), &role.name);
                }
                if current.is_some() {
                    ui.selectable_value(&mut chosen, None, t!("ladder-no-role"));
                }
            })
            .response
            .on_hover_text(t!("ladder-hint"))
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("ladder-name"))
            });
        if chosen != current {
            let targets = chosen
                .as_deref()
                .and_then(|name| catalog.role(name))
                .map(|r| r.expects.clone())
                .unwrap_or_default();
            commands.push(Command::Edit(Edit::TargetsFromRole {
                role: chosen,
                targets,
            }));
        }
    });
}

/// "Team lead: at or above the expectation on 5 of 8 skills; …", when a
/// role is aimed for and the list still has it.
pub fn readiness_line(ui: &mut egui::Ui, profile: &Profile, catalog: &Catalog) {
    let Some(role) = profile.aiming_for.as_deref().and_then(|r| catalog.role(r)) else {
        return;
    };
    let ready = readiness(profile, catalog, role);
    let palette = theme::palette(ui.visuals());
    let color = if ready.gaps.is_empty() && ready.unrated.is_empty() {
        palette.strength
    } else {
        palette.muted
    };
    ui.label(RichText::new(ready.words(catalog)).color(color));
}

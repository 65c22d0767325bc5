//! The conflict view: the fields this computer and another one changed
//! differently, side by side, each settled with "Keep this computer's",
//! "Take the other's" or, for texts, "Keep both".

use serde_json::Value;

use super::command::Command;
use super::theme;
use crate::model::Profile;
use crate::model::merge::{Choice, Conflict};
use crate::t;

/// A value as the person reads it.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "(empty)".to_owned(),
        Value::String(s) if s.trim().is_empty() => "(empty)".to_owned(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.is_empty() => "(none)".to_owned(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        Value::Object(_) => value.to_string(),
    }
}

/// Longest text shown in a column; the rest is behind "…" (the whole text
/// is kept whatever is chosen).
const SHOWN_CHARS: usize = 600;

/// Draws the view over the window; choices go out as commands.
pub fn show(
    ctx: &egui::Context,
    profile: &Profile,
    conflicts: &[Conflict],
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("lodestar-conflicts")).show(ctx, |ui| {
        let width = (ctx.content_rect().width() - 80.0).clamp(280.0, 760.0);
        ui.set_width(width);
        ui.heading(t!("conflicts-heading"));
        ui.add_space(theme::ROW_GAP);
        ui.label(t!("conflicts-intro"));
        ui.add_space(theme::ROW_GAP);
        let max_height = (ctx.content_rect().height() - 260.0).max(120.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for conflict in conflicts {
                    row(ui, profile, conflict, commands);
                    ui.separator();
                }
            });
        ui.add_space(theme::ROW_GAP);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t!("conflicts-later"))
                .on_hover_text(t!("conflicts-later-hint"))
                .clicked()
            {
                commands.push(Command::ShowConflicts(false));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ShowConflicts(false));
    }
}

fn row(ui: &mut egui::Ui, profile: &Profile, conflict: &Conflict, commands: &mut Vec<Command>) {
    let label = conflict.label(profile);
    ui.label(egui::RichText::new(super::widgets::short(&label, 120)).strong());
    let muted = theme::palette(ui.visuals()).muted;
    ui.columns(2, |cols| {
        for (col, title, value) in [
            (0, t!("conflicts-this"), &conflict.mine),
            (1, t!("conflicts-other"), &conflict.theirs),
        ] {
            let ui = &mut cols[col];
            ui.label(egui::RichText::new(title).color(muted).small());
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                // Left-aligned, not justified as the columns' layout would.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    let whole = shown(value);
                    let text = super::widgets::short(&whole, SHOWN_CHARS);
                    ui.add(egui::Label::new(text.as_ref()).wrap());
                });
            });
        }
    });
    // Two free texts can be kept side by side; a choice (a role, a list)
    // cannot.
    let choice = matches!(
        conflict.path.first(),
        Some(crate::model::merge::Seg::Key(k)) if k == "aiming_for" || k == "catalog"
    );
    let texts = conflict.mine.is_string() && conflict.theirs.is_string() && !choice;
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("conflicts-keep-mine")).clicked() {
            commands.push(Command::Settle(conflict.path.clone(), Choice::Mine));
        }
        if ui.button(t!("conflicts-take-theirs")).clicked() {
            commands.push(Command::Settle(conflict.path.clone(), Choice::Theirs));
        }
        if texts
            && ui
                .button(t!("conflicts-keep-both"))
                .on_hover_text(t!("conflicts-keep-both-hint"))
                .clicked()
        {
            commands.push(Command::Settle(conflict.path.clone(), Choice::Both));
        }
    });
}

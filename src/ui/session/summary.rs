//! A session's summary after the meeting: what was discussed and agreed,
//! to copy as text or Markdown or save as a file.

use egui::RichText;

use super::LiveSession;
use crate::model::coaching::{self, SummaryFormat};
use crate::model::{Catalog, Profile};
use crate::ui::command::Command;
use crate::ui::theme;

/// The summary of a session, to copy or save.
pub fn summary(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::ROW_GAP);
    ui.horizontal_wrapped(|ui| {
        ui.heading("Session summary");
        if ui.button("Copy as text").clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Text));
        }
        if ui.button("Copy as Markdown").clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Markdown));
        }
        if ui.button("Save as Markdown…").clicked() {
            commands.push(Command::SaveSummary);
        }
        if ui.button("Close").clicked() {
            commands.push(Command::LeaveSession);
        }
    });
    ui.checkbox(
        &mut live.include_private,
        "Include the coach's private notes",
    );
    ui.label(
        RichText::new("Ready to send after the meeting. Private notes stay out unless ticked.")
            .color(palette.muted),
    );
    ui.separator();
    let text = coaching::summary(
        profile,
        catalog,
        live.index,
        live.include_private,
        SummaryFormat::Text,
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).monospace()).selectable(true));
        });
}

//! A session's summary after the meeting: what was discussed and agreed,
//! to copy as text or Markdown or save as a file.

use egui::RichText;

use super::LiveSession;
use crate::model::coaching::{self, SummaryFormat};
use crate::model::{Catalog, Profile};
use crate::t;
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
        ui.heading(t!("summary-heading"));
        if ui.button(t!("summary-copy-text")).clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Text));
        }
        if ui.button(t!("summary-copy-markdown")).clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Markdown));
        }
        if ui.button(t!("summary-save-markdown")).clicked() {
            commands.push(Command::SaveSummary);
        }
        if ui.button(t!("summary-close")).clicked() {
            commands.push(Command::LeaveSession);
        }
    });
    ui.checkbox(&mut live.include_private, t!("summary-include-private"));
    ui.label(RichText::new(t!("summary-hint")).color(palette.muted));
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

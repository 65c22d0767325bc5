//! A profile file from the other computer, for a profile that is here
//! already: the dialog that offers to update it (saying what the file
//! brings) or to import it as a separate profile.

use super::command::{Command, Receive};
use super::theme;
use crate::store::Incoming;

/// A file taken in, waiting for the person's choice.
#[derive(Debug)]
pub struct PendingImport {
    pub incoming: Incoming,
    /// The name of the profile here (it may differ from the file's).
    pub name_here: String,
    /// What updating would bring, in words ("2 new Have items, 1 conflict").
    pub preview: String,
    /// The fields both computers changed ("Role").
    pub conflicts: Vec<String>,
}

/// Draws the dialog; the choice goes out as a command.
pub fn show(ctx: &egui::Context, pending: &PendingImport, commands: &mut Vec<Command>) {
    let name = super::widgets::short(&pending.name_here, 60);
    let modal = egui::Modal::new(egui::Id::unique("lodestar-receive")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(format!("“{name}” is already here"));
        ui.add_space(theme::ROW_GAP);
        ui.label(
            "This file is a copy of a profile you have, sent from another computer. Updating \
             brings in what changed there: what was added, what was edited, and what was \
             removed there that you had left as it was. Where both computers changed the same \
             thing, you choose which to keep. The version it replaces goes to the backups.",
        );
        ui.add_space(theme::ROW_GAP);
        ui.label(egui::RichText::new(format!("What it brings: {}.", pending.preview)).strong());
        if !pending.conflicts.is_empty() {
            ui.label(format!(
                "Changed on both computers: {}. You choose which to keep after updating.",
                pending.conflicts.join(", ")
            ));
        }
        for line in &pending.incoming.adjusted {
            ui.label(egui::RichText::new(line).color(theme::palette(ui.visuals()).muted));
        }
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.horizontal_wrapped(|ui| {
            if ui.button(format!("Update {name}’s profile")).clicked() {
                commands.push(Command::Receive(Receive::Update));
            }
            if ui.button("Import as a separate profile").clicked() {
                commands.push(Command::Receive(Receive::Separate));
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::Receive(Receive::Cancel));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::Receive(Receive::Cancel));
    }
}

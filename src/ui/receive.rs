//! A profile file from the other computer, for a profile that is here
//! already: the dialog that offers to update it (saying what the file
//! brings) or to import it as a separate profile.

use super::command::{Command, Receive};
use super::theme;
use crate::store::Incoming;
use crate::t;

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
        ui.heading(t!("receive-heading", name = name.as_ref()));
        ui.add_space(theme::ROW_GAP);
        ui.label(t!("receive-intro"));
        ui.add_space(theme::ROW_GAP);
        ui.label(
            egui::RichText::new(t!("receive-brings", what = pending.preview.as_str())).strong(),
        );
        if !pending.conflicts.is_empty() {
            ui.label(t!(
                "receive-both-changed",
                fields = pending.conflicts.join(", ")
            ));
        }
        for line in &pending.incoming.adjusted {
            ui.label(egui::RichText::new(line).color(theme::palette(ui.visuals()).muted));
        }
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t!("receive-update", name = name.as_ref()))
                .clicked()
            {
                commands.push(Command::Receive(Receive::Update));
            }
            if ui.button(t!("receive-separate")).clicked() {
                commands.push(Command::Receive(Receive::Separate));
            }
            if ui.button(t!("receive-cancel")).clicked() {
                commands.push(Command::Receive(Receive::Cancel));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::Receive(Receive::Cancel));
    }
}

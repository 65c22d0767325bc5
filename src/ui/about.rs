//! The About box: which Lodestar this is, where its data lives, and what it
//! promises about that data.

use std::path::Path;

use super::command::Command;
use super::theme;

/// The version, as built (`Cargo.toml`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Shows the About box over the window. Returns `true` when it should close
/// (Close, Escape or a click beside it).
pub fn show(
    ctx: &egui::Context,
    (data_dir, profiles_dir, moved): (&Path, &Path, bool),
    icon: &mut Option<egui::TextureHandle>,
    commands: &mut Vec<Command>,
) -> bool {
    let icon = icon
        .get_or_insert_with(|| {
            let data = super::icon::app_icon();
            let image = egui::ColorImage::from_rgba_unmultiplied(
                [data.width as usize, data.height as usize],
                &data.rgba,
            );
            ctx.load_texture("about-icon", image, egui::TextureOptions::LINEAR)
        })
        .clone();
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("lodestar-about")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.horizontal(|ui| {
            ui.add(egui::Image::new(&icon).fit_to_exact_size(egui::vec2(48.0, 48.0)));
            ui.vertical(|ui| {
                ui.heading("Lodestar");
                ui.label(format!("Version {VERSION}"));
            });
        });
        ui.add_space(theme::ROW_GAP);
        ui.label("Leadership coaching for technicians: what you have, what you want, how it compares, how it grows, and a plan to take home.");
        ui.add_space(theme::ROW_GAP);
        ui.label(if moved {
            "Backups and settings are kept in:"
        } else {
            "Your profiles are kept in:"
        });
        ui.horizontal_wrapped(|ui| {
            ui.monospace(data_dir.display().to_string());
        });
        ui.horizontal(|ui| {
            if ui.button("Open the folder").clicked() {
                commands.push(Command::OpenDataFolder);
            }
            if ui.button("Copy the path").clicked() {
                ui.ctx().copy_text(data_dir.display().to_string());
            }
        });
        ui.label("To back everything up, copy that whole folder.");
        ui.add_space(theme::ROW_GAP);
        if moved {
            ui.label("The profiles themselves are in a folder you chose:");
            ui.horizontal_wrapped(|ui| {
                ui.monospace(profiles_dir.display().to_string());
            });
        } else {
            ui.label(
                "To work on two computers, keep the profiles in a synced folder (OneDrive, \
                 Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing or a network share).",
            );
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Profiles folder…")
                .on_hover_text("Move the profiles to a folder you choose; backups stay on this computer")
                .clicked()
            {
                commands.push(Command::ChooseProfilesFolder);
            }
            if moved
                && ui
                    .button("Keep them on this computer again")
                    .on_hover_text("Move the profiles back into Lodestar's own folder")
                    .clicked()
            {
                commands.push(Command::ProfilesFolderBack);
            }
        });
        ui.add_space(theme::ROW_GAP);
        ui.label(
            "Lodestar works offline: it makes no network connections, and your notes never leave this computer unless you export them.",
        );
        ui.add_space(theme::ROW_GAP);
        ui.weak("Free software under the MIT or Apache-2.0 licence. Fonts: Noto Sans and Droid Sans Fallback (SIL Open Font License, Apache-2.0).");
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                close = true;
            }
        });
    });
    close || modal.should_close()
}

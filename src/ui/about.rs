//! The About box: which Lodestar this is, where its data lives, and what it
//! promises about that data.

use std::path::Path;

use super::command::Command;
use super::theme;
use crate::t;

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
                ui.label(t!("about-version", version = VERSION));
            });
        });
        ui.add_space(theme::ROW_GAP);
        ui.label(t!("about-what"));
        ui.add_space(theme::ROW_GAP);
        ui.label(if moved {
            t!("about-kept-in-moved")
        } else {
            t!("about-kept-in")
        });
        ui.horizontal_wrapped(|ui| {
            ui.monospace(data_dir.display().to_string());
        });
        ui.horizontal(|ui| {
            if ui.button(t!("about-open-folder")).clicked() {
                commands.push(Command::OpenDataFolder);
            }
            if ui.button(t!("about-copy-path")).clicked() {
                ui.ctx().copy_text(data_dir.display().to_string());
            }
        });
        ui.label(t!("about-backup"));
        ui.add_space(theme::ROW_GAP);
        if moved {
            ui.label(t!("about-profiles-chosen"));
            ui.horizontal_wrapped(|ui| {
                ui.monospace(profiles_dir.display().to_string());
            });
        } else {
            ui.label(t!("about-two-computers"));
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t!("about-profiles-folder"))
                .on_hover_text(t!("about-profiles-folder-hint"))
                .clicked()
            {
                commands.push(Command::ChooseProfilesFolder);
            }
            if moved
                && ui
                    .button(t!("about-back-here"))
                    .on_hover_text(t!("about-back-here-hint"))
                    .clicked()
            {
                commands.push(Command::ProfilesFolderBack);
            }
        });
        ui.add_space(theme::ROW_GAP);
        ui.label(t!("about-offline"));
        ui.add_space(theme::ROW_GAP);
        ui.weak(t!("about-licence"));
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t!("about-close")).clicked() {
                close = true;
            }
        });
    });
    close || modal.should_close()
}

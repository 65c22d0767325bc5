//! The desktop app: an app shell (`app`) and one file per screen. Screens
//! never touch files: they push [`app::Command`]s, which the shell applies.

pub mod app;
pub mod checklist;
pub mod compare_screen;
pub mod details;
pub mod icon;
pub mod picker;
pub mod progress;
pub mod rating;
pub mod session;
pub mod theme;
pub mod widgets;

pub use app::{Command, Edit, LodestarApp, Tab};

use anyhow::Result;

use crate::store::Store;

/// Opens the main window and runs until it is closed.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(store: Store) -> Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lodestar")
            .with_app_id("lodestar")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size(theme::MIN_WINDOW)
            .with_icon(std::sync::Arc::new(icon::app_icon(128))),
        ..Default::default()
    };
    eframe::run_native(
        "Lodestar",
        options,
        Box::new(|_cc| Ok(Box::new(LodestarApp::new(store)))),
    )
    .map_err(|e| anyhow::anyhow!("Could not open the Lodestar window: {e}"))
}

//! The desktop app. The app shell (`app`) holds the open profile (`open`),
//! draws the bars around the screens (`chrome`) and runs the
//! [`Command`]s (`command`) that screens push; files and exports are in
//! `files`, messages go through `status`.
//!
//! One file per screen (`session/` holds three: the log, session mode, the
//! summary); screens never touch files and never import the shell: they
//! read the profile and push commands. A new screen goes in a new file
//! here with a `show` function, and gets a [`Tab`] if it is a step.
//! Shared widgets are in `widgets`, colours and sizes in `theme`.

pub mod about;
pub mod app;
pub mod checklist;
pub mod chrome;
pub mod command;
pub mod compare_screen;
pub mod conflicts;
pub mod details;
pub mod files;
pub mod icon;
pub mod open;
pub mod picker;
pub mod plan;
pub mod progress;
pub mod rating;
pub mod receive;
pub mod session;
pub mod status;
pub mod theme;
pub mod watch;
pub mod widgets;

pub use app::LodestarApp;
pub use command::{Command, Tab};
pub use open::OpenProfile;

use anyhow::Result;

use crate::store::Store;

/// Opens the main window and runs until it is closed.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(store: Store, file: Option<std::path::PathBuf>) -> Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lodestar")
            .with_app_id("lodestar")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size(theme::MIN_WINDOW)
            .with_icon(std::sync::Arc::new(icon::app_icon())),
        ..Default::default()
    };
    eframe::run_native(
        "Lodestar",
        options,
        Box::new(|cc| {
            let mut app = LodestarApp::new(store);
            // Opened with a file (a double click on a `.lodestar` file).
            if let Some(file) = file {
                app.command(Command::TakeIn(file));
            }
            #[cfg(unix)]
            watch_quit_signals(app.stop_flag(), cc.egui_ctx.clone());
            #[cfg(not(unix))]
            let _ = cc;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("Could not open the Lodestar window: {e}"))
}

/// On SIGTERM, SIGINT or SIGHUP (logout, shutdown, `kill`, Ctrl+C in a
/// terminal) the app saves what is unsaved and closes, instead of dying
/// with the last second of typing.
#[cfg(unix)]
fn watch_quit_signals(stop: std::sync::Arc<std::sync::atomic::AtomicBool>, ctx: egui::Context) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(s) => s,
        Err(e) => {
            log::warn!("cannot watch for quit signals: {e}");
            return;
        }
    };
    let spawned = std::thread::Builder::new()
        .name("quit-signals".into())
        .spawn(move || {
            let mut asked = false;
            for _ in signals.forever() {
                if asked {
                    // Asked twice: the person (or system) really means it.
                    std::process::exit(1);
                }
                asked = true;
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                ctx.request_repaint();
            }
        });
    if let Err(e) = spawned {
        log::warn!("cannot watch for quit signals: {e}");
    }
}

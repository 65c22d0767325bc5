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
pub mod due;
pub mod evidence;
pub mod feedback;
pub mod files;
pub mod growth;
pub mod heatmap;
pub mod icon;
pub mod ladder;
pub mod list_editor;
pub mod list_import;
pub mod open;
pub mod picker;
pub mod plan;
pub mod progress;
pub mod rating;
pub mod receive;
pub mod renderer;
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
/// The window is drawn with wgpu (Direct3D 12, Vulkan or Metal). Many
/// office PCs, virtual machines and remote desktops have none of those
/// that work: when wgpu cannot start, Lodestar opens with OpenGL instead
/// (and remembers it for the next starts, see [`renderer`]), and when that
/// fails too it says what is missing in a message box rather than
/// vanishing. `LODESTAR_RENDERER=gl` starts with OpenGL only,
/// `LODESTAR_RENDERER=wgpu` tries wgpu first whatever was remembered.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(store: &Store, file: Option<&std::path::Path>) -> Result<()> {
    use eframe::Renderer::{Glow, Wgpu};
    use std::sync::atomic::Ordering;
    let frames = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let by_hand = std::env::var("LODESTAR_RENDERER").ok();
    let wgpu_backend_set = std::env::var_os("WGPU_BACKEND").is_some();
    let memo = renderer::Plan::remembers(by_hand.as_deref(), wgpu_backend_set)
        .then(renderer::Memo::in_cache_folder)
        .flatten();
    let memo_says_gl = memo
        .as_ref()
        .is_some_and(|m| m.says_gl(std::time::SystemTime::now()));
    let order: &[eframe::Renderer] =
        match renderer::Plan::choose(by_hand.as_deref(), wgpu_backend_set, memo_says_gl) {
            renderer::Plan::WgpuThenGl => &[Wgpu, Glow],
            renderer::Plan::GlThenWgpu => &[Glow, Wgpu],
            renderer::Plan::GlOnly => &[Glow],
        };
    let name = |r: eframe::Renderer| match r {
        Glow => "OpenGL".to_owned(),
        Wgpu => crate::t!("renderer-wgpu"),
    };
    let mut failed: Vec<(String, eframe::Error)> = Vec::new();
    for (attempt, &chosen) in order.iter().enumerate() {
        // What to note once this renderer has opened the window.
        let note = match chosen {
            Glow if attempt > 0 => Some(renderer::Note::OpenGlTookOver),
            Wgpu => Some(renderer::Note::WgpuWorks),
            Glow => None,
        };
        let memo = memo.clone().zip(note);
        // The file was taken in already if a frame ran.
        let file = file
            .filter(|_| frames.load(Ordering::Relaxed) == 0)
            .map(std::path::Path::to_path_buf);
        match open_window(chosen, store, file, &frames, memo) {
            Ok(()) => return Ok(()),
            Err(e) => failed.push((name(chosen), e)),
        }
        // A renderer that fails once the app has been running for a while
        // is not replaced (the window would come back as it started).
        if frames.load(Ordering::Relaxed) > 1 {
            break;
        }
        if let (Some(&next), Some((_, e))) = (order.get(attempt + 1), failed.last()) {
            log::warn!(
                "{} could not start ({e}); trying {}",
                name(chosen),
                name(next)
            );
            let what = if chosen == Wgpu {
                crate::t!("renderer-default")
            } else {
                "OpenGL".to_owned()
            };
            eprintln!(
                "{}",
                crate::t!(
                    "renderer-fallback",
                    what = what,
                    reason = e.to_string(),
                    next = name(next)
                )
            );
        }
    }
    let tried: Vec<(&str, &eframe::Error)> = failed.iter().map(|(n, e)| (n.as_str(), e)).collect();
    let message = no_window_message(store, &tried);
    show_message_box(&message);
    Err(anyhow::anyhow!(message))
}

/// Runs the app in a window drawn by `renderer`, counting the frames;
/// what to note in the renderer memo once it has started.
fn open_window(
    renderer: eframe::Renderer,
    store: &Store,
    file: Option<std::path::PathBuf>,
    frames: &std::sync::Arc<std::sync::atomic::AtomicU64>,
    memo: Option<(renderer::Memo, renderer::Note)>,
) -> std::result::Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lodestar")
            .with_app_id("lodestar")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size(theme::MIN_WINDOW)
            .with_icon(std::sync::Arc::new(icon::app_icon())),
        renderer,
        wgpu_options: renderer::wgpu_options(),
        // The event loop is kept, so a second renderer can be tried.
        run_and_return: true,
        ..Default::default()
    };
    let store = store.clone();
    let frames = std::sync::Arc::clone(frames);
    eframe::run_native(
        "Lodestar",
        options,
        Box::new(move |cc| {
            // The renderer has started.
            if let Some((memo, note)) = memo {
                memo.note(note);
            }
            let mut app = LodestarApp::new(store).counting_frames(frames);
            // Opened with a file (a double click on a `.lodestar` file, or
            // a spreadsheet opened with Lodestar: its list import step).
            if let Some(file) = file {
                app.command(if app::lists::is_sheet(&file) {
                    Command::ImportListFrom(file)
                } else {
                    Command::TakeIn(file)
                });
            }
            #[cfg(unix)]
            watch_quit_signals(app.stop_flag(), cc.egui_ctx.clone());
            #[cfg(not(unix))]
            let _ = cc;
            Ok(Box::new(app))
        }),
    )
}

/// What to tell the person when no renderer could start: what was tried,
/// what to do, and that their data is safe.
fn no_window_message(store: &Store, tried: &[(&str, &eframe::Error)]) -> String {
    let mut lines = vec![crate::t!("no-window-intro"), String::new()];
    lines.extend(tried.iter().map(|(what, error)| format!("{what}: {error}")));
    lines.push(String::new());
    lines.push(crate::t!(
        "no-window-advice",
        folder = store.root().display().to_string()
    ));
    lines.join("\n")
}

/// Shows `message` in the system's message box (and on stderr, for a
/// start from a terminal or where no message box can be shown).
fn show_message_box(message: &str) {
    eprintln!("{message}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(crate::t!("no-window-title"))
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
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

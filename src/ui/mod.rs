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
/// The window is drawn with wgpu (Direct3D 12, Vulkan or Metal). Many
/// office PCs, virtual machines and remote desktops have none of those
/// that work: when wgpu cannot start, Lodestar opens with OpenGL instead,
/// and when that fails too it says what is missing in a message box
/// rather than vanishing. `LODESTAR_RENDERER=gl` starts with OpenGL.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(store: &Store, file: Option<std::path::PathBuf>) -> Result<()> {
    use std::sync::atomic::Ordering;
    let frames = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let gl_first = std::env::var("LODESTAR_RENDERER").is_ok_and(|r| r.eq_ignore_ascii_case("gl"));
    let first = if gl_first {
        eframe::Renderer::Glow
    } else {
        eframe::Renderer::Wgpu
    };
    let failed = match open_window(first, store, file.clone(), &frames) {
        Ok(()) => return Ok(()),
        Err(e) => e,
    };
    // A renderer that fails once the app has been running for a while is
    // not replaced (the window would come back as it started).
    if gl_first || frames.load(Ordering::Relaxed) > 1 {
        let tried = if gl_first {
            "OpenGL"
        } else {
            "Direct3D, Vulkan or Metal"
        };
        let message = no_window_message(store, &[(tried, &failed)]);
        show_message_box(&message);
        return Err(anyhow::anyhow!(message));
    }
    log::warn!("the default renderer could not start ({failed}); trying OpenGL");
    eprintln!("Lodestar: the default renderer could not start ({failed}); opening with OpenGL.");
    // The file was taken in already if a frame ran.
    let file = if frames.load(Ordering::Relaxed) == 0 {
        file
    } else {
        None
    };
    match open_window(eframe::Renderer::Glow, store, file, &frames) {
        Ok(()) => Ok(()),
        Err(gl) => {
            let message = no_window_message(
                store,
                &[("Direct3D, Vulkan or Metal", &failed), ("OpenGL", &gl)],
            );
            show_message_box(&message);
            Err(anyhow::anyhow!(message))
        }
    }
}

/// wgpu with the native APIs only (Direct3D 12, Vulkan, Metal): its own
/// OpenGL backend is left out, since OpenGL is the fallback renderer
/// (glow). Probing OpenGL as well made every start load a second graphics
/// driver; on this machine's software renderer that cost 80 ms of a cold
/// start (263 ms to 183 ms). `WGPU_BACKEND` still picks one by hand.
///
/// Where those APIs offer only a software renderer (Mesa's lavapipe,
/// Windows' WARP: a PC whose graphics chip has OpenGL but no Vulkan or
/// Direct3D 12 driver), wgpu declines, so that the fallback can use the
/// chip through OpenGL; wgpu would otherwise draw on the processor.
fn wgpu_options() -> eframe::egui_wgpu::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, wgpu};
    let mut options = WgpuConfiguration::default();
    if let WgpuSetup::CreateNew(create) = &mut options.wgpu_setup {
        let forced = wgpu::Backends::from_env();
        create.instance_descriptor.backends = forced.unwrap_or(wgpu::Backends::PRIMARY);
        let chosen_by_hand = forced.is_some();
        create.native_adapter_selector = Some(std::sync::Arc::new(move |adapters, surface| {
            pick_adapter(adapters, surface, chosen_by_hand)
        }));
    }
    options
}

/// The graphics adapter wgpu draws with: one that can show the window, a
/// separate graphics chip before a built-in one; a software renderer only
/// when `WGPU_BACKEND` asked for its API.
fn pick_adapter(
    adapters: &[eframe::egui_wgpu::wgpu::Adapter],
    surface: Option<&eframe::egui_wgpu::wgpu::Surface<'_>>,
    software_ok: bool,
) -> Result<eframe::egui_wgpu::wgpu::Adapter, String> {
    use eframe::egui_wgpu::wgpu::DeviceType;
    let rank = |t: DeviceType| match t {
        DeviceType::DiscreteGpu => 0,
        DeviceType::IntegratedGpu => 1,
        DeviceType::VirtualGpu => 2,
        DeviceType::Other => 3,
        DeviceType::Cpu => 4,
    };
    let best = adapters
        .iter()
        .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
        .min_by_key(|a| rank(a.get_info().device_type))
        .ok_or_else(|| "no graphics adapter can show the window".to_owned())?;
    let info = best.get_info();
    if info.device_type == DeviceType::Cpu && !software_ok {
        return Err(format!(
            "only a software renderer ({}, {:?}) is available there",
            info.name, info.backend
        ));
    }
    Ok(best.clone())
}

/// Runs the app in a window drawn by `renderer`, counting the frames.
fn open_window(
    renderer: eframe::Renderer,
    store: &Store,
    file: Option<std::path::PathBuf>,
    frames: &std::sync::Arc<std::sync::atomic::AtomicU64>,
) -> std::result::Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lodestar")
            .with_app_id("lodestar")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size(theme::MIN_WINDOW)
            .with_icon(std::sync::Arc::new(icon::app_icon())),
        renderer,
        wgpu_options: wgpu_options(),
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
            let mut app = LodestarApp::new(store).counting_frames(frames);
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
}

/// What to tell the person when no renderer could start: what was tried,
/// what to do, and that their data is safe.
fn no_window_message(store: &Store, tried: &[(&str, &eframe::Error)]) -> String {
    let mut lines = vec![
        "Lodestar could not open its window: this computer's graphics could not be started."
            .to_owned(),
        String::new(),
    ];
    lines.extend(tried.iter().map(|(what, error)| format!("{what}: {error}")));
    lines.push(String::new());
    lines.push(format!(
        "Update the graphics driver; in a virtual machine or a remote desktop, turn on 3D \
         acceleration. Your profiles are safe in {}, and the command line works without a \
         window (lodestar profiles, lodestar plan …).",
        store.root().display()
    ));
    lines.join("\n")
}

/// Shows `message` in the system's message box (and on stderr, for a
/// start from a terminal or where no message box can be shown).
fn show_message_box(message: &str) {
    eprintln!("{message}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("Lodestar cannot open its window")
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

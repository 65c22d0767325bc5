//! Lodestar: a desktop app that coaches technicians into leaders.
//!
//! Layers, top to bottom; each uses only those below it:
//! - `ui` (the egui app: shell, screens, widgets) and `cli` (headless commands);
//! - `exports`, the one path both take to write a plan or a chart;
//! - `store` (profiles and lists on disk), `report` (the plan as PDF,
//!   Markdown, HTML) and `chart` (the radar chart on any plotters backend);
//! - `model`, the pure domain: no files, no clock, no window.

pub mod assets;
#[doc(hidden)]
pub mod bench_data;
pub mod chart;
pub mod cli;
#[cfg(windows)]
mod console;
pub mod exports;
pub mod model;
pub mod report;
pub mod store;
pub mod ui;

static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Notes the moment the process started (called first thing in `main`), so
/// that start-up can be measured to the first frame.
pub fn mark_process_start() {
    PROCESS_START.get_or_init(std::time::Instant::now);
}

/// Asks the system to read the whole program file into memory, on a
/// thread of its own, while the window is being set up.
///
/// A start after a reboot spends most of its time waiting for the disk: the
/// code the window needs is scattered over the program file, and every first
/// touch of a page stops the start until that part is read. One read of
/// the whole file, begun at once, overlaps those waits with the work of
/// setting up the window (Firefox reads its libxul the same way). The pages
/// go to the system's file cache only, not into the program's memory, so
/// the plan's layout engine still costs no memory until the first print.
/// Linux only; elsewhere a no-op.
pub fn prefetch_program() {
    #[cfg(target_os = "linux")]
    {
        let spawned = std::thread::Builder::new()
            .name("prefetch".into())
            .spawn(|| {
                let file = std::env::current_exe().and_then(std::fs::File::open);
                if let Ok(file) = file {
                    let _ = rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::WillNeed);
                }
            });
        if let Err(e) = spawned {
            log::debug!("no prefetch thread: {e}");
        }
    }
}

/// When the process started, if `main` noted it.
#[must_use]
pub fn process_start() -> Option<std::time::Instant> {
    PROCESS_START.get().copied()
}

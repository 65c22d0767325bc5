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
pub mod i18n;
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

/// When the process started, if `main` noted it.
#[must_use]
pub fn process_start() -> Option<std::time::Instant> {
    PROCESS_START.get().copied()
}

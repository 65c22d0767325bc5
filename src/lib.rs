//! Lodestar: a desktop app that coaches technicians into leaders.
//!
//! Layers, top to bottom: `ui` (egui screens) and `cli` use `store`
//! (profiles and catalogs on disk), which uses `model` (the pure domain).

pub mod assets;
#[doc(hidden)]
pub mod bench_data;
pub mod chart;
pub mod cli;
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

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

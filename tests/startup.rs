//! Start-up stays light: the plan's layout engine (typst's library and the
//! embedded fonts) is loaded at the first print or export, never before.
//! One test in a binary of its own, so that no other test's print loads
//! the engine first.

mod common;

use common::{app_on, click};
use egui_kittest::kittest::Queryable as _;
use lodestar::report::pdf::engine_loaded;
use lodestar::store::Store;

#[test]
fn the_layout_engine_waits_for_the_first_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    store.seed_sample_if_new().expect("sample");
    let mut h = app_on(&store);
    h.run();
    assert!(!engine_loaded(), "loaded at start-up");
    click(&mut h, "Sample technician");
    for tab in lodestar::ui::Tab::ALL.map(lodestar::ui::Tab::label) {
        click(&mut h, &tab);
        assert!(!engine_loaded(), "loaded by showing {tab}");
    }
    let pdf = dir.path().join("plan.pdf");
    h.state_mut().dialog_answer = Some(pdf.clone());
    // The plan's Export… (the profile bar has one too, above it).
    h.query_all_by_label("Export…")
        .last()
        .expect("the plan's Export…")
        .click();
    h.run();
    assert!(engine_loaded(), "{:?}", h.state().status);
    let bytes = std::fs::read(&pdf).expect("the plan was written");
    assert!(bytes.starts_with(b"%PDF"));
}

//! Helpers the kittest suites share: the app on a store, and a click as a
//! person makes it.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

/// The real app on `store`, in a window of a laptop's size.
#[allow(dead_code, reason = "not every suite opens the app this way")]
pub fn app_on(store: &Store) -> Harness<'static, LodestarApp> {
    Harness::builder()
        .with_size([1100.0, 900.0])
        .build_ui_state(
            |ui, app: &mut LodestarApp| app.frame(ui),
            LodestarApp::new(store.clone()),
        )
}

/// Clicks the control with this accessible label and lets the app settle.
pub fn click(h: &mut Harness<'static, LodestarApp>, label: &str) {
    // Scrolled into view first, as a person would.
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

//! Lodestar in German, driven like a person would (issue #17): the language
//! chosen in the status line changes every screen at once and is kept; the
//! key screens in German as snapshots. One test: the language is one
//! setting for the whole program, so nothing else runs beside it here.

mod common;

use common::click;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::i18n::{self, Lang};
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

fn app(store: &Store, size: [f32; 2]) -> Harness<'static, LodestarApp> {
    Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Dark)
        .build_ui_state(
            |ui, app: &mut LodestarApp| app.frame(ui),
            // A fixed date: snapshots must not change with the calendar.
            LodestarApp::new(store.clone()).with_today(jiff::civil::date(2026, 11, 24)),
        )
}

/// A text by its id in the language in use, as the screens show it.
fn t(id: &str) -> String {
    i18n::text(id, None)
}

#[test]
fn german_from_the_status_line_and_the_key_screens_in_german() {
    let german = Lang::find("de").expect("Lodestar speaks German");

    // Chosen in the app: every text changes at once, the lists too, and the
    // choice is kept for the next start.
    i18n::set(Lang::ENGLISH);
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    store.seed_sample_if_new().expect("sample");
    let mut h = app(&store, [1100.0, 760.0]);
    h.run();
    click(&mut h, "Sample technician");
    click(&mut h, "3  Compare");
    assert!(
        h.query_by_label_contains("Effective communication")
            .is_some()
    );
    click(&mut h, "English");
    click(&mut h, "Deutsch");
    assert_eq!(i18n::current(), german);
    // The steps, the built-in list's skills and their words: German now,
    // from the next frame, with the profile still open where it was.
    assert!(
        h.query_by_label(&i18n::text_in(german, "tab-compare", None))
            .is_some()
    );
    assert!(h.query_by_label("3  Compare").is_none());
    assert!(h.query_by_label_contains("Wirksam kommunizieren").is_some());
    assert!(
        h.query_by_label_contains("Effective communication")
            .is_none()
    );
    assert_eq!(store.language().as_deref(), Some("de"));
    drop(h);

    // A new profile folder in German: the sample is the German one.
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    store.seed_sample_if_new().expect("sample");
    let mut results = egui_kittest::SnapshotResults::new();
    let mut h = app(&store, [1100.0, 760.0]);
    h.run();
    click(&mut h, "Beispieltechnikerin");
    h.snapshot("de_have_step");
    click(&mut h, &t("tab-compare"));
    h.snapshot("de_compare_step");
    click(&mut h, &t("tab-plan"));
    h.snapshot("de_plan_step");
    click(&mut h, &t("tab-sessions"));
    click(&mut h, &t("sessions-start"));
    h.snapshot("de_session_mode");
    results.extend_harness(&mut h);
    drop(h);

    // The smallest window: German runs about a third longer than English.
    let mut h = app(&store, [800.0, 600.0]);
    h.run();
    click(&mut h, "Beispieltechnikerin");
    h.snapshot("de_have_step_800x600");
    click(&mut h, &t("tab-compare"));
    h.snapshot("de_compare_step_800x600");
    results.extend_harness(&mut h);
}

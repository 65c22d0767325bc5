//! Lodestar's own heap: the bytes its code (the app, egui, the store, and
//! the layout engine once printing) has allocated and not freed, counted by
//! a global allocator around the system one. The graphics driver's memory
//! is not in it (the app runs in kittest, without a GPU), nor the program's
//! own pages; `scripts/bench-startup` measures the whole process in a real
//! window and splits it between the program, the driver and the heap.
//!
//! Run: `cargo bench --bench memory`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters are plain atomics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> String {
    #[allow(clippy::cast_precision_loss)]
    let mb = bytes as f64 / 1_000_000.0;
    format!("{mb:.1} MB")
}

fn report(what: &str) {
    println!(
        "{what:<58} {:>9} live, {:>9} peak",
        mb(LIVE.load(Ordering::Relaxed)),
        mb(PEAK.load(Ordering::Relaxed))
    );
}

fn click(h: &mut Harness<'static, LodestarApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    store.seed_sample_if_new()?;
    report("before the app");
    let mut h = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_ui_state(
            |ui, app: &mut LodestarApp| app.frame(ui),
            LodestarApp::new(store.clone()),
        );
    h.run();
    report("the picker shown (what a start shows)");
    click(&mut h, "Sample technician");
    report("the sample profile open (Have)");
    for tab in ["3  Compare", "5  Progress", "7  Plan"] {
        click(&mut h, tab);
    }
    report("after Compare, Progress (radar chart) and Plan");
    let pdf = dir.path().join("plan.pdf");
    h.state_mut().dialog_answer = Some(pdf);
    // The plan's Export… (the profile bar has one too, above it).
    if let Some(export) = h.query_all_by_label("Export…").last() {
        export.click();
    }
    h.run();
    report("after the plan's first PDF export (layout engine loaded)");
    drop(h);
    Ok(())
}

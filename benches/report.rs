//! Exporting the sample's development plan: PDF (typst, in-process),
//! Markdown and HTML.
//!
//! Run: `cargo bench --bench report`. Prints the median of repeated runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lodestar::report::{self, Document, Format, Paper};
use lodestar::store::Store;

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v[runs / 2]
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    store.seed_sample_if_new()?;
    let summary = store.find("sample")?;
    let handle = store.open_profile(&summary.id)?;
    let set = store.catalogs();
    let (catalog, _) = set
        .for_profile(&handle.profile.catalog)
        .ok_or_else(|| anyhow::anyhow!("no catalog"))?;
    let date = jiff::civil::date(2026, 11, 24);

    let first = Instant::now();
    let doc = Document::build(&handle.profile, catalog, date);
    let pdf = report::render(&doc, Format::Pdf, Paper::A4, None)?;
    println!(
        "first PDF in this process (fonts loaded, typst warmed up): {:?}, {} KiB",
        first.elapsed(),
        pdf.bytes.len() / 1024
    );
    let t = median(20, || {
        let doc = Document::build(&handle.profile, catalog, date);
        black_box(
            report::render(&doc, Format::Pdf, Paper::A4, None)
                .map(|r| r.bytes.len())
                .ok(),
        );
    });
    println!("sample plan to PDF (document + chart + typst + pdf): {t:?}");
    let t = median(50, || {
        black_box(
            report::render(&doc, Format::Markdown, Paper::A4, None)
                .map(|r| r.bytes.len())
                .ok(),
        );
    });
    println!("sample plan to Markdown: {t:?}");
    let t = median(50, || {
        black_box(
            report::render(&doc, Format::Html, Paper::A4, None)
                .map(|r| r.bytes.len())
                .ok(),
        );
    });
    println!("sample plan to HTML: {t:?}");
    Ok(())
}

//! Load and save of a large profile (50 skills, 500 assessments, 200
//! sessions), listing a folder of profiles, and comparing/matching.
//!
//! Run: `cargo bench --bench store`. Prints the median of repeated runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use lodestar::bench_data::{large_catalog, large_profile};
use lodestar::model::{Matcher, compare};
use lodestar::store::{CatalogSet, Store};

fn median<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    let big = large_profile(50, 500, 200);
    let mut handle = store.create("Large")?;
    let id = handle.profile.id.clone();
    handle.profile = big.clone();
    handle.profile.id = id.clone();
    handle.save()?;
    let size = std::fs::metadata(handle.path())?.len();
    println!(
        "large profile: 50 skills, 500 assessments, 200 sessions, {} KiB on disk",
        size / 1024
    );

    let mut n = 0u32;
    let save = median(31, || {
        n += 1;
        handle.profile.role = format!("role {n}");
        handle.save().expect("save");
    });
    println!("save (serialize + atomic durable write): {save:?}");
    drop(handle);

    let load = median(31, || {
        black_box(store.open_profile(&id).expect("open"));
    });
    println!("load (read + lock + parse + migrate check): {load:?}");

    for i in 0..199 {
        let mut h = store.create(&format!("Technician {i}"))?;
        h.profile
            .add_item(lodestar::model::ListKind::Have, "Listening", None)?;
        h.save()?;
    }
    let list = median(11, || {
        black_box(store.list());
    });
    println!("list 200 profiles (one large): {list:?}");

    let catalog = large_catalog(50);
    let cmp = median(101, || {
        black_box(compare(&big.have, &big.want, &catalog));
    });
    println!("compare 50 items against 50 skills: {cmp:?}");

    let builtin = CatalogSet::builtin();
    let recommended = &builtin.catalogs[0];
    let matcher = Matcher::new(recommended);
    let suggest = median(101, || {
        black_box(matcher.suggest("good at coaching the juniors on the night shift"));
    });
    println!("suggest one item against the recommended list: {suggest:?}");
    let thousand = large_catalog(1000);
    let m1000 = Matcher::new(&thousand);
    let suggest_1000 = median(11, || {
        black_box(m1000.suggest("good at coaching the juniors on the night shift"));
    });
    println!("suggest one item against a 1,000-skill list: {suggest_1000:?}");

    // Two computers worked on copies of the large profile: each side adds
    // items, ratings and a session, both change the role (a conflict).
    let base = big.clone();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    for i in 0..5 {
        mine.add_item(lodestar::model::ListKind::Have, &format!("Mine {i}"), None)?;
        theirs.add_item(
            lodestar::model::ListKind::Want,
            &format!("Theirs {i}"),
            None,
        )?;
    }
    mine.sessions
        .push(lodestar::model::Session::new(jiff::civil::date(2027, 1, 5)));
    theirs.assessments.push(lodestar::model::Assessment::new(
        jiff::civil::date(2027, 1, 6),
        lodestar::model::Rater::SelfRating,
    ));
    mine.role = "Mine".into();
    theirs.role = "Theirs".into();
    let bytes = serde_json::to_vec(&base)?.len();
    let merge = median(21, || {
        black_box(lodestar::model::merge::merge(Some(&base), &mine, &theirs).expect("merges"));
    });
    println!(
        "merge two versions of the large profile ({} KiB, three-way, 1 conflict): {merge:?}",
        bytes / 1024
    );
    let two_way = median(21, || {
        black_box(lodestar::model::merge::merge(None, &mine, &theirs).expect("merges"));
    });
    println!("merge the same without a base (by record id): {two_way:?}");
    // The worst case: both sides added a session, so the sessions (most of
    // the file) are merged record by record.
    theirs
        .sessions
        .push(lodestar::model::Session::new(jiff::civil::date(2027, 1, 7)));
    let both = median(21, || {
        black_box(lodestar::model::merge::merge(Some(&base), &mine, &theirs).expect("merges"));
    });
    println!("merge when both sides added a session (every session compared): {both:?}");
    import_a_big_framework(dir.path())
}

/// A 1,000-skill framework in .xlsx (four levels, strategies, prompts):
/// reading the sheet, making the list, and the whole import into a store.
fn import_a_big_framework(dir: &std::path::Path) -> anyhow::Result<()> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let head = [
        "Skill",
        "Description",
        "Level 1 – Learning",
        "Level 2 – Doing",
        "Level 3 – Leading",
        "Level 4 – Shaping",
        "Strategies",
        "Prompts",
    ];
    for (c, h) in head.iter().enumerate() {
        sheet.write_string(0, u16::try_from(c)?, *h)?;
    }
    for r in 1..=1000u32 {
        sheet.write_string(r, 0, format!("Skill number {r}"))?;
        sheet.write_string(
            r,
            1,
            format!("What skill {r} looks like at work, in a sentence or two."),
        )?;
        for l in 1..=4u16 {
            sheet.write_string(
                r,
                1 + l,
                format!("Level {l} of skill {r}: what a person does at this level."),
            )?;
        }
        sheet.write_string(r, 6, "Try one thing; Ask a colleague\nWrite it down")?;
        sheet.write_string(r, 7, "What went well?; What would you change?")?;
    }
    let path = dir.join("big framework.xlsx");
    book.save(&path)?;
    let size = std::fs::metadata(&path)?.len();
    let read = median(11, || {
        black_box(lodestar::store::sheets::read_tables(&path).expect("reads"));
    });
    println!("read a 1,000-skill .xlsx ({} KiB): {read:?}", size / 1024);
    let tables = lodestar::store::sheets::read_tables(&path)?;
    let mapping = lodestar::model::framework::guess(&tables[0]);
    let build = median(11, || {
        black_box(lodestar::model::framework::build(&tables[0], &mapping, "Big").expect("builds"));
    });
    println!("make the list from it (map, check, 4 levels each): {build:?}");
    let mut n = 0;
    let whole = median(5, || {
        n += 1;
        let store = Store::open(dir.join(format!("import-{n}"))).expect("store");
        black_box(
            store
                .import_catalog(&path, None, None, None)
                .expect("imports"),
        );
    });
    println!("import it into a store (read, make, check the lists, save): {whole:?}");
    Ok(())
}

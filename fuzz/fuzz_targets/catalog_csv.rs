//! Any text as a competency list in CSV: imported or refused with a line
//! number, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = lodestar::model::csv::catalog_from_csv(text, "fuzz", "Fuzz");
    }
});

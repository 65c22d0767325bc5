//! Any bytes as a competency framework in CSV: imported or refused with a
//! row and column, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    use lodestar::model::framework;
    if let Ok(table) = lodestar::store::sheets::csv_table(bytes, "fuzz.csv") {
        let _ = framework::build(&table, &framework::guess(&table), "Fuzz");
    }
});

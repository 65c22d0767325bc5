//! Any bytes as a profile file: the loader (JSON, migration from older
//! formats, typed profile) must answer Ok or a reason, never panic; what it
//! accepts must save again and read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(profile) = lodestar::store::parse_profile_bytes(bytes) {
        let saved = serde_json::to_vec(&profile).expect("an accepted profile serialises");
        let again = lodestar::store::parse_profile_bytes(&saved).expect("and reads back");
        assert_eq!(again.name, profile.name);
    }
});

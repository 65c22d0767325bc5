//! Identities of the records in a profile (assessments, sessions, actions,
//! prompt answers), unique across computers: two people adding records to
//! copies of one profile never pick the same id, so their work can be
//! merged record by record (see [`super::merge`]).
//!
//! A new record gets a random id. A record read from a file written before
//! ids existed gets one derived from what it holds, so that the same old
//! file opened on two computers gives the same ids on both.

use serde::{Deserialize, Serialize};
use std::hash::{BuildHasher as _, Hasher as _};
use std::sync::atomic::{AtomicU64, Ordering};

/// Ids stay below 2^53 so that any JSON tool reads them exactly.
const MASK: u64 = (1 << 53) - 1;

/// The id of one record. 0 means "none yet" (a record made in code before
/// [`super::Profile::ensure_ids`] gives it one).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct RecordId(pub u64);

impl RecordId {
    /// A new random id (from the process's random hashing keys, which the
    /// operating system seeds, and a counter).
    #[must_use]
    pub fn fresh() -> Self {
        Self(fresh_u53())
    }

    /// The id a record of an older file gets from what it holds (`parts`,
    /// e.g. its kind, date and text).
    #[must_use]
    pub fn derived(parts: &[&str]) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for b in part.bytes().chain([0x1f]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        Self((h & MASK).max(1))
    }

    /// Not yet given.
    #[must_use]
    pub fn is_none(self) -> bool {
        self.0 == 0
    }
}

/// A random number in 1..2^53.
#[must_use]
pub fn fresh_u53() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    (h.finish() & MASK).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_differ_and_derived_ones_repeat() {
        let ids: std::collections::BTreeSet<u64> = (0..10_000).map(|_| fresh_u53()).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(ids.iter().all(|&i| i > 0 && i <= MASK));
        assert_eq!(
            RecordId::derived(&["session", "2026-06-02"]),
            RecordId::derived(&["session", "2026-06-02"])
        );
        assert_ne!(
            RecordId::derived(&["ab", "c"]),
            RecordId::derived(&["a", "bc"]),
            "parts are kept apart"
        );
        assert!(RecordId::default().is_none());
    }
}

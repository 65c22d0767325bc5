//! Files that keep the order they were made in: backups, the trash and
//! recovered edits.
//!
//! A time stamp alone cannot order them: two files can be made in the same
//! millisecond, and the clock can be set back (by hand, by a time server or
//! a laptop's dead battery). So each new name carries a sequence number one
//! higher than any already in its folder, before the time stamp, which stays
//! for people reading the folder:
//!
//! ```text
//! [<prefix>-]s000042-20261130T095500.123Z.json
//! ```
//!
//! Names written by earlier versions (`<stamp>.json`, `<stamp>-<n>.json`,
//! `<prefix>-<stamp>.json`) are still read: they are older than any
//! numbered one, and among themselves ordered by stamp, then by `n` as a
//! number (as text `-10` sorts before `-2`, and `-1` before `.json`).

use std::cmp::Ordering;
use std::fs;
use std::path::{Path, PathBuf};

/// Where a file stands in its folder's order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Named before sequence numbers: by time stamp, then the counter that
    /// told apart files of the same millisecond.
    Legacy { stamp: String, n: u64 },
    /// Named with a sequence number: by that number alone.
    Numbered { seq: u64 },
}

/// A file name split into its optional prefix (a profile id) and its rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Parsed<'a> {
    pub prefix: Option<&'a str>,
    rank: Rank,
}

/// `20261130T095500.123Z`: the stamp [`stamp_of`] writes.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 20
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'.'
        && b[16..19].iter().all(u8::is_ascii_digit)
        && b[19] == b'Z'
}

fn digits(s: &str) -> Option<u64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Splits a file stem (the name without `.json`) into prefix and rank, or
/// `None` when the name is not one this module wrote.
pub(super) fn parse(stem: &str) -> Option<Parsed<'_>> {
    let (rest, last) = match stem.rsplit_once('-') {
        Some((rest, last)) => (Some(rest), last),
        None => (None, stem),
    };
    if is_stamp(last) {
        // `[prefix-]s<seq>-<stamp>` or the legacy `[prefix-]<stamp>`.
        if let Some(rest) = rest {
            let (before, token) = match rest.rsplit_once('-') {
                Some((before, token)) => (Some(before), token),
                None => (None, rest),
            };
            // Six digits or more, as written: an old name whose id ends in
            // "-s1" is not taken for a numbered one.
            let seq = token
                .strip_prefix('s')
                .filter(|d| d.len() >= 6)
                .and_then(digits);
            if let Some(seq) = seq {
                return Some(Parsed {
                    prefix: prefix_of(before),
                    rank: Rank::Numbered { seq },
                });
            }
        }
        return Some(Parsed {
            prefix: prefix_of(rest),
            rank: Rank::Legacy {
                stamp: last.to_owned(),
                n: 0,
            },
        });
    }
    // The legacy `[prefix-]<stamp>-<n>`.
    let n = digits(last)?;
    let (before, stamp) = match rest?.rsplit_once('-') {
        Some((before, stamp)) => (Some(before), stamp),
        None => (None, rest?),
    };
    is_stamp(stamp).then(|| Parsed {
        prefix: prefix_of(before),
        rank: Rank::Legacy {
            stamp: stamp.to_owned(),
            n,
        },
    })
}

fn prefix_of(s: Option<&str>) -> Option<&str> {
    s.filter(|p| !p.is_empty())
}

fn stem_of(path: &Path) -> Option<&str> {
    path.file_stem().and_then(|s| s.to_str())
}

/// Orders two paths as they were made (names this module does not know
/// would go first, in text order).
fn compare(a: &Path, b: &Path) -> Ordering {
    let ra = stem_of(a).and_then(parse).map(|p| p.rank);
    let rb = stem_of(b).and_then(parse).map(|p| p.rank);
    ra.cmp(&rb).then_with(|| a.cmp(b))
}

/// The `.json` files in `dir` named by this module (or an earlier
/// version), oldest first; any other file is left out, so pruning never
/// touches it. A folder that does not exist holds none.
pub(super) fn list(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .filter(|p| stem_of(p).and_then(parse).is_some())
                .collect()
        })
        .unwrap_or_default();
    files.sort_by(|a, b| compare(a, b));
    files
}

/// A path in `dir` for a new file, later in the order than every file
/// already there and free: `[<prefix>-]s<seq>-<stamp>.json`.
pub(super) fn new_path(dir: &Path, prefix: Option<&str>, stamp: &str) -> PathBuf {
    let highest = list(dir)
        .iter()
        .filter_map(|p| match stem_of(p).and_then(parse)?.rank {
            Rank::Numbered { seq } => Some(seq),
            Rank::Legacy { .. } => None,
        })
        .max()
        .unwrap_or(0);
    let mut seq = highest.saturating_add(1);
    loop {
        let name = match prefix {
            Some(p) => format!("{p}-s{seq:06}-{stamp}.json"),
            None => format!("s{seq:06}-{stamp}.json"),
        };
        let path = dir.join(name);
        // Another process may have taken the number between the listing
        // and now.
        if !path.exists() {
            return path;
        }
        seq = seq.saturating_add(1);
    }
}

/// A UTC time stamp for a file name: `20261124T120301.123Z`.
pub(super) fn stamp_of(at: jiff::Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%S%.3fZ").to_string()
}

/// The stamp of this moment.
pub(super) fn stamp() -> String {
    stamp_of(jiff::Timestamp::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "20261130T095500.123Z";

    /// The prefix and rank of a stem, owned.
    fn parsed(stem: &str) -> Option<(Option<String>, Rank)> {
        parse(stem).map(|p| (p.prefix.map(str::to_owned), p.rank))
    }

    fn legacy(n: u64) -> Rank {
        Rank::Legacy {
            stamp: T.to_owned(),
            n,
        }
    }

    #[test]
    fn names_are_parsed_new_and_old() {
        let id = "p-0123456789012345".to_owned();
        assert_eq!(
            parsed(&format!("s000042-{T}")),
            Some((None, Rank::Numbered { seq: 42 }))
        );
        assert_eq!(
            parsed(&format!("{id}-s000007-{T}")),
            Some((Some(id.clone()), Rank::Numbered { seq: 7 }))
        );
        // An all-digit id is not taken for a sequence number.
        assert_eq!(parsed(&format!("{id}-{T}")), Some((Some(id), legacy(0))));
        assert_eq!(parsed(&format!("{T}-10")), Some((None, legacy(10))));
        assert_eq!(
            parsed(&format!("sample-{T}-3")),
            Some((Some("sample".to_owned()), legacy(3)))
        );
        assert_eq!(parse("p-0123456789abcdef"), None);
        // An id ending in "-s1" before a legacy stamp keeps its whole id.
        assert_eq!(
            parsed(&format!("team-s1-{T}")),
            Some((Some("team-s1".to_owned()), legacy(0)))
        );
        assert_eq!(parse("notes"), None);
        assert_eq!(parse("20261130T0955"), None);
    }

    #[test]
    fn legacy_names_order_by_stamp_then_counter_as_a_number() {
        let names = [
            format!("{T}-10.json"),
            format!("{T}-2.json"),
            format!("{T}.json"),
            format!("{T}-1.json"),
            "20261130T095459.999Z-3.json".to_owned(),
        ];
        let mut paths: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        paths.sort_by(|a, b| compare(a, b));
        let got: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(
            got,
            [
                "20261130T095459.999Z-3.json".to_owned(),
                format!("{T}.json"),
                format!("{T}-1.json"),
                format!("{T}-2.json"),
                format!("{T}-10.json"),
            ]
        );
    }

    #[test]
    fn numbered_names_follow_the_number_not_the_clock_and_come_after_legacy_ones() {
        let mut paths = [
            PathBuf::from("s000003-20200101T000000.000Z.json"),
            PathBuf::from("s000010-20190101T000000.000Z.json"),
            PathBuf::from("s000002-20301231T235959.999Z.json"),
            PathBuf::from("20991231T235959.999Z-5.json"),
            PathBuf::from("unknown.json"),
        ];
        paths.sort_by(|a, b| compare(a, b));
        let got: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(
            got,
            [
                "unknown.json",
                "20991231T235959.999Z-5.json",
                "s000002-20301231T235959.999Z.json",
                "s000003-20200101T000000.000Z.json",
                "s000010-20190101T000000.000Z.json",
            ]
        );
    }

    #[test]
    fn a_new_name_goes_after_every_file_even_past_a_million() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = new_path(dir.path(), None, T);
        assert!(first.ends_with(format!("s000001-{T}.json")));
        fs::write(&first, b"1").expect("write");
        fs::write(dir.path().join(format!("s1234567-{T}.json")), b"2").expect("write");
        let next = new_path(dir.path(), Some("p-1"), "20000101T000000.000Z");
        assert!(next.ends_with("p-1-s1234568-20000101T000000.000Z.json"));
        fs::write(&next, b"3").expect("write");
        assert_eq!(list(dir.path()).last(), Some(&next));
        // A file of someone else's in the folder is not listed (nor pruned).
        fs::write(dir.path().join("notes.json"), b"{}").expect("write");
        assert_eq!(list(dir.path()).len(), 3);
    }

    #[test]
    fn stamps_have_the_parsed_shape() {
        assert!(is_stamp(&stamp()));
        assert!(is_stamp(T));
    }
}

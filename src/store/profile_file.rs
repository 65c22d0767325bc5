//! One profile file: reading (with migration and corruption handling),
//! the edit lock, conflict detection, atomic saves and rolling backups.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::error::{Result, StoreError};
use super::migrate::{migrate, version_of};
use super::{BACKUPS_KEPT, Store, stamped};
use crate::model::{Profile, ProfileId, SCHEMA_VERSION, merge};

/// A new backup is taken at the first save after opening, then at most this often.
const BACKUP_EVERY: Duration = Duration::from_mins(10);

/// A save's temporary file older than this was left by a save that never
/// finished (the process was killed): no running save still owns it.
const STALE_TEMP_AGE: Duration = Duration::from_hours(1);

/// Whether this window may write the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Another Lodestar window (or process) is editing it.
    OpenElsewhere,
    /// Written by a newer Lodestar: saving could lose what it added.
    NewerFormat(u64),
    /// Someone made the file read-only (its permissions or properties):
    /// Lodestar respects that instead of replacing it.
    FileReadOnly,
}

impl Access {
    /// Why the profile is read-only, in words; `None` when it is writable.
    #[must_use]
    pub fn reason(&self) -> Option<String> {
        match self {
            Access::ReadWrite => None,
            Access::OpenElsewhere => Some("it is open in another Lodestar window".to_owned()),
            Access::NewerFormat(v) => Some(format!(
                "it was saved by a newer Lodestar (file format {v}); update Lodestar to edit it"
            )),
            Access::FileReadOnly => {
                Some("its file is marked read-only; make it writable again to edit it".to_owned())
            }
        }
    }
}

/// An open profile: the data, and what is needed to save it safely.
#[derive(Debug)]
pub struct ProfileHandle {
    pub profile: Profile,
    path: PathBuf,
    backup_dir: PathBuf,
    access: Access,
    /// Held for as long as the handle lives; dropping it releases the lock.
    _lock: Option<File>,
    /// Hash of the file as we last read or wrote it; `None` if there was no file.
    disk_hash: Option<u64>,
    /// The profile lives in a folder the person chose (a synced one).
    shared_folder: bool,
    /// The profile as we last read or wrote it: the common ancestor when
    /// another computer (through a synced folder) changes the file.
    base: Option<Profile>,
    last_backup: Option<Instant>,
}

/// What [`ProfileHandle::merge_from_disk`] took in.
#[derive(Debug)]
pub struct FromDisk {
    pub summary: merge::Summary,
    /// Fields both sides changed: the profile holds this side's value.
    pub conflicts: Vec<merge::Conflict>,
    /// The merged profile differs from the file: it is to be saved.
    pub differs: bool,
    /// What was cut to fit the limits of typed text, in words.
    pub adjusted: Vec<String>,
}

pub(super) struct Loaded {
    pub profile: Profile,
    pub newer: Option<u64>,
    pub hash: u64,
}

#[derive(Debug)]
pub(super) enum ParseError {
    TooNew { found: u64, name: String },
    Invalid(String),
}

impl std::error::Error for ParseError {}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::TooNew { found, .. } => {
                f.write_str(&crate::t!("file-too-new", found = found.to_string()))
            }
            ParseError::Invalid(reason) => f.write_str(reason),
        }
    }
}

/// Parses profile bytes: JSON, then migration from older formats, then the
/// typed profile. `id` fills in the id for formats that had none.
pub(super) fn parse_profile(bytes: &[u8], id: &str) -> std::result::Result<Loaded, ParseError> {
    let hash = fnv1a(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            ParseError::Invalid(crate::t!("file-cut-off", line = e.line()))
        } else {
            ParseError::Invalid(format!("line {}, column {}: {e}", e.line(), e.column()))
        }
    })?;
    let Value::Object(mut doc) = value else {
        return Err(ParseError::Invalid(
            "it does not hold a profile object".to_owned(),
        ));
    };
    let Some(version) = version_of(&doc) else {
        return Err(ParseError::Invalid(
            "its schema_version is not a number".to_owned(),
        ));
    };
    let newer = (version > u64::from(SCHEMA_VERSION)).then_some(version);
    if newer.is_none() {
        migrate(&mut doc, version, id);
    }
    let name = doc
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("(unnamed)")
        .to_owned();
    match serde_json::from_value::<Profile>(Value::Object(doc)) {
        Ok(profile) => Ok(Loaded {
            profile,
            newer,
            hash,
        }),
        Err(_) if newer.is_some() => Err(ParseError::TooNew {
            found: version,
            name,
        }),
        Err(e) => Err(ParseError::Invalid(e.to_string())),
    }
}

/// Reads a profile file. A file that does not parse is renamed aside and
/// reported as [`StoreError::Corrupt`] (with `set_aside_bad`; otherwise
/// only reported); a newer format that this version
/// cannot read is left where it is and reported as [`StoreError::TooNew`].
pub(super) fn read_profile(path: &Path, id: &ProfileId, set_aside_bad: bool) -> Result<Loaded> {
    let bytes = fs::read(path).map_err(StoreError::io("read", path))?;
    match parse_profile(&bytes, id.as_str()) {
        Ok(mut loaded) => {
            // The file name is the source of truth for the id: a file copied
            // by hand under another name must not be saved over its twin.
            loaded.profile.id = id.clone();
            Ok(loaded)
        }
        Err(ParseError::TooNew { found, name }) => Err(StoreError::TooNew {
            name,
            found,
            supported: SCHEMA_VERSION,
        }),
        // In a synced folder the file may still be arriving, and a rename
        // there would reach every computer: it is named, never moved.
        Err(ParseError::Invalid(reason)) if !set_aside_bad => Err(StoreError::NotAProfile {
            path: path.to_path_buf(),
            reason: format!("{reason} (if a sync program is still copying it, wait a moment)"),
        }),
        Err(ParseError::Invalid(reason)) => {
            let set_aside = set_aside(path)?;
            Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                set_aside,
                reason,
            })
        }
    }
}

/// Renames an unreadable file to `<name>.corrupt-<time>` beside it.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut target = path.with_file_name(format!("{name}.corrupt-{}", stamped::stamp()));
    let mut n = 1;
    while target.exists() {
        target = path.with_file_name(format!("{name}.corrupt-{}-{n}", stamped::stamp()));
        n += 1;
    }
    fs::rename(path, &target).map_err(StoreError::io("set aside", path))?;
    Ok(target)
}

/// Serialises a profile as pretty JSON with a final newline.
pub(super) fn to_bytes(profile: &Profile) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(profile).map_err(|e| StoreError::NotAProfile {
        path: PathBuf::from(profile.id.as_str()),
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes `bytes` to `path` atomically and durably (temporary file, flush,
/// rename, flush of the folder), readable by the owner only on Unix.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    #[cfg_attr(not(unix), expect(unused_mut, reason = "the mode is set on Unix only"))]
    let mut options = atomic_write_file::AtomicWriteFile::options();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.preserve_mode(false);
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(StoreError::io("save", path))?;
    file.write_all(bytes)
        .map_err(StoreError::io("save", path))?;
    file.commit().map_err(StoreError::io("save", path))
}

impl ProfileHandle {
    pub(super) fn open(store: &Store, id: &ProfileId) -> Result<Self> {
        let path = store.profile_path(id);
        if !path.exists() {
            return Err(StoreError::NoSuchProfile(id.to_string()));
        }
        let lock = take_lock(&store.locks_dir().join(format!("{id}.lock")))?;
        let loaded = read_profile(&path, id, !store.profiles_moved())?;
        let read_only_file = fs::metadata(&path).is_ok_and(|m| m.permissions().readonly());
        let access = match (&loaded.newer, &lock) {
            (Some(v), _) => Access::NewerFormat(*v),
            _ if read_only_file => Access::FileReadOnly,
            (None, None) => Access::OpenElsewhere,
            (None, Some(_)) => Access::ReadWrite,
        };
        Ok(Self {
            path,
            backup_dir: store.backups_dir().join(id.as_str()),
            access,
            _lock: lock,
            disk_hash: Some(loaded.hash),
            shared_folder: store.profiles_moved(),
            base: Some(loaded.profile.clone()),
            profile: loaded.profile,
            last_backup: None,
        })
    }

    #[must_use]
    pub fn access(&self) -> &Access {
        &self.access
    }

    /// The file on disk was saved by a newer Lodestar (on another
    /// computer): this window may no longer write it.
    pub fn mark_newer(&mut self, found: u64) {
        self.access = Access::NewerFormat(found);
    }

    #[must_use]
    pub fn is_read_only(&self) -> bool {
        self.access != Access::ReadWrite
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Saves the profile if it changed. Refuses when read-only, or when the
    /// file on disk is no longer what this handle last read or wrote.
    ///
    /// # Errors
    /// [`StoreError::ReadOnly`], [`StoreError::ChangedOnDisk`], or an I/O
    /// problem (the disk is full…); in every case the file on disk is intact.
    pub fn save(&mut self) -> Result<()> {
        self.save_inner(false)
    }

    /// Saves over a file that was changed on disk by someone else, after the
    /// person chose to keep their version. The other version goes to backups.
    ///
    /// # Errors
    /// As [`Self::save`], except for [`StoreError::ChangedOnDisk`].
    pub fn save_replacing(&mut self) -> Result<()> {
        self.save_inner(true)
    }

    fn save_inner(&mut self, replace_changed: bool) -> Result<()> {
        if let Some(reason) = self.access.reason() {
            return Err(StoreError::ReadOnly {
                name: self.profile.name.clone(),
                reason,
            });
        }
        let current = match fs::read(&self.path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::io("read", &self.path)(e)),
        };
        let current_hash = current.as_deref().map(fnv1a);
        let changed = current_hash != self.disk_hash;
        if changed && !replace_changed {
            return Err(StoreError::ChangedOnDisk {
                name: self.profile.name.clone(),
            });
        }
        self.profile.schema_version = SCHEMA_VERSION;
        let bytes = to_bytes(&self.profile)?;
        let new_hash = fnv1a(&bytes);
        if current_hash == Some(new_hash) {
            self.disk_hash = current_hash;
            return Ok(());
        }
        if let Some(old) = &current {
            let due = changed || self.last_backup.is_none_or(|t| t.elapsed() >= BACKUP_EVERY);
            if due {
                self.backup(old)?;
            }
        }
        write_atomic(&self.path, &bytes)?;
        self.disk_hash = Some(new_hash);
        self.base = Some(self.profile.clone());
        Ok(())
    }

    /// Saves after a merge: the version on disk goes to the backups first,
    /// however recently one was made.
    ///
    /// # Errors
    /// As [`Self::save`].
    pub fn save_keeping_old(&mut self) -> Result<()> {
        self.last_backup = None;
        self.save()
    }

    /// Reads the file again, dropping unsaved changes (after the person chose
    /// the other version in a conflict).
    ///
    /// # Errors
    /// When the file cannot be read or no longer parses.
    pub fn reload(&mut self) -> Result<()> {
        let loaded = read_profile(&self.path, &self.profile.id, !self.shared_folder)?;
        self.base = Some(loaded.profile.clone());
        self.profile = loaded.profile;
        self.disk_hash = Some(loaded.hash);
        if let Some(v) = loaded.newer {
            self.access = Access::NewerFormat(v);
        }
        Ok(())
    }

    /// Takes in what another computer or program wrote to the file since
    /// this handle last read or wrote it, merged with what is here: a
    /// three-way merge against the version both started from. `None` when
    /// the file is as this handle left it (or gone: saving then says so).
    /// The version on disk goes to the backups at the next save.
    ///
    /// # Errors
    /// When the file cannot be read, does not parse (a sync still under
    /// way; it is left alone and tried again at the next change), or was
    /// written by a newer Lodestar.
    pub fn merge_from_disk(&mut self) -> Result<Option<FromDisk>> {
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(StoreError::io("read", &self.path)(e)),
        };
        let hash = fnv1a(&bytes);
        if Some(hash) == self.disk_hash {
            return Ok(None);
        }
        let theirs = parse_profile(&bytes, self.profile.id.as_str()).map_err(|e| match e {
            ParseError::TooNew { found, name } => StoreError::TooNew {
                name,
                found,
                supported: SCHEMA_VERSION,
            },
            ParseError::Invalid(reason) => StoreError::NotAProfile {
                path: self.path.clone(),
                reason,
            },
        })?;
        if let Some(found) = theirs.newer {
            return Err(StoreError::TooNew {
                name: theirs.profile.name,
                found,
                supported: SCHEMA_VERSION,
            });
        }
        let mut theirs = theirs.profile;
        theirs.id = self.profile.id.clone();
        theirs.ensure_ids();
        let adjusted = theirs.hold_to_limits();
        let merged = merge::merge(self.base.as_ref(), &self.profile, &theirs)
            .map_err(|e| StoreError::Merge(e.to_string()))?;
        let differs = merged.profile != theirs;
        self.profile = merged.profile;
        self.base = Some(theirs);
        self.disk_hash = Some(hash);
        // What was on disk is kept before anything replaces it.
        self.last_backup = None;
        Ok(Some(FromDisk {
            summary: merged.summary,
            conflicts: merged.conflicts,
            differs,
            adjusted,
        }))
    }

    fn backup(&mut self, bytes: &[u8]) -> Result<()> {
        write_backup(&self.backup_dir, bytes, &stamped::stamp())?;
        self.last_backup = Some(Instant::now());
        Ok(())
    }
}

/// Writes `bytes` as the newest backup in `dir`, named with `stamp`, then
/// prunes the folder to the newest [`BACKUPS_KEPT`]. The order is kept by a
/// sequence number in the name, so backups of the same millisecond, or made
/// after the clock was set back, still sort as they were made.
pub(super) fn write_backup(dir: &Path, bytes: &[u8], stamp: &str) -> Result<PathBuf> {
    fs::create_dir_all(dir).map_err(StoreError::io("create the folder", dir))?;
    let path = stamped::new_path(dir, None, stamp);
    write_atomic(&path, bytes)?;
    remove_stale_temp_files(dir);
    let backups = list_backups(dir);
    for old in backups
        .iter()
        .take(backups.len().saturating_sub(BACKUPS_KEPT))
    {
        if let Err(e) = fs::remove_file(old) {
            log::warn!("could not remove old backup {}: {e}", old.display());
        }
    }
    Ok(path)
}

/// Removes the temporary files that saves killed half-way left in `dir`
/// (`.<name>.json.<6 letters>`, the atomic-write-file crate's naming), once
/// they are old enough that no save still running can own them. They never
/// hold the only copy of anything: the file they were to replace is intact.
pub(super) fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temp_name) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE_TEMP_AGE);
        if stale && let Err(e) = fs::remove_file(entry.path()) {
            log::warn!(
                "could not remove a leftover temporary file {}: {e}",
                entry.path().display()
            );
        }
    }
}

fn is_temp_name(name: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(base, suffix)| {
            Path::new(base).extension().is_some_and(|e| e == "json")
                && suffix.len() == 6
                && suffix.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Backup files in a folder, oldest first (see [`stamped`]).
pub(super) fn list_backups(dir: &Path) -> Vec<PathBuf> {
    stamped::list(dir)
}

/// Takes the edit lock, or `None` if another process or handle holds it.
pub(super) fn take_lock(path: &Path) -> Result<Option<File>> {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(StoreError::io("open the lock file", path))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(StoreError::io("lock", path)(e)),
    }
}

/// A new random-looking profile id, `p-` and 16 hex digits.
pub(super) fn random_id() -> ProfileId {
    use std::hash::{BuildHasher, RandomState};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = jiff::Timestamp::now().as_nanosecond();
    // RandomState is seeded from the OS per process; mixing in the time and
    // a counter keeps ids distinct within and across processes.
    let h = RandomState::new().hash_one((nanos, n, std::process::id()));
    ProfileId::parse(&format!("p-{h:016x}")).unwrap_or_else(|| unreachable!("hex ids are valid"))
}

/// FNV-1a: a fast, stable fingerprint of file contents, to notice that a
/// file changed on disk. Not for security.
pub(super) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::{BACKUPS_KEPT, list_backups, write_backup};
    use std::fs;

    /// The backup contents, oldest first, as numbers.
    fn contents(dir: &std::path::Path) -> Vec<u32> {
        list_backups(dir)
            .iter()
            .map(|p| {
                fs::read_to_string(p)
                    .expect("read")
                    .parse()
                    .expect("a number")
            })
            .collect()
    }

    #[test]
    fn fifty_backups_in_one_millisecond_keep_their_order_and_the_newest_twenty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let stamp = "20261130T095500.123Z";
        for i in 0..50_u32 {
            write_backup(dir.path(), i.to_string().as_bytes(), stamp).expect("backed up");
            // After every backup the newest is the one just made.
            assert_eq!(contents(dir.path()).last(), Some(&i));
        }
        let kept = contents(dir.path());
        assert_eq!(kept.len(), BACKUPS_KEPT);
        assert_eq!(
            kept,
            (30..50).collect::<Vec<u32>>(),
            "the newest twenty, in order"
        );
    }

    #[test]
    fn backups_after_the_clock_is_set_back_still_come_last() {
        let dir = tempfile::tempdir().expect("temp dir");
        // Backups written by an older Lodestar, including the same-millisecond
        // names that sorted wrongly as text.
        for (name, n) in [
            ("20261130T095500.123Z.json", 1),
            ("20261130T095500.123Z-1.json", 2),
            ("20261130T095500.123Z-2.json", 3),
            ("20261130T095500.123Z-10.json", 4),
        ] {
            fs::write(dir.path().join(name), n.to_string()).expect("write");
        }
        assert_eq!(contents(dir.path()), [1, 2, 3, 4]);
        // The clock goes back a year, then forward, then back again.
        for (i, stamp) in [
            "20251130T095500.000Z",
            "20271130T095500.000Z",
            "20240101T000000.000Z",
            "20240101T000000.000Z",
        ]
        .iter()
        .enumerate()
        {
            let n = u32::try_from(i).expect("small") + 5;
            write_backup(dir.path(), n.to_string().as_bytes(), stamp).expect("backed up");
        }
        assert_eq!(contents(dir.path()), [1, 2, 3, 4, 5, 6, 7, 8]);
        // Pruning drops the oldest, the legacy ones first.
        for n in 9..=(u32::try_from(BACKUPS_KEPT).expect("small") + 4) {
            write_backup(dir.path(), n.to_string().as_bytes(), "20200101T000000.000Z")
                .expect("backed up");
        }
        let kept = contents(dir.path());
        assert_eq!(kept.len(), BACKUPS_KEPT);
        assert_eq!(kept.first(), Some(&5));
    }

    #[test]
    fn temporary_files_are_told_from_profiles_and_backups() {
        assert!(super::is_temp_name(".p-0123456789abcdef.json.aB3xY9"));
        assert!(super::is_temp_name(".20261124T120301.123Z.json.000000"));
        assert!(!super::is_temp_name("p-0123456789abcdef.json"));
        assert!(!super::is_temp_name(".sample-added"));
        assert!(!super::is_temp_name(".p-1.json.corrupt"));
        assert!(!super::is_temp_name(
            "p-1.json.corrupt-20261124T120301.123Z"
        ));
    }
}

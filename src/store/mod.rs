//! Profiles and catalogs on disk.
//!
//! Layout under the config directory:
//! ```text
//! profiles/<id>.json          one pretty JSON file per profile (0600 on Unix)
//! profiles/<id>.json.corrupt-<time>   a file that did not parse, set aside
//! backups/<id>/s<n>-<time>.json  the last 20 earlier versions of each profile
//! trash/<id>-s<n>-<time>.json      deleted profiles (Undo delete brings one back)
//! recovered/<id>-s<n>-<time>.json  edits that could not be saved in place
//! locks/<id>.lock             held while a Lodestar window edits the profile
//! catalogs/*.json             the coach's own recommended lists
//! ```
//! Saves are atomic and durable: a crash leaves either the old or the new
//! file, never a mix. A profile is never overwritten blindly: a file that
//! does not parse is set aside, a newer format opens read-only, a profile
//! open in another window is read-only, and a file changed by someone else
//! since it was read stops the save.

mod attachments;
mod catalogs;
mod error;
mod exchange;
pub mod feedback;
mod folder;
pub mod migrate;
mod pending;
mod profile_file;
pub mod sheets;
mod stamped;
mod sync_copies;

pub use attachments::Carried;
pub use catalogs::{CatalogProblem, CatalogSet, default_title};
pub use error::{Result, StoreError};
pub use exchange::{Incoming, MAX_INCOMING_BYTES, Received, Recipient};
pub use folder::{Moved, Settings};
pub use profile_file::{Access, FromDisk, ProfileHandle};
pub use sync_copies::{CopyOutcome, CopyReport, SyncCopy, copy_of, is_profile_or_copy};

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::{Profile, ProfileId};
use profile_file::{parse_profile, write_atomic};

/// How many earlier versions of each profile are kept.
pub const BACKUPS_KEPT: usize = 20;

/// Where Lodestar keeps its files: `--config-dir`, else the
/// `LODESTAR_CONFIG_DIR` environment variable, else the OS config directory.
#[must_use]
pub fn config_dir(cli: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = cli {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("LODESTAR_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Lodestar", "Lodestar")
        .map(|d| d.config_dir().to_path_buf())
}

/// A profile as listed, without keeping it open.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileSummary {
    pub id: ProfileId,
    pub name: String,
    pub role: String,
    pub path: PathBuf,
    pub modified: Option<std::time::SystemTime>,
    /// Written by a newer Lodestar: it opens read-only.
    pub newer_format: Option<u64>,
    /// Sessions and actions, for the coach view.
    pub coaching: crate::model::coaching::CoachingState,
    /// Latest levels and targets, for the team's heat map and sheet.
    pub standing: crate::model::team::Standing,
}

/// The profiles found, and the files that could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    pub profiles: Vec<ProfileSummary>,
    pub problems: Vec<StoreError>,
}

/// The config directory, opened.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// `root/profiles`, or the folder the person chose (see `folder`).
    profiles: PathBuf,
    problem: Option<String>,
}

impl Store {
    /// Opens (creating if needed) the config directory at `root`.
    ///
    /// # Errors
    /// When the folders cannot be created.
    pub fn open(root: impl Into<PathBuf>) -> Result<Self> {
        let root = root.into();
        let store = Self {
            profiles: root.join("profiles"),
            root,
            problem: None,
        };
        let fresh = !store.root.exists();
        for dir in [
            store.profiles_dir(),
            store.backups_dir(),
            store.locks_dir(),
            store.catalogs_dir(),
        ] {
            fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
            restrict_dir(&dir);
        }
        // Saves killed half-way (a crash, a power cut) leave a temporary
        // file beside the profile; the profile itself is intact.
        profile_file::remove_stale_temp_files(&store.profiles_dir());
        if fresh {
            // Only a folder we made ourselves: a --config-dir pointing at an
            // existing folder keeps the permissions its owner chose.
            restrict_dir(&store.root);
        }
        Ok(store)
    }

    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }
    #[must_use]
    pub fn profiles_dir(&self) -> PathBuf {
        self.profiles.clone()
    }
    #[must_use]
    pub fn backups_dir(&self) -> PathBuf {
        self.root.join("backups")
    }
    #[must_use]
    pub fn locks_dir(&self) -> PathBuf {
        self.root.join("locks")
    }
    #[must_use]
    pub fn catalogs_dir(&self) -> PathBuf {
        self.root.join("catalogs")
    }
    #[must_use]
    pub fn profile_path(&self, id: &ProfileId) -> PathBuf {
        self.profiles_dir().join(format!("{id}.json"))
    }

    /// Lists the profiles. A file that does not parse is set aside (renamed,
    /// never overwritten or deleted) and reported; the others still list.
    /// Sorted by name.
    #[must_use]
    pub fn list(&self) -> Listing {
        let mut listing = Listing::default();
        let dir = self.profiles_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                listing
                    .problems
                    .push(StoreError::io("read the folder", &dir)(e));
                return listing;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(id) = id_from_path(&path) else {
                continue;
            };
            match profile_file::read_profile(&path, &id, !self.profiles_moved()) {
                Ok(loaded) => listing.profiles.push(ProfileSummary {
                    id,
                    name: loaded.profile.name.clone(),
                    role: loaded.profile.role.clone(),
                    modified: entry.metadata().and_then(|m| m.modified()).ok(),
                    path,
                    newer_format: loaded.newer,
                    coaching: crate::model::coaching::CoachingState::of(&loaded.profile),
                    standing: crate::model::team::Standing::of(&loaded.profile),
                }),
                Err(e) => listing.problems.push(e),
            }
        }
        listing.profiles.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        listing
    }

    /// Finds a profile by id, by name (ignoring case) or by the start of
    /// either, as people type on the command line.
    ///
    /// # Errors
    /// When nothing or more than one profile matches.
    pub fn find(&self, query: &str) -> Result<ProfileSummary> {
        let listing = self.list();
        // A file set aside while looking is said, not passed over in silence.
        for problem in &listing.problems {
            log::warn!("{problem}");
        }
        let q = query.trim().to_lowercase();
        let exact: Vec<&ProfileSummary> = listing
            .profiles
            .iter()
            .filter(|p| p.id.as_str() == q || p.name.to_lowercase() == q)
            .collect();
        let mut candidates: Vec<&ProfileSummary> = if exact.is_empty() {
            listing
                .profiles
                .iter()
                .filter(|p| {
                    !q.is_empty()
                        && (p.id.as_str().starts_with(&q) || p.name.to_lowercase().starts_with(&q))
                })
                .collect()
        } else {
            exact
        };
        // "sample" is the sample profile, whatever its name in the
        // language it was added in.
        if candidates.is_empty() && q == "sample" {
            let sample = fs::read_to_string(self.root.join(".sample-id")).unwrap_or_default();
            candidates = listing
                .profiles
                .iter()
                .filter(|p| p.id.as_str() == sample.trim())
                .collect();
        }
        match candidates.as_slice() {
            [] => Err(StoreError::NoSuchProfile(query.to_owned())),
            [one] => Ok((*one).clone()),
            many => Err(StoreError::Ambiguous {
                query: query.to_owned(),
                matches: many
                    .iter()
                    .map(|p| format!("{} ({})", p.name, p.id))
                    .collect(),
            }),
        }
    }

    /// A fresh id not used by any file in the profiles folder.
    #[must_use]
    pub fn new_id(&self) -> ProfileId {
        loop {
            let id = profile_file::random_id();
            if !self.profile_path(&id).exists()
                && fs::metadata(self.backups_dir().join(id.as_str())).is_err()
            {
                return id;
            }
        }
    }

    /// Creates and saves a new, empty profile and opens it for editing.
    ///
    /// # Errors
    /// When the name is not acceptable or the file cannot be written.
    pub fn create(&self, name: &str) -> Result<ProfileHandle> {
        let profile = Profile::new(self.new_id(), name)?;
        self.add(profile)
    }

    /// Saves `profile` as a new file (its id must be new) and opens it.
    fn add(&self, mut profile: Profile) -> Result<ProfileHandle> {
        profile.schema_version = crate::model::SCHEMA_VERSION;
        let path = self.profile_path(&profile.id);
        let bytes = profile_file::to_bytes(&profile)?;
        write_atomic(&path, &bytes)?;
        self.open_profile(&profile.id)
    }

    /// Opens a profile for editing. If another Lodestar window already has
    /// it open, or it was written by a newer version, it opens read-only.
    ///
    /// # Errors
    /// When the file is missing, unreadable or corrupt (then set aside).
    pub fn open_profile(&self, id: &ProfileId) -> Result<ProfileHandle> {
        ProfileHandle::open(self, id)
    }

    /// Writes the profile to `dest` as a single JSON file to keep or share.
    ///
    /// # Errors
    /// When `dest` cannot be written.
    pub fn export(&self, profile: &Profile, dest: &Path) -> Result<()> {
        let mut copy = profile.clone();
        copy.schema_version = crate::model::SCHEMA_VERSION;
        write_atomic(dest, &profile_file::to_bytes(&copy)?)
    }

    /// Imports a profile file (from `export`, or an older Lodestar) as a new
    /// profile with a new id, so nothing already here is overwritten.
    ///
    /// # Errors
    /// When the file cannot be read or is not a profile this version reads.
    pub fn import(&self, src: &Path) -> Result<ProfileHandle> {
        let bytes = fs::read(src).map_err(StoreError::io("read", src))?;
        let id = self.new_id();
        let loaded = parse_profile(&bytes, id.as_str()).map_err(|reason| match reason {
            profile_file::ParseError::TooNew { found, name } => StoreError::TooNew {
                name,
                found,
                supported: crate::model::SCHEMA_VERSION,
            },
            profile_file::ParseError::Invalid(reason) => StoreError::NotAProfile {
                path: src.to_path_buf(),
                reason,
            },
        })?;
        let mut profile = loaded.profile;
        profile.id = id.clone();
        let handle = self.add(profile)?;
        // `lodestar plan sample` finds it in any language ("Beispiel…").
        if let Err(e) = write_atomic(&self.root.join(".sample-id"), id.as_str().as_bytes()) {
            log::warn!("could not note the sample's id: {e}");
        }
        Ok(handle)
    }

    /// Adds the built-in sample profile ("Sample technician") on a brand-new
    /// config directory, so a first-time user has something to explore.
    /// Returns whether it was added. Once any profile exists (or the sample
    /// was added before and deleted) it is not added again.
    ///
    /// # Errors
    /// When the sample cannot be written.
    pub fn seed_sample_if_new(&self) -> Result<bool> {
        let marker = self.root.join(".sample-added");
        let has_profiles = fs::read_dir(self.profiles_dir())
            .is_ok_and(|mut d| d.any(|e| e.is_ok_and(|e| id_from_path(&e.path()).is_some())));
        if marker.exists() || has_profiles {
            return Ok(false);
        }
        self.add_sample()?;
        write_atomic(
            &marker,
            b"The sample profile was added once; delete this file to add it again.\n",
        )?;
        Ok(true)
    }

    /// Adds a fresh copy of the sample profile.
    ///
    /// # Errors
    /// When the sample cannot be written.
    pub fn add_sample(&self) -> Result<ProfileHandle> {
        let id = self.new_id();
        let loaded = parse_profile(
            crate::assets::sample_profile(crate::i18n::current()).as_bytes(),
            id.as_str(),
        )
        .map_err(|e| StoreError::NotAProfile {
            path: PathBuf::from("(built-in sample)"),
            reason: e.to_string(),
        })?;
        let mut profile = loaded.profile;
        profile.id = id.clone();
        let handle = self.add(profile)?;
        // `lodestar plan sample` finds it in any language ("Beispiel…").
        if let Err(e) = write_atomic(&self.root.join(".sample-id"), id.as_str().as_bytes()) {
            log::warn!("could not note the sample's id: {e}");
        }
        Ok(handle)
    }

    /// Moves a profile to the trash folder (`trash/`), from where
    /// [`Self::restore`] brings it back. Returns the trashed file.
    ///
    /// # Errors
    /// When the profile is open for editing elsewhere or cannot be moved.
    pub fn trash(&self, id: &ProfileId) -> Result<PathBuf> {
        let handle = self.open_profile(id)?;
        if let Some(reason) = handle.access().reason() {
            return Err(StoreError::ReadOnly {
                name: handle.profile.name.clone(),
                reason,
            });
        }
        let dir = self.root.join("trash");
        fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
        // Never `<id>.json` alone: a profile trashed twice must not replace
        // its first copy (a rename over an existing file does on Unix).
        let dest = stamped::new_path(&dir, Some(id.as_str()), &stamped::stamp());
        fs::rename(handle.path(), &dest)
            .map_err(StoreError::io("move to the trash", handle.path()))?;
        Ok(dest)
    }

    /// Brings a trashed profile back (as a new profile if its id is taken).
    ///
    /// # Errors
    /// When the file cannot be read or written.
    pub fn restore(&self, trashed: &Path) -> Result<ProfileId> {
        let id = trashed
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|stem| match stamped::parse(stem) {
                Some(parsed) => parsed.prefix,
                // `<id>.json`, as earlier versions named the first copy.
                None => Some(stem),
            })
            .and_then(ProfileId::parse)
            .filter(|id| !self.profile_path(id).exists());
        if let Some(id) = id {
            let dest = self.profile_path(&id);
            fs::rename(trashed, &dest).map_err(StoreError::io("restore", trashed))?;
            Ok(id)
        } else {
            let handle = self.import(trashed)?;
            fs::remove_file(trashed).map_err(StoreError::io("remove", trashed))?;
            Ok(handle.profile.id.clone())
        }
    }

    /// Copies a profile under a new name (a new id, its own file).
    ///
    /// # Errors
    /// When the name is not acceptable or the copy cannot be written.
    pub fn duplicate(&self, profile: &Profile, name: &str) -> Result<ProfileHandle> {
        let mut copy = profile.clone();
        copy.id = self.new_id();
        copy.rename(name)?;
        self.add(copy)
    }

    /// Writes a copy of a profile whose changes could not be saved in place
    /// to `recovered/<id>-s<n>-<time>.json`, so they are never lost. The file can
    /// be brought back with import.
    ///
    /// # Errors
    /// When even that copy cannot be written.
    pub fn rescue(&self, profile: &Profile) -> Result<PathBuf> {
        let dir = self.root.join("recovered");
        fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
        let path = stamped::new_path(&dir, Some(profile.id.as_str()), &stamped::stamp());
        self.export(profile, &path)?;
        Ok(path)
    }

    /// Files in `recovered/` (see [`Self::rescue`]), oldest first.
    #[must_use]
    pub fn recovered(&self) -> Vec<PathBuf> {
        stamped::list(&self.root.join("recovered"))
    }

    /// The backups kept for a profile, oldest first.
    #[must_use]
    pub fn backups(&self, id: &ProfileId) -> Vec<PathBuf> {
        profile_file::list_backups(&self.backups_dir().join(id.as_str()))
    }
}

/// The profile id a file in the profiles folder stands for, if it is a
/// profile file at all (`<id>.json` with a valid id).
fn id_from_path(path: &Path) -> Option<ProfileId> {
    if path.extension().and_then(|e| e.to_str()) != Some("json") {
        return None;
    }
    // `p-…-laptop.json` is OneDrive's copy of `p-….json`, not a profile.
    if path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| copy_of(n).is_some())
    {
        return None;
    }
    path.file_stem()
        .and_then(|s| s.to_str())
        .and_then(ProfileId::parse)
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: a folder we cannot tighten (e.g. owned by another user)
    // still works; the files themselves are written 0600.
    if let Err(e) = fs::set_permissions(dir, fs::Permissions::from_mode(0o700)) {
        log::warn!("could not restrict {}: {e}", dir.display());
    }
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) {}

/// Reads a profile from a file's bytes as opening or importing it would
/// (older formats are migrated), without touching the disk: for tools, and
/// for fuzzing the loader. A file that is not a profile this version reads
/// gives the reason, in words.
///
/// # Errors
/// When the bytes are not a profile (or one from a newer Lodestar).
pub fn parse_profile_bytes(bytes: &[u8]) -> std::result::Result<Profile, String> {
    parse_profile(bytes, "p-0000000000000000")
        .map(|loaded| loaded.profile)
        .map_err(|e| e.to_string())
}

/// Writes a file the person asked for (an exported chart or plan)
/// atomically: a half-written file never replaces a good one.
///
/// # Errors
/// When the file cannot be written, worded with its path.
pub fn save_file(dest: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(dest, bytes)
}

impl Store {
    /// Where a coach's own plan template goes.
    #[must_use]
    pub fn template_path(&self) -> PathBuf {
        self.root.join("templates").join("plan.typ")
    }

    /// The coach's own plan template, if there is one and it can be read.
    ///
    /// # Errors
    /// When the file exists but cannot be read.
    pub fn custom_template(&self) -> Result<Option<String>> {
        let path = self.template_path();
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(StoreError::io("read", &path)(e)),
        }
    }
}

//! The profiles folder the person chose ("Profiles folder…"), e.g. inside
//! a synced folder, remembered in `settings.json` in the config folder.
//! Only the profiles move: backups, locks, exchanged versions and the
//! coach's lists stay on this computer, so a lock or a backup never
//! becomes a sync program's conflict copy.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{Result, StoreError};
use super::profile_file::{fnv1a, write_atomic};
use super::{Store, stamped};

/// The settings kept in the config folder.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Where the profiles are, when not in the config folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profiles_folder: Option<PathBuf>,
    /// The language chosen in the app (a tag: "de", "pt-BR"); none: the
    /// system's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Settings a newer Lodestar wrote, kept as they are.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Settings {
    fn path(root: &Path) -> PathBuf {
        root.join("settings.json")
    }

    /// Reads the settings; a missing file is the defaults, an unreadable
    /// one is the defaults and the reason.
    #[must_use]
    pub fn read(root: &Path) -> (Self, Option<String>) {
        let path = Self::path(root);
        match fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(settings) => (settings, None),
                Err(e) => (
                    Self::default(),
                    Some(format!(
                        "The settings in {} could not be read ({e}); the defaults are used.",
                        path.display()
                    )),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(e) => (
                Self::default(),
                Some(format!(
                    "The settings in {} could not be read: {e}",
                    path.display()
                )),
            ),
        }
    }

    fn write(&self, root: &Path) -> Result<()> {
        let mut bytes = serde_json::to_vec_pretty(self).map_err(|e| StoreError::NotAProfile {
            path: Self::path(root),
            reason: e.to_string(),
        })?;
        bytes.push(b'\n');
        write_atomic(&Self::path(root), &bytes)
    }
}

/// What moving the profiles did.
#[derive(Debug, Default)]
pub struct Moved {
    /// Profiles moved into the new folder.
    pub moved: usize,
    /// Profiles the new folder had already, identical: nothing to do.
    pub same: usize,
    /// Profiles the new folder had already, different (the other
    /// computer's): this computer's version is put beside it as a conflict
    /// copy and merged like one.
    pub beside: usize,
    /// Moved out of a synced folder: the files there were left for the
    /// other computers (copied, not moved).
    pub left_behind: bool,
}

/// The folder the profiles go in when the person picks `dir`: `dir`
/// itself when it is empty or holds only Lodestar's files, otherwise a
/// subfolder "Lodestar profiles" in it.
fn own_folder(dir: &Path) -> PathBuf {
    let Ok(entries) = fs::read_dir(dir) else {
        return dir.to_path_buf();
    };
    let only_ours = entries.flatten().all(|e| {
        let name = e.file_name();
        let name = name.to_string_lossy();
        name.starts_with('.')
            || super::copy_of(&name).is_some()
            || (name.ends_with(".json") && name.starts_with("p-") && name.len() == 23)
    });
    if only_ours {
        dir.to_path_buf()
    } else {
        dir.join("Lodestar profiles")
    }
}

impl Store {
    /// Opens the config folder at `root` with the profiles where the
    /// person chose (the "Profiles folder…" setting). A chosen folder that
    /// cannot be reached (a network drive not connected…) leaves the
    /// profiles in the config folder, and [`Store::problem`] says so.
    ///
    /// # Errors
    /// When the folders cannot be created.
    pub fn open_following_settings(root: impl Into<PathBuf>) -> Result<Self> {
        let mut store = Self::open(root)?;
        let (settings, problem) = Settings::read(&store.root);
        store.problem = problem;
        if let Some(folder) = settings.profiles_folder {
            match fs::create_dir_all(&folder).and_then(|()| fs::read_dir(&folder).map(drop)) {
                Ok(()) => store.profiles = folder,
                Err(e) => {
                    store.problem = Some(crate::t!(
                        "folder-unreachable",
                        folder = folder.display().to_string(),
                        reason = e.to_string()
                    ));
                }
            }
        }
        Ok(store)
    }

    /// Moves every profile to `to` and remembers it as the profiles folder
    /// (`None`: back to the config folder). A chosen folder that holds
    /// other files gets a subfolder of its own, so that nothing else in it
    /// is ever read as a profile. A profile the folder already holds is not
    /// replaced: when it differs, this computer's version is put beside it
    /// as a conflict copy, merged the next time the list is read. Nothing
    /// is removed from the old folder until all are safely in the new one
    /// and the choice is remembered; moving out of a chosen (synced) folder
    /// copies, so the other computers keep their profiles.
    ///
    /// # Errors
    /// When a profile is open in another Lodestar window, or `to` cannot be
    /// made or written; then nothing was moved or removed.
    pub fn move_profiles(&mut self, to: Option<&Path>) -> Result<Moved> {
        let target = match to {
            None => self.root.join("profiles"),
            Some(dir) => own_folder(dir),
        };
        if target.is_file() {
            return Err(StoreError::NotAFolder {
                path: target,
                reason: "folder-is-a-file",
            });
        }
        fs::create_dir_all(&target).map_err(StoreError::io("create the folder", &target))?;
        // Lodestar's own folders (backups, locks…) are not for profiles.
        let root = fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone());
        let resolved = fs::canonicalize(&target).unwrap_or_else(|_| target.clone());
        let default = fs::canonicalize(self.root.join("profiles")).ok();
        if to.is_some() && resolved.starts_with(&root) && Some(&resolved) != default.as_ref() {
            return Err(StoreError::NotAFolder {
                path: target,
                reason: "folder-inside-settings",
            });
        }
        let same_folder = fs::canonicalize(&self.profiles).ok().as_ref() == Some(&resolved);
        let mut moved = Moved::default();
        let mut files = Vec::new();
        // Held until the end: no window opens a profile half-way through.
        let mut locks = Vec::new();
        if !same_folder {
            for profile in self.list().profiles {
                let lock = self.locks_dir().join(format!("{}.lock", profile.id));
                match super::profile_file::take_lock(&lock)? {
                    Some(held) => locks.push(held),
                    None => {
                        return Err(StoreError::ReadOnly {
                            name: profile.name,
                            reason: crate::t!("folder-profile-open-elsewhere"),
                        });
                    }
                }
                files.push(profile.path);
            }
            files.extend(self.sync_copies().into_iter().map(|c| c.path));
            files.sort();
            // Copied first, all of them; removed only once all are there.
            for src in &files {
                let bytes = fs::read(src).map_err(StoreError::io("read", src))?;
                let name = src.file_name().unwrap_or_default();
                let dest = target.join(name);
                match fs::read(&dest) {
                    Ok(there) if fnv1a(&there) == fnv1a(&bytes) => moved.same += 1,
                    Ok(_) => {
                        let stem = Path::new(name)
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let beside = target.join(format!(
                            "{stem} (Lodestar's conflicted copy {}).json",
                            stamped::stamp()
                        ));
                        write_atomic(&beside, &bytes)?;
                        moved.beside += 1;
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        write_atomic(&dest, &bytes)?;
                        moved.moved += 1;
                    }
                    Err(e) => return Err(StoreError::io("read", &dest)(e)),
                }
            }
        }
        let (mut settings, _) = Settings::read(&self.root);
        settings.profiles_folder = to.map(|_| target.clone());
        settings.write(&self.root)?;
        // Out of a synced folder, the files stay for the other computers.
        let leaving_shared = self.profiles_moved();
        if !same_folder && !leaving_shared {
            for src in &files {
                if let Err(e) = fs::remove_file(src) {
                    log::warn!("moved, but could not remove {}: {e}", src.display());
                }
            }
        }
        moved.left_behind = !same_folder && leaving_shared;
        self.profiles = target;
        self.problem = None;
        drop(locks);
        Ok(moved)
    }

    /// The language chosen in the app, if one was (a tag as saved).
    #[must_use]
    pub fn language(&self) -> Option<String> {
        Settings::read(&self.root).0.language
    }

    /// Remembers the language chosen in the app (`None`: follow the
    /// system's).
    ///
    /// # Errors
    /// When the settings cannot be written.
    pub fn set_language(&self, tag: Option<&str>) -> Result<()> {
        let (mut settings, _) = Settings::read(&self.root);
        settings.language = tag.map(str::to_owned);
        settings.write(&self.root)
    }

    /// Whether the profiles are in a folder the person chose.
    #[must_use]
    pub fn profiles_moved(&self) -> bool {
        self.profiles != self.root.join("profiles")
    }

    /// Something the person should know about the folders (a chosen
    /// profiles folder that cannot be reached).
    #[must_use]
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }
}

//! Profiles in a synced folder: the conflict copies that sync programs
//! make when two computers changed the same profile before they could
//! sync, recognised by their names, merged into their profile, and then
//! moved into that profile's backups.
//!
//! Names seen (the profile's file is `p-0123456789abcdef.json`):
//! ```text
//! p-0123456789abcdef.sync-conflict-20261130-101010-ABCDEFG.json   Syncthing
//! p-0123456789abcdef (Dana's conflicted copy 2026-11-30).json      Dropbox
//! p-0123456789abcdef (conflicted copy 2026-11-30 101010).json      Nextcloud
//! p-0123456789abcdef_conflict-20261130-101010.json                 ownCloud, older Nextcloud
//! p-0123456789abcdef-LAPTOP-4F2A.json                              OneDrive (the computer's name)
//! p-0123456789abcdef (1).json                                      Google Drive, OneDrive
//! p-0123456789abcdef 2.json                                        iCloud Drive
//! ```
//! A copy is merged without a common ancestor (a sync program keeps none):
//! everything either side added is kept, and a field the two versions hold
//! differently is a conflict for the person, never settled silently. A
//! record deleted on one computer while the other still had it comes back.

use std::fs;
use std::path::{Path, PathBuf};

use super::error::{Result, StoreError};
use super::profile_file::write_backup;
use super::{Store, stamped};
use crate::model::ProfileId;
use crate::model::merge::{Conflict, Merged, Summary};

/// A conflict copy of a profile, made by a sync program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncCopy {
    pub path: PathBuf,
    /// The profile it is a copy of.
    pub id: ProfileId,
    /// The sync program that named it this way, as far as the name tells.
    /// The program that made it ("Syncthing"), or the id of its words in
    /// the language files ("copy-by-…"); see [`SyncCopy::by`].
    pub made_by: &'static str,
}

impl SyncCopy {
    /// The copy's file name, for messages.
    #[must_use]
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// Which profile a file name in the profiles folder is a conflict copy of,
/// and which sync program's naming it follows; `None` for a profile's own
/// file and anything else.
#[must_use]
pub fn copy_of(file_name: &str) -> Option<(ProfileId, &'static str)> {
    let stem = file_name.strip_suffix(".json")?;
    // The id is the longest valid start the rest of the name follows.
    let id_len = stem
        .bytes()
        .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
        .unwrap_or(stem.len());
    let (mut id, mut rest) = stem.split_at(id_len);
    if rest.is_empty() {
        // `p-…-laptop`: OneDrive's suffix in lower case, after a full id.
        if id.len() > 19 && is_random_id(&id[..18]) && id.as_bytes()[18] == b'-' {
            return Some((ProfileId::parse(&id[..18])?, "OneDrive"));
        }
        return None;
    }
    // A OneDrive suffix in capitals starts inside the run of id letters:
    // `p-0123456789abcdef-LAPTOP` reads as id `p-0123456789abcdef-` first.
    if let Some(trimmed) = id.strip_suffix('-')
        && is_random_id(trimmed)
    {
        id = trimmed;
        rest = &stem[trimmed.len()..];
    } else if id.len() > 18 && is_random_id(&id[..18]) && id.as_bytes()[18] == b'-' {
        rest = &stem[18..];
        id = &id[..18];
    }
    let id = ProfileId::parse(id)?;
    let made_by = if rest.starts_with(".sync-conflict-") {
        "Syncthing"
    } else if rest.starts_with(" (Lodestar's conflicted copy ") && rest.ends_with(')') {
        "copy-by-lodestar-moving"
    } else if rest.starts_with(" (") && rest.ends_with(')') && rest.contains("conflicted copy") {
        if rest.contains("'s conflicted copy") || rest.contains("’s conflicted copy") {
            "Dropbox"
        } else {
            "Nextcloud"
        }
    } else if rest.starts_with("_conflict-") {
        "Nextcloud"
    } else if rest.starts_with(" (") && rest.ends_with(')') && is_number(&rest[2..rest.len() - 1]) {
        "copy-by-drive-or-onedrive"
    } else if let Some(n) = rest.strip_prefix(' ')
        && is_number(n)
    {
        "iCloud Drive"
    } else if rest.len() > 1 && rest.starts_with('-') && is_random_id(id.as_str()) {
        "OneDrive"
    } else {
        return None;
    };
    Some((id, made_by))
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// `p-` and 16 hex digits: the ids Lodestar makes.
fn is_random_id(s: &str) -> bool {
    s.len() == 18
        && s.starts_with("p-")
        && s[2..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What became of one conflict copy.
#[derive(Debug)]
pub enum CopyOutcome {
    /// Merged into its profile and saved; the copy is in the backups.
    Merged {
        name: String,
        summary: Summary,
    },
    /// Its profile's own file was missing: the copy took its place.
    Restored {
        name: String,
    },
    /// Both versions hold a field differently: left where it is until the
    /// person opens the profile and chooses.
    NeedsChoice {
        name: String,
        fields: Vec<String>,
    },
    /// The profile is open in a Lodestar window, which merges it.
    OpenElsewhere,
    Failed(StoreError),
}

/// One conflict copy found, and what became of it.
#[derive(Debug)]
pub struct CopyReport {
    pub copy: SyncCopy,
    pub outcome: CopyOutcome,
}

impl SyncCopy {
    /// Who made the copy, to name in a sentence ("Syncthing").
    #[must_use]
    pub fn by(&self) -> String {
        if self.made_by.starts_with("copy-by-") {
            crate::i18n::text(self.made_by, None)
        } else {
            self.made_by.to_owned()
        }
    }
}

impl CopyReport {
    /// What happened, in a sentence; `None` when there is nothing to say
    /// (another window takes care of it).
    #[must_use]
    pub fn message(&self) -> Option<String> {
        let file = self.copy.file_name();
        let by = self.copy.by();
        Some(match &self.outcome {
            CopyOutcome::Merged { name, summary } => crate::t!(
                "copies-merged",
                name = name.clone(),
                who = by,
                what = summary.words()
            ),
            CopyOutcome::Restored { name } => crate::t!(
                "copies-restored",
                name = name.clone(),
                who = by,
                file = file
            ),
            CopyOutcome::NeedsChoice { name, fields } => crate::t!(
                "copies-need-choice",
                name = name.clone(),
                who = by,
                fields = fields.join(", ")
            ),
            CopyOutcome::OpenElsewhere => return None,
            CopyOutcome::Failed(e) => {
                crate::t!("copy-not-merged", file = file, reason = e.to_string())
            }
        })
    }
}

impl Store {
    /// The conflict copies in the profiles folder, oldest name first.
    #[must_use]
    pub fn sync_copies(&self) -> Vec<SyncCopy> {
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return Vec::new();
        };
        let mut copies: Vec<SyncCopy> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name();
                let (id, made_by) = copy_of(name.to_str()?)?;
                Some(SyncCopy {
                    path: e.path(),
                    id,
                    made_by,
                })
            })
            .collect();
        copies.sort_by(|a, b| a.path.cmp(&b.path));
        copies
    }

    /// Reads a conflict copy as a file from elsewhere (held to the limits
    /// of typed text), as the profile whose copy it is.
    ///
    /// # Errors
    /// As [`Store::read_incoming`].
    pub fn read_copy(&self, copy: &SyncCopy) -> Result<super::Incoming> {
        let mut incoming = self.read_incoming(&copy.path)?;
        incoming.profile.id = copy.id.clone();
        incoming.based_on = None;
        Ok(incoming)
    }

    /// Moves a conflict copy that has been merged into its profile's
    /// backups (the newest backup), out of the profiles folder.
    ///
    /// # Errors
    /// When it cannot be read, kept or removed.
    pub fn retire_copy(&self, copy: &SyncCopy) -> Result<PathBuf> {
        let bytes = fs::read(&copy.path).map_err(StoreError::io("read", &copy.path))?;
        let kept = write_backup(
            &self.backups_dir().join(copy.id.as_str()),
            &bytes,
            &stamped::stamp(),
        )?;
        fs::remove_file(&copy.path).map_err(StoreError::io("move aside", &copy.path))?;
        Ok(kept)
    }

    /// Merges the conflict copies of every profile but `skip` (the one a
    /// window has open and merges itself). A copy whose merge has conflicts
    /// is left for the person to settle in the app.
    #[must_use]
    pub fn settle_copies(&self, skip: Option<&ProfileId>) -> Vec<CopyReport> {
        self.sync_copies()
            .into_iter()
            .filter(|c| Some(&c.id) != skip)
            .map(|copy| {
                let outcome = self.settle_copy(&copy);
                CopyReport { copy, outcome }
            })
            .collect()
    }

    fn settle_copy(&self, copy: &SyncCopy) -> CopyOutcome {
        let incoming = match self.read_copy(copy) {
            Ok(incoming) => incoming,
            Err(e) => return CopyOutcome::Failed(e),
        };
        if !self.has_profile(&copy.id) {
            let name = incoming.profile.name.clone();
            let dest = self.profile_path(&copy.id);
            // A link, unlike a rename, never replaces a profile file that
            // arrived in the meantime.
            match fs::hard_link(&copy.path, &dest) {
                Ok(()) => {
                    if let Err(e) = fs::remove_file(&copy.path) {
                        log::warn!(
                            "restored, but could not remove {}: {e}",
                            copy.path.display()
                        );
                    }
                    return CopyOutcome::Restored { name };
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                // Folders without links (some network shares): a copy.
                Err(_) => {
                    return match fs::read(&copy.path)
                        .map_err(StoreError::io("read", &copy.path))
                        .and_then(|bytes| {
                            if dest.exists() {
                                return Ok(false);
                            }
                            super::profile_file::write_atomic(&dest, &bytes).map(|()| true)
                        }) {
                        Ok(true) => {
                            let _ = fs::remove_file(&copy.path);
                            CopyOutcome::Restored { name }
                        }
                        Ok(false) => self.settle_copy(copy),
                        Err(e) => CopyOutcome::Failed(e),
                    };
                }
            }
        }
        let mut handle = match self.open_profile(&copy.id) {
            Ok(h) => h,
            Err(e) => return CopyOutcome::Failed(e),
        };
        match handle.access() {
            super::Access::ReadWrite => {}
            super::Access::OpenElsewhere => return CopyOutcome::OpenElsewhere,
            other => {
                return CopyOutcome::Failed(StoreError::ReadOnly {
                    name: handle.profile.name.clone(),
                    reason: other.reason().unwrap_or_default(),
                });
            }
        }
        let merged: Merged = match self.preview_incoming(&incoming, &handle.profile) {
            Ok(m) => m,
            Err(e) => return CopyOutcome::Failed(e),
        };
        let name = handle.profile.name.clone();
        if !merged.conflicts.is_empty() {
            let fields = labels(&merged.conflicts, &merged.profile);
            return CopyOutcome::NeedsChoice { name, fields };
        }
        handle.profile = merged.profile;
        if let Err(e) = handle.save_keeping_old() {
            return CopyOutcome::Failed(e);
        }
        match self.retire_copy(copy) {
            Ok(_) => CopyOutcome::Merged {
                name,
                summary: merged.summary,
            },
            Err(e) => CopyOutcome::Failed(e),
        }
    }
}

/// The conflicting fields in words ("Role, Notes in the session of …").
#[must_use]
pub fn labels(conflicts: &[Conflict], profile: &crate::model::Profile) -> Vec<String> {
    conflicts.iter().map(|c| c.label(profile)).collect()
}

/// Whether `path` is a file a sync program could be changing under us:
/// a profile or a conflict copy of one.
#[must_use]
pub fn is_profile_or_copy(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| copy_of(n).is_some() || super::id_from_path(Path::new(n)).is_some())
}

#[cfg(test)]
mod tests {
    use super::copy_of;

    const ID: &str = "p-0123456789abcdef";

    #[test]
    fn the_copies_of_each_sync_program_are_recognised() {
        for (name, by) in [
            (
                "p-0123456789abcdef.sync-conflict-20261130-101010-ABCDEFG.json",
                "Syncthing",
            ),
            (
                "p-0123456789abcdef (Dana's conflicted copy 2026-11-30).json",
                "Dropbox",
            ),
            (
                "p-0123456789abcdef (Dana’s conflicted copy 2026-11-30 (1)).json",
                "Dropbox",
            ),
            (
                "p-0123456789abcdef (conflicted copy 2026-11-30 101010).json",
                "Nextcloud",
            ),
            (
                "p-0123456789abcdef_conflict-20261130-101010.json",
                "Nextcloud",
            ),
            ("p-0123456789abcdef-LAPTOP-4F2A.json", "OneDrive"),
            ("p-0123456789abcdef-dana-pc.json", "OneDrive"),
            ("p-0123456789abcdef (1).json", "copy-by-drive-or-onedrive"),
            ("p-0123456789abcdef 2.json", "iCloud Drive"),
            (
                "p-0123456789abcdef (Lodestar's conflicted copy 20261130T101010.123Z).json",
                "copy-by-lodestar-moving",
            ),
        ] {
            let found = copy_of(name);
            assert_eq!(
                found.as_ref().map(|(id, by)| (id.as_str(), *by)),
                Some((ID, by)),
                "{name}"
            );
        }
    }

    #[test]
    fn profiles_temporary_files_and_locks_are_not_copies() {
        for name in [
            "p-0123456789abcdef.json",
            "sample.json",
            "sample-2.json",
            ".p-0123456789abcdef.json.aB3xY9",
            "p-0123456789abcdef.json.corrupt-20261130T101010.123Z",
            "p-0123456789abcdef.lock",
            "p-0123456789abcdef (notes).json",
            "p-0123456789abcdef.sync-conflict-20261130-101010-ABCDEFG.json.tmp",
            "~syncthing~p-0123456789abcdef.json.tmp",
            ".syncthing.p-0123456789abcdef.json.tmp",
            "p-0123456789abcdef (12345).json",
            "../p-0123456789abcdef (1).json",
            "CON.json",
            "",
        ] {
            assert_eq!(copy_of(name), None, "{name}");
        }
    }
}

//! Coaching across two computers: a profile sent as one `.lodestar` file
//! (to the technician without the coach's private notes), and a file
//! received merged into the profile it came from, with the version both
//! sides last shared kept as the base of the next merge.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::error::{Result, StoreError};
use super::profile_file::{self, ParseError, write_atomic};
use super::{ProfileHandle, Store};
use crate::model::merge::{self, Choice, Conflict, Summary};
use crate::model::{Profile, ProfileId};

/// What a sent file says it is.
const KIND: &str = "lodestar-profile";
/// The largest file taken in (a large profile is about 1 MB).
pub const MAX_INCOMING_BYTES: u64 = 64 * 1024 * 1024;

/// Who a profile is sent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// The coach's private notes never go to the technician.
    Technician,
    Coach,
}

impl Recipient {
    fn word(self) -> &'static str {
        match self {
            Self::Technician => "technician",
            Self::Coach => "coach",
        }
    }
}

/// A profile file from elsewhere, read and held to the limits of typed
/// text, not yet stored.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub profile: Profile,
    /// Sent without private notes (to the technician): the coach's own
    /// are kept when it comes back.
    pub private_removed: bool,
    /// What was cut or cleaned to fit the limits, in words.
    pub adjusted: Vec<String>,
}

/// A file merged into the profile it came from.
#[derive(Debug)]
pub struct Received {
    pub handle: ProfileHandle,
    pub summary: Summary,
    /// Conflicts still to resolve (held as "mine" in the saved profile).
    pub conflicts: Vec<Conflict>,
}

impl Store {
    fn bases_dir(&self) -> PathBuf {
        self.root.join("exchange")
    }

    /// The version of profile `id` last sent or received: the common
    /// ancestor of the next merge.
    #[must_use]
    pub fn base(&self, id: &ProfileId) -> Option<Profile> {
        let bytes = fs::read(self.bases_dir().join(format!("{id}.json"))).ok()?;
        profile_file::parse_profile(&bytes, id.as_str())
            .ok()
            .map(|l| l.profile)
    }

    fn set_base(&self, profile: &Profile) -> Result<()> {
        let dir = self.bases_dir();
        fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
        let path = dir.join(format!("{}.json", profile.id));
        write_atomic(&path, &profile_file::to_bytes(profile)?)
    }

    /// Writes `profile` to `dest` as one file to send: to the technician
    /// always without private notes. It becomes the base of the next merge.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn send(&self, profile: &Profile, to: Recipient, dest: &Path) -> Result<()> {
        let mut sent = profile.clone();
        sent.schema_version = crate::model::SCHEMA_VERSION;
        let private_removed = to == Recipient::Technician;
        if private_removed {
            for s in &mut sent.sessions {
                s.private_notes.clear();
            }
        }
        let value = serde_json::to_value(&sent).map_err(|e| StoreError::Merge(e.to_string()))?;
        let doc = json!({
            "kind": KIND,
            "sent_to": to.word(),
            "private_notes_removed": private_removed,
            "profile": value,
        });
        let mut bytes =
            serde_json::to_vec_pretty(&doc).map_err(|e| StoreError::Merge(e.to_string()))?;
        bytes.push(b'\n');
        write_atomic(dest, &bytes)?;
        self.set_base(&sent)
    }

    /// Reads a sent file, or a plain profile file (an export, a copy), and
    /// holds it to the limits of typed text.
    ///
    /// # Errors
    /// When it cannot be read, is too large, or is not a profile.
    pub fn read_incoming(&self, src: &Path) -> Result<Incoming> {
        let size = fs::metadata(src)
            .map_err(StoreError::io("read", src))?
            .len();
        if size > MAX_INCOMING_BYTES {
            return Err(StoreError::NotAProfile {
                path: src.to_path_buf(),
                reason: format!(
                    "it is {} MB; a profile is at most {} MB",
                    size / (1024 * 1024),
                    MAX_INCOMING_BYTES / (1024 * 1024)
                ),
            });
        }
        let bytes = fs::read(src).map_err(StoreError::io("read", src))?;
        let not_a_profile = |reason: String| StoreError::NotAProfile {
            path: src.to_path_buf(),
            reason,
        };
        let (inner, private_removed) = match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(mut doc)) if doc.get("kind") == Some(&json!(KIND)) => {
                let removed = doc
                    .get("private_notes_removed")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                let profile = doc
                    .remove("profile")
                    .ok_or_else(|| not_a_profile("the sent file holds no profile".to_owned()))?;
                let inner =
                    serde_json::to_vec(&profile).map_err(|e| not_a_profile(e.to_string()))?;
                (inner, removed)
            }
            _ => (bytes, false),
        };
        let fallback = self.new_id();
        let loaded =
            profile_file::parse_profile(&inner, fallback.as_str()).map_err(
                |reason| match reason {
                    ParseError::TooNew { found, name } => StoreError::TooNew {
                        name,
                        found,
                        supported: crate::model::SCHEMA_VERSION,
                    },
                    ParseError::Invalid(reason) => not_a_profile(reason),
                },
            )?;
        let mut profile = loaded.profile;
        profile.ensure_ids();
        let adjusted = profile.hold_to_limits();
        Ok(Incoming {
            profile,
            private_removed,
            adjusted,
        })
    }

    /// Whether a profile with this id is here already (then an incoming
    /// copy of it is merged, not added).
    #[must_use]
    pub fn has_profile(&self, id: &ProfileId) -> bool {
        self.profile_path(id).exists()
    }

    /// Adds an incoming profile as a profile of its own: under its own id
    /// when that is free (so that the next file from the other computer
    /// finds it), under a new one when `as_new` or when the id is taken.
    ///
    /// # Errors
    /// When it cannot be written.
    pub fn add_incoming(&self, incoming: &Incoming, as_new: bool) -> Result<ProfileHandle> {
        let mut profile = incoming.profile.clone();
        let keep_id = !as_new && !self.has_profile(&profile.id);
        if !keep_id {
            profile.id = self.new_id();
        }
        let handle = self.add(profile)?;
        if keep_id {
            self.set_base(&incoming.profile)?;
        }
        Ok(handle)
    }

    /// Merges an incoming copy into the profile it came from, and saves the
    /// result (the version it replaces goes to the backups). Conflicts keep
    /// this computer's value unless `take_theirs`.
    ///
    /// # Errors
    /// When the profile cannot be opened for writing (open elsewhere, a
    /// newer format) or saved.
    pub fn merge_incoming(&self, incoming: &Incoming, take_theirs: bool) -> Result<Received> {
        let mut handle = self.open_profile(&incoming.profile.id)?;
        if let Some(reason) = handle.access().reason() {
            return Err(StoreError::ReadOnly {
                name: handle.profile.name.clone(),
                reason,
            });
        }
        let theirs =
            keep_private_notes(&incoming.profile, &handle.profile, incoming.private_removed);
        let base = self.base(&theirs.id);
        let merged = merge::merge(base.as_ref(), &handle.profile, &theirs)
            .map_err(|e| StoreError::Merge(e.to_string()))?;
        let mut profile = merged.profile;
        let mut conflicts = merged.conflicts;
        if take_theirs {
            for c in &conflicts {
                merge::resolve(&mut profile, c, Choice::Theirs)
                    .map_err(|e| StoreError::Merge(e.to_string()))?;
            }
            conflicts.clear();
        }
        handle.profile = profile;
        handle.save_keeping_old()?;
        self.set_base(&theirs)?;
        Ok(Received {
            handle,
            summary: merged.summary,
            conflicts,
        })
    }
}

/// `theirs`, with this computer's private notes where the file came
/// without them: a file from the technician never takes them away.
fn keep_private_notes(theirs: &Profile, mine: &Profile, removed: bool) -> Profile {
    let mut theirs = theirs.clone();
    if removed {
        for s in &mut theirs.sessions {
            if let Some(m) = mine.sessions.iter().find(|m| m.id == s.id) {
                s.private_notes.clone_from(&m.private_notes);
            }
        }
    }
    theirs
}

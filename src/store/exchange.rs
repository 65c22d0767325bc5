//! Coaching across two computers: a profile sent as one `.lodestar` file
//! (to the technician without the coach's private notes), and a file
//! received merged into the profile it came from, with the version both
//! sides last shared kept as the base of the next merge.

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Value, json};

use super::attachments::Carried;
use super::error::{Result, StoreError};
use super::profile_file::{self, ParseError, write_atomic};
use super::{ProfileHandle, Store};
use crate::model::merge::{self, Choice, Conflict, Summary};
use crate::model::{Profile, ProfileId};

/// What a sent file says it is.
const KIND: &str = "lodestar-profile";
/// The largest file taken in (a large profile is about 1 MB).
pub const MAX_INCOMING_BYTES: u64 = 64 * 1024 * 1024;
/// How many bytes of evidence files a sent file carries at most (base64
/// makes them a third larger, and the whole stays under the limit above).
const CARRIED_BYTES: u64 = 40 * 1024 * 1024;

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
    /// The exchanged version the sender's profile was built on: the
    /// common ancestor, if this computer keeps it.
    pub based_on: Option<String>,
    /// What was cut or cleaned to fit the limits, in words.
    pub adjusted: Vec<String>,
    /// The evidence files that came with it.
    pub files: Vec<Carried>,
}

/// A file merged into the profile it came from.
#[derive(Debug)]
pub struct Received {
    pub handle: ProfileHandle,
    pub summary: Summary,
    /// Conflicts still to resolve (held as "mine" in the saved profile).
    pub conflicts: Vec<Conflict>,
}

/// How many exchanged versions of a profile are kept (each a possible
/// common ancestor of a file still on its way).
const VERSIONS_KEPT: usize = 20;

/// The version of a profile as exchanged: a hash of its bytes.
fn version_of(profile: &Profile) -> Result<String> {
    let bytes = profile_file::to_bytes(profile)?;
    Ok(format!("{:016x}", profile_file::fnv1a(&bytes)))
}

impl Store {
    fn versions_dir(&self, id: &ProfileId) -> PathBuf {
        self.root.join("exchange").join(id.as_str())
    }

    /// The exchanged version `version` of profile `id`, if it is kept here:
    /// the common ancestor of a file built on it.
    #[must_use]
    pub fn base(&self, id: &ProfileId, version: Option<&str>) -> Option<Profile> {
        let version =
            version.filter(|v| v.len() == 16 && v.bytes().all(|b| b.is_ascii_hexdigit()))?;
        let bytes = fs::read(self.versions_dir(id).join(format!("{version}.json"))).ok()?;
        profile_file::parse_profile(&bytes, id.as_str())
            .ok()
            .map(|l| l.profile)
    }

    /// The version this computer last sent or received of profile `id`:
    /// what its current profile is built on.
    fn last_exchanged(&self, id: &ProfileId) -> Option<String> {
        fs::read_to_string(self.versions_dir(id).join("last"))
            .ok()
            .map(|s| s.trim().to_owned())
    }

    /// Keeps `profile` as an exchanged version, and as the last one.
    fn keep_version(&self, profile: &Profile) -> Result<()> {
        let dir = self.versions_dir(&profile.id);
        fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
        let version = version_of(profile)?;
        let path = dir.join(format!("{version}.json"));
        write_atomic(&path, &profile_file::to_bytes(profile)?)?;
        write_atomic(&dir.join("last"), version.as_bytes())?;
        // The oldest versions go; a file built on one of them merges
        // without a base (everything kept, differences named).
        let mut kept: Vec<(std::time::SystemTime, PathBuf)> = fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(std::result::Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "json"))
                    .filter_map(|p| Some((fs::metadata(&p).ok()?.modified().ok()?, p)))
                    .collect()
            })
            .unwrap_or_default();
        kept.sort();
        let excess = kept.len().saturating_sub(VERSIONS_KEPT);
        for (_, old) in kept.into_iter().take(excess) {
            if old != path {
                let _ = fs::remove_file(old);
            }
        }
        Ok(())
    }

    /// Writes `profile` to `dest` as one file to send: to the technician
    /// always without private notes. The file names the version it is
    /// built on, so the other side merges against the right ancestor even
    /// when files cross.
    ///
    /// The files kept with the evidence go along, as many as fit; the names
    /// of those left out (too large together) are returned, to be said.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn send(&self, profile: &Profile, to: Recipient, dest: &Path) -> Result<Vec<String>> {
        let mut sent = profile.clone();
        sent.schema_version = crate::model::SCHEMA_VERSION;
        let private_removed = to == Recipient::Technician;
        if private_removed {
            for s in &mut sent.sessions {
                s.private_notes.clear();
            }
            // Colleagues' answers one by one are the coach's, and so is
            // each request's key (answers are taken in only here); the
            // pooled view goes along.
            sent.colleague_answers.clear();
            for r in &mut sent.feedback {
                r.key.clear();
            }
        }
        // Cleaned as the other side will read it, so that the version kept
        // here is exactly what they get.
        sent.ensure_ids();
        let _ = sent.hold_to_limits();
        let based_on = self.last_exchanged(&sent.id);
        let value = serde_json::to_value(&sent).map_err(|e| StoreError::Merge(e.to_string()))?;
        let (files, left_out) = self.carried(&sent, CARRIED_BYTES);
        let files: Vec<Value> = files
            .iter()
            .map(|f| {
                json!({
                    "evidence": f.evidence.0,
                    "name": f.name,
                    "base64": BASE64.encode(&f.bytes),
                })
            })
            .collect();
        let doc = json!({
            "kind": KIND,
            "sent_to": to.word(),
            "private_notes_removed": private_removed,
            "version": version_of(&sent)?,
            "based_on": based_on,
            "profile": value,
            "files": files,
        });
        let mut bytes =
            serde_json::to_vec_pretty(&doc).map_err(|e| StoreError::Merge(e.to_string()))?;
        bytes.push(b'\n');
        write_atomic(dest, &bytes)?;
        self.keep_version(&sent)?;
        Ok(left_out)
    }

    /// Reads a sent file, or a plain profile file (an export, a copy), and
    /// holds it to the limits of typed text.
    ///
    /// # Errors
    /// When it cannot be read, is too large, is not a profile, or was
    /// written by a newer Lodestar.
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
        let mut files = Vec::new();
        let mut unreadable_files = 0;
        let (inner, private_removed, based_on) = match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(mut doc)) if doc.get("kind") == Some(&json!(KIND)) => {
                let removed = doc
                    .get("private_notes_removed")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                let based_on = doc
                    .get("based_on")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                let profile = doc
                    .remove("profile")
                    .ok_or_else(|| not_a_profile(crate::t!("sent-file-no-profile")))?;
                let inner =
                    serde_json::to_vec(&profile).map_err(|e| not_a_profile(e.to_string()))?;
                for f in doc
                    .get("files")
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice)
                {
                    match carried_file(f) {
                        Some(file) => files.push(file),
                        None => unreadable_files += 1,
                    }
                }
                (inner, removed, based_on)
            }
            _ => (bytes, false, None),
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
        if let Some(found) = loaded.newer {
            return Err(StoreError::TooNew {
                name: loaded.profile.name,
                found,
                supported: crate::model::SCHEMA_VERSION,
            });
        }
        let mut profile = loaded.profile;
        profile.ensure_ids();
        let mut adjusted = profile.hold_to_limits();
        if unreadable_files > 0 {
            adjusted.push(format!(
                "{unreadable_files} file(s) sent with the evidence could not be read (damaged or over {} MB) and were left out; ask for them again.",
                crate::model::evidence::MAX_ATTACHMENT_BYTES / (1024 * 1024)
            ));
        }
        Ok(Incoming {
            profile,
            private_removed,
            based_on,
            adjusted,
            files,
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
            self.keep_version(&incoming.profile)?;
        }
        self.receive_carried(&handle.profile, &incoming.files)?;
        Ok(handle)
    }

    /// What merging `incoming` into `mine` gives, without saving: for the
    /// dialog that asks first, and for [`Self::merge_incoming`]. The base
    /// is the version the file was built on when it is kept here; without
    /// it, nothing is dropped and every difference is a conflict.
    ///
    /// # Errors
    /// When the two are not the same profile.
    pub fn preview_incoming(&self, incoming: &Incoming, mine: &Profile) -> Result<merge::Merged> {
        let theirs = keep_private_notes(&incoming.profile, mine, incoming.private_removed);
        let base = self.base(&theirs.id, incoming.based_on.as_deref());
        merge::merge(base.as_ref(), mine, &theirs).map_err(|e| StoreError::Merge(e.to_string()))
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
        let merged = self.preview_incoming(incoming, &handle.profile)?;
        let mut profile = merged.profile;
        let mut conflicts = merged.conflicts;
        if take_theirs {
            for c in &conflicts {
                merge::resolve(&mut profile, c, Choice::Theirs)
                    .map_err(|e| StoreError::Merge(e.to_string()))?;
            }
            conflicts.clear();
        }
        let mut summary = merged.summary;
        summary.conflicts = conflicts.len();
        handle.profile = profile;
        handle.save_keeping_old()?;
        self.keep_version(&incoming.profile)?;
        self.receive_carried(&handle.profile, &incoming.files)?;
        Ok(Received {
            handle,
            summary,
            conflicts,
        })
    }
}

/// One file of a sent file's `files`, if it is whole and within the limits.
fn carried_file(v: &Value) -> Option<Carried> {
    let evidence = crate::model::RecordId(v.get("evidence")?.as_u64()?);
    let name = crate::model::evidence::safe_file_name(v.get("name")?.as_str()?);
    let text = v.get("base64")?.as_str()?;
    if text.len() as u64 > crate::model::evidence::MAX_ATTACHMENT_BYTES / 3 * 4 + 4 {
        return None;
    }
    let bytes = BASE64.decode(text).ok()?;
    Some(Carried {
        evidence,
        name,
        bytes,
    })
}

/// `theirs`, with this computer's private notes (and colleagues' answers)
/// where the file came without them (sent to the technician) or has none
/// for a session: a file from the technician never takes the coach's notes
/// away.
fn keep_private_notes(theirs: &Profile, mine: &Profile, removed: bool) -> Profile {
    let mut theirs = theirs.clone();
    // Colleagues' answers enter only through their own files, checked
    // (never with a profile from elsewhere); and a request known here is
    // kept as it is here (its key, and the pool of the answers here),
    // unless this is the technician's computer taking the coach's newer
    // pool.
    theirs.colleague_answers.clone_from(&mine.colleague_answers);
    if !removed {
        for r in &mut theirs.feedback {
            if let Some(m) = mine.feedback.iter().find(|m| m.id == r.id) {
                r.clone_from(m);
            }
        }
    }
    for s in &mut theirs.sessions {
        if let Some(m) = mine.sessions.iter().find(|m| m.id == s.id)
            && (removed || s.private_notes.is_empty())
        {
            s.private_notes.clone_from(&m.private_notes);
        }
    }
    theirs
}

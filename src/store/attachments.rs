//! Files kept with evidence entries: copied into the config folder beside
//! the profiles (`attachments/<profile id>/<entry id>/<name>`), never
//! referenced where they were, so a moved or deleted original loses
//! nothing and a sent profile can carry them along.

use std::fs;
use std::path::{Path, PathBuf};

use super::Store;
use super::error::{Result, StoreError};
use super::profile_file::write_atomic;
use crate::model::evidence::{MAX_ATTACHMENT_BYTES, safe_file_name};
use crate::model::{Evidence, Profile, ProfileId, RecordId};

/// A file travelling with a sent profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub evidence: RecordId,
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Store {
    fn attachment_dir(&self, profile: &ProfileId, evidence: RecordId) -> PathBuf {
        self.root
            .join("attachments")
            .join(profile.as_str())
            .join(evidence.0.to_string())
    }

    /// Copies `src` to be kept with an evidence entry; returns the name it
    /// is kept under (for [`Evidence::file`]).
    ///
    /// # Errors
    /// When `src` cannot be read, is not a file, is too large, or the copy
    /// cannot be written.
    pub fn attach(&self, profile: &ProfileId, evidence: RecordId, src: &Path) -> Result<String> {
        let meta = fs::metadata(src).map_err(StoreError::io("read", src))?;
        if !meta.is_file() {
            return Err(StoreError::Attachment(format!(
                "{} is a folder, not a file. Attach one file (or a zip of the folder).",
                src.display()
            )));
        }
        if meta.len() > MAX_ATTACHMENT_BYTES {
            return Err(StoreError::Attachment(format!(
                "{} is {} MB; a file kept with evidence is at most {} MB. Put it somewhere shared and add a link instead.",
                src.display(),
                meta.len().div_ceil(1024 * 1024),
                MAX_ATTACHMENT_BYTES / (1024 * 1024)
            )));
        }
        let name = safe_file_name(&src.file_name().unwrap_or_default().to_string_lossy());
        let bytes = fs::read(src).map_err(StoreError::io("read", src))?;
        self.keep_attachment(profile, evidence, &name, &bytes)?;
        Ok(name)
    }

    fn keep_attachment(
        &self,
        profile: &ProfileId,
        evidence: RecordId,
        name: &str,
        bytes: &[u8],
    ) -> Result<()> {
        let dir = self.attachment_dir(profile, evidence);
        fs::create_dir_all(&dir).map_err(StoreError::io("create the folder", &dir))?;
        write_atomic(&dir.join(safe_file_name(name)), bytes)
    }

    /// Where the file of `entry` is kept, if it has one and it is there.
    #[must_use]
    pub fn attachment(&self, profile: &ProfileId, entry: &Evidence) -> Option<PathBuf> {
        if entry.file.is_empty() {
            return None;
        }
        let path = self
            .attachment_dir(profile, entry.id)
            .join(safe_file_name(&entry.file));
        path.is_file().then_some(path)
    }

    /// The files of `profile`'s evidence, to send along, at most `budget`
    /// bytes in all; the names of those left out (too large together).
    pub(super) fn carried(&self, profile: &Profile, budget: u64) -> (Vec<Carried>, Vec<String>) {
        let mut carried = Vec::new();
        let mut left_out = Vec::new();
        let mut used = 0u64;
        for entry in &profile.evidence {
            let Some(path) = self.attachment(&profile.id, entry) else {
                continue;
            };
            let size = fs::metadata(&path).map_or(u64::MAX, |m| m.len());
            match fs::read(&path) {
                Ok(bytes) if used.saturating_add(size) <= budget => {
                    used += size;
                    carried.push(Carried {
                        evidence: entry.id,
                        name: entry.file.clone(),
                        bytes,
                    });
                }
                _ => left_out.push(entry.file.clone()),
            }
        }
        (carried, left_out)
    }

    /// Keeps the files that came with a profile, for the entries it has;
    /// a file already here is not replaced.
    pub(super) fn receive_carried(&self, profile: &Profile, files: &[Carried]) -> Result<()> {
        for file in files {
            let Some(entry) = profile.evidence.iter().find(|e| e.id == file.evidence) else {
                continue;
            };
            let name = safe_file_name(&file.name);
            if entry.file != name || self.attachment(&profile.id, entry).is_some() {
                continue;
            }
            self.keep_attachment(&profile.id, entry.id, &name, &file.bytes)?;
        }
        Ok(())
    }
}

//! Conflicts waiting for the person's choice, kept beside the profile on
//! this computer (`conflicts/<id>.json`): the other computer's values
//! survive closing the window, a crash, or moving the profiles folder,
//! until the person settles each one.

use std::fs;
use std::path::PathBuf;

use super::Store;
use super::error::{Result, StoreError};
use super::profile_file::write_atomic;
use crate::model::ProfileId;
use crate::model::merge::Conflict;

impl Store {
    fn conflicts_path(&self, id: &ProfileId) -> PathBuf {
        self.root.join("conflicts").join(format!("{id}.json"))
    }

    /// Keeps the conflicts still to settle for profile `id` (none: the
    /// file goes).
    ///
    /// # Errors
    /// When they cannot be written.
    pub fn keep_conflicts(&self, id: &ProfileId, conflicts: &[Conflict]) -> Result<()> {
        let path = self.conflicts_path(id);
        if conflicts.is_empty() {
            return match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(StoreError::io("remove", &path)(e))
                }
                _ => Ok(()),
            };
        }
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(StoreError::io("create the folder", dir))?;
        }
        let mut bytes =
            serde_json::to_vec_pretty(conflicts).map_err(|e| StoreError::NotAProfile {
                path: path.clone(),
                reason: e.to_string(),
            })?;
        bytes.push(b'\n');
        write_atomic(&path, &bytes)
    }

    /// The conflicts kept for profile `id`; none when there are none or
    /// the file does not read (said in the log; the other computer's
    /// values are in the backups too).
    #[must_use]
    pub fn kept_conflicts(&self, id: &ProfileId) -> Vec<Conflict> {
        let path = self.conflicts_path(id);
        match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                log::warn!("the conflicts kept in {} do not read: {e}", path.display());
                Vec::new()
            }),
            Err(_) => Vec::new(),
        }
    }
}

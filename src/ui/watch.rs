//! Watching the profiles folder, so that a profile another computer
//! changed (through a synced folder) and the conflict copies sync
//! programs make are merged while the window is open.
//!
//! The watcher runs on its own thread (the `notify` crate: inotify,
//! `FSEvents`, `ReadDirectoryChangesW`) and only wakes the window when a
//! profile or a copy changed: an idle folder costs no frame at all. Changes
//! are taken a moment after the last one, once a sync program has finished
//! writing.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// How long the folder must have been quiet before changes are taken in.
pub const SETTLE: Duration = Duration::from_millis(300);
/// A folder that never goes quiet (a long sync) is still taken in this often.
const AT_MOST: Duration = Duration::from_secs(2);

#[derive(Default)]
struct Changes {
    /// File names changed (not whole paths: some systems report the folder
    /// by another route, e.g. `/private/var` for `/var` on macOS).
    names: std::collections::BTreeSet<std::ffi::OsString>,
    first: Option<Instant>,
    last: Option<Instant>,
}

/// The profiles folder, watched.
pub struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    changes: Arc<Mutex<Changes>>,
}

impl FolderWatch {
    /// Starts watching `dir`; `wake` asks the window for a frame once the
    /// folder has settled.
    ///
    /// # Errors
    /// When the system refuses to watch the folder (too many watches…).
    pub fn start(dir: &Path, wake: impl Fn(Duration) + Send + 'static) -> notify::Result<Self> {
        let changes = Arc::new(Mutex::new(Changes::default()));
        let sink = Arc::clone(&changes);
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                if matches!(event.kind, EventKind::Access(_)) {
                    return;
                }
                let names: Vec<std::ffi::OsString> = event
                    .paths
                    .iter()
                    .filter(|p| crate::store::is_profile_or_copy(p))
                    .filter_map(|p| p.file_name().map(ToOwned::to_owned))
                    .collect();
                if names.is_empty() {
                    return;
                }
                let now = Instant::now();
                let mut c = sink.lock().unwrap_or_else(PoisonError::into_inner);
                c.names.extend(names);
                c.first.get_or_insert(now);
                c.last = Some(now);
                drop(c);
                wake(SETTLE);
            })?;
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
        Ok(Self {
            _watcher: watcher,
            changes,
        })
    }

    /// The names of the files changed, once the folder has been quiet for
    /// [`SETTLE`] (or busy for [`AT_MOST`]); otherwise nothing yet, and how
    /// long to wait.
    pub fn take(&self) -> Result<Vec<std::ffi::OsString>, Duration> {
        let mut c = self.changes.lock().unwrap_or_else(PoisonError::into_inner);
        let (Some(first), Some(last)) = (c.first, c.last) else {
            return Ok(Vec::new());
        };
        let quiet = last.elapsed();
        if quiet < SETTLE && first.elapsed() < AT_MOST {
            return Err(SETTLE.saturating_sub(quiet));
        }
        c.first = None;
        c.last = None;
        Ok(std::mem::take(&mut c.names).into_iter().collect())
    }
}

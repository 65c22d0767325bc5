//! Profiles in a synced folder: what another computer changed is merged
//! into the open profile, conflict copies are merged into their profiles,
//! and fields both computers changed wait in the conflict view.

use super::LodestarApp;
use crate::model::merge::Choice;
use crate::store::{CopyOutcome, SyncCopy};

impl LodestarApp {
    /// Starts watching the profiles folder (with the first frame, when the
    /// window can be woken), then takes in what changed once it settled.
    pub(super) fn watch_folder(&mut self, ctx: &egui::Context) {
        if !self.watch_started {
            self.watch_started = true;
            let waker = ctx.clone();
            match super::super::watch::FolderWatch::start(
                &self.store.profiles_dir(),
                move |after| waker.request_repaint_after(after),
            ) {
                Ok(watch) => self.watch = Some(watch),
                // Everything still works; changes are merged at the next save.
                Err(e) => log::warn!("the profiles folder is not watched: {e}"),
            }
        }
        let Some(watch) = &self.watch else { return };
        match watch.take() {
            Ok(paths) if paths.is_empty() => {}
            Ok(paths) => self.folder_changed(&paths),
            Err(wait) => ctx.request_repaint_after(wait),
        }
    }

    /// Files in the profiles folder changed: the open profile follows its
    /// file, copies are merged, the list is read again.
    fn folder_changed(&mut self, paths: &[std::path::PathBuf]) {
        let open_path = self.open.as_ref().map(|o| o.handle.path().to_path_buf());
        if open_path.is_some_and(|p| paths.contains(&p)) {
            self.follow_disk();
        }
        if paths.iter().any(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(crate::store::copy_of)
                .is_some()
        }) {
            self.settle_copies();
        }
        self.refresh_listing();
    }

    /// The open profile's file was changed by another computer: its changes
    /// are merged in (the file is saved again when the result differs).
    pub(super) fn follow_disk(&mut self) {
        // What is being typed goes in first, so it is merged, not lost.
        self.keep_drafts();
        let Some(open) = &mut self.open else { return };
        match open.follow_disk() {
            Ok(None) => {}
            Ok(Some(summary)) => {
                let conflicts = open.conflicts.len();
                self.save_now();
                let text = format!(
                    "Another computer changed this profile: merged in ({}).",
                    summary.words()
                );
                if conflicts > 0 {
                    self.status.notice(text);
                } else {
                    self.status.ok(text);
                }
            }
            // A sync still writing: tried again at its next change.
            Err(e) => log::info!("the profile's file changed but could not be read yet: {e}"),
        }
    }

    /// Merges the conflict copies sync programs made: the open profile's
    /// into the window (conflicts go to the view), the others into their
    /// files; what happened is said.
    pub(super) fn settle_copies(&mut self) {
        let open_id = self.open.as_ref().map(|o| o.profile().id.clone());
        let mut said: Vec<String> = Vec::new();
        let mut failed = false;
        if let Some(id) = &open_id {
            for copy in self.store.sync_copies().into_iter().filter(|c| &c.id == id) {
                match self.take_copy(&copy) {
                    Ok(text) => said.push(text),
                    Err(text) => {
                        failed = true;
                        said.push(text);
                    }
                }
            }
        }
        for report in self.store.settle_copies(open_id.as_ref()) {
            failed |= matches!(
                report.outcome,
                CopyOutcome::NeedsChoice { .. } | CopyOutcome::Failed(_)
            );
            said.extend(report.message());
        }
        if said.is_empty() {
            return;
        }
        let text = said.join(" ");
        if failed || self.open.as_ref().is_some_and(|o| !o.conflicts.is_empty()) {
            self.status.notice(text);
        } else {
            self.status.ok(text);
        }
    }

    /// Merges a conflict copy of the open profile into it, saves, and moves
    /// the copy to the backups.
    fn take_copy(&mut self, copy: &SyncCopy) -> Result<String, String> {
        let file = copy.file_name();
        let incoming = self
            .store
            .read_copy(copy)
            .map_err(|e| format!("The copy {file} could not be merged: {e}"))?;
        self.keep_drafts();
        let Some(open) = &mut self.open else {
            return Ok(String::new());
        };
        if let Some(reason) = open.handle.access().reason() {
            return Err(format!(
                "A copy of this profile ({file}) waits to be merged, but the profile is read-only here: {reason}."
            ));
        }
        let merged = self
            .store
            .preview_incoming(&incoming, open.profile())
            .map_err(|e| format!("The copy {file} could not be merged: {e}"))?;
        let summary = merged.summary.clone();
        open.take_merged(merged);
        self.save_now();
        if self.open.as_ref().is_some_and(super::OpenProfile::is_dirty) {
            return Err(format!(
                "A copy {} made of this profile was merged in, but could not be saved yet; it stays where it is.",
                copy.made_by
            ));
        }
        self.store
            .retire_copy(copy)
            .map_err(|e| format!("The copy {file} was merged but could not be moved aside: {e}"))?;
        Ok(format!(
            "Merged a copy of this profile that {} made when two computers changed it ({}). The copy is in the backups.",
            copy.made_by,
            summary.words()
        ))
    }

    /// The person's choice for one conflict.
    pub(super) fn settle(&mut self, index: usize, choice: Choice) {
        let Some(open) = &mut self.open else { return };
        match open.settle(index, choice) {
            Ok(()) if open.conflicts.is_empty() => {
                self.status
                    .ok("Settled: both computers' changes are in the profile.");
            }
            Ok(()) => {}
            Err(e) => self.status.fail(e),
        }
    }
}

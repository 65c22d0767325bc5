//! Profiles in a synced folder: what another computer changed is merged
//! into the open profile, conflict copies are merged into their profiles,
//! and fields both computers changed wait in the conflict view.

use super::LodestarApp;
use crate::model::merge::Choice;
use crate::store::{CopyOutcome, SyncCopy};
use crate::t;
use crate::ui::command::Command;
use crate::ui::status::Said;

impl LodestarApp {
    /// The commands about other computers' changes: conflicts to settle,
    /// the profiles folder, and a file changed on disk that did not merge.
    pub(super) fn run_sync(&mut self, command: Command) {
        match command {
            Command::Settle(path, choice) => self.settle(&path, choice),
            Command::ShowConflicts(show) => {
                if let Some(open) = &mut self.open {
                    open.show_conflicts = show;
                }
            }
            Command::ChooseProfilesFolder => {
                let chosen = self.dialog_answer.take().or_else(|| {
                    rfd::FileDialog::new()
                        .set_title(t!("dialog-profiles-folder-title"))
                        .pick_folder()
                });
                if let Some(folder) = chosen {
                    self.move_profiles(Some(&folder));
                }
            }
            Command::ProfilesFolderBack => self.move_profiles(None),
            Command::KeepMine => self.resolve_conflict(true),
            Command::TakeTheirs => self.resolve_conflict(false),
            _ => {}
        }
    }

    /// "Keep mine" or "Load theirs" after another program changed the file.
    fn resolve_conflict(&mut self, mine: bool) {
        let Some(open) = &mut self.open else { return };
        let result = if mine {
            open.keep_mine().map(|()| t!("disk-kept-mine"))
        } else {
            open.take_theirs().map(|()| t!("disk-took-theirs"))
        };
        match result {
            Ok(said) => self.status.ok(said),
            Err(e) => self.status.fail(e.to_string()),
        }
    }

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
                Err(e) => self
                    .status
                    .notice(t!("folder-not-watched", reason = e.to_string())),
            }
        }
        let Some(watch) = &self.watch else { return };
        match watch.take() {
            Ok(names) if names.is_empty() => {}
            Ok(names) => self.folder_changed(&names),
            Err(wait) => ctx.request_repaint_after(wait),
        }
    }

    /// Files in the profiles folder changed: the open profile follows its
    /// file, copies are merged, the list is read again.
    fn folder_changed(&mut self, names: &[std::ffi::OsString]) {
        let open_name = self
            .open
            .as_ref()
            .and_then(|o| o.handle.path().file_name().map(ToOwned::to_owned));
        if open_name.is_some_and(|n| names.contains(&n)) {
            self.follow_disk();
        }
        if names
            .iter()
            .any(|n| n.to_str().and_then(crate::store::copy_of).is_some())
        {
            self.settle_copies();
        }
        // The list is shown only with no profile open (it is read again on
        // closing one): each save of the open profile reads nothing more.
        if self.open.is_none() {
            self.refresh_listing();
        }
    }

    /// The open profile's file was changed by another computer: its changes
    /// are merged in (the file is saved again when the result differs).
    pub(super) fn follow_disk(&mut self) {
        // What is being typed goes in first, so it is merged, not lost.
        self.keep_drafts();
        let Some(open) = &mut self.open else { return };
        match open.follow_disk() {
            Ok(None) => {}
            Ok(Some(from_disk)) => {
                self.keep_conflicts();
                self.save_now();
                self.said_merged(&from_disk);
            }
            Err(e) => self.disk_unreadable(&e),
        }
    }

    /// Says what another computer's change brought (and what was cut to
    /// fit the limits of typed text).
    pub(super) fn said_merged(&mut self, from_disk: &crate::store::FromDisk) {
        let mut text = t!("disk-merged", what = from_disk.summary.words());
        for line in &from_disk.adjusted {
            text.push(' ');
            text.push_str(line);
        }
        let waiting = self.open.as_ref().is_some_and(|o| !o.conflicts.is_empty());
        if waiting || !from_disk.adjusted.is_empty() {
            self.status.notice(text);
        } else {
            self.status.ok(text);
        }
    }

    /// The file changed on disk but cannot be taken in. A newer Lodestar on
    /// the other computer wrote it: the profile is read-only here from now
    /// on, and what was not saved goes to `recovered/`. Anything else (a
    /// sync still writing) is tried again at the next change.
    pub(super) fn disk_unreadable(&mut self, e: &crate::store::StoreError) {
        if matches!(e, crate::store::StoreError::TooNew { .. }) {
            self.rescue_unsaved();
            self.status.fail(t!(
                "disk-too-new",
                reason = e.to_string(),
                folder = self.store.root().join("recovered").display().to_string()
            ));
        } else {
            log::info!("the profile's file changed but could not be read yet: {e}");
        }
    }

    /// Merges the conflict copies sync programs made: the open profile's
    /// into the window (conflicts go to the view), the others into their
    /// files; what happened is said.
    pub(super) fn settle_copies(&mut self) {
        match self.copies_merged() {
            Some(Said::Done(text)) => self.status.ok(text),
            Some(Said::Warning(text) | Said::Failed(text)) => self.status.notice(text),
            None => {}
        }
    }

    /// Merges the conflict copies (see [`Self::settle_copies`]) and says
    /// how it went; `None` when there were none.
    fn copies_merged(&mut self) -> Option<Said> {
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
            return None;
        }
        let text = said.join(" ");
        Some(
            if failed || self.open.as_ref().is_some_and(|o| !o.conflicts.is_empty()) {
                Said::Warning(text)
            } else {
                Said::Done(text)
            },
        )
    }

    /// Merges a conflict copy of the open profile into it, saves, and moves
    /// the copy to the backups.
    fn take_copy(&mut self, copy: &SyncCopy) -> Result<String, String> {
        let file = copy.file_name();
        let incoming = self.store.read_copy(copy).map_err(|e| {
            t!(
                "copy-not-merged",
                file = file.clone(),
                reason = e.to_string()
            )
        })?;
        self.keep_drafts();
        let Some(open) = &mut self.open else {
            return Ok(String::new());
        };
        if let Some(reason) = open.handle.access().reason() {
            return Err(t!("copy-read-only", file = file, reason = reason));
        }
        let merged = self
            .store
            .preview_incoming(&incoming, open.profile())
            .map_err(|e| {
                t!(
                    "copy-not-merged",
                    file = file.clone(),
                    reason = e.to_string()
                )
            })?;
        let summary = merged.summary.clone();
        open.take_merged(merged);
        self.keep_conflicts();
        self.save_now();
        if self.open.as_ref().is_some_and(super::OpenProfile::is_dirty) {
            return Err(t!("copy-not-saved", who = copy.by()));
        }
        self.store
            .retire_copy(copy)
            .map_err(|e| t!("copy-not-moved", file = file, reason = e.to_string()))?;
        let mut text = t!("copy-merged", who = copy.by(), what = summary.words());
        for line in &incoming.adjusted {
            text.push(' ');
            text.push_str(line);
        }
        Ok(text)
    }

    /// Moves the profiles to `to` (`None`: back into the config folder),
    /// with the open profile saved first and opened again from there.
    pub(super) fn move_profiles(&mut self, to: Option<&std::path::Path>) {
        self.keep_drafts();
        if !self.can_leave() {
            return;
        }
        let reopen = self.open.take().map(|o| (o.profile().id.clone(), o.tab));
        // The folder could not be reached: said no more once moved.
        let folder_problem = self.store.problem().map(ToOwned::to_owned);
        let result = self.store.move_profiles(to);
        // The new folder is watched from the next frame.
        self.watch = None;
        self.watch_started = false;
        // The profile that was open, from where it is now, as it was shown.
        let mut reopen_failed = None;
        if let Some((id, tab)) = reopen {
            match self.store.open_profile(&id) {
                Ok(handle) => {
                    let mut open = crate::ui::open::OpenProfile::new(handle);
                    open.tab = tab;
                    open.conflicts = self.store.kept_conflicts(&id);
                    self.open = Some(open);
                }
                Err(e) => reopen_failed = Some(e.to_string()),
            }
        }
        match result {
            Ok(moved) => {
                let mut text = t!(
                    "folder-moved",
                    folder = self.store.profiles_dir().display().to_string()
                );
                if moved.beside > 0 {
                    text.push(' ');
                    text.push_str(&t!("folder-moved-merged", n = moved.beside));
                }
                if moved.left_behind {
                    text.push(' ');
                    text.push_str(&t!("folder-moved-copies-stay"));
                }
                self.status.ok(text);
                self.problems.retain(|p| Some(p) != folder_problem.as_ref());
            }
            Err(e) => self.status.fail(e.to_string()),
        }
        // What the copies brought is said after the move itself.
        if let Some(said) = self.copies_merged() {
            let attention = !matches!(said, Said::Done(_));
            let (Said::Done(more) | Said::Warning(more) | Said::Failed(more)) = said;
            let text = format!("{} {more}", self.status.text);
            if attention || self.status.error {
                self.status.notice(text);
            } else {
                self.status.ok(text);
            }
        }
        if let Some(e) = reopen_failed {
            self.status.fail(e);
        }
        self.refresh_listing();
    }

    /// Keeps the open profile's conflicts on this computer until settled
    /// (see `store::pending`), so closing the window loses none.
    pub(super) fn keep_conflicts(&mut self) {
        let Some(open) = &self.open else { return };
        if let Err(e) = self
            .store
            .keep_conflicts(&open.profile().id, &open.conflicts)
        {
            self.status
                .fail(t!("conflicts-not-kept", reason = e.to_string()));
        }
    }

    /// The person's choice for one conflict.
    pub(super) fn settle(&mut self, path: &[crate::model::merge::Seg], choice: Choice) {
        let Some(open) = &mut self.open else { return };
        let result = open.settle(path, choice);
        self.keep_conflicts();
        let Some(open) = &self.open else { return };
        match result {
            Ok(()) if open.conflicts.is_empty() => {
                self.status.ok(t!("conflicts-all-settled"));
            }
            Ok(()) => {}
            Err(e) => self.status.fail(e),
        }
    }
}

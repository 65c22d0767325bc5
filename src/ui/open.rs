//! The profile being worked on: its file handle, the screen shown, what
//! each screen keeps between frames, the undo history, and when it is due
//! to be saved. The shell owns one of these while a profile is open.

use std::time::{Duration, Instant};

use super::command::Tab;
use super::{checklist, details, plan, progress, rating, session};
use crate::model::merge::{self, Choice, Conflict, Merged};
use crate::model::{Edit, Profile, TextError, TypingKey, edit};
use crate::store::{FromDisk, ProfileHandle, StoreError};
use crate::t;

/// Edits wait this long after the last change before they are written, so
/// typing never means a save per keystroke, and a crash loses at most this.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1200);
/// After a failed save, the next try waits this long.
const SAVE_RETRY: Duration = Duration::from_secs(10);
/// Typing that never pauses is still saved this often (session notes: a
/// crash loses at most this much).
pub const MAX_UNSAVED: Duration = Duration::from_secs(2);
/// How many steps back undo reaches.
const UNDO_DEPTH: usize = 200;

/// The profile being worked on.
pub struct OpenProfile {
    pub handle: ProfileHandle,
    pub tab: Tab,
    undo: Vec<Profile>,
    redo: Vec<Profile>,
    dirty_since: Option<Instant>,
    /// The first edit not yet saved: typing that never pauses is still
    /// saved every [`MAX_UNSAVED`].
    first_unsaved: Option<Instant>,
    /// The last edit that typing continues (one undo step for a burst).
    coalesce: Option<TypingKey>,
    /// Counts every change to the profile (edit, undo, the version on disk
    /// loaded): screens keep what they computed from it until it moves.
    revision: u64,
    /// The file changed on disk and could not be merged (it is gone, or
    /// does not read): the person chooses whose version wins.
    pub conflict: bool,
    /// Fields this computer and another changed differently, found by a
    /// merge: the profile holds this computer's value until the person
    /// chooses in the conflict view.
    pub conflicts: Vec<Conflict>,
    /// The conflict view is shown.
    pub show_conflicts: bool,
    pub checklist: checklist::Drafts,
    pub details: details::DetailsDraft,
    pub rating: rating::RatingDraft,
    pub progress: progress::ProgressView,
    /// Session mode (or a session's summary), when shown.
    pub session: Option<session::LiveSession>,
    pub plan: plan::PlanView,
    /// The evidence dialog, when open.
    pub evidence: Option<super::evidence::EvidenceDraft>,
}

/// How a save went.
#[derive(Debug)]
pub enum Saved {
    /// Written (or there was nothing to write).
    Done,
    /// Nothing was due: no unsaved edits, or a conflict waits for a choice.
    NotDue,
    /// Another program changed the file, and it could not be merged (it is
    /// gone, or does not read): the person must choose.
    Conflict(String),
    /// Another computer changed the file: its changes were merged in first.
    Merged(FromDisk),
    /// It failed (a full disk…); the edits stay in memory and are tried again.
    Failed(StoreError),
}

impl OpenProfile {
    #[must_use]
    pub fn new(handle: ProfileHandle) -> Self {
        Self {
            handle,
            tab: Tab::Have,
            undo: Vec::new(),
            redo: Vec::new(),
            dirty_since: None,
            first_unsaved: None,
            coalesce: None,
            revision: 0,
            conflict: false,
            conflicts: Vec::new(),
            show_conflicts: false,
            checklist: checklist::Drafts::default(),
            details: details::DetailsDraft::default(),
            rating: rating::RatingDraft::default(),
            progress: progress::ProgressView::default(),
            session: None,
            plan: plan::PlanView::default(),
            evidence: None,
        }
    }
    #[must_use]
    pub fn profile(&self) -> &Profile {
        &self.handle.profile
    }
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.dirty_since.is_some()
    }
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The profile's version: changes with every change to it.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn touched(&mut self) {
        self.revision += 1;
        let now = Instant::now();
        self.dirty_since = Some(now);
        self.first_unsaved.get_or_insert(now);
    }

    /// Applies an edit (see `model::edit`) as one step of undo, and keeps
    /// the screens' drafts in step: what was typed is cleared only once it
    /// is safely in the profile. `Ok(false)` when it changed nothing.
    ///
    /// # Errors
    /// The reason the edit was refused, in words.
    pub fn edit(&mut self, edit: Edit) -> Result<bool, String> {
        if let Some(reason) = self.handle.access().reason() {
            return Err(t!("profile-read-only", reason = reason));
        }
        let key = edit.coalesce_key();
        // A burst of typing is one undo step: only its first edit keeps a copy.
        let before = (key.is_none() || key != self.coalesce).then(|| self.handle.profile.clone());
        let done = Done::of(&edit);
        let result = edit::apply(&mut self.handle.profile, edit);
        self.after_edit(done, &result);
        match result {
            Ok(true) => {
                if let Some(before) = before {
                    self.undo.push(before);
                    if self.undo.len() > UNDO_DEPTH {
                        self.undo.remove(0);
                    }
                }
                self.coalesce = key;
                self.redo.clear();
                self.touched();
                Ok(true)
            }
            Ok(false) => Ok(false),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The drafts that an applied (or refused) edit settles.
    fn after_edit(&mut self, done: Done, result: &Result<bool, TextError>) {
        match (done, result) {
            (Done::Added(kind), Ok(true)) => self.checklist.clear_typed(kind),
            (Done::Retexted(id), Ok(_))
                if self
                    .checklist
                    .editing
                    .as_ref()
                    .is_some_and(|(e, _)| *e == id) =>
            {
                self.checklist.editing = None;
            }
            (Done::ActionAdded, Ok(true)) => {
                if let Some(live) = &mut self.session {
                    live.action_added();
                }
            }
            (Done::ActionAdded, Err(e)) => {
                if let Some(live) = &mut self.session {
                    live.error = Some(e.to_string());
                }
            }
            _ => {}
        }
    }

    /// Steps back (or forward again); whether there was a step to take.
    pub fn undo_redo(&mut self, undo: bool) -> bool {
        if self.handle.is_read_only() {
            return false;
        }
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(previous) = from.pop() else {
            return false;
        };
        to.push(std::mem::replace(&mut self.handle.profile, previous));
        self.coalesce = None;
        self.touched();
        self.reread_drafts();
        true
    }

    /// Saves if there are unsaved edits and no conflict waits.
    pub fn save(&mut self) -> Saved {
        if self.dirty_since.is_none() || self.conflict {
            return Saved::NotDue;
        }
        match self.handle.save() {
            Ok(()) => {
                self.dirty_since = None;
                self.first_unsaved = None;
                Saved::Done
            }
            Err(StoreError::ChangedOnDisk { name }) => {
                // Changed by another computer (a synced folder): merged in,
                // then saved; only a file that is gone or unreadable asks.
                // What is being typed goes in first, so it is merged too.
                for edit in self.take_drafts() {
                    let _ = self.edit(edit);
                }
                match self.follow_disk() {
                    Ok(Some(summary)) => match self.handle.save() {
                        Ok(()) => {
                            self.dirty_since = None;
                            self.first_unsaved = None;
                            Saved::Merged(summary)
                        }
                        Err(e) => Saved::Failed(e),
                    },
                    // A newer Lodestar wrote it: read-only from now on.
                    Err(e @ StoreError::TooNew { .. }) => Saved::Failed(e),
                    Ok(None) | Err(_) => {
                        self.conflict = true;
                        Saved::Conflict(name)
                    }
                }
            }
            Err(e) => {
                // Keep the edits in memory, still marked unsaved, and try
                // again a little later.
                self.dirty_since = Some(Instant::now() + SAVE_RETRY);
                self.first_unsaved = None;
                Saved::Failed(e)
            }
        }
    }

    /// How long until the next autosave is due; zero when it is due now,
    /// `None` with nothing to save.
    #[must_use]
    pub fn save_due_in(&self) -> Option<Duration> {
        let since = self.dirty_since?;
        // A pause of AUTOSAVE_DELAY, or MAX_UNSAVED of non-stop typing.
        let pause = AUTOSAVE_DELAY.saturating_sub(since.elapsed());
        let burst = self
            .first_unsaved
            .map_or(Duration::MAX, |f| MAX_UNSAVED.saturating_sub(f.elapsed()));
        Some(pause.min(burst))
    }

    /// Keeps this version over the one another program wrote.
    ///
    /// # Errors
    /// When it cannot be written.
    pub fn keep_mine(&mut self) -> Result<(), StoreError> {
        self.handle.save_replacing()?;
        self.conflict = false;
        self.dirty_since = None;
        Ok(())
    }

    /// Takes the version on disk, dropping the edits made here.
    ///
    /// # Errors
    /// When it cannot be read.
    pub fn take_theirs(&mut self) -> Result<(), StoreError> {
        self.handle.reload()?;
        self.revision += 1;
        self.conflict = false;
        self.dirty_since = None;
        self.undo.clear();
        self.redo.clear();
        self.reread_drafts();
        Ok(())
    }

    /// Takes in what another computer changed in the file (through a
    /// synced folder), merged with what is here; `None` when the file is
    /// as this window left it. Conflicts wait in [`Self::conflicts`].
    ///
    /// # Errors
    /// When the file cannot be read yet (a sync under way) or is too new.
    pub fn follow_disk(&mut self) -> Result<Option<FromDisk>, StoreError> {
        let from_disk = match self.handle.merge_from_disk() {
            Ok(Some(from_disk)) => from_disk,
            Ok(None) => return Ok(None),
            Err(e) => {
                if let StoreError::TooNew { found, .. } = &e {
                    self.handle.mark_newer(*found);
                }
                return Err(e);
            }
        };
        self.taken_in(from_disk.conflicts.clone(), from_disk.differs);
        Ok(Some(from_disk))
    }

    /// Takes a merge's result (a conflict copy merged into this profile).
    pub fn take_merged(&mut self, merged: Merged) {
        let differs = merged.profile != self.handle.profile;
        self.handle.profile = merged.profile;
        self.taken_in(merged.conflicts, differs);
    }

    /// After the profile took in another computer's changes: undo no
    /// longer reaches back past them (it would drop them), the screens
    /// read the profile again, and the result is saved when it differs.
    fn taken_in(&mut self, conflicts: Vec<Conflict>, differs: bool) {
        self.revision += 1;
        self.undo.clear();
        self.redo.clear();
        self.coalesce = None;
        self.conflict = false;
        // An item being renamed stays in its field while it still exists.
        let editing = self
            .checklist
            .editing
            .take()
            .filter(|(id, _)| self.handle.profile.item(*id).is_some());
        self.reread_drafts();
        self.checklist.editing = editing;
        if differs && !self.handle.is_read_only() {
            self.touched();
        }
        if !conflicts.is_empty() {
            // A newer conflict on the same field replaces the older one.
            self.conflicts
                .retain(|c| !conflicts.iter().any(|n| n.path == c.path));
            self.conflicts.extend(conflicts);
            self.show_conflicts = true;
        }
    }

    /// Settles the conflict at `path` with the person's choice, as one
    /// step of undo. "This computer's" keeps what the field holds now
    /// (including anything typed there since); "both" joins that with the
    /// other computer's text.
    ///
    /// # Errors
    /// When the profile is read-only or the conflict is gone.
    pub fn settle(&mut self, path: &[merge::Seg], choice: Choice) -> Result<(), String> {
        if let Some(reason) = self.handle.access().reason() {
            return Err(t!("profile-read-only", reason = reason));
        }
        let Some(index) = self.conflicts.iter().position(|c| c.path == path) else {
            return Err(t!("app-settled-already"));
        };
        let mut conflict = self.conflicts[index].clone();
        if let Some(now) = merge::value_at(&self.handle.profile, path) {
            conflict.mine = now;
        }
        let before = self.handle.profile.clone();
        if choice != Choice::Mine {
            merge::resolve(&mut self.handle.profile, &conflict, choice)
                .map_err(|e| e.to_string())?;
        }
        self.conflicts.remove(index);
        if self.conflicts.is_empty() {
            self.show_conflicts = false;
        }
        if self.handle.profile != before {
            self.undo.push(before);
            self.redo.clear();
            self.coalesce = None;
            self.touched();
            self.reread_drafts();
        }
        Ok(())
    }

    /// Texts saved when their field is left (the details, a checklist
    /// item's note), as edits: the window may close, or the profile be
    /// left, with the cursor still in one.
    pub fn take_drafts(&mut self) -> Vec<Edit> {
        let mut edits = self.details.take_edits(&self.handle.profile);
        if let Some((id, note)) = self.checklist.note.clone() {
            edits.push(Edit::SetNote(id, note));
        }
        edits
    }

    /// The profile changed under the fields being typed in (undo, redo, or
    /// the version on disk loaded): they show the profile again.
    fn reread_drafts(&mut self) {
        self.details.reset();
        self.checklist.note = None;
        self.checklist.editing = None;
        let profile = &self.handle.profile;
        if let Some(live) = &mut self.session {
            // Sessions have no id: session mode stays only on a session that
            // is still there and, when it was being held, still in progress
            // (otherwise notes would go into someone else's session).
            let same = profile
                .sessions
                .get(live.index)
                .is_some_and(|s| live.summary || s.in_progress);
            if same {
                live.sync(profile);
            } else {
                self.session = None;
                self.tab = Tab::Sessions;
            }
        }
    }
}

/// What an edit is, as far as the drafts are concerned.
enum Done {
    Added(crate::model::ListKind),
    Retexted(crate::model::ItemId),
    ActionAdded,
    Other,
}

impl Done {
    fn of(edit: &Edit) -> Self {
        match edit {
            Edit::Add { kind, .. } => Done::Added(*kind),
            Edit::SetText(id, _) => Done::Retexted(*id),
            Edit::AddAction { .. } => Done::ActionAdded,
            _ => Done::Other,
        }
    }
}

//! The app shell: which screen is showing, the open profile, and the one
//! place where the [`Command`]s screens push are run, after the frame is
//! drawn, and their outcome said in the status line.
//!
//! The shell decides nothing about the data: what an edit means is
//! `model::edit`; the open profile's undo and saving is `open`; files and
//! exports are `files`; the bars around the screens are `chrome`. A new
//! screen is a file in `ui/` with a `show(ui, …, commands)` function,
//! called from [`LodestarApp::screen`]; a new command is a variant in
//! `command` and an arm in [`LodestarApp::run`].

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::chrome::{self, StatusView};
use super::open::Saved;
use super::status::{Said, StatusLine};
use super::{about, checklist, compare_screen, details, picker, plan, progress, rating, session};
use crate::model::{Catalog, Edit, ListKind, ProfileId};
use crate::store::{CatalogSet, ProfileSummary, Store};
use crate::t;

mod calendar;
mod evidence;
mod exports;
mod feedback;
pub mod lists;
mod profiles;
mod sessions;
mod sync;

pub use super::command::{Command, EvidenceChoice, Tab};
pub use super::open::{AUTOSAVE_DELAY, MAX_UNSAVED, OpenProfile};

/// The whole app.
pub struct LodestarApp {
    store: Store,
    pub catalogs: CatalogSet,
    pub listing: Vec<ProfileSummary>,
    pub problems: Vec<String>,
    pub open: Option<OpenProfile>,
    /// What the status line says: every outcome goes through it.
    pub status: StatusLine,
    pub picker: picker::PickerState,
    /// The last profile deleted, for undo: (name, file in the trash).
    pub trashed: Option<(String, PathBuf)>,
    pending: Vec<Command>,
    title: String,
    /// With `LODESTAR_TRACE_FRAMES=1`, each painted frame is logged to stderr
    /// with the time since the process started (to measure start-up to the
    /// first frame, and to check that an idle window stays idle).
    trace: Option<FrameTrace>,
    /// A fixed "today" (tests and snapshots); `None` reads the clock.
    today: Option<jiff::civil::Date>,
    /// Set when the system asks the app to quit (logout, shutdown, kill):
    /// the next frame saves and closes the window.
    stop: Arc<AtomicBool>,
    /// The About box is shown.
    pub about: bool,
    /// A received file of a profile that is here, waiting for a choice.
    pub receiving: Option<crate::ui::receive::PendingImport>,
    /// A spreadsheet being imported as a list, at its mapping step.
    pub list_import: Option<crate::ui::list_import::ListImport>,
    /// A list being edited.
    pub list_editor: Option<crate::ui::list_editor::ListEditor>,
    about_icon: Option<egui::TextureHandle>,
    /// The profiles folder, watched for changes from other computers;
    /// started with the first frame.
    watch: Option<super::watch::FolderWatch>,
    watch_started: bool,
    /// The answer to the next "Save as" dialog, instead of asking (tests
    /// drive Send and Export this way).
    pub dialog_answer: Option<PathBuf>,
    /// Counts the frames run, for the window's start-up (see `ui::run`).
    frames: Option<Arc<std::sync::atomic::AtomicU64>>,
}

struct FrameTrace {
    start: Instant,
    frames: u64,
}

impl LodestarApp {
    /// The app on `store`, showing the profile picker.
    #[must_use]
    pub fn new(store: Store) -> Self {
        let catalogs = store.catalogs();
        let mut app = Self {
            store,
            problems: catalogs
                .problems
                .iter()
                .map(|p| t!("app-list-not-loaded", problem = p.to_string()))
                .collect(),
            catalogs,
            listing: Vec::new(),
            open: None,
            status: StatusLine::default(),
            picker: picker::PickerState::default(),
            trashed: None,
            pending: Vec::new(),
            title: String::new(),
            trace: std::env::var_os("LODESTAR_TRACE_FRAMES").map(|_| FrameTrace {
                start: crate::process_start().unwrap_or_else(Instant::now),
                frames: 0,
            }),
            today: None,
            stop: Arc::default(),
            about: false,
            receiving: None,
            list_import: None,
            list_editor: None,
            about_icon: None,
            watch: None,
            watch_started: false,
            dialog_answer: None,
            frames: None,
        };
        if let Some(problem) = app.store.problem() {
            app.problems.push(problem.to_owned());
        }
        app.settle_copies();
        app.refresh_listing();
        let recovered = app.store.recovered();
        if !recovered.is_empty() {
            app.problems.push(crate::t!(
                "recovered-kept",
                n = recovered.len(),
                folder = app.store.root().join("recovered").display().to_string()
            ));
        }
        app
    }

    /// The flag that asks the app to save and close (set from a signal
    /// handler, then repaint).
    #[must_use]
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        self.stop.clone()
    }

    /// Counts every frame in `frames` (whether a renderer got as far as
    /// drawing, for `ui::run`'s fallback).
    #[must_use]
    pub fn counting_frames(mut self, frames: Arc<std::sync::atomic::AtomicU64>) -> Self {
        self.frames = Some(frames);
        self
    }

    /// Fixes the date the app takes as today (for tests and snapshots).
    #[must_use]
    pub fn with_today(mut self, date: jiff::civil::Date) -> Self {
        self.set_today(date);
        self
    }

    /// Fixes the date the app takes as today (for tests and snapshots).
    pub fn set_today(&mut self, date: jiff::civil::Date) {
        self.today = Some(date);
    }

    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Queues a command as if a screen had issued it (used by tests too).
    pub fn command(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Today: the clock, or the date fixed for tests.
    fn today(&self) -> jiff::civil::Date {
        self.today
            .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
    }

    fn refresh_listing(&mut self) {
        let listing = self.store.list();
        for problem in listing.problems {
            let text = problem.to_string();
            if !self.problems.contains(&text) {
                self.problems.push(text);
            }
        }
        self.listing = listing.profiles;
    }

    /// The open profile and the list it follows.
    fn open_with_catalog(&self) -> Option<(&OpenProfile, &Catalog)> {
        let open = self.open.as_ref()?;
        let (catalog, _) = self.catalogs.for_profile(&open.profile().catalog)?;
        Some((open, catalog))
    }

    /// Texts saved when their field is left are saved now: the window may
    /// close, or the profile be left, with the cursor still in one.
    fn keep_drafts(&mut self) {
        let edits = self.open.as_mut().map(OpenProfile::take_drafts);
        for edit in edits.unwrap_or_default() {
            self.apply_edit(edit);
        }
    }

    /// Saves the open profile now if it has unsaved changes.
    pub fn save_now(&mut self) {
        let Some(open) = &mut self.open else { return };
        match open.save() {
            Saved::NotDue => {}
            Saved::Done => self.status.progress(&t!("app-saved"), true),
            Saved::Merged(from_disk) => {
                self.keep_conflicts();
                self.said_merged(&from_disk);
            }
            Saved::Conflict(name) => self.status.fail(format!(
                "\"{name}\" was changed or removed by another program. Choose which version to keep."
            )),
            Saved::Failed(e @ crate::store::StoreError::TooNew { .. }) => self.disk_unreadable(&e),
            // The message says what to do (free space…); it is tried again.
            Saved::Failed(e) => self.status.fail(e.to_string()),
        }
    }

    /// Saves the open profile and says whether it may be closed now: not
    /// while a conflict waits for a choice or the last save failed, because
    /// closing would drop the person's edits.
    fn can_leave(&mut self) -> bool {
        self.save_now();
        match &self.open {
            Some(open) if open.conflict => {
                self.status.fail(t!("app-settle-first"));
                false
            }
            Some(open) if open.is_dirty() => {
                let reason = self.status.text.clone();
                self.status.fail(t!("app-not-saved-yet", reason = reason));
                false
            }
            _ => true,
        }
    }

    /// Puts unsaved edits somewhere safe when the window closes while they
    /// cannot be saved (a conflict, a full disk): `<config>/recovered/`.
    fn rescue_unsaved(&mut self) {
        let Some(open) = &self.open else { return };
        if !open.is_dirty() && !open.conflict {
            return;
        }
        match self.store.rescue(open.profile()) {
            Ok(path) => log::warn!("unsaved changes kept in {}", path.display()),
            Err(e) => log::error!("could not keep unsaved changes: {e}"),
        }
    }

    /// Shows `handle`'s profile, and says so.
    fn show_profile(&mut self, handle: crate::store::ProfileHandle, said: Said) {
        let mut open = OpenProfile::new(handle);
        // Choices left for later (the window closed meanwhile) wait here.
        open.conflicts = self.store.kept_conflicts(&open.profile().id);
        open.show_conflicts = !open.conflicts.is_empty();
        self.open = Some(open);
        self.status.say(said);
    }

    fn open_profile(&mut self, id: &ProfileId) {
        if !self.can_leave() {
            return;
        }
        match self.store.open_profile(id) {
            Ok(handle) => {
                let name = handle.profile.name.clone();
                let said = match handle.access().reason() {
                    Some(reason) => Said::Failed(t!(
                        "app-opened-read-only",
                        name = name.as_str(),
                        reason = reason
                    )),
                    None => Said::Done(t!("app-opened", name = name.as_str())),
                };
                self.show_profile(handle, said);
                // Copies a sync program made of it, left for the person to
                // choose, are merged now that it is open.
                if self.store.sync_copies().iter().any(|c| &c.id == id) {
                    self.settle_copies();
                }
            }
            Err(e) => {
                self.status.fail(e.to_string());
                self.refresh_listing();
            }
        }
    }

    fn apply_edit(&mut self, edit: Edit) {
        let Some(open) = &mut self.open else { return };
        match open.edit(edit) {
            Ok(true) => self.status.progress(&t!("app-unsaved"), false),
            Ok(false) => {}
            Err(e) => self.status.fail(e),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        if self.open.as_mut().is_some_and(|o| o.undo_redo(undo)) {
            self.status.ok(if undo {
                t!("app-undone")
            } else {
                t!("app-redone")
            });
        }
    }

    /// Runs one command.
    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open(id) => self.open_profile(&id),
            Command::Create(_)
            | Command::AddSample
            | Command::Close
            | Command::Rename(..)
            | Command::Duplicate(_)
            | Command::Delete(_)
            | Command::UndoDelete
            | Command::Import
            | Command::TakeIn(_)
            | Command::Receive(_) => self.run_profiles(command),
            Command::Export
            | Command::Send(_)
            | Command::ExportChart
            | Command::ExportGrowthChart
            | Command::PrintPlan
            | Command::ExportPlan
            | Command::SaveSummary
            | Command::ExportSheet
            | Command::OpenDataFolder => self.run_files(&command),
            Command::StartSession
            | Command::ContinueSession(_)
            | Command::EndSession
            | Command::ShowSummary(_)
            | Command::LeaveSession => self.run_session(&command),
            Command::CopySummary(format) => self.copy_summary(ctx, format),
            Command::Evidence(choice) => self.run_evidence(choice),
            Command::Feedback(choice) => self.run_feedback(choice),
            Command::AddToCalendar(_) | Command::TeamCalendar => self.run_calendar(&command),
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::Settle(..)
            | Command::ShowConflicts(_)
            | Command::ChooseProfilesFolder
            | Command::ProfilesFolderBack
            | Command::KeepMine
            | Command::TakeTheirs => self.run_sync(command),
            Command::SetTab(tab) => {
                if let Some(open) = &mut self.open {
                    open.tab = tab;
                }
            }
            Command::ImportList
            | Command::ImportListFrom(_)
            | Command::ListImport(_)
            | Command::ExportTeam
            | Command::EditList(_)
            | Command::ListEditor(_)
            | Command::ExportList(_) => self.run_lists(command),
            Command::SetTheme(theme) => ctx.set_theme(theme),
            Command::SetLanguage(tag) => self.set_language(&tag),
            Command::About(show) => self.about = show,
            Command::Notice(text) => self.status.notice(text),
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        // Evidence from any step, even while typing (not over a dialog).
        let evidence = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
        if self.open.as_ref().is_some_and(|o| o.evidence.is_none())
            && ctx.input_mut(|i| i.consume_shortcut(&evidence))
        {
            self.pending
                .push(Command::Evidence(EvidenceChoice::New(None)));
        }
        // A focused text field keeps its own undo for what is being typed.
        if self.open.is_none() || ctx.egui_wants_keyboard_input() {
            return;
        }
        let (r1, r2, u) = ctx.input_mut(|i| {
            let redo = i.consume_shortcut(&redo_shift);
            (redo, i.consume_shortcut(&redo_y), i.consume_shortcut(&undo))
        });
        if r1 || r2 {
            self.pending.push(Command::Redo);
        } else if u {
            self.pending.push(Command::Undo);
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(wait) = self.open.as_ref().and_then(OpenProfile::save_due_in) else {
            return;
        };
        if wait.is_zero() {
            self.save_now();
        } else {
            ctx.request_repaint_after(wait);
        }
    }

    /// The window is closing: what is typed is kept, then saved, and what
    /// cannot be saved goes to `recovered/`.
    pub fn closing(&mut self) {
        self.keep_drafts();
        self.save_now();
        self.rescue_unsaved();
    }

    /// Draws one frame and applies what it asked for.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.stop.swap(false, Ordering::Relaxed) {
            // Asked to quit by the system: keep everything, then close.
            log::info!("asked to quit: saving, then closing the window");
            self.keep_drafts();
            self.save_now();
            self.rescue_unsaved();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.shortcuts(&ctx);
        let mut commands = std::mem::take(&mut self.pending);

        egui::Panel::bottom("status").show(ui, |ui| {
            let view = StatusView {
                status: &self.status,
                open: self.open.as_ref(),
                can_undo_delete: self.trashed.is_some(),
            };
            chrome::status_line(ui, &view, &mut commands);
        });
        if let Some(open) = &self.open
            && open.session.is_none()
        {
            egui::Panel::top("profile-bar").show(ui, |ui| {
                chrome::profile_bar(ui, open, &mut commands);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut commands));
        let profiles_dir = self.store.profiles_dir();
        let folders = (
            self.store.root(),
            profiles_dir.as_path(),
            self.store.profiles_moved(),
        );
        if self.about && about::show(&ctx, folders, &mut self.about_icon, &mut commands) {
            commands.push(Command::About(false));
        }
        if !self.list_dialogs(&ctx, &mut commands)
            && !self.evidence_dialog(&ctx, &mut commands)
            && let Some(pending) = &self.receiving
        {
            crate::ui::receive::show(&ctx, pending, &mut commands);
        } else if let Some(open) = &self.open
            && open.show_conflicts
            && !open.conflicts.is_empty()
        {
            super::conflicts::show(&ctx, open.profile(), &open.conflicts, &mut commands);
        }
        self.watch_folder(&ctx);
        commands.extend(lists::dropped_file(&ctx));
        for command in commands {
            self.run(&ctx, command);
        }
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    /// The picker, session mode, or the open profile's step.
    fn central(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        // The clock is read only where a screen needs the date.
        let fixed = self.today;
        let today = move || fixed.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
        let Some(open) = &mut self.open else {
            let (profiles, problems) = (&self.listing, &self.problems);
            picker::show(
                ui,
                (profiles, &self.catalogs),
                problems,
                &mut self.picker,
                self.today,
                commands,
            );
            return;
        };
        let Some((catalog, fell_back)) = self.catalogs.for_profile(&open.handle.profile.catalog)
        else {
            ui.label(t!("app-no-list"));
            return;
        };
        if fell_back {
            ui.colored_label(
                super::theme::palette(ui.visuals()).error,
                t!(
                    "app-list-missing",
                    missing = open.handle.profile.catalog.to_string(),
                    shown = catalog.title.as_str()
                ),
            );
        }
        let read_only = open.handle.is_read_only();
        if let Some(live) = &mut open.session {
            let profile = &open.handle.profile;
            if live.summary {
                session::summary(ui, profile, catalog, live, commands);
            } else {
                ui.add_enabled_ui(!read_only, |ui| {
                    session::live(ui, profile, catalog, today(), live, commands);
                });
            }
            return;
        }
        // Each step keeps its own place: Progress does not open half-way
        // down because Rate was scrolled.
        egui::ScrollArea::vertical()
            .id_salt(("step", open.tab))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_enabled_ui(!read_only, |ui| {
                    Self::screen(ui, open, catalog, &self.catalogs, today, commands);
                });
            });
    }

    /// The open profile's current step.
    fn screen(
        ui: &mut egui::Ui,
        open: &mut OpenProfile,
        catalog: &Catalog,
        catalogs: &CatalogSet,
        today: impl Fn() -> jiff::civil::Date,
        commands: &mut Vec<Command>,
    ) {
        let profile = &open.handle.profile;
        match open.tab {
            Tab::Have => {
                ui.add_space(super::theme::ROW_GAP);
                details::show(ui, profile, &mut open.details, commands);
                let drafts = &mut open.checklist;
                checklist::show(ui, ListKind::Have, profile, catalog, drafts, commands);
            }
            Tab::Want => {
                let drafts = &mut open.checklist;
                checklist::show(ui, ListKind::Want, profile, catalog, drafts, commands);
            }
            Tab::Compare => compare_screen::show(ui, profile, catalog, catalogs, commands),
            Tab::Rate => rating::show(ui, profile, catalog, today(), &mut open.rating, commands),
            Tab::Progress => {
                let versioned = (profile, open.revision());
                progress::show(ui, versioned, catalog, &mut open.progress, commands);
            }
            Tab::Plan => plan::show(ui, profile, catalog, &mut open.plan, commands),
            Tab::Sessions => session::sessions_tab(ui, profile, today(), commands),
        }
    }
}

impl eframe::App for LodestarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(frames) = &self.frames {
            frames.fetch_add(1, Ordering::Relaxed);
        }
        self.frame(ui);
        if let Some(trace) = &mut self.trace {
            trace.frames += 1;
            // The wall clock too, so that a script can count from the
            // moment it started the process (before the program loaded).
            let unix = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            // One write, so that a reader never sees half a line.
            let line = format!(
                "lodestar-frame {} at {:.3}s unix {:.6}\n",
                trace.frames,
                trace.start.elapsed().as_secs_f64(),
                unix.as_secs_f64()
            );
            let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.closing();
    }
}

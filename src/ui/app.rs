//! The app shell: which screen is showing, the open profile with its undo
//! history and autosave, and the one place where commands from the screens
//! are applied (edits, saves, file operations) and their outcome shown.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{
    about, checklist, compare_screen, details, picker, plan, progress, rating, session, theme,
};
use crate::model::ActionStatus;
use crate::model::coaching::{ActionRef, SummaryFormat};
use crate::model::{Catalog, CatalogId, ItemId, ListKind, Profile, ProfileId, SkillId, TextError};
use crate::store::{CatalogSet, ProfileHandle, ProfileSummary, Store, StoreError};

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

/// The profile's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Have,
    Want,
    Compare,
    Rate,
    Progress,
    Sessions,
    Plan,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Have,
        Tab::Want,
        Tab::Compare,
        Tab::Rate,
        Tab::Progress,
        Tab::Sessions,
        Tab::Plan,
    ];
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Tab::Have => "1  Have",
            Tab::Want => "2  Want",
            Tab::Compare => "3  Compare",
            Tab::Rate => "4  Rate",
            Tab::Progress => "5  Progress",
            Tab::Sessions => "6  Sessions",
            Tab::Plan => "7  Plan",
        }
    }
}

/// A change to the open profile. Each one is a step of undo.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Add {
        kind: ListKind,
        text: String,
        skill: Option<SkillId>,
    },
    Remove(ItemId),
    SetText(ItemId, String),
    SetNote(ItemId, String),
    Link(ItemId, Option<SkillId>),
    Move(ItemId, usize),
    SetCatalog(CatalogId),
    Rename(String),
    SetDetails {
        role: String,
        team: String,
        coach: String,
    },
    AddAssessment(crate::model::Assessment),
    SetTarget(SkillId, Option<crate::model::Level>),
    StartSession(crate::model::Session),
    /// Text typed during a session; many in a row are one undo step.
    SessionText {
        session: usize,
        field: SessionField,
        text: String,
    },
    AddAction {
        session: usize,
        action: crate::model::Action,
    },
    SetActionStatus {
        at: ActionRef,
        status: ActionStatus,
    },
    RemoveAction(ActionRef),
    AddPrompt {
        session: usize,
        prompt: String,
    },
    SetDiscussed {
        session: usize,
        skill: SkillId,
        on: bool,
    },
    SetNextDate {
        session: usize,
        date: Option<jiff::civil::Date>,
    },
    EndSession {
        session: usize,
        minutes: u32,
    },
    /// The whole plan, changed in the plan editor.
    SetPlan {
        plan: crate::model::Plan,
        /// Set while typing into one of its texts.
        typing: Option<TypingKey>,
    },
}

/// A text of a session that is typed into and saved as it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionField {
    Notes,
    Private,
    /// The answer to `prompts[i]`.
    Answer(usize),
}

/// What a burst of typing is typing into (one undo step per burst).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypingKey {
    Session(usize, SessionField),
    /// A text of the plan, by its place (focus skill, field).
    Plan(usize, u8),
}

impl Edit {
    /// Edits with the same key in a row make one undo step (typing).
    fn coalesce_key(&self) -> Option<TypingKey> {
        match self {
            Edit::SessionText { session, field, .. } => Some(TypingKey::Session(*session, *field)),
            Edit::SetPlan { typing, .. } => *typing,
            _ => None,
        }
    }
}

/// What a screen asks the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Open(ProfileId),
    Create(String),
    AddSample,
    Close,
    Rename(ProfileId, String),
    Duplicate(ProfileId),
    Delete(ProfileId),
    UndoDelete,
    Import,
    Export,
    /// Save the Progress chart, as shown, to a file the person picks.
    ExportChart,
    Edit(Edit),
    Undo,
    Redo,
    KeepMine,
    TakeTheirs,
    SetTab(Tab),
    SetTheme(egui::ThemePreference),
    /// Open session mode with a new session and its proposed agenda.
    StartSession,
    /// Back into session mode for a session left in progress.
    ContinueSession(usize),
    /// Close the session (its duration is kept) and show the summary.
    EndSession,
    /// Show the summary of an earlier session.
    ShowSummary(usize),
    /// Leave session mode or the summary.
    LeaveSession,
    CopySummary(SummaryFormat),
    SaveSummary,
    /// Make the plan's PDF and open it in the system viewer.
    PrintPlan,
    /// Save the plan as PDF, Markdown or HTML where the person picks.
    ExportPlan,
    /// Show or hide the About box.
    About(bool),
    /// Open the data folder in the system's file manager.
    OpenDataFolder,
    /// Tell the person something went differently from what they did (in
    /// the status line, as a warning).
    Notice(String),
}

/// The line at the bottom of the window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

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
    /// Another program changed the file: the person chooses whose version wins.
    pub conflict: bool,
    pub checklist: checklist::Drafts,
    pub details: details::DetailsDraft,
    pub rating: rating::RatingDraft,
    pub progress: progress::ProgressView,
    /// Session mode (or a session's summary), when shown.
    pub session: Option<session::LiveSession>,
    pub plan: plan::PlanView,
}

impl OpenProfile {
    fn new(handle: ProfileHandle) -> Self {
        Self {
            handle,
            tab: Tab::Have,
            undo: Vec::new(),
            redo: Vec::new(),
            dirty_since: None,
            first_unsaved: None,
            coalesce: None,
            conflict: false,
            checklist: checklist::Drafts::default(),
            details: details::DetailsDraft::default(),
            rating: rating::RatingDraft::default(),
            progress: progress::ProgressView::default(),
            session: None,
            plan: plan::PlanView::default(),
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
}

/// The whole app.
pub struct LodestarApp {
    store: Store,
    pub catalogs: CatalogSet,
    pub listing: Vec<ProfileSummary>,
    pub problems: Vec<String>,
    pub open: Option<OpenProfile>,
    pub status: Status,
    /// A notice in the status line that the next "Saved" or "Unsaved
    /// changes…" must not hide (the save it describes comes a moment
    /// later); it counts only while the status line still shows it.
    notice: Option<String>,
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
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The About box is shown.
    pub about: bool,
    about_icon: Option<egui::TextureHandle>,
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
                .map(|p| format!("A recommended list could not be loaded: {p}"))
                .collect(),
            catalogs,
            listing: Vec::new(),
            open: None,
            status: Status::default(),
            notice: None,
            picker: picker::PickerState::default(),
            trashed: None,
            pending: Vec::new(),
            title: String::new(),
            trace: std::env::var_os("LODESTAR_TRACE_FRAMES").map(|_| FrameTrace {
                start: crate::process_start().unwrap_or_else(Instant::now),
                frames: 0,
            }),
            today: None,
            stop: std::sync::Arc::default(),
            about: false,
            about_icon: None,
        };
        app.refresh_listing();
        let recovered = app.store.recovered();
        if !recovered.is_empty() {
            app.problems.push(format!(
                "{} set(s) of changes that could not be saved earlier are kept in {}. Use Import to bring one back.",
                recovered.len(),
                app.store.root().join("recovered").display()
            ));
        }
        app
    }

    /// The flag that asks the app to save and close (set from a signal
    /// handler, then repaint).
    #[must_use]
    pub fn stop_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.stop.clone()
    }

    /// Fixes the date the app takes as today (for tests and snapshots).
    #[must_use]
    pub fn with_today(mut self, date: jiff::civil::Date) -> Self {
        self.today = Some(date);
        self
    }

    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Queues a command as if a screen had issued it (used by tests too).
    pub fn command(&mut self, command: Command) {
        self.pending.push(command);
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

    /// Texts saved when their field is left (a checklist item's note) are
    /// saved now: the window may close with the cursor still in one.
    fn keep_drafts(&mut self) {
        let Some(open) = &mut self.open else { return };
        let mut edits = open.details.take_edits(&open.handle.profile);
        if let Some((id, note)) = open.checklist.note.clone() {
            edits.push(Edit::SetNote(id, note));
        }
        for edit in edits {
            self.apply_edit(edit);
        }
    }

    /// The profile changed under the fields being typed in (undo, redo, or
    /// the version on disk loaded): they show the profile again.
    fn reread_drafts(&mut self) {
        let Some(open) = &mut self.open else { return };
        open.details.reset();
        open.checklist.note = None;
        open.checklist.editing = None;
        let profile = &open.handle.profile;
        if let Some(live) = &mut open.session {
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
                open.session = None;
                open.tab = Tab::Sessions;
            }
        }
    }

    /// Whether the status line shows a notice not to be covered.
    fn showing_notice(&self) -> bool {
        self.notice.as_deref() == Some(self.status.text.as_str())
    }

    fn ok(&mut self, text: impl Into<String>) {
        self.notice = None;
        self.status = Status {
            text: text.into(),
            error: false,
        };
    }

    fn fail(&mut self, text: impl Into<String>) {
        self.notice = None;
        self.status = Status {
            text: text.into(),
            error: true,
        };
    }

    /// The catalog the open profile follows (or the default one if it is gone).
    #[must_use]
    pub fn catalog_for(&self, profile: &Profile) -> Option<&Catalog> {
        self.catalogs.for_profile(&profile.catalog).map(|(c, _)| c)
    }

    /// Saves the open profile now if it has unsaved changes.
    pub fn save_now(&mut self) {
        let Some(open) = &mut self.open else { return };
        if open.dirty_since.is_none() || open.conflict {
            return;
        }
        match open.handle.save() {
            Ok(()) => {
                open.dirty_since = None;
                open.first_unsaved = None;
                // The save a notice announced leaves it in view; later ones say "Saved".
                if self.showing_notice() {
                    self.notice = None;
                } else {
                    self.status = Status {
                        text: "Saved".into(),
                        error: false,
                    };
                }
            }
            Err(StoreError::ChangedOnDisk { name }) => {
                open.conflict = true;
                self.status = Status {
                    text: format!(
                        "\"{name}\" was changed or removed by another program. Choose which version to keep."
                    ),
                    error: true,
                };
            }
            Err(e) => {
                // Keep the edits in memory, still marked unsaved, and try again
                // a little later; the message says what to do (free space…).
                open.dirty_since = Some(Instant::now() + SAVE_RETRY);
                open.first_unsaved = None;
                self.status = Status {
                    text: e.to_string(),
                    error: true,
                };
            }
        }
    }

    /// Saves the open profile and says whether it may be closed now: not
    /// while a conflict waits for a choice or the last save failed, because
    /// closing would drop the person's edits.
    fn can_leave(&mut self) -> bool {
        self.save_now();
        match &self.open {
            Some(open) if open.conflict => {
                self.fail(
                    "Choose which version to keep (at the bottom) before leaving this profile.",
                );
                false
            }
            Some(open) if open.is_dirty() => {
                let reason = self.status.text.clone();
                self.fail(format!("Your changes are not saved yet: {reason}"));
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

    fn open_profile(&mut self, id: &ProfileId) {
        if !self.can_leave() {
            return;
        }
        match self.store.open_profile(id) {
            Ok(handle) => {
                let read_only = handle.access().reason();
                let name = handle.profile.name.clone();
                self.open = Some(OpenProfile::new(handle));
                match read_only {
                    Some(reason) => self.fail(format!("\"{name}\" opened read-only: {reason}.")),
                    None => self.ok(format!("Opened \"{name}\"")),
                }
            }
            Err(e) => {
                self.fail(e.to_string());
                self.refresh_listing();
            }
        }
    }

    fn apply_edit(&mut self, edit: Edit) {
        let Some(open) = &mut self.open else { return };
        if let Some(reason) = open.handle.access().reason() {
            self.status = Status {
                text: format!("This profile is read-only: {reason}."),
                error: true,
            };
            return;
        }
        let key = edit.coalesce_key();
        // A burst of typing is one undo step: only its first edit keeps a copy.
        let before = (key.is_none() || key != open.coalesce).then(|| open.handle.profile.clone());
        let added_to = match &edit {
            Edit::Add { kind, .. } => Some(*kind),
            _ => None,
        };
        let retexted = match &edit {
            Edit::SetText(id, _) => Some(*id),
            _ => None,
        };
        let result = apply(&mut open.handle.profile, edit);
        if let Some(id) = retexted
            && result.is_ok()
            && open
                .checklist
                .editing
                .as_ref()
                .is_some_and(|(e, _)| *e == id)
        {
            open.checklist.editing = None;
        }
        match result {
            Ok(true) => {
                // What was typed is cleared only once it is safely in the list.
                if let Some(kind) = added_to {
                    open.checklist.clear_typed(kind);
                }
                if let Some(before) = before {
                    open.undo.push(before);
                    if open.undo.len() > UNDO_DEPTH {
                        open.undo.remove(0);
                    }
                }
                open.coalesce = key;
                open.redo.clear();
                let now = Instant::now();
                open.dirty_since = Some(now);
                open.first_unsaved.get_or_insert(now);
                if !self.showing_notice() {
                    self.status = Status {
                        text: "Unsaved changes…".into(),
                        error: false,
                    };
                }
            }
            Ok(false) => {}
            Err(e) => {
                self.status = Status {
                    text: e.to_string(),
                    error: true,
                }
            }
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(open) = &mut self.open else { return };
        if open.handle.is_read_only() {
            return;
        }
        let (from, to) = if undo {
            (&mut open.undo, &mut open.redo)
        } else {
            (&mut open.redo, &mut open.undo)
        };
        if let Some(previous) = from.pop() {
            to.push(std::mem::replace(&mut open.handle.profile, previous));
            open.coalesce = None;
            let now = Instant::now();
            open.dirty_since = Some(now);
            open.first_unsaved.get_or_insert(now);
            self.reread_drafts();
            self.status = Status {
                text: if undo { "Undone" } else { "Redone" }.into(),
                error: false,
            };
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open(id) => self.open_profile(&id),
            Command::Create(name) => match self.store.create(&name) {
                Ok(handle) => {
                    let name = handle.profile.name.clone();
                    self.open = Some(OpenProfile::new(handle));
                    self.picker.new_name.clear();
                    self.refresh_listing();
                    self.ok(format!(
                        "Created \"{name}\". Start with the qualities you already have."
                    ));
                }
                Err(e) => self.fail(e.to_string()),
            },
            Command::AddSample => match self.store.add_sample() {
                Ok(handle) => {
                    self.open = Some(OpenProfile::new(handle));
                    self.refresh_listing();
                    self.ok("Opened a fresh copy of the sample profile");
                }
                Err(e) => self.fail(e.to_string()),
            },
            Command::Close => {
                // A note or detail still being typed goes with the profile.
                self.keep_drafts();
                if self.can_leave() {
                    self.open = None;
                    self.refresh_listing();
                }
            }
            Command::Rename(id, name) => self.rename(&id, &name),
            Command::Duplicate(id) => self.duplicate(&id),
            Command::Delete(id) => {
                if self.open.as_ref().is_some_and(|o| o.profile().id == id) {
                    self.save_now();
                    self.open = None;
                }
                let name = self
                    .listing
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                match self.store.trash(&id) {
                    Ok(path) => {
                        self.ok(format!("Moved \"{name}\" to the trash."));
                        self.trashed = Some((name, path));
                    }
                    Err(e) => self.fail(e.to_string()),
                }
                self.refresh_listing();
            }
            Command::UndoDelete => {
                if let Some((name, path)) = self.trashed.take() {
                    match self.store.restore(&path) {
                        Ok(_) => self.ok(format!("Restored \"{name}\".")),
                        Err(e) => self.fail(e.to_string()),
                    }
                    self.refresh_listing();
                }
            }
            Command::Import => self.import(),
            Command::Export => self.export(),
            Command::ExportChart => self.export_chart(),
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::KeepMine => {
                if let Some(open) = &mut self.open {
                    match open.handle.save_replacing() {
                        Ok(()) => {
                            open.conflict = false;
                            open.dirty_since = None;
                            self.ok("Saved your version; the other one is kept in the backups.");
                        }
                        Err(e) => self.fail(e.to_string()),
                    }
                }
            }
            Command::TakeTheirs => {
                if let Some(open) = &mut self.open {
                    match open.handle.reload() {
                        Ok(()) => {
                            open.conflict = false;
                            open.dirty_since = None;
                            open.undo.clear();
                            open.redo.clear();
                            self.reread_drafts();
                            self.ok("Loaded the version from disk.");
                        }
                        Err(e) => self.fail(e.to_string()),
                    }
                }
            }
            Command::SetTab(tab) => {
                if let Some(open) = &mut self.open {
                    open.tab = tab;
                }
            }
            Command::SetTheme(theme) => ctx.set_theme(theme),
            Command::StartSession => self.start_session(),
            Command::ContinueSession(i) => {
                if let Some(open) = &mut self.open {
                    if open.handle.is_read_only() {
                        open.session = Some(session::LiveSession::summary_of(i, open.profile()));
                    } else {
                        open.session = Some(session::LiveSession::start(i, open.profile()));
                    }
                }
            }
            Command::EndSession => self.end_session(),
            Command::ShowSummary(i) => {
                if let Some(open) = &mut self.open {
                    open.session = Some(session::LiveSession::summary_of(i, open.profile()));
                }
            }
            Command::LeaveSession => {
                if self.typed_action_pending() {
                    return;
                }
                if let Some(open) = &mut self.open {
                    open.session = None;
                    open.tab = Tab::Sessions;
                }
                self.save_now();
            }
            Command::CopySummary(format) => {
                if let Some(text) = self.summary_text(format) {
                    ctx.copy_text(text);
                    self.ok(match format {
                        SummaryFormat::Markdown => "Summary copied as Markdown",
                        SummaryFormat::Text => "Summary copied as text",
                    });
                }
            }
            Command::PrintPlan => self.print_plan(),
            Command::About(show) => self.about = show,
            Command::Notice(text) => {
                self.fail(text.clone());
                self.notice = Some(text);
            }
            Command::OpenDataFolder => {
                let root = self.store.root().to_path_buf();
                if let Err(e) = opener::open(&root) {
                    self.fail(format!(
                        "No file manager could be opened ({e}). Your data is in {}.",
                        root.display()
                    ));
                }
            }
            Command::ExportPlan => {
                let Some(open) = &self.open else { return };
                let suggested = format!(
                    "{} plan.pdf",
                    crate::model::catalog::slug(&open.profile().name, "profile")
                );
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Export the development plan")
                    .set_file_name(suggested)
                    .add_filter("PDF", &["pdf"])
                    .add_filter("Markdown", &["md"])
                    .add_filter("Web page (HTML)", &["html"])
                    .save_file()
                {
                    self.export_plan_to(&path);
                }
            }
            Command::SaveSummary => {
                let Some(open) = &self.open else { return };
                let Some(live) = &open.session else { return };
                let date = open
                    .profile()
                    .sessions
                    .get(live.index)
                    .map(|s| s.date.to_string())
                    .unwrap_or_default();
                let suggested = format!(
                    "{} session {date}.md",
                    crate::model::catalog::slug(&open.profile().name, "profile")
                );
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Save the session summary")
                    .set_file_name(suggested)
                    .add_filter("Markdown", &["md"])
                    .save_file()
                {
                    self.save_summary_to(&path);
                }
            }
        }
    }

    /// The plan of the open profile rendered as `format`; a warning when the
    /// coach's own template could not be used.
    fn render_plan(
        &self,
        format: crate::report::Format,
    ) -> Result<crate::report::Rendered, String> {
        let open = self.open.as_ref().ok_or_else(String::new)?;
        let (catalog, _) = self
            .catalogs
            .for_profile(&open.profile().catalog)
            .ok_or_else(|| "No recommended list is available.".to_owned())?;
        let doc = crate::report::Document::build(open.profile(), catalog, self.today());
        let custom = self.store.custom_template().map_err(|e| e.to_string())?;
        let path = self.store.template_path();
        crate::report::render(
            &doc,
            format,
            open.plan.paper,
            custom.as_deref().map(|t| (path.as_path(), t)),
        )
        .map_err(|e| e.to_string())
    }

    /// Saves the plan to `path` as PDF, Markdown or HTML by its ending (no
    /// ending: PDF). Says how it went in the status line.
    pub fn export_plan_to(&mut self, path: &std::path::Path) {
        let mut path = path.to_path_buf();
        if path.extension().is_none() {
            path.set_extension("pdf");
        }
        let Some(format) = crate::report::Format::from_path(&path) else {
            self.fail(format!(
                "Not saved: give the plan a name ending in .pdf, .md or .html ({}).",
                path.display()
            ));
            return;
        };
        match self.render_plan(format).and_then(|r| {
            crate::store::save_file(&path, &r.bytes)
                .map(|()| r.warning)
                .map_err(|e| e.to_string())
        }) {
            Ok(None) => self.ok(format!("Plan saved to {}", path.display())),
            Ok(Some(w)) => self.fail(format!("Plan saved to {}. {w}", path.display())),
            Err(e) => self.fail(format!("The plan was not saved: {e}")),
        }
    }

    /// Writes the plan's PDF next to the profiles (`<config>/printed/`) and
    /// returns where.
    pub fn print_plan_file(&mut self) -> Result<PathBuf, String> {
        let open = self.open.as_ref().ok_or_else(String::new)?;
        let name = format!(
            "{} plan {}.pdf",
            crate::model::catalog::slug(&open.profile().name, "profile"),
            self.today()
        );
        let dir = self.store.root().join("printed");
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("Could not make {}: {e}", dir.display()))?;
        let path = dir.join(name);
        let rendered = self.render_plan(crate::report::Format::Pdf)?;
        crate::store::save_file(&path, &rendered.bytes).map_err(|e| e.to_string())?;
        if let Some(w) = rendered.warning {
            self.fail(w);
        }
        Ok(path)
    }

    fn print_plan(&mut self) {
        match self.print_plan_file() {
            Ok(path) => match opener::open(&path) {
                Ok(()) => self.ok(format!(
                    "Opened the plan ({}): print it from the viewer.",
                    path.display()
                )),
                Err(e) => self.fail(format!(
                    "The plan is saved as {}, but no PDF viewer could be opened ({e}). Open it from there to print.",
                    path.display()
                )),
            },
            Err(e) => self.fail(format!("The plan could not be made: {e}")),
        }
    }

    /// Today: the clock, or the date fixed for tests.
    fn today(&self) -> jiff::civil::Date {
        self.today
            .unwrap_or_else(|| jiff::ZonedDateTime::now().date())
    }

    /// Starts a coaching session (or continues the one left in progress)
    /// and saves at once, so the session exists on disk from its first minute.
    fn start_session(&mut self) {
        let today = self.today();
        let Some(open) = &self.open else { return };
        if let Some(reason) = open.handle.access().reason() {
            self.fail(format!("This profile is read-only: {reason}."));
            return;
        }
        if let Some(i) = open.profile().sessions.iter().position(|s| s.in_progress) {
            self.pending.push(Command::ContinueSession(i));
            return;
        }
        let Some((catalog, _)) = self.catalogs.for_profile(&open.profile().catalog) else {
            self.fail("No recommended list is available to build an agenda from.");
            return;
        };
        let profile = open.profile();
        let agenda = crate::model::coaching::agenda(profile, catalog, today, None);
        let mut new = crate::model::Session::new(today);
        new.coach.clone_from(&profile.coach);
        new.agenda = agenda.lines(profile, catalog);
        new.in_progress = true;
        self.apply_edit(Edit::StartSession(new));
        if let Some(open) = &mut self.open {
            let index = open.profile().sessions.len() - 1;
            open.session = Some(session::LiveSession::start(index, open.profile()));
        }
        self.save_now();
    }

    /// An action typed in session mode but not added yet: leaving would
    /// drop it, so the person is asked to add or clear it first.
    fn typed_action_pending(&mut self) -> bool {
        let typed = self
            .open
            .as_ref()
            .and_then(|o| o.session.as_ref().map(|live| (o, live)))
            .filter(|(o, live)| !live.summary && o.profile().sessions.get(live.index).is_some())
            .map(|(_, live)| live)
            .map(|live| live.action.text.trim().to_owned())
            .filter(|t| !t.is_empty());
        if let Some(text) = typed {
            self.fail(format!(
                "The action “{text}” is typed but not added yet: add it (Ctrl+Enter) or clear the field before leaving or ending the session."
            ));
            true
        } else {
            false
        }
    }

    /// Ends the session in session mode: keeps its minutes, saves, and
    /// shows its summary.
    fn end_session(&mut self) {
        if self.typed_action_pending() {
            return;
        }
        let Some(open) = &self.open else { return };
        let Some(live) = &open.session else { return };
        let (index, minutes) = (live.index, live.minutes());
        self.apply_edit(Edit::EndSession {
            session: index,
            minutes,
        });
        self.save_now();
        if let Some(live) = self.open.as_mut().and_then(|o| o.session.as_mut()) {
            live.summary = true;
        }
        self.ok(format!(
            "Session ended after {minutes} min. Here is its summary."
        ));
    }

    fn summary_text(&self, format: SummaryFormat) -> Option<String> {
        let open = self.open.as_ref()?;
        let live = open.session.as_ref()?;
        let (catalog, _) = self.catalogs.for_profile(&open.profile().catalog)?;
        Some(crate::model::coaching::summary(
            open.profile(),
            catalog,
            live.index,
            live.include_private,
            format,
        ))
    }

    /// Saves the shown session's summary as Markdown to `path`.
    pub fn save_summary_to(&mut self, path: &std::path::Path) {
        let Some(text) = self.summary_text(SummaryFormat::Markdown) else {
            return;
        };
        match crate::store::save_file(path, text.as_bytes()) {
            Ok(()) => self.ok(format!("Summary saved to {}", path.display())),
            Err(e) => self.fail(format!("The summary was not saved: {e}")),
        }
    }

    fn rename(&mut self, id: &ProfileId, name: &str) {
        if self.open.as_ref().is_some_and(|o| &o.profile().id == id) {
            self.apply_edit(Edit::Rename(name.to_owned()));
            self.save_now();
            self.refresh_listing();
            return;
        }
        let result = self.store.open_profile(id).and_then(|mut h| {
            h.profile.rename(name)?;
            h.save()
        });
        match result {
            Ok(()) => self.ok("Renamed"),
            Err(e) => self.fail(e.to_string()),
        }
        self.refresh_listing();
    }

    fn duplicate(&mut self, id: &ProfileId) {
        self.save_now();
        let result = self.store.open_profile(id).and_then(|h| {
            let name = format!("{} (copy)", h.profile.name);
            let name: String = name
                .chars()
                .take(crate::model::profile::MAX_NAME_CHARS)
                .collect();
            self.store.duplicate(&h.profile, &name)
        });
        match result {
            Ok(copy) => self.ok(format!("Made a copy: \"{}\"", copy.profile.name)),
            Err(e) => self.fail(e.to_string()),
        }
        self.refresh_listing();
    }

    fn import(&mut self) {
        let Some(path) = rfd::FileDialog::new()
            .set_title("Import a Lodestar profile")
            .add_filter("Lodestar profile", &["json"])
            .pick_file()
        else {
            return;
        };
        match self.store.import(&path) {
            Ok(handle) => {
                self.ok(format!("Imported \"{}\"", handle.profile.name));
                self.open = Some(OpenProfile::new(handle));
            }
            Err(e) => self.fail(e.to_string()),
        }
        self.refresh_listing();
    }

    fn export(&mut self) {
        let Some(open) = &self.open else { return };
        let profile = open.profile().clone();
        let suggested = format!(
            "{}.json",
            crate::model::catalog::slug(&profile.name, "profile")
        );
        let Some(path) = rfd::FileDialog::new()
            .set_title("Export this profile")
            .set_file_name(suggested)
            .add_filter("Lodestar profile", &["json"])
            .save_file()
        else {
            return;
        };
        match self.store.export(&profile, &path) {
            Ok(()) => self.ok(format!("Exported to {}", path.display())),
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn export_chart(&mut self) {
        let Some(open) = &self.open else { return };
        let suggested = format!(
            "{} radar.svg",
            crate::model::catalog::slug(&open.profile().name, "profile")
        );
        let Some(path) = rfd::FileDialog::new()
            .set_title("Export the chart")
            .set_file_name(suggested)
            .add_filter("SVG picture (sharp at any size)", &["svg"])
            .add_filter("PNG picture", &["png"])
            .save_file()
        else {
            return;
        };
        self.export_chart_to(&path);
    }

    /// Saves the Progress chart, with the layers now shown, to `path`: SVG
    /// or PNG by the name's ending (no ending: SVG is added). The outcome
    /// is shown in the status line.
    pub fn export_chart_to(&mut self, path: &std::path::Path) {
        use crate::chart::export::{self, Format};
        let Some(open) = &self.open else { return };
        let Some((catalog, _)) = self.catalogs.for_profile(&open.profile().catalog) else {
            self.fail("No recommended list is available, so there is no chart.");
            return;
        };
        let mut path = path.to_path_buf();
        if path.extension().is_none() {
            path.set_extension("svg");
        }
        let Some(format) = Format::from_path(&path) else {
            self.fail(format!(
                "Not saved: give the chart a name ending in .svg or .png ({}).",
                path.display()
            ));
            return;
        };
        let result = crate::chart::layers::build(open.profile(), catalog, &open.progress.choice)
            .map_err(|why| why.to_string())
            .and_then(|chart| export::render(&chart, format).map_err(|e| e.to_string()))
            .and_then(|bytes| crate::store::save_file(&path, &bytes).map_err(|e| e.to_string()));
        match result {
            Ok(()) => self.ok(format!("Chart saved to {}", path.display())),
            Err(e) => self.fail(format!("The chart was not saved: {e}")),
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        // A focused text field keeps its own undo for what is being typed.
        if self.open.is_none() || ctx.egui_wants_keyboard_input() {
            return;
        }
        let (r1, r2, u) = ctx.input_mut(|i| {
            (
                i.consume_shortcut(&redo_shift),
                i.consume_shortcut(&redo_y),
                i.consume_shortcut(&undo),
            )
        });
        if r1 || r2 {
            self.pending.push(Command::Redo);
        } else if u {
            self.pending.push(Command::Undo);
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(open) = &self.open else { return };
        let Some(since) = open.dirty_since else {
            return;
        };
        // A pause of AUTOSAVE_DELAY, or MAX_UNSAVED of non-stop typing.
        let wait = AUTOSAVE_DELAY.saturating_sub(since.elapsed()).min(
            open.first_unsaved
                .map_or(Duration::MAX, |f| MAX_UNSAVED.saturating_sub(f.elapsed())),
        );
        if wait.is_zero() {
            self.save_now();
        } else {
            ctx.request_repaint_after(wait);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.open {
            Some(open) => {
                let ro = if open.handle.is_read_only() {
                    " (read-only)"
                } else {
                    ""
                };
                format!("{}{ro} — Lodestar", open.profile().name)
            }
            None => "Lodestar".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Draws one frame and applies what it asked for.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.stop.swap(false, std::sync::atomic::Ordering::Relaxed) {
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
            status_line(ui, self, &mut commands);
        });
        if let Some(open) = &self.open
            && open.session.is_none()
        {
            egui::Panel::top("profile-bar").show(ui, |ui| {
                profile_bar(ui, open, &mut commands);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match &mut self.open {
            None => picker::show(
                ui,
                &self.listing,
                &self.problems,
                &mut self.picker,
                self.today,
                &mut commands,
            ),
            Some(open) => {
                let Some((catalog, fell_back)) =
                    self.catalogs.for_profile(&open.handle.profile.catalog)
                else {
                    ui.label(
                        "No recommended list could be loaded, so there is nothing to compare with.",
                    );
                    return;
                };
                if fell_back {
                    ui.colored_label(
                        theme::palette(ui.visuals()).error,
                        format!(
                            "The list “{}” this profile follows is not available here; showing “{}” instead. Its links to the missing list are kept.",
                            open.handle.profile.catalog, catalog.title
                        ),
                    );
                }
                let read_only = open.handle.is_read_only();
                let fixed_today = self.today;
                if let Some(live) = &mut open.session {
                    let today = fixed_today.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
                    if live.summary {
                        session::summary(ui, &open.handle.profile, catalog, live, &mut commands);
                    } else {
                        ui.add_enabled_ui(!read_only, |ui| {
                            session::live(
                                ui,
                                &open.handle.profile,
                                catalog,
                                today,
                                live,
                                &mut commands,
                            );
                        });
                    }
                    return;
                }
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.add_enabled_ui(!read_only, |ui| match open.tab {
                            Tab::Have => {
                                ui.add_space(6.0);
                                details::show(
                                    ui,
                                    &open.handle.profile,
                                    &mut open.details,
                                    &mut commands,
                                );
                                checklist::show(
                                    ui,
                                    ListKind::Have,
                                    &open.handle.profile,
                                    catalog,
                                    &mut open.checklist,
                                    &mut commands,
                                );
                            }
                            Tab::Want => checklist::show(
                                ui,
                                ListKind::Want,
                                &open.handle.profile,
                                catalog,
                                &mut open.checklist,
                                &mut commands,
                            ),
                            Tab::Compare => compare_screen::show(
                                ui,
                                &open.handle.profile,
                                catalog,
                                &self.catalogs,
                                &mut commands,
                            ),
                            Tab::Rate => rating::show(
                                ui,
                                &open.handle.profile,
                                catalog,
                                // The clock is read only while rating.
                                fixed_today.unwrap_or_else(|| jiff::ZonedDateTime::now().date()),
                                &mut open.rating,
                                &mut commands,
                            ),
                            Tab::Progress => progress::show(
                                ui,
                                &open.handle.profile,
                                catalog,
                                &mut open.progress,
                                &mut commands,
                            ),
                            Tab::Plan => plan::show(
                                ui,
                                &open.handle.profile,
                                catalog,
                                &mut open.plan,
                                &mut commands,
                            ),
                            Tab::Sessions => session::sessions_tab(
                                ui,
                                &open.handle.profile,
                                fixed_today.unwrap_or_else(|| jiff::ZonedDateTime::now().date()),
                                &mut commands,
                            ),
                        });
                    });
            }
        });

        if self.about && about::show(&ctx, self.store.root(), &mut self.about_icon, &mut commands) {
            commands.push(Command::About(false));
        }
        for command in commands {
            self.run_command(&ctx, command);
        }
        self.autosave(&ctx);
        self.update_title(&ctx);
    }
}

/// Applies an edit. `Ok(false)` when it changed nothing.
fn apply(profile: &mut Profile, edit: Edit) -> Result<bool, TextError> {
    Ok(match edit {
        Edit::Add { kind, text, skill } => {
            profile.add_item(kind, &text, skill)?;
            true
        }
        Edit::Remove(id) => profile.remove_item(id).is_some(),
        Edit::SetText(id, text) => {
            let same = profile
                .item(id)
                .is_some_and(|(_, i)| i.text == crate::model::text::clean_line(&text));
            !same && profile.edit_item(id, &text)?
        }
        Edit::SetNote(id, note) => {
            let same = profile.item(id).is_some_and(|(_, i)| i.note == note);
            !same && profile.set_item_note(id, &note)?
        }
        Edit::Link(id, skill) => profile.link_item(id, skill),
        Edit::Move(id, to) => profile.move_item(id, to),
        Edit::SetCatalog(id) => {
            let changed = profile.catalog != id;
            profile.catalog = id;
            changed
        }
        Edit::Rename(name) => {
            let changed = crate::model::text::clean_line(&name) != profile.name;
            profile.rename(&name)?;
            changed
        }
        Edit::SetDetails { role, team, coach } => profile.set_details(&role, &team, &coach)?,
        Edit::AddAssessment(mut assessment) => {
            assessment.note = crate::model::profile::validated_note(&assessment.note)?;
            let date = assessment.date;
            profile.assessments.push(assessment);
            // Rated during a session that is still open: it is that session's.
            let index = profile.assessments.len() - 1;
            if let Some(s) = profile
                .sessions
                .iter_mut()
                .rev()
                .find(|s| s.in_progress && s.date == date)
            {
                s.assessment = Some(index);
            }
            true
        }
        Edit::SetTarget(skill, level) => match level {
            Some(level) => profile.targets.insert(skill, level) != Some(level),
            None => profile.targets.remove(&skill).is_some(),
        },
        Edit::StartSession(session) => {
            profile.sessions.push(session);
            true
        }
        Edit::SessionText {
            session,
            field,
            text,
        } => {
            let text = crate::model::profile::validated_note(&text)?;
            let Some(s) = profile.sessions.get_mut(session) else {
                return Ok(false);
            };
            let slot = match field {
                SessionField::Notes => &mut s.notes,
                SessionField::Private => &mut s.private_notes,
                SessionField::Answer(i) => match s.prompts.get_mut(i) {
                    Some(p) => &mut p.answer,
                    None => return Ok(false),
                },
            };
            let changed = *slot != text;
            *slot = text;
            changed
        }
        Edit::AddAction {
            session,
            mut action,
        } => {
            use crate::model::profile::{MAX_ITEM_CHARS, MAX_NAME_CHARS};
            action.text =
                crate::model::profile::validated_line(&action.text, "An action", MAX_ITEM_CHARS)?;
            action.owner = crate::model::profile::validated_optional_line(
                &action.owner,
                "The owner",
                MAX_NAME_CHARS,
            )?;
            match profile.sessions.get_mut(session) {
                Some(s) => {
                    s.actions.push(action);
                    true
                }
                None => false,
            }
        }
        Edit::SetActionStatus { at, status } => {
            match profile
                .sessions
                .get_mut(at.session)
                .and_then(|s| s.actions.get_mut(at.action))
            {
                Some(a) if a.status != status => {
                    a.status = status;
                    true
                }
                _ => false,
            }
        }
        Edit::RemoveAction(at) => match profile.sessions.get_mut(at.session) {
            Some(s) if at.action < s.actions.len() => {
                s.actions.remove(at.action);
                true
            }
            _ => false,
        },
        Edit::AddPrompt { session, prompt } => match profile.sessions.get_mut(session) {
            Some(s) if !s.prompts.iter().any(|p| p.prompt == prompt) => {
                s.prompts.push(crate::model::PromptAnswer {
                    prompt,
                    answer: String::new(),
                });
                true
            }
            _ => false,
        },
        Edit::SetDiscussed { session, skill, on } => match profile.sessions.get_mut(session) {
            Some(s) => {
                let had = s.discussed.contains(&skill);
                if on && !had {
                    s.discussed.push(skill);
                } else if !on && had {
                    s.discussed.retain(|x| *x != skill);
                }
                on != had
            }
            None => false,
        },
        Edit::SetNextDate { session, date } => match profile.sessions.get_mut(session) {
            Some(s) if s.next_date != date => {
                s.next_date = date;
                true
            }
            _ => false,
        },
        Edit::SetPlan { mut plan, .. } => {
            use crate::model::profile::MAX_ITEM_CHARS;
            // Texts being typed keep their spaces (a trailing one is the
            // start of the next word); control characters go, length is checked.
            let typed = |text: &mut String, what: &'static str| -> Result<(), TextError> {
                text.retain(|c| !c.is_control());
                let len = text.chars().count();
                if len > MAX_ITEM_CHARS {
                    return Err(TextError::TooLong {
                        what,
                        len,
                        max: MAX_ITEM_CHARS,
                    });
                }
                Ok(())
            };
            for f in &mut plan.focus {
                typed(&mut f.goal, "A goal")?;
                typed(&mut f.measure, "How success will be seen")?;
                for a in &mut f.actions {
                    typed(&mut a.text, "An action")?;
                    typed(&mut a.owner, "An owner")?;
                }
                for r in &mut f.resources {
                    typed(r, "A resource")?;
                }
            }
            let changed = profile.plan != plan;
            profile.plan = plan;
            changed
        }
        Edit::EndSession { session, minutes } => match profile.sessions.get_mut(session) {
            Some(s) => {
                s.in_progress = false;
                s.duration_minutes = minutes;
                true
            }
            None => false,
        },
    })
}

fn profile_bar(ui: &mut egui::Ui, open: &OpenProfile, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    // First row: the way back and whose profile this is on the left, undo,
    // redo and export on the right. A long name is cut short (in full on
    // hover), so the row never wraps, whatever the window's width.
    let (back, right) = egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            let back = ui
                .button("All profiles")
                .on_hover_text("Back to all profiles")
                .clicked();
            ui.separator();
            // Name and role as one label: cut short together, with "…" and
            // the whole of it on hover (egui does that for a cut label).
            let profile = open.profile();
            let style = ui.style().clone();
            let mut job = egui::text::LayoutJob::default();
            egui::RichText::new(&profile.name).heading().append_to(
                &mut job,
                &style,
                egui::FontSelection::Default,
                egui::Align::Center,
            );
            if !profile.role.is_empty() {
                egui::RichText::new(format!("   {}", profile.role))
                    .weak()
                    .append_to(
                        &mut job,
                        &style,
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
            }
            ui.add(egui::Label::new(job).truncate());
            back.then_some(Command::Close)
        },
        |ui| {
            let mut clicked = None;
            if ui
                .button("Export…")
                .on_hover_text("Save this profile as a file to keep or share")
                .clicked()
            {
                clicked = Some(Command::Export);
            }
            if ui
                .add_enabled(open.can_redo(), egui::Button::new("Redo"))
                .on_hover_text("Ctrl+Shift+Z")
                .clicked()
            {
                clicked = Some(Command::Redo);
            }
            if ui
                .add_enabled(open.can_undo(), egui::Button::new("Undo"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                clicked = Some(Command::Undo);
            }
            clicked
        },
    );
    commands.extend(back.into_iter().chain(right));
    // Second row: the seven steps, in order.
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui.selectable_label(open.tab == tab, tab.label()).clicked() {
                commands.push(Command::SetTab(tab));
            }
        }
    });
    ui.add_space(4.0);
}

fn status_line(ui: &mut egui::Ui, app: &LodestarApp, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui.visuals());
    // The controls on the right are laid out first; the message wraps in
    // what is left, so a long one never runs under them.
    let (left, right) = egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| {
            let mut clicked = Vec::new();
            if let Some(open) = &app.open {
                if open.conflict {
                    ui.colored_label(palette.error, "Changed elsewhere:");
                    if ui.button("Keep mine").clicked() {
                        clicked.push(Command::KeepMine);
                    }
                    if ui.button("Load theirs").clicked() {
                        clicked.push(Command::TakeTheirs);
                    }
                } else if let Some(reason) = open.handle.access().reason() {
                    ui.colored_label(palette.error, format!("Read-only: {reason}."));
                }
            }
            let color = if app.status.error {
                palette.error
            } else {
                palette.muted
            };
            ui.add(egui::Label::new(egui::RichText::new(&app.status.text).color(color)).wrap());
            if app.trashed.is_some() && app.open.is_none() && ui.button("Undo delete").clicked() {
                clicked.push(Command::UndoDelete);
            }
            clicked
        },
        |ui| {
            let mut clicked = Vec::new();
            if ui
                .button("About")
                .on_hover_text("Version, where your data lives")
                .clicked()
            {
                clicked.push(Command::About(true));
            }
            theme_switch(ui, &mut clicked);
            clicked
        },
    );
    commands.extend(left.into_iter().chain(right));
}

fn theme_switch(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let current = ui.ctx().options(|o| o.theme_preference);
    for (pref, label, hint) in [
        (egui::ThemePreference::Dark, "Dark", "Dark theme"),
        (egui::ThemePreference::Light, "Light", "Light theme"),
        (
            egui::ThemePreference::System,
            "System",
            "Follow the system theme",
        ),
    ] {
        let r = ui
            .selectable_label(current == pref, label)
            .on_hover_text(hint);
        r.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, current == pref, hint)
        });
        if r.clicked() {
            commands.push(Command::SetTheme(pref));
        }
    }
    ui.label(egui::RichText::new(format!("{:.0}%", ui.ctx().zoom_factor() * 100.0)).weak())
        .on_hover_text("Zoom: Ctrl + and Ctrl −");
}

impl eframe::App for LodestarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
        if let Some(trace) = &mut self.trace {
            trace.frames += 1;
            eprintln!(
                "lodestar-frame {} at {:.3}s",
                trace.frames,
                trace.start.elapsed().as_secs_f64()
            );
        }
    }

    fn on_exit(&mut self) {
        self.keep_drafts();
        self.save_now();
        self.rescue_unsaved();
    }
}

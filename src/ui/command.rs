//! What a screen asks the app shell to do: the [`Command`]s, and the
//! profile's steps ([`Tab`]). Screens push commands; `app` runs them, in
//! one place, after the frame is drawn.
//!
//! A new command is a variant here and one arm in `app::LodestarApp::run`;
//! a change to the profile's data is not a command of its own but an
//! [`Edit`] (in `model::edit`), sent as `Command::Edit`.

use crate::model::coaching::SummaryFormat;
use crate::model::{Edit, ProfileId};

/// The profile's screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Its number and name, in the language in use ("5  Progress").
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Tab::Have => crate::t!("tab-have"),
            Tab::Want => crate::t!("tab-want"),
            Tab::Compare => crate::t!("tab-compare"),
            Tab::Rate => crate::t!("tab-rate"),
            Tab::Progress => crate::t!("tab-progress"),
            Tab::Sessions => crate::t!("tab-sessions"),
            Tab::Plan => crate::t!("tab-plan"),
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
    /// Write the profile to one file to send to the technician (without
    /// private notes) or the coach, and show where it is.
    Send(crate::store::Recipient),
    /// Save the Progress chart, as shown, to a file the person picks.
    ExportChart,
    /// Save the growth chart (ratings over time) to a file.
    ExportGrowthChart,
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
    /// Take in a profile file (dropped on the window, or opened).
    TakeIn(std::path::PathBuf),
    /// The choice for a file of a profile that is here already.
    Receive(Receive),
    /// Settle the conflict at this place in the profile.
    Settle(Vec<crate::model::merge::Seg>, crate::model::merge::Choice),
    /// Show or hide the conflict view.
    ShowConflicts(bool),
    /// Save the open profile's ratings, actions and plan for a spreadsheet.
    ExportSheet,
    /// Save the whole team as one sheet (coach view).
    ExportTeam,
    /// Save a list as a spreadsheet another coach can import.
    ExportList(crate::model::CatalogId),
    /// Open the list editor on a list (a built-in one as a copy), or on a
    /// new list.
    EditList(Option<crate::model::CatalogId>),
    /// The list editor's outcome.
    ListEditor(EditorChoice),
    /// Ask for a spreadsheet or CSV file and show the list import step.
    ImportList,
    /// Show the list import step for this file (dropped on the window).
    ImportListFrom(std::path::PathBuf),
    /// The list import step's outcome.
    ListImport(ListImportChoice),
    /// Ask for a folder and move the profiles there ("Profiles folder…").
    ChooseProfilesFolder,
    /// Move the profiles back into the config folder.
    ProfilesFolderBack,
    /// The evidence log: open, save or close its dialog, open a link or file.
    Evidence(EvidenceChoice),
    /// Write a calendar file for a date of the open profile and open it
    /// with the system's calendar program.
    AddToCalendar(CalendarItem),
    /// Save every technician's next session as one calendar file (coach
    /// view).
    TeamCalendar,
    /// Feedback from colleagues: a new round, a form again, an answer
    /// left out.
    Feedback(FeedbackChoice),
    /// Speak this language (a tag) from now on, and remember it.
    SetLanguage(String),
}

/// What the feedback section of Progress asks the shell to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackChoice {
    /// A new round for every skill of the list, and its form saved.
    Ask,
    /// The form of this request saved again (for one more colleague).
    FormAgain(crate::model::RecordId),
    /// A colleague's answer left out (undoable).
    RemoveAnswer(crate::model::RecordId),
}

/// Which date of the open profile goes to the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarItem {
    NextSession,
    /// An action's due date (by the action's id).
    Action(crate::model::RecordId),
    Review,
}

/// What the evidence dialog and the evidence lists ask the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum EvidenceChoice {
    /// Open the dialog for a new entry (about this skill).
    New(Option<crate::model::SkillId>),
    /// Open the dialog on an entry to change it.
    Change(crate::model::RecordId),
    /// Ask for a file to keep with the entry being typed.
    PickFile,
    Save,
    Cancel,
    Remove(crate::model::RecordId),
    OpenLink(crate::model::RecordId),
    OpenFile(crate::model::RecordId),
}

/// What to do with a received copy of a profile that is here already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receive {
    /// Merge it into the profile here.
    Update,
    /// Add it as a profile of its own.
    Separate,
    Cancel,
}

/// What the list import step asks the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ListImportChoice {
    Import,
    Cancel,
}

/// What the list editor asks the shell to do.
#[derive(Debug, Clone, PartialEq)]
pub enum EditorChoice {
    Save,
    Cancel,
    /// Remove the (own) list being edited.
    Remove,
}

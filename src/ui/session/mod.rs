//! Coaching sessions: the log (the Sessions step, `log`), session mode for
//! the meeting itself (`live`, with the `agenda` on one side and the
//! `notes` on the other), and the `summary` to send afterwards. What is
//! kept between frames while a session is shown is [`LiveSession`].

pub mod agenda;
mod live;
mod log;
mod notes;
mod summary;

pub use live::live;
pub use log::sessions_tab;
pub use summary::summary;

use std::time::Instant;

use crate::model::{Catalog, Profile, SkillId};

/// An action being written.
#[derive(Debug, Default, Clone)]
pub struct ActionDraft {
    pub text: String,
    pub skill: Option<SkillId>,
    pub owner: String,
    pub due: String,
}

/// Session mode (or the summary) for one session of the open profile.
#[derive(Debug)]
pub struct LiveSession {
    pub index: usize,
    pub started: Instant,
    /// Minutes already spent before this sitting (a continued session).
    pub base_minutes: u32,
    /// Showing the summary rather than the meeting.
    pub summary: bool,
    pub include_private: bool,
    pub notes: String,
    pub private: String,
    pub answers: Vec<String>,
    pub action: ActionDraft,
    pub next_date: String,
    /// The next session's start, typed as HH:MM.
    pub next_time: String,
    pub error: Option<String>,
}

impl LiveSession {
    /// Session mode for `profile.sessions[index]`.
    #[must_use]
    pub fn start(index: usize, profile: &Profile) -> Self {
        let mut live = LiveSession {
            index,
            started: Instant::now(),
            base_minutes: profile
                .sessions
                .get(index)
                .map_or(0, |s| s.duration_minutes),
            summary: false,
            include_private: false,
            notes: String::new(),
            private: String::new(),
            answers: Vec::new(),
            action: ActionDraft {
                owner: profile.name.clone(),
                ..ActionDraft::default()
            },
            next_date: String::new(),
            next_time: String::new(),
            error: None,
        };
        live.sync(profile);
        live
    }

    /// The summary of `profile.sessions[index]`.
    #[must_use]
    pub fn summary_of(index: usize, profile: &Profile) -> Self {
        let mut live = Self::start(index, profile);
        live.summary = true;
        live
    }

    /// Takes the texts from the profile (after opening, undo or redo).
    pub fn sync(&mut self, profile: &Profile) {
        if let Some(s) = profile.sessions.get(self.index) {
            self.notes.clone_from(&s.notes);
            self.private.clone_from(&s.private_notes);
            self.answers = s.prompts.iter().map(|p| p.answer.clone()).collect();
            self.next_date = s.next_date.map(|d| d.to_string()).unwrap_or_default();
            self.next_time = s
                .next_time
                .map(|t| t.strftime("%H:%M").to_string())
                .unwrap_or_default();
        }
    }

    /// An action typed in session mode but not added yet (leaving would
    /// drop it).
    #[must_use]
    pub fn typed_action(&self, profile: &Profile) -> Option<String> {
        let text = self.action.text.trim();
        let shown = !self.summary && profile.sessions.get(self.index).is_some();
        (shown && !text.is_empty()).then(|| text.to_owned())
    }

    /// The typed action is in the session: the form is ready for the next.
    pub fn action_added(&mut self) {
        self.action.text.clear();
        self.action.due.clear();
        self.error = None;
    }

    /// Minutes of this session so far, across sittings.
    #[must_use]
    pub fn minutes(&self) -> u32 {
        let now = u32::try_from(self.started.elapsed().as_secs() / 60).unwrap_or(u32::MAX);
        self.base_minutes.saturating_add(now)
    }
}

fn skill_name(catalog: &Catalog, id: &SkillId) -> String {
    catalog
        .skill(id)
        .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
}

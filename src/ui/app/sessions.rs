//! The shell's commands of a coaching session: start it (or continue the
//! one left open), end it and show its summary, leave session mode.

use super::LodestarApp;
use crate::model::Edit;
use crate::model::coaching;
use crate::t;
use crate::ui::command::{Command, Tab};
use crate::ui::session::LiveSession;

impl LodestarApp {
    /// The commands of a coaching session: start or continue it, end it,
    /// show a summary, leave.
    pub(super) fn run_session(&mut self, command: &Command) {
        let Some(open) = &mut self.open else { return };
        match command {
            Command::StartSession => self.start_session(),
            &Command::ContinueSession(i) => {
                open.session = Some(if open.handle.is_read_only() {
                    LiveSession::summary_of(i, open.profile())
                } else {
                    LiveSession::start(i, open.profile())
                });
            }
            &Command::ShowSummary(i) => {
                open.session = Some(LiveSession::summary_of(i, open.profile()));
            }
            Command::EndSession => self.end_session(),
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
            _ => {}
        }
    }

    /// Starts a coaching session (or continues the one left in progress)
    /// and saves at once, so the session exists on disk from its first minute.
    fn start_session(&mut self) {
        let today = self.today();
        let Some(open) = &self.open else { return };
        if let Some(reason) = open.handle.access().reason() {
            self.status.fail(t!("profile-read-only", reason = reason));
            return;
        }
        if let Some(i) = open.profile().sessions.iter().position(|s| s.in_progress) {
            self.pending.push(Command::ContinueSession(i));
            return;
        }
        let Some((open, catalog)) = self.open_with_catalog() else {
            self.status.fail(t!("session-no-list"));
            return;
        };
        let new = coaching::new_session(open.profile(), catalog, today);
        self.apply_edit(Edit::StartSession(new));
        if let Some(open) = &mut self.open {
            let index = open.profile().sessions.len() - 1;
            open.session = Some(LiveSession::start(index, open.profile()));
        }
        self.save_now();
    }

    /// An action typed in session mode but not added yet: leaving would
    /// drop it, so the person is asked to add or clear it first.
    fn typed_action_pending(&mut self) -> bool {
        let typed = self
            .open
            .as_ref()
            .and_then(|o| o.session.as_ref()?.typed_action(o.profile()));
        if let Some(text) = &typed {
            // Kept in view through a save that may come in the same moment.
            self.status
                .notice(t!("session-action-pending", text = text.as_str()));
        }
        typed.is_some()
    }

    /// Ends the session in session mode: keeps its minutes, saves, and
    /// shows its summary.
    fn end_session(&mut self) {
        if self.typed_action_pending() {
            return;
        }
        let Some(live) = self.open.as_ref().and_then(|o| o.session.as_ref()) else {
            return;
        };
        let (index, minutes) = (live.index, live.minutes());
        self.apply_edit(Edit::EndSession {
            session: index,
            minutes,
        });
        self.save_now();
        if let Some(live) = self.open.as_mut().and_then(|o| o.session.as_mut()) {
            live.summary = true;
        }
        self.status.ok(t!("session-ended", n = minutes));
    }
}

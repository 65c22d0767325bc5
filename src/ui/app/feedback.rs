//! The shell's side of feedback from colleagues: a new round (a request
//! added as an edit, its form saved where the coach picks), a form saved
//! again, a colleague's answer file taken in (into the open profile as an
//! undoable edit, or into the profile it answers, which then opens on
//! Progress), and an answer left out.

use super::LodestarApp;
use crate::model::Edit;
use crate::model::colleagues;
use crate::model::feedback::AnswerFile;
use crate::t;
use crate::ui::command::{FeedbackChoice, Tab};
use crate::ui::files::SaveDialog;
use crate::ui::status::Said;

impl LodestarApp {
    pub(super) fn run_feedback(&mut self, choice: FeedbackChoice) {
        match choice {
            FeedbackChoice::Ask => self.save_form(None),
            FeedbackChoice::FormAgain(id) => self.save_form(Some(id)),
            FeedbackChoice::RemoveAnswer(id) => {
                if let Some(reason) = self.open.as_ref().and_then(|o| o.handle.access().reason()) {
                    self.status.fail(t!("profile-read-only", reason = reason));
                    return;
                }
                self.apply_edit(Edit::RemoveAnswer(id));
                self.status.ok(t!("feedback-left-out"));
            }
        }
    }

    /// Saves the form of request `again`, or of a new request (added to
    /// the profile once the form is written).
    fn save_form(&mut self, again: Option<crate::model::RecordId>) {
        let today = self.today();
        let Some(open) = &self.open else { return };
        let profile = open.profile();
        if again.is_none()
            && let Some(reason) = open.handle.access().reason()
        {
            self.status.fail(t!("profile-read-only", reason = reason));
            return;
        }
        let Some((catalog, _)) = self.catalogs.for_profile(&profile.catalog) else {
            self.status.fail(t!("feedback-no-list"));
            return;
        };
        let (request, new) = match again.and_then(|id| profile.feedback.iter().find(|r| r.id == id))
        {
            Some(r) => (r.clone(), false),
            None => crate::exports::feedback_request(profile, catalog, false, today),
        };
        let dialog = SaveDialog {
            title: t!("dialog-form-title"),
            name_end: t!("dialog-form-file-end"),
            filters: vec![(t!("filter-web-page"), &["html"])],
        };
        let Some(path) = dialog.ask_or(self.dialog_answer.take(), profile) else {
            return;
        };
        let path = match crate::exports::feedback_form_target(&path) {
            Ok(p) => p,
            Err(e) => {
                return self
                    .status
                    .fail(t!("feedback-form-not-saved", reason = e.to_string()));
            }
        };
        if let Err(e) = crate::exports::write_feedback_form(profile, catalog, &request, &path) {
            self.status
                .fail(t!("feedback-form-not-saved", reason = e.to_string()));
            return;
        }
        let name = profile.name.clone();
        if new {
            self.apply_edit(Edit::AddFeedbackRequest(request));
        }
        self.status.ok(t!(
            "feedback-form-saved",
            name = name,
            path = path.display().to_string()
        ));
    }

    /// A colleague's answers: into the open profile when they are for it
    /// (one undo step), otherwise into their profile, which then opens.
    pub(super) fn take_answers(&mut self, file: &AnswerFile) {
        let today = self.today();
        if let Some(open) = &self.open
            && open.profile().id.as_str() == file.profile
        {
            if let Some(reason) = open.handle.access().reason() {
                return self
                    .status
                    .fail(t!("feedback-answers-read-only", reason = reason));
            }
            let accepted = match colleagues::accept(open.profile(), file, today) {
                Ok(a) => a,
                Err(e) => {
                    return self
                        .status
                        .fail(t!("feedback-answers-refused", reason = e.to_string()));
                }
            };
            let answer = accepted.answer.clone();
            let added = colleagues::would_add(open.profile(), &answer);
            self.apply_edit(Edit::AddAnswer(accepted.answer));
            let Some(open) = &mut self.open else { return };
            let mut words = colleagues::taken_words(open.profile(), &answer, added);
            open.tab = Tab::Progress;
            for line in &accepted.adjusted {
                words.push(' ');
                words.push_str(line);
            }
            self.status.say(if accepted.adjusted.is_empty() {
                Said::Done(words)
            } else {
                Said::Warning(words)
            });
            return;
        }
        self.keep_drafts();
        if !self.can_leave() {
            return;
        }
        match self.store.take_answers(file, today) {
            Ok(taken) => {
                self.show_profile(taken.handle, Said::Done(taken.words));
                if let Some(open) = &mut self.open {
                    open.tab = Tab::Progress;
                }
            }
            Err(e) => self.status.fail(e.to_string()),
        }
    }
}

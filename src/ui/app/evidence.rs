//! The shell's side of the evidence log: opening the dialog, keeping the
//! picked file beside the profile, saving the entry as an edit (one undo
//! step), and opening an entry's link or file.

use super::{Command, LodestarApp};
use crate::model::Edit;
use crate::model::coaching::SummaryFormat;
use crate::t;
use crate::ui::command::EvidenceChoice;
use crate::ui::evidence::EvidenceDraft;

impl LodestarApp {
    /// Shows the evidence dialog when it is open; whether it was.
    pub(super) fn evidence_dialog(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
    ) -> bool {
        let Some(open) = &mut self.open else {
            return false;
        };
        let Some((catalog, _)) = self.catalogs.for_profile(&open.handle.profile.catalog) else {
            return false;
        };
        let Some(draft) = &mut open.evidence else {
            return false;
        };
        crate::ui::evidence::dialog(ctx, catalog, draft, commands);
        true
    }

    pub(super) fn copy_summary(&mut self, ctx: &egui::Context, format: SummaryFormat) {
        if let Some(text) = self.summary_text(format) {
            ctx.copy_text(text);
            self.status.ok(match format {
                SummaryFormat::Markdown => t!("evidence-summary-markdown"),
                SummaryFormat::Text => t!("evidence-summary-text"),
            });
        }
    }

    pub(super) fn run_evidence(&mut self, choice: EvidenceChoice) {
        let today = self.today();
        let Some(open) = &mut self.open else { return };
        match choice {
            EvidenceChoice::New(skill) => {
                if open.handle.is_read_only() {
                    self.status.fail(t!("evidence-read-only"));
                } else {
                    open.evidence = Some(EvidenceDraft::new(today, skill));
                }
            }
            EvidenceChoice::Change(id) => {
                if let Some(entry) = open.profile().evidence.iter().find(|e| e.id == id) {
                    open.evidence = Some(EvidenceDraft::editing(entry));
                }
            }
            EvidenceChoice::PickFile => {
                let picked = self.dialog_answer.take().or_else(|| {
                    rfd::FileDialog::new()
                        .set_title(t!("evidence-attach-title"))
                        .pick_file()
                });
                if let (Some(draft), Some(path)) = (&mut open.evidence, picked) {
                    draft.attach = Some(path);
                }
            }
            EvidenceChoice::Cancel => open.evidence = None,
            EvidenceChoice::Save => self.save_evidence(),
            EvidenceChoice::Remove(id) => {
                open.evidence = None;
                self.apply_edit(Edit::RemoveEvidence(id));
                self.status.ok(t!("evidence-removed"));
            }
            EvidenceChoice::OpenLink(id) => {
                let link = open
                    .profile()
                    .evidence
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| e.link.clone());
                if let Some(link) = link.filter(|l| crate::model::evidence::is_web_address(l))
                    && let Err(e) = opener::open_browser(&link)
                {
                    self.status.fail(t!(
                        "evidence-cannot-open",
                        what = link.as_str(),
                        reason = e.to_string()
                    ));
                }
            }
            EvidenceChoice::OpenFile(id) => {
                let profile = open.profile();
                let path = profile
                    .evidence
                    .iter()
                    .find(|e| e.id == id)
                    .and_then(|e| self.store.attachment(&profile.id, e));
                match path {
                    Some(path) => {
                        if let Err(e) = opener::open(&path) {
                            self.status.fail(t!(
                                "evidence-cannot-open",
                                what = path.display().to_string(),
                                reason = e.to_string()
                            ));
                        }
                    }
                    None => self.status.fail(t!("evidence-file-missing")),
                }
            }
        }
    }

    /// Keeps the picked file, then adds or changes the entry. A refusal is
    /// said in the dialog, which stays open with everything typed.
    fn save_evidence(&mut self) {
        let Some(open) = &mut self.open else { return };
        let Some(draft) = &mut open.evidence else {
            return;
        };
        let mut entry = draft.entry();
        if let Err(e) = entry.clone().validated() {
            draft.error = Some(e.to_string());
            return;
        }
        if let Some(path) = &draft.attach {
            match self.store.attach(&open.handle.profile.id, entry.id, path) {
                Ok(name) => entry.file = name,
                Err(e) => {
                    draft.error = Some(e.to_string());
                    return;
                }
            }
        }
        let is_new = draft.is_new;
        let edit = if is_new {
            Edit::AddEvidence(entry)
        } else {
            Edit::SetEvidence(entry)
        };
        match open.edit(edit) {
            Ok(_) => {
                open.evidence = None;
                self.status.ok(if is_new {
                    t!("evidence-added")
                } else {
                    t!("evidence-changed")
                });
            }
            Err(e) => {
                if let Some(draft) = &mut open.evidence {
                    draft.error = Some(e);
                }
            }
        }
    }
}
